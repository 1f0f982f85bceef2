"""Arriving: a listed guest in ten taps, a walk-in, tags refused or added, scans, a wrong pick."""

from __future__ import annotations

from dataclasses import replace

import pytest
from journey_support import Kiosk
from scanning import Strokes, same_layout, us_scanner_on_azerty

from kiosk.core.demo import DemoEvent
from kiosk.core.guest import Consents, Guest, Source, TagKind
from kiosk.core.tags import Approval
from kiosk.core.text import tag_key
from kiosk.storage import Database
from kiosk.ui.checkin.views import WalkInField

TAP_BUDGET = 10


def test_listed_guest_meets_people_within_ten_taps(kiosk: Kiosk) -> None:
    """Start, a few letters, the name, 3 chips, next, skip, 2 consents, continue."""
    w, guest = kiosk.window, kiosk.guest("ICE-0044")  # Samuel: imported with 2 skills
    kiosk.start()
    kiosk.find_and_pick(guest)
    kiosk.wait_for(w.tags)
    assert w.tags.selection(TagKind.SKILL) == guest.skills  # what the organiser imported
    new = [k for k in w.tags.board.visible_keys() if k not in guest.skills][:3]
    for key in new:
        kiosk.tap_chip(key)
    kiosk.tap_button(w.tags, "continue")
    kiosk.wait_for(w.details)
    kiosk.tap_button(w.details, "skip")
    kiosk.wait_for(w.consent)
    kiosk.tap(w.consent.on_wall)
    kiosk.tap(w.consent.suggested)
    kiosk.tap_button(w.consent, "continue")
    kiosk.wait_for(w.done)

    assert kiosk.taps <= TAP_BUDGET, kiosk.taps
    assert kiosk.letters >= 2
    texts = kiosk.visible_texts()
    assert "You're in, Samuel! Talk to these people" in texts
    shown = [card for card in w.done.cards if card.isVisibleTo(w.done)]
    assert len(shown) == 3
    assert all(card.reason.text() and card.name.text() for card in shown)
    with kiosk.database.reader() as uow:
        stored = uow.guests.get(guest.id)
        check_in = uow.checkins.active_for(guest.id)
    assert stored is not None
    assert check_in is not None
    assert check_in.station == "door-1"
    assert stored.skills == (*guest.skills, *new)
    assert stored.consents == Consents(on_wall=True, suggested_to_others=True)


@pytest.fixture
def tagless(database: Database, demo: DemoEvent) -> Guest:
    """A pre-registered guest whose tags were not imported (Samuel, before the kiosk starts)."""
    guest = next(g for g in demo.guests if g.ticket == "ICE-0044")
    with database.unit_of_work(station="setup") as uow:
        for kind in TagKind:
            uow.guests.set_tags(guest.id, kind, ())
        uow.commit()
    return replace(guest, skills=(), interests=())


def test_guest_without_tags_meets_people_in_ten_taps(tagless: Guest, kiosk: Kiosk) -> None:
    """Start, the name, 3 chips (a skill, then interests), continue, skip, 2 consents, continue."""
    w, guest = kiosk.window, tagless
    kiosk.start()
    kiosk.find_and_pick(guest)
    kiosk.wait_for(w.tags)
    assert w.tags.selection(TagKind.SKILL) == w.tags.selection(TagKind.INTEREST) == ()
    first, second, third = w.tags.board.visible_keys()[:3]
    kiosk.tap_chip(first)
    assert w.tags.active is TagKind.INTEREST  # one skill in: the next chips are interests
    kiosk.tap_chip(second)
    kiosk.tap_chip(third)
    kiosk.tap_button(w.tags, "continue")
    kiosk.wait_for(w.details)
    kiosk.tap_button(w.details, "skip")
    kiosk.wait_for(w.consent)
    kiosk.tap(w.consent.on_wall)
    kiosk.tap(w.consent.suggested)
    kiosk.tap_button(w.consent, "continue")
    kiosk.wait_for(w.done)

    assert kiosk.taps == TAP_BUDGET, kiosk.taps
    assert kiosk.letters >= 2
    assert "You're in, Samuel! Talk to these people" in kiosk.visible_texts()
    with kiosk.database.reader() as uow:
        stored = uow.guests.get(guest.id)
    assert stored is not None
    assert (stored.skills, stored.interests) == ((first,), (second, third))


