"""A guest's hands on the kiosk: taps on the real widgets, counted, over a real database."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, datetime

from PySide6.QtCore import QEvent, QRect, Qt
from PySide6.QtWidgets import QLabel, QPushButton, QScrollArea, QWidget
from pytestqt.qtbot import QtBot
from scanning import FakeClock, Strokes, key_event, same_layout, send

from kiosk.app.checkin import CheckInController
from kiosk.core.demo import DemoEvent
from kiosk.core.guest import Guest
from kiosk.core.text import fold
from kiosk.storage import Database
from kiosk.ui.checkin.clock import ManualTicker
from kiosk.ui.checkin.keyboard import OnScreenKeyboard
from kiosk.ui.checkin.screen import Screen
from kiosk.ui.checkin.window import KioskWindow

STATION = "door-1"


class UtcClock:
    """Check-in times the test decides."""

    def __init__(self) -> None:
        self.now = datetime(2026, 12, 3, 19, 0, tzinfo=UTC)

    def __call__(self) -> datetime:
        return self.now


@dataclass
class Kiosk:
    """The kiosk under test and a guest's hands: ``taps`` and ``letters`` count what they did."""

    qtbot: QtBot
    window: KioskWindow
    controller: CheckInController
    database: Database
    demo: DemoEvent
    ticker: ManualTicker
    key_clock: FakeClock
    taps: int = 0
    letters: int = 0
    applied: list[object] = field(default_factory=list)

    # -- hands ---------------------------------------------------------------------------------
    def tap(self, widget: QWidget) -> None:
        assert widget.isVisible(), f"{widget.objectName() or widget} is not on screen"
        assert widget.isEnabled(), f"{widget.objectName() or widget} is disabled"
        self.qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)
        self.taps += 1

    def tap_button(self, screen: QWidget, name: str) -> None:
        self.tap(button(screen, name))

    def type(self, keyboard: OnScreenKeyboard, text: str) -> None:
        """Letter by letter on the on-screen keyboard (lower case, as most guests type)."""
        for ch in text:
            key = keyboard.key("{space}" if ch == " " else ch)
            assert key is not None, f"no key {ch!r}"
            self.qtbot.mouseClick(key, Qt.MouseButton.LeftButton)
            self.letters += 1

    def find_and_pick(self, guest: Guest) -> None:
        """Type their name until it is listed (two letters at least), then tap it."""
        find = self.window.find_yourself
        wanted = fold(f"{guest.first_name} {guest.last_name}")
        for n, ch in enumerate(wanted, start=1):
            if find.model.hit_for(guest.id) is not None:
                break  # already listed (a second tap after a failure): no more typing
            self.type(find.keyboard, ch)
            if n >= 2 and find.model.hit_for(guest.id) is not None:
                break
        hit = find.model.hit_for(guest.id)
        assert hit is not None, f"{guest.first_name} not found by typing {wanted!r}"
        row = next(r for r in range(find.model.rowCount()) if find.model.hit(r) == hit)
        rect = find.results.visualRect(find.model.index(row, 0))
        self.qtbot.mouseClick(find.results.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
        self.taps += 1

    def tap_chip(self, key: str) -> None:
        """Tap the tag where the guest sees it (scrolling to it first is a swipe, not a tap)."""
        tags = self.window.tags
        scroll = tags.findChild(QScrollArea, "chipScroll")
        assert scroll is not None
        viewport = scroll.viewport()

        def on_screen(chip: QWidget) -> bool:
            corner = chip.mapTo(viewport, chip.rect().topLeft())
            return viewport.rect().contains(QRect(corner, chip.size()))

        chips = tags.board.chips(key)
        seen = [c for c in chips if c.isVisible() and on_screen(c)]
        if not seen:
            scroll.ensureWidgetVisible(chips[-1])
            seen = [chips[-1]]
        self.tap(seen[0])

    def scan(self, code: str, strokes: Strokes = same_layout) -> None:
        """A barcode scanner: one key every 8 ms, then Enter, into the kiosk's QWindow."""
        handle = self.window.windowHandle()
        assert handle is not None
        for key, text, scan_code, shift in strokes(code):
            send(handle, key_event(key, text, scan_code=scan_code, shift=shift))
            release = QEvent.Type.KeyRelease
            send(handle, key_event(key, text, scan_code=scan_code, shift=shift, kind=release))
            self.key_clock.advance(8)
        send(handle, key_event(Qt.Key.Key_Return.value, "\r", scan_code=36))
        self.key_clock.advance(1000)

    # -- eyes ----------------------------------------------------------------------------------
    def wait_for(self, screen: Screen) -> None:
        """Until ``screen`` is up and the kiosk has caught up (the room follows the paint)."""

        def shown() -> None:
            assert self.window.current() is screen, self.window.current().objectName()
            assert self.controller.caught_up, "the room has not taken the answer in yet"

        self.qtbot.waitUntil(shown, timeout=5000)

    def settle(self) -> None:
        """Until the room and search have taken in every answer shown (just after a paint)."""

        def caught_up() -> None:
            assert self.controller.caught_up, "the room has not taken the answer in yet"

        self.qtbot.waitUntil(caught_up, timeout=5000)

    def visible_texts(self) -> set[str]:
        page = self.window.current()
        labels = [w for w in page.findChildren(QLabel) if w.isVisibleTo(page)]
        buttons = [w for w in page.findChildren(QPushButton) if w.isVisibleTo(page)]
        return {w.text() for w in [*labels, *buttons] if w.text()}

    def notice(self) -> str:
        bar = self.window.findChild(QLabel, "notice")
        assert bar is not None
        return bar.text() if bar.isVisible() else ""

    def start(self) -> None:
        self.tap_button(self.window.welcome, "start")
        self.wait_for(self.window.find_yourself)

    def guest(self, ticket: str) -> Guest:
        return next(g for g in self.demo.guests if g.ticket == ticket)


def button(screen: QWidget, name: str) -> QPushButton:
    found = [b for b in screen.findChildren(QPushButton, name) if b.isVisibleTo(screen)]
    assert found, f"no visible button {name!r} on {screen.objectName()}"
    return found[0]
