"""The dashboard service: arrivals per bucket, presence over time, top tags, who has no match."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime, timedelta
from typing import TYPE_CHECKING

from kiosk.core.arrivals import bucket_minutes, chart_window
from kiosk.core.event import Event
from kiosk.core.guest import Consents, TagKind
from kiosk.core.tags import Approval
from kiosk.services.checkin import CheckInService
from kiosk.services.dashboard import DashboardService
from kiosk.services.guests import GuestService
from kiosk.services.room import RoomService
from kiosk.storage import Database

if TYPE_CHECKING:  # the services conftest; not importable when other test folders run too
    from conftest import FakeClock

HELENE, MARC, ZOE, ANA = (f"guest-{n}" for n in range(4))
BOTH = Consents(on_wall=True, suggested_to_others=True)


def _dated(database: Database, event: Event, hours: int = 4) -> None:
    """The test event from 17:00 to 17:00 + hours (naive: read in the service's zone, UTC)."""
    start = datetime(2026, 12, 3, 17, 0)
    with database.unit_of_work() as uow:
        uow.events.update(replace(event, starts_at=start, ends_at=start + timedelta(hours=hours)))
        uow.commit()


def _service(database: Database, clock: FakeClock) -> DashboardService:
    return DashboardService(database, "evt-1", station="organiser", clock=clock, tz=UTC)


def _arrive(
    checkins: CheckInService,
    guests: GuestService,
    guest_id: str,
    skills: list[str],
    wants: list[str],
) -> None:
    checkins.check_in(guest_id, f"ci-{guest_id}")
    guests.set_tags(guest_id, TagKind.SKILL, skills)
    guests.set_tags(guest_id, TagKind.INTEREST, wants)
    guests.set_consents(guest_id, BOTH)


def test_an_empty_room_reads_as_empty_over_the_event(
    database: Database, clock: FakeClock, event: Event
) -> None:
    _dated(database, event)
    board = _service(database, clock).read(with_waiting=True)
    assert board.attendance.present == board.attendance.checked_in == board.attendance.left == 0
    assert board.timeline.minutes == 15
    assert len(board.timeline.buckets) == 16  # 17:00 to 21:00
    assert board.timeline.arrivals == 0
    assert board.top_skills == board.top_interests == board.unoffered == ()
    assert board.waiting == ()


def test_arrivals_fall_in_their_buckets_and_presence_follows_departures(
    database: Database,
    clock: FakeClock,
    event: Event,
    checkins: CheckInService,
) -> None:
    _dated(database, event)
    clock.now = datetime(2026, 12, 3, 17, 5, tzinfo=UTC)
    checkins.check_in(HELENE, "ci-h")
    checkins.check_in(MARC, "ci-m")
    clock.advance(20)  # 17:25
    checkins.check_in(ZOE, "ci-z")
    checkins.check_in(ANA, "ci-a")
    checkins.undo("ci-a")  # a mistake: not an arrival
    clock.advance(10)  # 17:35
    checkins.check_out("ci-m")
    clock.advance(10)  # 17:45

    board = _service(database, clock).read(with_waiting=False)
    arrivals = [b.arrivals for b in board.timeline.buckets]
    present = [b.present for b in board.timeline.buckets]
    assert arrivals[:4] == [2, 1, 0, 0]
    assert present[:4] == [2, 3, 2, 2]  # 17:15, 17:30, 17:45 (now), then the future
    assert present[4:] == [None] * 12
    assert (board.attendance.present, board.attendance.checked_in, board.attendance.left) == (
        2,
        3,
        1,
    )
    assert board.waiting is None  # the caller reads them from its live room


def test_top_tags_and_wanted_tags_nobody_here_offers(
    database: Database,
    clock: FakeClock,
    event: Event,
    checkins: CheckInService,
    guests: GuestService,
) -> None:
    _dated(database, event)
    _arrive(checkins, guests, HELENE, ["fundraising", "python"], ["jazz", "rust"])
    _arrive(checkins, guests, MARC, ["python"], ["fundraising", "rust"])
    _arrive(checkins, guests, ZOE, ["wine"], ["rust", "go"])
    guests.set_tags(ANA, TagKind.SKILL, ["go"])  # not here: her "go" does not count

    board = _service(database, clock).read(with_waiting=False)
    assert [(t.key, t.count) for t in board.top_skills] == [
        ("python", 2),
        ("fundraising", 1),
        ("wine", 1),
    ]
    assert board.top_interests[0].key == "rust"
    assert board.top_interests[0].count == 3
    assert board.top_interests[0].label.fr == "Rust"
    assert [(t.key, t.count) for t in board.unoffered] == [("rust", 3), ("go", 1), ("jazz", 1)]


def test_hidden_tags_are_left_out(
    database: Database,
    clock: FakeClock,
    event: Event,
    checkins: CheckInService,
    guests: GuestService,
) -> None:
    _dated(database, event)
    _arrive(checkins, guests, HELENE, ["python"], ["jazz"])
    with database.unit_of_work() as uow:
        uow.tags.set_approval("evt-1", "jazz", Approval.HIDDEN)
        uow.commit()
    board = _service(database, clock).read(with_waiting=False)
    assert board.top_interests == board.unoffered == ()


def test_guests_with_no_suggestion_without_a_live_room(
    database: Database,
    clock: FakeClock,
    event: Event,
    checkins: CheckInService,
    guests: GuestService,
) -> None:
    _dated(database, event)
    service = _service(database, clock)
    _arrive(checkins, guests, HELENE, ["fundraising"], ["jazz"])
    first = service.read(with_waiting=True).waiting
    assert first is not None
    assert [(w.first_name, w.last_initial) for w in first] == [("Hélène", "L")]
    assert [label.en for label in first[0].interests] == ["Jazz"]

    _arrive(checkins, guests, MARC, ["python"], ["fundraising"])  # Hélène can help Marc
    _arrive(checkins, guests, ZOE, ["wine"], ["go"])  # nobody for Zoé
    again = service.read(with_waiting=True).waiting  # the service's room follows the log
    assert again is not None
    assert [w.guest_id for w in again] == [ZOE]

    fresh = RoomService(database, "evt-1")  # what a station's live room says agrees
    from kiosk.services.dashboard import waiting_guests

    assert [w.guest_id for w in waiting_guests(fresh)] == [ZOE]


def test_bucket_width_follows_the_events_length() -> None:
    assert bucket_minutes(timedelta(hours=2)) == 5
    assert bucket_minutes(timedelta(hours=3)) == 5
    assert bucket_minutes(timedelta(hours=4)) == 15
    assert bucket_minutes(timedelta(hours=16)) == 15
    assert bucket_minutes(timedelta(days=3)) == 120


def test_check_ins_far_from_the_events_dates_set_the_window() -> None:
    start = datetime(2026, 12, 3, 17, tzinfo=UTC)
    end = start + timedelta(hours=4)
    on_time = [start + timedelta(minutes=30)]
    assert chart_window(start, end, on_time, start) == (start, end)
    early = [start - timedelta(minutes=40)]
    assert chart_window(start, end, early, start) == (early[0], end)
    other_day = [start + timedelta(days=10), start + timedelta(days=10, minutes=20)]
    now = other_day[1] + timedelta(minutes=5)
    assert chart_window(start, end, other_day, now) == (
        other_day[0],
        other_day[0] + timedelta(hours=1),
    )
