"""Check-in kiosk responsiveness, offscreen at 1280x800, over an SQLite event of 10,000 guests.

Timing follows PLATFORM.md: from the input to the end of the paint pass that shows its result
(the kiosk window's ``UpdateRequest`` handled), back to back, no pacing.

- ``keystroke``: a tap on an on-screen keyboard key (from the second letter of a name on,
  when results show) to the painted results; names typed letter by letter.
- ``transition``: a tap to the painted next screen along whole journeys: start, pick the name
  (the check-in commits on the worker), tags, skip details, consent (saved), done, back to
  welcome. Each journey is a guest not checked in yet. Between a painted screen and the
  next tap the guest reads for ``--read-ms`` (default 50; a person needs far longer): the
  event loop runs, as it would, and what the kiosk does just after a paint is not charged to
  the next tap. ``--read-ms 0`` is the old back-to-back protocol.
- ``*_cpu_*``: the same samples in CPU time of the whole process (``time.process_time``:
  GUI and worker threads), which other jobs on a shared machine disturb far less than the
  wall clock.
- ``stall``: the longest gap between beats of a 1 ms timer while journeys run from timers,
  and another process checks guests in (``--rate`` a second) that this kiosk follows.

Usage: python benchmarks/run.py ui [--guests N] [--present N] [--keystrokes N] [--journeys N]
       [--read-ms MS]
"""

from __future__ import annotations

import argparse
import os
import signal
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QEvent, QEventLoop, QObject, Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QPushButton, QWidget

from benchmarks._uiroom import build, guest_id
from kiosk.app.checkin import CheckInController
from kiosk.app.checkinapp import build_checkin
from kiosk.core.guest import Language
from kiosk.core.text import fold
from kiosk.storage import Database, open_database
from kiosk.ui.checkin.clock import ManualTicker
from kiosk.ui.checkin.screen import Screen
from kiosk.ui.checkin.window import KioskWindow

ROOT = Path(__file__).resolve().parent.parent


@dataclass(frozen=True, slots=True)
class Move:
    prepare: Callable[[], None] | None  # what the guest does first, not timed
    tap: Callable[[], None]
    target: Screen


class PaintWatch(QObject):
    """Handles the window's ``UpdateRequest`` itself to take the time once the pass has ended."""

    def __init__(self, window: KioskWindow) -> None:
        super().__init__(window)
        self.window = window
        self.count = 0
        self.at = 0.0
        self.page: Screen | None = None
        self._loop: QEventLoop | None = None
        self._until: Callable[[], bool] = lambda: True
        window.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt override)
        if watched is not self.window or event.type() != QEvent.Type.UpdateRequest:
            return False
        self.window.event(event)
        self.at = time.perf_counter()
        self.count += 1
        self.page = self.window.current()
        if self._loop is not None and self._until():
            self._loop.quit()
        return True  # handled above, once

    def wait(self, until: Callable[[], bool] = lambda: True, timeout_ms: int = 3000) -> float:
        """Run the event loop until a paint pass after which ``until()`` holds; its end time."""
        before = self.count
        self._until = lambda: self.count > before and until()
        if not self._until():
            self._loop = QEventLoop()
            QTimer.singleShot(timeout_ms, self._loop.quit)
            self._loop.exec()
            self._loop = None
        if not self._until():
            raise TimeoutError(f"no paint showing the change (on {self.window.current()})")
        return self.at

    def on(self, page: Screen) -> Callable[[], bool]:
        return lambda: self.page is page


def _tap(widget: QWidget) -> None:
    QTest.mouseClick(widget, Qt.MouseButton.LeftButton)


def _button(page: QWidget, name: str) -> QPushButton:
    return next(b for b in page.findChildren(QPushButton, name) if b.isVisibleTo(page))


def _pick_point(window: KioskWindow, guest: str) -> tuple[QWidget, Any] | None:
    find = window.find_yourself
    hit = find.model.hit_for(guest)
    if hit is None:
        return None
    row = next(r for r in range(find.model.rowCount()) if find.model.hit(r) == hit)
    return find.results.viewport(), find.results.visualRect(find.model.index(row, 0)).center()


def _percentiles(values: list[float]) -> dict[str, float]:
    ordered = sorted(values)

    def at(p: float) -> float:
        return round(ordered[min(len(ordered) - 1, round(p * (len(ordered) - 1)))], 3)

    return {"p50": at(0.5), "p95": at(0.95), "p99": at(0.99), "max": round(ordered[-1], 3)}


@dataclass
class Samples:
    """Milliseconds per sample, wall clock and CPU time of the process."""

    wall: list[float]
    cpu: list[float]

    def add(self, wall_start: float, wall_end: float, cpu_start: float) -> None:
        self.wall.append((wall_end - wall_start) * 1000)
        self.cpu.append((time.process_time() - cpu_start) * 1000)


