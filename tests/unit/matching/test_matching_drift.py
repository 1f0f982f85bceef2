"""The incrementally kept board against fresh boards, in a room of a few hundred guests."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from kiosk.core.matching import MatchConfig, MatchEngine, solve_board
from kiosk.core.matching import reference as ref

Maker = Callable[[int], Any]  # the make_crowd fixture (conftest.py)


def value(engine: MatchEngine, pairs: list[tuple[str, str]]) -> float:
    """Board value with plain pair scores (no freshness, no arrival priority)."""
    room = ref.Room(engine.profiles(), engine.policy, engine.config, {})
    help_w, shared_w = room.weights(wall=True)
    total = 0.0
    for a, b in pairs:
        total += sum(
            w for w, _ in ref.terms(engine.profile(a), engine.profile(b), help_w, shared_w)
        )
    return total


def fresh_value(engine: MatchEngine) -> float:
    return value(engine, list(solve_board(engine.snapshot()).pairs))


def kept_value(engine: MatchEngine) -> float:
    return value(engine, [(p.a, p.b) for p in engine.board()])


def test_with_its_rebuild_policy_the_board_stays_within_5_percent_of_fresh(
    make_crowd: Maker,
) -> None:
    crowd = make_crowd(11)
    engine = MatchEngine(config=MatchConfig().plain())
    for _ in range(300):
        engine.arrive(crowd.guest())
    engine.rebuild_board()
    rebuilds = 0
    for step in range(1, 301):
        crowd.change(engine)
        if engine.needs_rebuild():
            engine.rebuild_board()
            rebuilds += 1
        if step % 30 == 0:
            assert kept_value(engine) >= 0.95 * fresh_value(engine)
    assert 3 <= rebuilds <= 60  # neither never nor after every change


def test_the_drift_estimate_is_pessimistic(make_crowd: Maker) -> None:
    crowd = make_crowd(12)
    engine = MatchEngine(config=MatchConfig().plain())
    for _ in range(300):
        engine.arrive(crowd.guest())
    engine.rebuild_board()
    for step in range(1, 151):
        crowd.change(engine)
        if step % 50 == 0:
            lost = 1 - kept_value(engine) / fresh_value(engine)
            assert engine.drift() >= lost
