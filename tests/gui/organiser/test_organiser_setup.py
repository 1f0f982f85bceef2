"""Organiser set-up pages over a real database: event settings, screens, events, walk-in rule."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from kiosk.app.organisercontext import OrganiserContext, OrganiserEnvironment
from kiosk.app.organisersetup import EventSettingsController
from kiosk.app.organisersetupstation import EventsController, ScreensController
from kiosk.app.worker import ServiceWorker
from kiosk.core import machine
from kiosk.core.demo import DemoEvent
from kiosk.core.event import Branding
from kiosk.core.eventcheck import SettingsProblem
from kiosk.core.guest import Language
from kiosk.core.machine import Role
from kiosk.services.eventsettings import load_event
from kiosk.storage import Database
from kiosk.ui.checkin.clock import ManualTicker
from kiosk.ui.checkin.views import WalkInField
from kiosk.ui.checkin.walkin import WalkInScreen
from kiosk.ui.checkin.window import KioskWindow
from kiosk.ui.i18n import install_language
from kiosk.ui.organiser.setup.contrast import ContrastPlace, contrast_flags
from kiosk.ui.organiser.setup.eventpage import EventSettingsPage
from kiosk.ui.organiser.setup.eventspage import EventsPage
from kiosk.ui.organiser.setup.screenspage import ScreensPage
from kiosk.ui.organiser.setup.texts import problem_text
from kiosk.ui.style import Palette


@pytest.fixture(autouse=True)
def english(qapp: QApplication) -> Iterator[None]:
    install_language(qapp, Language.EN)
    yield
    install_language(qapp, Language.EN)


@pytest.fixture
def context(database: Database, demo: DemoEvent, tmp_path: Path) -> Iterator[OrganiserContext]:
    environment = OrganiserEnvironment(
        database=database,
        event_id=demo.event.id,
        station="desk",
        machine_path=tmp_path / "machine.toml",
    )
    worker = ServiceWorker()
    yield OrganiserContext(environment, worker)
    worker.close()


@pytest.fixture
def event_page(qtbot: QtBot, context: OrganiserContext) -> EventSettingsPage:
    page = EventSettingsPage()
    qtbot.addWidget(page)
    page.resize(1280, 800)
    EventSettingsController(page, context, parent=context)
    page.page_shown()
    qtbot.waitUntil(page.isEnabled)
    return page


def test_edit_save_restyles_the_kiosk(
    qtbot: QtBot, event_page: EventSettingsPage, context: OrganiserContext, demo: DemoEvent
) -> None:
    kiosk = KioskWindow(windowed=True, ticker=ManualTicker())
    qtbot.addWidget(kiosk)
    kiosk.resize(1280, 800)
    kiosk.set_event(demo.event)
    kiosk.show()
    qtbot.waitUntil(lambda: bool(kiosk.styleSheet()))  # styled at its first resize
    assert "#f4f1e8" not in kiosk.styleSheet()
    context.event_changed.connect(kiosk.set_event)
    form = event_page.form
    form.name.setText("Soirée des makers")
    form.colours["background_colour"].set_colour("#F4F1E8")
    form.colours["text_colour"].set_colour("#1A1A1A")
    form.last_name_rule.setCurrentIndex(form.last_name_rule.findData(True))
    with qtbot.waitSignal(context.event_changed, timeout=5000) as changed:
        qtbot.mouseClick(event_page.save, Qt.MouseButton.LeftButton)
    saved = changed.args[0]
    assert saved.name == "Soirée des makers"
    assert saved.walk_in.last_name_required
    stored = load_event(context.database, context.event_id)
    assert stored == saved
    background = Palette.from_branding(saved.branding).background
    assert background in kiosk.styleSheet()  # restyled at once, not at the next start
    # The kiosk switched the app to the event's default language: compare in that language.
    saved_words = "Saved. The check-in screen and the wall use these settings now."
    assert event_page.status.text() == event_page.tr(saved_words)


def test_validation_messages_and_nothing_saved(
    qtbot: QtBot, event_page: EventSettingsPage, context: OrganiserContext
) -> None:
    before = load_event(context.database, context.event_id)
    form = event_page.form
    form.name.setText("")
    form.idle_timeout.setValue(5)
    form.ends.setDateTime(form.starts.dateTime().addSecs(-3600))
    for box in form.languages.values():
        box.setChecked(False)
    qtbot.waitUntil(lambda: context.worker.pending == 0)  # the preview's room read, if slow
    qtbot.mouseClick(event_page.save, Qt.MouseButton.LeftButton)
    shown = event_page.problems.text()
    for problem in (
        SettingsProblem.NAME_EMPTY,
        SettingsProblem.END_BEFORE_START,
        SettingsProblem.NO_LANGUAGE,
        SettingsProblem.IDLE_TIMEOUT_OUT_OF_RANGE,
    ):
        assert problem_text(problem) in shown
    assert "20 to 600 seconds" in shown
    assert context.worker.pending == 0
    assert load_event(context.database, context.event_id) == before
    form.name.setText("Back")
    form.name.textEdited.emit("Back")  # a fixed problem goes at once
    assert problem_text(SettingsProblem.NAME_EMPTY) not in event_page.problems.text()


def test_contrast_flag_names_the_colour_used(event_page: EventSettingsPage) -> None:
    assert "reads well" in event_page.flag_labels[0].text()
    event_page.form.colours["text_colour"].set_colour("#223344")
    branding = event_page.form.branding()
    flags = {flag.place: flag for flag in contrast_flags(branding)}
    assert ContrastPlace.CHECKIN_TEXT in flags
    used = Palette.from_branding(branding).text.upper()
    assert flags[ContrastPlace.CHECKIN_TEXT].used == used
    assert any(used in label.text() and "4.5:1" in label.text() for label in event_page.flag_labels)


def test_good_colours_raise_no_flag() -> None:
    assert contrast_flags(Branding()) == []


def test_logo_that_is_not_an_image_is_said(
    qtbot: QtBot, event_page: EventSettingsPage, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    fake = tmp_path / "logo.png"
    fake.write_text("not a picture")
    monkeypatch.setattr(
        type(event_page.form.logo), "choose_file", classmethod(lambda *_: str(fake))
    )
    qtbot.mouseClick(event_page.form.logo.choose, Qt.MouseButton.LeftButton)
    assert event_page.form.branding().logo == str(fake)
    assert "not an image" in event_page.form.logo.status.text()
    renders = event_page.preview.renders
    qtbot.waitUntil(lambda: event_page.preview.renders > renders)  # no crash, the name alone


def test_screens_saved_to_the_machine_file(
    qtbot: QtBot, context: OrganiserContext, tmp_path: Path
) -> None:
    page = ScreensPage()
    qtbot.addWidget(page)
    ScreensController(page, context, parent=context)
    screens = QGuiApplication.screens()
    assert page.model.rowCount() == len(screens)
    page.checkin.setCurrentIndex(page.checkin.findData(screens[0].name()))
    page.role.setCurrentIndex(page.role.findData(Role.CHECKIN))
    page.station.setText("Porte 2")
    qtbot.mouseClick(page.save, Qt.MouseButton.LeftButton)
    path = tmp_path / "machine.toml"
    qtbot.waitUntil(lambda: "Saved" in page.status.text())
    saved = machine.load(path)
    assert (saved.station_name, saved.checkin_screen, saved.role) == (
        "Porte 2",
        screens[0].name(),
        Role.CHECKIN,
    )


@pytest.mark.qt_log_ignore("This plugin does not support raise")  # offscreen has no stacking
def test_identify_overlay_shown_then_hidden(qtbot: QtBot, context: OrganiserContext) -> None:
    page = ScreensPage()
    qtbot.addWidget(page)
    controller = ScreensController(page, context, parent=context)
    controller.identifier.timer.setInterval(50)
    qtbot.mouseClick(page.identify, Qt.MouseButton.LeftButton)
    overlays = controller.identifier.overlays
    assert len(overlays) == len(QGuiApplication.screens())
    assert controller.identifier.showing
    assert overlays[0].number == 1
    assert overlays[0].geometry() == QGuiApplication.screens()[0].geometry()
    qtbot.waitUntil(lambda: not controller.identifier.showing)


def test_events_create_then_activate(
    qtbot: QtBot, context: OrganiserContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    restarts: list[bool] = []
    monkeypatch.setattr(context, "restart_station", lambda: restarts.append(True))
    monkeypatch.setattr(EventsPage, "confirm_activation", classmethod(lambda *_: True))
    page = EventsPage()
    qtbot.addWidget(page)
    EventsController(page, context, parent=context)
    page.page_shown()
    qtbot.waitUntil(lambda: page.model.rowCount() == 1)
    qtbot.mouseClick(page.create_button, Qt.MouseButton.LeftButton)
    assert problem_text(SettingsProblem.NAME_EMPTY) in page.problems.text()
    page.name.setText("Lyon 2027")
    qtbot.mouseClick(page.create_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.model.rowCount() == 2)
    assert "created" in page.status.text()
    assert page.model.item(1, 0).text() == "Lyon 2027"
    assert page.model.item(1, 3).text() == ""
    page.table.selectRow(1)
    assert page.activate.isEnabled()
    qtbot.mouseClick(page.activate, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: restarts == [True])
    with context.database.reader() as uow:
        active = uow.events.active()
    assert active is not None
    assert active.name == "Lyon 2027"


def test_walk_in_required_field_gets_a_friendly_message(qtbot: QtBot) -> None:
    screen = WalkInScreen()
    qtbot.addWidget(screen)
    screen.set_required(last_name=True, organisation=False)
    assert screen._captions[WalkInField.LAST_NAME].text() == "Last name"
    screen.fields[WalkInField.FIRST_NAME].setText("Zoé")
    with qtbot.assertNotEmitted(screen.registration_requested):
        screen._continue.click()
    assert "last name" in screen._refusal.text()
    screen.fields[WalkInField.LAST_NAME].setText("Martin")
    with qtbot.waitSignal(screen.registration_requested) as registered:
        screen._continue.click()
    assert registered.args[0].last_name == "Martin"
