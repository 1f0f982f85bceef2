"""Moderation: typed tags approved, hidden, translated, merged; names approved; guests hidden."""

from __future__ import annotations

import pytest

from kiosk.core.changes import ChangeKind
from kiosk.core.event import Event
from kiosk.core.guest import Consents, Guest, TagKind
from kiosk.core.matching.model import ReasonKind
from kiosk.core.refusal import RefusalCode
from kiosk.core.tags import Approval, Labels
from kiosk.services.checkin import CheckInService
from kiosk.services.guests import GuestService
from kiosk.services.moderation import ModerationService, Outcome
from kiosk.services.room import RoomService
from kiosk.services.search import SearchService
from kiosk.services.station import Clock
from kiosk.storage import Database

SHOWN = Consents(on_wall=True, suggested_to_others=True)


@pytest.fixture
def moderation(database: Database, clock: Clock) -> ModerationService:
    return ModerationService(database, station="organiser", clock=clock)


@pytest.fixture
def room_of_two(
    database: Database, guests: GuestService, checkins: CheckInService, listed: list[Guest]
) -> tuple[str, str]:
    """Hélène can help with origami (typed), Marc wants to talk about it (typed too): both in."""
    helene, marc = listed[0].id, listed[1].id
    for n, guest_id in enumerate((helene, marc)):
        guests.set_consents(guest_id, SHOWN)
        checkins.check_in(guest_id, f"c-{n}")
    guests.set_tags(helene, TagKind.SKILL, [], typed=["Origami"])
    guests.set_tags(helene, TagKind.INTEREST, ["wine"])
    guests.set_tags(marc, TagKind.SKILL, ["rust"])
    guests.set_tags(marc, TagKind.INTEREST, ["jazz"], typed=["origami!"])
    return helene, marc


def card_tags(room: RoomService) -> list[str]:
    return [card.tag.key for card in room.wall_state().cards]


def follow(room: RoomService, database: Database, *, rebuild: bool = False) -> None:
    """What a wall process does with new entries (``rebuild``: as its board keeper would)."""
    with database.reader() as uow:
        room.apply(uow.log.after(room.last_change_id))
    if rebuild:
        room.engine.rebuild_board()


def test_the_list_holds_pending_tags_with_counts_and_unapproved_names(
    database: Database,
    moderation: ModerationService,
    checkins: CheckInService,
    room_of_two: tuple[str, str],
    event: Event,
) -> None:
    walk_in = Guest(id="walk-1", event_id=event.id, first_name="Ély", last_name="Nouvelle")
    checkins.check_in_walk_in(walk_in, "c-walk")

    pending = moderation.pending(event.id)

    assert [(t.key, t.label.fr, t.skills, t.interests, t.guests) for t in pending.tags] == [
        ("origami", "Origami", 1, 1, 2)
    ]
    assert [(n.guest_id, n.first_name, n.name_approved) for n in pending.names] == [
        ("walk-1", "Ély", False)
    ]
    assert pending.approval_required
    assert "origami" not in {t.key for t in pending.targets}
    assert {"python", "jazz", "wine"} <= {t.key for t in pending.targets}


def test_approving_a_tag_puts_it_on_the_wall(
    database: Database,
    moderation: ModerationService,
    room_of_two: tuple[str, str],
    event: Event,
) -> None:
    room = RoomService(database, event.id)
    assert "origami" not in card_tags(room)  # unreviewed text stays off the wall

    result = moderation.approve_tag(event.id, "origami")

    assert result.outcome is Outcome.DONE
    assert [(c.kind, c.entity_id) for c in result.changes] == [(ChangeKind.TAG_UPDATED, "origami")]
    follow(room, database, rebuild=True)
    [card] = room.wall_state().cards
    assert (card.tag.key, card.kind, card.first.name) == ("origami", ReasonKind.A_HELPS_B, "Hélène")
    assert moderation.approve_tag(event.id, "origami").outcome is Outcome.UNCHANGED
    assert moderation.pending(event.id).tags == ()
    assert moderation.approve_tag(event.id, "python").outcome is Outcome.NOT_TYPED
    assert moderation.approve_tag(event.id, "nope").outcome is Outcome.GONE


def test_hiding_a_tag_keeps_the_guests_other_tags(
    database: Database,
    moderation: ModerationService,
    guests: GuestService,
    room_of_two: tuple[str, str],
    event: Event,
) -> None:
    _, marc = room_of_two
    moderation.approve_tag(event.id, "origami")
    room = RoomService(database, event.id)
    assert card_tags(room) == ["origami"]

    result = moderation.hide_tag(event.id, "origami")

    assert result.outcome is Outcome.DONE
    follow(room, database)
    assert card_tags(room) == []
    assert not room.engine.policy.counts("origami")
    marc_now = guests.get(marc)
    assert marc_now is not None
    assert marc_now.interests == ("jazz", "origami")
    with database.reader() as uow:
        tag = uow.tags.get(event.id, "origami")
    assert tag is not None
    assert tag.approval is Approval.HIDDEN


