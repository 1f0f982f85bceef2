"""The kiosk window: navigation, idle warning and reset (nothing of a guest remains), lock."""

from __future__ import annotations

from checkin_support import Recorder, hit
from PySide6.QtCore import QEvent, QPoint, QPointF, Qt
from PySide6.QtGui import QContextMenuEvent, QGuiApplication, QMouseEvent
from PySide6.QtWidgets import QPushButton, QWidget
from pytestqt.qtbot import QtBot
from scanning import key_event, send
from widgettexts import all_texts

from kiosk.core.guest import AddressForm, Consents, Etiquette, Greeting, Language, TagKind
from kiosk.core.refusal import Refusal, RefusalCode
from kiosk.core.tags import Approval, Labels, Tag
from kiosk.ui.checkin.clock import ManualTicker
from kiosk.ui.checkin.lock import KioskLock
from kiosk.ui.checkin.views import (
    FindMode,
    Notice,
    ReasonKind,
    ReturningGuest,
    SuggestionRow,
    WalkInField,
)
from kiosk.ui.checkin.window import KioskWindow

SECRETS = (
    "Zéphyrine",
    "Quaglieri",
    "Secretcorp",
    "zephyrine@secret",
    "Origamix",
    "z•••@q•••",
    "Octavienne",
)


def _press(qtbot: QtBot, window: KioskWindow) -> None:
    """A finger on the screen, delivered as the platform does: to the QWindow first."""
    handle = window.windowHandle()
    assert handle is not None
    for kind in (QEvent.Type.MouseButtonPress, QEvent.Type.MouseButtonRelease):
        send(
            handle,
            QMouseEvent(
                kind, QPointF(2, 400), QPointF(2, 400), Qt.MouseButton.LeftButton,
                Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier,
            ),
        )  # fmt: skip


def _fill_every_screen(window: KioskWindow) -> None:
    """Walk a guest through every page, leaving their traces everywhere."""
    window.show_find()
    window.find_yourself.query.setText("Zéphyrine")
    window.find_yourself.set_results([hit("g1", "Zéphyrine", "Q", "z•••@q•••.example")])
    window.show_walk_in()
    window.walk_in.fields[WalkInField.FIRST_NAME].setText("Zéphyrine")
    window.walk_in.fields[WalkInField.LAST_NAME].setText("Quaglieri")
    window.walk_in.fields[WalkInField.ORGANISATION].setText("Secretcorp")
    window.walk_in.show_refusal(WalkInField.LAST_NAME, Refusal(RefusalCode.TOO_LONG, limit=80))
    window.show_returning(ReturningGuest("g1", "Zéphyrine", Consents(on_wall=True)))
    window.show_verify("g1", ["z•••@q•••.example", "a•••@b•••.fr", "c•••@d•••.org"])
    window.show_tags(["python"], ["jazz"])
    window.tags.search.setText("Origamix")
    window.tags.accept_tag(
        TagKind.SKILL, Tag("origamix", Labels("Origamix", "Origamix"), approval=Approval.PENDING)
    )
    window.tags.show_refusal(Refusal(RefusalCode.JOB_TITLE, detail="Secretcorp CEO"))
    window.show_details(Etiquette(AddressForm.FORMAL, Greeting.WAVE), "zephyrine@secret.example")
    window.show_consent(Consents(on_wall=True, suggested_to_others=True))
    window.show_leaving(hit("g1", "Zéphyrine", "Q"))
    window.show_done(
        "Zéphyrine",
        [SuggestionRow("Octavienne", "R", ReasonKind.THEY_CAN_HELP, Labels("jazz", "jazz"))],
    )
    window.show_notice(Notice.SAVE_FAILED)


