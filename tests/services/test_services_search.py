"""Search service: built once, kept current by change-log entries without a rebuild."""

from __future__ import annotations

from dataclasses import replace

from kiosk.core.event import Event
from kiosk.core.guest import Guest
from kiosk.services.checkin import CheckInService
from kiosk.services.guests import GuestService
from kiosk.services.search import SearchService
from kiosk.storage import Database, open_database


def _names(search: SearchService, query: str) -> list[str]:
    return [hit.first_name for hit in search.search(query)]


def test_the_index_follows_creations_renames_and_erasures(
    database: Database,
    checkins: CheckInService,
    guests: GuestService,
    listed: list[Guest],
    event: Event,
) -> None:
    search = SearchService(database, event.id)
    assert _names(search, "hel") == ["Hélène"]
    assert search.by_ticket("T-1") == listed[1].id

    walk_in = checkins.check_in_walk_in(
        Guest(id="walk-1", event_id=event.id, first_name="Hélio"), "c-1"
    )
    assert search.apply(walk_in.changes) == {"walk-1"}
    assert sorted(_names(search, "hel")) == ["Hélio", "Hélène"]

    with database.unit_of_work() as uow:
        uow.guests.upsert_imported(replace(listed[1], id="x", first_name="Marcel"))
        renamed = uow.commit()
    erased = guests.erase(listed[0].id).changes
    consents = guests.set_consents(listed[2].id, listed[2].consents).changes
    assert search.apply([*renamed, *erased, *consents]) == {listed[1].id}
    assert _names(search, "marcel") == ["Marcel"]
    assert _names(search, "hel") == ["Hélio"]
    assert search.apply(walk_in.changes) == {"walk-1"}  # applying twice is harmless
    assert len(search.index) == 4


def test_entries_from_another_process_through_a_follower(
    database: Database, db_path: object, event: Event
) -> None:
    search = SearchService(database, event.id)
    follower = database.follower(after_id=0)  # old entries are skipped: already indexed
    try:
        with open_database(f"sqlite:///{db_path}") as other:
            CheckInService(other, station="door-2").check_in_walk_in(
                Guest(id="walk-9", event_id=event.id, first_name="Yasmine"), "c-9"
            )
        search.apply(follower.poll())
    finally:
        follower.close()
    assert _names(search, "yas") == ["Yasmine"]
    assert len(search.index) == 5


def test_entries_of_other_events_are_ignored(database: Database, event: Event) -> None:
    search = SearchService(database, event.id)
    with database.unit_of_work() as uow:
        uow.events.create(Event(id="evt-2", name="Autre"), active=False)
        uow.guests.add(Guest(id="g-2", event_id="evt-2", first_name="Hélène"))
        changes = uow.commit()
    assert search.apply(changes) == frozenset()
    assert len(search.index) == 4
