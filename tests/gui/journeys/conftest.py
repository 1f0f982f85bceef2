"""Journey fixtures: the demo event in a real SQLite file, 40 guests already in, a kiosk on it."""

from __future__ import annotations

import random
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from journey_support import STATION, Kiosk, UtcClock
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from scanning import FakeClock

from kiosk.app.checkinapp import build_checkin, make_services
from kiosk.app.journeyrunner import CheckInServices
from kiosk.core.badge import template as badge_template
from kiosk.core.demo import DemoEvent
from kiosk.core.guest import Language
from kiosk.storage import Database
from kiosk.ui.badge.printing import BadgePrinter
from kiosk.ui.badge.spooler import FakeSpooler
from kiosk.ui.checkin.clock import ManualTicker
from kiosk.ui.i18n import install_language


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
