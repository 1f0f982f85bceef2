"""Wall benchmark: frames, state updates, and the real path from a check-in to the painted wall.

Timing follows PLATFORM.md: the top-level window's ``event()`` is hooked and the time taken
right after it has handled ``UpdateRequest`` (the end of the paint pass). Frames are driven
back to back (no 60 Hz pacing): animations are paused and stepped by hand, one frame each.
The room starts with 300 present guests from the demo event (synthetic copies past its 200);
one guest arrives per simulated second for 60 simulated seconds, and pages turn every 12.

The real path (``_wallpath``) runs the application's objects over an SQLite file with 300
guests in: ``update_p95_ms`` from a check-in committed in this process (through the shared
change feed) to the wall painted, ``cross_process_p95_ms`` from a check-in or check-out
committed by another process (``_wallwriter``, stamping ``perf_counter``: CLOCK_MONOTONIC,
one clock for every process) to the wall process's paint. ``set_state_p95_ms`` is
``set_state`` alone, on prebuilt states (what ``update_p95_ms`` measured before).
"""

from __future__ import annotations

import argparse
import os
import statistics
import tempfile
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QCoreApplication, QEvent, QTimer, QVariantAnimation
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from benchmarks import _wallpath
from kiosk.core.demo import load_demo
from kiosk.core.demoroom import boards as engine_boards
from kiosk.core.demoroom import sample_guests
from kiosk.core.event import WallLanguage
from kiosk.core.guest import Guest
from kiosk.core.matching.model import WallPair
from kiosk.core.wallview import WallState, arrival_message, build_wall_state
from kiosk.resources import db_file
from kiosk.ui.wall import Timings, WallWindow

ANIM_FPS = 60


class TimedWall(WallWindow):
    """The wall with a clock on the end of each paint pass."""

    painted_at = 0.0
    painted_cpu = 0.0
    paints = 0

    def event(self, event: QEvent) -> bool:
        handled = super().event(event)
        if event.type() == QEvent.Type.UpdateRequest:
            self.painted_at = time.perf_counter()
            self.painted_cpu = time.thread_time()
            self.paints += 1
        return handled


@dataclass
class Samples:
    """Milliseconds per sample: wall clock, and this thread's CPU time over the same span.

    The CPU figure leaves out the time the process waited for a core: on a shared, loaded
    machine it shows what the wall itself costs, the wall clock what a viewer would get.
    """

    wall: list[float] = field(default_factory=list)
    cpu: list[float] = field(default_factory=list)


def _wait_paint(wall: TimedWall, timeout_s: float = 1.0) -> bool:
    """Spin the event loop until the next paint pass has ended; False if none came."""
    before = wall.paints
    deadline = time.perf_counter() + timeout_s
    while wall.paints == before:
        QCoreApplication.processEvents()
        if time.perf_counter() > deadline:
            return False
    return True


def _timed(wall: TimedWall, change: Callable[[], None], out: Samples) -> bool:
    start, start_cpu = time.perf_counter(), time.thread_time()
    change()
    if not _wait_paint(wall):
        return False
    out.wall.append((wall.painted_at - start) * 1000)
    out.cpu.append((wall.painted_cpu - start_cpu) * 1000)
    return True


def _step(wall: TimedWall, animation: QVariantAnimation, out: Samples) -> int:
    """Drive a started animation frame by frame; returns the frames that painted nothing."""
    animation.pause()
    duration = animation.duration()
    frames = max(1, round(duration * ANIM_FPS / 1000))
    idle = 0
    for i in range(1, frames + 1):
        at = round(duration * i / frames)
        if not _timed(wall, lambda at=at: animation.setCurrentTime(at), out):  # type: ignore[misc]
            idle += 1
    return idle


def _rooms(count: int, arrivals: int) -> tuple[list[Guest], list[tuple[WallPair, ...]]]:
    """Guests in arrival order and the engine's board after guest ``count``, ``count + 1``..."""
    demo = load_demo(db_file("demo"))
    guests = sample_guests(demo, count + arrivals)
    return guests, engine_boards(guests, demo.vocabulary, from_count=count)


