"""Badges through Qt print support: one to a printer or a PDF, a batch on A4 with crop marks."""

from __future__ import annotations

import logging
import tempfile
from collections.abc import Iterable
from enum import StrEnum
from pathlib import Path

from PySide6.QtCore import QLineF, QMarginsF, QRectF, QSizeF
from PySide6.QtGui import QColor, QPageLayout, QPageSize, QPainter, QPen
from PySide6.QtPrintSupport import QPrinter

from kiosk.core.badge import BadgeContent, BadgeTemplate, Orientation, badge_content
from kiosk.core.badgesheet import A4_MM, SheetLayout, page_count, sheet_layout
from kiosk.core.event import Event
from kiosk.core.guest import Guest
from kiosk.core.tags import Vocabulary
from kiosk.ui.badge.renderer import paint_badge
from kiosk.ui.badge.spooler import PrinterState, Spooler

_log = logging.getLogger(__name__)
JOB_TITLE = "Icebreaker badge"  # never the guest's name: job titles are public in the spooler
_MARK_WIDTH_MM = 0.2


class PrintResult(StrEnum):
    PRINTED = "printed"  # handed to the spooler, which accepted it
    NO_PRINTER = "no_printer"
    PRINTER_STOPPED = "printer_stopped"
    PRINTER_OFFLINE = "printer_offline"
    FAILED = "failed"


_BLOCKED = {
    PrinterState.NO_PRINTER: PrintResult.NO_PRINTER,
    PrinterState.STOPPED: PrintResult.PRINTER_STOPPED,
    PrinterState.OFFLINE: PrintResult.PRINTER_OFFLINE,
}


class BadgeOutputError(OSError):
    """The PDF could not be written (the message names the file)."""


def pdf_printer(path: Path, page_mm: tuple[float, float], orientation: Orientation) -> QPrinter:
    """A QPrinter writing a PDF: the same drawing a real printer gets, only the output differs."""
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(path))
    printer.setCreator("Icebreaker")
    short, long = sorted(page_mm)
    size = QPageSize(
        QSizeF(short, long), QPageSize.Unit.Millimeter, "", QPageSize.SizeMatchPolicy.ExactMatch
    )
    landscape = orientation is Orientation.LANDSCAPE
    printer.setPageLayout(
        QPageLayout(
            size,
            QPageLayout.Orientation.Landscape if landscape else QPageLayout.Orientation.Portrait,
            QMarginsF(0, 0, 0, 0),
            QPageLayout.Unit.Millimeter,
        )
    )
    printer.setFullPage(True)
    return printer


def _begin(painter: QPainter, printer: QPrinter, path: Path) -> None:
    try:  # a clear OSError before Qt's terse "begin() returned false"
        with path.open("wb"):
            pass
    except OSError as exc:
        raise BadgeOutputError(f"{path}: {exc.strerror or exc}") from exc
    if not painter.begin(printer):
        raise BadgeOutputError(f"{path}: cannot write the PDF")


def write_badge_pdf(content: BadgeContent, template: BadgeTemplate, path: Path) -> None:
    """One badge on one page of the template's size; BadgeOutputError if it cannot be written."""
    printer = pdf_printer(
        path, (template.page_width_mm, template.page_height_mm), template.orientation
    )
    painter = QPainter()
    _begin(painter, printer, path)
    try:
        paint_badge(painter, content, template, QRectF(0, 0, printer.width(), printer.height()))
    finally:
        painter.end()


def _draw_sheet_marks(painter: QPainter, sheet: SheetLayout, px: float) -> None:
    painter.save()
    painter.setPen(QPen(QColor("#000000"), _MARK_WIDTH_MM * px))
    for mark in sheet.marks():
        painter.drawLine(QLineF(mark.x1 * px, mark.y1 * px, mark.x2 * px, mark.y2 * px))
    painter.restore()


def write_batch_pdf(
    guests: Iterable[Guest],
    event: Event,
    vocabulary: Vocabulary,
    path: Path,
    template: BadgeTemplate,
) -> int:
    """Every guest's badge, several to an A4 sheet with crop marks; returns the page count.

    Each badge is in its guest's language. Raises BadgeOutputError if the file cannot be
    written; an empty guest list writes no file and returns 0.
    """
    contents = [badge_content(guest, event, vocabulary) for guest in guests]
    if not contents:
        return 0
    sheet = sheet_layout(template)
    printer = pdf_printer(path, A4_MM, Orientation.PORTRAIT)
    painter = QPainter()
    _begin(painter, printer, path)
    px = printer.width() / A4_MM[0]  # device pixels per millimetre
    slots = sheet.slots()
    badge = QRectF(0, 0, template.width_mm * px, template.height_mm * px)
    try:
        for index, content in enumerate(contents):
            slot = slots[index % len(slots)]
            if index and index % len(slots) == 0:
                printer.newPage()
            if index % len(slots) == 0:
                _draw_sheet_marks(painter, sheet, px)
            painter.save()
            if slot.rotated:  # a quarter turn clockwise: the badge's top runs down the right
                painter.translate((slot.x_mm + slot.width_mm) * px, slot.y_mm * px)
                painter.rotate(90)
            else:
                painter.translate(slot.x_mm * px, slot.y_mm * px)
            paint_badge(painter, content, template, badge)
            painter.restore()
    finally:
        painter.end()
    return page_count(len(contents), sheet)


class BadgePrinter:
    """Prints one badge at a time on a named printer; reports a result, never raises.

    The badge goes through the same QPrinter PDF drawing as an export, then to the spooler
    (CUPS prints PDF natively): what a test checks in the PDF is what the printer gets.
    Blocking for a few tens of milliseconds: call it from a worker thread.
    """

    def __init__(
        self,
        spooler: Spooler,
        printer: str,
        template: BadgeTemplate,
        *,
        spool_dir: Path | None = None,
    ) -> None:
        self._spooler = spooler
        self._printer = printer
        self._template = template
        self._spool_dir = spool_dir

    @property
    def template(self) -> BadgeTemplate:
        return self._template

    def state(self) -> PrinterState:
        try:
            return self._spooler.state(self._printer)
        except Exception:
            _log.exception("reading the state of printer %r failed", self._printer)
            return PrinterState.NO_PRINTER

    def print_badge(self, content: BadgeContent) -> PrintResult:
        try:
            state = self._spooler.state(self._printer)
            if state in _BLOCKED:
                return _BLOCKED[state]
            with tempfile.TemporaryDirectory(dir=self._spool_dir) as folder:
                document = Path(folder) / "badge.pdf"
                write_badge_pdf(content, self._template, document)
                submission = self._spooler.submit(self._printer, document, JOB_TITLE)
            if not submission.accepted:
                _log.warning("printer %r refused a badge: %s", self._printer, submission.error)
                return PrintResult.FAILED
            return PrintResult.PRINTED
        except BadgeOutputError as exc:
            _log.error("cannot prepare a badge: %s", exc)
            return PrintResult.FAILED
        except Exception:  # a bug must not break the check-in: log it loudly, report a failure
            _log.exception("printing a badge failed")
            return PrintResult.FAILED
