"""Several events in one database: list them, create one, choose the active one."""

from __future__ import annotations

from collections.abc import Set
from dataclasses import dataclass, replace
from datetime import datetime

from kiosk.core.changes import Changes
from kiosk.core.event import Event
from kiosk.core.eventcheck import check_settings
from kiosk.core.tags import Approval, Vocabulary
from kiosk.services.eventsettings import InvalidSettingsError
from kiosk.services.importer import UnknownEventError
from kiosk.storage.database import Database


@dataclass(frozen=True, slots=True)
class EventSummary:
    """One line of the events list: no guest's data, only counts."""

    id: str
    name: str
    starts_at: datetime
    ends_at: datetime
    guests: int
    active: bool


@dataclass(frozen=True, slots=True)
class CreatedEvent:
    event: Event
    tags_copied: int
    changes: Changes


def list_events(database: Database) -> list[EventSummary]:
    """Every event of the database, oldest first, with its guest count."""
    with database.reader() as uow:
        active = uow.events.active()
        return [
            EventSummary(
                id=event.id,
                name=event.name,
                starts_at=event.starts_at,
                ends_at=event.effective_end,
                guests=uow.guests.count(event.id),
                active=active is not None and active.id == event.id,
            )
            for event in uow.events.all()
        ]


def organisers_vocabulary(vocabulary: Vocabulary, typed: Set[str]) -> Vocabulary:
    """The tags the organiser wrote (``typed``: the guest-typed keys), hidden ones left out.

    Never a tag a guest typed, even approved or adopted since: copied elsewhere it would
    escape its author's erasure and the event's purge (the rule: kiosk.storage.tags).
    """
    return Vocabulary(
        categories=vocabulary.categories,
        tags=[t for t in vocabulary if t.approval is Approval.VOCABULARY and t.key not in typed],
    )


def create_event(
    database: Database,
    *,
    name: str,
    starts_at: datetime,
    ends_at: datetime | None,
    copy_vocabulary: bool,
    station: str,
    op_id: str,
) -> CreatedEvent:
    """A new, inactive event; its vocabulary (the organiser's tags: ``organisers_vocabulary``)
    and title rules copied from the active event when asked (the other settings start from
    the defaults).

    The event's id comes from ``op_id``: a retry of the same request finds the event it
    created and writes nothing more.
    """
    event_id = f"event-{op_id}"
    event = Event(id=event_id, name=name.strip(), starts_at=starts_at, ends_at=ends_at)
    problems = check_settings(event)
    if problems:
        raise InvalidSettingsError(problems)
    with database.unit_of_work(station=station, op_id=op_id) as uow:
        existing = uow.events.get(event_id)
        if existing is not None:
            return CreatedEvent(existing, 0, Changes())
        source = uow.events.active() if copy_vocabulary else None
        if source is not None:
            event = replace(event, titles=source.titles)
        uow.events.create(event, active=False)
        copied = 0
        if source is not None:
            vocabulary = organisers_vocabulary(
                uow.tags.vocabulary(source.id), uow.tags.typed_keys(source.id)
            )
            copied = len(vocabulary)
            uow.tags.replace_vocabulary(event_id, vocabulary)
        changes = uow.commit()
    return CreatedEvent(event, copied, changes)


def activate_event(database: Database, event_id: str, *, station: str) -> Changes:
    """Make ``event_id`` the active event; nothing is written when it already is."""
    with database.unit_of_work(station=station) as uow:
        if uow.events.get(event_id) is None:
            raise UnknownEventError(event_id)
        active = uow.events.active()
        if active is not None and active.id == event_id:
            return Changes()
        uow.events.activate(event_id)
        return uow.commit()
