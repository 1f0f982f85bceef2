"""Coming back: withdraw consent in one tap, change tags only once proven, say goodbye."""

from __future__ import annotations

from journey_support import Kiosk
from PySide6.QtWidgets import QPushButton
from scanning import us_scanner_on_azerty

from kiosk.core.guest import Consents, Language, TagKind
from kiosk.core.search import masked_email

LEA = "ICE-0002"  # checked in before the kiosk started; on the wall and suggested


def _welcome_back(kiosk: Kiosk, ticket: str = LEA, *, choose: Language | None = None) -> None:
    if choose is not None:  # the guest's own choice today wins over the one stored
        kiosk.tap(kiosk.window.welcome.language_buttons[choose])
    kiosk.start()
    kiosk.find_and_pick(kiosk.guest(ticket))
    kiosk.wait_for(kiosk.window.returning)


def test_withdrawing_consent_takes_one_tap(kiosk: Kiosk) -> None:
    w, guest = kiosk.window, kiosk.guest(LEA)
    _welcome_back(kiosk, choose=Language.EN)
    assert "Welcome back, Léa!" in kiosk.visible_texts()
    taps = kiosk.taps
    kiosk.tap_button(w.returning, "withdraw")

    def withdrawn() -> None:
        assert "You are not shown on the wall and not suggested to anyone." in (
            kiosk.visible_texts()
        )

    kiosk.qtbot.waitUntil(withdrawn)
    kiosk.settle()  # the room takes the change in right after the screen shows it
    assert kiosk.taps == taps + 1
    with kiosk.database.reader() as uow:
        stored = uow.guests.get(guest.id)
        assert len(uow.checkins.for_guest(guest.id)) == 1  # no second check-in
    assert stored is not None
    assert stored.consents == Consents()
    room = kiosk.controller.services.room
    others = [g for g in room.present_ids() if g != guest.id]
    assert all(guest.id not in {s.guest_id for s in room.top(g, 3)} for g in others)


def test_changing_tags_after_picking_the_right_email(kiosk: Kiosk) -> None:
    w, guest = kiosk.window, kiosk.guest(LEA)
    _welcome_back(kiosk)
    kiosk.tap_button(w.returning, "changeTags")
    kiosk.wait_for(w.verify)
    hints = [b.text() for b in w.verify.hint_buttons if b.isVisible()]
    right = masked_email(guest.email)
    assert len(set(hints)) == 3
    assert right in hints
    kiosk.tap(w.verify.hint_buttons[hints.index(right)])
    kiosk.wait_for(w.tags)
    assert w.tags.selection(TagKind.SKILL) == guest.skills
    added = next(k for k in w.tags.board.visible_keys() if k not in guest.skills)
    kiosk.tap_chip(added)
    kiosk.tap_button(w.tags, "continue")
    kiosk.wait_for(w.details)
    kiosk.tap_button(w.details, "skip")
    kiosk.wait_for(w.consent)
    assert w.consent.consents() == guest.consents  # what she chose before
    kiosk.tap_button(w.consent, "continue")
    kiosk.wait_for(w.done)
    with kiosk.database.reader() as uow:
        stored = uow.guests.get(guest.id)
    assert stored is not None
    assert stored.skills == (*guest.skills, added)


def test_a_wrong_email_is_refused_and_only_the_ticket_works_then(kiosk: Kiosk) -> None:
    w, guest = kiosk.window, kiosk.guest(LEA)
    _welcome_back(kiosk, choose=Language.EN)
    kiosk.tap_button(w.returning, "changeTags")
    kiosk.wait_for(w.verify)
    wrong = next(b for b in w.verify.hint_buttons if b.text() != masked_email(guest.email))
    kiosk.tap(wrong)
    assert "That is not the right one." in " ".join(kiosk.visible_texts())
    assert not any(b.isVisible() for b in w.verify.hint_buttons)
    assert w.current() is w.verify

    kiosk.tap_button(w.verify, "back")  # a second try from the start: still no guessing
    kiosk.tap_button(w.returning, "changeTags")
    assert not any(b.isVisible() for b in w.verify.hint_buttons)
    kiosk.scan(kiosk.guest("ICE-0003").ticket or "")  # someone else's ticket
    assert w.current() is w.verify
    kiosk.scan(guest.ticket or "", us_scanner_on_azerty)  # her own
    kiosk.wait_for(w.tags)
    with kiosk.database.reader() as uow:
        stored = uow.guests.get(guest.id)
    assert stored is not None
    assert stored.skills == guest.skills


def test_leaving_checks_the_guest_out(kiosk: Kiosk) -> None:
    w, guest = kiosk.window, kiosk.guest(LEA)
    kiosk.tap_button(w.welcome, "leaving")
    kiosk.wait_for(w.find_yourself)
    kiosk.find_and_pick(guest)
    kiosk.wait_for(w.leaving)
    kiosk.tap_button(w.leaving, "confirmLeaving")
    kiosk.qtbot.waitUntil(lambda: "Thank you for coming, Léa!" in kiosk.visible_texts())
    kiosk.settle()
    with kiosk.database.reader() as uow:
        assert uow.checkins.active_for(guest.id) is None
    assert not kiosk.controller.services.room.is_present(guest.id)
    kiosk.tap_button(w.leaving, "finish")
    kiosk.wait_for(w.welcome)


def test_a_returning_guest_who_scans_needs_no_other_proof(kiosk: Kiosk) -> None:
    w, guest = kiosk.window, kiosk.guest(LEA)
    kiosk.scan(guest.ticket or "")
    kiosk.wait_for(w.returning)
    kiosk.tap_button(w.returning, "changeTags")
    assert w.current() is w.tags  # the ticket was the proof
    assert w.tags.selection(TagKind.SKILL) == guest.skills


def test_a_returning_guest_is_welcomed_in_her_own_language(kiosk: Kiosk) -> None:
    """Léa chose French at her first visit; the kiosk stands in English for the guest before."""
    w, guest = kiosk.window, kiosk.guest(LEA)
    assert guest.language is Language.FR
    assert w.language is Language.EN
    _welcome_back(kiosk)
    assert w.language is Language.FR
    assert "Bon retour, Léa !" in kiosk.visible_texts()
    toggle = w.returning.findChild(QPushButton, "languageToggle")
    assert toggle is not None
    kiosk.tap(toggle)  # the switch still works
    assert w.language is Language.EN
    assert "Welcome back, Léa!" in kiosk.visible_texts()
    kiosk.tap_button(w.returning, "finish")
    kiosk.wait_for(w.welcome)
    assert w.language is kiosk.demo.event.default_language  # the next guest starts afresh


def test_a_scanned_returning_guest_gets_her_language_too(kiosk: Kiosk) -> None:
    w, guest = kiosk.window, kiosk.guest(LEA)
    kiosk.scan(guest.ticket or "")
    kiosk.wait_for(w.returning)
    assert w.language is Language.FR


def test_a_language_chosen_today_is_kept(kiosk: Kiosk) -> None:
    w = kiosk.window
    _welcome_back(kiosk, "ICE-0003", choose=Language.FR)  # Ben: English last time
    assert w.language is Language.FR
