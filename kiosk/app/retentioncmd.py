"""`kiosk erase GUEST`, `kiosk wipe [--yes] [--drop-event]` and the purge run at start-up."""

from __future__ import annotations

from datetime import datetime
from typing import TextIO

from kiosk.app.exportcmd import target_event
from kiosk.app.organisertext import say
from kiosk.core.guest import Language
from kiosk.services.guests import GuestService
from kiosk.services.retention import PURGE_STATION, preview_wipe, purge_expired, wipe_event
from kiosk.storage import Database

CLI_STATION = "console"


def find_guest(database: Database, event_id: str, guest: str) -> str | None:
    """The id of the event's guest named by id, ticket or email (email: any case/accents)."""
    with database.reader() as uow:
        by_id = uow.guests.get(guest)
        if by_id is not None and by_id.event_id == event_id:
            return by_id.id
        found = uow.guests.by_ticket(event_id, guest) or uow.guests.by_email(event_id, guest)
        return found.id if found is not None else None


def run_erase_guest(
    database: Database,
    *,
    guest: str,
    event_id: str | None,
    language: Language,
    out: TextIO,
    err: TextIO,
    station: str = CLI_STATION,
) -> int:
    """Exit status: 0 erased, 1 no such guest, 2 no such event."""
    event = target_event(database, event_id)
    if event is None:
        print(say("no_event", language, event=event_id or ""), file=err)
        return 2
    guest_id = find_guest(database, event.id, guest)
    if guest_id is None:
        print(say("guest_not_found", language, guest=guest), file=err)
        return 1
    result = GuestService(database, station=station).erase(guest_id)
    if not result.erased:  # erased by another station in between: the outcome is the same
        print(say("guest_not_found", language, guest=guest), file=err)
        return 1
    print(say("guest_erased", language, id=guest_id), file=out)
    return 0


def run_wipe_event(
    database: Database,
    *,
    event_id: str | None,
    yes: bool,
    language: Language,
    out: TextIO,
    err: TextIO,
    drop_event: bool = False,
    station: str = CLI_STATION,
) -> int:
    """Without ``yes``: say what would go and return 1. With it: wipe and return 0 (2: no event)."""
    event = target_event(database, event_id)
    if event is None:
        print(say("no_event", language, event=event_id or ""), file=err)
        return 2
    if not yes:
        preview = preview_wipe(database, event.id)
        print(
            say(
                "wipe_preview",
                language,
                event=preview.event_name,
                guests=preview.guests,
                checkins=preview.check_ins,
                tags=preview.typed_tags,
            ),
            file=err,
        )
        return 1
    report = wipe_event(database, event.id, station=station, drop_event=drop_event)
    kept = say("wipe_dropped" if report.event_dropped else "wipe_kept", language)
    print(
        say(
            "wipe_done",
            language,
            event=report.event_name,
            guests=report.guests_erased,
            checkins=report.check_ins_erased,
            kept=kept,
        ),
        file=out,
    )
    if not report.checkpointed:
        print(say("checkpoint_later", language), file=err)
    return 0


def run_purge(
    database: Database,
    now: datetime,
    *,
    language: Language,
    out: TextIO,
    err: TextIO,
    quiet_when_none: bool = True,
) -> int:
    """Purge expired events and report each one (start-up of `kiosk run`, or `kiosk purge`)."""
    reports = purge_expired(database, now, station=PURGE_STATION)
    for purge in reports:
        print(
            say(
                "purge_done",
                language,
                event=purge.wipe.event_name,
                end=f"{purge.ended_at:%Y-%m-%d}",
                days=purge.purge_after_days,
                guests=purge.wipe.guests_erased,
            ),
            file=out,
        )
        if not purge.wipe.checkpointed:
            print(say("checkpoint_later", language), file=err)
    if not reports and not quiet_when_none:
        print(say("purge_none", language), file=out)
    return 0