def test_translating_sets_both_labels_and_refuses_titles(
    database: Database, moderation: ModerationService, room_of_two: tuple[str, str], event: Event
) -> None:
    result = moderation.translate_tag(event.id, "origami", Labels(" Origami ", "Paper folding"))

    assert result.outcome is Outcome.DONE
    assert [c.kind for c in result.changes] == [ChangeKind.TAG_UPDATED]
    with database.reader() as uow:
        tag = uow.tags.get(event.id, "origami")
    assert tag is not None
    assert tag.label == Labels("Origami", "Paper folding")
    assert tag.approval is Approval.PENDING  # translated is not approved: two separate acts
    again = moderation.translate_tag(event.id, "origami", Labels("Origami", "Paper folding"))
    assert again.outcome is Outcome.UNCHANGED
    refused = moderation.translate_tag(event.id, "origami", Labels("Origami", "CEO"))
    assert refused.outcome is Outcome.REFUSED
    assert refused.refusal is not None
    assert refused.refusal.code is RefusalCode.JOB_TITLE
    empty = moderation.translate_tag(event.id, "origami", Labels("Origami", "  "))
    assert empty.refusal is not None
    assert empty.refusal.code is RefusalCode.EMPTY


def test_merging_moves_the_guests_in_place_and_forgets_the_typed_key(
    database: Database,
    moderation: ModerationService,
    guests: GuestService,
    listed: list[Guest],
    room_of_two: tuple[str, str],
    event: Event,
) -> None:
    helene, marc = room_of_two
    # Zoé holds both: she keeps one "jazz", her tag count does not grow.
    guests.set_tags(listed[2].id, TagKind.INTEREST, ["jazz", "wine"], typed=["Origami"])

    result = moderation.merge_tag(event.id, "origami", "jazz")

    assert result.outcome is Outcome.DONE
    assert result.moved == 3
    assert [c.kind for c in result.changes] == [ChangeKind.GUEST_TAGS_SET] * 3 + [
        ChangeKind.TAG_DELETED
    ]
    stored = {g: guests.get(g) for g in (helene, marc, listed[2].id)}
    assert [(g.skills, g.interests) for g in stored.values() if g is not None] == [
        (("jazz",), ("wine",)),
        (("rust",), ("jazz",)),
        ((), ("jazz", "wine")),
    ]
    with database.reader() as uow:
        assert uow.tags.get(event.id, "origami") is None
        assert not [c for c in uow.log.after(0) if "origami" in c.entity_id]
    assert moderation.merge_tag(event.id, "origami", "jazz").outcome is Outcome.GONE


def test_merging_needs_another_existing_tag(
    moderation: ModerationService, room_of_two: tuple[str, str], event: Event
) -> None:
    assert moderation.merge_tag(event.id, "origami", "origami").outcome is Outcome.UNKNOWN_TARGET
    assert moderation.merge_tag(event.id, "origami", "nope").outcome is Outcome.UNKNOWN_TARGET
    assert moderation.merge_tag(event.id, "jazz", "wine").outcome is Outcome.NOT_TYPED
    assert [t.key for t in moderation.pending(event.id).tags] == ["origami"]


def test_approving_a_walk_in_name_lets_them_appear(
    database: Database,
    moderation: ModerationService,
    checkins: CheckInService,
    guests: GuestService,
    event: Event,
) -> None:
    walk_in = Guest(id="walk-1", event_id=event.id, first_name="Ély", consents=SHOWN)
    checkins.check_in_walk_in(walk_in, "c-walk")
    room = RoomService(database, event.id)
    assert room.arrival_message("walk-1") is None

    result = moderation.approve_name("walk-1")

    assert [(c.kind, c.payload) for c in result.changes] == [
        (ChangeKind.GUEST_UPDATED, {"fields": ("name_approved",)})
    ]
    follow(room, database)
    message = room.arrival_message("walk-1")
    assert message is not None
    assert message.name == "Ély"
    assert moderation.pending(event.id).names == ()
    assert moderation.approve_name("walk-1").outcome is Outcome.UNCHANGED
    assert moderation.approve_name("nobody").outcome is Outcome.GONE


def test_hiding_a_guest_from_the_wall_drops_them_from_wall_and_suggestions(
    database: Database,
    moderation: ModerationService,
    guests: GuestService,
    room_of_two: tuple[str, str],
    event: Event,
) -> None:
    helene, marc = room_of_two
    moderation.approve_tag(event.id, "origami")
    room = RoomService(database, event.id)
    assert [s.guest_id for s in room.top(marc)] == [helene]

    result = moderation.set_hidden_from_wall(helene, True)

    assert [(c.kind, c.payload) for c in result.changes] == [
        (ChangeKind.GUEST_UPDATED, {"fields": ("hidden_from_wall",)})
    ]
    follow(room, database)
    state = room.wall_state()
    assert state.cards == ()
    assert helene not in state.names
    assert room.arrival_message(helene) is None
    assert room.top(marc) == []
    stored = guests.get(helene)
    assert stored is not None
    assert stored.consents == SHOWN  # her own consent is untouched
    assert moderation.set_hidden_from_wall(helene, True).outcome is Outcome.UNCHANGED

    moderation.set_hidden_from_wall(helene, False)
    follow(room, database, rebuild=True)
    assert card_tags(room) == ["origami"]
    assert [s.guest_id for s in room.top(marc)] == [helene]


def test_finding_guests_shows_their_wall_state(
    database: Database, moderation: ModerationService, listed: list[Guest], event: Event
) -> None:
    search = SearchService(database, event.id)
    moderation.set_hidden_from_wall(listed[0].id, True)

    found = moderation.find_guests(search, "helene")

    assert [(g.guest_id, g.last_name, g.hidden_from_wall) for g in found] == [
        (listed[0].id, "Lefèvre", True)
    ]
    assert moderation.find_guests(search, "   ") == []
    assert moderation.guest_lines(["nobody", listed[1].id]) == moderation.find_guests(
        search, "Marc Dubois"
    )
