"""Wall fixtures: the demo event in a real SQLite file, 40 guests already in, a wall on it."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import timedelta

import pytest
from PySide6.QtCore import QTimer
from pytestqt.qtbot import QtBot
from wallapp_support import Wall

from kiosk.app.wallapp import build_wall
from kiosk.core.demo import DemoEvent
from kiosk.services.station import utc_now
from kiosk.storage import Database


@pytest.fixture
def wall(qtbot: QtBot, database: Database, demo: DemoEvent) -> Iterator[Wall]:
    """A wall-only process's wall (its own feed), windowed at 1280x720; pages turn by hand.

    It starts an hour after the room filled (its clock): no arrival to catch up on.
    """
    pages = QTimer()  # never started: the test turns pages
    window, controller = build_wall(
        database,
        demo.event.id,
        station="wall-1",
        screen=None,
        windowed=False,
        page_timer=pages,
        clock=lambda: utc_now() + timedelta(hours=1),
    )
    qtbot.addWidget(window)
    window.resize(1280, 720)
    window.show()
    qtbot.waitExposed(window)
    yield Wall(qtbot, window, controller, pages)
    controller.close()
