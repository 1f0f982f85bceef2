"""Guest search for one event: a GuestIndex built once, then kept current from the change log."""

from __future__ import annotations

from collections.abc import Iterable

from kiosk.core.changes import Change, ChangeKind
from kiosk.core.guest import Guest
from kiosk.core.search import GuestEntry, GuestIndex, SearchHit
from kiosk.storage.database import Database

# Guest fields the index reads; an update touching none of them leaves the index alone.
_INDEXED_FIELDS = frozenset({"first_name", "last_name", "email", "ticket"})


def entry(guest: Guest) -> GuestEntry:
    return GuestEntry(
        guest_id=guest.id,
        first_name=guest.first_name,
        last_name=guest.last_name,
        email=guest.email,
        ticket_code=guest.ticket,
    )


class SearchService:
    """Feed it the change-log entries (from a follower and/or the services' ``Changes``).

    Applying an entry costs one guest read at most, never a rebuild; entries of other events,
    entries already applied and entries that do not touch indexed fields are skipped.
    """

    def __init__(self, database: Database, event_id: str) -> None:
        self._database = database
        self.event_id = event_id
        with database.reader() as uow:
            guests = uow.guests.for_event(event_id)
            # Entries up to here are in the index already; later ones are applied on top.
            self._built_after = uow.log.last_id()
        self.index = GuestIndex(entry(guest) for guest in guests)

    def search(self, query: str, limit: int = 5) -> list[SearchHit]:
        return self.index.search(query, limit)

    def by_ticket(self, code: str) -> str | None:
        return self.index.by_ticket(code)

    def apply(self, changes: Iterable[Change]) -> frozenset[str]:
        """Bring the index up to date with these entries; returns the guest ids re-indexed."""
        reload: dict[str, None] = {}
        for change in changes:
            # Later entries are not skipped even if seen: a service's own Changes may arrive
            # before a follower's older entries, and applying twice is harmless (re-reads).
            if change.event_id != self.event_id or change.id <= self._built_after:
                continue
            guest_id = change.entity_id
            if change.kind is ChangeKind.GUEST_ERASED:
                reload.pop(guest_id, None)
                if guest_id in self.index:
                    self.index.remove(guest_id)
            elif change.kind is ChangeKind.GUEST_CREATED or (
                change.kind is ChangeKind.GUEST_UPDATED
                and _INDEXED_FIELDS.intersection(_fields(change))
            ):
                reload[guest_id] = None
        if reload:
            self._reload(reload)
        return frozenset(reload)

    def _reload(self, guest_ids: Iterable[str]) -> None:
        with self._database.reader() as uow:
            guests = {gid: uow.guests.get(gid) for gid in guest_ids}
        for guest_id, guest in guests.items():
            if guest is None:  # erased since: its guest_erased entry is on its way
                if guest_id in self.index:
                    self.index.remove(guest_id)
            elif guest_id in self.index:
                self.index.update(entry(guest))
            else:
                self.index.add(entry(guest))


def _fields(change: Change) -> tuple[str, ...]:
    value = change.payload.get("fields", ())
    return value if isinstance(value, tuple) else ()
