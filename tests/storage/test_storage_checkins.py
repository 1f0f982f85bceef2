"""Check-ins: the database itself keeps one active check-in per guest."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy.exc import IntegrityError

from kiosk.core.attendance import CheckIn
from kiosk.core.changes import ChangeKind
from kiosk.core.guest import Guest
from kiosk.storage import Database

AT = datetime(2026, 12, 3, 18, 0, tzinfo=UTC)
AddGuests = Callable[..., list[Guest]]
MakeGuest = Callable[..., Guest]


def _check_in(guest: Guest, check_in_id: str, minutes: int = 0) -> CheckIn:
    return CheckIn(check_in_id, guest.event_id, guest.id, "A", AT + timedelta(minutes=minutes))


def test_a_second_active_check_in_is_refused_by_the_database(
    database: Database, make_guest: MakeGuest, add_guests: AddGuests
) -> None:
    (guest,) = add_guests(make_guest(1))
    with database.unit_of_work(at=AT) as uow:
        uow.checkins.add(_check_in(guest, "c-1"))
        uow.commit()
    with database.unit_of_work(at=AT) as uow, pytest.raises(IntegrityError):
        uow.checkins.add(_check_in(guest, "c-2"))
    with database.unit_of_work(at=AT) as uow, pytest.raises(IntegrityError):
        uow.checkins.add(_check_in(guest, "c-1"))  # the same id twice: primary key


def test_checking_out_or_undoing_ends_the_check_in_once(
    database: Database, make_guest: MakeGuest, add_guests: AddGuests
) -> None:
    one, two = add_guests(make_guest(1), make_guest(2))
    later = AT + timedelta(hours=1)
    with database.unit_of_work(at=AT) as uow:
        uow.checkins.add(_check_in(one, "c-1"))
        uow.checkins.add(_check_in(two, "c-2", minutes=-5))
        uow.commit()
    with database.unit_of_work(at=later) as uow:
        assert [c.id for c in uow.checkins.present(one.event_id)] == ["c-2", "c-1"]
        first = uow.checkins.get("c-1")
        second = uow.checkins.get("c-2")
        assert first is not None
        assert second is not None
        out = uow.checkins.check_out(first, later)
        undone = uow.checkins.undo(second, later)
        assert uow.checkins.check_out(first, later) is None
        assert uow.checkins.undo(first, later) is None
        uow.commit()
    assert out is not None
    assert (out.kind, out.guest_id) == (ChangeKind.CHECKED_OUT, one.id)
    assert undone is not None
    assert undone.kind is ChangeKind.CHECK_IN_UNDONE
    with database.unit_of_work(at=later) as uow:
        assert uow.checkins.present(one.event_id) == []
        assert uow.checkins.get("c-1") == CheckIn(
            "c-1", one.event_id, one.id, "A", AT, checked_out_at=later
        )
        uow.checkins.add(_check_in(one, "c-3", minutes=90))  # back in after leaving
        uow.commit()
    with database.reader() as uow:
        assert [c.id for c in uow.checkins.for_guest(one.id)] == ["c-1", "c-3"]
        active = uow.checkins.active_for(one.id)
    assert active is not None
    assert active.id == "c-3"
    assert active.active


def test_times_must_be_aware_and_come_back_in_utc(
    database: Database, make_guest: MakeGuest, add_guests: AddGuests
) -> None:
    (guest,) = add_guests(make_guest(1))
    paris = datetime(2026, 12, 3, 19, 0, tzinfo=UTC).astimezone()
    with database.unit_of_work(at=AT) as uow:
        uow.checkins.add(CheckIn("c-1", guest.event_id, guest.id, "A", paris))
        uow.commit()
    with database.reader() as uow:
        stored = uow.checkins.get("c-1")
    assert stored is not None
    assert stored.checked_in_at == paris
    assert stored.checked_in_at.tzinfo is UTC
    with database.unit_of_work(at=AT) as uow, pytest.raises(Exception, match="naive"):
        uow.checkins.add(CheckIn("c-2", guest.event_id, guest.id, "A", datetime(2026, 1, 1)))
