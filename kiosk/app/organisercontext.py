"""What every organiser section needs: the database, the event, a worker, the live change log."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, Signal

from kiosk.app.worker import ServiceWorker
from kiosk.core.guest import Language
from kiosk.core.machine import MachineConfig
from kiosk.services.room import RoomService
from kiosk.services.station import utc_now
from kiosk.storage.database import Database

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

    @property
    def database(self) -> Database:
        return self.environment.database

    @property
    def event_id(self) -> str:
        return self.environment.event_id

    @property
    def station(self) -> str:
        return self.environment.station

    def set_language(self, language: Language) -> None:
        self.language = language
        self.language_changed.emit(language)

    def restart_station(self) -> None:
        app = QCoreApplication.instance()
        if app is not None:
            app.exit(EXIT_RESTART)
