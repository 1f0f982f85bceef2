"""Child processes for the wall tests: another station checking guests in, or both screens.

``python wallapp_child.py checkin DB GUEST...``: checks each guest in with a CheckInService of
its own and prints ``committed GUEST T`` (``T``: ``time.time()`` once the commit returned).
``python wallapp_child.py screens DB`` (with QT_QPA_PLATFORM pointing at a screens file):
builds the check-in and the wall on the configured screens and prints their geometries as
JSON. ``python wallapp_child.py wall DB GUEST``: the wall-only process (``run_wall``) on the
screen named WALL; once it shows, another connection checks GUEST in; prints what it saw.
Each child arms its own watchdog: a lost parent never leaves it running.
"""

from __future__ import annotations

import json
import os
import signal
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[3]))

WATCHDOG_S = 45


def say(line: str) -> None:
    os.write(1, (line + "\n").encode())


def check_in(db_path: str, guest_ids: list[str]) -> None:
    from kiosk.services.checkin import CheckInService
    from kiosk.storage import open_database

    with open_database(f"sqlite:///{db_path}") as database:
        service = CheckInService(database, station=f"door-{os.getpid()}")
        for guest_id in guest_ids:
            result = service.check_in(guest_id, f"child-{guest_id}")
            if not result.ok:
                say(f"error {guest_id} {result.outcome}")
                sys.exit(3)
            say(f"committed {guest_id} {time.time():.6f}")


def screens(db_path: str, checkin_name: str, wall_name: str) -> None:
    from PySide6.QtGui import QGuiApplication
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication, QWidget

    from kiosk.app.bothapp import build_both
    from kiosk.app.screens import plan_screens
    from kiosk.storage import open_database

    app = QApplication([])
    database = open_database(f"sqlite:///{db_path}")
    with database.reader() as uow:
        event = uow.events.active()
    assert event is not None
    primary = QGuiApplication.primaryScreen()
    plan = plan_screens(app.screens(), primary, checkin_name=checkin_name, wall_name=wall_name)
    both = build_both(database, event.id, station="door-1", plan=plan)
    for window in (both.checkin, both.wall):
        assert QTest.qWaitForWindowExposed(window, 10_000)

    def place(w: QWidget) -> dict[str, object]:
        g, f = w.geometry(), w.frameGeometry()
        screen = w.screen()
        return {
            "geometry": [g.x(), g.y(), g.width(), g.height()],
            "frame": [f.x(), f.y(), f.width(), f.height()],
            "screen": screen.name() if screen is not None else None,
            "fullscreen": w.isFullScreen(),
            "grab": [w.grab().width(), w.grab().height()],
        }

    report = {
        "screens": [s.name() for s in app.screens()],
        "checkin": place(both.checkin),
        "wall": place(both.wall),
        "wall_named": len(both.wall.state.names),
    }
    both.wall_controller.close()
    both.checkin_controller.close()
    say(json.dumps(report))
    database.close()
    os._exit(0)  # the locked kiosk window refuses to close: no teardown to wait for


def wall_only(db_path: str, guest_id: str) -> None:
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from kiosk.app.wallrun import run_wall
    from kiosk.core.machine import MachineConfig
    from kiosk.services.checkin import CheckInService
    from kiosk.storage import open_database
    from kiosk.ui.wall import WallWindow

    app = QApplication([])
    station = open_database(f"sqlite:///{db_path}")  # another station's connection
    report: dict[str, object] = {}

    def wall() -> WallWindow | None:
        return next((w for w in app.topLevelWidgets() if isinstance(w, WallWindow)), None)

    def step() -> None:
        window = wall()
        if window is None or not window.isVisible():
            return
        if "geometry" not in report:
            g = window.geometry()
            report["geometry"] = [g.x(), g.y(), g.width(), g.height()]
            report["screen"] = window.screen().name()
            report["fullscreen"] = window.isFullScreen()
            report["named_before"] = guest_id in window.state.names
            CheckInService(station, station="door-2").check_in(guest_id, f"child-{guest_id}")
        elif guest_id in window.state.names:
            report["named_after"] = True
            app.quit()

    timer = QTimer()
    timer.timeout.connect(step)
    timer.start(10)
    config = MachineConfig(
        database_url=f"sqlite:///{db_path}", station_name="wall-1", wall_screen="WALL"
    )
    code = run_wall(config)
    station.close()
    say(json.dumps({"exit": code, **report}))


if __name__ == "__main__":
    signal.alarm(WATCHDOG_S)
    mode, db, *rest = sys.argv[1:]
    if mode == "checkin":
        check_in(db, rest)
    elif mode == "screens":
        screens(db, *rest)
    elif mode == "wall":
        wall_only(db, *rest)
    else:
        sys.exit(f"unknown mode {mode!r}")