def keystrokes(window: KioskWindow, watch: PaintWatch, names: list[str], wanted: int) -> Samples:
    """Each key tap from a name's second letter on, to the painted results."""
    find = window.find_yourself
    window.show_find()
    watch.wait()
    samples = Samples([], [])
    for name in names:
        find.query.setText("")
        watch.wait()
        for n, ch in enumerate(name):
            key = find.keyboard.key("{space}" if ch == " " else ch)
            if key is None:
                break
            cpu = time.process_time()
            start = time.perf_counter()
            _tap(key)
            end = watch.wait()
            if n >= 1:  # from the second letter, results show
                samples.add(start, end, cpu)
        if len(samples.wall) >= wanted:
            break
    return samples


def journey_steps(window: KioskWindow, guest: str, query: str) -> list[Move]:
    """One journey as moves: what the guest does first (not timed), the tap, the next screen."""
    w = window

    def type_name() -> None:
        w.find_yourself.query.setText(query)  # typing is timed apart, key by key

    def pick() -> None:
        point = _pick_point(w, guest)
        assert point is not None, query
        QTest.mouseClick(point[0], Qt.MouseButton.LeftButton, pos=point[1])

    def chips() -> None:
        skill, interest = w.tags.board.visible_keys()[:2]
        _tap(w.tags.board.chips(skill)[0])  # the first skill moves the picker on to interests
        _tap(w.tags.board.chips(interest)[0])

    return [
        Move(None, lambda: _tap(_button(w.welcome, "start")), w.find_yourself),
        Move(type_name, pick, w.tags),
        Move(chips, lambda: _tap(_button(w.tags, "continue")), w.details),
        Move(None, lambda: _tap(_button(w.details, "skip")), w.consent),
        Move(None, lambda: _tap(_button(w.consent, "continue")), w.done),
        Move(None, lambda: _tap(_button(w.done, "finish")), w.welcome),
    ]


def transitions(
    window: KioskWindow,
    watch: PaintWatch,
    plan: list[tuple[str, str]],
    shot: Path,
    read_ms: int,
) -> dict[str, Samples]:
    """Milliseconds per transition, by the screen it leads to."""
    samples: dict[str, Samples] = {}
    for guest, query in plan:
        for move in journey_steps(window, guest, query):
            if move.prepare is not None:
                move.prepare()
                watch.wait()  # what the guest did first is on screen
            if read_ms:
                QTest.qWait(read_ms)  # the guest reads; the event loop runs meanwhile
            cpu = time.process_time()
            start = time.perf_counter()
            move.tap()
            end = watch.wait(watch.on(move.target))
            samples.setdefault(move.target.objectName(), Samples([], [])).add(start, end, cpu)
            if move.target is window.done and not shot.exists():
                window.grab().save(str(shot))
    return samples


def stalls(window: KioskWindow, plan: list[tuple[str, str]]) -> list[float]:
    """Journeys run from timers (the event loop stays free); gaps between 1 ms beats."""
    moves = [move for guest, query in plan for move in journey_steps(window, guest, query)]
    gaps: list[float] = []
    last = [time.perf_counter()]
    loop = QEventLoop()

    def beat() -> None:
        now = time.perf_counter()
        gaps.append((now - last[0]) * 1000)
        last[0] = now

    def next_move() -> None:
        if not moves:
            loop.quit()
            return
        move = moves.pop(0)
        if move.prepare is not None:
            move.prepare()
        QTimer.singleShot(40, lambda: (move.tap(), wait_for(move.target)))

    def wait_for(page: Screen) -> None:
        if window.current() is page:
            QTimer.singleShot(40, next_move)  # a guest reads for a moment; beats go on
        else:
            QTimer.singleShot(5, lambda: wait_for(page))

    heart = QTimer()
    heart.setTimerType(Qt.TimerType.PreciseTimer)
    heart.setInterval(1)
    heart.timeout.connect(beat)
    heart.start()
    QTimer.singleShot(0, next_move)
    QTimer.singleShot(120_000, loop.quit)
    loop.exec()
    heart.stop()
    return gaps


def _journey_plan(
    database: Database, controller: CheckInController, count: int
) -> list[tuple[str, str]]:
    """Guests not checked in yet whose full name lists them: (id, what the guest types)."""
    services = controller.services
    plan: list[tuple[str, str]] = []
    with database.reader() as uow:
        everyone = {g.id: g for g in uow.guests.for_event(services.room.event_id)}
    n = 0
    while len(plan) < count:
        guest = everyone[guest_id(n)]
        n += 1
        query = fold(f"{guest.first_name} {guest.last_name}")
        if any(h.guest_id == guest.id for h in services.search.search(query)):
            plan.append((guest.id, query))
    return plan