def test_welcome_to_find_to_walk_in_and_back(qtbot: QtBot, window: KioskWindow) -> None:
    start = window.welcome.findChild(QPushButton, "start")
    assert start is not None
    qtbot.mouseClick(start, Qt.MouseButton.LeftButton)
    assert window.current() is window.find_yourself
    assert window.find_yourself.mode is FindMode.CHECK_IN
    qtbot.mouseClick(
        window.find_yourself.findChild(QPushButton, "walkIn"), Qt.MouseButton.LeftButton
    )  # type: ignore[arg-type]
    assert window.current() is window.walk_in
    with qtbot.waitSignal(window.journey_finished):
        window.show_find()
        qtbot.mouseClick(
            window.find_yourself.findChild(QPushButton, "back"), Qt.MouseButton.LeftButton
        )  # type: ignore[arg-type]
    assert window.current() is window.welcome


def test_leaving_path(qtbot: QtBot, window: KioskWindow) -> None:
    leaving = window.welcome.findChild(QPushButton, "leaving")
    assert leaving is not None
    qtbot.mouseClick(leaving, Qt.MouseButton.LeftButton)
    assert window.find_yourself.mode is FindMode.LEAVING
    window.find_yourself.query.setText("zo")
    window.find_yourself.set_results([hit("g9", "Zoé", "Q")])
    window.find_yourself.leaving_guest_chosen.emit("g9")
    assert window.current() is window.leaving
    window.show_farewell()
    with qtbot.waitSignal(window.journey_finished):
        qtbot.mouseClick(window.leaving.findChild(QPushButton, "finish"), Qt.MouseButton.LeftButton)  # type: ignore[arg-type]


def test_idle_warning_then_reset_leaves_no_trace(
    qtbot: QtBot, window: KioskWindow, ticker: ManualTicker
) -> None:
    window.show()
    qtbot.waitExposed(window)
    _fill_every_screen(window)
    window.set_language(Language.FR)  # the next guest gets the event's language back
    window.show_tags()
    assert any(s in " ".join(all_texts(window)) for s in SECRETS)  # the check can fail
    ticker.advance(59)
    assert window.overlay.isHidden()
    ticker.advance(1)  # the demo event's 60 s idle time
    assert window.overlay.isVisible()
    ticker.advance(5)
    assert any("15 s" in t for t in all_texts(window.overlay))
    with qtbot.waitSignal(window.idle_timed_out):
        ticker.advance(15)
    assert window.current() is window.welcome
    assert window.overlay.isHidden()
    assert window.language is Language.FR
    left = [t for t in all_texts(window) if any(s.casefold() in t.casefold() for s in SECRETS)]
    assert left == []


def test_a_touch_cancels_the_warning(
    qtbot: QtBot, window: KioskWindow, ticker: ManualTicker
) -> None:
    window.show()
    qtbot.waitExposed(window)
    window.show_find()
    ticker.advance(61)
    assert window.overlay.isVisible()
    _press(qtbot, window)
    assert window.overlay.isHidden()
    with qtbot.assertNotEmitted(window.idle_timed_out):
        ticker.advance(59)
    continue_button = window.overlay.findChild(QPushButton, "continue")
    ticker.advance(1)
    assert window.overlay.isVisible()
    assert continue_button is not None
    qtbot.mouseClick(continue_button, Qt.MouseButton.LeftButton)
    assert window.overlay.isHidden()


def test_no_idle_on_the_welcome_screen(
    qtbot: QtBot, window: KioskWindow, ticker: ManualTicker
) -> None:
    with qtbot.assertNotEmitted(window.idle_timed_out):
        ticker.advance(200)
    assert window.overlay.isHidden()


def test_done_countdown_returns_to_welcome(
    qtbot: QtBot, window: KioskWindow, ticker: ManualTicker
) -> None:
    window.show()
    qtbot.waitExposed(window)
    window.show_done("Zoé", [])
    ticker.advance(10)
    _press(qtbot, window)  # reading: the countdown starts again
    ticker.advance(19)
    assert window.current() is window.done
    with qtbot.waitSignal(window.journey_finished):
        ticker.advance(1)
    assert window.current() is window.welcome


def test_notice_is_calm_and_goes_away(window: KioskWindow, ticker: ManualTicker) -> None:
    window.show_notice(Notice.TICKET_UNKNOWN)
    assert "don't recognise this ticket" in " ".join(all_texts(window))
    ticker.advance(10)
    assert "don't recognise" not in " ".join(all_texts(window))


