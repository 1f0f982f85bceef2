"""Organiser mode, the "Vocabulary" section: the page fed from the vocabulary services."""

from __future__ import annotations

import logging
import uuid
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

from PySide6.QtCore import QObject, QTimer

from kiosk.app.organisercontext import OrganiserContext
from kiosk.core.changes import ChangeKind, Changes
from kiosk.core.titles import TitleRules
from kiosk.core.titletest import explain_phrase
from kiosk.core.vocabularyedit import VocabularyOverview
from kiosk.core.vocabularyfile import VocabularyFile
from kiosk.services.vocabulary import EditResult, TitleRulesResult, VocabularyService
from kiosk.services.vocabularyio import ImportMode, ImportResult, VocabularyFiles, starters
from kiosk.ui.organiser.page import OrganiserPage
from kiosk.ui.organiser.vocabulary.page import VocabularyPage

log = logging.getLogger(__name__)
T = TypeVar("T")

# Entries after which the list reads differently: the vocabulary, or who holds which tag.
_REFRESH_KINDS = frozenset(
    {
        ChangeKind.VOCABULARY_REPLACED,
        ChangeKind.TAG_CREATED,
        ChangeKind.TAG_UPDATED,
        ChangeKind.TAG_DELETED,
        ChangeKind.GUEST_TAGS_SET,
        ChangeKind.GUEST_ERASED,
        ChangeKind.EVENT_UPDATED,
    }
)


