"""The "Import guests" section: reading, previewing and importing on the worker, never the GUI.

The file is read once per choice of file, encoding or separator; the table stays here (a
plain value) so that each change of mapping previews it again without reading the file.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QObject, Signal

from kiosk.app.organisercontext import OrganiserContext
from kiosk.core.guestlist import Field, GuestListError, GuestTable, ListKind, Preview
from kiosk.services.importer import (
    ImportReport,
    ListInspection,
    UnknownEventError,
    import_table,
    inspect_guest_list,
    preview_table,
)
from kiosk.ui.organiser.importing.page import ImportPage
from kiosk.ui.organiser.importing.views import FileView, ReportView
from kiosk.ui.organiser.page import OrganiserPage

log = logging.getLogger(__name__)


def _samples(table: GuestTable) -> tuple[str, ...]:
    """The first non-empty value of each column (what the mapping table shows)."""
    found = [""] * len(table.headers)
    missing = set(range(len(found)))
    for _line, cells in table.records[:200]:
        for index in list(missing):
            if index < len(cells) and cells[index].strip():
                found[index] = cells[index].strip()
                missing.discard(index)
        if not missing:
            break
    return tuple(found)


class ImportController(QObject):
    """Feeds an ImportPage from kiosk.services.importer through ``context.worker``.

    Answers to a read or a preview the organiser has moved past are dropped. Progress is
    reported from the worker thread through ``progress_reported`` (queued to this thread).
    """

    progress_reported = Signal(int, int)  # rows stored, rows to store

    def __init__(
        self, page: ImportPage, context: OrganiserContext, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self.page = page
        self._context = context
        self._table: GuestTable | None = None
        self._path = ""
        self._asked = 0  # number of the latest read or preview asked; older answers dropped
        page.read_requested.connect(self._on_page_read_requested)
        page.preview_requested.connect(self._on_page_preview_requested)
        page.import_requested.connect(self._on_page_import_requested)
        self.progress_reported.connect(page.show_progress)
        context.language_changed.connect(page.set_language)

    def _on_page_read_requested(self, path: str, encoding: str, delimiter: str) -> None:
        self._asked += 1
        asked = self._asked
        self.page.show_reading()

        def read() -> ListInspection:
            return inspect_guest_list(
                Path(path).expanduser(), encoding=encoding or None, delimiter=delimiter or None
            )

        def done(inspection: ListInspection) -> None:
            if asked != self._asked:
                return
            table = inspection.table
            self._table, self._path = table, path
            self.page.show_file(
                FileView(
                    path=path,
                    xlsx=table.kind is ListKind.XLSX,
                    encoding=table.encoding,
                    delimiter=table.delimiter,
                    headers=table.headers,
                    samples=_samples(table),
                    mapping=inspection.mapping,
                    preview=inspection.preview,
                )
            )
            if inspection.problem is not None:
                self._show_problem(inspection.problem)

        def failed(error: Exception) -> None:
            if asked == self._asked:
                self._table = None
                self._failed(error)

        self._context.worker.submit(read, done, failed)

    def _on_page_preview_requested(self, mapping: dict[int, Field]) -> None:
        table = self._table
        if table is None:
            return
        self._asked += 1
        asked = self._asked

        def done(preview: Preview) -> None:
            if asked == self._asked:
                self.page.show_preview(preview)

        def failed(error: Exception) -> None:
            if asked == self._asked:
                self._failed(error)

        self._context.worker.submit(lambda: preview_table(table, mapping), done, failed)

    def _on_page_import_requested(self, mapping: dict[int, Field]) -> None:
        table = self._table
        if table is None:
            return
        database, event_id = self._context.database, self._context.event_id
        progress = self.progress_reported.emit

        def run() -> ImportReport:
            return import_table(database.unit_of_work, event_id, table, mapping, progress=progress)

        self._context.worker.submit(run, self._on_imported, self._failed)

    def _on_imported(self, report: ImportReport) -> None:
        self.page.show_progress(report.imported, report.imported)
        self.page.show_report(
            ReportView(report.created, report.updated, report.unchanged, report.errors)
        )

    def _show_problem(self, error: GuestListError) -> None:
        self.page.show_file_problem(error.problem, error.line, error.detail)

    def _failed(self, error: Exception) -> None:
        if isinstance(error, GuestListError):
            self._show_problem(error)
        elif isinstance(error, OSError):
            self.page.show_unreadable(error.strerror or str(error))
        else:
            if not isinstance(error, UnknownEventError):
                log.error("guest-list import failed", exc_info=error)
            self.page.show_failed()


def build_import(context: OrganiserContext) -> tuple[OrganiserPage, QObject]:
    """The section for kiosk.app.organisersections."""
    page = ImportPage()
    page.set_language(context.language)
    return page, ImportController(page, context)
