"""The badge on the done screen: printing it through the worker, showing the guest's own QR."""

from __future__ import annotations

import logging

from PySide6.QtCore import QObject

from kiosk.app.journeyrunner import JourneyRunner
from kiosk.app.worker import ServiceWorker
from kiosk.core.badge import UnknownTemplateError, badge_content, template
from kiosk.core.vcard import vcard_payload
from kiosk.ui.badge.printing import BadgePrinter, PrintResult
from kiosk.ui.badge.qr import qr_image
from kiosk.ui.badge.spooler import CupsSpooler

log = logging.getLogger(__name__)

# Printer trouble the organiser should fix; until there is an organiser alert it is a warning.
PRINTER_PROBLEMS = frozenset(
    {PrintResult.NO_PRINTER, PrintResult.PRINTER_STOPPED, PrintResult.PRINTER_OFFLINE}
)


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

    Printing blocks (the PDF, the spooler): it runs on the service worker, after any write
    in progress. Its answer is shown only to the same guest; the check-in is never touched.
    """

    def __init__(
        self,
        runner: JourneyRunner,
        worker: ServiceWorker,
        printer: BadgePrinter,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._runner = runner
        self._worker = worker
        self._printer = printer
        done = runner.window.done
        done.badge_print_requested.connect(self._on_done_badge_print_requested)
        done.qr_requested.connect(self._on_done_qr_requested)

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
            if result in PRINTER_PROBLEMS:
                log.warning("badge printer needs attention: %s", result.value)
            elif result is PrintResult.FAILED:
                log.warning("a badge could not be printed (see the printing log above)")
            if generation == self._runner.journey.generation:
                done.show_print_result(result)

        def failed(error: Exception) -> None:  # print_badge never raises: this is a bug
            log.error("bug while printing a badge", exc_info=error)
            if generation == self._runner.journey.generation:
                done.show_print_result(PrintResult.FAILED)

        self._worker.submit(lambda: printer.print_badge(content), printed, failed)

    def _on_done_qr_requested(self) -> None:
        guest = self._runner.journey.guest
        if guest is None:
            return
        payload = vcard_payload(guest.first_name, guest.last_name, guest.contact)
        self._runner.window.done.show_qr(qr_image(payload, 1))