def _typed_names(database: Database, event_id: str, count: int) -> list[str]:
    """What guests type to find themselves: first name, a space, last name (folded)."""
    with database.reader() as uow:
        everyone = uow.guests.for_event(event_id)
    step = max(1, len(everyone) // count)
    return [fold(f"{g.first_name} {g.last_name}") for g in everyone[::step]]


def run(argv: list[str]) -> dict[str, Any]:
    parser = argparse.ArgumentParser(prog="run.py ui", description=__doc__)
    parser.add_argument("--guests", type=int, default=10_000)
    parser.add_argument("--present", type=int, default=300)
    parser.add_argument("--keystrokes", type=int, default=400)
    parser.add_argument("--journeys", type=int, default=60)
    parser.add_argument("--stall-journeys", type=int, default=15)
    parser.add_argument("--rate", type=float, default=10.0, help="other station's check-ins/s")
    parser.add_argument("--read-ms", type=int, default=50, help="pause before each tap")
    parser.add_argument("--seed", type=int, default=5)
    parser.add_argument("--shots", type=Path, default=Path(tempfile.gettempdir()) / "ui-bench")
    args = parser.parse_args(argv)
    args.shots.mkdir(parents=True, exist_ok=True)
    for old in args.shots.glob("*.png"):
        old.unlink()
    load_before = os.getloadavg()
    _app = QApplication.instance() or QApplication([])
    with tempfile.TemporaryDirectory(prefix="icebreaker-ui-") as tmp:
        started = time.perf_counter()
        room = build(Path(tmp), guests=args.guests, present=args.present, seed=args.seed)
        setup_s = time.perf_counter() - started
        database = open_database(room.url)
        window, controller = build_checkin(
            database, room.event_id, station="door-1", windowed=True, screen=None,
            ticker=ManualTicker(),
        )  # fmt: skip
        try:
            window.resize(1280, 800)
            window.show()
            QTest.qWaitForWindowExposed(window)
            window.set_language(Language.EN)
            watch = PaintWatch(window)
            names = _typed_names(database, room.event_id, 200)
            keys = keystrokes(window, watch, names, args.keystrokes)
            window.grab().save(str(args.shots / "keystroke.png"))
            window.reset()
            watch.wait()
            plan = _journey_plan(database, controller, args.journeys + args.stall_journeys)
            by_screen = transitions(
                window, watch, plan[: args.journeys], args.shots / "done.png", args.read_ms
            )
            writer = subprocess.Popen(
                [sys.executable, "-m", "benchmarks._uiroom", room.url, room.event_id,
                 str(args.guests // 2), str(args.guests // 2 - args.present), str(args.rate),
                 "120"],
                cwd=ROOT, start_new_session=True, stdout=subprocess.PIPE,
            )  # fmt: skip
            try:
                QTest.qWait(500)  # the other station is writing before the first step
                gaps = stalls(window, plan[args.journeys :])
            finally:
                os.killpg(writer.pid, signal.SIGTERM)
                writer.wait(10)
            present = len(controller.services.room.present_ids())
        finally:
            controller.close()
            window.close()
            database.close()
    moves = [ms for screen in by_screen.values() for ms in screen.wall]
    moves_cpu = [ms for screen in by_screen.values() for ms in screen.cpu]
    key_p, move_p, gap_p = _percentiles(keys.wall), _percentiles(moves), _percentiles(gaps)
    key_cpu, move_cpu = _percentiles(keys.cpu), _percentiles(moves_cpu)
    return {
        "keystroke_p95_ms": key_p["p95"],
        "transition_p95_ms": move_p["p95"],
        "stall_max_ms": gap_p["max"],
        "keystroke_cpu_p95_ms": key_cpu["p95"],
        "transition_cpu_p95_ms": move_cpu["p95"],
        "keystroke_ms": {**key_p, "samples": len(keys.wall)},
        "transition_ms": {**move_p, "samples": len(moves)},
        "keystroke_cpu_ms": key_cpu,
        "transition_cpu_ms": move_cpu,
        "transition_p95_ms_by_screen": {
            k: _percentiles(v.wall)["p95"] for k, v in by_screen.items()
        },
        "transition_cpu_p95_ms_by_screen": {
            k: _percentiles(v.cpu)["p95"] for k, v in by_screen.items()
        },
        "read_ms": args.read_ms,
        "stall_gap_ms": {**gap_p, "beats": len(gaps)},
        "guests": args.guests,
        "present_at_end": present,
        "other_station_check_ins_per_s": args.rate,
        "loadavg_before": [round(x, 2) for x in load_before],
        "loadavg_after": [round(x, 2) for x in os.getloadavg()],
        "cpus": os.cpu_count(),
        "setup_s": round(setup_s, 1),
        "screenshots": str(args.shots),
    }
