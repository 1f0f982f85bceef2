"""Events (one active), the vocabulary with guest-typed tags, and pair exposure counts."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import UTC, datetime

import pytest
from sqlalchemy import update
from sqlalchemy.exc import IntegrityError

from kiosk.core.changes import ChangeKind
from kiosk.core.event import Event, WallOptions
from kiosk.core.guest import Guest
from kiosk.core.tags import Approval, Labels, Tag, Vocabulary
from kiosk.core.titles import TitleRules
from kiosk.storage import Database
from kiosk.storage.changelog import FORGOTTEN_TAG_PREFIX
from kiosk.storage.exposure import PairCounts
from kiosk.storage.models import EventRow

AddGuests = Callable[..., list[Guest]]
MakeGuest = Callable[..., Guest]


def test_one_event_is_active_and_settings_round_trip(database: Database, event: Event) -> None:
    custom = Event(
        id="evt-2",
        name="Soirée 2",
        wall=WallOptions(show_unapproved_text=True),
        titles=TitleRules(block=("* boss",), allow=()),
    )
    with database.unit_of_work(at=datetime(2027, 1, 1, tzinfo=UTC)) as uow:
        kinds = [c.kind for c in uow.events.create(custom)]
        uow.commit()
    assert kinds == [ChangeKind.EVENT_CREATED, ChangeKind.EVENT_ACTIVATED]
    with database.unit_of_work() as uow:
        assert uow.events.active() == custom
        assert uow.events.all() == [event, custom]
        assert uow.events.update(custom) is None
        changed = uow.events.update(replace(custom, name="Soirée deux"))
        assert changed is not None
        assert changed.kind is ChangeKind.EVENT_UPDATED
        uow.events.activate(event.id)
        assert uow.events.active() == event
        uow.commit()
    with database.unit_of_work() as uow, pytest.raises(LookupError):
        uow.events.activate("nope")


def test_the_database_refuses_two_active_events(database: Database, event: Event) -> None:
    with database.unit_of_work() as uow:
        uow.events.create(Event(id="evt-2", name="B"), active=False)
        with pytest.raises(IntegrityError, match=r"events\.active"):
            uow.session.execute(update(EventRow).values(active=True))


def test_replacing_the_vocabulary_keeps_guest_typed_tags(
    database: Database, event: Event, make_guest: MakeGuest, add_guests: AddGuests
) -> None:
    pending = Tag(
        "basket-sous-marin",
        Labels("basket sous-marin", "basket sous-marin"),
        approval=Approval.PENDING,
    )
    (guest,) = add_guests(make_guest(1, skills=("jazz", "basket-sous-marin")))
    with database.unit_of_work() as uow:
        uow.tags.add(event.id, pending)
        uow.commit()
    new = Vocabulary(tags=[Tag("rust", Labels("Rust", "Rust"), synonyms=("rs", "rust-lang"))])
    with database.unit_of_work() as uow:
        change = uow.tags.replace_vocabulary(event.id, new)
        uow.commit()
    assert change.payload == {"tags": 1, "categories": 0}
    with database.reader() as uow:
        assert list(uow.tags.vocabulary(event.id)) == [*new, pending]
        assert uow.tags.vocabulary(event.id).categories == ()
        stored = uow.guests.get(guest.id)
    assert stored is not None
    assert stored.skills == ("jazz", "basket-sous-marin")


def test_approval_and_cleanup_of_pending_tags(
    database: Database, event: Event, make_guest: MakeGuest, add_guests: AddGuests
) -> None:
    used = Tag("used", Labels("used", "used"), approval=Approval.PENDING)
    unused = Tag("unused", Labels("unused", "unused"), approval=Approval.PENDING)
    add_guests(make_guest(1, skills=("used",)))
    with database.unit_of_work() as uow:
        uow.tags.add(event.id, used)
        uow.tags.add(event.id, unused)
        # Stored without an author (as before migration 0002), held by an erased guest.
        deleted = uow.tags.release_typed(event.id, "erased", ["used", "unused", "jazz"])
        approved = uow.tags.set_approval(event.id, "used", Approval.APPROVED)
        assert uow.tags.set_approval(event.id, "used", Approval.APPROVED) is None
        uow.commit()
    assert [c.kind for c in deleted] == [ChangeKind.TAG_DELETED]
    # A deleted guest-typed tag's key (what a guest typed) leaves the log: an opaque id instead.
    with database.reader() as uow:
        assert [c.kind for c in uow.log.after(0) if c.entity_id == deleted[0].entity_id] == [
            ChangeKind.TAG_CREATED,
            ChangeKind.TAG_DELETED,
        ]
        assert not [c for c in uow.log.after(0) if c.entity_id == "unused"]
    assert approved is not None
    assert approved.payload == {"approval": "approved"}
    with database.reader() as uow:
        assert uow.tags.get(event.id, "unused") is None
        assert uow.tags.get(event.id, "used") == replace(used, approval=Approval.APPROVED)
        assert uow.tags.get(event.id, "jazz") is not None


def test_one_way_out_for_a_tag_and_typed_by_survives_a_replacement(
    database: Database, event: Event, make_guest: MakeGuest, add_guests: AddGuests
) -> None:
    (guest,) = add_guests(make_guest(1, skills=("origami",)))
    origami = Tag("origami", Labels("Origami", "Origami"), approval=Approval.APPROVED)
    with database.unit_of_work() as uow:
        uow.tags.add(event.id, origami, typed_by=guest.id)
        uow.tags.add(event.id, Tag("spare", Labels("Spare", "Spare")))
        uow.commit()
    # The organiser's file defines the typed key (adopts it) and leaves "spare" out.
    adopted = Tag("origami", Labels("Origami", "Paper folding"))
    with database.unit_of_work() as uow:
        uow.tags.replace_vocabulary(event.id, Vocabulary(tags=[adopted]))
        uow.commit()
    with database.reader() as uow:
        assert list(uow.tags.vocabulary(event.id)) == [adopted]
        assert uow.tags.typed_keys(event.id) == {"origami"}  # still the guest's
        assert uow.tags.typed_count(event.id) == 1
    with database.unit_of_work() as uow:
        assert uow.tags.release_typed(event.id, "someone-else", ["origami"]) == []
        uow.guests.erase(guest.id)
        (gone,) = uow.tags.release_typed(event.id, guest.id, ["origami"])
        uow.commit()
    assert gone.kind is ChangeKind.TAG_DELETED
    assert gone.entity_id.startswith(FORGOTTEN_TAG_PREFIX)
    with database.reader() as uow:
        entries = uow.log.after(0)
    assert not [c for c in entries if c.entity_id == "origami"]
    assert [c.kind for c in entries if c.entity_id == gone.entity_id] == [
        ChangeKind.TAG_CREATED,
        ChangeKind.TAG_DELETED,
    ]
    # An organiser's tag keeps its key in the log when it goes.
    assert [c.kind for c in entries if c.entity_id == "spare"] == [ChangeKind.TAG_CREATED]
    with database.unit_of_work() as uow:
        uow.tags.add(event.id, Tag("cobol", Labels("Cobol", "Cobol")))
        deleted = uow.tags.delete(event.id, "cobol")
        assert uow.tags.delete(event.id, "cobol") is None
        uow.commit()
    assert deleted is not None
    assert deleted.entity_id == "cobol"


def test_pair_exposure_counts_add_up_in_either_order(
    database: Database, event: Event, make_guest: MakeGuest, add_guests: AddGuests
) -> None:
    a, b, c = (g.id for g in add_guests(make_guest(1), make_guest(2), make_guest(3)))
    with database.unit_of_work() as uow:
        shown = uow.exposure.add(event.id, [(b, a), (a, c), (a, b)], shown=1)
        uow.exposure.add(event.id, [(a, b)], suggested=2)
        assert uow.exposure.add(event.id, [], shown=1) is None
        with pytest.raises(ValueError, match="themselves"):
            uow.exposure.add(event.id, [(a, a)], shown=1)
        uow.commit()
    assert shown is not None
    assert shown.payload == {"pairs": 2, "shown": 1, "suggested": 0}
    assert shown.guest_id is None  # no guest ids in the log: pairs are statistics
    with database.unit_of_work() as uow:
        assert uow.exposure.counts(event.id) == {(a, b): PairCounts(2, 2), (a, c): (1, 0)}
        uow.guests.erase(c)
        assert uow.exposure.counts(event.id) == {(a, b): (2, 2)}
