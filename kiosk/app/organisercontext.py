"""What every organiser section needs: the database, the event, a worker, the live change log."""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, Signal

from kiosk.app.worker import ServiceWorker
from kiosk.core.changes import Changes
from kiosk.core.guest import Language
from kiosk.core.machine import MachineConfig
from kiosk.services.room import RoomService
from kiosk.services.search import SearchService
from kiosk.services.station import utc_now
from kiosk.storage.database import Database

log = logging.getLogger(__name__)

# `kiosk run` starts the station again (new event, new screens) when the app exits with it.
EXIT_RESTART = 75


@dataclass(slots=True)
class OrganiserEnvironment:
    """Plain facts about where organiser mode runs; tests pass their own."""

    database: Database
    event_id: str
    station: str
    machine: MachineConfig = field(default_factory=MachineConfig)
    #: Where ``machine`` is saved (None: the default config file, see kiosk.core.machine).
    machine_path: Path | None = None
    clock: Callable[[], datetime] = utc_now
    #: The station's live room (present guests, suggestions), kept current by its change
    #: feed; read it on the GUI thread only. None where no check-in runs (tests, a laptop).
    room: RoomService | None = None


class OrganiserContext(QObject):
    """Shared by the organiser sections of one station.

    Writes go through ``worker`` (one thread, in order, never on the GUI thread). Live data:
    ``changes_applied(Changes)`` repeats every change-log batch the station applied (its own
    and other stations'), so dashboards and lists follow the room. A section that changes
    the event's settings emits ``event_changed(Event)``: the check-in window and the wall
    restyle at once. ``restart_station()`` ends the event loop with ``EXIT_RESTART``;
    ``kiosk run`` then builds the station again (another active event, other screens).
    ``guest_search()`` is the sections' one guest index (worker thread only).
    """

    changes_applied = Signal(object)  # kiosk.core.changes.Changes
    event_changed = Signal(object)  # kiosk.core.event.Event
    language_changed = Signal(object)  # Language: the organiser's, not the guests'

    def __init__(
        self,
        environment: OrganiserEnvironment,
        worker: ServiceWorker,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.environment = environment
        self.worker = worker
        self.language = Language.FR
        self._search: SearchService | None = None
        # Connected first: the index catches up before any section's search of the same batch
        # (the worker runs calls in order).
        self.changes_applied.connect(self._on_changes_applied)

    @property
    def database(self) -> Database:
        return self.environment.database

    @property
    def event_id(self) -> str:
        return self.environment.event_id

    @property
    def station(self) -> str:
        return self.environment.station

    def guest_search(self) -> SearchService:
        """The event's guest index, shared by every section: built at the first search, then
        kept current from ``changes_applied``. Call it on the worker thread only."""
        if self._search is None:
            self._search = SearchService(self.database, self.event_id)
        return self._search

    def set_language(self, language: Language) -> None:
        self.language = language
        self.language_changed.emit(language)

    def _on_changes_applied(self, changes: Changes) -> None:
        if not changes:
            return

        def apply() -> None:
            # Looked up on the worker, in order: an index still being built when the batch
            # arrived is finished by now, and its snapshot may predate these entries.
            if self._search is not None:
                self._search.apply(changes)

        self.worker.submit(apply, _ignore, _log_failure)

    def restart_station(self) -> None:
        app = QCoreApplication.instance()
        if app is not None:
            app.exit(EXIT_RESTART)


def _ignore(_result: object) -> None:
    """The index is up to date; nothing to show."""


def _log_failure(error: Exception) -> None:
    # The next batch re-reads what it needs; a search meanwhile may miss one new guest.
    log.warning("the organiser's guest index could not follow the change log", exc_info=error)
