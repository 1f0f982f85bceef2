"""Events: several per database, one active; settings stored as JSON through eventcodec."""

from __future__ import annotations

from sqlalchemy import delete, insert, select, update
from sqlalchemy.orm import Session

from kiosk.core.changes import Change, ChangeKind
from kiosk.core.event import Event
from kiosk.core.eventcodec import event_from_dict, event_to_dict
from kiosk.storage.changelog import ChangeLog
from kiosk.storage.models import EventRow

_NO_SYNC = {"synchronize_session": False}


class EventRepository:
    """Reads and writes events; every write appends its change-log entry. Never commits."""

    def __init__(self, session: Session, log: ChangeLog) -> None:
        self._session = session
        self._log = log

    def get(self, event_id: str) -> Event | None:
        settings = self._session.execute(
            select(EventRow.settings).where(EventRow.id == event_id)
        ).scalar_one_or_none()
        return event_from_dict(settings, event_id=event_id) if settings is not None else None

    def active(self) -> Event | None:
        """The event the stations show, or None when no event is active."""
        row = self._session.execute(
            select(EventRow.id, EventRow.settings).where(EventRow.active)
        ).first()
        return event_from_dict(row.settings, event_id=row.id) if row is not None else None

    def all(self) -> list[Event]:
        rows = self._session.execute(
            select(EventRow.id, EventRow.settings).order_by(EventRow.created_at, EventRow.id)
        )
        return [event_from_dict(settings, event_id=event_id) for event_id, settings in rows]

    def create(self, event: Event, *, active: bool = True) -> list[Change]:
        """Store a new event; by default it becomes the active one."""
        if not event.id:
            raise ValueError("an event needs an id")
        self._session.execute(
            insert(EventRow).values(
                id=event.id,
                name=event.name,
                settings=event_to_dict(event),
                active=False,
                created_at=self._log.context.at,
            )
        )
        changes = [
            self._log.append(ChangeKind.EVENT_CREATED, event_id=event.id, entity_id=event.id)
        ]
        if active:
            changes.append(self.activate(event.id))
        return changes

    def update(self, event: Event) -> Change | None:
        """Store new settings for an existing event; None when nothing changed."""
        old = self._session.execute(
            select(EventRow.name, EventRow.settings).where(EventRow.id == event.id)
        ).first()
        if old is None:
            raise LookupError(f"no event {event.id!r}")
        settings = event_to_dict(event)
        if old.name == event.name and old.settings == settings:
            return None
        self._session.execute(
            update(EventRow)
            .where(EventRow.id == event.id)
            .values(name=event.name, settings=settings)
            .execution_options(**_NO_SYNC)
        )
        return self._log.append(ChangeKind.EVENT_UPDATED, event_id=event.id, entity_id=event.id)

    def activate(self, event_id: str) -> Change:
        """Make this event the active one (and no other)."""
        # Deactivate first: the partial unique index allows one active row at any moment.
        self._session.execute(
            update(EventRow)
            .where(EventRow.active, EventRow.id != event_id)
            .values(active=False)
            .execution_options(**_NO_SYNC)
        )
        result = self._session.execute(
            update(EventRow)
            .where(EventRow.id == event_id)
            .values(active=True)
            .execution_options(**_NO_SYNC)
        )
        if not getattr(result, "rowcount", 0):
            raise LookupError(f"no event {event_id!r}")
        return self._log.append(ChangeKind.EVENT_ACTIVATED, event_id=event_id, entity_id=event_id)

    def delete(self, event_id: str) -> Change | None:
        """Delete the event with its vocabulary, guests and check-ins (ON DELETE CASCADE)."""
        result = self._session.execute(
            delete(EventRow).where(EventRow.id == event_id).execution_options(**_NO_SYNC)
        )
        if not getattr(result, "rowcount", 0):
            return None
        return self._log.append(ChangeKind.EVENT_DELETED, event_id=event_id, entity_id=event_id)
