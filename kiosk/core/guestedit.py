"""Organiser corrections to a guest: what may be edited, its checks, merging two records."""

from __future__ import annotations

from dataclasses import dataclass, replace
from enum import StrEnum

from kiosk.core.guest import Consents, Etiquette, Guest, Language, TagKind
from kiosk.core.guestlistrows import EMAIL_MAX_LENGTH, ORGANISATION_MAX_LENGTH, TICKET_MAX_LENGTH
from kiosk.core.refusal import MAX_TAGS_PER_KIND, Refusal, RefusalCode, check_name, check_text
from kiosk.core.text import clean


@dataclass(frozen=True, slots=True)
class GuestEdit:
    """The fields of a guest the organiser's form holds, as typed."""

    first_name: str
    last_name: str
    organisation: str
    email: str
    ticket: str
    language: Language
    etiquette: Etiquette
    consents: Consents


class EditField(StrEnum):
    FIRST_NAME = "first_name"
    LAST_NAME = "last_name"
    ORGANISATION = "organisation"
    EMAIL = "email"
    TICKET = "ticket"


class EditProblem(StrEnum):
    REFUSED = "refused"  # kiosk.core.refusal said no: see ``refusal``
    BAD_EMAIL = "bad_email"
    TICKET_TAKEN = "ticket_taken"  # another guest of the event holds this ticket


@dataclass(frozen=True, slots=True)
class FieldRefusal:
    field: EditField
    problem: EditProblem
    refusal: Refusal | None = None


def edit_of(guest: Guest) -> GuestEdit:
    """The form as it opens: the guest as stored."""
    return GuestEdit(
        first_name=guest.first_name,
        last_name=guest.last_name,
        organisation=guest.organisation,
        email=guest.email,
        ticket=guest.ticket or "",
        language=guest.language,
        etiquette=guest.etiquette,
        consents=guest.consents,
    )


def looks_like_email(value: str) -> bool:
    """The import's rule (kiosk.core.guestlist): something@domain.tld, no spaces."""
    local, at, domain = value.rpartition("@")
    return bool(at and local and "." in domain and " " not in value and not domain.endswith("."))


def check_edit(edit: GuestEdit, stored: Guest) -> FieldRefusal | None:
    """The first field refused, with the check-in's rules (kiosk.core.refusal).

    Only fields the organiser changed are checked: a name imported from the guest list
    that a rule would refuse today must not block correcting the email next to it.
    """
    old = edit_of(stored)
    first, last = clean(edit.first_name), clean(edit.last_name)
    organisation, email, ticket = clean(edit.organisation), clean(edit.email), clean(edit.ticket)
    checks: list[tuple[EditField, bool, Refusal | None]] = [
        (EditField.FIRST_NAME, first != old.first_name, check_name(first)),
        (EditField.LAST_NAME, last != old.last_name, check_name(last) if last else None),
        (
            EditField.ORGANISATION,
            organisation != old.organisation,
            check_text(organisation, max_length=ORGANISATION_MAX_LENGTH) if organisation else None,
        ),
        (
            EditField.TICKET,
            ticket != old.ticket,
            check_text(ticket, max_length=TICKET_MAX_LENGTH) if ticket else None,
        ),
    ]
    for field, changed, refusal in checks:
        if changed and refusal is not None:
            return FieldRefusal(field, EditProblem.REFUSED, refusal)
    if email != old.email and email:
        if len(email) > EMAIL_MAX_LENGTH:
            refusal = Refusal(RefusalCode.TOO_LONG, limit=EMAIL_MAX_LENGTH)
            return FieldRefusal(EditField.EMAIL, EditProblem.REFUSED, refusal)
        if not looks_like_email(email):
            return FieldRefusal(EditField.EMAIL, EditProblem.BAD_EMAIL)
    return None


def edited(guest: Guest, edit: GuestEdit) -> Guest:
    """The guest with the form's values, cleaned like the check-in cleans what is typed."""
    return replace(
        guest,
        first_name=clean(edit.first_name),
        last_name=clean(edit.last_name),
        organisation=clean(edit.organisation),
        email=clean(edit.email),
        ticket=clean(edit.ticket) or None,
        language=edit.language,
        etiquette=edit.etiquette,
        consents=edit.consents,
    )


def stricter(a: Consents, b: Consents) -> Consents:
    """A consent withdrawn (or never given) in either record stays withdrawn."""
    return Consents(
        on_wall=a.on_wall and b.on_wall,
        suggested_to_others=a.suggested_to_others and b.suggested_to_others,
        organisation_on_badge=a.organisation_on_badge and b.organisation_on_badge,
    )


def merged_tags(keep: tuple[str, ...], other: tuple[str, ...]) -> tuple[str, ...]:
    """The kept record's tags first, then the duplicate's, at most five."""
    return tuple(dict.fromkeys(keep + other))[:MAX_TAGS_PER_KIND]


def merged(keep: Guest, other: Guest) -> Guest:
    """``keep`` with what ``other`` adds: its tags (union within the limit), the stricter
    consents (hidden from the wall if either was), the contact details ``keep`` lacks.
    Names, language and etiquette are the kept record's: the organiser chose it.
    """
    return replace(
        keep,
        last_name=keep.last_name or other.last_name,
        organisation=keep.organisation or other.organisation,
        email=keep.email or other.email,
        contact=keep.contact or other.contact,
        ticket=keep.ticket or other.ticket,
        consents=stricter(keep.consents, other.consents),
        hidden_from_wall=keep.hidden_from_wall or other.hidden_from_wall,
        skills=merged_tags(keep.tags(TagKind.SKILL), other.tags(TagKind.SKILL)),
        interests=merged_tags(keep.tags(TagKind.INTEREST), other.tags(TagKind.INTEREST)),
    )
