"""Corrections: edit a guest, undo a check-in, check out, merge duplicates (idempotent)."""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

import pytest

from kiosk.core.changes import ChangeKind
from kiosk.core.guest import Consents, Guest, Language, Source, TagKind
from kiosk.core.guestedit import EditField, EditProblem, edit_of
from kiosk.core.refusal import RefusalCode
from kiosk.services.checkin import CheckInService
from kiosk.services.corrections import CorrectionsService, Outcome
from kiosk.services.guests import GuestService
from kiosk.services.room import RoomService
from kiosk.services.search import SearchService
from kiosk.storage import Database

if TYPE_CHECKING:  # the services conftest; not importable when other test folders run too
    from conftest import FakeClock

HELENE, MARC, ZOE, ANA = (f"guest-{n}" for n in range(4))
BOTH = Consents(on_wall=True, suggested_to_others=True)


@pytest.fixture
def service(database: Database, clock: FakeClock) -> CorrectionsService:
    return CorrectionsService(database, "evt-1", station="organiser", clock=clock)


def _log(database: Database) -> list[tuple[ChangeKind, str | None]]:
    with database.reader() as uow:
        return [(c.kind, c.guest_id) for c in uow.log.after(0)]


def test_edit_is_checked_like_the_check_in_and_stored(
    service: CorrectionsService, database: Database
) -> None:
    record = service.record(MARC)
    assert record is not None
    form = edit_of(record.guest)

    refused = service.save(MARC, replace(form, first_name="   "))
    assert refused.outcome is Outcome.REFUSED
    assert refused.refusal is not None
    assert refused.refusal.field is EditField.FIRST_NAME
    assert refused.refusal.refusal is not None
    assert refused.refusal.refusal.code is RefusalCode.EMPTY

    bad_email = service.save(MARC, replace(form, email="marc at example"))
    assert bad_email.refusal is not None
    assert bad_email.refusal.problem is EditProblem.BAD_EMAIL

    taken = service.save(MARC, replace(form, ticket="T-0"))  # Hélène's ticket
    assert taken.refusal is not None
    assert taken.refusal.problem is EditProblem.TICKET_TAKEN

    saved = service.save(
        MARC,
        replace(form, last_name="  Dubois-Martin ", email="marc@example.org", language=Language.EN),
        op_id="edit-1",
    )
    assert saved.outcome is Outcome.DONE
    assert saved.record is not None
    assert saved.record.guest.last_name == "Dubois-Martin"
    assert saved.record.guest.language is Language.EN
    assert [c.kind for c in saved.changes] == [ChangeKind.GUEST_UPDATED]
    assert saved.changes.entries[0].op_id == "edit-1"
    # Nothing personal in the log: only the names of the fields.
    assert set(saved.changes.entries[0].payload["fields"]) == {"last_name", "email", "language"}

    again = service.save(MARC, edit_of(saved.record.guest))
    assert again.outcome is Outcome.UNCHANGED
    assert not again.changes


def test_a_stored_name_a_rule_would_refuse_does_not_block_other_fields(
    service: CorrectionsService, database: Database
) -> None:
    with database.unit_of_work() as uow:  # imported from a list: the organiser's call
        uow.guests.add(Guest(id="odd", event_id="evt-1", first_name="Bite", last_name="Ok"))
        uow.commit()
    record = service.record("odd")
    assert record is not None
    result = service.save("odd", replace(edit_of(record.guest), email="b@example.org"))
    assert result.outcome is Outcome.DONE


def test_an_erased_guest_says_so(service: CorrectionsService, guests: GuestService) -> None:
    record = service.record(ZOE)
    assert record is not None
    guests.erase(ZOE)
    assert service.save(ZOE, edit_of(record.guest)).outcome is Outcome.NOT_FOUND
    assert service.check_in(ZOE, "ci-z").outcome is Outcome.NOT_FOUND


def test_check_in_by_hand_check_out_and_undo(
    service: CorrectionsService, database: Database
) -> None:
    done = service.check_in(MARC, "ci-1")
    assert done.outcome is Outcome.DONE
    assert done.record is not None
    assert done.record.active is not None
    assert done.record.active.station == "organiser"
    assert service.check_in(MARC, "ci-1").outcome is Outcome.UNCHANGED  # a retry
    assert service.check_in(MARC, "ci-2").outcome is Outcome.ALREADY_IN

    out = service.check_out("ci-1")
    assert out.outcome is Outcome.DONE
    assert out.record is not None
    assert out.record.active is None
    assert out.record.check_ins[0].checked_out_at is not None
    assert service.check_out("ci-1").outcome is Outcome.UNCHANGED

    service.check_in(MARC, "ci-3")
    undone = service.undo("ci-3")
    assert undone.outcome is Outcome.DONE
    assert undone.record is not None
    assert [c.id for c in undone.record.check_ins] == ["ci-3", "ci-1"]  # latest first
    assert undone.record.check_ins[0].undone_at is not None
    assert service.undo("nope").outcome is Outcome.NOT_FOUND
    kinds = [kind for kind, _ in _log(database)]
    assert kinds[-1] is ChangeKind.CHECK_IN_UNDONE


def test_search_by_name_ticket_and_email_follows_edits(
    service: CorrectionsService, database: Database
) -> None:
    assert [f.guest_id for f in service.search("helene")] == [HELENE]
    assert [f.guest_id for f in service.search("T-1")] == [MARC]
    record = service.record(ANA)
    assert record is not None
    service.save(ANA, replace(edit_of(record.guest), email="ana.ruiz@example.es"))
    found = service.search("ana.ruiz@")
    assert [f.guest_id for f in found] == [ANA]
    assert found[0].email == "ana.ruiz@example.es"
    service.save(ANA, replace(edit_of(record.guest), first_name="Anabel"))
    assert [f.guest_id for f in service.search("anabel")] == [ANA]


