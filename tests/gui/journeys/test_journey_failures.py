"""A misbehaving database: a calm notice in the guest's language, nothing lost, no duplicate."""

from __future__ import annotations

import sqlite3
import threading
from collections.abc import Callable, Iterator
from dataclasses import replace
from typing import Any

import pytest
from journey_support import STATION, Kiosk
from PySide6.QtWidgets import QLabel
from sqlalchemy.exc import OperationalError

from kiosk.app.journeyrunner import CheckInServices
from kiosk.core.guest import Consents
from kiosk.services.checkin import CheckInResult, CheckInService
from kiosk.services.guests import GuestResult, GuestService
from kiosk.storage import Database
from kiosk.ui.checkin.busy import BusyOverlay
from kiosk.ui.checkin.texts import notice
from kiosk.ui.checkin.views import Notice


def _locked() -> OperationalError:
    return OperationalError("BEGIN IMMEDIATE", {}, sqlite3.OperationalError("database is locked"))


class Trouble:
    """What the fakes do next: fail (``fail[name]`` calls), or hold a call at ``gate``."""

    def __init__(self) -> None:
        self.fail: dict[str, list[Exception]] = {}
        self.calls: dict[str, int] = {}
        self.gate: threading.Event | None = None

    def before(self, name: str) -> None:
        self.calls[name] = self.calls.get(name, 0) + 1
        if self.gate is not None:
            self.gate.wait(10)
        if self.fail.get(name):
            raise self.fail[name].pop(0)


class FlakyCheckIns(CheckInService):
    """Commits, then loses the answer: the guest saw nothing, and will tap again."""

    def __init__(self, database: Database, trouble: Trouble) -> None:
        super().__init__(database, station=STATION)
        self.trouble = trouble

    def check_in(self, guest_id: str, check_in_id: str) -> CheckInResult:
        result = super().check_in(guest_id, check_in_id)
        self.trouble.before("check_in")
        return result


class FlakyGuests(GuestService):
    """Fails or waits before doing anything: the database was locked, or slow."""

    def __init__(self, database: Database, trouble: Trouble) -> None:
        super().__init__(database, station=STATION)
        self.trouble = trouble

    def set_tags(self, *args: Any, **kwargs: Any) -> GuestResult:
        self.trouble.before("set_tags")
        return super().set_tags(*args, **kwargs)

    def set_consents(self, guest_id: str, consents: Consents) -> GuestResult:
        self.trouble.before("set_consents")
        return super().set_consents(guest_id, consents)


@pytest.fixture
def trouble() -> Iterator[Trouble]:
    state = Trouble()
    yield state
    if state.gate is not None:
        state.gate.set()  # never leave the worker waiting: closing would wait for it


@pytest.fixture
def services_hook(
    database: Database, trouble: Trouble
) -> Callable[[CheckInServices], CheckInServices]:
    def swap(services: CheckInServices) -> CheckInServices:
        checkins, guests = FlakyCheckIns(database, trouble), FlakyGuests(database, trouble)
        return replace(services, checkins=checkins, guests=guests)

    return swap


def test_a_lost_answer_is_retried_without_a_second_check_in(kiosk: Kiosk, trouble: Trouble) -> None:
    w, guest = kiosk.window, kiosk.guest("ICE-0045")
    trouble.fail["check_in"] = [_locked()]
    kiosk.start()
    kiosk.find_and_pick(guest)
    kiosk.qtbot.waitUntil(lambda: kiosk.notice() == notice(Notice.SAVE_FAILED))
    assert w.current() is w.find_yourself
    kiosk.find_and_pick(guest)  # the guest taps their name again
    kiosk.wait_for(w.tags)
    with kiosk.database.reader() as uow:
        check_ins = uow.checkins.for_guest(guest.id)
    assert [c.id for c in check_ins] == [kiosk.controller.journey.check_in_ids[guest.id]]


def test_a_failed_save_says_so_in_french_and_the_kiosk_goes_on(
    kiosk: Kiosk, trouble: Trouble
) -> None:
    w, guest = kiosk.window, kiosk.guest("ICE-0045")
    kiosk.start()
    kiosk.tap_button(w.find_yourself, "languageToggle")
    kiosk.find_and_pick(guest)
    kiosk.wait_for(w.tags)
    added = next(k for k in w.tags.board.visible_keys() if k not in guest.skills)
    kiosk.tap_chip(added)
    trouble.fail["set_tags"] = [_locked()]
    kiosk.tap_button(w.tags, "continue")
    expected = "Impossible d'enregistrer pour l'instant. Réessayez dans un moment."
    kiosk.qtbot.waitUntil(lambda: kiosk.notice() == expected)
    assert w.current() is w.tags
    kiosk.tap_button(w.tags, "continue")  # again, and this time it works
    kiosk.wait_for(w.details)
    with kiosk.database.reader() as uow:
        assert uow.checkins.active_for(guest.id) is not None  # the check-in was never lost
        stored = uow.guests.get(guest.id)
    assert stored is not None
    assert stored.skills == (*guest.skills, added)


def test_a_bug_sends_the_guest_to_the_desk(kiosk: Kiosk, trouble: Trouble) -> None:
    w, guest = kiosk.window, kiosk.guest("ICE-0045")
    kiosk.start()
    kiosk.find_and_pick(guest)
    kiosk.wait_for(w.tags)
    kiosk.tap_chip(next(k for k in w.tags.board.visible_keys() if k not in guest.skills))
    trouble.fail["set_tags"] = [RuntimeError("a bug")]
    kiosk.tap_button(w.tags, "continue")
    kiosk.qtbot.waitUntil(lambda: kiosk.notice() == notice(Notice.ASK_DESK))
    kiosk.tap_button(w.tags, "continue")
    kiosk.wait_for(w.details)


def test_a_slow_save_shows_one_moment_and_a_second_tap_does_nothing(
    kiosk: Kiosk, trouble: Trouble
) -> None:
    w, guest = kiosk.window, kiosk.guest("ICE-0045")
    kiosk.start()
    kiosk.find_and_pick(guest)
    kiosk.wait_for(w.tags)
    kiosk.tap_button(w.tags, "continue")
    kiosk.wait_for(w.details)
    kiosk.tap_button(w.details, "skip")
    kiosk.wait_for(w.consent)
    overlay = w.findChild(BusyOverlay)
    assert overlay is not None
    assert not overlay.isVisible()
    trouble.gate = threading.Event()  # another process holds the lock
    kiosk.tap_button(w.consent, "continue")
    kiosk.qtbot.waitUntil(overlay.isVisible)
    assert "One moment…" in [label.text() for label in overlay.findChildren(QLabel)]
    kiosk.tap_button(w.consent, "continue")  # impatient
    trouble.gate.set()
    kiosk.wait_for(w.done)
    kiosk.qtbot.waitUntil(lambda: not overlay.isVisible())
    assert trouble.calls["set_consents"] == 1
