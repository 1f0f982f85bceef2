"""The way in: a long press on the kiosk's corner, the PIN pad, the throttle, a first PIN."""

from __future__ import annotations

import logging
from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLabel, QPushButton
from pytestqt.qtbot import QtBot
from shell_support import PIN, WRONG, Station, station

from kiosk.core.demo import DemoEvent
from kiosk.core.guest import Language
from kiosk.storage import Database
from kiosk.ui.checkin.organiserdoor import CORNER_PX, HOLD_MS, REVEAL_MS
from kiosk.ui.i18n import install_language
from kiosk.ui.organiser.pinpad import PinStep


@pytest.fixture(autouse=True)
def english(qapp: QApplication) -> Iterator[None]:
    install_language(qapp, Language.EN)
    yield
    install_language(qapp, Language.EN)


@pytest.fixture
def kiosk(qtbot: QtBot, database: Database, demo: DemoEvent, tmp_path: Path) -> Iterator[Station]:
    with station(qtbot, database, demo, tmp_path) as state:
        yield state


# -- the long press -----------------------------------------------------------------------------
def test_a_long_press_on_the_corner_opens_the_pin_pad(kiosk: Station) -> None:
    door = kiosk.kiosk.door
    kiosk.press(6, 8)
    kiosk.hold(REVEAL_MS - 100)
    assert not door.ring.isVisible()  # a guest resting a hand there sees nothing
    kiosk.hold(200)
    assert door.ring.isVisible()
    assert 0 < door.ring.progress < 0.1
    kiosk.hold(HOLD_MS - REVEAL_MS - 200)
    assert door.ring.progress > 0.9
    assert not kiosk.organiser.window.isVisible()
    kiosk.hold(100)
    assert kiosk.organiser.window.isVisible()
    assert not door.ring.isVisible()
    assert kiosk.pad.step is PinStep.UNLOCK
    kiosk.release(6, 8)
    kiosk.wait_idle()
    assert kiosk.pad.step is PinStep.UNLOCK


def test_short_moved_or_elsewhere_presses_do_not_open(kiosk: Station) -> None:
    door, window = kiosk.kiosk.door, kiosk.kiosk
    kiosk.press()  # a guest's tap in the corner: the welcome screen starts, as anywhere
    kiosk.hold(300)
    assert window.current() is window.welcome  # held back while it might be the organiser
    kiosk.release()
    assert window.current() is window.find_yourself
    window.end_journey()
    kiosk.press()  # a press that slides away from the corner
    kiosk.hold(2000)
    kiosk.move(CORNER_PX + 200, 300)
    assert not door.ring.isVisible()
    kiosk.hold(HOLD_MS)
    kiosk.release(CORNER_PX + 200, 300)
    kiosk.press(640, 400)  # a long press anywhere else
    kiosk.hold(HOLD_MS * 2)
    kiosk.release(640, 400)
    kiosk.press(1280 - 10, 10)  # another corner
    kiosk.hold(HOLD_MS * 2)
    kiosk.release(1280 - 10, 10)
    assert not kiosk.organiser.window.isVisible()
    assert not door.holding


def test_a_finger_rolling_a_little_still_counts(kiosk: Station) -> None:
    kiosk.press(20, 20)
    kiosk.hold(2000)
    kiosk.move(CORNER_PX + 10, CORNER_PX + 5)
    kiosk.hold(HOLD_MS)
    assert kiosk.organiser.window.isVisible()
    kiosk.release(CORNER_PX + 10, CORNER_PX + 5)


def test_touch_works_like_the_mouse(kiosk: Station) -> None:
    device = QTest.createTouchDevice()
    handle, window = kiosk.handle(), kiosk.kiosk
    QTest.touchEvent(handle, device).press(0, QPoint(12, 12)).commit()
    kiosk.hold(200)
    QTest.touchEvent(handle, device).release(0, QPoint(12, 12)).commit()
    assert window.current() is window.find_yourself  # a guest's touch: it starts
    window.end_journey()
    QTest.touchEvent(handle, device).press(0, QPoint(12, 12)).commit()
    kiosk.hold(HOLD_MS)
    assert kiosk.organiser.window.isVisible()
    QTest.touchEvent(handle, device).release(0, QPoint(12, 12)).commit()
    assert window.current() is window.welcome  # the organiser's hold started nothing


def test_a_button_under_the_finger_is_let_go_without_a_click(kiosk: Station) -> None:
    window = kiosk.kiosk
    window.show_find()
    back = window.find_yourself.findChild(QPushButton, "back")
    assert back is not None
    corner = back.mapTo(window, QPointF(4, 4))
    assert corner.x() <= CORNER_PX
    assert corner.y() <= CORNER_PX
    kiosk.press(corner.x(), corner.y())
    kiosk.hold(HOLD_MS)
    kiosk.release(corner.x(), corner.y())
    assert kiosk.organiser.window.isVisible()
    assert window.current() is window.find_yourself  # Back was not clicked
    assert not back.isDown()


# -- the PIN -------------------------------------------------------------------------------------
def test_the_right_pin_opens_organiser_mode_and_forgets_the_guest(
    kiosk: Station, demo: DemoEvent, qtbot: QtBot
) -> None:
    window, guest = kiosk.kiosk, demo.guests[150]
    window.show_find()
    window.find_yourself.check_in_requested.emit(guest.id)
    qtbot.waitUntil(lambda: window.current() is window.tags, timeout=5000)
    assert kiosk.checkin.journey.guest is not None
    kiosk.unlock()
    assert window.current() is window.welcome
    assert kiosk.checkin.journey.guest is None
    assert guest.first_name not in window.find_yourself.query.text()
    assert kiosk.organiser.window.unlocked