def _escape_routes(window: KioskWindow) -> list[QEvent.Type]:
    """Send every way out a guest could try; return what reached the widgets."""
    handle = window.windowHandle()
    assert handle is not None
    recorder = Recorder(window, *window.findChildren(QWidget))
    send(handle, key_event(Qt.Key.Key_Escape.value))
    alt_f4 = key_event(Qt.Key.Key_F4.value)
    alt_f4.setModifiers(Qt.KeyboardModifier.AltModifier)
    send(handle, alt_f4)
    send(handle, QContextMenuEvent(QContextMenuEvent.Reason.Mouse, QPoint(5, 5), QPoint(5, 5)))
    send(
        handle,
        QMouseEvent(
            QEvent.Type.MouseButtonPress, QPointF(5, 5), QPointF(5, 5), Qt.MouseButton.RightButton,
            Qt.MouseButton.RightButton, Qt.KeyboardModifier.NoModifier,
        ),
    )  # fmt: skip
    return [
        t for t in recorder.seen
        if t in (QEvent.Type.KeyPress, QEvent.Type.ContextMenu, QEvent.Type.MouseButtonPress)
    ]  # fmt: skip


def test_locked_window_cannot_be_left(qtbot: QtBot, ticker: ManualTicker) -> None:
    window = KioskWindow(ticker=ticker)
    qtbot.addWidget(window)
    screen = QGuiApplication.primaryScreen()
    window.place_on(screen)
    qtbot.waitExposed(window)
    assert window.windowFlags() & Qt.WindowType.FramelessWindowHint
    assert window.isFullScreen()
    assert window.geometry() == screen.geometry()
    assert not window.close()  # Alt+F4 from a window manager ends up here
    assert window.isVisible()
    assert _escape_routes(window) == []
    handle = window.windowHandle()
    assert handle is not None
    recorder = Recorder(window, *window.findChildren(QWidget))
    send(handle, key_event(Qt.Key.Key_A.value, "a"))
    window.scanner.flush()  # the welcome screen holds keys a few ms in case of a scan
    assert QEvent.Type.KeyPress in recorder.seen  # ordinary keys still reach the screens
    window.unlock()
    assert window.close()


def test_an_unlocked_window_locks_again(qtbot: QtBot, ticker: ManualTicker) -> None:
    """The organiser left fullscreen, then gave the kiosk back to the guests."""
    window = KioskWindow(ticker=ticker)
    qtbot.addWidget(window)
    screen = QGuiApplication.primaryScreen()
    window.place_on(screen)
    qtbot.waitExposed(window)
    window.unlock()
    window.setWindowFlags(Qt.WindowType.Window)
    window.showNormal()
    qtbot.waitExposed(window)
    assert QEvent.Type.KeyPress in _escape_routes(window)  # Escape reaches the screens

    window.relock()
    assert window.locked
    assert window.lock.locked
    assert window.windowFlags() & Qt.WindowType.FramelessWindowHint
    window.place_on(screen)
    qtbot.waitExposed(window)
    assert window.isFullScreen()
    assert _escape_routes(window) == []  # the filter is on the window's QWindow again
    assert not window.close()
    assert window.isVisible()
    window.unlock()
    assert window.close()


def test_windowed_mode_is_a_normal_window(qtbot: QtBot, ticker: ManualTicker) -> None:
    window = KioskWindow(windowed=True, ticker=ticker)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    assert not window.windowFlags() & Qt.WindowType.FramelessWindowHint
    seen = _escape_routes(window)
    assert QEvent.Type.KeyPress in seen
    assert QEvent.Type.MouseButtonPress in seen
    assert window.close()


def test_lock_swallows_context_menus_however_they_come() -> None:
    lock = KioskLock()
    target = QWidget()
    menu = QContextMenuEvent(QContextMenuEvent.Reason.Keyboard, QPoint(1, 1), QPoint(1, 1))
    assert lock.eventFilter(target, menu)
    assert not lock.eventFilter(target, key_event(Qt.Key.Key_A.value, "a"))
    lock.locked = False
    assert not lock.eventFilter(target, menu)
