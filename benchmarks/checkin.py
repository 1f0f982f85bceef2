"""Commit latency of one check-in through the service (idempotency and change log included).

SQLite file in a temporary folder, WAL, synchronous=FULL, an event with 10,000 guests; each
sample checks a different guest in with a fresh check-in id and is timed from the call to the
returned result (the commit is inside). For scale, ``raw_commit_p50_ms`` is the same file
system's cost of a bare one-row commit through sqlite3 with the same settings, and
``cpu_p50_ms`` this process's CPU time per check-in (other processes' load does not count).

Usage: python benchmarks/run.py checkin [--guests N] [--samples N] [--warmup N]
"""

from __future__ import annotations

import argparse
import sqlite3
import statistics
import tempfile
import time
import uuid
from pathlib import Path
from typing import Any

from kiosk.core.event import Event
from kiosk.core.guest import Guest
from kiosk.services.checkin import CheckInOutcome, CheckInService
from kiosk.storage import open_database


def _percentile(sorted_ms: list[float], fraction: float) -> float:
    index = min(len(sorted_ms) - 1, round(fraction * (len(sorted_ms) - 1)))
    return round(sorted_ms[index], 3)


def _raw_commit_ms(folder: Path, samples: int) -> float:
    connection = sqlite3.connect(folder / "raw.sqlite3", isolation_level=None)
    connection.execute("PRAGMA journal_mode=WAL")
    connection.execute("PRAGMA synchronous=FULL")
    connection.execute("CREATE TABLE t (x INTEGER)")
    times = []
    for n in range(samples):
        start = time.perf_counter()
        connection.execute("BEGIN IMMEDIATE")
        connection.execute("INSERT INTO t VALUES (?)", (n,))
        connection.execute("COMMIT")
        times.append((time.perf_counter() - start) * 1000)
    connection.close()
    return round(statistics.median(times), 3)


def run(argv: list[str]) -> dict[str, Any]:
    parser = argparse.ArgumentParser(prog="checkin")
    parser.add_argument("--guests", type=int, default=10_000)
    parser.add_argument("--samples", type=int, default=1_000)
    parser.add_argument("--warmup", type=int, default=50)
    args = parser.parse_args(argv)
    if args.samples + args.warmup > args.guests:
        parser.error("need at least samples + warmup guests (one check-in each)")

    with tempfile.TemporaryDirectory(prefix="icebreaker-bench-") as tmp:
        folder = Path(tmp)
        database = open_database(f"sqlite:///{folder / 'kiosk.sqlite3'}")
        event = Event(id="bench", name="Benchmark")
        ids = [str(uuid.uuid4()) for _ in range(args.guests)]
        started = time.perf_counter()
        with database.unit_of_work(station="setup") as uow:
            uow.events.create(event)
            for n, guest_id in enumerate(ids):
                uow.guests.add(
                    Guest(
                        id=guest_id,
                        event_id=event.id,
                        first_name=f"Guest {n}",
                        last_name="Bench",
                        email=f"guest{n}@example.org",
                        ticket=f"B-{n}",
                        skills=("python", "jazz"),
                        interests=("wine",),
                    )
                )
            uow.commit()
        setup_s = time.perf_counter() - started

        service = CheckInService(database, station="bench")
        times: list[float] = []
        cpu: list[float] = []
        for n, guest_id in enumerate(ids[: args.warmup + args.samples]):
            check_in_id = str(uuid.uuid4())
            start, start_cpu = time.perf_counter(), time.process_time()
            result = service.check_in(guest_id, check_in_id)
            elapsed = (time.perf_counter() - start) * 1000
            elapsed_cpu = (time.process_time() - start_cpu) * 1000
            if result.outcome is not CheckInOutcome.CHECKED_IN:
                raise RuntimeError(f"unexpected outcome {result.outcome}")
            if n >= args.warmup:
                times.append(elapsed)
                cpu.append(elapsed_cpu)
        with database.reader() as uow:
            synchronous = uow.session.connection().exec_driver_sql("PRAGMA synchronous").scalar()
        database.close()
        raw = _raw_commit_ms(folder, 200)

    times.sort()
    return {
        "p50_ms": _percentile(times, 0.50),
        "p95_ms": _percentile(times, 0.95),
        "p99_ms": _percentile(times, 0.99),
        "max_ms": round(times[-1], 3),
        "samples": len(times),
        # This process's CPU time per check-in: the part that is ours, whatever the load.
        "cpu_p50_ms": round(statistics.median(cpu), 3),
        "guests": args.guests,
        "synchronous": {2: "FULL", 1: "NORMAL", 0: "OFF"}.get(int(synchronous or 0), "?"),
        "raw_commit_p50_ms": raw,
        "setup_s": round(setup_s, 1),
    }
