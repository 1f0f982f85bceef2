"""Organiser set-up, "Screens" and "Events": this machine's screens, and the active event."""

from __future__ import annotations

import logging
import socket
import uuid
from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import QObject
from PySide6.QtGui import QGuiApplication

from kiosk.app.organisercontext import OrganiserContext
from kiosk.core import machine
from kiosk.services.events import CreatedEvent, EventSummary, activate_event, create_event
from kiosk.services.events import list_events as read_events
from kiosk.ui.organiser.page import OrganiserPage
from kiosk.ui.organiser.setup.eventspage import EventRow, EventsPage, NewEvent
from kiosk.ui.organiser.setup.identify import ScreenIdentifier
from kiosk.ui.organiser.setup.screenspage import ScreenChoice, ScreenInfo, ScreensPage

log = logging.getLogger(__name__)


def detected_screens() -> list[ScreenInfo]:
    primary = QGuiApplication.primaryScreen()
    return [
        ScreenInfo(
            number=number,
            name=screen.name(),
            width=screen.geometry().width(),
            height=screen.geometry().height(),
            x=screen.geometry().x(),
            y=screen.geometry().y(),
            primary=screen is primary,
        )
        for number, screen in enumerate(QGuiApplication.screens(), start=1)
    ]


def save_choice(choice: ScreenChoice, path: Path | None) -> tuple[machine.MachineConfig, Path]:
    """Read the file again (other keys may have changed), set the screens, write it back."""
    current = machine.load(path)
    updated = replace(
        current,
        checkin_screen=choice.checkin_screen,
        wall_screen=choice.wall_screen,
        station_name=choice.station_name,
        role=choice.role,
    )
    return updated, machine.save(updated, path)


class ScreensController(QObject):
    def __init__(
        self, page: ScreensPage, context: OrganiserContext, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self.page = page
        self.context = context
        self.identifier = ScreenIdentifier(parent=self)
        page.identify_requested.connect(self._on_page_identify_requested)
        page.save_requested.connect(self._on_page_save_requested)
        page.apply_requested.connect(context.restart_station)
        page.shown.connect(self.refresh)
        app = QGuiApplication.instance()
        if isinstance(app, QGuiApplication):
            app.screenAdded.connect(self._on_app_screens_changed)
            app.screenRemoved.connect(self._on_app_screens_changed)
        self.refresh()

    def refresh(self) -> None:
        config = self.context.environment.machine
        self.page.set_screens(detected_screens())
        self.page.set_choice(
            ScreenChoice(config.checkin_screen, config.wall_screen, config.station_name,
                         config.role),
            socket.gethostname(),
        )  # fmt: skip

    def _on_app_screens_changed(self, _screen: object) -> None:
        self.refresh()

    def _on_page_identify_requested(self) -> None:
        self.identifier.identify(QGuiApplication.screens())

    def _on_page_save_requested(self, choice: ScreenChoice) -> None:
        path = self.context.environment.machine_path
        self.context.worker.submit(
            lambda: save_choice(choice, path), self._on_saved, self._on_save_failed
        )

    def _on_saved(self, saved: tuple[machine.MachineConfig, Path]) -> None:
        config, path = saved
        self.context.environment.machine = config
        self.page.show_saved(str(path))

    def _on_save_failed(self, error: Exception) -> None:
        log.error("cannot save the machine configuration: %s", error)
        self.page.show_save_failed(str(error))


def _row(summary: EventSummary) -> EventRow:
    return EventRow(
        id=summary.id,
        name=summary.name,
        starts_at=summary.starts_at,
        ends_at=summary.ends_at,
        guests=summary.guests,
        active=summary.active,
    )


class EventsController(QObject):
    def __init__(
        self, page: EventsPage, context: OrganiserContext, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self.page = page
        self.context = context
        page.shown.connect(self.refresh)
        page.create_requested.connect(self._on_page_create_requested)
        page.activate_requested.connect(self._on_page_activate_requested)

    def refresh(self) -> None:
        database = self.context.database
        self.context.worker.submit(lambda: read_events(database), self._on_listed, self._on_failed)

    def _on_listed(self, summaries: list[EventSummary]) -> None:
        self.page.set_events([_row(s) for s in summaries])

    def _on_failed(self, error: Exception) -> None:
        log.error("events page: %s", error)
        self.page.show_failed()

    def _on_page_create_requested(self, new: NewEvent) -> None:
        database, station = self.context.database, self.context.station
        op_id = str(uuid.uuid4())

        def create() -> CreatedEvent:
            return create_event(
                database,
                name=new.name,
                starts_at=new.starts_at,
                ends_at=new.ends_at,
                copy_vocabulary=new.copy_vocabulary,
                station=station,
                op_id=op_id,
            )

        self.context.worker.submit(create, self._on_created, self._on_failed)

    def _on_created(self, created: CreatedEvent) -> None:
        self.page.show_created(created.event.name, created.tags_copied)
        self.refresh()

    def _on_page_activate_requested(self, event_id: str) -> None:
        database, station = self.context.database, self.context.station
        path = self.context.environment.machine_path

        def activate() -> None:
            activate_event(database, event_id, station=station)
            # A station pinned to one event would ignore the switch: unpin it.
            config = machine.load(path)
            if config.event_id:
                machine.save(replace(config, event_id=""), path)

        self.context.worker.submit(activate, self._on_activated, self._on_failed)

    def _on_activated(self, _result: None) -> None:
        self.context.restart_station()


def build_screens(context: OrganiserContext) -> tuple[OrganiserPage, QObject]:
    page = ScreensPage()
    return page, ScreensController(page, context)


def build_events(context: OrganiserContext) -> tuple[OrganiserPage, QObject]:
    page = EventsPage()
    return page, EventsController(page, context)
