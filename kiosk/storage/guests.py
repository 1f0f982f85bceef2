"""Guests and their tags, stored and read back as kiosk.core.guest.Guest values."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from dataclasses import fields as dataclass_fields

from sqlalchemy import ColumnElement, bindparam, delete, func, insert, select, update
from sqlalchemy.orm import Session

from kiosk.core.changes import Change, ChangeKind
from kiosk.core.guest import Guest, TagKind
from kiosk.core.text import fold
from kiosk.storage.changelog import ChangeLog
from kiosk.storage.guestimport import IMPORT_FIELDS as IMPORT_FIELDS
from kiosk.storage.guestimport import GuestImporter, ImportOutcome
from kiosk.storage.guestimport import ImportStatus as ImportStatus
from kiosk.storage.guestmap import guest_from_row, guest_values, unique_keys
from kiosk.storage.models import GUEST_TAGS, GUESTS, GuestRow, GuestTagRow

_TAG_FIELDS = {"skills": TagKind.SKILL, "interests": TagKind.INTEREST}
_FIXED_FIELDS = {"id", "event_id"}
_NO_SYNC = {"synchronize_session": False}  # no ORM objects are ever loaded: nothing to sync
# The check-in path reads a guest by id: one statement (a row per tag), built once.
_BY_ID = (
    select(GUESTS, GUEST_TAGS.c.kind.label("tag_kind"), GUEST_TAGS.c.tag_key)
    .outerjoin(GUEST_TAGS)
    .where(GUESTS.c.id == bindparam("id"))
    .order_by(GUEST_TAGS.c.position)
)
_INSERT = insert(GUESTS)
_INSERT_TAGS = insert(GUEST_TAGS)


@dataclass(frozen=True, slots=True)
class ImportResult:
    status: ImportStatus
    guest: Guest  # as stored now (an updated guest keeps their stored id)
    changes: tuple[Change, ...] = ()


class GuestRepository:
    """Reads and writes guests; every write appends its change-log entry. Never commits."""

    def __init__(self, session: Session, log: ChangeLog) -> None:
        self._session = session
        self._log = log

    # -- reading ---------------------------------------------------------------------------

    def _select(self, *where: ColumnElement[bool]) -> list[Guest]:
        rows = self._session.execute(
            select(GuestRow.__table__).where(*where).order_by(GuestRow.created_at, GuestRow.id)
        ).all()
        if not rows:
            return []
        tag_rows = select(GuestTagRow.guest_id, GuestTagRow.kind, GuestTagRow.tag_key)
        if len(rows) == 1:
            tag_rows = tag_rows.where(GuestTagRow.guest_id == rows[0].id)
        else:
            tag_rows = tag_rows.join(GuestRow).where(*where)
        tags: dict[str, dict[TagKind, list[str]]] = defaultdict(lambda: defaultdict(list))
        for guest_id, kind, key in self._session.execute(tag_rows.order_by(GuestTagRow.position)):
            tags[guest_id][TagKind(kind)].append(key)
        return [guest_from_row(row, tags) for row in rows]

    def get(self, guest_id: str) -> Guest | None:
        rows = self._session.execute(_BY_ID, {"id": guest_id}).all()
        if not rows:
            return None
        tags: dict[str, dict[TagKind, list[str]]] = {guest_id: defaultdict(list)}
        for row in rows:
            if row.tag_key is not None:  # None: a guest without tags (outer join)
                tags[guest_id][TagKind(row.tag_kind)].append(row.tag_key)
        return guest_from_row(rows[0], tags)

    def for_event(self, event_id: str) -> list[Guest]:
        """Every guest of the event, oldest first."""
        return self._select(GuestRow.event_id == event_id)

    def by_ticket(self, event_id: str, ticket: str) -> Guest | None:
        if not ticket:
            return None
        found = self._select(GuestRow.event_id == event_id, GuestRow.ticket == ticket)
        return found[0] if found else None

    def by_email(self, event_id: str, email: str) -> Guest | None:
        """The first guest with this email, compared case- and accent-insensitively."""
        folded = fold(email)
        if not folded:
            return None
        found = self._select(GuestRow.event_id == event_id, GuestRow.email_folded == folded)
        return found[0] if found else None

    def count(self, event_id: str) -> int:
        stmt = select(func.count()).select_from(GuestRow).where(GuestRow.event_id == event_id)
        return int(self._session.execute(stmt).scalar_one())

    # -- writing ---------------------------------------------------------------------------

    def add(self, guest: Guest) -> Change:
        at = self._log.context.at
        values = {"id": guest.id, "event_id": guest.event_id, "created_at": at, "updated_at": at}
        self._session.execute(_INSERT, {**values, **guest_values(guest)})
        for kind in TagKind:
            self._insert_tags(guest.id, kind, guest.tags(kind))
        return self._log.append(
            ChangeKind.GUEST_CREATED,
            event_id=guest.event_id,
            entity_id=guest.id,
            guest_id=guest.id,
            payload={"source": str(guest.source)},
        )

    def save(self, guest: Guest) -> list[Change]:
        """Store ``guest`` over the stored one; entries name the fields that changed."""
        old = self.get(guest.id)
        if old is None:
            raise LookupError(f"no guest {guest.id!r}")
        if old.event_id != guest.event_id:
            raise ValueError("a guest cannot move to another event")
        changed = tuple(
            f.name
            for f in dataclass_fields(Guest)
            if f.name not in _FIXED_FIELDS | _TAG_FIELDS.keys()
            and getattr(old, f.name) != getattr(guest, f.name)
        )
        changes: list[Change] = []
        if changed:
            self._session.execute(
                update(GuestRow)
                .where(GuestRow.id == guest.id)
                .values(updated_at=self._log.context.at, **guest_values(guest))
                .execution_options(**_NO_SYNC)
            )
            changes.append(
                self._log.append(
                    ChangeKind.GUEST_UPDATED,
                    event_id=guest.event_id,
                    entity_id=guest.id,
                    guest_id=guest.id,
                    payload={"fields": changed},
                )
            )
        for kind in TagKind:
            if old.tags(kind) != unique_keys(guest.tags(kind)):
                changes.append(self._replace_tags(old, kind, guest.tags(kind)))
        return changes

    def set_tags(self, guest_id: str, kind: TagKind, keys: Sequence[str]) -> Change | None:
        """Replace one kind of the guest's tags (in order); None when nothing changed."""
        old = self.get(guest_id)
        if old is None:
            raise LookupError(f"no guest {guest_id!r}")
        if old.tags(kind) == unique_keys(keys):
            return None
        return self._replace_tags(old, kind, keys)

    def upsert_imported(
        self, guest: Guest, *, fields: Iterable[str] = IMPORT_FIELDS
    ) -> ImportResult:
        """Create a listed guest, or update the one it matches (see ``import_listed``)."""
        logged = len(self._log.appended)
        (outcome,) = self.import_listed(guest.event_id, [guest], fields=fields)
        stored = self.get(outcome.guest_id)
        assert stored is not None  # just written in this transaction
        return ImportResult(outcome.status, stored, tuple(self._log.appended[logged:]))

    def import_listed(
        self,
        event_id: str,
        guests: Sequence[Guest],
        *,
        fields: Iterable[str] = IMPORT_FIELDS,
        progress: Callable[[int], None] | None = None,
    ) -> list[ImportOutcome]:
        """Store a guest list in bulk: each listed guest is created or updates the one with
        the same ticket, else the same email, else (neither) the same name; see
        kiosk.storage.guestimport. Only ``fields`` of a matched guest change (the list's own
        by default); an empty ticket or email never clears a stored one; check-ins, tags,
        consents and preferences are left alone. ``progress(done)`` follows the batches.
        """
        importer = GuestImporter(self._session, self._log, event_id)
        return importer.run(guests, fields=fields, progress=progress)

    def unapproved_names(self, event_id: str) -> list[Guest]:
        """Guests whose name was typed at the door and not approved yet, oldest first."""
        return self._select(GuestRow.event_id == event_id, GuestRow.name_approved.is_(False))

    def erase(self, guest_id: str) -> Change | None:
        """Delete the guest and everything about them; one ``guest_erased`` entry remains."""
        event_id = self._session.execute(
            select(GuestRow.event_id).where(GuestRow.id == guest_id)
        ).scalar_one_or_none()
        if event_id is None:
            return None
        # Tag links, check-ins and pair exposure go with it: ON DELETE CASCADE.
        self._session.execute(
            delete(GuestRow).where(GuestRow.id == guest_id).execution_options(**_NO_SYNC)
        )
        self._log.forget_guest(guest_id)
        return self._log.append(
            ChangeKind.GUEST_ERASED, event_id=event_id, entity_id=guest_id, guest_id=guest_id
        )

    def _replace_tags(self, old: Guest, kind: TagKind, keys: Sequence[str]) -> Change:
        self._session.execute(
            delete(GuestTagRow)
            .where(GuestTagRow.guest_id == old.id, GuestTagRow.kind == str(kind))
            .execution_options(**_NO_SYNC)
        )
        self._insert_tags(old.id, kind, keys)
        self._session.execute(
            update(GuestRow)
            .where(GuestRow.id == old.id)
            .values(updated_at=self._log.context.at)
            .execution_options(**_NO_SYNC)
        )
        return self._log.append(
            ChangeKind.GUEST_TAGS_SET,
            event_id=old.event_id,
            entity_id=old.id,
            guest_id=old.id,
            payload={"kind": str(kind), "count": len(unique_keys(keys))},
        )

    def _insert_tags(self, guest_id: str, kind: TagKind, keys: Sequence[str]) -> None:
        unique = unique_keys(keys)
        if unique:
            self._session.execute(
                _INSERT_TAGS,
                [
                    {"guest_id": guest_id, "kind": str(kind), "tag_key": key, "position": i}
                    for i, key in enumerate(unique)
                ],
            )
