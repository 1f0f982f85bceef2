"""Storing an imported guest list in bulk: match each listed guest, insert or update in batches.

A listed guest is the stored one with the same ticket; else (no ticket, or a stored guest
with no ticket yet) the same email; else a pre-registered guest with the same name whose
ticket and email do not contradict the row's (one of the two has none). Each stored guest is
matched at most once per import, so two rows never update one guest. Only the list's fields
change: check-ins, tags, consents and preferences stay. Statements go in batches
(executemany), one change-log entry per created or updated guest.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, replace
from dataclasses import fields as dataclass_fields
from enum import StrEnum
from typing import Any

from sqlalchemy import bindparam, insert, select, update
from sqlalchemy.orm import Session

from kiosk.core.changes import ChangeKind
from kiosk.core.guest import Guest, Source
from kiosk.core.text import fold
from kiosk.storage.changelog import ChangeLog, Entry
from kiosk.storage.guestmap import guest_from_row, guest_values
from kiosk.storage.models import GUESTS

# What a guest list (ticketing export) is the authority on. Tags, consents and preferences
# are the guest's own choices at the kiosk: a re-import must not overwrite them.
IMPORT_FIELDS = frozenset({"first_name", "last_name", "organisation", "email", "ticket"})
_REFUSED_FIELDS = frozenset({"id", "event_id", "skills", "interests"})
# An empty cell in the list never clears these: they are how later imports find the guest.
_KEYS = ("ticket", "email")
BATCH = 1000


class ImportStatus(StrEnum):
    CREATED = "created"
    UPDATED = "updated"
    UNCHANGED = "unchanged"


@dataclass(frozen=True, slots=True)
class ImportOutcome:
    status: ImportStatus
    guest_id: str  # the stored guest's id (an updated guest keeps theirs)
    fields: tuple[str, ...] = ()  # what an update changed


# Guest fields stored in a column of their own (etiquette and consents are split in several).
_COLUMN_FIELDS = frozenset(f.name for f in dataclass_fields(Guest)) & frozenset(
    guest_values(Guest(id="", event_id="", first_name=""))
)


def check_fields(fields: Iterable[str]) -> frozenset[str]:
    chosen = frozenset(fields)
    unknown = (chosen - _COLUMN_FIELDS) | (chosen & _REFUSED_FIELDS)
    if unknown:
        raise ValueError(f"cannot import over {sorted(unknown)}")
    return chosen


def _name_key(guest: Guest) -> str:
    return fold(f"{guest.first_name} {guest.last_name}")


class _Stored:
    """The event's guests (without tags: an import never touches them), indexed for matching."""

    def __init__(self, guests: Iterable[Guest]) -> None:
        self.by_id: dict[str, Guest] = {}
        self._tickets: dict[str, str] = {}
        self._emails: dict[str, list[str]] = defaultdict(list)
        self._names: dict[str, list[str]] = defaultdict(list)
        self.claimed: set[str] = set()
        for guest in guests:
            self.add(guest)
            # Only guests stored before this import: those it writes are claimed already.
            if guest.source is Source.PRE_REGISTERED:
                self._names[_name_key(guest)].append(guest.id)

    def add(self, guest: Guest) -> None:
        self.by_id[guest.id] = guest
        if guest.ticket:
            self._tickets[guest.ticket] = guest.id
        if guest.email:
            self._emails[fold(guest.email)].append(guest.id)

    def match(self, listed: Guest) -> Guest | None:
        if listed.ticket and listed.ticket in self._tickets:
            found = self._tickets[listed.ticket]
            return None if found in self.claimed else self.by_id[found]
        if listed.email:
            # A stored guest with another ticket is another registration with this email;
            # among several (a couple sharing an address) the one with the same name.
            candidates = [
                self.by_id[guest_id]
                for guest_id in self._emails.get(fold(listed.email), ())
                if guest_id not in self.claimed
                and (not listed.ticket or not self.by_id[guest_id].ticket)
            ]
            if len(candidates) > 1:
                name = _name_key(listed)
                candidates.sort(key=lambda g: _name_key(g) != name)
            if candidates:
                return candidates[0]
        if not self._names:
            return None
        # Same name, and no ticket or email that says it is someone else.
        for guest_id in self._names.get(_name_key(listed), ()):
            guest = self.by_id[guest_id]
            if (
                guest_id not in self.claimed
                and not (listed.ticket and guest.ticket)
                and not (listed.email and guest.email)
            ):
                return guest
        return None


