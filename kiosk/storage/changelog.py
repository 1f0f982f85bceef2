"""The change log: every mutation appends here in its own transaction; readers ask "after N".

Ids only grow, in commit order. On SQLite that holds because writers serialise on the database
lock (BEGIN IMMEDIATE) and AUTOINCREMENT never reuses an id. On PostgreSQL a sequence does not
give it: two transactions can take ids 7 and 8 and commit 8 first, and a reader that saw 8
would skip 7 forever. The PostgreSQL repository must serialise appends, e.g. take
``pg_advisory_xact_lock(<change-log key>)`` before its first append, held to the commit.
"""

from __future__ import annotations

import uuid
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import Row, bindparam, delete, exists, func, insert, select, update
from sqlalchemy.orm import Session

from kiosk.core.changes import Change, ChangeKind, PayloadValue
from kiosk.storage.models import CHANGE_LOG, ChangeRow

_COLUMNS = (
    ChangeRow.id,
    ChangeRow.kind,
    ChangeRow.event_id,
    ChangeRow.entity_id,
    ChangeRow.guest_id,
    ChangeRow.station,
    ChangeRow.at,
    ChangeRow.op_id,
    ChangeRow.payload,
)

_APPEND = insert(CHANGE_LOG).returning(CHANGE_LOG.c.id)
_TAG_KINDS = (str(ChangeKind.TAG_CREATED), str(ChangeKind.TAG_UPDATED), str(ChangeKind.TAG_DELETED))
# What a forgotten tag key becomes: never derived from the key (a hash of a typed name could
# be found again by hashing guesses).
FORGOTTEN_TAG_PREFIX = "forgotten-tag-"
_ERASED = select(
    exists().where(
        CHANGE_LOG.c.entity_id == bindparam("guest_id"),
        CHANGE_LOG.c.kind == str(ChangeKind.GUEST_ERASED),
    )
)


@dataclass(frozen=True, slots=True)
class Context:
    """Who writes and when: the station, the action's time (UTC) and its operation id."""

    station: str
    at: datetime
    op_id: str


def _payload_out(raw: Mapping[str, Any]) -> dict[str, PayloadValue]:
    # JSON has no tuples: lists come back as tuples so payloads stay hashable-looking values.
    return {k: tuple(v) if isinstance(v, list) else v for k, v in raw.items()}


def change_from_row(row: Row[Any]) -> Change:
    """A change-log row (selected with ``change_columns()``) as a core value."""
    return Change(
        id=row.id,
        kind=ChangeKind(row.kind),
        event_id=row.event_id,
        entity_id=row.entity_id,
        guest_id=row.guest_id,
        station=row.station,
        at=row.at,
        op_id=row.op_id,
        payload=_payload_out(row.payload or {}),
    )


def _change(new_id: int, kind: ChangeKind, values: Mapping[str, Any]) -> Change:
    """The entry just written with ``values`` (as ``ChangeLog._values`` makes them)."""
    return Change(
        id=new_id,
        kind=kind,
        event_id=values["event_id"],
        entity_id=values["entity_id"],
        guest_id=values["guest_id"],
        station=values["station"],
        at=values["at"],
        op_id=values["op_id"],
        payload=_payload_out(values["payload"]),
    )


def select_after(last_id: int, *, limit: int | None = None, event_id: str | None = None) -> Any:
    """The statement that reads entries after ``last_id`` in id order."""
    stmt = select(*_COLUMNS).where(ChangeRow.id > last_id).order_by(ChangeRow.id)
    if event_id is not None:
        stmt = stmt.where(ChangeRow.event_id == event_id)
    if limit is not None:
        stmt = stmt.limit(limit)
    return stmt


@dataclass(frozen=True, slots=True)
class Entry:
    """One entry for ``ChangeLog.append_many``: what ``append`` takes besides the kind."""

    event_id: str
    entity_id: str
    guest_id: str | None = None
    payload: Mapping[str, PayloadValue] | None = None


