"""`kiosk export [--out FILE] [--format csv|xlsx]`: attendance, tag statistics and a report."""

from __future__ import annotations

from pathlib import Path
from typing import TextIO

from kiosk.app.organisertext import say
from kiosk.core.event import Event
from kiosk.core.guest import Language
from kiosk.core.text import tag_key
from kiosk.services.export import Format, export_event
from kiosk.services.importer import UnknownEventError
from kiosk.storage import Database


def default_name(event: Event, fmt: Format) -> Path:
    """e.g. rencontres-de-test-2026-12-03.csv, in the current directory."""
    slug = tag_key(event.name) or "event"
    return Path(f"{slug}-{event.starts_at:%Y-%m-%d}.{fmt.value}")


def target_event(database: Database, event_id: str | None) -> Event | None:
    """The named event, else the active one; None when there is neither."""
    with database.reader() as uow:
        return uow.events.get(event_id) if event_id else uow.events.active()


def run_export(
    database: Database,
    *,
    out: Path | None,
    fmt: str,
    event_id: str | None,
    language: Language,
    stdout: TextIO,
    stderr: TextIO,
) -> int:
    """Exit status: 0 written, 2 no such event or the files cannot be written."""
    chosen = Format(fmt)
    event = target_event(database, event_id)
    if event is None:
        print(say("no_event", language, event=event_id or ""), file=stderr)
        return 2
    path = out if out is not None else default_name(event, chosen)
    try:
        written = export_event(database, event.id, path, chosen, language)
    except UnknownEventError:
        print(say("no_event", language, event=event.id), file=stderr)
        return 2
    except OSError as exc:
        print(say("export_failed", language, path=path, reason=exc.strerror or exc), file=stderr)
        return 2
    for file in written:
        print(say("export_written", language, path=file.path, rows=file.rows), file=stdout)
    return 0
