"""Import a guest list (CSV or XLSX) into an event: good rows in one transaction, bad rows reported.

``inspect_guest_list`` reads a file for the organiser's preview (the detected encoding and
separator, a suggested column mapping, the first rows as they would be imported);
``import_table`` stores the rows the mapping accepts and reports the others.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from pathlib import Path

from kiosk.core.changes import Changes
from kiosk.core.guest import Guest, Language, Source, new_id
from kiosk.core.guestlist import (
    PREVIEW_ROWS,
    Field,
    GuestListError,
    GuestRow,
    GuestTable,
    ParsedList,
    Preview,
    RowError,
    check_table,
    preview,
    read_list,
    suggest_mapping,
)
from kiosk.storage.guestimport import ImportStatus
from kiosk.storage.unitofwork import UnitOfWork

# (rows stored so far, rows to store): called on the thread that runs the import.
Progress = Callable[[int, int], None]

# What each mapped column lets the list update on a guest already stored. The language is
# only a starting point for new guests: each guest picks theirs at the kiosk.
_UPDATED_BY = {
    Field.FIRST_NAME: ("first_name",),
    Field.LAST_NAME: ("last_name",),
    Field.FULL_NAME: ("first_name", "last_name"),
    Field.EMAIL: ("email",),
    Field.ORGANISATION: ("organisation",),
    Field.TICKET: ("ticket",),
    Field.LANGUAGE: (),
}


class UnknownEventError(LookupError):
    """The event to import into does not exist."""


@dataclass(frozen=True, slots=True)
class ImportReport:
    parsed: ParsedList
    created: int
    updated: int
    unchanged: int
    changes: Changes

    @property
    def errors(self) -> tuple[RowError, ...]:
        return self.parsed.errors

    @property
    def failed(self) -> int:
        return len(self.parsed.errors)

    @property
    def imported(self) -> int:
        return self.created + self.updated + self.unchanged


@dataclass(frozen=True, slots=True)
class ListInspection:
    """A file read for the preview: its records, the mapping in force, the first rows."""

    table: GuestTable
    mapping: dict[int, Field]
    preview: Preview | None  # None: the mapping cannot import (``problem`` says why)
    problem: GuestListError | None = None


def inspect_guest_list(
    path: Path,
    *,
    encoding: str | None = None,
    delimiter: str | None = None,
    mapping: Mapping[int, Field] | None = None,
    limit: int = PREVIEW_ROWS,
) -> ListInspection:
    """Read ``path`` (OSError, GuestListError) and preview it with ``mapping`` or the suggestion.

    A mapping that names a column the file does not have (another file, another separator)
    falls back to the suggestion. A mapping that cannot import (no name column recognised)
    still gives the columns, for the organiser to map by hand.
    """
    table = read_list(path.read_bytes(), name=path.name, encoding=encoding, delimiter=delimiter)
    chosen = dict(mapping) if mapping is not None else {}
    if not chosen or max(chosen) >= len(table.headers):
        chosen = suggest_mapping(table.headers)
    try:
        return ListInspection(table, chosen, preview_table(table, chosen, limit))
    except GuestListError as exc:
        return ListInspection(table, chosen, None, exc)


def preview_table(
    table: GuestTable, mapping: Mapping[int, Field], limit: int = PREVIEW_ROWS
) -> Preview:
    """The first rows as ``mapping`` would import them (GuestListError for a bad mapping)."""
    return preview(table, mapping, limit)


def _guest(row: GuestRow, event_id: str, default_language: Language) -> Guest:
    return Guest(
        id=new_id(),
        event_id=event_id,
        first_name=row.first_name,
        last_name=row.last_name,
        organisation=row.organisation,
        email=row.email,
        ticket=row.ticket,
        language=row.language or default_language,
        source=Source.PRE_REGISTERED,
    )


def import_table(
    unit_of_work: Callable[[], UnitOfWork],
    event_id: str,
    table: GuestTable,
    mapping: Mapping[int, Field] | None = None,
    *,
    progress: Progress | None = None,
) -> ImportReport:
    """Store the rows ``mapping`` accepts (matched by ticket, then email, then name).

    Raises GuestListError for a mapping that cannot import (no name column, a field twice)
    and UnknownEventError for a missing event; row problems are in the report, not raised.
    All rows go in one transaction: a crash half-way leaves the list as it was. Only the
    mapped columns update a stored guest: a list without a company column clears no company.
    """
    parsed = check_table(table, mapping)
    total = len(parsed.rows)
    fields = {name for fld in parsed.mapping.values() for name in _UPDATED_BY[fld]}
    counts = dict.fromkeys(ImportStatus, 0)
    with unit_of_work() as uow:
        event = uow.events.get(event_id)
        if event is None:
            raise UnknownEventError(event_id)
        if progress is not None:
            progress(0, total)
        guests = [_guest(row, event_id, event.default_language) for row in parsed.rows]
        outcomes = uow.guests.import_listed(
            event_id,
            guests,
            fields=fields,
            progress=None if progress is None else lambda done: progress(done, total),
        )
        for outcome in outcomes:
            counts[outcome.status] += 1
        changes = uow.commit()
    return ImportReport(
        parsed=parsed,
        created=counts[ImportStatus.CREATED],
        updated=counts[ImportStatus.UPDATED],
        unchanged=counts[ImportStatus.UNCHANGED],
        changes=changes,
    )


def import_guest_list(
    unit_of_work: Callable[[], UnitOfWork],
    event_id: str,
    data: bytes,
    *,
    name: str = "",
    encoding: str | None = None,
    delimiter: str | None = None,
    mapping: Mapping[int, Field] | None = None,
    progress: Progress | None = None,
) -> ImportReport:
    """Read ``data`` (CSV or XLSX, GuestListError when unreadable) and ``import_table`` it."""
    table = read_list(data, name=name, encoding=encoding, delimiter=delimiter)
    return import_table(unit_of_work, event_id, table, mapping, progress=progress)
