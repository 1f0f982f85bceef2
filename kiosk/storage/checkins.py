"""Check-ins: arrivals with station-chosen ids, at most one active per guest, check-out, undo."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import ColumnElement, Row, and_, bindparam, insert, or_, select, update
from sqlalchemy.orm import Session

from kiosk.core.attendance import CheckIn
from kiosk.core.changes import Change, ChangeKind
from kiosk.storage.changelog import ChangeLog
from kiosk.storage.models import CHECKINS

# Same condition as the partial unique index (models.ACTIVE_CHECKIN).
_ACTIVE = and_(CHECKINS.c.checked_out_at.is_(None), CHECKINS.c.undone_at.is_(None))
# The check-in path's statements, built once (see models.CHECKINS).
_BY_ID = select(CHECKINS).where(CHECKINS.c.id == bindparam("id"))
_ACTIVE_FOR = select(CHECKINS).where(CHECKINS.c.guest_id == bindparam("guest_id"), _ACTIVE)
_FOR_CHECK_IN = select(CHECKINS).where(
    or_(
        CHECKINS.c.id == bindparam("id"),
        and_(CHECKINS.c.guest_id == bindparam("guest_id"), _ACTIVE),
    )
)
_INSERT = insert(CHECKINS)


def _check_in(row: Row[Any]) -> CheckIn:
    return CheckIn(
        id=row.id,
        event_id=row.event_id,
        guest_id=row.guest_id,
        station=row.station,
        checked_in_at=row.checked_in_at,
        checked_out_at=row.checked_out_at,
        undone_at=row.undone_at,
    )


class CheckInRepository:
    """Reads and writes check-ins; every write appends its change-log entry. Never commits."""

    def __init__(self, session: Session, log: ChangeLog) -> None:
        self._session = session
        self._log = log

    def _select(self, *where: ColumnElement[bool]) -> list[CheckIn]:
        stmt = select(CHECKINS).where(*where).order_by(CHECKINS.c.checked_in_at)
        return [_check_in(row) for row in self._session.execute(stmt)]

    def get(self, check_in_id: str) -> CheckIn | None:
        row = self._session.execute(_BY_ID, {"id": check_in_id}).first()
        return _check_in(row) if row is not None else None

    def active_for(self, guest_id: str) -> CheckIn | None:
        row = self._session.execute(_ACTIVE_FOR, {"guest_id": guest_id}).first()
        return _check_in(row) if row is not None else None

    def for_check_in(
        self, check_in_id: str, guest_id: str
    ) -> tuple[CheckIn | None, CheckIn | None]:
        """In one read: the check-in stored under this id, and the guest's active one."""
        found = [
            _check_in(row)
            for row in self._session.execute(
                _FOR_CHECK_IN, {"id": check_in_id, "guest_id": guest_id}
            )
        ]
        stored = next((c for c in found if c.id == check_in_id), None)
        active = next((c for c in found if c.guest_id == guest_id and c.active), None)
        return stored, active

    def present(self, event_id: str) -> list[CheckIn]:
        """Active check-ins of the event, earliest arrival first."""
        return self._select(CHECKINS.c.event_id == event_id, _ACTIVE)

    def for_guest(self, guest_id: str) -> list[CheckIn]:
        return self._select(CHECKINS.c.guest_id == guest_id)

    def for_event(self, event_id: str) -> list[CheckIn]:
        """Every check-in of the event (undone and ended ones too), earliest first."""
        return self._select(CHECKINS.c.event_id == event_id)

    def add(self, check_in: CheckIn) -> Change:
        """Insert an active check-in. The partial unique index refuses a second active one."""
        if not check_in.active:
            raise ValueError("a new check-in must be active")
        self._session.execute(
            _INSERT,
            {
                "id": check_in.id,
                "event_id": check_in.event_id,
                "guest_id": check_in.guest_id,
                "station": check_in.station,
                "checked_in_at": check_in.checked_in_at,
                "checked_out_at": None,
                "undone_at": None,
            },
        )
        return self._entry(ChangeKind.CHECKED_IN, check_in)

    def check_out(self, check_in: CheckIn, at: datetime) -> Change | None:
        """End an active check-in as a departure; None if it was no longer active."""
        return self._close(check_in, ChangeKind.CHECKED_OUT, checked_out_at=at)

    def undo(self, check_in: CheckIn, at: datetime) -> Change | None:
        """Cancel a check-in made by mistake; None if it was no longer active."""
        return self._close(check_in, ChangeKind.CHECK_IN_UNDONE, undone_at=at)

    def move(self, check_in: CheckIn, guest_id: str) -> Change | None:
        """Give a check-in to another guest (merging duplicates; the caller checked that the
        guest has no active one). An active one appends ``checked_in`` for the new guest, so
        followers see them present; an ended one is history and appends nothing.
        """
        self._session.execute(
            update(CHECKINS).where(CHECKINS.c.id == check_in.id).values(guest_id=guest_id)
        )
        if not check_in.active:
            return None
        return self._log.append(
            ChangeKind.CHECKED_IN,
            event_id=check_in.event_id,
            entity_id=check_in.id,
            guest_id=guest_id,
            payload={"merged": True},
        )

    def _close(self, check_in: CheckIn, kind: ChangeKind, **values: datetime) -> Change | None:
        result = self._session.execute(
            update(CHECKINS).where(CHECKINS.c.id == check_in.id, _ACTIVE).values(**values)
        )
        if not getattr(result, "rowcount", 0):
            return None
        return self._entry(kind, check_in)

    def _entry(self, kind: ChangeKind, check_in: CheckIn) -> Change:
        return self._log.append(
            kind,
            event_id=check_in.event_id,
            entity_id=check_in.id,
            guest_id=check_in.guest_id,
        )
