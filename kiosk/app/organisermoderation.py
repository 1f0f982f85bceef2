"""The "Moderation" section: feeds the moderation page from ModerationService on the worker."""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer

from kiosk.app.organisercontext import OrganiserContext
from kiosk.core.changes import GUEST_KINDS, ChangeKind, Changes
from kiosk.core.guest import Language
from kiosk.core.refusal import RefusalCode
from kiosk.core.tags import Labels
from kiosk.services.moderation import (
    GuestLine,
    ModerationList,
    ModerationResult,
    ModerationService,
    Outcome,
)
from kiosk.ui.organiser.moderation.page import ModerationPage
from kiosk.ui.organiser.moderation.views import (
    GuestView,
    ModerationView,
    Notice,
    TagView,
    TargetView,
)
from kiosk.ui.organiser.page import OrganiserPage

log = logging.getLogger(__name__)

# A burst of entries (a queue at the door, a merge moving many guests) is one refresh.
COALESCE_MS = 200
_RELEVANT = GUEST_KINDS | {
    ChangeKind.EVENT_UPDATED,
    ChangeKind.VOCABULARY_REPLACED,
    ChangeKind.TAG_CREATED,
    ChangeKind.TAG_UPDATED,
    ChangeKind.TAG_DELETED,
}
_REFUSALS = {
    RefusalCode.EMPTY: Notice.REFUSED_EMPTY,
    RefusalCode.TOO_LONG: Notice.REFUSED_TOO_LONG,
    RefusalCode.JOB_TITLE: Notice.REFUSED_TITLE,
    RefusalCode.OFFENSIVE: Notice.REFUSED_OFFENSIVE,
}


def guest_view(line: GuestLine) -> GuestView:
    name = f"{line.first_name} {line.last_name}".strip()
    return GuestView(line.guest_id, name, line.hidden_from_wall, line.on_wall_consent)


def moderation_view(found: ModerationList) -> ModerationView:
    return ModerationView(
        tags=tuple(
            TagView(t.key, t.label.fr, t.label.en, t.skills, t.interests, t.guests)
            for t in found.tags
        ),
        names=tuple(guest_view(n) for n in found.names),
        targets=tuple(TargetView(t.key, t.label.fr, t.label.en) for t in found.targets),
        approval_required=found.approval_required,
    )


