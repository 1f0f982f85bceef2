"""Arrivals over time for the organiser's chart: check-ins per bucket and the room's size."""

from __future__ import annotations

import math
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from kiosk.core.attendance import CheckIn

# An evening of up to three hours reads best in 5-minute bars; longer in 15-minute ones.
SHORT_EVENT = timedelta(hours=3)
SHORT_BUCKET_MINUTES = 5
LONG_BUCKET_MINUTES = 15
# When the check-ins do not fit the event's dates (a moved event, a test, a demo run another
# day) the chart follows the check-ins instead, with bars wide enough to stay readable.
MAX_BUCKETS = 64
_WIDER_MINUTES = (30, 60, 120, 240, 720, 1440)
# Check-ins this far outside the event's dates mean the dates are not the evening's.
_SLACK = timedelta(hours=2)
_EPOCH = datetime(1970, 1, 1, tzinfo=UTC)


@dataclass(frozen=True, slots=True)
class Bucket:
    """``arrivals`` in [start, start + minutes); ``present`` at its end (or now, if sooner).

    ``present`` is None for a bucket still in the future: nobody knows that count yet.
    """

    start: datetime  # UTC
    arrivals: int
    present: int | None


@dataclass(frozen=True, slots=True)
class Timeline:
    minutes: int
    buckets: tuple[Bucket, ...]

    @property
    def arrivals(self) -> int:
        return sum(b.arrivals for b in self.buckets)

    @property
    def start(self) -> datetime:
        return self.buckets[0].start

    @property
    def end(self) -> datetime:
        return self.buckets[-1].start + timedelta(minutes=self.minutes)


def bucket_minutes(span: timedelta) -> int:
    """5 minutes for a short event, 15 for a longer one, wider past ``MAX_BUCKETS`` bars."""
    if span <= SHORT_EVENT:
        return SHORT_BUCKET_MINUTES
    for minutes in (LONG_BUCKET_MINUTES, *_WIDER_MINUTES):
        if span <= timedelta(minutes=minutes * MAX_BUCKETS):
            return minutes
    return math.ceil(span / timedelta(minutes=MAX_BUCKETS))


def chart_window(
    starts_at: datetime, ends_at: datetime, arrivals: list[datetime], now: datetime
) -> tuple[datetime, datetime]:
    """What the chart spans (all aware): the event, stretched to early and late arrivals.

    If arrivals lie well outside the event's dates, those dates were not the evening's:
    the chart then runs from the first arrival to the last one (or now, within a day).
    """
    if not arrivals:
        return starts_at, max(ends_at, starts_at + timedelta(hours=1))
    first, last = min(arrivals), max(arrivals)
    if first >= starts_at - _SLACK and last <= ends_at + _SLACK:
        return min(starts_at, first), max(ends_at, last)
    end = max(last, now) if timedelta(0) <= now - last <= timedelta(days=1) else last
    return first, max(end, first + timedelta(hours=1))


def _floor(at: datetime, minutes: int) -> datetime:
    step = minutes * 60
    seconds = math.floor((at - _EPOCH).total_seconds() / step) * step
    return _EPOCH + timedelta(seconds=seconds)


def timeline(
    check_ins: Iterable[CheckIn], starts_at: datetime, ends_at: datetime, now: datetime
) -> Timeline:
    """Arrivals per bucket and the present count at each bucket's end.

    Undone check-ins never happened (a mistake corrected); a check-out ends a presence.
    ``starts_at``/``ends_at`` are the event's dates, ``now`` the clock: all aware datetimes.
    """
    kept = [c for c in check_ins if c.undone_at is None]
    start, end = chart_window(starts_at, ends_at, [c.checked_in_at for c in kept], now)
    minutes = bucket_minutes(end - start)
    step = timedelta(minutes=minutes)
    first = _floor(start, minutes)
    count = max(1, math.ceil((end - first) / step))
    arrivals = [0] * count
    for c in kept:
        index = int((c.checked_in_at - first) // step)
        arrivals[min(max(index, 0), count - 1)] += 1
    # Presence changes (+1 on arrival, -1 on check-out), swept once in time order.
    moves = sorted(
        [(c.checked_in_at, 1) for c in kept]
        + [(c.checked_out_at, -1) for c in kept if c.checked_out_at is not None]
    )
    buckets: list[Bucket] = []
    present, i = 0, 0
    for n in range(count):
        bucket_start = first + n * step
        if bucket_start > now:
            buckets.append(Bucket(bucket_start, arrivals[n], None))
            continue
        until = min(bucket_start + step, now)
        while i < len(moves) and moves[i][0] <= until:
            present += moves[i][1]
            i += 1
        buckets.append(Bucket(bucket_start, arrivals[n], present))
    return Timeline(minutes, tuple(buckets))
