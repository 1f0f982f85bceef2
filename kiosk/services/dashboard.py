"""The organiser's view of the room: arrivals over time, counts, top tags, who has no match yet."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, datetime, tzinfo

from kiosk.core.arrivals import Timeline, timeline
from kiosk.core.attendance import CheckIn
from kiosk.core.guest import Guest, TagKind
from kiosk.core.tags import Approval, Labels, Vocabulary
from kiosk.core.text import fold
from kiosk.services.room import RoomService
from kiosk.services.station import Clock, StationService, utc_now
from kiosk.storage.database import Database
from kiosk.storage.roomstats import present_tag_counts

TOP_TAGS = 8


@dataclass(frozen=True, slots=True)
class TagCount:
    key: str
    label: Labels
    count: int


@dataclass(frozen=True, slots=True)
class Attendance:
    present: int  # checked in now
    checked_in: int  # guests checked in at some point (undone check-ins do not count)
    left: int  # of those, not here any more


@dataclass(frozen=True, slots=True)
class WaitingGuest:
    """A present guest the matching has nobody for: the organiser introduces them by hand."""

    guest_id: str
    first_name: str
    last_initial: str
    arrived_at: datetime  # UTC
    skills: tuple[Labels, ...]
    interests: tuple[Labels, ...]


@dataclass(frozen=True, slots=True)
class Dashboard:
    attendance: Attendance
    timeline: Timeline
    top_skills: tuple[TagCount, ...]
    top_interests: tuple[TagCount, ...]
    unoffered: tuple[TagCount, ...]  # wanted by present guests, offered by none of them
    # None when the caller reads them from the station's live room instead.
    waiting: tuple[WaitingGuest, ...] | None
    now: datetime


def _aware(moment: datetime, tz: tzinfo | None) -> datetime:
    """Event dates are wall-clock times where the event happens (this machine's zone)."""
    if moment.tzinfo is not None:
        return moment
    return moment.replace(tzinfo=tz) if tz is not None else moment.astimezone()


def attendance(check_ins: Iterable[CheckIn]) -> Attendance:
    kept = [c for c in check_ins if c.undone_at is None]
    present = {c.guest_id for c in kept if c.active}
    everyone = {c.guest_id for c in kept}
    return Attendance(len(present), len(everyone), len(everyone - present))


def _labels(vocabulary: Vocabulary, key: str) -> Labels:
    tag = vocabulary.get(key)
    return tag.label if tag is not None else Labels(key, key)


def _ranked(counts: dict[str, int], vocabulary: Vocabulary, top: int) -> tuple[TagCount, ...]:
    rows = [TagCount(key, _labels(vocabulary, key), n) for key, n in counts.items() if n > 0]
    rows.sort(key=lambda row: (-row.count, fold(row.label.en), row.key))
    return tuple(rows[:top])


def waiting_guests(room: RoomService, vocabulary: Vocabulary | None = None) -> list[WaitingGuest]:
    """Present guests with no suggestion at all, earliest arrival first (reads the room only)."""
    vocabulary = vocabulary or room.vocabulary
    out = []
    for guest_id in room.present_ids():
        if room.engine.partner(guest_id) is not None or room.top(guest_id, 1):
            continue
        guest = room.guest(guest_id)
        if guest is None:
            continue
        seq = room.engine.profile(guest_id).arrival_seq
        out.append(_waiting(guest, datetime.fromtimestamp(seq / 1_000_000, UTC), vocabulary))
    return out


def _waiting(guest: Guest, arrived_at: datetime, vocabulary: Vocabulary) -> WaitingGuest:
    return WaitingGuest(
        guest_id=guest.id,
        first_name=guest.first_name,
        last_initial=guest.last_initial,
        arrived_at=arrived_at,
        skills=tuple(_labels(vocabulary, k) for k in guest.skills),
        interests=tuple(_labels(vocabulary, k) for k in guest.interests),
    )


class DashboardService(StationService):
    """Reads for the dashboard; call it on the worker thread (it waits on the database).

    Without a live room in the process (a laptop), ``read(with_waiting=True)`` keeps its own
    RoomService, brought up to date from the change log at each read, and asks it.
    """

    def __init__(
        self,
        database: Database,
        event_id: str,
        *,
        station: str,
        clock: Clock = utc_now,
        tz: tzinfo | None = None,
        top: int = TOP_TAGS,
    ) -> None:
        super().__init__(database, station=station, clock=clock)
        self.event_id = event_id
        self._tz = tz
        self._top = top
        self._room: RoomService | None = None

    def read(self, *, with_waiting: bool) -> Dashboard:
        now = self._now()
        with self._reader() as uow:
            event = uow.events.get(self.event_id)
            if event is None:
                raise LookupError(f"no event {self.event_id!r}")
            check_ins = uow.checkins.for_event(self.event_id)
            counts = present_tag_counts(uow.session, self.event_id)
            vocabulary = uow.tags.vocabulary(self.event_id)
        hidden = {t.key for t in vocabulary if t.approval is Approval.HIDDEN}
        by_kind: dict[TagKind, dict[str, int]] = {kind: {} for kind in TagKind}
        for (kind, key), n in counts.items():
            if key not in hidden:
                by_kind[kind][key] = n
        skills, interests = by_kind[TagKind.SKILL], by_kind[TagKind.INTEREST]
        unoffered = {key: n for key, n in interests.items() if key not in skills}
        starts = _aware(event.starts_at, self._tz)
        ends = _aware(event.effective_end, self._tz)
        return Dashboard(
            attendance=attendance(check_ins),
            timeline=timeline(check_ins, starts, ends, now),
            top_skills=_ranked(skills, vocabulary, self._top),
            top_interests=_ranked(interests, vocabulary, self._top),
            unoffered=_ranked(unoffered, vocabulary, self._top),
            waiting=tuple(self._waiting(vocabulary)) if with_waiting else None,
            now=now,
        )

    def _waiting(self, vocabulary: Vocabulary) -> list[WaitingGuest]:
        if self._room is None:
            self._room = RoomService(self._database, self.event_id)
        else:
            with self._reader() as uow:
                fresh = uow.log.after(self._room.last_change_id, event_id=self.event_id)
            self._room.apply(fresh)
        return waiting_guests(self._room, vocabulary)