class ModerationController(QObject):
    """Reads the pending lists when the page opens and when the change log says they may
    have changed (coalesced); runs the organiser's actions on the worker and says what they
    did. The guest search index is built on the worker at the first search, then kept
    current from the same change-log entries.
    """

    def __init__(
        self,
        page: ModerationPage,
        context: OrganiserContext,
        service: ModerationService,
        *,
        coalesce_ms: int = COALESCE_MS,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.page = page
        self._context = context
        self._service = service
        self._query = ""
        self._found: dict[str, str] = {}  # names of the guests the search shows
        self._view = ModerationView()
        self._in_flight = False
        self._again = False
        self.refreshes = 0  # completed reads (tests count them)
        self._coalesce = QTimer(self)
        self._coalesce.setSingleShot(True)
        self._coalesce.setInterval(coalesce_ms)
        self._coalesce.timeout.connect(self.refresh)
        page.shown.connect(self.refresh)
        page.approve_tag_requested.connect(self._on_page_approve_tag_requested)
        page.hide_tag_requested.connect(self._on_page_hide_tag_requested)
        page.translate_tag_requested.connect(self._on_page_translate_tag_requested)
        page.merge_tag_requested.connect(self._on_page_merge_tag_requested)
        page.approve_name_requested.connect(self._on_page_approve_name_requested)
        page.wall_hidden_requested.connect(self._on_page_wall_hidden_requested)
        page.search_requested.connect(self._on_page_search_requested)
        context.changes_applied.connect(self._on_context_changes_applied)
        context.language_changed.connect(page.set_language)

    # -- reading --------------------------------------------------------------------------------
    def refresh(self) -> None:
        """Read the pending lists again (one read at a time; asked meanwhile: once more)."""
        if self._in_flight:
            self._again = True
            return
        self._in_flight, self._again = True, False
        event_id = self._context.event_id
        self._context.worker.submit(
            lambda: self._service.pending(event_id), self._on_pending_read, self._on_read_failed
        )

    def _on_pending_read(self, found: ModerationList) -> None:
        self._in_flight = False
        self._view = moderation_view(found)
        self.page.show_moderation(self._view)
        self.refreshes += 1
        if self._again:
            self._coalesce.start()

    def _on_read_failed(self, error: Exception) -> None:
        self._in_flight = False
        log.warning("moderation list could not be read", exc_info=error)
        self.page.show_notice(Notice.FAILED)

    def _on_context_changes_applied(self, changes: Changes) -> None:
        mine = [c for c in changes if c.event_id == self._context.event_id]
        if not mine:
            return
        if self._query:  # the context's index is brought up to date first
            self._run_search(self._query)
        if any(c.kind in _RELEVANT for c in mine) and not self._coalesce.isActive():
            self._coalesce.start()

    def _on_page_search_requested(self, text: str) -> None:
        self._query = text
        if text.strip():
            self._run_search(text)

    def _run_search(self, text: str) -> None:
        def find() -> list[GuestLine]:
            return self._service.find_guests(self._context.guest_search(), text)

        def show(lines: list[GuestLine]) -> None:
            if text == self._query:  # a later keystroke's answer is on its way
                views = [guest_view(line) for line in lines]
                self._found = {v.guest_id: v.name for v in views}
                self.page.show_results(views)

        self._context.worker.submit(find, show, self._on_action_failed)

    # -- actions --------------------------------------------------------------------------------
    def _tag_label(self, key: str) -> str:
        tag = next((t for t in self._view.tags if t.key == key), None)
        if tag is None:
            return key
        return tag.label_fr if self._context.language is Language.FR else tag.label_en

    def _run(self, call: Callable[[], ModerationResult], done: Notice, subject: str) -> None:
        def on_done(result: ModerationResult) -> None:
            refused = result.refusal.detail if result.refusal is not None else ""
            self.page.show_notice(self._notice(result, done), refused or subject)
            self.refresh()
            if self._query.strip():
                self._run_search(self._query)

        self._context.worker.submit(call, on_done, self._on_action_failed)

    @staticmethod
    def _notice(result: ModerationResult, done: Notice) -> Notice:
        if result.outcome is Outcome.DONE:
            return done
        if result.outcome is Outcome.UNCHANGED:
            return Notice.UNCHANGED
        if result.outcome is Outcome.REFUSED and result.refusal is not None:
            return _REFUSALS.get(result.refusal.code, Notice.REFUSED_EMPTY)
        return Notice.GONE

    def _on_action_failed(self, error: Exception) -> None:
        log.warning("moderation action failed", exc_info=error)
        self.page.show_notice(Notice.FAILED)

    def _on_page_approve_tag_requested(self, key: str) -> None:
        event_id, service = self._context.event_id, self._service
        self._run(lambda: service.approve_tag(event_id, key), Notice.APPROVED, self._tag_label(key))

    def _on_page_hide_tag_requested(self, key: str) -> None:
        event_id, service = self._context.event_id, self._service
        self._run(lambda: service.hide_tag(event_id, key), Notice.HIDDEN, self._tag_label(key))

    def _on_page_translate_tag_requested(self, key: str, french: str, english: str) -> None:
        event_id, service = self._context.event_id, self._service
        label = Labels(french, english)
        self._run(
            lambda: service.translate_tag(event_id, key, label),
            Notice.TRANSLATED,
            self._tag_label(key),
        )

    def _on_page_merge_tag_requested(self, key: str, into: str) -> None:
        event_id, service = self._context.event_id, self._service
        self._run(
            lambda: service.merge_tag(event_id, key, into), Notice.MERGED, self._tag_label(key)
        )

    def _on_page_approve_name_requested(self, guest_id: str) -> None:
        service = self._service
        self._run(
            lambda: service.approve_name(guest_id), Notice.NAME_APPROVED, self._name(guest_id)
        )

    def _on_page_wall_hidden_requested(self, guest_id: str, hidden: bool) -> None:
        service = self._service
        notice = Notice.GUEST_HIDDEN if hidden else Notice.GUEST_SHOWN
        self._run(
            lambda: service.set_hidden_from_wall(guest_id, hidden), notice, self._name(guest_id)
        )

    def _name(self, guest_id: str) -> str:
        named = next((g.name for g in self._view.names if g.guest_id == guest_id), None)
        return named if named is not None else self._found.get(guest_id, "")


def build_moderation(context: OrganiserContext) -> tuple[OrganiserPage, QObject]:
    """The section for kiosk.app.organisersections."""
    page = ModerationPage()
    page.set_language(context.language)
    service = ModerationService(
        context.database, station=context.station, clock=context.environment.clock
    )
    return page, ModerationController(page, context, service)
