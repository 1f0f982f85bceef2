"""The badge on the done screen: printing it through the worker, showing the guest's own QR."""

from __future__ import annotations

import logging

from PySide6.QtCore import QObject, QTimer, Signal

from kiosk.app.journeyrunner import JourneyRunner
from kiosk.app.worker import ServiceWorker
from kiosk.core.badge import UnknownTemplateError, badge_content, template
from kiosk.core.vcard import vcard_payload
from kiosk.ui.badge.printing import BadgePrinter, PrintResult
from kiosk.ui.badge.qr import qr_image
from kiosk.ui.badge.spooler import CupsSpooler, PrinterState

log = logging.getLogger(__name__)

# Printer trouble the organiser should fix (organiser mode shows it; the log says it too).
PRINTER_PROBLEMS = frozenset(
    {PrintResult.NO_PRINTER, PrintResult.PRINTER_STOPPED, PrintResult.PRINTER_OFFLINE}
)
# Once a problem is known, the printer is asked again this often, so the alert clears by
# itself when someone fixes it; a station that never printed never asks (no noise).
RECHECK_MS = 30_000
_STATE_RESULT = {
    PrinterState.READY: PrintResult.PRINTED,
    PrinterState.NO_PRINTER: PrintResult.NO_PRINTER,
    PrinterState.STOPPED: PrintResult.PRINTER_STOPPED,
    PrinterState.OFFLINE: PrintResult.PRINTER_OFFLINE,
}


class PrinterStatus(QObject):
    """The badge printer as the organiser should see it: ``problem`` is None when all is
    well, else the last trouble met (a printer problem, or a badge that failed)."""

    changed = Signal(object)  # PrintResult | None

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._problem: PrintResult | None = None

    @property
    def problem(self) -> PrintResult | None:
        return self._problem

    def note(self, result: PrintResult) -> None:
        problem = None if result is PrintResult.PRINTED else result
        if problem is not self._problem:
            self._problem = problem
            self.changed.emit(problem)


def default_badge_printer(printer: str = "", template_name: str = "") -> BadgePrinter:
    """CUPS, ``printer`` (empty: the system default) and the named template (empty: default).

    A misspelt template in the machine's config must not stop the kiosk: default, and say so.
    """
    try:
        stock = template(template_name)
    except UnknownTemplateError as exc:
        log.warning("badge template %s; printing on the default one", exc)
        stock = template("")
    return BadgePrinter(CupsSpooler(), printer, stock)


class BadgeSteps(QObject):
    """Answers the done screen's ``badge_print_requested`` and ``qr_requested``.

    Printing blocks (the PDF, then the spooler, which a sick CUPS can hold for seconds): it
    runs on a worker of its own, so the next guest's check-in never queues behind a badge.
    Its answer is shown only to the same guest; the check-in is never touched.
    """

    def __init__(
        self,
        runner: JourneyRunner,
        printer: BadgePrinter,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._runner = runner
        self._worker = ServiceWorker(parent=self)  # nobody shows its busy state: done does
        self._printer = printer
        self.status = PrinterStatus(self)
        self._recheck = QTimer(self)
        self._recheck.setInterval(RECHECK_MS)
        self._recheck.timeout.connect(self._on_recheck_timeout)
        self.status.changed.connect(self._on_status_changed)
        done = runner.window.done
        done.badge_print_requested.connect(self._on_done_badge_print_requested)
        done.qr_requested.connect(self._on_done_qr_requested)

    def close(self) -> None:
        """Let the badge in progress finish (bounded by the worker), drop the rest."""
        self._recheck.stop()
        self._worker.close()

    def recheck(self) -> None:
        """Ask the spooler for the printer's state now (on the print worker)."""
        printer = self._printer

        def seen(state: PrinterState) -> None:
            self.status.note(_STATE_RESULT[state])

        self._worker.submit(printer.state, seen, lambda _error: None)  # state() never raises

    def _on_recheck_timeout(self) -> None:
        if self._worker.pending == 0:  # a badge in progress will tell anyway
            self.recheck()

    def _on_status_changed(self, problem: PrintResult | None) -> None:
        if problem is None:
            self._recheck.stop()
        else:
            self._recheck.start()

    def _on_done_badge_print_requested(self) -> None:
        guest, room = self._runner.journey.guest, self._runner.services.room
        done = self._runner.window.done
        if guest is None:
            done.show_print_result(PrintResult.FAILED)
            return
        language = self._runner.journey.language or guest.language
        content = badge_content(guest, room.event, room.vocabulary, language=language)
        generation = self._runner.journey.generation
        printer = self._printer

        def printed(result: PrintResult) -> None:
            self.status.note(result)
            if result in PRINTER_PROBLEMS:
                log.warning("badge printer needs attention: %s", result.value)
            elif result is PrintResult.FAILED:
                log.warning("a badge could not be printed (see the printing log above)")
            if generation == self._runner.journey.generation:
                done.show_print_result(result)

        def failed(error: Exception) -> None:  # print_badge never raises: this is a bug
            log.error("bug while printing a badge", exc_info=error)
            self.status.note(PrintResult.FAILED)
            if generation == self._runner.journey.generation:
                done.show_print_result(PrintResult.FAILED)

        self._worker.submit(lambda: printer.print_badge(content), printed, failed)

    def _on_done_qr_requested(self) -> None:
        guest = self._runner.journey.guest
        if guest is None:
            return
        payload = vcard_payload(guest.first_name, guest.last_name, guest.contact)
        self._runner.window.done.show_qr(qr_image(payload, 1))
