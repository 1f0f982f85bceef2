"""What the moderation and after-the-event pages show, as plain values their controllers build."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum


@dataclass(frozen=True, slots=True)
class TagView:
    """A tag a guest typed, waiting for review, with how many guests hold it."""

    key: str
    label_fr: str
    label_en: str
    skills: int
    interests: int
    guests: int


@dataclass(frozen=True, slots=True)
class TargetView:
    """A tag a typed one may be merged into."""

    key: str
    label_fr: str
    label_en: str


@dataclass(frozen=True, slots=True)
class GuestView:
    """A guest in the organiser's lists (full name: the organiser's eyes only)."""

    guest_id: str
    name: str
    hidden_from_wall: bool
    on_wall_consent: bool


@dataclass(frozen=True, slots=True)
class ModerationView:
    tags: tuple[TagView, ...] = ()
    names: tuple[GuestView, ...] = ()
    targets: tuple[TargetView, ...] = ()
    approval_required: bool = True


class Notice(StrEnum):
    """What the last action did, said in words by the page."""

    APPROVED = "approved"
    HIDDEN = "hidden"
    TRANSLATED = "translated"
    MERGED = "merged"
    NAME_APPROVED = "name_approved"
    GUEST_HIDDEN = "guest_hidden"
    GUEST_SHOWN = "guest_shown"
    UNCHANGED = "unchanged"
    GONE = "gone"
    REFUSED_EMPTY = "refused_empty"
    REFUSED_TOO_LONG = "refused_too_long"
    REFUSED_TITLE = "refused_title"
    REFUSED_OFFENSIVE = "refused_offensive"
    FAILED = "failed"  # the database could not be reached: nothing changed


@dataclass(frozen=True, slots=True)
class ExportedView:
    path: str
    rows: int
    personal: bool


@dataclass(frozen=True, slots=True)
class RetentionView:
    """The event's numbers before a wipe, and when its personal data goes by itself."""

    event_name: str
    guests: int
    check_ins: int
    typed_tags: int
    purge_at: datetime
    purge_after_days: int
    last_purge_at: datetime | None = None
    last_purge_guests: int = 0


class AfterNotice(StrEnum):
    ERASED = "erased"
    ERASE_GONE = "erase_gone"  # erased by another screen meanwhile: the outcome is the same
    WIPED = "wiped"
    EXPORT_FAILED = "export_failed"  # detail: the system's reason (disk full, read-only...)
    FAILED = "failed"
