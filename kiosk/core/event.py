"""An event and its settings: dates, languages, branding, idle time, consent wording, wall."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime, timedelta
from enum import StrEnum

from kiosk.core.guest import Language
from kiosk.core.titles import TitleRules


class LastInitial(StrEnum):
    """When the wall adds a last initial to a first name."""

    NEVER = "never"
    WHEN_AMBIGUOUS = "when_ambiguous"  # two present guests share a first name
    ALWAYS = "always"


class WallLanguage(StrEnum):
    FR = "fr"
    EN = "en"
    BOTH = "both"  # alternating


@dataclass(frozen=True, slots=True)
class Branding:
    display_name: str = ""
    primary_colour: str = "#1B3A5C"
    accent_colour: str = "#F2A541"
    background_colour: str = "#0F1E2E"
    text_colour: str = "#FFFFFF"
    logo: str | None = None  # path of an image file, or None


@dataclass(frozen=True, slots=True)
class WallOptions:
    last_initial: LastInitial = LastInitial.WHEN_AMBIGUOUS
    language: WallLanguage = WallLanguage.BOTH
    # Guest-typed text (walk-in names, added tags) shows at once, or only once approved.
    show_unapproved_text: bool = False


@dataclass(frozen=True, slots=True)
class ConsentWording:
    """Organiser's own consent sentences; empty means the app's standard wording."""

    wall_fr: str = ""
    wall_en: str = ""
    suggest_fr: str = ""
    suggest_en: str = ""


@dataclass(frozen=True, slots=True)
class WalkInFields:
    """What a walk-in must type besides the first name (always required)."""

    last_name_required: bool = False
    organisation_required: bool = False


DEFAULT_IDLE_TIMEOUT_S = 60
DEFAULT_PURGE_AFTER_DAYS = 30


def _tonight() -> datetime:
    start = datetime.now().replace(hour=18, minute=30, second=0, microsecond=0)
    return start


@dataclass(frozen=True, slots=True)
class Event:
    """Every guest, tag and check-in belongs to exactly one event."""

    id: str
    name: str
    starts_at: datetime = field(default_factory=_tonight)
    ends_at: datetime | None = None  # None: four hours after the start
    languages: tuple[Language, ...] = (Language.FR, Language.EN)
    default_language: Language = Language.FR
    branding: Branding = field(default_factory=Branding)
    idle_timeout_s: int = DEFAULT_IDLE_TIMEOUT_S
    consent_wording: ConsentWording = field(default_factory=ConsentWording)
    wall: WallOptions = field(default_factory=WallOptions)
    walk_in: WalkInFields = field(default_factory=WalkInFields)
    titles: TitleRules = field(default_factory=TitleRules)
    purge_after_days: int = DEFAULT_PURGE_AFTER_DAYS

    @property
    def effective_end(self) -> datetime:
        return self.ends_at or self.starts_at + timedelta(hours=4)