class ChangeLog:
    """Appends entries within the unit of work's transaction and remembers what it appended."""

    def __init__(self, session: Session, context: Context) -> None:
        self._session = session
        self.context = context
        self.appended: list[Change] = []

    def append(
        self,
        kind: ChangeKind,
        *,
        event_id: str,
        entity_id: str,
        guest_id: str | None = None,
        payload: Mapping[str, PayloadValue] | None = None,
    ) -> Change:
        values = self._values(kind, Entry(event_id, entity_id, guest_id, payload))
        new_id = self._session.execute(_APPEND, values).scalar_one()
        change = _change(new_id, kind, values)
        self.appended.append(change)
        return change

    def append_many(self, kind: ChangeKind, entries: Sequence[Entry]) -> list[Change]:
        """``append`` for many entries of one kind: one executemany, ids in the given order.

        RETURNING is not used: SQLite cannot promise its order for a multi-row insert, and
        SQLAlchemy would fall back to one statement per row. The rows go in one after the
        other, each taking the next id; the transaction holds the write lock, so this
        operation's entries of this kind above the highest id seen before are exactly these.
        """
        if not entries:
            return []
        rows = [self._values(kind, entry) for entry in entries]
        before = self.last_id()
        self._session.execute(insert(CHANGE_LOG), rows)
        new_ids = self._session.execute(
            select(CHANGE_LOG.c.id)
            .where(
                CHANGE_LOG.c.id > before,
                CHANGE_LOG.c.op_id == self.context.op_id,
                CHANGE_LOG.c.kind == str(kind),
            )
            .order_by(CHANGE_LOG.c.id)
        ).scalars()
        changes = [_change(i, kind, values) for i, values in zip(new_ids, rows, strict=True)]
        self.appended.extend(changes)
        return changes

    def _values(self, kind: ChangeKind, entry: Entry) -> dict[str, Any]:
        ctx = self.context
        payload = entry.payload or {}
        return {
            "op_id": ctx.op_id,
            "event_id": entry.event_id,
            "station": ctx.station,
            "at": ctx.at,
            "kind": str(kind),
            "entity_id": entry.entity_id,
            "guest_id": entry.guest_id,
            "payload": {k: list(v) if isinstance(v, tuple) else v for k, v in payload.items()},
        }

    def after(
        self, last_id: int, *, limit: int | None = None, event_id: str | None = None
    ) -> list[Change]:
        rows = self._session.execute(select_after(last_id, limit=limit, event_id=event_id))
        return [change_from_row(r) for r in rows]

    def last_id(self) -> int:
        """Highest committed id (0 for an empty log): where a new reader may start."""
        return int(
            self._session.execute(select(func.coalesce(func.max(ChangeRow.id), 0))).scalar_one()
        )

    def for_operation(self, op_id: str) -> list[Change]:
        """Entries written by one operation (idempotency key), in order."""
        stmt = select(*_COLUMNS).where(ChangeRow.op_id == op_id).order_by(ChangeRow.id)
        return [change_from_row(r) for r in self._session.execute(stmt)]

    def forget_guest(self, guest_id: str) -> int:
        """Delete every entry about a guest (erasure); returns how many went."""
        result = self._session.execute(delete(ChangeRow).where(ChangeRow.guest_id == guest_id))
        return int(getattr(result, "rowcount", 0) or 0)

    def was_erased(self, guest_id: str) -> bool:
        """Whether this guest id was erased: a replayed walk-in must not bring them back."""
        return bool(self._session.execute(_ERASED, {"guest_id": guest_id}).scalar_one())

    def forget_tag(self, event_id: str, key: str) -> str:
        """Replace a deleted guest-typed tag's key by one opaque id in its entries; returns it.

        The key is a slug of what a guest typed (maybe their name), so it must not outlive the
        tag. The entries are rewritten rather than deleted: a follower that has not read them
        yet still sees that the vocabulary changed (it reloads it whole; no follower keeps
        tags by key), and one that read the creation under the old key still reads the
        deletion that follows. Ids and order are unchanged, so no follower skips anything.
        """
        opaque = f"{FORGOTTEN_TAG_PREFIX}{uuid.uuid4().hex}"
        self._session.execute(
            update(ChangeRow)
            .where(
                ChangeRow.event_id == event_id,
                ChangeRow.entity_id == key,
                ChangeRow.kind.in_(_TAG_KINDS),
            )
            .values(entity_id=opaque)
            .execution_options(synchronize_session=False)
        )
        return opaque

    def last_batch(
        self, event_id: str, kind: ChangeKind, station: str
    ) -> tuple[datetime, int] | None:
        """When ``station`` last wrote entries of ``kind`` for the event, and how many it wrote
        then (one action stamps all its entries with one time); None when it never did."""
        where = (
            ChangeRow.event_id == event_id,
            ChangeRow.kind == str(kind),
            ChangeRow.station == station,
        )
        latest = self._session.execute(select(func.max(ChangeRow.at)).where(*where)).scalar()
        if latest is None:
            return None
        count = self._session.execute(
            select(func.count()).select_from(ChangeRow).where(*where, ChangeRow.at == latest)
        ).scalar_one()
        return latest, int(count)
