"""Organiser mode's shell: pages, idle lock, back to guest mode, quit, fullscreen, language."""

from __future__ import annotations

import logging
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel, QWidget
from pytestqt.qtbot import QtBot
from shell_support import PIN, Station, mouse, station
from shiboken6 import Shiboken

from kiosk.app.bothapp import build_both
from kiosk.app.organiser import OrganiserController, OrganiserSetup
from kiosk.app.organisercontext import OrganiserContext
from kiosk.app.organisersections import Section, sections
from kiosk.app.screens import plan_screens
from kiosk.core.changes import Changes
from kiosk.core.demo import DemoEvent
from kiosk.core.guest import Language
from kiosk.storage import Database
from kiosk.ui.badge.printing import PrintResult
from kiosk.ui.i18n import install_language, installed_language
from kiosk.ui.organiser.autolock import WARN_BEFORE_S
from kiosk.ui.organiser.page import OrganiserPage
from kiosk.ui.organiser.pinpad import PinStep

LOCK_AFTER_S = 120


@pytest.fixture(autouse=True)
def english(qapp: QApplication) -> Iterator[None]:
    install_language(qapp, Language.EN)
    yield
    install_language(qapp, Language.EN)


class RoomPage(OrganiserPage):
    """A section's page as the shell sees it: a title in the organiser's language."""

    def __init__(self, names: dict[Language, str]) -> None:
        super().__init__()
        self.names = names
        self.shown = 0
        self.retranslated = 0

    def title(self) -> str:
        return self.names[self.language]

    def retranslate(self) -> None:
        self.retranslated += 1

    def page_shown(self) -> None:
        self.shown += 1


class Recorder(QObject):
    """A section's controller: what reached it through the context."""

    def __init__(self, context: OrganiserContext) -> None:
        super().__init__()
        self.changes: list[Changes] = []
        context.changes_applied.connect(self.changes.append)


def _fake_sections() -> list[Section]:
    def room(context: OrganiserContext) -> tuple[OrganiserPage, QObject]:
        return RoomPage({Language.FR: "Salle", Language.EN: "Room"}), Recorder(context)

    def guests(context: OrganiserContext) -> tuple[OrganiserPage, QObject]:
        return RoomPage({Language.FR: "Invités", Language.EN: "Guests"}), Recorder(context)

    return [room, guests]


@pytest.fixture
def kiosk(qtbot: QtBot, database: Database, demo: DemoEvent, tmp_path: Path) -> Iterator[Station]:
    with station(
        qtbot, database, demo, tmp_path, found_sections=_fake_sections, lock_after_s=LOCK_AFTER_S
    ) as state:
        yield state


@pytest.fixture
def locked(qtbot: QtBot, database: Database, demo: DemoEvent, tmp_path: Path) -> Iterator[Station]:
    """A fullscreen, locked kiosk (the way `kiosk run` starts)."""
    with station(
        qtbot, database, demo, tmp_path, windowed=False, found_sections=_fake_sections
    ) as state:
        yield state


def _click(qtbot: QtBot, widget: QWidget) -> None:
    assert widget.isVisible(), widget.objectName()
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def _pages(kiosk: Station) -> list[RoomPage]:
    pages = [p for p in kiosk.organiser.window.pages() if isinstance(p, RoomPage)]
    assert len(pages) == 2
    return pages


# -- pages ---------------------------------------------------------------------------------------
def test_sections_are_built_on_first_opening_and_pages_refresh_when_opened(
    kiosk: Station, qtbot: QtBot
) -> None:
    window = kiosk.organiser.window
    assert window.pages() == ()  # a station never unlocked pays nothing for them
    kiosk.unlock()
    room, guests = _pages(kiosk)
    assert window.current_page() is room
    assert room.shown == 1
    _click(qtbot, window.nav_button(guests))
    assert window.current_page() is guests
    assert guests.shown == 1
    assert window.nav_button(guests).isChecked()
    assert not window.nav_button(room).isChecked()
    kiosk.organiser.lock()
    kiosk.unlock()  # the same sections again, the page left open refreshed
    assert _pages(kiosk) == [room, guests]
    assert window.current_page() is guests
    assert guests.shown == 2