def _percentiles(values: Sequence[float]) -> dict[str, float]:
    ordered = sorted(values)

    def pct(p: float) -> float:
        return round(ordered[min(len(ordered) - 1, round(p / 100 * (len(ordered) - 1)))], 3)

    return {
        "p50": round(statistics.median(ordered), 3),
        "p95": pct(95),
        "p99": pct(99),
        "n": len(ordered),
    }


def _run_once(
    args: argparse.Namespace, guests: list[Guest], boards: list[tuple[WallPair, ...]], run: int
) -> dict[str, Any]:
    demo = load_demo(db_file("demo"))
    by_id = {g.id: g for g in guests}
    timer = QTimer()  # never started: pages turn when the simulation says so
    timings = Timings(page_ms=3_600_000, hold_ms=0, busy_hold_ms=0)
    wall = TimedWall(demo.event.branding, WallLanguage.BOTH, page_timer=timer, timings=timings)
    wall.resize(args.width, args.height)
    start = time.perf_counter()
    wall.show()
    QTest.qWaitForWindowExposed(wall)
    first_frame = (wall.painted_at - start) * 1000

    def state(k: int) -> WallState:
        present = [g.id for g in guests[: args.guests + k]]
        return build_wall_state(boards[k], by_id, present, demo.vocabulary, demo.event.wall)

    wall.set_state(state(0))
    _wait_paint(wall)
    full, banner, page, updates, builds = Samples(), Samples(), Samples(), Samples(), Samples()
    idle = 0
    for second in range(1, args.seconds + 1):
        newcomer = guests[args.guests + second - 1]
        start, start_cpu = time.perf_counter(), time.thread_time()
        new_state = state(second)
        builds.wall.append((time.perf_counter() - start) * 1000)
        builds.cpu.append((time.thread_time() - start_cpu) * 1000)
        _timed(wall, partial(wall.set_state, new_state), updates)
        message = arrival_message(newcomer, demo.vocabulary, demo.event.wall, state=new_state)
        if message is not None:
            wall.announce_arrival(message)
            idle += _step(wall, wall.banner.animation, banner)  # slides up
            while wall.banner.animation.state() != QVariantAnimation.State.Running:
                QCoreApplication.processEvents()  # the (zero) hold ends, sliding down starts
            idle += _step(wall, wall.banner.animation, banner)
        for _ in range(args.full_per_second):
            _timed(wall, wall.update, full)
        if second % 12 == 0:
            wall.advance()
            if wall.cascade.active:
                idle += _step(wall, wall.cascade.animation, page)
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    shot = out / f"wall-bench-run{run}.png"
    wall.grab().save(str(shot))
    result = {
        "frame": _both(full),
        "anim_frame": _both(Samples(banner.wall + page.wall, banner.cpu + page.cpu)),
        "banner_frame": _both(banner),
        "page_frame": _both(page),
        "update": _both(updates),
        "build": _both(builds),
        "first_frame_ms": round(first_frame, 2),
        "frames_without_paint": idle,
        "cards": len(wall.state.cards),
        "pages": wall.page_count,
        "screenshot": str(shot),
    }
    wall.close()
    wall.deleteLater()
    QCoreApplication.processEvents()
    return result


