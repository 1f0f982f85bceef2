"""Matching engine: who should meet whom, with a reason, on the wall and at the kiosk.

Pure Python + numpy/scipy: no Qt, no database. Guest ids are ``str`` (UUID text), tags are
``str`` slugs. The public API::

    engine = MatchEngine(policy: TagPolicy | None = None, *, config: MatchConfig = MatchConfig())

    # the room, one change at a time; each returns what changed on the wall board
    engine.arrive(profile: Profile) -> BoardDelta      # arriving again is an update
    engine.update(profile: Profile) -> BoardDelta
    engine.leave(guest_id: str) -> BoardDelta          # unknown guest: empty delta
    engine.set_policy(policy: TagPolicy) -> BoardDelta # a tag approved, made sensitive ...
    engine.profile(guest_id) -> Profile;  engine.profiles() -> list[Profile];  guest_id in engine

    # personal suggestions: wall partner first, then by score faded by exposure
    engine.top(guest_id: str, n: int = 3) -> list[Suggestion]
    engine.score(a: str, b: str) -> float              # symmetric pair score, tags only
    engine.reason(a: str, b: str, *, wall: bool = False) -> Reason | None

    # the wall board: disjoint pairs, recent arrivals first
    engine.board() -> list[WallPair]
    engine.partner(guest_id: str) -> str | None

    # freshness: counts come in from storage and go back out to it
    engine.set_exposure(a: str, b: str, shown: int, suggested: int) -> None
    engine.record_shown(pairs: Iterable[tuple[str, str]]) -> dict[tuple[str, str], Exposure]
    engine.record_suggested(guest_id: str, others: Iterable[str]) -> dict[...]
    engine.exposure(a, b) -> Exposure;  engine.exposures() -> dict[tuple[str, str], Exposure]

    # the incremental board drifts from the optimum: rebuild it now and then
    engine.drift() -> float;  engine.needs_rebuild() -> bool
    engine.rebuild_board() -> BoardDelta       # on this thread (a few ms for 200 guests)
    snapshot = engine.snapshot()               # on the engine's thread (~20 ms for 5,000)
    plan = solve_board(snapshot)               # pure: on a worker thread (~300 ms for 5,000)
    engine.install_board(plan) -> BoardDelta   # back on the engine's thread

Reasons name the tag and who helps whom (``ReasonKind`` is relative to the pair as read:
``a`` is the reader of a suggestion, or the more recent guest of a wall pair), so each screen
writes the sentence in the reader's language. ``reference`` holds a brute-force version of
the same rules for the tests.
"""

from kiosk.core.matching.config import MatchConfig
from kiosk.core.matching.engine import MatchEngine
from kiosk.core.matching.model import (
    BoardDelta,
    Exposure,
    Profile,
    Reason,
    ReasonKind,
    Suggestion,
    TagPolicy,
    WallPair,
    pair_key,
)
from kiosk.core.matching.snapshot import BoardPlan, BoardSnapshot
from kiosk.core.matching.solver import solve_board

__all__ = [
    "BoardDelta",
    "BoardPlan",
    "BoardSnapshot",
    "Exposure",
    "MatchConfig",
    "MatchEngine",
    "Profile",
    "Reason",
    "ReasonKind",
    "Suggestion",
    "TagPolicy",
    "WallPair",
    "pair_key",
    "solve_board",
]