def test_walk_in_registers_and_checks_in(kiosk: Kiosk) -> None:
    w = kiosk.window
    kiosk.start()
    kiosk.tap_button(w.find_yourself, "walkIn")
    kiosk.wait_for(w.walk_in)
    kiosk.type(w.walk_in.keyboard, "nadia")
    kiosk.tap(w.walk_in.fields[WalkInField.LAST_NAME])
    kiosk.type(w.walk_in.keyboard, "okafor")
    kiosk.tap_button(w.walk_in, "continue")
    kiosk.wait_for(w.tags)

    guest_id = kiosk.controller.journey.walk_in_id
    with kiosk.database.reader() as uow:
        stored = uow.guests.get(guest_id)
        assert uow.checkins.active_for(guest_id) is not None
    assert stored is not None
    assert (stored.first_name, stored.last_name) == ("Nadia", "Okafor")
    assert stored.source is Source.WALK_IN
    assert not stored.name_approved  # typed at the door: the organiser approves it first
    assert kiosk.controller.services.room.is_present(guest_id)

    kiosk.tap_chip("python")
    kiosk.tap_button(w.tags, "continue")  # "Next: what I'd like to talk about"
    kiosk.tap_chip("jazz")
    kiosk.tap_button(w.tags, "continue")
    kiosk.wait_for(w.details)
    kiosk.tap_button(w.details, "skip")
    kiosk.wait_for(w.consent)
    kiosk.tap_button(w.consent, "continue")  # nothing ticked: nothing shown to anyone
    kiosk.wait_for(w.done)
    with kiosk.database.reader() as uow:
        stored = uow.guests.get(guest_id)
    assert stored is not None
    assert (stored.skills, stored.interests) == (("python",), ("jazz",))
    assert stored.consents == Consents()


def test_a_job_title_is_refused_kindly_and_an_own_tag_is_kept(kiosk: Kiosk) -> None:
    w, guest = kiosk.window, kiosk.guest("ICE-0045")
    kiosk.start()
    kiosk.find_and_pick(guest)
    kiosk.wait_for(w.tags)
    kiosk.tap(w.tags.search)
    kiosk.type(w.tags.keyboard, "head of sales")
    kiosk.tap_button(w.tags, "addTag")
    refusal = w.tags.refusal_text()
    assert "“head of sales” sounds like a job title" in refusal
    assert refusal in kiosk.visible_texts()
    assert w.tags.selection(TagKind.SKILL) == guest.skills

    backspace = w.tags.keyboard.key("{back}")
    assert backspace is not None
    for _ in "head of sales":  # the guest erases it and tries something else
        kiosk.tap(backspace)
    kiosk.type(w.tags.keyboard, "sourdough baking")
    kiosk.tap_button(w.tags, "addTag")
    assert not w.tags.refusal_text()
    kiosk.tap_button(w.tags, "hideKeyboard")
    kiosk.tap_button(w.tags, "continue")
    kiosk.wait_for(w.details)

    key = tag_key("sourdough baking")
    with kiosk.database.reader() as uow:
        stored = uow.guests.get(guest.id)
        tag = uow.tags.get(guest.event_id, key)
        assert uow.tags.get(guest.event_id, tag_key("head of sales")) is None
    assert stored is not None
    assert tag is not None
    assert stored.skills == (*guest.skills, key)
    assert tag.approval is Approval.PENDING  # on the wall only once the organiser agrees


def test_going_back_from_the_tags_undoes_a_wrong_pick(kiosk: Kiosk) -> None:
    w, wrong, right = kiosk.window, kiosk.guest("ICE-0048"), kiosk.guest("ICE-0051")
    kiosk.start()
    kiosk.find_and_pick(wrong)
    kiosk.wait_for(w.tags)
    kiosk.tap_button(w.tags, "back")
    kiosk.wait_for(w.find_yourself)
    with kiosk.database.reader() as uow:
        assert uow.checkins.active_for(wrong.id) is None
    assert not kiosk.controller.services.room.is_present(wrong.id)
    kiosk.tap(w.find_yourself.query)
    w.find_yourself.query.setText("")  # the guest clears the field
    kiosk.find_and_pick(right)
    kiosk.wait_for(w.tags)
    with kiosk.database.reader() as uow:
        assert uow.checkins.active_for(right.id) is not None


@pytest.mark.parametrize("strokes", [same_layout, us_scanner_on_azerty], ids=["qwerty", "azerty"])
def test_a_ticket_scanned_on_welcome_checks_in_at_once(kiosk: Kiosk, strokes: Strokes) -> None:
    w, guest = kiosk.window, kiosk.guest("ICE-0051")
    assert w.current() is w.welcome
    kiosk.scan(guest.ticket or "", strokes)
    kiosk.wait_for(w.tags)
    assert kiosk.controller.journey.verified(guest.id)  # the ticket proves who they are
    with kiosk.database.reader() as uow:
        assert uow.checkins.active_for(guest.id) is not None


