"""Guest service: tags chosen or typed, preferences, consents, erasure."""

from __future__ import annotations

import pytest

from kiosk.core.changes import ChangeKind
from kiosk.core.event import Event
from kiosk.core.guest import AddressForm, Consents, Etiquette, Greeting, Guest, Language, TagKind
from kiosk.core.refusal import RefusalCode
from kiosk.core.tags import Approval
from kiosk.services.checkin import CheckInService
from kiosk.services.guests import GuestService
from kiosk.services.vocabulary import VocabularyService
from kiosk.storage import Database
from kiosk.storage.changelog import FORGOTTEN_TAG_PREFIX


def test_chosen_and_typed_tags(
    database: Database, guests: GuestService, listed: list[Guest]
) -> None:
    result = guests.set_tags(
        listed[0].id,
        TagKind.SKILL,
        ["jazz"],
        typed=["PY", "levee de FONDS", "Basket   sous-marin", "basket sous marin!"],
    )

    assert result.ok
    assert result.refusal is None
    # Synonym, other-language label and accents find known tags; the new one is made once.
    assert result.guest is not None
    assert result.guest.skills == ("jazz", "python", "fundraising", "basket-sous-marin")
    assert [(t.key, t.label.fr, t.approval) for t in result.created_tags] == [
        ("basket-sous-marin", "Basket sous-marin", Approval.PENDING)
    ]
    assert [c.kind for c in result.changes] == [ChangeKind.TAG_CREATED, ChangeKind.GUEST_TAGS_SET]
    assert guests.get(listed[0].id) == result.guest
    with database.reader() as uow:
        stored = uow.tags.get(listed[0].event_id, "basket-sous-marin")
    assert stored == result.created_tags[0]


@pytest.mark.parametrize(
    ("chosen", "typed", "code"),
    [
        (["jazz"], ["Head of Sales"], RefusalCode.JOB_TITLE),
        (["jazz"], ["merde"], RefusalCode.OFFENSIVE),
        ([], [], RefusalCode.TOO_FEW),
        (["jazz", "python", "wine", "rust", "go"], ["cuisine"], RefusalCode.TOO_MANY),
    ],
)
def test_refused_tags_store_nothing(
    database: Database,
    guests: GuestService,
    listed: list[Guest],
    chosen: list[str],
    typed: list[str],
    code: RefusalCode,
) -> None:
    before = database.last_change_id()

    result = guests.set_tags(listed[0].id, TagKind.INTEREST, chosen, typed)

    assert not result.ok
    assert result.refusal is not None
    assert (result.refusal.code, result.refusal.kind) == (code, TagKind.INTEREST)
    assert result.guest == listed[0]
    assert not result.created_tags
    assert not result.changes
    assert database.last_change_id() == before
    with database.reader() as uow:
        assert uow.tags.get(listed[0].event_id, "cuisine") is None


def test_unknown_keys_are_a_bug_and_unknown_guests_a_value(
    guests: GuestService, listed: list[Guest]
) -> None:
    with pytest.raises(ValueError, match="vocabulary"):
        guests.set_tags(listed[0].id, TagKind.SKILL, ["not-a-key"])
    assert guests.set_tags("nobody", TagKind.SKILL, ["jazz"]).guest is None


def test_a_key_merged_meanwhile_is_saved_as_the_tag_that_took_it_in(
    database: Database, guests: GuestService, listed: list[Guest]
) -> None:
    """The kiosk had not heard of the organiser's merge yet when the guest saved."""
    event_id = listed[0].event_id
    VocabularyService(database, station="desk").merge(event_id, "rust", "go", op_id="m-1")
    result = guests.set_tags(listed[0].id, TagKind.SKILL, ["rust", "jazz"])
    assert result.guest is not None
    assert result.guest.skills == ("go", "jazz")


def test_preferences_and_consents(guests: GuestService, listed: list[Guest]) -> None:
    marc = listed[1].id
    etiquette = Etiquette(AddressForm.FIRST_NAME, Greeting.WAVE)

    prefs = guests.set_preferences(
        marc, language=Language.EN, etiquette=etiquette, contact="  https://ex.org/marc\u200b "
    )
    consents = guests.set_consents(marc, Consents(on_wall=True, suggested_to_others=True))
    cleared = guests.set_preferences(marc, contact="")
    too_long = guests.set_preferences(marc, contact="x" * 201)

    assert prefs.guest is not None
    assert (prefs.guest.language, prefs.guest.etiquette, prefs.guest.contact) == (
        Language.EN,
        etiquette,
        "https://ex.org/marc",
    )
    assert [dict(c.payload) for c in prefs.changes] == [
        {"fields": ("contact", "language", "etiquette")}
    ]
    assert [dict(c.payload) for c in consents.changes] == [{"fields": ("consents",)}]
    assert cleared.guest is not None
    assert cleared.guest.contact == ""
    assert too_long.refusal is not None
    assert too_long.refusal.code is RefusalCode.TOO_LONG
    stored = guests.get(marc)
    assert stored is not None
    assert stored.consents == Consents(on_wall=True, suggested_to_others=True)
    assert stored.language is Language.EN
    assert stored.contact == ""


def test_erasure(
    database: Database,
    guests: GuestService,
    checkins: CheckInService,
    listed: list[Guest],
    event: Event,
) -> None:
    zoe = listed[2].id
    checkins.check_in(zoe, "c-1")
    guests.set_tags(zoe, TagKind.SKILL, ["jazz"], typed=["Origami géant"])
    guests.set_tags(listed[3].id, TagKind.SKILL, ["jazz"], typed=["Origami"])

    result = guests.erase(zoe)

    assert result.erased
    # Typed by her only, never approved: the tag goes, and its key (a slug of what she typed)
    # leaves the change log: its entries now name an opaque id.
    assert [c.kind for c in result.changes] == [ChangeKind.GUEST_ERASED, ChangeKind.TAG_DELETED]
    assert result.changes.entries[0].entity_id == zoe
    opaque = result.changes.entries[1].entity_id
    assert opaque.startswith(FORGOTTEN_TAG_PREFIX)
    assert not guests.erase(zoe).erased
    with database.reader() as uow:
        assert uow.guests.get(zoe) is None
        assert uow.tags.get(event.id, "origami-geant") is None
        assert uow.tags.get(event.id, "origami") is not None  # Ana still uses hers
        assert uow.checkins.get("c-1") is None
        log = uow.log.after(0)
        assert [c.kind for c in log if c.guest_id == zoe] == [ChangeKind.GUEST_ERASED]
        assert not [c for c in log if "origami-geant" in c.entity_id]
        # Followers that have not read them yet still see the tag come and go.
        assert [c.kind for c in log if c.entity_id == opaque] == [
            ChangeKind.TAG_CREATED,
            ChangeKind.TAG_DELETED,
        ]
        assert [c.kind for c in log if c.entity_id == "origami"] == [ChangeKind.TAG_CREATED]