def test_the_station_changes_reach_the_sections(kiosk: Station) -> None:
    kiosk.unlock()
    recorders = kiosk.organiser.context.findChildren(Recorder)
    assert len(recorders) == 2
    batch = Changes()
    kiosk.checkin.changes_applied.emit(batch)
    assert all(r.changes == [batch] for r in recorders)


def test_printer_trouble_shows_in_the_header_until_fixed(kiosk: Station) -> None:
    kiosk.unlock()
    alert = kiosk.organiser.window.findChild(QLabel, "stationAlert")
    assert alert is not None
    assert not alert.isVisible()
    kiosk.checkin.printer_status.note(PrintResult.PRINTER_OFFLINE)
    assert alert.isVisible()
    assert alert.text() == "Badge printer: offline. Check its cable, power and paper."
    kiosk.checkin.printer_status.note(PrintResult.PRINTED)
    assert not alert.isVisible()


def test_an_event_change_reaches_the_header_and_the_kiosk(kiosk: Station, demo: DemoEvent) -> None:
    kiosk.unlock()
    kiosk.organiser.set_language(Language.EN)  # the guests' default is French
    renamed = replace(demo.event, name="Soirée des savoir-faire")
    kiosk.organiser.context.event_changed.emit(renamed)
    assert "Soirée des savoir-faire" in _texts(kiosk.organiser.window)
    welcome = _texts(kiosk.kiosk.welcome)
    assert "Soirée des savoir-faire" in welcome or demo.event.branding.display_name in welcome
    # The kiosk installed its guests' language for the new event: the organiser keeps theirs.
    assert installed_language(QApplication.instance()) is Language.EN


def test_every_registered_section_builds_a_titled_page(
    qtbot: QtBot, database: Database, demo: DemoEvent, tmp_path: Path
) -> None:
    """Sections added by others are picked up by the shell as they are registered."""
    with station(qtbot, database, demo, tmp_path, found_sections=sections) as kiosk:
        kiosk.unlock()
        window = kiosk.organiser.window
        assert len(window.pages()) == len(sections())
        for page in window.pages():
            window.show_page(page)
            assert window.nav_button(page).text() == page.title() != ""
        kiosk.wait_idle()


def test_a_broken_section_is_logged_and_the_others_still_open(
    qtbot: QtBot,
    database: Database,
    demo: DemoEvent,
    tmp_path: Path,
    caplog: pytest.LogCaptureFixture,
) -> None:
    def broken(context: OrganiserContext) -> tuple[OrganiserPage, QObject]:
        raise RuntimeError("a bug in a section")

    with station(
        qtbot, database, demo, tmp_path, found_sections=lambda: [broken, *_fake_sections()]
    ) as kiosk:
        kiosk.unlock()
        assert len(kiosk.organiser.window.pages()) == 2
    assert "could not be built" in caplog.text


# -- getting out ---------------------------------------------------------------------------------
def test_idle_minutes_lock_organiser_mode(kiosk: Station, qtbot: QtBot) -> None:
    window = kiosk.organiser.window
    kiosk.unlock()
    kiosk.ticker.advance(LOCK_AFTER_S - WARN_BEFORE_S - 1)
    assert kiosk.organiser.is_open
    assert not _warned(window)
    kiosk.ticker.advance(1)
    assert f"Locking in {WARN_BEFORE_S} s" in _texts(window)
    handle = window.windowHandle()
    assert handle is not None
    mouse(handle, QEvent.Type.MouseButtonPress, 400, 300)  # a touch: counting starts again
    mouse(handle, QEvent.Type.MouseButtonRelease, 400, 300)
    assert not _warned(window)
    kiosk.ticker.advance(LOCK_AFTER_S - 1)
    assert kiosk.organiser.is_open
    kiosk.ticker.advance(1)
    assert not window.isVisible()
    assert kiosk.kiosk.current() is kiosk.kiosk.welcome


