"""The wall's real update path, timed: a check-in committed in this process or another, until
the wall has painted it (RoomService, ChangeFeed, WallController and WallWindow over SQLite).

Time is taken after the window has handled the ``UpdateRequest`` that paints the new state
(PLATFORM.md), by an event filter on the window built by ``build_wall``. The event loop runs
as in the application (``QEventLoop.exec``: no busy spinning), with the real page timer,
arrival strip, exposure writes and drift rebuilds all live.
"""

from __future__ import annotations

import os
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from pathlib import Path

from PySide6.QtCore import QEvent, QEventLoop, QObject, QTimer
from PySide6.QtTest import QTest

from kiosk.app.changefeed import ChangeFeed
from kiosk.app.wall import WallController
from kiosk.app.wallapp import build_wall
from kiosk.app.worker import ServiceWorker
from kiosk.core.changes import ChangeKind, Changes
from kiosk.core.demo import DemoEvent
from kiosk.core.demoroom import sample_guests
from kiosk.core.wallview import WallState
from kiosk.services.checkin import CheckInResult, CheckInService
from kiosk.services.eventsetup import install_demo
from kiosk.services.room import RoomService
from kiosk.services.search import SearchService
from kiosk.storage import open_database
from kiosk.ui.wall import WallWindow

WRITER = Path(__file__).with_name("_wallwriter.py")
WARMUP = 5  # first samples dropped: caches, first allocations


class PaintClock(QObject):
    """Handles the window's UpdateRequest itself, then notes the time: the paint pass ended."""

    def __init__(self, window: WallWindow) -> None:
        super().__init__(window)
        self.paints = 0
        self.painted_at = 0.0
        self.painted_cpu = 0.0
        self.listeners: list[Callable[[], None]] = []
        window.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt override)
        if event.type() != QEvent.Type.UpdateRequest:
            return False
        watched.event(event)
        self.painted_at, self.painted_cpu = time.perf_counter(), time.thread_time()
        self.paints += 1
        for listener in list(self.listeners):
            listener()
        return True


@dataclass
class PathSamples:
    """Milliseconds per check-in; ``cpu`` is the GUI thread's CPU time over the same span."""

    wall: list[float] = field(default_factory=list)
    cpu: list[float] = field(default_factory=list)
    applied: list[float] = field(default_factory=list)  # commit -> entries applied (the poll)
    missing: int = 0  # check-ins never painted within the timeout


def room_template(
    folder: Path, demo: DemoEvent, present: int, spare: int
) -> tuple[Path, list[str]]:
    """A database with ``present`` guests in (synthetic copies past the demo's 200) and the
    ids of ``spare`` more, not checked in yet, in arrival order."""
    guests = sample_guests(demo, present + spare)
    path = folder / "wall-template.sqlite3"
    with open_database(f"sqlite:///{path}") as database:
        install_demo(database, demo, station="setup")
        with database.unit_of_work(station="setup") as uow:
            for guest in guests:
                if guest.id.startswith("synthetic-"):
                    uow.guests.add(replace(guest, ticket=None, email=""))
            uow.commit()
        service = CheckInService(database, station="setup")
        for guest in guests[:present]:
            service.check_in(guest.id, f"setup-{guest.id}")
    with sqlite3.connect(path) as connection:
        connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    connection.close()
    return path, [g.id for g in guests[present:]]


def copy_of(template: Path, folder: Path, name: str) -> Path:
    path = folder / f"{name}.sqlite3"
    shutil.copyfile(template, path)
    return path


def _show(window: WallWindow, width: int, height: int) -> PaintClock:
    window.resize(width, height)
    window.show()
    QTest.qWaitForWindowExposed(window)
    return PaintClock(window)


def _wait(done: Callable[[], bool], clock: PaintClock, timeout_ms: int) -> bool:
    """Run the event loop until ``done()`` after a paint, or the timeout."""
    loop = QEventLoop()

    def check() -> None:
        if done():
            loop.quit()

    clock.listeners.append(check)
    QTimer.singleShot(timeout_ms, loop.quit)
    loop.exec()
    clock.listeners.remove(check)
    return done()


def _pause(ms: int) -> None:
    loop = QEventLoop()
    QTimer.singleShot(max(0, ms), loop.quit)
    loop.exec()


