"""A check-in station with its organiser door over the demo database; hands for the PIN pad."""

from __future__ import annotations

import random
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path

from argon2 import PasswordHasher
from PySide6.QtCore import QEvent, QObject, QPointF, Qt
from PySide6.QtGui import QMouseEvent, QWindow
from PySide6.QtWidgets import QApplication, QPushButton
from pytestqt.qtbot import QtBot
from shiboken6 import Shiboken

from kiosk.app.checkin import CheckInController
from kiosk.app.checkinapp import build_checkin
from kiosk.app.organiser import OrganiserController
from kiosk.app.organisercontext import OrganiserEnvironment
from kiosk.app.organisersections import Section
from kiosk.core.badge import template as badge_template
from kiosk.core.demo import DemoEvent
from kiosk.core.guest import Language
from kiosk.services.pin import PinStore
from kiosk.storage import Database
from kiosk.ui.badge.printing import BadgePrinter
from kiosk.ui.badge.spooler import FakeSpooler
from kiosk.ui.checkin.clock import ManualTicker
from kiosk.ui.checkin.organiserdoor import HOLD_MS
from kiosk.ui.checkin.window import KioskWindow
from kiosk.ui.organiser.pinpad import PinPad

PIN = "480317"  # passes the PIN rules; tests look for it in logs and on screen
WRONG = "999123"


class KeyClock:
    """The kiosk's monotonic milliseconds, moved by the test."""

    def __init__(self) -> None:
        self.now = 1_000_000

    def __call__(self) -> int:
        return self.now

    def advance(self, ms: int) -> None:
        self.now += ms


class PinClock:
    """The PIN throttle's wall clock (aware UTC), moved by the test."""

    def __init__(self) -> None:
        self.now = datetime(2026, 12, 3, 18, 0, tzinfo=UTC)

    def __call__(self) -> datetime:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += timedelta(seconds=seconds)


def cheap_hasher() -> PasswordHasher:
    """argon2id still, but fast: the tests check the flow, not the hash's cost."""
    return PasswordHasher(time_cost=1, memory_cost=8, parallelism=1)


@dataclass
class Station:
    qtbot: QtBot
    kiosk: KioskWindow
    checkin: CheckInController
    organiser: OrganiserController
    store: PinStore
    ticker: ManualTicker
    keys: KeyClock
    pin_clock: PinClock
    quits: list[str] = field(default_factory=list)

    @property
    def pad(self) -> PinPad:
        return self.organiser.window.pin_pad

    # -- the door ----------------------------------------------------------------------------
    def press(self, x: float = 10, y: float = 10) -> None:
        mouse(self.handle(), QEvent.Type.MouseButtonPress, x, y)

    def move(self, x: float, y: float) -> None:
        mouse(self.handle(), QEvent.Type.MouseMove, x, y)

    def release(self, x: float = 10, y: float = 10) -> bool:
        """True when the release reached the widget under the finger (not swallowed)."""
        target = self.kiosk.childAt(int(x), int(y)) or self.kiosk
        seen = _Seen(target, QEvent.Type.MouseButtonRelease)
        mouse(self.handle(), QEvent.Type.MouseButtonRelease, x, y)
        target.removeEventFilter(seen)
        return seen.count > 0

    def hold(self, ms: int) -> None:
        """Time passes with the finger down; the door's timer looks at the clock."""
        self.keys.advance(ms)
        self.kiosk.door.poll()

    def open_door(self) -> None:
        self.press()
        self.hold(HOLD_MS)
        self.release()
        assert self.organiser.window.isVisible()

    def handle(self) -> QWindow:
        handle = self.kiosk.windowHandle()
        assert handle is not None
        return handle

    # -- the PIN pad -------------------------------------------------------------------------
    def key(self, name: str) -> QPushButton:
        button = self.pad.findChild(QPushButton, name)
        assert isinstance(button, QPushButton), name
        return button

    def type_pin(self, pin: str) -> None:
        for digit in pin:
            self.qtbot.mouseClick(self.key(f"key{digit}"), Qt.MouseButton.LeftButton)
        self.qtbot.mouseClick(self.key("ok"), Qt.MouseButton.LeftButton)

    def wait_idle(self) -> None:
        """The PIN check runs on the organiser's worker: wait for its answer."""
        self.qtbot.waitUntil(lambda: self.organiser.worker.pending == 0, timeout=10_000)

    def unlock(self, pin: str = PIN) -> None:
        self.open_door()
        self.wait_idle()
        self.type_pin(pin)
        self.qtbot.waitUntil(lambda: self.organiser.is_open, timeout=10_000)


class _Seen(QObject):
    """Counts one kind of event reaching a widget."""

    def __init__(self, target: QObject, kind: QEvent.Type) -> None:
        super().__init__()
        self.kind, self.count = kind, 0
        target.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt override)
        self.count += event.type() == self.kind
        return False


def mouse(target: QWindow, kind: QEvent.Type, x: float, y: float) -> bool:
    """A press, move or release delivered as the platform does: to the QWindow first."""
    buttons = (
        Qt.MouseButton.NoButton
        if kind == QEvent.Type.MouseButtonRelease
        else Qt.MouseButton.LeftButton
    )
    button = Qt.MouseButton.NoButton if kind == QEvent.Type.MouseMove else Qt.MouseButton.LeftButton
    point = QPointF(x, y)
    event = QMouseEvent(kind, point, point, button, buttons, Qt.KeyboardModifier.NoModifier)
    return QApplication.sendEvent(target, event)


@contextmanager
def station(
    qtbot: QtBot,
    database: Database,
    demo: DemoEvent,
    tmp_path: Path,
    *,
    windowed: bool = True,
    pin: str | None = PIN,
    found_sections: Callable[[], list[Section]] = list,
    lock_after_s: int = 180,
    language: Language = Language.EN,
) -> Iterator[Station]:
    """The demo's kiosk (1280x800) with organiser mode; no real printer, argon2 made cheap."""
    ticker, keys, pin_clock = ManualTicker(), KeyClock(), PinClock()
    printer = BadgePrinter(FakeSpooler(), "", badge_template(""), spool_dir=tmp_path)
    kiosk, checkin = build_checkin(
        database,
        demo.event.id,
        station="door-1",
        windowed=windowed,
        screen=None,
        ticker=ticker,
        key_clock=keys,
        rng=random.Random(3),
        badge_printer=printer,
    )
    qtbot.addWidget(kiosk)
    kiosk.resize(1280, 800)
    kiosk.show()
    qtbot.waitExposed(kiosk)
    kiosk.set_language(Language.EN)  # the PIN pad speaks the kiosk's language
    store = PinStore(tmp_path / "pin.json", pin_clock, hasher=cheap_hasher())
    if pin is not None:
        store.set(pin)
    environment = OrganiserEnvironment(
        database=database,
        event_id=demo.event.id,
        station="door-1",
        machine_path=tmp_path / "machine.toml",
        room=checkin.services.room,
    )
    quits: list[str] = []
    organiser = OrganiserController(
        kiosk,
        environment,
        store,
        checkin=checkin,
        lock_after_s=lock_after_s,
        language=language,
        quit_app=lambda: quits.append("quit"),
        found_sections=found_sections,
    )
    state = Station(qtbot, kiosk, checkin, organiser, store, ticker, keys, pin_clock, quits)
    try:
        yield state
    finally:
        organiser.close()
        checkin.close()
        organiser.window.hide()
        # Deleted here, on the GUI thread that owns their timers (not by Python's collector).
        Shiboken.delete(organiser.window)
        Shiboken.delete(organiser)