def test_an_untouched_pin_pad_gives_the_screen_back(kiosk: Station) -> None:
    kiosk.open_door()
    kiosk.wait_idle()
    kiosk.ticker.advance(60)
    assert not kiosk.organiser.window.isVisible()


def test_back_to_guest_mode_shows_the_welcome_in_the_guests_language(
    kiosk: Station, qtbot: QtBot
) -> None:
    kiosk.kiosk.set_language(Language.FR)  # the event's default language
    kiosk.unlock()
    window = kiosk.organiser.window
    _click(qtbot, window.english)
    assert installed_language(QApplication.instance()) is Language.EN
    _click(qtbot, window.guest_mode)
    assert not window.isVisible()
    assert kiosk.kiosk.current() is kiosk.kiosk.welcome
    assert installed_language(QApplication.instance()) is Language.FR
    assert kiosk.kiosk.language is Language.FR
    kiosk.unlock()  # the organiser's language is remembered
    assert installed_language(QApplication.instance()) is Language.EN
    assert window.pin_pad.typed == 0


def test_quit_only_from_organiser_mode_and_after_confirming(locked: Station, qtbot: QtBot) -> None:
    window = locked.organiser.window
    assert not locked.kiosk.close()  # guest mode: the kiosk refuses to close
    assert not window.quit.isVisible()
    locked.unlock()
    _click(qtbot, window.quit)
    assert window.confirm_bar.isVisible()
    assert locked.quits == []
    _click(qtbot, window.cancel_quit)
    assert not window.confirm_bar.isVisible()
    assert locked.quits == []
    _click(qtbot, window.quit)
    _click(qtbot, window.confirm_quit)
    assert locked.quits == ["quit"]
    assert not locked.kiosk.locked  # nothing refuses the application's end


def test_leaving_fullscreen_only_from_organiser_mode(locked: Station, qtbot: QtBot) -> None:
    window, kiosk = locked.organiser.window, locked.kiosk
    frameless = Qt.WindowType.FramelessWindowHint
    assert kiosk.locked
    assert window.locked
    locked.unlock()
    assert window.isFullScreen()
    assert window.screen_mode.text() == "Leave fullscreen"
    _click(qtbot, window.screen_mode)
    assert not kiosk.locked
    assert not window.locked
    assert not kiosk.windowFlags() & frameless
    assert not window.windowFlags() & frameless
    assert kiosk.isVisible()
    assert window.isVisible()
    assert window.unlocked
    assert window.screen_mode.text() == "Fullscreen"
    _click(qtbot, window.screen_mode)
    assert kiosk.locked
    assert window.locked
    assert kiosk.lock.locked
    assert kiosk.windowFlags() & frameless
    assert kiosk.isFullScreen()
    assert window.screen_mode.text() == "Leave fullscreen"


@pytest.mark.parametrize("way_back", ["button", "idle"])
def test_guest_mode_is_locked_again_after_leaving_fullscreen(
    locked: Station, qtbot: QtBot, way_back: str
) -> None:
    """The organiser left fullscreen, then walked away: the guests get the locked kiosk."""
    window, kiosk = locked.organiser.window, locked.kiosk
    locked.unlock()
    _click(qtbot, window.screen_mode)
    assert not kiosk.locked
    if way_back == "button":
        _click(qtbot, window.guest_mode)
    else:
        locked.ticker.advance(180)
    assert not window.isVisible()
    assert kiosk.locked
    assert kiosk.lock.locked
    assert kiosk.isFullScreen()
    assert kiosk.windowFlags() & Qt.WindowType.FramelessWindowHint


def test_a_windowed_organiser_window_closing_means_back_to_guest_mode(kiosk: Station) -> None:
    kiosk.unlock()
    assert not kiosk.organiser.window.close()
    assert not kiosk.organiser.window.isVisible()
    assert kiosk.kiosk.current() is kiosk.kiosk.welcome


