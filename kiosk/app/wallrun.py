"""A wall-only process (``role = "wall"``): the machine's database, event and screen, until quit."""

from __future__ import annotations

import sys

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication

from kiosk.app.gccontrol import collect_on_gui_thread
from kiosk.app.screens import wall_screen
from kiosk.app.wallapp import build_wall
from kiosk.core.machine import MachineConfig
from kiosk.storage import Database, open_database


class NoEventError(LookupError):
    """The database has no active event and the configuration names none."""


def run_wall(config: MachineConfig, *, windowed: bool = False) -> int:
    """Show the wall on the configured screen and follow the change log; the exit code.

    Uses the running QApplication if there is one (tests), else makes one.
    """
    existing = QCoreApplication.instance()
    if isinstance(existing, QApplication):
        app = existing
    else:
        app = QApplication(sys.argv[:1])
        collect_on_gui_thread(app)
    database = open_database(config.effective_database_url)
    try:
        event_id = config.event_id or _active_event(database)
        primary = QGuiApplication.primaryScreen()
        screen = wall_screen(app.screens(), primary, wall_name=config.wall_screen)
        _window, _controller = build_wall(
            database,
            event_id,
            station=config.effective_station_name,
            screen=screen,
            windowed=windowed,
        )
        return app.exec()
    finally:
        database.close()


def _active_event(database: Database) -> str:
    with database.reader() as uow:
        event = uow.events.active()
    if event is None:
        raise NoEventError("no active event: import a guest list or name the event")
    return event.id