class GuestImporter:
    """Writes one import inside the caller's unit of work (it never commits)."""

    def __init__(self, session: Session, log: ChangeLog, event_id: str) -> None:
        self._session = session
        self._log = log
        self._event_id = event_id
        rows = session.execute(select(GUESTS).where(GUESTS.c.event_id == event_id)).all()
        self._stored = _Stored(guest_from_row(row, {}) for row in rows)

    def run(
        self,
        guests: Sequence[Guest],
        *,
        fields: Iterable[str] = IMPORT_FIELDS,
        progress: Callable[[int], None] | None = None,
        batch: int = BATCH,
    ) -> list[ImportOutcome]:
        """Store ``guests`` (new ids for those created); ``progress(done)`` after each batch."""
        chosen = check_fields(fields)
        outcomes: list[ImportOutcome] = []
        for start in range(0, len(guests), batch):
            outcomes.extend(self._batch(guests[start : start + batch], chosen))
            if progress is not None:
                progress(len(outcomes))
        return outcomes

    def _batch(self, guests: Sequence[Guest], chosen: frozenset[str]) -> list[ImportOutcome]:
        outcomes: list[ImportOutcome] = []
        created: list[Guest] = []
        updated: list[tuple[Guest, tuple[str, ...]]] = []
        for guest in guests:
            if guest.event_id != self._event_id:
                raise ValueError("an import goes into one event")
            existing = self._stored.match(guest)
            if existing is None:
                self._stored.add(guest)
                self._stored.claimed.add(guest.id)
                created.append(guest)
                outcomes.append(ImportOutcome(ImportStatus.CREATED, guest.id))
                continue
            self._stored.claimed.add(existing.id)
            changes = {n: getattr(guest, n) for n in chosen if n not in _KEYS or getattr(guest, n)}
            new = replace(existing, **changes)
            changed = tuple(sorted(n for n in changes if getattr(new, n) != getattr(existing, n)))
            if not changed:
                outcomes.append(ImportOutcome(ImportStatus.UNCHANGED, existing.id))
                continue
            self._stored.add(new)
            updated.append((new, changed))
            outcomes.append(ImportOutcome(ImportStatus.UPDATED, existing.id, changed))
        self._insert(created)
        self._update(updated, chosen)
        return outcomes

    def _insert(self, created: Sequence[Guest]) -> None:
        if not created:
            return
        at = self._log.context.at
        self._session.execute(
            insert(GUESTS),
            [
                {"id": g.id, "event_id": g.event_id, "created_at": at, "updated_at": at,
                 **guest_values(g)}
                for g in created
            ],
        )  # fmt: skip
        self._log.append_many(
            ChangeKind.GUEST_CREATED,
            [Entry(g.event_id, g.id, g.id, {"source": str(g.source)}) for g in created],
        )

    def _update(
        self, updated: Sequence[tuple[Guest, tuple[str, ...]]], chosen: frozenset[str]
    ) -> None:
        if not updated:
            return
        # Every chosen column is written (one statement shape for executemany); only the
        # fields that changed are named in the change log.
        columns = sorted({c for g, _ in updated for c in guest_values(g)} & _columns(chosen))
        statement = (
            update(GUESTS)
            .where(GUESTS.c.id == bindparam("_id"))
            .values({c: bindparam(c) for c in [*columns, "updated_at"]})
        )
        at = self._log.context.at
        params: list[dict[str, Any]] = []
        for guest, _ in updated:
            values = guest_values(guest)
            params.append({"_id": guest.id, "updated_at": at, **{c: values[c] for c in columns}})
        self._session.execute(statement, params)
        self._log.append_many(
            ChangeKind.GUEST_UPDATED,
            [Entry(g.event_id, g.id, g.id, {"fields": changed}) for g, changed in updated],
        )


def _columns(fields: frozenset[str]) -> set[str]:
    """Guest fields to table columns: the email carries its folded form along."""
    columns = set(fields)
    if "email" in columns:
        columns.add("email_folded")
    return columns
