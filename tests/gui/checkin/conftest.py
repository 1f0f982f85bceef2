"""Fixtures for the check-in screens: English by default, the demo event, a kiosk window."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from scanning import FakeClock

from kiosk.core.demo import DemoEvent
from kiosk.core.guest import Language
from kiosk.ui.checkin.clock import ManualTicker
from kiosk.ui.checkin.window import KioskWindow
from kiosk.ui.i18n import install_language


@pytest.fixture(autouse=True)
def english(qapp: QApplication) -> Iterator[None]:
    """Tests read English words unless they switch; nothing leaks into the next test."""
    install_language(qapp, Language.EN)
    yield
    install_language(qapp, Language.EN)


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def ticker() -> ManualTicker:
    return ManualTicker()


@pytest.fixture
def window(qtbot: QtBot, demo: DemoEvent, ticker: ManualTicker, clock: FakeClock) -> KioskWindow:
    """A windowed kiosk on the demo event, in English, with hand-driven time."""
    kiosk = KioskWindow(windowed=True, ticker=ticker, clock=clock)
    qtbot.addWidget(kiosk)
    kiosk.resize(1280, 800)
    kiosk.set_event(demo.event)
    kiosk.set_language(Language.EN)
    kiosk.tags.set_vocabulary(demo.vocabulary)
    return kiosk
