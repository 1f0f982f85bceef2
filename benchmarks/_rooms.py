"""Rooms of generated guests with the demo vocabulary's skew, shared by the matching benchmarks."""

from __future__ import annotations

import json
import random
import uuid
from dataclasses import dataclass

from kiosk.core.matching import Profile, TagPolicy
from kiosk.resources import db_file

SKILL_COUNTS = (1, 2, 3, 4, 5)
COUNT_WEIGHTS = (2, 3, 3, 2, 1)
ORGANISATION_SHARE = 0.15  # guests whose organisation is known
GUESTS_PER_ORGANISATION = 4  # on average, among those
CONSENT_SHARE = 0.85


@dataclass(frozen=True)
class Vocabulary:
    keys: tuple[str, ...]
    popularity: tuple[float, ...]
    sensitive: frozenset[str]

    @property
    def policy(self) -> TagPolicy:
        return TagPolicy(sensitive=self.sensitive)


def load_vocabulary() -> Vocabulary:
    """The demo tag vocabulary and its popularity weights (``db/demo/vocabulary.json``)."""
    data = json.loads(db_file("demo", "vocabulary.json").read_text(encoding="utf-8"))
    tags = data["tags"]
    return Vocabulary(
        keys=tuple(t["key"] for t in tags),
        popularity=tuple(float(t["popularity"]) for t in tags),
        sensitive=frozenset(t["key"] for t in tags if t.get("sensitive")),
    )


class RoomMaker:
    """Draws guests one at a time from a seeded generator (same seed, same guests)."""

    def __init__(self, vocabulary: Vocabulary, *, seed: int, expected: int) -> None:
        self._vocabulary = vocabulary
        self._rng = random.Random(seed)
        self._organisations = max(1, round(expected * ORGANISATION_SHARE / GUESTS_PER_ORGANISATION))
        self._seq = 0

    def _tags(self) -> frozenset[str]:
        count = self._rng.choices(SKILL_COUNTS, weights=COUNT_WEIGHTS)[0]
        chosen: set[str] = set()
        while len(chosen) < count:
            vocabulary = self._vocabulary
            chosen.add(self._rng.choices(vocabulary.keys, weights=vocabulary.popularity)[0])
        return frozenset(chosen)

    def guest(self) -> Profile:
        rng = self._rng
        self._seq += 1
        known = rng.random() < ORGANISATION_SHARE
        consent = rng.random() < CONSENT_SHARE
        return Profile(
            guest_id=str(uuid.UUID(int=rng.getrandbits(128), version=4)),
            organisation_key=f"org-{rng.randrange(self._organisations)}" if known else None,
            skills=self._tags(),
            interests=self._tags(),
            suggestible=consent,
            on_wall=consent,
            arrival_seq=self._seq,
        )

    def guests(self, count: int) -> list[Profile]:
        return [self.guest() for _ in range(count)]


def make_room(count: int, *, seed: int = 2026) -> tuple[Vocabulary, list[Profile]]:
    vocabulary = load_vocabulary()
    return vocabulary, RoomMaker(vocabulary, seed=seed, expected=count).guests(count)
