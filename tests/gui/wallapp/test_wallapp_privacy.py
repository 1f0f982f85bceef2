"""Only guests who said yes reach the wall, and text typed at the door only once approved."""

from __future__ import annotations

from dataclasses import replace

from wallapp_support import Wall, newcomers

from kiosk.core.demo import DemoEvent
from kiosk.core.guest import Consents, Guest, Source, TagKind
from kiosk.services.checkin import CheckInService
from kiosk.services.guests import GuestService
from kiosk.storage import Database

YES = Consents(on_wall=True, suggested_to_others=True)


def _walk_in(demo: DemoEvent, n: int) -> Guest:
    return Guest(
        id=f"walk-in-{n}",
        event_id=demo.event.id,
        first_name=f"Zéphyrine{n}",
        last_name="Walkin",
        source=Source.WALK_IN,
        consents=YES,
        skills=("python",),
        interests=("jazz",),
    )


def _present(wall: Wall, count: int) -> None:
    """The wall took the latest entries in (the pulse counts every present guest)."""
    wall.qtbot.waitUntil(lambda: wall.window.state.pulse.present == count, timeout=5000)


def test_a_guest_without_wall_consent_never_appears(
    wall: Wall, database: Database, demo: DemoEvent
) -> None:
    shy = newcomers(demo, on_wall=False)[0]
    CheckInService(database, station="desk").check_in(shy.id, "desk-shy")
    _present(wall, 41)
    assert not wall.shows(shy.id)
    # Giving consent later brings them on, with a welcome; withdrawing it takes them off.
    guests = GuestService(database, station="desk")
    guests.set_consents(shy.id, YES)
    wall.qtbot.waitUntil(lambda: wall.welcomes() == [shy.id], timeout=5000)
    assert shy.id in wall.named()
    guests.set_consents(shy.id, Consents())
    wall.qtbot.waitUntil(lambda: not wall.shows(shy.id), timeout=5000)


def test_a_walk_in_name_stays_off_until_approved(
    wall: Wall, database: Database, demo: DemoEvent
) -> None:
    walk_in = _walk_in(demo, 1)
    result = CheckInService(database, station="desk").check_in_walk_in(walk_in, "desk-w1")
    assert result.ok
    _present(wall, 41)
    assert not wall.shows(walk_in.id)
    assert not any("Zéphyrine" in text for text in wall.window.visible_text())

    with database.unit_of_work(station="organiser") as uow:  # the organiser approves the name
        stored = uow.guests.get(walk_in.id)
        assert stored is not None
        uow.guests.save(replace(stored, name_approved=True))
        uow.commit()
    wall.qtbot.waitUntil(lambda: wall.welcomes() == [walk_in.id], timeout=5000)
    assert wall.window.state.names[walk_in.id] == "Zéphyrine1"


def test_an_event_allowing_unapproved_text_shows_walk_ins_at_once(
    wall: Wall, database: Database, demo: DemoEvent
) -> None:
    walk_in = _walk_in(demo, 2)
    CheckInService(database, station="desk").check_in_walk_in(walk_in, "desk-w2")
    _present(wall, 41)
    assert not wall.shows(walk_in.id)
    with database.unit_of_work(station="organiser") as uow:
        event = uow.events.get(demo.event.id)
        assert event is not None
        uow.events.update(replace(event, wall=replace(event.wall, show_unapproved_text=True)))
        uow.commit()
    wall.qtbot.waitUntil(lambda: wall.welcomes() == [walk_in.id], timeout=5000)
    assert walk_in.id in wall.named()


def test_a_tag_typed_by_a_guest_stays_off_the_wall(
    wall: Wall, database: Database, demo: DemoEvent
) -> None:
    guest = newcomers(demo, on_wall=True)[3]
    CheckInService(database, station="desk").check_in(guest.id, "desk-typed")
    wall.qtbot.waitUntil(lambda: wall.welcomes() == [guest.id], timeout=5000)
    result = GuestService(database, station="desk").set_tags(
        guest.id, TagKind.SKILL, [], typed=["Vannerie subaquatique"]
    )
    assert result.ok
    assert result.created_tags
    key = result.created_tags[0].key
    wall.qtbot.waitUntil(lambda: wall.controller.room.guest(guest.id).skills == (key,))  # type: ignore[union-attr]
    message = wall.controller.room.arrival_message(guest.id, wall.window.state)
    assert message is not None
    assert key not in {t.key for t in message.skills}
    pulse = wall.window.state.pulse
    assert key not in {p.tag.key for p in pulse.wanted + pulse.unoffered}
    assert not any("Vannerie" in text for text in wall.window.visible_text())
