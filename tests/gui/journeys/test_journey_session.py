"""Around the journey: idle reset, language switch, other stations' changes, one signal each."""

from __future__ import annotations

from journey_support import Kiosk
from PySide6.QtWidgets import QApplication, QLabel
from widgettexts import all_texts

from kiosk.core.changes import ChangeKind, Changes
from kiosk.core.guest import Consents, Guest, Language, TagKind
from kiosk.core.search import masked_email
from kiosk.core.text import fold
from kiosk.services.checkin import CheckInService
from kiosk.services.guests import GuestService
from kiosk.storage import open_database
from kiosk.ui.checkin.idle import WARNING_SECONDS
from kiosk.ui.i18n import installed_language


def test_idle_reset_forgets_the_guest_but_keeps_what_was_saved(kiosk: Kiosk) -> None:
    w, guest = kiosk.window, kiosk.guest("ICE-0045")
    kiosk.start()
    kiosk.find_and_pick(guest)
    kiosk.wait_for(w.tags)
    added = next(k for k in w.tags.board.visible_keys() if k not in guest.skills)
    kiosk.tap_chip(added)
    kiosk.tap_button(w.tags, "continue")
    kiosk.wait_for(w.details)
    kiosk.tap(w.details.contact)
    kiosk.type(w.details.keyboard, "hoarauzq")  # typed, not confirmed: the guest left

    kiosk.ticker.advance(kiosk.demo.event.idle_timeout_s)
    assert w.overlay.isVisible()  # "Are you still there?"
    kiosk.ticker.advance(WARNING_SECONDS)
    assert w.current() is w.welcome
    assert kiosk.controller.journey.guest is None

    texts = " ".join(all_texts(w)).casefold()
    for private in (guest.first_name, guest.last_name, masked_email(guest.email), "hoarauzq"):
        assert private.casefold() not in texts, private
    assert "isabelle" not in fold(texts)
    with kiosk.database.reader() as uow:
        stored = uow.guests.get(guest.id)
        assert uow.checkins.active_for(guest.id) is not None
    assert stored is not None
    assert stored.skills == (*guest.skills, added)
    assert stored.contact == ""  # the details were not confirmed


def test_switching_language_mid_journey(kiosk: Kiosk, qapp: QApplication) -> None:
    w, guest = kiosk.window, kiosk.guest("ICE-0044")  # Samuel reads English
    assert guest.language is Language.EN
    kiosk.start()
    kiosk.find_and_pick(guest)
    kiosk.wait_for(w.tags)
    kiosk.tap_button(w.tags, "languageToggle")
    assert installed_language(qapp) is Language.FR
    assert w.tags.sections[TagKind.SKILL].title.text() == "Je peux aider sur"
    kiosk.tap_button(w.tags, "continue")
    kiosk.wait_for(w.details)
    kiosk.tap_button(w.details, "skip")
    kiosk.wait_for(w.consent)
    kiosk.tap_button(w.consent, "continue")
    kiosk.wait_for(w.done)
    assert "C'est fait, Samuel ! Allez parler à ces personnes" in kiosk.visible_texts()
    with kiosk.database.reader() as uow:
        stored = uow.guests.get(guest.id)
    assert stored is not None
    assert stored.language is Language.FR


def test_another_station_check_in_reaches_this_kiosk(kiosk: Kiosk) -> None:
    pulse = kiosk.window.welcome.findChild(QLabel, "pulse")
    assert pulse is not None
    assert pulse.text().startswith("40 people here")
    guest = kiosk.guest("ICE-0060")
    walk_in = Guest(id="walk-in-2", event_id=guest.event_id, first_name="Zéphyrin")
    with open_database(kiosk.database.url) as other:
        door2 = CheckInService(other, station="door-2")
        assert door2.check_in(guest.id, "door-2-1").ok
        assert door2.check_in_walk_in(walk_in, "door-2-2").ok

    room = kiosk.controller.services.room
    kiosk.qtbot.waitUntil(lambda: room.is_present(guest.id) and room.is_present("walk-in-2"))
    kiosk.qtbot.waitUntil(lambda: pulse.text().startswith("42 people here"))
    kiosk.start()
    kiosk.type(kiosk.window.find_yourself.keyboard, "zeph")
    assert kiosk.window.find_yourself.model.hit_for("walk-in-2") is not None


def test_each_change_is_announced_once(kiosk: Kiosk) -> None:
    """Our own check-in comes back both in the service's answer and through the follower."""
    w, guest = kiosk.window, kiosk.guest("ICE-0045")
    kiosk.start()
    kiosk.find_and_pick(guest)
    kiosk.wait_for(w.tags)
    with open_database(kiosk.database.url) as other:  # a later entry, from elsewhere
        GuestService(other, station="door-2").set_consents(kiosk.guest("ICE-0001").id, Consents())

    def later_entry_seen() -> None:
        assert any(c.station == "door-2" for batch in kiosk.applied for c in _entries(batch))

    kiosk.qtbot.waitUntil(later_entry_seen)  # the follower has read past our own entry too
    ours = [
        c
        for batch in kiosk.applied
        for c in _entries(batch)
        if c.kind is ChangeKind.CHECKED_IN and c.guest_id == guest.id
    ]
    assert len(ours) == 1


def _entries(batch: object) -> Changes:
    assert isinstance(batch, Changes)
    return batch
