"""Putting an event in a database: the demo event, its vocabulary and its guest list."""

from __future__ import annotations

from kiosk.core.changes import Changes
from kiosk.core.demo import DemoEvent
from kiosk.services.checkin import CheckInService
from kiosk.storage.database import Database


def install_demo(database: Database, demo: DemoEvent, *, station: str = "setup") -> str:
    """Create the demo event with its vocabulary and guests unless it is already there.

    Idempotent: the demo's ids are stable, so a second call changes nothing. The demo event
    becomes the active one. Returns the event id.
    """
    event_id = demo.event.id
    with database.unit_of_work(station=station) as uow:
        if uow.events.get(event_id) is not None:
            return event_id
        uow.events.create(demo.event, active=True)
        uow.tags.replace_vocabulary(event_id, demo.vocabulary)
        for guest in demo.guests:
            uow.guests.add(guest)
        uow.commit()
    return event_id


def check_in_demo_guests(database: Database, demo: DemoEvent, count: int) -> Changes:
    """Check the first ``count`` demo guests in (a room already busy, for demos and benchmarks)."""
    service = CheckInService(database, station=demo.event.id)
    changes = Changes()
    for guest in demo.guests[:count]:
        result = service.check_in(guest.id, f"demo-{guest.id}")
        changes = changes + result.changes
    return changes
