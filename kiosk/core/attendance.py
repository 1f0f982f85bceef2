"""Check-ins: when a guest arrived, at which station, and whether they left or it was undone."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime


@dataclass(frozen=True, slots=True)
class CheckIn:
    """One arrival. Its id is chosen by the station (a UUID), so a retry never duplicates it.

    A guest has at most one active check-in at a time; checking out or undoing ends it.
    Times are UTC.
    """

    id: str
    event_id: str
    guest_id: str
    station: str
    checked_in_at: datetime
    checked_out_at: datetime | None = None
    undone_at: datetime | None = None

    @property
    def active(self) -> bool:
        return self.checked_out_at is None and self.undone_at is None
