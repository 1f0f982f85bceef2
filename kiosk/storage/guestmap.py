"""Guest rows to and from kiosk.core.guest.Guest values (the one place that knows both)."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from sqlalchemy import Row

from kiosk.core.guest import (
    AddressForm,
    Consents,
    Etiquette,
    Greeting,
    Guest,
    Language,
    Source,
    TagKind,
)
from kiosk.core.text import fold


def unique_keys(keys: Iterable[str]) -> tuple[str, ...]:
    """A key listed twice is one tag, in its first place."""
    return tuple(dict.fromkeys(keys))


def guest_values(guest: Guest) -> dict[str, Any]:
    return {
        "first_name": guest.first_name,
        "last_name": guest.last_name,
        "organisation": guest.organisation,
        "email": guest.email,
        "email_folded": fold(guest.email),
        "contact": guest.contact,
        "language": str(guest.language),
        "address_form": str(guest.etiquette.address_form),
        "greeting": str(guest.etiquette.greeting),
        "consent_on_wall": guest.consents.on_wall,
        "consent_suggested": guest.consents.suggested_to_others,
        "consent_organisation_on_badge": guest.consents.organisation_on_badge,
        "ticket": guest.ticket or None,  # "" and None both mean no ticket (unique per event)
        "source": str(guest.source),
        "name_approved": guest.name_approved,
        "hidden_from_wall": guest.hidden_from_wall,
    }


def guest_from_row(row: Row[Any], tags: dict[str, dict[TagKind, list[str]]]) -> Guest:
    own = tags.get(row.id, {})
    return Guest(
        id=row.id,
        event_id=row.event_id,
        first_name=row.first_name,
        last_name=row.last_name,
        organisation=row.organisation,
        email=row.email,
        contact=row.contact,
        language=Language(row.language),
        etiquette=Etiquette(AddressForm(row.address_form), Greeting(row.greeting)),
        consents=Consents(
            on_wall=row.consent_on_wall,
            suggested_to_others=row.consent_suggested,
            organisation_on_badge=row.consent_organisation_on_badge,
        ),
        ticket=row.ticket,
        source=Source(row.source),
        name_approved=row.name_approved,
        hidden_from_wall=row.hidden_from_wall,
        skills=tuple(own.get(TagKind.SKILL, ())),
        interests=tuple(own.get(TagKind.INTEREST, ())),
    )
