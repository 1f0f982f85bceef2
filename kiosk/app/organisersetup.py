"""Organiser set-up, the "Event" section: reads and saves the active event's settings."""

from __future__ import annotations

import logging
import uuid

from PySide6.QtCore import QObject

from kiosk.app.organisercontext import OrganiserContext
from kiosk.core.changes import ChangeKind, Changes
from kiosk.core.demo import load_demo
from kiosk.core.event import Event
from kiosk.core.wallview import WallState
from kiosk.resources import db_file
from kiosk.services.eventsettings import InvalidSettingsError, SavedSettings, load_event
from kiosk.services.eventsettings import save_event_settings as save_settings
from kiosk.ui.organiser.page import OrganiserPage
from kiosk.ui.organiser.setup.eventpage import EventSettingsPage
from kiosk.ui.wall.screenshots import sample_state

log = logging.getLogger(__name__)
SAMPLE_GUESTS = 12  # the preview's wall when the room is empty (or not on this machine)


def _sample_wall() -> tuple[WallState, int]:
    """A demo room for the preview: plain values built from the shipped demo files."""
    state, guests = sample_state(load_demo(db_file("demo")), SAMPLE_GUESTS)
    return state, len(guests)


class EventSettingsController(QObject):
    """Loads the event when the page opens; saves on the worker, then restyles the kiosk."""

    def __init__(
        self, page: EventSettingsPage, context: OrganiserContext, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self.page = page
        self.context = context
        self._loaded: Event | None = None  # the settings the form shows, as last read
        self._sample: tuple[WallState, int] | None = None
        page.shown.connect(self.refresh)
        page.save_requested.connect(self._on_page_save_requested)
        context.changes_applied.connect(self._on_context_changes_applied)

    def refresh(self) -> None:
        """Read the event as stored (another station may have changed it) and the room."""
        database, event_id = self.context.database, self.context.event_id
        self.context.worker.submit(
            lambda: load_event(database, event_id), self._on_loaded, self._on_load_failed
        )
        self._show_room()

    def _show_room(self) -> None:
        room = self.context.environment.room
        if room is not None and room.present_ids():
            pulse = room.pulse()
            self.page.set_room_sample(
                room.wall_state(), pulse.present, pulse.top_interest_count, pulse.top_interest
            )
        elif self._sample is not None:
            self.page.set_room_sample(*self._sample)
        else:
            self.context.worker.submit(_sample_wall, self._on_sample_built, self._on_sample_failed)

    def _on_sample_built(self, sample: tuple[WallState, int]) -> None:
        self._sample = sample
        self.page.set_room_sample(*sample)

    def _on_sample_failed(self, error: Exception) -> None:
        log.warning("no sample room for the preview: %s", error)  # an empty wall is shown

    def _on_loaded(self, event: Event) -> None:
        self._loaded = event
        self.page.set_event(event)

    def _on_load_failed(self, error: Exception) -> None:
        log.error("cannot read the event's settings: %s", error)
        self.page.show_load_failed()

    def _on_page_save_requested(self, event: Event) -> None:
        database, station = self.context.database, self.context.station
        op_id, loaded = str(uuid.uuid4()), self._loaded
        self.context.worker.submit(
            lambda: save_settings(database, event, station=station, op_id=op_id, based_on=loaded),
            self._on_saved,
            self._on_save_failed,
        )

    def _on_saved(self, saved: SavedSettings) -> None:
        self._loaded = saved.event
        self.page.show_saved(saved.event)
        self.context.event_changed.emit(saved.event)

    def _on_save_failed(self, error: Exception) -> None:
        if isinstance(error, InvalidSettingsError):
            self.page.show_problems(error.problems)
            self.page.show_save_failed()
            return
        log.error("cannot save the event's settings: %s", error)
        self.page.show_save_failed()

    def _on_context_changes_applied(self, changes: Changes) -> None:
        # Another station saved this event: show it, unless the organiser is editing here.
        for change in changes:
            if change.kind is ChangeKind.EVENT_UPDATED and change.event_id == self.context.event_id:
                if change.station != self.context.station and not self.page.has_unsaved_edits():
                    self.refresh()
                return


def build_event_settings(context: OrganiserContext) -> tuple[OrganiserPage, QObject]:
    page = EventSettingsPage()
    return page, EventSettingsController(page, context)
