"""After the event: what a wipe would erase, and when (and whether) the automatic purge ran."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from kiosk.core.changes import ChangeKind
from kiosk.core.event import Event
from kiosk.services.importer import UnknownEventError
from kiosk.services.retention import PURGE_STATION, WipePreview, preview_wipe, purge_due
from kiosk.storage.database import Database


@dataclass(frozen=True, slots=True)
class PurgeTrace:
    """The last automatic purge of the event: when, and how many guests it erased."""

    at: datetime
    guests: int


@dataclass(frozen=True, slots=True)
class RetentionSummary:
    event: Event
    wipe: WipePreview  # what wiping now would erase
    purge_at: datetime  # when the purge at start-up will erase the personal data
    last_purge: PurgeTrace | None


def retention_summary(database: Database, event_id: str) -> RetentionSummary:
    """For the organiser's "After the event" page (UnknownEventError if there is no event)."""
    with database.reader() as uow:
        event = uow.events.get(event_id)
        if event is None:
            raise UnknownEventError(event_id)
        # The purge stamps every guest_erased entry it writes with its station and one time.
        last = uow.log.last_batch(event_id, ChangeKind.GUEST_ERASED, PURGE_STATION)
    trace = PurgeTrace(*last) if last is not None else None
    return RetentionSummary(event, preview_wipe(database, event_id), purge_due(event), trace)
