"""The active event's settings as the organiser edits them: checked, then saved in one go."""

from __future__ import annotations

from dataclasses import dataclass, fields, replace

from kiosk.core.changes import Changes
from kiosk.core.event import Event
from kiosk.core.eventcheck import SettingsProblem, check_settings
from kiosk.services.importer import UnknownEventError
from kiosk.storage.database import Database


class InvalidSettingsError(ValueError):
    """Settings refused; ``problems`` says why (nothing was stored)."""

    def __init__(self, problems: list[SettingsProblem]) -> None:
        super().__init__(", ".join(problems))
        self.problems = problems


@dataclass(frozen=True, slots=True)
class SavedSettings:
    """The event as stored, and what the save wrote (empty when nothing had changed)."""

    event: Event
    changes: Changes


def load_event(database: Database, event_id: str) -> Event:
    with database.reader() as uow:
        event = uow.events.get(event_id)
    if event is None:
        raise UnknownEventError(event_id)
    return event


def save_event_settings(
    database: Database,
    event: Event,
    *,
    station: str,
    op_id: str | None = None,
    based_on: Event | None = None,
) -> SavedSettings:
    """Check and store ``event``'s settings; EVENT_UPDATED tells every station to restyle.

    ``based_on``: the settings the form was loaded with. Then only what the organiser
    changed is written over what is stored now, so a change saved meanwhile elsewhere (the
    title rules on the vocabulary page, another station) is kept, not overwritten.
    Saving the same settings twice writes nothing the second time, so a retry is harmless.
    """
    problems = check_settings(event)
    if problems:
        raise InvalidSettingsError(problems)
    event_id = event.id
    with database.unit_of_work(station=station, op_id=op_id) as uow:
        current = uow.events.get(event_id)
        if current is None:
            raise UnknownEventError(event_id)
        if based_on is not None:
            edited = {
                f.name: getattr(event, f.name)
                for f in fields(Event)
                if getattr(event, f.name) != getattr(based_on, f.name)
            }
            event = replace(current, **edited)
            problems = check_settings(event)
            if problems:  # the two changes together do not hold: say so, store nothing
                raise InvalidSettingsError(problems)
        uow.events.update(event)
        stored = uow.events.get(event_id)  # as the stations will read it back
        assert stored is not None
        changes = uow.commit()
    return SavedSettings(stored, changes)