def same_process(
    db_path: Path,
    event_id: str,
    spares: list[str],
    *,
    samples: int,
    interval_ms: int,
    size: tuple[int, int],
    shot: Path,
) -> PathSamples:
    """A station in this process: service commit (on a worker, like the kiosk's) -> the
    result absorbed by the shared feed -> room.apply -> wall_state -> set_state -> painted."""
    database = open_database(f"sqlite:///{db_path}")
    after = database.last_change_id()
    room = RoomService(database, event_id)
    feed = ChangeFeed(
        database.follower(after_id=after, event_id=event_id),
        SearchService(database, event_id),
        room,
    )
    window, controller = build_wall(
        database, event_id, station="bench-wall", screen=None, windowed=False, feed=feed, room=room
    )
    clock = _show(window, *size)
    feed.start()
    service = CheckInService(database, station="bench-door")
    worker = ServiceWorker()
    out = PathSamples()
    marked: list[int] = []

    def on_state_shown(state: WallState) -> None:
        if not marked and state.pulse.present == expected:
            marked.append(clock.paints)

    controller.state_shown.connect(on_state_shown)
    try:
        for n, guest_id in enumerate(spares[: samples + WARMUP]):
            expected = len(room.present_ids()) + 1
            marked.clear()
            start, start_cpu = time.perf_counter(), time.thread_time()
            worker.submit(
                lambda g=guest_id: service.check_in(g, f"bench-{g}"),  # type: ignore[misc]
                lambda result: feed.absorb(_changes(result)),
                _raise,
            )
            if not _wait(lambda: bool(marked) and clock.paints > marked[0], clock, 2000):
                out.missing += 1
            elif n >= WARMUP:
                out.wall.append((clock.painted_at - start) * 1000)
                out.cpu.append((clock.painted_cpu - start_cpu) * 1000)
            _pause(interval_ms - round((time.perf_counter() - start) * 1000))
    finally:
        worker.close()
        window.grab().save(str(shot))
        _close(controller, window, feed)
        database.close()
    return out


def cross_process(
    db_path: Path,
    event_id: str,
    spares: list[str],
    *,
    samples: int,
    interval_ms: int,
    size: tuple[int, int],
    shot: Path,
) -> PathSamples:
    """A wall-only process following the change log; another process commits check-ins and,
    every fourth operation, the check-out of someone who arrived three operations before."""
    database = open_database(f"sqlite:///{db_path}")
    window, controller = build_wall(
        database, event_id, station="bench-wall", screen=None, windowed=False
    )
    clock = _show(window, *size)
    feed = controller.findChild(ChangeFeed)
    assert feed is not None
    pending: set[str] = set()
    marked: dict[str, int] = {}
    applied_at: dict[str, float] = {}
    painted_at: dict[str, float] = {}
    kinds = {ChangeKind.CHECKED_IN: "in", ChangeKind.CHECKED_OUT: "out"}

    def on_applied(changes: Changes) -> None:
        now = time.perf_counter()
        for change in changes:
            if change.kind in kinds and change.guest_id is not None:
                op = f"{kinds[change.kind]}:{change.guest_id}"
                applied_at[op] = now
                pending.add(op)

    def on_state_shown(_state: WallState) -> None:
        for op in pending:
            marked[op] = clock.paints
        pending.clear()

    def on_paint() -> None:
        for op, paints in list(marked.items()):
            if clock.paints > paints:
                painted_at[op] = clock.painted_at
                del marked[op]

    feed.changes_applied.connect(on_applied)
    controller.state_shown.connect(on_state_shown)
    clock.listeners.append(on_paint)
    ops = _operations(spares, samples + WARMUP)
    writer = subprocess.Popen(
        [sys.executable, str(WRITER), str(db_path), str(interval_ms), *ops],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        start_new_session=True,
    )
    try:
        deadline = time.perf_counter() + 30 + len(ops) * interval_ms / 1000
        while writer.poll() is None and time.perf_counter() < deadline:
            _pause(50)
        _pause(500)  # the last commit's poll and paint
        stdout, stderr = writer.communicate(timeout=10)
    finally:
        if writer.poll() is None:
            os.killpg(writer.pid, signal.SIGKILL)
            writer.wait()
        window.grab().save(str(shot))
        _close(controller, window, None)
        database.close()
    if writer.returncode != 0:
        raise RuntimeError(f"writer failed: {stderr.decode()}")
    out = PathSamples()
    lines = [line.split() for line in stdout.decode().splitlines() if line.startswith("committed")]
    for n, (_word, op, _before, after) in enumerate(lines):
        if op not in painted_at:
            out.missing += 1
        elif n >= WARMUP:
            out.wall.append((painted_at[op] - float(after)) * 1000)
            out.applied.append((applied_at[op] - float(after)) * 1000)
    return out


def _operations(guest_ids: list[str], count: int) -> list[str]:
    ops: list[str] = []
    arrived = iter(guest_ids)
    while len(ops) < count:
        if len(ops) % 4 == 3:
            ops.append(f"out:{ops[-3].split(':', 1)[1]}")
        else:
            ops.append(f"in:{next(arrived)}")
    return ops


def _changes(result: CheckInResult) -> Changes:
    return result.changes


def _raise(error: Exception) -> None:
    raise error


def _close(controller: WallController, window: WallWindow, feed: ChangeFeed | None) -> None:
    controller.close()
    if feed is not None:
        feed.close()
    window.close()
    window.deleteLater()
    _pause(0)


__all__ = ["PathSamples", "copy_of", "cross_process", "room_template", "same_process"]
