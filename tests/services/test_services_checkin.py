"""Check-in service: idempotent check-ins and walk-ins, departures, undo, end of the event."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

import pytest

from kiosk.core.changes import ChangeKind
from kiosk.core.event import Event
from kiosk.core.guest import Guest, Source
from kiosk.core.refusal import RefusalCode
from kiosk.services.checkin import CheckInOutcome, CheckInService, CheckOutOutcome
from kiosk.services.guests import GuestService
from kiosk.storage import Database

Clock = Callable[[], datetime]


def test_check_in_then_a_retry_changes_nothing(
    checkins: CheckInService, listed: list[Guest], clock: Clock
) -> None:
    helene = listed[0]
    first = checkins.check_in(helene.id, "c-1")
    retry = checkins.check_in(helene.id, "c-1")

    assert first.outcome is CheckInOutcome.CHECKED_IN
    assert first.ok
    assert first.guest == helene
    assert first.check_in is not None
    assert (first.check_in.station, first.check_in.checked_in_at) == ("door-1", clock())
    assert [(c.kind, c.entity_id, c.guest_id, c.op_id) for c in first.changes] == [
        (ChangeKind.CHECKED_IN, "c-1", helene.id, "c-1")
    ]
    assert retry.outcome is CheckInOutcome.ALREADY_DONE
    assert retry.ok
    assert retry.check_in == first.check_in
    assert not retry.changes


def test_a_second_station_hears_where_and_when_the_guest_checked_in(
    database: Database, checkins: CheckInService, listed: list[Guest], clock: Clock
) -> None:
    checkins.check_in(listed[0].id, "c-1")
    other = CheckInService(database, station="door-2", clock=clock)

    result = other.check_in(listed[0].id, "c-2")

    assert result.outcome is CheckInOutcome.ALREADY_CHECKED_IN
    assert not result.ok
    assert result.check_in is not None
    assert (result.check_in.id, result.check_in.station) == ("c-1", "door-1")
    assert not result.changes
    assert [c.id for c in other.present(listed[0].event_id)] == ["c-1"]


def test_unknown_and_erased_guests(
    checkins: CheckInService, guests: GuestService, listed: list[Guest]
) -> None:
    assert checkins.check_in("nobody", "c-1").outcome is CheckInOutcome.NOT_FOUND
    guests.erase(listed[1].id)
    assert checkins.check_in(listed[1].id, "c-2").outcome is CheckInOutcome.ERASED


def test_a_walk_in_is_created_and_checked_in_once(
    database: Database, checkins: CheckInService, event: Event
) -> None:
    typed = Guest(id="walk-1", event_id=event.id, first_name="  Jean\u200b ", last_name="Nguyễn")

    result = checkins.check_in_walk_in(typed, "c-walk")
    # A retry after a lost answer, even with a fresh guest id, finds the first one.
    retry = checkins.check_in_walk_in(
        Guest(id="walk-2", event_id=event.id, first_name="Jean"), "c-walk"
    )

    assert result.outcome is CheckInOutcome.CHECKED_IN
    assert result.guest is not None
    assert (result.guest.first_name, result.guest.source, result.guest.name_approved) == (
        "Jean",
        Source.WALK_IN,
        False,
    )
    assert [c.kind for c in result.changes] == [ChangeKind.GUEST_CREATED, ChangeKind.CHECKED_IN]
    assert {c.op_id for c in result.changes} == {"c-walk"}
    assert retry.outcome is CheckInOutcome.ALREADY_DONE
    assert retry.guest == result.guest
    with database.reader() as uow:
        assert uow.guests.get("walk-2") is None
        assert uow.guests.count(event.id) == 5


@pytest.mark.parametrize(
    ("first", "last", "code"),
    [
        ("  ", "", RefusalCode.EMPTY),
        ("Connard", "", RefusalCode.OFFENSIVE),
        ("Ana", "x" * 81, RefusalCode.TOO_LONG),
    ],
)
def test_a_refused_walk_in_stores_nothing(
    database: Database,
    checkins: CheckInService,
    event: Event,
    first: str,
    last: str,
    code: RefusalCode,
) -> None:
    typed = Guest(id="walk-1", event_id=event.id, first_name=first, last_name=last)
    before = database.last_change_id()

    result = checkins.check_in_walk_in(typed, "c-walk")

    assert result.outcome is CheckInOutcome.REFUSED
    assert result.refusal is not None
    assert result.refusal.code is code
    assert database.last_change_id() == before


def test_an_erased_walk_in_is_not_brought_back_by_a_replay(
    checkins: CheckInService, guests: GuestService, event: Event
) -> None:
    typed = Guest(id="walk-1", event_id=event.id, first_name="Jean")
    checkins.check_in_walk_in(typed, "c-walk")
    guests.erase("walk-1")

    replay = checkins.check_in_walk_in(typed, "c-walk")

    assert replay.outcome is CheckInOutcome.ERASED
    assert guests.get("walk-1") is None


def test_check_out_is_safe_to_replay_after_a_new_check_in(
    checkins: CheckInService, listed: list[Guest], clock: Clock
) -> None:
    marc = listed[1].id
    checkins.check_in(marc, "c-1")
    left = checkins.check_out("c-1")
    back = checkins.check_in(marc, "c-2")

    replay = checkins.check_out("c-1")

    assert left.outcome is CheckOutOutcome.DONE
    assert [c.kind for c in left.changes] == [ChangeKind.CHECKED_OUT]
    assert back.outcome is CheckInOutcome.CHECKED_IN
    assert replay.outcome is CheckOutOutcome.NOT_ACTIVE
    assert not replay.changes
    active = checkins.active_check_in(marc)
    assert active is not None
    assert active.id == "c-2"
    assert checkins.check_out("nope").outcome is CheckOutOutcome.NOT_FOUND


def test_leaving_at_the_kiosk_and_undo(checkins: CheckInService, listed: list[Guest]) -> None:
    checkins.check_in(listed[0].id, "c-1")
    checkins.check_in(listed[1].id, "c-2")

    leaving = checkins.check_out_guest(listed[0].id)
    undone = checkins.undo("c-2")

    assert leaving.outcome is CheckOutOutcome.DONE
    assert leaving.check_in is not None
    assert leaving.check_in.id == "c-1"
    assert checkins.check_out_guest(listed[0].id).outcome is CheckOutOutcome.NOT_FOUND
    assert [c.kind for c in undone.changes] == [ChangeKind.CHECK_IN_UNDONE]
    assert checkins.undo("c-2").outcome is CheckOutOutcome.NOT_ACTIVE
    assert checkins.present(listed[0].event_id) == []


def test_everyone_is_checked_out_at_the_end(
    checkins: CheckInService, listed: list[Guest], event: Event
) -> None:
    for n, guest in enumerate(listed[:3]):
        checkins.check_in(guest.id, f"c-{n}")

    changes = checkins.check_out_everyone(event.id)

    assert [c.kind for c in changes] == [ChangeKind.CHECKED_OUT] * 3
    assert changes.guest_ids == {g.id for g in listed[:3]}
    assert checkins.present(event.id) == []
    assert not checkins.check_out_everyone(event.id)


def test_the_clock_must_be_aware(database: Database, listed: list[Guest]) -> None:
    naive = CheckInService(database, station="x", clock=lambda: datetime(2026, 12, 3, 18, 0))
    with pytest.raises(ValueError, match="aware"):
        naive.check_in(listed[0].id, "c-1")
