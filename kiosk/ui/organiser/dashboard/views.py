"""What the dashboard page is given: plain values, times in UTC, tag labels in both languages."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime, tzinfo

from PySide6.QtCore import QLocale, QTime

from kiosk.core.arrivals import Timeline
from kiosk.core.guest import Language
from kiosk.core.tags import Labels


@dataclass(frozen=True, slots=True)
class TagRow:
    label: Labels
    count: int


@dataclass(frozen=True, slots=True)
class WaitingRow:
    """A present guest with no suggestion: the organiser introduces them by hand."""

    guest_id: str
    first_name: str
    last_initial: str
    arrived_at: datetime  # UTC
    interests: tuple[Labels, ...] = ()
    skills: tuple[Labels, ...] = ()


@dataclass(frozen=True, slots=True)
class DashboardView:
    present: int
    checked_in: int
    left: int
    timeline: Timeline
    now: datetime  # UTC
    top_skills: tuple[TagRow, ...] = ()
    top_interests: tuple[TagRow, ...] = ()
    unoffered: tuple[TagRow, ...] = ()
    waiting: tuple[WaitingRow, ...] = field(default=())


def locale(language: Language) -> QLocale:
    """French, or British English: a 24-hour clock like the rest of the venue's signs."""
    if language is Language.FR:
        return QLocale(QLocale.Language.French, QLocale.Country.France)
    return QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom)


def clock_time(at: datetime, language: Language, tz: tzinfo | None = None) -> str:
    """A UTC time as the room's wall clock shows it (this machine's zone unless ``tz``)."""
    local = at.astimezone(tz)
    return locale(language).toString(
        QTime(local.hour, local.minute), QLocale.FormatType.ShortFormat
    )


def display_name(first_name: str, last_initial: str) -> str:
    return f"{first_name} {last_initial}." if last_initial else first_name
