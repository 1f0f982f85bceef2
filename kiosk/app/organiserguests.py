"""The "Guests" section: search, edit, presence fixes and merges, every call on the worker."""

from __future__ import annotations

import logging
import uuid
from collections.abc import Callable
from datetime import tzinfo

from PySide6.QtCore import QObject, QTimer

from kiosk.app.organisercontext import OrganiserContext
from kiosk.core.changes import GUEST_KINDS, PRESENCE_KINDS, Changes
from kiosk.core.guestedit import GuestEdit
from kiosk.services.corrections import (
    CorrectionResult,
    CorrectionsService,
    FoundGuest,
    GuestRecord,
    Outcome,
)
from kiosk.ui.organiser.guests.page import GuestsPage
from kiosk.ui.organiser.guests.views import FoundRow, Notice
from kiosk.ui.organiser.page import OrganiserPage

log = logging.getLogger(__name__)

# Entries from other stations about the open guest (or the results) refresh them, coalesced.
FOLLOW_MS = 300


def _row(found: FoundGuest) -> FoundRow:
    return FoundRow(
        found.guest_id,
        found.first_name,
        found.last_name,
        found.email,
        found.ticket,
        found.organisation,
        found.present,
    )


class GuestsController(QObject):
    """Every read and write goes through ``context.worker`` (in order); answers to a query
    the organiser has typed past are dropped. A failed call keeps the page as it was and
    says so; a guest erased meanwhile is said to be gone.
    """

    def __init__(
        self,
        page: GuestsPage,
        context: OrganiserContext,
        service: CorrectionsService,
        *,
        follow_ms: int = FOLLOW_MS,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.page = page
        self._context = context
        self._service = service
        self._query = ""
        self._asked = 0  # number of the latest search asked; older answers are dropped
        self._follow = QTimer(self)
        self._follow.setSingleShot(True)
        self._follow.setInterval(follow_ms)
        self._follow.timeout.connect(self._on_follow_timeout)
        page.query_changed.connect(self._on_page_query_changed)
        page.guest_chosen.connect(self._on_page_guest_chosen)
        page.save_requested.connect(self._on_page_save_requested)
        page.check_in_requested.connect(self._on_page_check_in_requested)
        page.check_out_requested.connect(self._on_page_check_out_requested)
        page.undo_requested.connect(self._on_page_undo_requested)
        page.merge_requested.connect(self._on_page_merge_requested)
        context.changes_applied.connect(self._on_context_changes_applied)
        context.language_changed.connect(page.set_language)

    # -- finding -------------------------------------------------------------------------------

    def _on_page_query_changed(self, text: str) -> None:
        self._query = text
        self._search()

    def _search(self) -> None:
        self._asked += 1
        asked, query = self._asked, self._query
        if not query.strip():
            self.page.show_results((), query)
            return

        def done(found: list[FoundGuest]) -> None:
            if asked == self._asked:
                self.page.show_results(tuple(_row(f) for f in found), query)

        self._context.worker.submit(lambda: self._service.search(query), done, self._failed)

    def _on_page_guest_chosen(self, guest_id: str) -> None:
        self._open(guest_id)

    def _open(self, guest_id: str, notice: Notice | None = None) -> None:
        def done(record: GuestRecord | None) -> None:
            if record is not None:
                self.page.show_record(record.guest, record.check_ins, notice)
            elif self._is_open(guest_id):
                self.page.show_gone()

        self._context.worker.submit(lambda: self._service.record(guest_id), done, self._failed)

    def _is_open(self, guest_id: str) -> bool:
        return self.page.guest is not None and self.page.guest.id == guest_id

    # -- corrections ---------------------------------------------------------------------------

    def _on_page_save_requested(self, guest_id: str, edit: GuestEdit) -> None:
        op_id = str(uuid.uuid4())  # one per press: a retry of this call cannot save twice
        self._write(lambda: self._service.save(guest_id, edit, op_id=op_id), Notice.SAVED)

    def _on_page_check_in_requested(self, guest_id: str) -> None:
        check_in_id = str(uuid.uuid4())
        self._write(lambda: self._service.check_in(guest_id, check_in_id), Notice.CHECKED_IN)

    def _on_page_check_out_requested(self, check_in_id: str) -> None:
        self._write(lambda: self._service.check_out(check_in_id), Notice.CHECKED_OUT)

    def _on_page_undo_requested(self, check_in_id: str) -> None:
        self._write(lambda: self._service.undo(check_in_id), Notice.UNDONE)

    def _on_page_merge_requested(self, keep_id: str, other_id: str) -> None:
        op_id = str(uuid.uuid4())
        self._write(lambda: self._service.merge(keep_id, other_id, op_id=op_id), Notice.MERGED)

    def _write(self, call: Callable[[], CorrectionResult], done_notice: Notice) -> None:
        self._context.worker.submit(
            call, lambda result: self._on_written(result, done_notice), self._failed
        )

    def _on_written(self, result: CorrectionResult, done_notice: Notice) -> None:
        # The station's change feed brings result.changes to every section (and the room);
        # this page shows the answer at once.
        record = result.record
        if result.outcome is Outcome.REFUSED and result.refusal is not None:
            self.page.show_refusal(result.refusal)
            return
        if result.outcome is Outcome.SAME_GUEST:
            self.page.show_notice(Notice.SAME_GUEST)
            return
        if record is None:
            self.page.show_gone()
            return
        notice = {
            Outcome.DONE: done_notice,
            Outcome.ALREADY_IN: Notice.ALREADY_IN,
            Outcome.NOT_FOUND: Notice.GONE,  # the duplicate of a merge vanished meanwhile
        }.get(result.outcome)
        if notice is None:
            presence = {Notice.CHECKED_OUT, Notice.UNDONE}
            notice = Notice.ALREADY_ENDED if done_notice in presence else Notice.UNCHANGED
        self.page.show_record(record.guest, record.check_ins, notice)
        if result.outcome is Outcome.DONE:
            if done_notice is Notice.MERGED:
                self.page.cancel_merge()
            if self._query.strip():
                self._search()

    def _failed(self, error: Exception) -> None:
        log.warning("organiser correction failed", exc_info=error)
        self.page.show_notice(Notice.FAILED)

    # -- following other stations --------------------------------------------------------------

    def _on_context_changes_applied(self, changes: Changes) -> None:
        if changes.touches(*(GUEST_KINDS | PRESENCE_KINDS)) and not self._follow.isActive():
            self._follow.start()

    def _on_follow_timeout(self) -> None:
        if self.page.guest is not None:
            self._open(self.page.guest.id, None)
        if self._query.strip():
            self._search()


def build_guests(
    context: OrganiserContext, *, tz: tzinfo | None = None
) -> tuple[OrganiserPage, QObject]:
    """The section for kiosk.app.organisersections."""
    page = GuestsPage(tz=tz)
    page.set_language(context.language)
    service = CorrectionsService(
        context.database,
        context.event_id,
        station=context.station,
        clock=context.environment.clock,
        search=context.guest_search,  # kept current by the context itself
    )
    return page, GuestsController(page, context, service)
