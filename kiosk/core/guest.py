"""Guests: who they are, how they like to be greeted, what they consented to."""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from enum import StrEnum


class Language(StrEnum):
    FR = "fr"
    EN = "en"


class AddressForm(StrEnum):
    """How the guest likes to be addressed (tutoiement / vouvoiement)."""

    FIRST_NAME = "first_name"
    FORMAL = "formal"
    EITHER = "either"


class Greeting(StrEnum):
    HANDSHAKE = "handshake"
    WAVE = "wave"
    CHEEK_KISS = "cheek_kiss"
    NO_CONTACT = "no_contact"
    EITHER = "either"


class Source(StrEnum):
    PRE_REGISTERED = "pre_registered"
    WALK_IN = "walk_in"


class TagKind(StrEnum):
    """How a guest attaches a tag: something they can help with, or want to talk about."""

    SKILL = "skill"
    INTEREST = "interest"


@dataclass(frozen=True, slots=True)
class Etiquette:
    address_form: AddressForm = AddressForm.EITHER
    greeting: Greeting = Greeting.EITHER


@dataclass(frozen=True, slots=True)
class Consents:
    """Both start unticked: nobody is shown or suggested without an explicit yes."""

    on_wall: bool = False
    suggested_to_others: bool = False
    organisation_on_badge: bool = False


def new_id() -> str:
    """Identifiers are UUIDs so a station can create them without asking a server."""
    return str(uuid.uuid4())


@dataclass(frozen=True, slots=True)
class Guest:
    """A person on the guest list or registered at the door.

    ``organisation`` only keeps colleagues apart in matching; ``email`` only matches
    re-imports. Neither is ever shown on the wall.
    """

    id: str
    event_id: str
    first_name: str
    last_name: str = ""
    organisation: str = ""
    email: str = ""
    contact: str = ""  # a link or email the guest chose to share (badge QR)
    language: Language = Language.FR
    etiquette: Etiquette = field(default_factory=Etiquette)
    consents: Consents = field(default_factory=Consents)
    ticket: str | None = None
    source: Source = Source.PRE_REGISTERED
    # Text typed at the door reaches the projector only once approved (PRODUCT.md).
    name_approved: bool = True
    # The organiser's "hide from the wall now", apart from the guest's own consent: it keeps
    # them off the wall and out of others' suggestions until the organiser shows them again.
    hidden_from_wall: bool = False
    skills: tuple[str, ...] = ()
    interests: tuple[str, ...] = ()

    @property
    def last_initial(self) -> str:
        return self.last_name[:1].upper()

    def tags(self, kind: TagKind) -> tuple[str, ...]:
        return self.skills if kind is TagKind.SKILL else self.interests
