"""Fresh wall board: quality against networkx's exact matching (400 guests), time for 5,000."""

from __future__ import annotations

import argparse
import time
from typing import Any

import networkx as nx
import numpy as np

from benchmarks._rooms import RoomMaker, load_vocabulary
from kiosk.core.matching import BoardSnapshot, MatchConfig, MatchEngine


def wall_scores(snap: BoardSnapshot) -> np.ndarray:
    """Every wall pair score of the snapshot (exact: weights are dyadic), 0 where forbidden."""
    left = np.hstack(
        [snap.interest * snap.help, snap.skill * snap.help + snap.interest * snap.shared]
    )
    right = np.hstack([snap.skill, snap.interest])
    scores: np.ndarray = left @ right.T
    colleagues_i, colleagues_j = snap.colleagues()
    scores[colleagues_i, colleagues_j] = 0.0
    np.fill_diagonal(scores, 0.0)
    return scores


def build(guests: int, seed: int, config: MatchConfig) -> MatchEngine:
    vocabulary = load_vocabulary()
    engine = MatchEngine(vocabulary.policy, config=config)
    for profile in RoomMaker(vocabulary, seed=seed, expected=guests).guests(guests):
        engine.arrive(profile)
    return engine


def run(argv: list[str]) -> dict[str, Any]:
    parser = argparse.ArgumentParser(prog="run.py pairing", description=__doc__)
    parser.add_argument("--guests", type=int, default=400, help="room compared with networkx")
    parser.add_argument("--large", type=int, default=5000, help="room timed alone")
    parser.add_argument("--seed", type=int, default=2026)
    args = parser.parse_args(argv)

    # Quality: freshness and arrival priority off, the engine's own candidate pruning on.
    engine = build(args.guests, args.seed, MatchConfig().plain())
    start = time.perf_counter()
    engine.rebuild_board()
    ours_s = time.perf_counter() - start
    snap = engine.snapshot()
    scores = wall_scores(snap)
    index = {guest_id: i for i, guest_id in enumerate(snap.ids)}
    ours = sum(scores[index[p.a], index[p.b]] for p in engine.board())

    graph = nx.Graph()
    rows, cols = np.nonzero(np.triu(scores))
    graph.add_weighted_edges_from(
        (int(i), int(j), float(scores[i, j])) for i, j in zip(rows, cols, strict=True)
    )
    start = time.perf_counter()
    best = nx.max_weight_matching(graph)
    networkx_s = time.perf_counter() - start
    optimum = sum(scores[i, j] for i, j in best)

    # Time: a fresh board for a large room with the default configuration.
    large = build(args.large, args.seed, MatchConfig())
    start = time.perf_counter()
    large.rebuild_board()
    large_s = time.perf_counter() - start

    return {
        "guests": args.guests,
        "wall_guests": snap.size,
        "edges": len(rows),
        "quality": round(float(ours / optimum), 4),
        "speedup": round(networkx_s / ours_s, 1),
        "networkx_ms": round(networkx_s * 1000, 1),
        "ms_400": round(ours_s * 1000, 1),
        "ms_5000": round(large_s * 1000, 1),
    }