@pytest.mark.parametrize("strokes", [same_layout, us_scanner_on_azerty], ids=["qwerty", "azerty"])
def test_a_ticket_scanned_on_the_search_screen(kiosk: Kiosk, strokes: Strokes) -> None:
    w, guest = kiosk.window, kiosk.guest("ICE-0052")
    kiosk.start()
    kiosk.scan(guest.ticket or "", strokes)
    kiosk.wait_for(w.tags)
    assert w.find_yourself.query.text() == ""  # the scan typed nothing
    with kiosk.database.reader() as uow:
        assert uow.checkins.active_for(guest.id) is not None


def test_an_unknown_ticket_gets_a_calm_notice(kiosk: Kiosk) -> None:
    kiosk.scan("ICE-9999", us_scanner_on_azerty)
    assert kiosk.window.current() is kiosk.window.welcome
    assert kiosk.notice() == "We don't recognise this ticket. Please find your name instead."


def _walk_ins_named(kiosk: Kiosk, first_name: str) -> list[Guest]:
    with kiosk.database.reader() as uow:
        everyone = uow.guests.for_event(kiosk.demo.event.id)
    return [g for g in everyone if g.first_name == first_name and g.source is Source.WALK_IN]


def _register_nadia(kiosk: Kiosk, last_name: str = "okafor") -> None:
    w = kiosk.window
    kiosk.tap_button(w.find_yourself, "walkIn")
    kiosk.wait_for(w.walk_in)
    kiosk.type(w.walk_in.keyboard, "nadia")
    kiosk.tap(w.walk_in.fields[WalkInField.LAST_NAME])
    kiosk.type(w.walk_in.keyboard, last_name)
    kiosk.tap_button(w.walk_in, "continue")
    kiosk.wait_for(w.tags)


def test_a_walk_in_going_back_corrects_the_same_registration(kiosk: Kiosk) -> None:
    """Back from the tags, the form still holds the name; registering again makes one guest."""
    w = kiosk.window
    kiosk.start()
    _register_nadia(kiosk, "okafro")  # a typo
    first = kiosk.controller.journey.walk_in_id
    assert [g.last_name for g in _walk_ins_named(kiosk, "Nadia")] == ["Okafro"]
    kiosk.tap_button(w.tags, "back")
    kiosk.wait_for(w.walk_in)
    assert _walk_ins_named(kiosk, "Nadia") == []  # not kept while she corrects it
    assert not kiosk.controller.services.room.is_present(first)
    last = w.walk_in.fields[WalkInField.LAST_NAME]
    assert last.text().lower() == "okafro"  # what she typed is still there to correct
    kiosk.tap(last)
    backspace = w.walk_in.keyboard.key("{back}")
    assert backspace is not None
    for _ in range(3):
        kiosk.tap(backspace)
    kiosk.type(w.walk_in.keyboard, "for")
    kiosk.tap_button(w.walk_in, "continue")
    kiosk.wait_for(w.tags)

    stored = _walk_ins_named(kiosk, "Nadia")
    assert [(g.first_name, g.last_name) for g in stored] == [("Nadia", "Okafor")]
    with kiosk.database.reader() as uow:
        assert uow.checkins.active_for(stored[0].id) is not None
        assert uow.guests.get(first) is None
    assert kiosk.controller.services.room.is_present(stored[0].id)
    found = {h.guest_id for h in kiosk.controller.services.search.search("nadia okafor")}
    assert stored[0].id in found
    assert first not in found


def test_a_walk_in_who_backs_out_leaves_nothing_behind(kiosk: Kiosk) -> None:
    w = kiosk.window
    kiosk.start()
    _register_nadia(kiosk)
    guest_id = kiosk.controller.journey.walk_in_id
    kiosk.tap_button(w.tags, "back")
    kiosk.wait_for(w.walk_in)
    kiosk.tap_button(w.walk_in, "back")
    kiosk.wait_for(w.find_yourself)
    kiosk.tap_button(w.find_yourself, "back")
    kiosk.wait_for(w.welcome)
    assert _walk_ins_named(kiosk, "Nadia") == []
    with kiosk.database.reader() as uow:
        assert uow.guests.get(guest_id) is None
        assert uow.checkins.for_guest(guest_id) == []
    assert guest_id not in {h.guest_id for h in kiosk.controller.services.search.search("nadia")}
