"""Import a guest list (CSV) into an event: good rows in one transaction, bad rows reported."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass

from kiosk.core.changes import Changes
from kiosk.core.guest import Guest, Source, new_id
from kiosk.core.guestlist import Field, GuestRow, ParsedList, RowError, parse_csv
from kiosk.storage.guests import ImportStatus
from kiosk.storage.unitofwork import UnitOfWork


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
    def imported(self) -> int:
        return self.created + self.updated + self.unchanged


def _guest(row: GuestRow, event_id: str, default_language: Guest) -> Guest:
    return Guest(
        id=new_id(),
        event_id=event_id,
        first_name=row.first_name,
        last_name=row.last_name,
        organisation=row.organisation,
        email=row.email,
        ticket=row.ticket,
        language=row.language or default_language.language,
        source=Source.PRE_REGISTERED,
    )


def import_guest_list(
    unit_of_work: Callable[[], UnitOfWork],
    event_id: str,
    data: bytes,
    *,
    encoding: str | None = None,
    delimiter: str | None = None,
    mapping: Mapping[int, Field] | None = None,
) -> ImportReport:
    """Parse ``data`` and upsert its good rows (matched by ticket, then email).

    Raises kiosk.core.guestlist.GuestListError when the file as a whole cannot be read and
    UnknownEventError for a missing event; row problems are in the report, not raised.
    All rows go in one transaction: a crash half-way leaves the list as it was.
    """
    parsed = parse_csv(data, encoding=encoding, delimiter=delimiter, mapping=mapping)
    counts = dict.fromkeys(ImportStatus, 0)
    with unit_of_work() as uow:
        event = uow.events.get(event_id)
        if event is None:
            raise UnknownEventError(event_id)
        template = Guest(id="", event_id=event_id, first_name="", language=event.default_language)
        for row in parsed.rows:
            result = uow.guests.upsert_imported(_guest(row, event_id, template))
            counts[result.status] += 1
        changes = uow.commit()
    return ImportReport(
        parsed=parsed,
        created=counts[ImportStatus.CREATED],
        updated=counts[ImportStatus.UPDATED],
        unchanged=counts[ImportStatus.UNCHANGED],
        changes=changes,
    )
