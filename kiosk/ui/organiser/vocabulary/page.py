"""The "Vocabulary" page: the tag list with its edit panel, the job-title rules, the files."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QItemSelection, QModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QScrollArea,
    QStackedWidget,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from kiosk.core.guest import Language
from kiosk.core.tags import Approval, Labels
from kiosk.core.titles import TitleRules
from kiosk.core.titletest import PhraseVerdict
from kiosk.core.vocabularyedit import EditRefusal, VocabularyOverview
from kiosk.core.vocabularyfile import VocabularyFile
from kiosk.ui.checkin.widgets import button, label
from kiosk.ui.organiser.page import OrganiserPage
from kiosk.ui.organiser.vocabulary.editor import Mode, TagEditor
from kiosk.ui.organiser.vocabulary.filestab import FilesTab, StarterButtons
from kiosk.ui.organiser.vocabulary.model import Column, TagFilter, TagTableModel
from kiosk.ui.organiser.vocabulary.rulestab import TitleRulesTab
from kiosk.ui.organiser.vocabulary.texts import edit_refusal_text

EDITOR_WIDTH = 330
_ALL = "\x00all"  # the category filter's "every category" entry


class VocabularyPage(OrganiserPage):
    """Passive, like every organiser page: ``set_*``/``show_*`` in, ``*_requested`` out."""

    shown = Signal()
    tag_add_requested = Signal(str, str, str)  # French, English, category key
    tag_edit_requested = Signal(str, str, str, str)  # key, French, English, category key
    category_add_requested = Signal(str, str)  # French, English
    category_rename_requested = Signal(str, str, str)  # key, French, English
    sensitive_requested = Signal(str, bool)
    hidden_requested = Signal(str, bool)
    merge_requested = Signal(str, str)  # source key, target key
    starter_requested = Signal(str)  # one click, for an event without tags

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._overview = VocabularyOverview()
        self._loaded = False  # nothing is said about the tags before they were read
        self._select_after_refresh = ""
        self.heading = label("title", self)
        self.summary = label("muted", self)
        self.tabs = QTabWidget(self)
        self.tabs.addTab(self._build_tags_tab(), "")
        self.rules = TitleRulesTab(self)
        self.tabs.addTab(self.rules, "")
        self.files = FilesTab(self)
        self.tabs.addTab(self.files, "")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 16, 24, 16)
        layout.addWidget(self.heading)
        layout.addWidget(self.summary)
        layout.addWidget(self.tabs, 1)
        self.retranslate()

    def _build_tags_tab(self) -> QWidget:
        tab = QWidget(self)
        self.search = QLineEdit(tab)
        self.search.setClearButtonEnabled(True)
        self.category_filter = QComboBox(tab)
        self.category_filter.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.category_filter.setMinimumContentsLength(8)
        self.rename_category = button("secondary", tab)
        tools = QHBoxLayout()
        tools.addWidget(self.search, 2)
        tools.addWidget(self.category_filter, 2)
        tools.addWidget(self.rename_category)

        self.model = TagTableModel(self)
        self.proxy = TagFilter(self)
        self.proxy.setSourceModel(self.model)
        self.table = QTableView(tab)
        self.table.setModel(self.proxy)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(48)
        self.table.setShowGrid(False)
        self.table.setAlternatingRowColors(True)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(False)
        self.table.setTextElideMode(Qt.TextElideMode.ElideRight)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        for column in (Column.FRENCH, Column.ENGLISH, Column.CATEGORY):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
        header.setMinimumSectionSize(48)
        for column in (Column.USAGE, Column.STATUS):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)

        self.empty = QFrame(tab)
        self.empty_title = label("subtitle", self.empty)
        self.empty_note = label("muted", self.empty)
        self.empty_starters = StarterButtons(self.empty)
        empty = QVBoxLayout(self.empty)
        empty.addWidget(self.empty_title)
        empty.addWidget(self.empty_starters)
        empty.addWidget(self.empty_note)
        empty.addStretch(1)
        self.list_stack = QStackedWidget(tab)
        self.list_stack.addWidget(self.table)
        self.list_stack.addWidget(self.empty)

        self.new_tag = button("primary", tab)
        self.new_category = button("secondary", tab)
        self.message = label("muted", tab)
        actions = QHBoxLayout()
        actions.addWidget(self.new_tag)
        actions.addWidget(self.new_category)
        actions.addWidget(self.message, 1)
        left = QVBoxLayout()
        left.addLayout(tools)
        left.addWidget(self.list_stack, 1)
        left.addLayout(actions)

        self.editor = TagEditor()
        # The panel grows with a merge's explanation: it scrolls rather than squeezing fields.
        editor_area = QScrollArea(tab)
        editor_area.setWidget(self.editor)
        editor_area.setWidgetResizable(True)
        editor_area.setFrameShape(QFrame.Shape.NoFrame)
        editor_area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        editor_area.setFixedWidth(EDITOR_WIDTH)
        row = QHBoxLayout(tab)
        row.setContentsMargins(12, 12, 12, 12)
        row.setSpacing(20)
        row.addLayout(left, 1)
        row.addWidget(editor_area)

        self.search.textChanged.connect(self.proxy.set_search)
        self.category_filter.currentIndexChanged.connect(self._on_category_filter_changed)
        self.rename_category.clicked.connect(self._on_rename_category_clicked)
        self.table.selectionModel().selectionChanged.connect(self._on_table_selection_changed)
        self.new_tag.clicked.connect(self._on_new_tag_clicked)
        self.new_category.clicked.connect(lambda: self.editor.show_category(None))
        self.editor.tag_save_requested.connect(self._on_editor_tag_save_requested)
        self.editor.category_save_requested.connect(self._on_editor_category_save_requested)
        self.editor.sensitive_requested.connect(self.sensitive_requested)
        self.editor.hidden_requested.connect(self.hidden_requested)
        self.editor.merge_requested.connect(self.merge_requested)
        self.editor.closed.connect(self.table.clearSelection)
        self.empty_starters.chosen.connect(self.starter_requested)
        return tab

    # -- OrganiserPage ------------------------------------------------------------------------

    def title(self) -> str:
        return self.tr("Vocabulary")

    def page_shown(self) -> None:
        self.shown.emit()

    def set_language(self, language: Language) -> None:
        self.model.set_language(language)
        self.editor.set_language(language)
        self.files.set_language(language)
        self.empty_starters.set_language(language)
        super().set_language(language)
        self._fill_category_filter()

    def retranslate(self) -> None:
        self.heading.setText(self.tr("Tag vocabulary"))
        self.tabs.setTabText(0, self.tr("Tags"))
        self.tabs.setTabText(1, self.tr("Job titles"))
        self.tabs.setTabText(2, self.tr("Files"))
        self.search.setPlaceholderText(self.tr("Search a label, a synonym…"))
        self.rename_category.setText(self.tr("Rename"))
        self.new_tag.setText(self.tr("New tag"))
        self.new_category.setText(self.tr("New category"))
        self.empty_title.setText(
            self.tr("This event has no tags yet. Start from a ready-made vocabulary:")
        )
        self.empty_note.setText(
            self.tr(
                "…or add tags one by one (New tag), or import a file (Files tab). "
                "You can change everything afterwards."
            )
        )
        if self.category_filter.count():
            self.category_filter.setItemText(0, self.tr("Every category"))
        self.editor.retranslate()
        self.rules.retranslate()
        self.files.retranslate()
        self.empty_starters.retranslate()
        self._show_summary()

    # -- what it shows ------------------------------------------------------------------------

    def set_overview(self, overview: VocabularyOverview) -> None:
        """The vocabulary as stored now; the tag being edited stays selected if it still is."""
        editing = self.editor.key if self.editor.mode is Mode.TAG else ""
        wanted = self._select_after_refresh or editing
        self._overview, self._loaded = overview, True
        self.model.set_overview(overview)
        self.editor.set_categories(overview.categories)
        self.editor.set_merge_targets([(u.tag.key, u.tag.label) for u in overview.tags])
        self._fill_category_filter()
        self.list_stack.setCurrentWidget(self.table if overview.tags else self.empty)
        for tool in (self.search, self.category_filter, self.rename_category):
            tool.setVisible(bool(overview.tags))
        self.rename_category.setEnabled(self._filtered_category() is not None)
        self._show_summary()
        if wanted and self.select_tag(wanted):
            self._select_after_refresh = ""
        elif editing:  # merged or removed meanwhile
            self.editor.show_nothing()

    def set_starters(self, starters: Sequence[tuple[str, Labels, int]]) -> None:
        self.empty_starters.set_starters(starters)
        self.files.starters.set_starters(starters)

    def set_title_rules(self, rules: TitleRules) -> None:
        self.rules.set_rules(rules)

    def show_verdict(self, verdict: PhraseVerdict) -> None:
        self.rules.show_verdict(verdict)

    def show_import_preview(self, source: str, parsed: VocabularyFile) -> None:
        self.tabs.setCurrentWidget(self.files)
        self.files.show_preview(source, parsed)

    def show_import_done(self, added: int, updated: int, kept: int, problems: int) -> None:
        self.files.hide_preview()
        text = (
            self.tr("Imported: %n new tag(s), ", "", added)
            + self.tr("%n updated, ", "", updated)
            + self.tr("%n kept because guests hold them", "", kept)
        )
        if problems:
            text += self.tr("; %n entry(ies) left out.", "", problems)
        self.files.show_message(text)
        self.message.setText(text)

    def show_exported(self, path: str) -> None:
        self.files.show_message(self.tr("Saved in %1").replace("%1", path))

    def show_edit_refusal(self, refusal: EditRefusal) -> None:
        names = {u.tag.key: u.tag.label(self.language) for u in self._overview.tags}
        names |= {c.key: c.label(self.language) for c in self._overview.categories}
        self.editor.show_message(edit_refusal_text(refusal, names))

    def show_rules_refusal(self, refusal: EditRefusal) -> None:
        self.rules.show_message(edit_refusal_text(refusal, {}))

    def show_rules_saved(self) -> None:
        self.rules.show_message(self.tr("Saved: the check-in follows these rules now."))

    def show_saved(self, key: str = "") -> None:
        """An edit was stored; a new tag is selected once the list shows it."""
        self.editor.show_message("")
        if key and not self.select_tag(key):
            self._select_after_refresh = key
        self.message.setText(self.tr("Saved."))

    def show_merged(self, guests: int) -> None:
        self.message.setText(self.tr("Merged: %n guest(s) moved to the other tag.", "", guests))

    def show_failure(self) -> None:
        text = self.tr("The database did not answer: nothing was changed. Try again.")
        self.editor.show_message(text)
        self.rules.show_message(text)
        self.files.show_message(text)

    def select_tag(self, key: str) -> bool:
        row = self.model.row_of(key)
        if row < 0:
            return False
        index = self.proxy.mapFromSource(self.model.index(row, 0))
        if not index.isValid():  # filtered out: show every tag again
            self.search.clear()
            self.category_filter.setCurrentIndex(0)
            index = self.proxy.mapFromSource(self.model.index(row, 0))
        self.table.selectRow(index.row())
        self.table.scrollTo(index)
        self.editor.show_tag(self.model.usage(row))
        return True

    def _show_summary(self) -> None:
        tags = self._overview.tags
        if not self._loaded:
            self.summary.clear()
            return
        if not tags:
            self.summary.setText(self.tr("No tags yet."))
            return
        hidden = sum(u.tag.approval is Approval.HIDDEN for u in tags)
        sensitive = sum(u.tag.sensitive for u in tags)
        self.summary.setText(
            self.tr("%n tag(s)", "", len(tags))
            + " · "
            + self.tr("%n category(ies)", "", len(self._overview.categories))
            + " · "
            + self.tr("%n hidden", "", hidden)
            + " · "
            + self.tr("%n sensitive", "", sensitive)
        )

    def _fill_category_filter(self) -> None:
        chosen = self.category_filter.currentData()
        self.category_filter.blockSignals(True)
        self.category_filter.clear()
        self.category_filter.addItem(self.tr("Every category"), _ALL)
        for category in self._overview.categories:
            self.category_filter.addItem(category.label(self.language), category.key)
        self.category_filter.addItem(self.tr("No category"), "")
        self.category_filter.setCurrentIndex(max(0, self.category_filter.findData(chosen)))
        self.category_filter.blockSignals(False)
        self.proxy.set_category(self._filtered_category())

    def _filtered_category(self) -> str | None:
        data = self.category_filter.currentData()
        return None if data in (None, _ALL) else str(data)

    # -- what the organiser asks -----------------------------------------------------------------

    def _on_category_filter_changed(self) -> None:
        key = self._filtered_category()
        self.proxy.set_category(key)
        self.rename_category.setEnabled(bool(key))

    def _on_rename_category_clicked(self) -> None:
        key = self._filtered_category()
        category = next((c for c in self._overview.categories if c.key == key), None)
        if category is not None:
            self.table.clearSelection()
            self.editor.show_category(category)

    def _on_new_tag_clicked(self) -> None:
        self.table.clearSelection()
        self.editor.show_new_tag(self._filtered_category() or "")

    def _on_table_selection_changed(self, selected: QItemSelection, _old: QItemSelection) -> None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return
        source: QModelIndex = self.proxy.mapToSource(rows[0])
        self.editor.show_tag(self.model.usage(source.row()))
        self.editor.set_merge_targets([(u.tag.key, u.tag.label) for u in self._overview.tags])

    def _on_editor_tag_save_requested(self, key: str, fr: str, en: str, category: str) -> None:
        self.message.clear()
        if key:
            self.tag_edit_requested.emit(key, fr, en, category)
        else:
            self.tag_add_requested.emit(fr, en, category)

    def _on_editor_category_save_requested(self, key: str, fr: str, en: str) -> None:
        self.message.clear()
        if key:
            self.category_rename_requested.emit(key, fr, en)
        else:
            self.category_add_requested.emit(fr, en)