def test_a_wrong_pin_says_so_and_keeps_the_door_shut(kiosk: Station) -> None:
    kiosk.open_door()
    kiosk.wait_idle()
    kiosk.type_pin(WRONG)
    kiosk.wait_idle()
    assert kiosk.pad.message == "Wrong PIN."
    assert not kiosk.organiser.is_open
    assert kiosk.pad.typed == 0
    assert not kiosk.key("ok").isEnabled()


def test_the_pad_waits_for_six_digits_and_erases(kiosk: Station, qtbot: QtBot) -> None:
    kiosk.open_door()
    kiosk.wait_idle()
    for digit in "4803":
        qtbot.mouseClick(kiosk.key(f"key{digit}"), Qt.MouseButton.LeftButton)
    assert not kiosk.key("ok").isEnabled()
    qtbot.mouseClick(kiosk.key("erase"), Qt.MouseButton.LeftButton)
    assert kiosk.pad.typed == 3
    dots = kiosk.pad.findChild(QLabel, "pinDots")
    assert dots is not None
    assert dots.text() == "● ● ●"
    for digit in "0317":
        qtbot.mouseClick(kiosk.key(f"key{digit}"), Qt.MouseButton.LeftButton)
    assert kiosk.key("ok").isEnabled()


def test_the_throttle_counts_down_and_survives_a_restart(
    qtbot: QtBot, database: Database, demo: DemoEvent, tmp_path: Path
) -> None:
    with station(qtbot, database, demo, tmp_path) as first:
        first.open_door()
        first.wait_idle()
        for _ in range(5):
            first.type_pin(WRONG)
            first.wait_idle()
        # The fifth failure starts a 5 s wait: said at once, counted down by the ticker.
        assert first.pad.message == "Too many attempts: try again in 5 s."
        assert not first.key("key1").isEnabled()
        first.ticker.advance(2)
        assert first.pad.message == "Too many attempts: try again in 3 s."
    # The kiosk restarts: the wait is read back from the PIN file, on the same clock.
    with station(qtbot, database, demo, tmp_path, pin=None) as again:
        again.pin_clock.now = first.pin_clock.now + timedelta(seconds=2)
        again.open_door()
        again.wait_idle()
        assert again.pad.message == "Too many attempts: try again in 3 s."
        again.ticker.advance(3)
        assert again.pad.message == ""
        assert again.key("key1").isEnabled()
        again.pin_clock.advance(3)
        again.type_pin(PIN)
        qtbot.waitUntil(lambda: again.organiser.is_open, timeout=10_000)


def test_cancel_goes_back_to_guest_mode(kiosk: Station, qtbot: QtBot) -> None:
    kiosk.open_door()
    kiosk.wait_idle()
    qtbot.mouseClick(kiosk.key("cancel"), Qt.MouseButton.LeftButton)
    assert not kiosk.organiser.window.isVisible()
    assert kiosk.kiosk.current() is kiosk.kiosk.welcome
    kiosk.open_door()  # and the door works again
    kiosk.wait_idle()
    assert kiosk.pad.step is PinStep.UNLOCK


# -- no PIN yet ----------------------------------------------------------------------------------
def test_windowed_without_a_pin_the_door_offers_to_choose_one(
    qtbot: QtBot, database: Database, demo: DemoEvent, tmp_path: Path
) -> None:
    with station(qtbot, database, demo, tmp_path, pin=None) as kiosk:
        kiosk.open_door()
        kiosk.wait_idle()
        assert kiosk.pad.step is PinStep.CHOOSE
        kiosk.type_pin("123456")
        assert kiosk.pad.message == "Too easy to guess (a run of digits): choose another."
        kiosk.type_pin(PIN)
        assert kiosk.pad.step is PinStep.REPEAT
        kiosk.type_pin("480318")
        assert kiosk.pad.message == "The two PINs differ: choose it again."
        assert kiosk.pad.step is PinStep.CHOOSE
        kiosk.type_pin(PIN)
        kiosk.type_pin(PIN)
        qtbot.waitUntil(lambda: kiosk.organiser.is_open, timeout=10_000)
        assert kiosk.store.check(PIN).ok


def test_a_locked_kiosk_without_a_pin_sends_to_the_console(
    qtbot: QtBot, database: Database, demo: DemoEvent, tmp_path: Path
) -> None:
    with station(qtbot, database, demo, tmp_path, windowed=False, pin=None) as kiosk:
        kiosk.open_door()
        kiosk.wait_idle()
        assert kiosk.pad.step is PinStep.NOT_SET
        assert not kiosk.pad.keypad.isVisible()
        assert not kiosk.store.is_set()


# -- secrecy -------------------------------------------------------------------------------------
def test_the_pin_never_reaches_a_log_or_the_screen(
    kiosk: Station, qtbot: QtBot, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)
    kiosk.open_door()
    kiosk.wait_idle()
    kiosk.type_pin(WRONG)
    kiosk.wait_idle()
    for digit in PIN:
        qtbot.mouseClick(kiosk.key(f"key{digit}"), Qt.MouseButton.LeftButton)
    texts = [w.text() for w in kiosk.organiser.window.findChildren(QLabel)]
    assert not any(PIN in t or WRONG in t for t in texts)
    qtbot.mouseClick(kiosk.key("ok"), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: kiosk.organiser.is_open, timeout=10_000)
    logged = caplog.text + "".join(str(r.args) for r in caplog.records)
    assert PIN not in logged
    assert WRONG not in logged
    assert PIN not in kiosk.store.path.read_text(encoding="utf-8")
