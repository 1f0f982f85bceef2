"""The badge at the end of a journey: printed on the worker, each printer state said calmly,
the guest's own QR on screen; whatever the printer does, the check-in stays stored."""

from __future__ import annotations

import subprocess
import threading
from pathlib import Path

import pytest
from journey_support import Kiosk

from kiosk.app.badgesteps import BadgeSteps
from kiosk.core.guest import Language
from kiosk.core.vcard import vcard
from kiosk.ui.badge.decode import decode_qr
from kiosk.ui.badge.printing import JOB_TITLE, PrintResult
from kiosk.ui.badge.spooler import FakeSpooler, PrinterState

LEA = "ICE-0002"  # checked in before the kiosk started
SENTENCES = {
    PrinterState.READY: "Your badge is printing: pick it up at the printer.",
    PrinterState.NO_PRINTER: "There is no printer here: ask at the desk for your badge.",
    PrinterState.STOPPED: "The printer is paused: ask at the desk for your badge.",
    PrinterState.OFFLINE: "The printer is offline: ask at the desk for your badge.",
}
FAILED = "Your badge could not be printed. You can try again or ask at the desk."


def _to_done(kiosk: Kiosk, ticket: str) -> None:
    w = kiosk.window
    kiosk.tap(w.welcome.language_buttons[Language.EN])  # else welcomed back in her own
    kiosk.scan(ticket)
    kiosk.wait_for(w.returning)
    kiosk.tap_button(w.returning, "seeSuggestions")
    kiosk.wait_for(w.done)


def _still_checked_in(kiosk: Kiosk, guest_id: str) -> None:
    with kiosk.database.reader() as uow:
        assert uow.checkins.active_for(guest_id) is not None
    assert kiosk.controller.services.room.is_present(guest_id)


def _print_and_wait(kiosk: Kiosk, sentence: str) -> None:
    kiosk.tap_button(kiosk.window.done, "printBadge")
    kiosk.qtbot.waitUntil(lambda: sentence in kiosk.visible_texts(), timeout=5000)


@pytest.mark.parametrize("state", list(SENTENCES))
def test_each_printer_state_is_said_and_the_check_in_stays(
    kiosk: Kiosk, spooler: FakeSpooler, state: PrinterState
) -> None:
    spooler.default_state = state
    guest = kiosk.guest(LEA)
    _to_done(kiosk, LEA)
    with kiosk.qtbot.assertNotEmitted(kiosk.window.journey_finished):
        _print_and_wait(kiosk, SENTENCES[state])
    assert kiosk.window.current() is kiosk.window.done
    assert len(spooler.submitted) == (1 if state is PrinterState.READY else 0)
    _still_checked_in(kiosk, guest.id)


def test_a_refused_job_can_be_tried_again(kiosk: Kiosk, spooler: FakeSpooler) -> None:
    spooler.default_state, spooler.reject_jobs = PrinterState.READY, True
    _to_done(kiosk, LEA)
    _print_and_wait(kiosk, FAILED)
    spooler.reject_jobs = False
    _print_and_wait(kiosk, SENTENCES[PrinterState.READY])
    assert len(spooler.submitted) == 1
    _still_checked_in(kiosk, kiosk.guest(LEA).id)


def test_a_broken_spooler_is_a_calm_failure(kiosk: Kiosk, spooler: FakeSpooler) -> None:
    spooler.raise_on = {"state"}
    _to_done(kiosk, LEA)
    _print_and_wait(kiosk, FAILED)
    _still_checked_in(kiosk, kiosk.guest(LEA).id)


def test_the_badge_printed_is_the_guests_and_off_the_gui_thread(
    kiosk: Kiosk, spooler: FakeSpooler, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    spooler.default_state = PrinterState.READY
    threads: list[threading.Thread] = []
    state = spooler.state

    def spied_state(printer: str) -> PrinterState:
        threads.append(threading.current_thread())
        return state(printer)

    monkeypatch.setattr(spooler, "state", spied_state)
    guest = kiosk.guest(LEA)
    _to_done(kiosk, LEA)
    _print_and_wait(kiosk, SENTENCES[PrinterState.READY])
    assert threads
    assert threading.main_thread() not in threads
    ((_, document, title),) = spooler.submitted
    assert title == JOB_TITLE  # never the guest's name in the public queue
    pdf = tmp_path / "printed.pdf"
    pdf.write_bytes(document)
    text = subprocess.run(
        ["pdftotext", str(pdf), "-"], capture_output=True, text=True, check=True
    ).stdout
    assert guest.first_name in text


def test_the_qr_on_screen_is_the_guests_vcard(kiosk: Kiosk) -> None:
    w = kiosk.window
    _to_done(kiosk, LEA)
    with kiosk.database.reader() as uow:
        stored = uow.guests.get(kiosk.guest(LEA).id)
    assert stored is not None
    kiosk.tap_button(w.done, "showQr")
    assert w.done.showing_qr
    assert decode_qr(w.done.qr_view.image()) == [
        vcard(stored.first_name, stored.last_name, stored.contact)
    ]
    kiosk.tap_button(w.done, "closeQr")
    assert not w.done.showing_qr
    kiosk.tap_button(w.done, "finish")
    kiosk.wait_for(w.welcome)
    assert w.done.qr_view.code.pixmap().isNull()  # the next guest never sees it


def test_a_stuck_printer_never_holds_the_next_check_in(
    kiosk: Kiosk, spooler: FakeSpooler, monkeypatch: pytest.MonkeyPatch
) -> None:
    """CUPS hanging on a badge: the next guest checks in while it still hangs."""
    spooler.default_state = PrinterState.READY
    release = threading.Event()
    submit = spooler.submit

    def hanging_submit(printer: str, document: Path, title: str) -> object:
        release.wait(10)
        return submit(printer, document, title)

    monkeypatch.setattr(spooler, "submit", hanging_submit)
    try:
        _to_done(kiosk, LEA)
        kiosk.tap_button(kiosk.window.done, "printBadge")
        kiosk.tap_button(kiosk.window.done, "finish")
        kiosk.wait_for(kiosk.window.welcome)
        next_guest = kiosk.guest("ICE-0054")
        kiosk.scan(next_guest.ticket or "")
        kiosk.wait_for(kiosk.window.tags)  # checked in and saved while the badge still hangs
        with kiosk.database.reader() as uow:
            assert uow.checkins.active_for(next_guest.id) is not None
        assert spooler.submitted == []
    finally:
        release.set()
    kiosk.qtbot.waitUntil(lambda: len(spooler.submitted) == 1)


def test_printer_trouble_is_kept_for_the_organiser_until_fixed(
    kiosk: Kiosk, spooler: FakeSpooler
) -> None:
    status = kiosk.controller.printer_status
    assert status.problem is None  # nothing known before anyone prints
    spooler.default_state = PrinterState.OFFLINE
    _to_done(kiosk, LEA)
    with kiosk.qtbot.waitSignal(status.changed):
        kiosk.tap_button(kiosk.window.done, "printBadge")
    assert status.problem is PrintResult.PRINTER_OFFLINE
    spooler.default_state = PrinterState.READY  # someone plugged it back in
    with kiosk.qtbot.waitSignal(status.changed):
        kiosk.controller.findChild(BadgeSteps).recheck()  # what its 30 s timer does
    assert status.problem is None
