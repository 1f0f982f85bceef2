"""Sample rooms for the wall from the demo event: who is present, in which order, and a board.

Screenshots and benchmarks need a room without a database: guests come from the demo event
(synthetic mixes of them past its 200) and boards from the real matching engine.
"""

from __future__ import annotations

import random
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace

from kiosk.core.demo import DemoEvent
from kiosk.core.guest import Guest
from kiosk.core.matching import MatchEngine, WallPair
from kiosk.core.matching.guests import profile, tag_policy
from kiosk.core.tags import Vocabulary


@dataclass(frozen=True, slots=True)
class SampleRoom:
    guests: Mapping[str, Guest]
    present_ids: tuple[str, ...]  # arrival order, oldest first
    board: tuple[WallPair, ...]


def sample_guests(demo: DemoEvent, count: int, *, seed: int = 7) -> list[Guest]:
    """``count`` guests in arrival order: the demo's own, then synthetic mixes of them."""
    rng = random.Random(seed)
    base = list(demo.guests)
    rng.shuffle(base)
    chosen = base[:count]
    for n in range(count - len(chosen)):
        first, last, tags = rng.choice(base), rng.choice(base), rng.choice(base)
        chosen.append(
            replace(
                tags,
                id=f"synthetic-{n:04d}",
                first_name=first.first_name,
                last_name=last.last_name,
                organisation="",
                email="",
                etiquette=first.etiquette,
                consents=first.consents,
            )
        )
    return chosen


def boards(
    arrivals: Sequence[Guest], vocabulary: Vocabulary, *, from_count: int
) -> list[tuple[WallPair, ...]]:
    """The engine's wall board once ``from_count`` guests are in, then after each arrival."""
    engine = MatchEngine(tag_policy(vocabulary))
    out: list[tuple[WallPair, ...]] = []
    for seq, guest in enumerate(arrivals, start=1):
        engine.arrive(profile(guest, seq))
        if seq >= from_count:
            out.append(tuple(engine.board()))
    if from_count == 0:
        out.insert(0, ())
    return out


def sample_room(demo: DemoEvent, count: int, *, seed: int = 7) -> SampleRoom:
    guests = sample_guests(demo, count, seed=seed)
    return SampleRoom(
        guests={g.id: g for g in guests},
        present_ids=tuple(g.id for g in guests),
        board=boards(guests, demo.vocabulary, from_count=len(guests))[-1],
    )
