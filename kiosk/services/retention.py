"""Personal data leaves: wipe an event's guests, and purge events N days after they ended."""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from sqlalchemy.exc import OperationalError

from kiosk.core.changes import Changes
from kiosk.core.event import Event
from kiosk.services.importer import UnknownEventError
from kiosk.storage.database import Database

log = logging.getLogger(__name__)

PURGE_STATION = "purge"


@dataclass(frozen=True, slots=True)
class WipePreview:
    """What a wipe would erase (shown before the organiser confirms)."""

    event_id: str
    event_name: str
    guests: int
    check_ins: int
    typed_tags: int  # tags guests typed (whatever became of them): the wipe deletes these


@dataclass(frozen=True, slots=True)
class WipeReport:
    event_id: str
    event_name: str
    guests_erased: int
    check_ins_erased: int
    tags_deleted: int
    event_dropped: bool
    checkpointed: bool  # False: a reader held the WAL; a later checkpoint empties it
    changes: Changes


@dataclass(frozen=True, slots=True)
class PurgeReport:
    wipe: WipeReport
    ended_at: datetime
    purge_after_days: int


def preview_wipe(database: Database, event_id: str) -> WipePreview:
    with database.reader() as uow:
        event = uow.events.get(event_id)
        if event is None:
            raise UnknownEventError(event_id)
        return WipePreview(
            event_id,
            event.name,
            uow.guests.count(event_id),
            len(uow.checkins.for_event(event_id)),
            uow.tags.typed_count(event_id),
        )


def checkpoint(database: Database) -> bool:
    """Empty the WAL so old pages holding erased names leave the disk; False if postponed."""
    try:
        return database.checkpoint()
    except OperationalError:
        log.warning("checkpoint after a wipe postponed (database busy)", exc_info=True)
        return False


def wipe_event(
    database: Database,
    event_id: str,
    *,
    station: str,
    drop_event: bool = False,
    at: datetime | None = None,
) -> WipeReport:
    """Erase every guest of the event (one transaction), then checkpoint the WAL.

    Each guest goes as GuestService.erase does: tag links, check-ins, pair counts and change-log
    entries, one ``guest_erased`` marker left; then every tag a guest typed, keys forgotten
    (kiosk.storage.tags). Settings and the organiser's vocabulary stay unless ``drop_event``,
    which deletes the event itself.
    """
    with database.unit_of_work(station=station, at=at) as uow:
        event = uow.events.get(event_id)
        if event is None:
            raise UnknownEventError(event_id)
        check_ins = len(uow.checkins.for_event(event_id))
        guests = uow.guests.for_event(event_id)
        for guest in guests:
            uow.guests.erase(guest.id)
        # After every guest is gone nobody inherits: each tag a guest typed goes, whatever its
        # approval, and its key (a slug of what they typed) leaves the change log. The same
        # tags preview_wipe counts (TagRepository.typed_count).
        tags_deleted = len(uow.tags.release_all_typed(event_id))
        dropped = drop_event and uow.events.delete(event_id) is not None
        changes = uow.commit()
    return WipeReport(
        event_id,
        event.name,
        len(guests),
        check_ins,
        tags_deleted,
        dropped,
        checkpoint(database),
        changes,
    )


def _aware(moment: datetime) -> datetime:
    # Event times typed without a zone are the venue's (this machine's) local time.
    return moment if moment.tzinfo is not None else moment.astimezone()


def purge_due(event: Event) -> datetime:
    """When the event's personal data must be gone: its end plus ``purge_after_days``."""
    return _aware(event.effective_end) + timedelta(days=event.purge_after_days)


def purge_expired(
    database: Database, now: datetime, *, station: str = PURGE_STATION
) -> list[PurgeReport]:
    """Wipe the guests of every event whose purge date has passed (run at start-up).

    Events already empty (no guest, no guest-typed tag left) are skipped, so a purge is
    reported once. Settings are kept.
    """
    if now.tzinfo is None:
        raise ValueError("now must be an aware datetime")
    with database.reader() as uow:
        due = [
            event
            for event in uow.events.all()
            if purge_due(event) < now
            and (uow.guests.count(event.id) or uow.tags.typed_count(event.id))
        ]
    reports = []
    for event in due:
        wipe = wipe_event(database, event.id, station=station, at=now.astimezone(UTC))
        reports.append(PurgeReport(wipe, _aware(event.effective_end), event.purge_after_days))
    return reports