class VocabularyController(QObject):
    """Every read and write on ``context.worker``; the page follows the change log live."""

    def __init__(
        self, page: VocabularyPage, context: OrganiserContext, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self.page = page
        self.context = context
        station = context.station
        self.service = VocabularyService(context.database, station=station)
        self.files = VocabularyFiles(context.database, station=station)
        self._rules: TitleRules | None = None  # as last shown
        self._pending_import: VocabularyFile | None = None
        self._import_op = ""
        # Batches of one event-loop turn (a merge is one per guest) give one refresh.
        self._refresh_timer = QTimer(self)
        self._refresh_timer.setSingleShot(True)
        self._refresh_timer.setInterval(0)
        self._refresh_timer.timeout.connect(self.refresh)

        page.shown.connect(self.refresh)
        page.tag_add_requested.connect(self._on_page_tag_add_requested)
        page.tag_edit_requested.connect(self._on_page_tag_edit_requested)
        page.category_add_requested.connect(self._on_page_category_add_requested)
        page.category_rename_requested.connect(self._on_page_category_rename_requested)
        page.sensitive_requested.connect(self._on_page_sensitive_requested)
        page.hidden_requested.connect(self._on_page_hidden_requested)
        page.merge_requested.connect(self._on_page_merge_requested)
        page.starter_requested.connect(self._on_page_starter_requested)
        page.rules.save_requested.connect(self._on_rules_save_requested)
        page.rules.phrase_test_requested.connect(self._on_rules_phrase_test_requested)
        page.files.export_requested.connect(self._on_files_export_requested)
        page.files.import_file_requested.connect(self._on_files_import_file_requested)
        page.files.starter_preview_requested.connect(self._on_files_starter_preview_requested)
        page.files.import_confirmed.connect(self._on_files_import_confirmed)
        page.files.import_cancelled.connect(self._on_files_import_cancelled)
        context.changes_applied.connect(self._on_context_changes_applied)
        context.language_changed.connect(page.set_language)
        page.set_starters([(s.name, s.label, s.tags) for s in starters()])

    @property
    def event_id(self) -> str:
        return self.context.event_id

    def _submit(self, call: Callable[[], T], done: Callable[[T], None]) -> None:
        self.context.worker.submit(call, done, self._on_failed)

    # -- reading --------------------------------------------------------------------------------

    def refresh(self) -> None:
        service, event_id = self.service, self.event_id

        def read() -> tuple[VocabularyOverview, TitleRules]:
            return service.overview(event_id), service.title_rules(event_id)

        self._submit(read, self._on_read)

    def _on_read(self, result: tuple[VocabularyOverview, TitleRules]) -> None:
        overview, rules = result
        self.page.set_overview(overview)
        if rules != self._rules:
            self._rules = rules
            self.page.set_title_rules(rules)

    def _on_context_changes_applied(self, changes: Changes) -> None:
        mine = [c for c in changes if c.event_id == self.event_id]
        if any(c.kind in _REFRESH_KINDS for c in mine):
            self._refresh_timer.start()

    def _on_failed(self, error: Exception) -> None:
        log.error("vocabulary: the database did not answer: %s", error)
        self.page.show_failure()

    # -- tags and categories ---------------------------------------------------------------------

    def _edited(self, result: EditResult) -> None:
        if result.refusal is not None:
            self.page.show_edit_refusal(result.refusal)
            return
        self.page.show_saved(result.key)
        self._applied(result.changes)

    def _applied(self, changes: Changes) -> None:
        """This station's own writes: the page refreshes at once (the feed follows anyway)."""
        if changes:
            self._refresh_timer.start()

    def _on_page_tag_add_requested(self, fr: str, en: str, category: str) -> None:
        service, event_id, op = self.service, self.event_id, _op()
        self._submit(lambda: service.add_tag(event_id, fr, en, category, op_id=op), self._edited)

    def _on_page_tag_edit_requested(self, key: str, fr: str, en: str, category: str) -> None:
        service, event_id = self.service, self.event_id
        self._submit(
            lambda: service.edit_tag(event_id, key, fr=fr, en=en, category=category), self._edited
        )

    def _on_page_category_add_requested(self, fr: str, en: str) -> None:
        service, event_id, op = self.service, self.event_id, _op()
        self._submit(lambda: service.add_category(event_id, fr, en, op_id=op), self._edited)

    def _on_page_category_rename_requested(self, key: str, fr: str, en: str) -> None:
        service, event_id = self.service, self.event_id
        self._submit(lambda: service.rename_category(event_id, key, fr, en), self._edited)

    def _on_page_sensitive_requested(self, key: str, sensitive: bool) -> None:
        service, event_id = self.service, self.event_id
        self._submit(lambda: service.set_sensitive(event_id, key, sensitive), self._edited)

    def _on_page_hidden_requested(self, key: str, hidden: bool) -> None:
        service, event_id = self.service, self.event_id
        self._submit(lambda: service.set_hidden(event_id, key, hidden), self._edited)

    def _on_page_merge_requested(self, source: str, target: str) -> None:
        service, event_id, op = self.service, self.event_id, _op()

        def merged(result: EditResult) -> None:
            self._edited(result)
            if result.ok:
                self.page.show_merged(result.guests)

        self._submit(lambda: service.merge(event_id, source, target, op_id=op), merged)

    def _on_page_starter_requested(self, name: str) -> None:
        files, event_id, op = self.files, self.event_id, _op()
        self._submit(
            lambda: files.import_starter(event_id, name, ImportMode.MERGE, op_id=op),
            self._on_imported,
        )

    # -- title rules ------------------------------------------------------------------------------

    def _on_rules_phrase_test_requested(
        self, phrase: str, block: tuple[str, ...], allow: tuple[str, ...]
    ) -> None:
        # Pure and quick (no database): answered at once, as the organiser types.
        self.page.show_verdict(explain_phrase(TitleRules(tuple(block), tuple(allow)), phrase))

    def _on_rules_save_requested(self, block: tuple[str, ...], allow: tuple[str, ...]) -> None:
        service, event_id = self.service, self.event_id
        self._submit(lambda: service.set_title_rules(event_id, block, allow), self._on_rules_saved)

    def _on_rules_saved(self, result: TitleRulesResult) -> None:
        if result.refusal is not None:
            self.page.show_rules_refusal(result.refusal)
            return
        self.page.show_rules_saved()
        if result.event is not None and result.changes:
            self._rules = result.event.titles
            self.context.event_changed.emit(result.event)

    # -- files ------------------------------------------------------------------------------------

    def _on_files_export_requested(self, path: str) -> None:
        files, event_id = self.files, self.event_id

        def export() -> str:
            Path(path).write_text(files.export_json(event_id), encoding="utf-8")
            return path

        self._submit(export, self.page.show_exported)

    def _on_files_import_file_requested(self, path: str) -> None:
        files, event_id = self.files, self.event_id
        self._submit(
            lambda: files.read(event_id, Path(path).read_bytes()),
            lambda parsed: self._preview(Path(path).name, parsed),
        )

    def _on_files_starter_preview_requested(self, name: str) -> None:
        files, event_id = self.files, self.event_id
        label = next((s.label for s in starters() if s.name == name), None)
        shown = label(self.page.language) if label is not None else name
        self._submit(
            lambda: files.read_starter(event_id, name), lambda parsed: self._preview(shown, parsed)
        )

    def _preview(self, source: str, parsed: VocabularyFile) -> None:
        self._pending_import, self._import_op = parsed, _op()
        self.page.show_import_preview(source, parsed)

    def _on_files_import_confirmed(self, mode: str) -> None:
        parsed, op = self._pending_import, self._import_op
        if parsed is None:
            return
        files, event_id = self.files, self.event_id
        self._submit(
            lambda: files.import_file(event_id, parsed, ImportMode(mode), op_id=op),
            self._on_imported,
        )

    def _on_files_import_cancelled(self) -> None:
        self._pending_import = None

    def _on_imported(self, result: ImportResult) -> None:
        self._pending_import = None
        self.page.show_import_done(result.added, result.updated, result.kept, len(result.problems))
        self._applied(result.changes)


def _op() -> str:
    """One idempotency key per organiser action (a retry of it changes nothing twice)."""
    return str(uuid.uuid4())


def build_vocabulary(context: OrganiserContext) -> tuple[OrganiserPage, QObject]:
    page = VocabularyPage()
    page.set_language(context.language)
    return page, VocabularyController(page, context)
