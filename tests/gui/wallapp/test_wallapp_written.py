"""A check-in or check-out made in this process reaches the room without reading its guest back,
and the room ends exactly as if it had read it; another station's entry about the same guest
in the same batch is read from the database."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

import pytest

from kiosk.core.changes import Changes
from kiosk.core.demo import DemoEvent
from kiosk.core.guest import TagKind
from kiosk.services.checkin import CheckInService, PresenceChanges
from kiosk.services.guests import GuestService
from kiosk.services.room import RoomService
from kiosk.storage import Database
from kiosk.storage.unitofwork import UnitOfWork

ALREADY_IN = 40  # tests/gui/conftest.py


def _same_room(a: RoomService, b: RoomService) -> None:
    assert a.present_ids() == b.present_ids()
    assert [p.key for p in a.board()] == [p.key for p in b.board()]
    assert a.wall_state() == b.wall_state()
    for guest_id in a.present_ids():
        assert a.guest(guest_id) == b.guest(guest_id)


@contextmanager
def _no_reads(database: Database, monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    def refuse() -> UnitOfWork:
        raise AssertionError("the room read the database")

    with monkeypatch.context() as patch:
        patch.setattr(database, "reader", refuse)
        yield


def test_rows_are_what_was_committed(database: Database, demo: DemoEvent) -> None:
    guest_id = demo.guests[ALREADY_IN].id
    result = CheckInService(database, station="door").check_in(guest_id, "ci-rows")
    assert isinstance(result.changes, PresenceChanges)
    ((row_id, guest, check_in),) = result.changes.rows
    with database.reader() as uow:
        assert (row_id, guest, check_in) == (
            guest_id,
            uow.guests.get(guest_id),
            uow.checkins.active_for(guest_id),
        )
    out = CheckInService(database, station="door").check_out_guest(guest_id)
    assert isinstance(out.changes, PresenceChanges)
    assert out.changes.rows == ((guest_id, None, None),)


def test_a_room_given_the_rows_reads_nothing_and_ends_the_same(
    database: Database, demo: DemoEvent, monkeypatch: pytest.MonkeyPatch
) -> None:
    given, read = RoomService(database, demo.event.id), RoomService(database, demo.event.id)
    door = CheckInService(database, station="door")
    newcomers = [g.id for g in demo.guests[ALREADY_IN : ALREADY_IN + 6]]
    operations = [lambda g=g: door.check_in(g, f"ci-{g}").changes for g in newcomers]  # type: ignore[misc]
    operations.append(lambda: door.check_out_guest(newcomers[2]).changes)
    for operation in operations:
        changes = operation()
        assert isinstance(changes, PresenceChanges)
        with _no_reads(database, monkeypatch):
            update = given.apply(changes, written=changes)
        assert update == read.apply(Changes(changes.entries))
        _same_room(given, read)
    assert not given.is_present(newcomers[2])
    assert given.is_present(newcomers[3])


def test_another_stations_entry_about_the_guest_is_read(
    database: Database, demo: DemoEvent
) -> None:
    room = RoomService(database, demo.event.id)
    guest_id = demo.guests[ALREADY_IN].id
    arrival = CheckInService(database, station="door").check_in(guest_id, "ci-both")
    # Another station changes her interests before this room applies the check-in.
    wanted = [t.key for t in demo.vocabulary][:2]
    other = GuestService(database, station="door-2").set_tags(guest_id, TagKind.INTEREST, wanted)
    assert isinstance(arrival.changes, PresenceChanges)
    room.apply(arrival.changes + other.changes, written=arrival.changes)
    guest = room.guest(guest_id)
    assert guest is not None
    assert set(guest.interests) == set(wanted)
