"""Guests: exact round trips, updates that name their fields, re-imports, erasure."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from dataclasses import replace
from datetime import UTC, datetime
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kiosk.core.attendance import CheckIn
from kiosk.core.changes import ChangeKind
from kiosk.core.event import Event
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
from kiosk.storage import Database, ImportStatus

AT = datetime(2026, 12, 3, 18, 0, tzinfo=UTC)
AddGuests = Callable[..., list[Guest]]
MakeGuest = Callable[..., Guest]

NAMES = [
    "🦊 Renard 👩🏽‍💻",  # emoji with skin tone and zero-width joiner
    "مريم العربية",  # right to left
    "\u202eevil\u202c",  # a bidi override is stored as typed (cleaning is core's job)
    "Ame\u0301lie",  # decomposed accent: must not come back composed
    "Zoë Ångström-Łukasiewicz",
    "李小龍 / 이순신 / ทักษิณ / देवनागरी",
    "x" * 500,
    "é" * 250 + "👍" * 250,
    "  spaces  kept  ",
    "quote ' and \" and ; DROP TABLE guests; --",
]


@pytest.mark.parametrize("name", NAMES)
def test_any_name_round_trips_exactly(
    database: Database, make_guest: MakeGuest, add_guests: AddGuests, name: str
) -> None:
    guest = make_guest(1, first_name=name, last_name=name[::-1], organisation=name, contact=name)
    add_guests(guest)
    with database.reader() as uow:
        assert uow.guests.get(guest.id) == guest


@settings(max_examples=40, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(name=st.text(st.characters(exclude_categories=["Cs"]), max_size=500))
def test_generated_names_round_trip_exactly(database: Database, event: Event, name: str) -> None:
    guest = Guest(id=f"g-{hash(name)}", event_id=event.id, first_name=name, last_name=name)
    with database.unit_of_work(at=AT) as uow:
        uow.guests.add(guest)
        stored = uow.guests.get(guest.id)
        # Not committed: every example starts from the same database.
    assert stored == guest


def test_every_field_and_tag_order_round_trips(
    database: Database, make_guest: MakeGuest, add_guests: AddGuests
) -> None:
    guest = make_guest(
        1,
        organisation="Atelier",
        contact="https://example.org/me",
        language=Language.EN,
        etiquette=Etiquette(AddressForm.FORMAL, Greeting.NO_CONTACT),
        consents=Consents(on_wall=True, suggested_to_others=False, organisation_on_badge=True),
        source=Source.WALK_IN,
        name_approved=False,
        skills=("jazz", "python", "fundraising"),
        interests=("python",),
    )
    other = make_guest(2, ticket=None, email="")
    add_guests(guest, other)
    with database.reader() as uow:
        assert uow.guests.get(guest.id) == guest
        assert uow.guests.for_event(guest.event_id) == [guest, other]
        assert uow.guests.by_ticket(guest.event_id, "T-0001") == guest
        assert uow.guests.by_email(guest.event_id, "GUEST1@EXAMPLE.FR") == guest
        assert uow.guests.count(guest.event_id) == 2


def test_save_logs_the_changed_fields_only(
    database: Database, make_guest: MakeGuest, add_guests: AddGuests
) -> None:
    (guest,) = add_guests(make_guest(1, skills=("python",)))
    new = replace(guest, language=Language.EN, consents=Consents(on_wall=True), skills=("jazz",))
    with database.unit_of_work(at=AT) as uow:
        entries = uow.guests.save(new)
        assert uow.guests.save(new) == []  # nothing left to change
        uow.commit()
    assert [(e.kind, dict(e.payload)) for e in entries] == [
        (ChangeKind.GUEST_UPDATED, {"fields": ("language", "consents")}),
        (ChangeKind.GUEST_TAGS_SET, {"kind": "skill", "count": 1}),
    ]
    with database.reader() as uow:
        assert uow.guests.get(guest.id) == new


def test_a_re_import_updates_list_fields_and_keeps_the_guests_own_choices(
    database: Database, make_guest: MakeGuest, add_guests: AddGuests
) -> None:
    (guest,) = add_guests(
        make_guest(
            1,
            language=Language.EN,
            consents=Consents(on_wall=True),
            skills=("python",),
            contact="@me",
        )
    )
    with database.unit_of_work(at=AT) as uow:
        uow.checkins.add(CheckIn("c-1", guest.event_id, guest.id, "A", AT))
        uow.commit()
    listed = make_guest(
        99, ticket="T-0001", first_name="Renamed", email="", language=Language.FR, skills=()
    )

    with database.unit_of_work(at=AT) as uow:
        result = uow.guests.upsert_imported(listed)
        again = uow.guests.upsert_imported(listed)
        uow.commit()

    assert result.status is ImportStatus.UPDATED
    assert again.status is ImportStatus.UNCHANGED
    assert again.changes == ()
    expected = replace(guest, first_name="Renamed", last_name="Nom99")  # email kept: list empty
    assert result.guest == expected
    assert [c.kind for c in result.changes] == [ChangeKind.GUEST_UPDATED]
    with database.reader() as uow:
        assert uow.guests.get(guest.id) == expected
        assert uow.checkins.active_for(guest.id) is not None


def test_a_re_import_matches_by_ticket_first_then_by_folded_email(
    database: Database, make_guest: MakeGuest, add_guests: AddGuests
) -> None:
    first, second = add_guests(
        make_guest(1, email="lea@example.fr"), make_guest(2, ticket=None, email="léo@exemple.fr")
    )
    with database.unit_of_work(at=AT) as uow:
        # Ticket wins even though the email names the other guest.
        by_ticket = uow.guests.upsert_imported(make_guest(50, ticket="T-0001", email="LEO@x.fr"))
        # Unknown ticket: the email, folded (case and accents), finds guest 2.
        by_email = uow.guests.upsert_imported(
            make_guest(51, ticket="T-NEW", email="LEO@Exemple.FR")
        )
        created = uow.guests.upsert_imported(make_guest(52, ticket=None, email="new@x.fr"))
        no_email = uow.guests.upsert_imported(make_guest(53, ticket=None, email=""))
        uow.commit()
    assert (by_ticket.status, by_ticket.guest.id) == (ImportStatus.UPDATED, first.id)
    assert by_ticket.guest.email == "LEO@x.fr"
    assert (by_email.status, by_email.guest.id) == (ImportStatus.UPDATED, second.id)
    assert by_email.guest.ticket == "T-NEW"
    assert (created.status, created.guest.id) == (ImportStatus.CREATED, "guest-0052")
    assert no_email.status is ImportStatus.CREATED  # an empty email matches nobody


def test_upsert_refuses_to_overwrite_ids(make_guest: MakeGuest, database: Database) -> None:
    with database.unit_of_work() as uow, pytest.raises(ValueError, match="event_id"):
        uow.guests.upsert_imported(make_guest(1), fields={"first_name", "event_id"})


def test_erasure_leaves_one_entry_and_not_one_byte_of_the_guest(
    database: Database, db_path: Path, make_guest: MakeGuest, add_guests: AddGuests
) -> None:
    others = [make_guest(n, skills=("jazz",)) for n in range(2, 300)]
    secret = make_guest(
        1,
        first_name="Wilhelmina-Quxbridge",
        last_name="Zzyzx-Oblonsky",
        organisation="Quuxcorp Ltd",
        email="wilhelmina.quxbridge@secret.example",
        contact="https://social.example/@wquxbridge",
        ticket="TICKET-QUXBRIDGE",
        skills=("python", "jazz"),
    )
    add_guests(*others[:150], secret, *others[150:])
    with database.unit_of_work(at=AT) as uow:
        uow.checkins.add(CheckIn("c-secret", secret.event_id, secret.id, "A", AT))
        uow.exposure.add(secret.event_id, [(secret.id, others[0].id)], shown=2)
        uow.guests.save(replace(secret, consents=Consents(on_wall=True)))
        uow.commit()

    with database.unit_of_work(at=AT) as uow:
        erased = uow.guests.erase(secret.id)
        assert uow.guests.erase("nobody") is None
        uow.commit()
    assert erased is not None
    assert erased.kind is ChangeKind.GUEST_ERASED
    with database.reader() as uow:
        assert uow.guests.get(secret.id) is None
        assert uow.checkins.for_guest(secret.id) == []
        assert uow.exposure.counts(secret.event_id) == {}
        assert [c.kind for c in uow.log.after(0) if secret.id in (c.guest_id, c.entity_id)] == [
            ChangeKind.GUEST_ERASED
        ]
        assert uow.log.was_erased(secret.id)
    assert database.checkpoint()
    database.close()
    stored = b"".join(
        path.read_bytes() for path in db_path.parent.iterdir() if path.name.startswith("kiosk")
    )
    for text in ("Wilhelmina", "Quxbridge", "QUXBRIDGE", "Zzyzx", "Quuxcorp", "wquxbridge"):
        assert text.encode() not in stored, text
    assert b"Pr\xc3\xa9nom2" in stored  # the search is real: other guests' names are there
    with sqlite3.connect(db_path) as connection:
        assert connection.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    connection.close()


def test_set_tags_keeps_order_and_dedupes(
    database: Database, make_guest: MakeGuest, add_guests: AddGuests
) -> None:
    (guest,) = add_guests(make_guest(1))
    with database.unit_of_work(at=AT) as uow:
        change = uow.guests.set_tags(guest.id, TagKind.INTEREST, ["jazz", "python", "jazz"])
        assert uow.guests.set_tags(guest.id, TagKind.INTEREST, ["jazz", "python"]) is None
        uow.commit()
    assert change is not None
    assert change.payload == {"kind": "interest", "count": 2}
    with database.reader() as uow:
        stored = uow.guests.get(guest.id)
    assert stored is not None
    assert stored.interests == ("jazz", "python")