def _real_paths(args: argparse.Namespace, folder: Path) -> list[dict[str, Any]]:
    """Per run: the same-process and the cross-process path, each on a fresh copy."""
    demo = load_demo(db_file("demo"))
    Path(args.out).mkdir(parents=True, exist_ok=True)
    spare = max(args.path_samples, args.cross_samples) + _wallpath.WARMUP
    template, spares = _wallpath.room_template(folder, demo, args.guests, spare)
    size = (args.width, args.height)
    out = []
    for run in range(1, args.runs + 1):
        same = _wallpath.same_process(
            _wallpath.copy_of(template, folder, f"same-{run}"),
            demo.event.id,
            spares,
            samples=args.path_samples,
            interval_ms=args.path_interval_ms,
            size=size,
            shot=Path(args.out) / f"wall-path-same-run{run}.png",
        )
        cross = _wallpath.cross_process(
            _wallpath.copy_of(template, folder, f"cross-{run}"),
            demo.event.id,
            spares,
            samples=args.cross_samples,
            interval_ms=args.cross_interval_ms,
            size=size,
            shot=Path(args.out) / f"wall-path-cross-run{run}.png",
        )
        out.append(
            {
                "path_update": {"wall": _percentiles(same.wall), "cpu": _percentiles(same.cpu)},
                "cross_process": {"wall": _percentiles(cross.wall)},
                "cross_process_poll": _percentiles(cross.applied),
                "missed_arrivals": same.missing + cross.missing,
            }
        )
    return out


def _both(samples: Samples) -> dict[str, dict[str, float]]:
    return {"wall": _percentiles(samples.wall), "cpu": _percentiles(samples.cpu)}


def run(argv: list[str]) -> dict[str, object]:
    parser = argparse.ArgumentParser(prog="run.py wall", description=__doc__)
    parser.add_argument("--guests", type=int, default=300)
    parser.add_argument("--seconds", type=int, default=60)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--width", type=int, default=1920)
    parser.add_argument("--height", type=int, default=1080)
    parser.add_argument("--full-per-second", type=int, default=6)
    parser.add_argument("--out", default="/tmp/wallbench")
    parser.add_argument("--path-samples", type=int, default=200, help="same-process check-ins")
    parser.add_argument("--path-interval-ms", type=int, default=100)
    parser.add_argument("--cross-samples", type=int, default=120, help="other-process operations")
    parser.add_argument("--cross-interval-ms", type=int, default=200)
    args = parser.parse_args(argv)

    app = QApplication.instance() or QApplication([])
    guests, boards = _rooms(args.guests, args.seconds)
    runs = [_run_once(args, guests, boards, n + 1) for n in range(args.runs)]
    with tempfile.TemporaryDirectory(prefix="icebreaker-wall-") as tmp:
        paths = _real_paths(args, Path(tmp))
    for run_figures, path_figures in zip(runs, paths, strict=True):
        run_figures.update(path_figures)
    del app

    def worst(key: str, pct: str, clock: str = "wall") -> float:
        """The worst run's figure: a target is met only if every run meets it."""
        return max(float(r[key][clock][pct]) for r in runs)

    return {
        "guests": args.guests,
        "arrivals": args.seconds,
        "size": f"{args.width}x{args.height}",
        "pacing": "back-to-back",
        "clock": time.get_clock_info("perf_counter").implementation,
        "load_average": [round(x, 2) for x in os.getloadavg()],
        "frame_p99_ms": worst("frame", "p99"),
        "anim_frame_p99_ms": worst("anim_frame", "p99"),
        # A check-in committed in this process, to the wall painted (the real path).
        "update_p95_ms": worst("path_update", "p95"),
        # ... committed by another process, to the wall process's paint (target <= 100).
        "cross_process_p95_ms": worst("cross_process", "p95"),
        "cross_process_poll_p95_ms": max(float(r["cross_process_poll"]["p95"]) for r in runs),
        "missed_arrivals": sum(int(r["missed_arrivals"]) for r in runs),
        "set_state_p95_ms": worst("update", "p95"),
        # build_wall_state for the 300-guest board, before set_state (the integrator's call).
        "build_p95_ms": worst("build", "p95"),
        "cpu_frame_p99_ms": worst("frame", "p99", "cpu"),
        "cpu_anim_frame_p99_ms": worst("anim_frame", "p99", "cpu"),
        "cpu_update_p95_ms": worst("path_update", "p95", "cpu"),
        "runs": runs,
    }
