"""Wall fixtures: the demo event in a real SQLite file, 40 guests already in, a wall on it."""

from __future__ import annotations

import shutil
import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from pytestqt.qtbot import QtBot
from wallapp_support import ALREADY_IN, Wall

from kiosk.app.wallapp import build_wall
from kiosk.core.demo import DemoEvent, load_demo
from kiosk.resources import db_file
from kiosk.services.eventsetup import check_in_demo_guests, install_demo
from kiosk.storage import Database, open_database


@pytest.fixture(scope="session")
def demo() -> DemoEvent:
    return load_demo(db_file("demo"))


@pytest.fixture(scope="session")
def template(tmp_path_factory: pytest.TempPathFactory, demo: DemoEvent) -> Path:
    path = tmp_path_factory.mktemp("walltemplate") / "kiosk.sqlite3"
    with open_database(f"sqlite:///{path}") as database:
        install_demo(database, demo, station="setup")
        check_in_demo_guests(database, demo, ALREADY_IN)
    with sqlite3.connect(path) as connection:
        connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    connection.close()
    return path


@pytest.fixture
def db_path(tmp_path: Path, template: Path) -> Path:
    path = tmp_path / "kiosk.sqlite3"
    shutil.copyfile(template, path)
    return path


@pytest.fixture
def database(db_path: Path) -> Iterator[Database]:
    db = open_database(f"sqlite:///{db_path}")
    yield db
    db.close()


@pytest.fixture
def wall(qtbot: QtBot, database: Database, demo: DemoEvent) -> Iterator[Wall]:
    """A wall-only process's wall (its own feed), windowed at 1280x720; pages turn by hand."""
    pages = QTimer()  # never started: the test turns pages
    window, controller = build_wall(
        database,
        demo.event.id,
        station="wall-1",
        screen=None,
        windowed=False,
        page_timer=pages,
    )
    qtbot.addWidget(window)
    window.resize(1280, 720)
    window.show()
    qtbot.waitExposed(window)
    yield Wall(qtbot, window, controller, pages)
    controller.close()