def _walk_in_duplicate(database: Database, checkins: CheckInService) -> Guest:
    """Marc came in as a walk-in too: a second record with a second check-in."""
    dup = Guest(
        id="marc-walk-in",
        event_id="evt-1",
        first_name="Marc",
        last_name="Dubois",
        contact="https://example.org/marc",
        source=Source.WALK_IN,
        name_approved=False,
    )
    checkins.check_in_walk_in(dup, "ci-dup")
    return dup


def test_merge_keeps_check_ins_tags_the_stricter_consent_and_contact(
    service: CorrectionsService,
    database: Database,
    checkins: CheckInService,
    guests: GuestService,
    clock: FakeClock,
) -> None:
    checkins.check_in(MARC, "ci-marc")
    checkins.check_out("ci-marc")
    guests.set_tags(MARC, TagKind.SKILL, ["python", "rust", "go"])
    guests.set_tags(MARC, TagKind.INTEREST, ["jazz"])
    guests.set_consents(MARC, BOTH)
    clock.advance(30)
    dup = _walk_in_duplicate(database, checkins)
    guests.set_tags(dup.id, TagKind.SKILL, ["fundraising", "python", "wine"])
    guests.set_tags(dup.id, TagKind.INTEREST, ["wine"], typed=["Poterie"])
    guests.set_consents(dup.id, Consents(on_wall=False, suggested_to_others=True))

    result = service.merge(MARC, dup.id, op_id="merge-1")
    assert result.outcome is Outcome.DONE
    record = result.record
    assert record is not None
    kept = record.guest
    assert kept.skills == ("python", "rust", "go", "fundraising", "wine")  # five at most
    assert kept.interests == ("jazz", "wine", "poterie")
    assert kept.consents == Consents(on_wall=False, suggested_to_others=True)  # stricter
    assert kept.contact == "https://example.org/marc"
    assert kept.ticket == "T-1"
    assert {c.id for c in record.check_ins} == {"ci-marc", "ci-dup"}
    assert record.active is not None
    assert record.active.id == "ci-dup"
    assert service.record(dup.id) is None
    assert all(c.op_id == "merge-1" for c in result.changes)
    kinds = {c.kind for c in result.changes}
    assert ChangeKind.GUEST_ERASED in kinds
    assert ChangeKind.CHECKED_IN in kinds
    # The only entry left about the duplicate is its erasure.
    assert [k for k, g in _log(database) if g == dup.id] == [ChangeKind.GUEST_ERASED]

    before = _log(database)
    again = service.merge(MARC, dup.id, op_id="merge-1")
    assert again.outcome is Outcome.UNCHANGED
    assert again.record == record
    assert _log(database) == before


def test_merge_when_both_are_present_keeps_one_presence(
    service: CorrectionsService, database: Database, checkins: CheckInService
) -> None:
    checkins.check_in(MARC, "ci-marc")
    dup = _walk_in_duplicate(database, checkins)
    result = service.merge(MARC, dup.id, op_id="merge-2")
    assert result.record is not None
    by_id = {c.id: c for c in result.record.check_ins}
    assert by_id["ci-marc"].active
    assert by_id["ci-dup"].undone_at is not None
    with database.reader() as uow:
        assert [c.guest_id for c in uow.checkins.present("evt-1")] == [MARC]


def test_merge_refuses_the_same_guest_and_a_vanished_one(service: CorrectionsService) -> None:
    assert service.merge(MARC, MARC, op_id="m").outcome is Outcome.SAME_GUEST
    assert service.merge(MARC, "gone", op_id="m2").outcome is Outcome.NOT_FOUND


def test_a_room_and_a_search_built_before_the_merge_follow_it(
    service: CorrectionsService,
    database: Database,
    checkins: CheckInService,
    guests: GuestService,
) -> None:
    checkins.check_in(HELENE, "ci-h")
    guests.set_tags(HELENE, TagKind.SKILL, ["fundraising"])
    guests.set_tags(HELENE, TagKind.INTEREST, ["jazz"])
    guests.set_consents(HELENE, BOTH)
    dup = _walk_in_duplicate(database, checkins)
    guests.set_tags(dup.id, TagKind.INTEREST, ["fundraising"])
    guests.set_consents(dup.id, BOTH)
    guests.set_consents(MARC, BOTH)  # else the stricter consent hides the merged Marc
    room = RoomService(database, "evt-1")
    search = SearchService(database, "evt-1")
    assert set(room.present_ids()) == {HELENE, dup.id}
    assert [s.guest_id for s in room.top(HELENE)] == [dup.id]

    result = service.merge(MARC, dup.id, op_id="merge-3")  # Marc was not here yet
    with database.reader() as uow:  # what a station's follower reads
        entries = uow.log.after(room.last_change_id)
    room.apply(entries)
    search.apply(entries)
    assert set(room.present_ids()) == {HELENE, MARC}
    assert room.guest(dup.id) is None
    assert [s.guest_id for s in room.top(HELENE)] == [MARC]
    assert [s.reason.tag for s in room.top(MARC)] == ["fundraising"]
    assert dup.id not in search.index
    assert result.changes.last_id == max(c.id for c in entries)
