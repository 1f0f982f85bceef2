"""Barcode scanners typing like keyboards: decoded by key position, told apart from people."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QWindow
from PySide6.QtWidgets import QLineEdit, QVBoxLayout, QWidget
from pytestqt.qtbot import QtBot
from scanning import FakeClock, key_event, same_layout, send, us_scanner_on_azerty

from kiosk.ui.checkin.keymap import XKB, KeyStroke, decode
from kiosk.ui.checkin.scanner import ScannerListener
from kiosk.ui.checkin.window import KioskWindow

K = Qt.Key


@pytest.mark.parametrize("code", ["ICE-0001", "QAZW-1290", "1234567890", "Zq-42"])
def test_decode_us_scanner_on_azerty(code: str) -> None:
    strokes = [KeyStroke(k, t, s, c) for k, t, c, s in us_scanner_on_azerty(code)]
    assert "".join(s.text for s in strokes) != code  # what a naive reader would get
    assert decode(strokes, XKB) == code


@pytest.mark.parametrize("code", ["ICE-0001", "abc-123", "QAZW"])
def test_decode_when_scanner_and_system_agree(code: str) -> None:
    strokes = [KeyStroke(k, t, s, c) for k, t, c, s in same_layout(code)]
    assert decode(strokes, XKB) == code
    assert decode(strokes, None) == code  # no scan codes known (macOS): Qt's keys


class Typist(QWidget):
    """A window with a focused field, wired like the kiosk: the scanner on its QWindow."""

    def __init__(self, clock: FakeClock) -> None:
        super().__init__()
        self.field = QLineEdit(self)
        QVBoxLayout(self).addWidget(self.field)
        self.scanner = ScannerListener(clock=clock, parent=self, keymap=XKB)
        self.codes: list[str] = []
        self.scanner.code_scanned.connect(self.codes.append)


@pytest.fixture
def typist(qtbot: QtBot, clock: FakeClock) -> Typist:
    widget = Typist(clock)
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitExposed(widget)
    handle = widget.windowHandle()
    assert handle is not None
    widget.scanner.install(handle)
    widget.field.setFocus()
    return widget


def _type(
    window: QWindow,
    clock: FakeClock,
    strokes: list[tuple[int, str, int, bool]],
    gap_ms: int,
    enter: bool = True,
) -> None:
    for key, text, code, shift in strokes:
        send(window, key_event(key, text, scan_code=code, shift=shift))
        send(window, key_event(key, text, scan_code=code, shift=shift, kind=QEvent.Type.KeyRelease))
        clock.advance(gap_ms)
    if enter:
        send(window, key_event(K.Key_Return.value, "\r", scan_code=36))


def test_fast_burst_is_a_scan_and_types_nothing(typist: Typist, clock: FakeClock) -> None:
    handle = typist.windowHandle()
    _type(handle, clock, us_scanner_on_azerty("ICE-0042"), gap_ms=8)
    assert typist.codes == ["ICE-0042"]
    assert typist.field.text() == ""  # swallowed: no "ICE)àà'é" in the field
    assert typist.scanner.holding == 0


def test_slow_typing_reaches_the_field(qtbot: QtBot, typist: Typist, clock: FakeClock) -> None:
    handle = typist.windowHandle()
    _type(handle, clock, same_layout("abcd"), gap_ms=120, enter=False)
    clock.advance(200)
    typist.scanner.flush()  # what the timer does once the clock says the burst is over
    assert typist.field.text() == "abcd"
    send(handle, key_event(K.Key_Return.value, "\r"))
    assert typist.codes == []


def test_held_keys_come_out_on_the_timer(qtbot: QtBot, typist: Typist, clock: FakeClock) -> None:
    handle = typist.windowHandle()
    _type(handle, clock, same_layout("ab"), gap_ms=5, enter=False)
    assert typist.field.text() == ""  # held back for a few ms, in case a scan is coming
    clock.advance(100)
    qtbot.waitUntil(lambda: typist.field.text() == "ab", timeout=2000)


def test_short_fast_burst_is_typing(typist: Typist, clock: FakeClock) -> None:
    handle = typist.windowHandle()
    _type(handle, clock, same_layout("ok"), gap_ms=5)
    assert typist.codes == []
    assert typist.field.text() == "ok"  # delivered in order, before the Enter


def test_a_pause_splits_the_burst(typist: Typist, clock: FakeClock) -> None:
    handle = typist.windowHandle()
    _type(handle, clock, same_layout("abc"), gap_ms=5, enter=False)
    clock.advance(300)  # a person pausing, then fast again
    _type(handle, clock, same_layout("defg"), gap_ms=5)
    assert typist.codes == ["defg"]
    assert typist.field.text() == "abc"


def test_disabled_scanner_lets_everything_through(typist: Typist, clock: FakeClock) -> None:
    typist.scanner.set_enabled(False)
    _type(typist.windowHandle(), clock, same_layout("abcd"), gap_ms=5)
    assert typist.codes == []
    assert typist.field.text() == "abcd"


def test_kiosk_reports_scans_on_welcome_and_search_only(
    qtbot: QtBot, window: KioskWindow, clock: FakeClock
) -> None:
    window.show()
    qtbot.waitExposed(window)
    handle = window.windowHandle()
    assert handle is not None
    with qtbot.waitSignal(window.code_scanned) as blocker:
        _type(handle, clock, us_scanner_on_azerty("ICE-0001"), gap_ms=10)
    assert blocker.args == ["ICE-0001"]
    window.show_find()
    with qtbot.waitSignal(window.code_scanned):
        _type(handle, clock, same_layout("ICE-0002"), gap_ms=10)
    assert window.find_yourself.query.text() == ""
    window.show_walk_in()
    window.walk_in.fields[next(iter(window.walk_in.fields))].setFocus()
    with qtbot.assertNotEmitted(window.code_scanned):
        _type(handle, clock, same_layout("ICE-0003"), gap_ms=10)
    field = next(iter(window.walk_in.fields.values()))
    assert field.text() == "ICE-0003"  # a walk-in typing on a real keyboard
