"""One more guest arrives in a room of 5,000: time to update their top 3 and the wall board."""

from __future__ import annotations

import argparse
import gc
import statistics
import time
from typing import Any

from benchmarks._rooms import RoomMaker, load_vocabulary
from kiosk.core.matching import MatchEngine


def run(argv: list[str]) -> dict[str, Any]:
    parser = argparse.ArgumentParser(prog="run.py arrival", description=__doc__)
    parser.add_argument("--guests", type=int, default=5000, help="present guests")
    parser.add_argument("--trials", type=int, default=400, help="timed arrivals")
    parser.add_argument("--warmup", type=int, default=30, help="untimed arrivals first")
    parser.add_argument("--seed", type=int, default=2026)
    args = parser.parse_args(argv)

    vocabulary = load_vocabulary()
    maker = RoomMaker(vocabulary, seed=args.seed, expected=args.guests)
    engine = MatchEngine(vocabulary.policy)
    for profile in maker.guests(args.guests):
        engine.arrive(profile)
    engine.rebuild_board()
    gc.collect()

    times_ms: list[float] = []
    cpu_ms: list[float] = []  # this thread's CPU time: the same work, without other processes
    rebuilds = 0
    for trial in range(args.warmup + args.trials):
        newcomer = maker.guest()
        start, cpu_start = time.perf_counter(), time.thread_time()
        engine.arrive(newcomer)  # the wall board is repaired here (rarity weights change too)
        engine.top(newcomer.guest_id)
        elapsed, cpu = time.perf_counter() - start, time.thread_time() - cpu_start
        if trial >= args.warmup:
            times_ms.append(elapsed * 1000)
            cpu_ms.append(cpu * 1000)
        engine.leave(newcomer.guest_id)  # back to the same head count for the next trial
        if engine.needs_rebuild():  # the kiosk does this on a worker thread: not timed
            engine.rebuild_board()
            rebuilds += 1

    cuts = statistics.quantiles(times_ms, n=100, method="inclusive")
    cpu_cuts = statistics.quantiles(cpu_ms, n=100, method="inclusive")
    return {
        "guests": args.guests,
        "trials": args.trials,
        "p50_ms": round(cuts[49], 3),
        "p95_ms": round(cuts[94], 3),
        "max_ms": round(max(times_ms), 3),
        "cpu_p50_ms": round(cpu_cuts[49], 3),
        "cpu_p95_ms": round(cpu_cuts[94], 3),
        "rebuilds": rebuilds,
    }
