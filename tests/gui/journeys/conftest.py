"""Journey fixtures: the demo event in a real SQLite file, 40 guests already in, a kiosk on it."""

from __future__ import annotations

import random
import shutil
import sqlite3
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from journey_support import STATION, FakeClock, Kiosk, UtcClock
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from kiosk.app.checkinapp import build_checkin, make_services
from kiosk.app.journeyrunner import CheckInServices
from kiosk.core.badge import template as badge_template
from kiosk.core.demo import DemoEvent, load_demo
from kiosk.core.guest import Language
from kiosk.resources import db_file
from kiosk.services.eventsetup import check_in_demo_guests, install_demo
from kiosk.storage import Database, open_database
from kiosk.ui.badge.printing import BadgePrinter
from kiosk.ui.badge.spooler import FakeSpooler
from kiosk.ui.checkin.clock import ManualTicker
from kiosk.ui.i18n import install_language

ALREADY_IN = 40  # demo guests checked in before the kiosk starts: a room to be matched with


@pytest.fixture(scope="session")
def demo() -> DemoEvent:
    return load_demo(db_file("demo"))


@pytest.fixture(scope="session")
def template(tmp_path_factory: pytest.TempPathFactory, demo: DemoEvent) -> Path:
    path = tmp_path_factory.mktemp("template") / "kiosk.sqlite3"
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


@pytest.fixture(autouse=True)
def english_after(qapp: QApplication) -> Iterator[None]:
    """The kiosk installs its event's language; the next test starts from English again."""
    yield
    install_language(qapp, Language.EN)


ServicesHook = Callable[[CheckInServices], CheckInServices]


@pytest.fixture
def services_hook() -> ServicesHook:
    """Overridden by tests that swap a service for a failing or slow fake."""
    return lambda services: services


@pytest.fixture
def spooler() -> FakeSpooler:
    """No printer unless a test says so: the kiosk never reaches a real CUPS in tests."""
    return FakeSpooler()


@pytest.fixture
def badge_printer(spooler: FakeSpooler, tmp_path: Path) -> BadgePrinter:
    return BadgePrinter(spooler, "", badge_template(""), spool_dir=tmp_path)


@pytest.fixture
def kiosk(
    qtbot: QtBot,
    database: Database,
    demo: DemoEvent,
    services_hook: ServicesHook,
    badge_printer: BadgePrinter,
) -> Iterator[Kiosk]:
    """The demo's kiosk, windowed at 1280x800, in English, with hand-driven time."""
    ticker, key_clock, clock = ManualTicker(), FakeClock(), UtcClock()
    services = services_hook(make_services(database, demo.event.id, station=STATION, clock=clock))
    window, controller = build_checkin(
        database,
        demo.event.id,
        station=STATION,
        windowed=True,
        screen=None,
        ticker=ticker,
        clock=clock,
        key_clock=key_clock,
        rng=random.Random(7),
        services=services,
        badge_printer=badge_printer,
    )
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.show()
    qtbot.waitExposed(window)
    window.set_language(Language.EN)
    state = Kiosk(qtbot, window, controller, database, demo, ticker, key_clock)
    controller.changes_applied.connect(state.applied.append)
    yield state
    controller.close()
