"""The room service: the engine follows check-ins, tag and consent changes, in any order."""

from __future__ import annotations

from kiosk.core.guest import Consents, TagKind
from kiosk.core.matching import ReasonKind
from kiosk.core.tags import Approval
from kiosk.services.checkin import CheckInService
from kiosk.services.guests import GuestService
from kiosk.services.room import RoomService
from kiosk.storage import Database
from kiosk.storage.exposure import ExposureLog

HELENE, MARC, ZOE, ANA = (f"guest-{n}" for n in range(4))
BOTH = Consents(on_wall=True, suggested_to_others=True)


def _arrive(
    checkins: CheckInService,
    guests: GuestService,
    guest_id: str,
    skills: list[str],
    interests: list[str],
    consents: Consents = BOTH,
) -> None:
    checkins.check_in(guest_id, f"ci-{guest_id}")
    guests.set_tags(guest_id, TagKind.SKILL, skills)
    guests.set_tags(guest_id, TagKind.INTEREST, interests)
    guests.set_consents(guest_id, consents)


def _sync(room: RoomService, database: Database) -> None:
    with database.reader() as uow:
        room.apply(uow.log.after(0))


def test_helene_can_help_marc(
    database: Database, checkins: CheckInService, guests: GuestService
) -> None:
    room = RoomService(database, "evt-1")
    _arrive(checkins, guests, HELENE, ["fundraising"], ["jazz"])
    _arrive(checkins, guests, MARC, ["python"], ["fundraising"])
    _sync(room, database)
    (suggestion,) = room.top(MARC)
    assert suggestion.first_name == "Hélène"
    assert suggestion.last_initial == "L"
    assert suggestion.reason.kind is ReasonKind.B_HELPS_A
    assert suggestion.tag.en == "Fundraising"
    assert [p.key for p in room.board()] == [tuple(sorted((HELENE, MARC)))]
    state = room.wall_state()
    assert len(state.cards) == 1
    pulse = room.pulse()
    assert pulse.present == 2
    assert pulse.top_interest is not None


def test_a_restarted_room_sees_the_same_state(
    database: Database, checkins: CheckInService, guests: GuestService
) -> None:
    _arrive(checkins, guests, HELENE, ["fundraising"], ["jazz"])
    _arrive(checkins, guests, MARC, ["jazz"], ["fundraising"])
    first = RoomService(database, "evt-1")
    assert first.present_ids() == [HELENE, MARC]
    ExposureLog(database, "evt-1", station="wall").record_shown([(HELENE, MARC)])
    again = RoomService(database, "evt-1")
    assert again.present_ids() == [HELENE, MARC]
    assert again.engine.exposure(HELENE, MARC).shown == 1
    assert again.top(HELENE)[0].guest_id == MARC


def test_entries_apply_once_whatever_their_route(
    database: Database, checkins: CheckInService, guests: GuestService
) -> None:
    room = RoomService(database, "evt-1")
    result = checkins.check_in(ZOE, "ci-z")
    first = room.apply(result.changes)
    assert first.arrived == (ZOE,)
    again = room.apply(result.changes)  # the follower brings the same entries back
    assert not again
    _sync(room, database)
    assert room.present_ids() == [ZOE]


def test_departure_undo_and_erase_leave_the_room(
    database: Database, checkins: CheckInService, guests: GuestService
) -> None:
    room = RoomService(database, "evt-1")
    for guest_id in (HELENE, MARC, ZOE):
        _arrive(checkins, guests, guest_id, ["jazz"], ["jazz"])
    _sync(room, database)
    assert set(room.present_ids()) == {HELENE, MARC, ZOE}
    update = room.apply(checkins.check_out_guest(HELENE).changes)
    assert update.left == (HELENE,)
    room.apply(checkins.undo(f"ci-{MARC}").changes)
    room.apply(guests.erase(ZOE).changes)
    assert room.present_ids() == []
    assert room.top(HELENE) == []
    assert room.wall_state().cards == ()


def test_tag_and_consent_changes_update_suggestions(
    database: Database, checkins: CheckInService, guests: GuestService
) -> None:
    room = RoomService(database, "evt-1")
    _arrive(checkins, guests, HELENE, ["python"], ["wine"])
    _arrive(checkins, guests, MARC, ["rust"], ["go"])
    _sync(room, database)
    assert room.top(HELENE) == []
    room.apply(guests.set_tags(MARC, TagKind.INTEREST, ["python"]).changes)
    assert [s.guest_id for s in room.top(HELENE)] == [MARC]
    # Marc no longer wants to be suggested: Hélène stops seeing him, he still sees her.
    room.apply(guests.set_consents(MARC, Consents(on_wall=True)).changes)
    assert room.top(HELENE) == []
    assert [s.guest_id for s in room.top(MARC)] == [HELENE]


def test_unapproved_tags_stay_off_the_wall_until_approved(
    database: Database, checkins: CheckInService, guests: GuestService
) -> None:
    room = RoomService(database, "evt-1")
    _arrive(checkins, guests, HELENE, ["jazz"], ["wine"])
    checkins.check_in(MARC, "ci-m")
    result = guests.set_tags(MARC, TagKind.SKILL, [], typed=["Cuisine lyonnaise"])
    (created,) = result.created_tags
    guests.set_tags(MARC, TagKind.INTEREST, ["jazz"])
    guests.set_consents(MARC, BOTH)
    guests.set_tags(HELENE, TagKind.INTEREST, [created.key])
    _sync(room, database)
    # The pair still forms on the approved reason (jazz), never on the pending tag.
    for card in room.wall_state().cards:
        assert card.tag.key != created.key
    with database.unit_of_work() as uow:
        uow.tags.set_approval("evt-1", created.key, Approval.APPROVED)
        room.apply(uow.commit())
    assert created.key not in room.engine.policy.unapproved
