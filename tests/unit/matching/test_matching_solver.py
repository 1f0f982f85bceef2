"""The fresh board solver: candidate pruning, matching validity, determinism."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import numpy as np
import pytest

from kiosk.core.matching import BoardSnapshot, MatchEngine, Profile, solve_board
from kiosk.core.matching.candidates import candidate_edges

Maker = Callable[[int], Any]  # the make_crowd fixture (conftest.py)


def crowded(make_crowd: Maker, size: int, seed: int) -> MatchEngine:
    crowd = make_crowd(seed)
    engine = MatchEngine()
    for _ in range(size):
        engine.arrive(crowd.guest())
    engine.rebuild_board()
    for _ in range(10):  # recent arrivals, exposure and pairs already on the board
        engine.arrive(crowd.guest())
    engine.record_shown([(p.a, p.b) for p in engine.board()[:15]])
    return engine


def dense_weights(snap: BoardSnapshot) -> np.ndarray:
    """Every solver weight, computed the slow way."""
    left = np.hstack(
        [snap.interest * snap.help, snap.skill * snap.help + snap.interest * snap.shared]
    )
    weights: np.ndarray = left @ np.hstack([snap.skill, snap.interest]).T
    colleagues = snap.colleagues()
    weights[colleagues] = 0.0
    np.fill_diagonal(weights, 0.0)
    i, j, factor = snap.factors
    weights[i, j] *= factor
    weights[j, i] *= factor
    recency = snap.recency
    weights *= 1 + snap.config.arrival_boost * np.maximum(recency[:, None], recency[None, :])
    return weights


@pytest.mark.parametrize(("size", "per_guest"), [(3, 8), (60, 4), (250, 8), (700, 40)])
def test_each_guest_keeps_its_best_candidates(make_crowd: Maker, size: int, per_guest: int) -> None:
    snap = crowded(make_crowd, size, seed=size).snapshot()
    weights = dense_weights(snap)
    lo, hi, found = candidate_edges(snap, per_guest)
    assert np.all(lo < hi)
    assert np.allclose(found, weights[lo, hi], rtol=1e-5)
    neighbours: dict[int, set[int]] = {}
    for a, b in zip(lo.tolist(), hi.tolist(), strict=True):
        neighbours.setdefault(a, set()).add(b)
        neighbours.setdefault(b, set()).add(a)
    for row in range(snap.size):
        positive = np.sort(weights[row][weights[row] > 0])[::-1]
        if positive.size:
            kth = positive[min(per_guest, positive.size) - 1]
            good = [c for c in neighbours.get(row, ()) if weights[row, c] >= kth * (1 - 1e-6)]
            assert len(good) >= min(per_guest, positive.size)
    for a, b in zip(*snap.kept, strict=True):
        assert b in neighbours[a], "pairs on the board stay candidates"


def test_the_plan_is_a_matching_of_allowed_pairs_below_its_bound(make_crowd: Maker) -> None:
    snap = crowded(make_crowd, 250, seed=5).snapshot()
    weights = dense_weights(snap)
    index = {guest_id: i for i, guest_id in enumerate(snap.ids)}
    plan = solve_board(snap)
    members = [g for pair in plan.pairs for g in pair]
    assert len(members) == len(set(members))
    assert all(weights[index[a], index[b]] > 0 for a, b in plan.pairs)
    assert plan.value <= plan.bound + 1e-6
    assert plan.value >= 0.97 * plan.bound
    assert plan.version == snap.version


def test_the_same_snapshot_gives_the_same_plan(make_crowd: Maker) -> None:
    engine = crowded(make_crowd, 200, seed=9)
    assert solve_board(engine.snapshot()) == solve_board(engine.snapshot())


def test_tiny_rooms_give_tiny_plans() -> None:
    engine = MatchEngine()
    assert solve_board(engine.snapshot()).pairs == ()
    engine.arrive(Profile("ana", skills=frozenset({"x"}), suggestible=True, on_wall=True))
    assert solve_board(engine.snapshot()).pairs == ()


def test_an_older_plan_does_not_replace_a_newer_board(make_crowd: Maker) -> None:
    engine = crowded(make_crowd, 80, seed=3)
    old = solve_board(engine.snapshot())
    engine.arrive(Profile("late", interests=frozenset({"tag-0"}), suggestible=True, on_wall=True))
    engine.rebuild_board()
    board = engine.board()
    assert not engine.install_board(old)
    assert engine.board() == board
