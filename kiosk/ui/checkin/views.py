"""Plain values the check-in screens display or hand back; the controller maps its types to them."""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum

from kiosk.core.guest import Consents, Etiquette
from kiosk.core.tags import Labels


class FindMode(StrEnum):
    """Why the guest is looking for their name: arriving, or saying they are leaving."""

    CHECK_IN = "check_in"
    LEAVING = "leaving"


class ReasonKind(StrEnum):
    """A suggestion's reason, read by the guest at the kiosk ("you") about the other person."""

    THEY_CAN_HELP = "they_can_help"  # "Marc can help you with fundraising"
    YOU_CAN_HELP = "you_can_help"  # "You can help Marc with Python"
    SHARED_INTEREST = "shared_interest"  # "Marc also wants to talk about jazz"


@dataclass(frozen=True, slots=True)
class SuggestionRow:
    """One person to meet on the done screen: never more than a first name and an initial."""

    first_name: str
    last_initial: str
    reason: ReasonKind
    tag: Labels
    etiquette: Etiquette = field(default_factory=Etiquette)


@dataclass(frozen=True, slots=True)
class ReturningGuest:
    """A guest already checked in who comes back to the kiosk."""

    guest_id: str
    first_name: str
    consents: Consents = field(default_factory=Consents)


@dataclass(frozen=True, slots=True)
class WalkInForm:
    """What a walk-in typed; only the first name is required. Cleaned by the screen."""

    first_name: str
    last_name: str = ""
    organisation: str = ""


class WalkInField(StrEnum):
    FIRST_NAME = "first_name"
    LAST_NAME = "last_name"
    ORGANISATION = "organisation"


@dataclass(frozen=True, slots=True)
class DetailsForm:
    """The optional details: how to address and greet the guest, and a contact for the badge."""

    etiquette: Etiquette = field(default_factory=Etiquette)
    contact: str = ""


class Notice(StrEnum):
    """Calm messages the controller can show over any screen; the words live in texts.py."""

    SAVE_FAILED = "save_failed"  # storage unreachable: the guest is asked to retry
    TICKET_UNKNOWN = "ticket_unknown"
    TICKET_SHARED = "ticket_shared"  # one code on several guests: ask at the desk
    ALREADY_LEFT = "already_left"
    ASK_DESK = "ask_desk"