# -- words ---------------------------------------------------------------------------------------
def test_the_language_switch_retranslates_the_shell_live(kiosk: Station, qtbot: QtBot) -> None:
    kiosk.unlock()
    window = kiosk.organiser.window
    room, _guests = _pages(kiosk)
    _click(qtbot, window.french)
    assert {"Mode organisateur", "Retour au mode invité", "Quitter Icebreaker", "Salle"} <= set(
        _texts(window)
    )
    assert window.french.isChecked()
    assert not window.english.isChecked()
    assert room.language is Language.FR
    assert room.retranslated > 0
    assert kiosk.organiser.context.language is Language.FR
    _click(qtbot, window.english)
    assert {"Organiser mode", "Back to guest mode", "Quit Icebreaker", "Room"} <= set(
        _texts(window)
    )


def test_change_pin_inside_organiser_mode(kiosk: Station, qtbot: QtBot) -> None:
    kiosk.unlock()
    window = kiosk.organiser.window
    _click(qtbot, window.change_pin)
    kiosk.wait_idle()
    assert kiosk.pad.step is PinStep.CURRENT
    kiosk.type_pin("111222")
    kiosk.wait_idle()
    assert kiosk.pad.message == "Wrong PIN."
    kiosk.type_pin(PIN)
    kiosk.wait_idle()
    assert kiosk.pad.step is PinStep.CHOOSE
    kiosk.type_pin("602718")
    kiosk.type_pin("602718")
    qtbot.waitUntil(lambda: window.unlocked, timeout=10_000)
    assert "PIN changed." in _texts(window)
    assert kiosk.store.check("602718").ok
    assert not kiosk.store.check(PIN).ok


def test_change_pin_can_be_cancelled(kiosk: Station, qtbot: QtBot) -> None:
    kiosk.unlock()
    window = kiosk.organiser.window
    _click(qtbot, window.change_pin)
    kiosk.wait_idle()
    _click(qtbot, kiosk.key("cancel"))
    assert window.unlocked
    assert window.isVisible()
    assert kiosk.store.check(PIN).ok


def test_the_pin_stays_out_of_the_logs_when_changed(
    kiosk: Station, qtbot: QtBot, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)
    kiosk.unlock()
    _click(qtbot, kiosk.organiser.window.change_pin)
    kiosk.wait_idle()
    kiosk.type_pin(PIN)
    kiosk.wait_idle()
    kiosk.type_pin("602718")
    kiosk.type_pin("602718")
    qtbot.waitUntil(lambda: kiosk.organiser.window.unlocked, timeout=10_000)
    assert PIN not in caplog.text
    assert "602718" not in caplog.text


def _warned(window: QWidget) -> bool:
    return any(t.startswith("Locking in") for t in _texts(window))


def _texts(root: QWidget) -> list[str]:
    labels = [w.text() for w in root.findChildren(QLabel) if w.isVisible()]
    buttons = [w.text() for w in root.findChildren(QAbstractButton) if w.isVisible()]
    return labels + buttons


def test_the_both_roles_station_has_the_door(
    qtbot: QtBot, qapp: QApplication, database: Database, demo: DemoEvent, tmp_path: Path
) -> None:
    """`kiosk run` and `kiosk demo` wire organiser mode in; the demo starts without a PIN."""
    plan = plan_screens(qapp.screens(), QGuiApplication.primaryScreen())
    setup = OrganiserSetup(pin_path=tmp_path / "pin.json", machine_path=tmp_path / "machine.toml")
    both = build_both(database, demo.event.id, station="door-1", plan=plan, organiser=setup)
    qtbot.addWidget(both.checkin)
    qtbot.addWidget(both.wall)
    organiser = both.organiser
    assert organiser is not None
    try:
        assert both.checkin_controller.findChild(OrganiserController) is organiser
        assert organiser.context.environment.room is both.checkin_controller.services.room
        organiser.open_door()
        qtbot.waitUntil(lambda: organiser.window.pin_pad.step is PinStep.CHOOSE, timeout=5000)
        organiser.context.event_changed.emit(replace(demo.event, name="Nouvelle soirée"))
        assert organiser.window.findChild(QLabel, "eventName").text() == "Nouvelle soirée"
    finally:
        organiser.close()
        both.wall_controller.close()
        both.checkin_controller.close()
        both.checkin.unlock()
        organiser.window.hide()
        Shiboken.delete(organiser.window)
