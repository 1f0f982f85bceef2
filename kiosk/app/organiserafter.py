"""The "After the event" section: export, erase one guest, wipe the event, purge dates."""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QObject

from kiosk.app.exportcmd import default_name
from kiosk.app.organisercontext import OrganiserContext
from kiosk.app.organisermoderation import guest_view
from kiosk.core.changes import GUEST_KINDS, PRESENCE_KINDS, ChangeKind, Changes
from kiosk.services.afterevent import RetentionSummary, retention_summary
from kiosk.services.export import ExportedFile, Format, export_event
from kiosk.services.guests import EraseResult, GuestService
from kiosk.services.moderation import GuestLine, ModerationService
from kiosk.services.retention import WipeReport, wipe_event
from kiosk.ui.organiser.moderation.afterpage import AfterEventPage
from kiosk.ui.organiser.moderation.views import AfterNotice, ExportedView, RetentionView
from kiosk.ui.organiser.page import OrganiserPage

log = logging.getLogger(__name__)

_RELEVANT = GUEST_KINDS | PRESENCE_KINDS | {ChangeKind.EVENT_UPDATED, ChangeKind.TAG_DELETED}


def retention_view(summary: RetentionSummary) -> RetentionView:
    last = summary.last_purge
    return RetentionView(
        event_name=summary.event.name,
        guests=summary.wipe.guests,
        check_ins=summary.wipe.check_ins,
        typed_tags=summary.wipe.typed_tags,
        purge_at=summary.purge_at,
        purge_after_days=summary.event.purge_after_days,
        last_purge_at=last.at if last is not None else None,
        last_purge_guests=last.guests if last is not None else 0,
    )


class AfterEventController(QObject):
    """Every read and write on the worker; the page is refreshed when it opens, after each
    action, and when the change log says guests changed (another station, a CLI erase)."""

    def __init__(
        self,
        page: AfterEventPage,
        context: OrganiserContext,
        *,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.page = page
        self._context = context
        environment = context.environment
        self._guests = GuestService(
            context.database, station=context.station, clock=environment.clock
        )
        self._finder = ModerationService(
            context.database, station=context.station, clock=environment.clock
        )
        self._query = ""
        page.shown.connect(self.refresh)
        page.export_requested.connect(self._on_page_export_requested)
        page.erase_requested.connect(self._on_page_erase_requested)
        page.wipe_requested.connect(self._on_page_wipe_requested)
        page.search_requested.connect(self._on_page_search_requested)
        context.changes_applied.connect(self._on_context_changes_applied)
        context.language_changed.connect(page.set_language)

    def refresh(self) -> None:
        database, event_id = self._context.database, self._context.event_id
        self._context.worker.submit(
            lambda: retention_summary(database, event_id), self._on_summary, self._on_failed
        )

    def _on_summary(self, summary: RetentionSummary) -> None:
        self.page.show_retention(retention_view(summary))

    def _on_failed(self, error: Exception) -> None:
        log.warning("after-the-event action failed", exc_info=error)
        self.page.show_notice(AfterNotice.FAILED)

    def _on_context_changes_applied(self, changes: Changes) -> None:
        mine = [c for c in changes if c.event_id == self._context.event_id]
        if not mine:
            return
        if self._query.strip():  # the context's index is brought up to date first
            self._run_search(self._query)
        if any(c.kind in _RELEVANT for c in mine) and self.page.isVisible():
            self.refresh()

    # -- search -----------------------------------------------------------------------------
    def _on_page_search_requested(self, text: str) -> None:
        self._query = text
        if text.strip():
            self._run_search(text)

    def _run_search(self, text: str) -> None:
        def find() -> list[GuestLine]:
            return self._finder.find_guests(self._context.guest_search(), text)

        def show(lines: list[GuestLine]) -> None:
            if text == self._query:
                self.page.show_results([guest_view(line) for line in lines])

        self._context.worker.submit(find, show, self._on_failed)

    # -- actions ----------------------------------------------------------------------------
    def _on_page_export_requested(self, folder: str, fmt: str) -> None:
        database, event_id = self._context.database, self._context.event_id
        language, chosen = self._context.language, Format(fmt)

        def export() -> list[ExportedFile]:
            with database.reader() as uow:
                event = uow.events.get(event_id)
            if event is None:
                raise LookupError(f"no event {event_id!r}")
            out = Path(folder) / default_name(event, chosen).name
            return export_event(database, event_id, out, chosen, language)

        def on_failed(error: Exception) -> None:
            if isinstance(error, OSError):  # a full or read-only stick, a folder gone
                reason = error.strerror or str(error)
                self.page.show_notice(AfterNotice.EXPORT_FAILED, reason)
            else:
                self._on_failed(error)

        def on_done(files: list[ExportedFile]) -> None:
            self.page.show_exported([ExportedView(str(f.path), f.rows, f.personal) for f in files])

        self._context.worker.submit(export, on_done, on_failed)

    def _on_page_erase_requested(self, guest_id: str, name: str) -> None:
        guests = self._guests

        def on_done(result: EraseResult) -> None:
            notice = AfterNotice.ERASED if result.erased else AfterNotice.ERASE_GONE
            self.page.show_notice(notice, name)
            self.refresh()
            if self._query.strip():
                self._run_search(self._query)

        self._context.worker.submit(lambda: guests.erase(guest_id), on_done, self._on_failed)

    def _on_page_wipe_requested(self) -> None:
        database, event_id, station = (
            self._context.database,
            self._context.event_id,
            self._context.station,
        )

        def on_done(report: WipeReport) -> None:
            self.page.show_notice(AfterNotice.WIPED, str(report.guests_erased))
            self.page.show_results([])
            self.refresh()

        self._context.worker.submit(
            lambda: wipe_event(database, event_id, station=station), on_done, self._on_failed
        )


def build_after(context: OrganiserContext) -> tuple[OrganiserPage, QObject]:
    """The section for kiosk.app.organisersections."""
    page = AfterEventPage()
    page.set_language(context.language)
    return page, AfterEventController(page, context)
