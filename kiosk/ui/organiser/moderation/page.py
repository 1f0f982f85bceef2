"""The "Moderation" page: text guests typed (tags, names) and who may appear on the wall."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QItemSelectionModel, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from kiosk.core.guest import Language
from kiosk.ui.organiser.moderation.dialogs import MergeDialog, TranslateDialog
from kiosk.ui.organiser.moderation.guestrows import GuestSearch, RowAction, label, push
from kiosk.ui.organiser.moderation.models import PendingNameModel, PendingTagModel
from kiosk.ui.organiser.moderation.views import (
    GuestView,
    ModerationView,
    Notice,
    TagView,
    TargetView,
)
from kiosk.ui.organiser.page import OrganiserPage

ROW_HEIGHT = 48  # touch targets


def _table(
    model: PendingTagModel | PendingNameModel, parent: QWidget, stretched: int
) -> QTableView:
    view = QTableView(parent)
    view.setModel(model)
    view.verticalHeader().hide()
    view.verticalHeader().setDefaultSectionSize(ROW_HEIGHT)
    view.setShowGrid(False)
    view.setAlternatingRowColors(True)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setWordWrap(False)
    view.setTextElideMode(Qt.TextElideMode.ElideRight)
    header = view.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    for column in range(stretched):  # the text columns share the width; counts fit
        header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
    view.setMinimumHeight(ROW_HEIGHT * 4)
    return view


class ModerationPage(OrganiserPage):
    """Shows a ``ModerationView`` and search results; emits what the organiser asks for.

    Typed tags: select a row, then approve, translate, merge into another tag, or hide.
    Names typed at the door: approve, or hide the guest from the wall. Any guest: search,
    then "Hide from the wall now" or "Show again" in one tap.
    """

    shown = Signal()
    approve_tag_requested = Signal(str)  # key
    hide_tag_requested = Signal(str)
    translate_tag_requested = Signal(str, str, str)  # key, French, English
    merge_tag_requested = Signal(str, str)  # key, into
    approve_name_requested = Signal(str)  # guest id
    wall_hidden_requested = Signal(str, bool)  # guest id, hidden
    search_requested = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._view = ModerationView()
        self._notice: tuple[Notice, str] | None = None
        self._title = label("title", self)
        self.rule = label("subtitle", self)
        self.status = label("muted", self)
        self.tags_caption = label("caption", self)
        self.tag_model = PendingTagModel(self)
        self.tags = _table(self.tag_model, self, 2)
        self.tags_empty = label("muted", self)
        self.approve_tag = push("primary", self)
        self.translate_tag = push("secondary", self)
        self.merge_tag = push("secondary", self)
        self.hide_tag = push("danger", self)
        self.names_caption = label("caption", self)
        self.name_model = PendingNameModel(self)
        self.names = _table(self.name_model, self, 2)
        self.names_empty = label("muted", self)
        self.approve_name = push("primary", self)
        self.hide_name = push("danger", self)
        self.search_caption = label("caption", self)
        self.search = GuestSearch(RowAction.WALL, self)
        self._lay_out()
        self._connect()
        self.retranslate()
        self._show()

    def _lay_out(self) -> None:
        tag_actions = QHBoxLayout()
        for button in (self.approve_tag, self.translate_tag, self.merge_tag, self.hide_tag):
            tag_actions.addWidget(button)
        tag_actions.addStretch(1)
        # Actions above the lists: a long list never pushes them out of sight.
        tags = QVBoxLayout()
        tags.addWidget(self.tags_caption)
        tags.addLayout(tag_actions)
        tags.addWidget(self.tags, 1)
        # Shown instead of the table: it takes the table's room, its words at the top.
        tags.addWidget(self.tags_empty, 1, Qt.AlignmentFlag.AlignTop)
        name_actions = QHBoxLayout()
        name_actions.addWidget(self.approve_name)
        name_actions.addWidget(self.hide_name)
        name_actions.addStretch(1)
        side = QVBoxLayout()
        side.addWidget(self.names_caption)
        side.addLayout(name_actions)
        side.addWidget(self.names, 1)
        side.addWidget(self.names_empty, 0, Qt.AlignmentFlag.AlignTop)
        side.addSpacing(16)
        side.addWidget(self.search_caption)
        side.addWidget(self.search)
        side.addStretch(0)
        body = QGridLayout()
        body.addLayout(tags, 0, 0, Qt.AlignmentFlag.AlignTop)
        body.addLayout(side, 0, 1, Qt.AlignmentFlag.AlignTop)
        body.setColumnStretch(0, 3)
        body.setColumnStretch(1, 2)
        body.setHorizontalSpacing(24)
        header = QHBoxLayout()
        header.addWidget(self._title)
        # The status takes the rest of the line, right-aligned: no wrap at a guessed width.
        self.status.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        header.addWidget(self.status, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(header)
        layout.addWidget(self.rule)
        layout.addLayout(body, 1)

    def _connect(self) -> None:
        self.tags.selectionModel().selectionChanged.connect(self._update_buttons)
        self.names.selectionModel().selectionChanged.connect(self._update_buttons)
        self.approve_tag.clicked.connect(self._on_approve_tag_clicked)
        self.hide_tag.clicked.connect(self._on_hide_tag_clicked)
        self.translate_tag.clicked.connect(self._on_translate_tag_clicked)
        self.merge_tag.clicked.connect(self._on_merge_tag_clicked)
        self.approve_name.clicked.connect(self._on_approve_name_clicked)
        self.hide_name.clicked.connect(self._on_hide_name_clicked)
        self.search.search_requested.connect(self.search_requested)
        self.search.wall_hidden_requested.connect(self.wall_hidden_requested)

    # -- what the controller gives ----------------------------------------------------------
    def show_moderation(self, view: ModerationView) -> None:
        """The pending lists; the selection stays on the same tag or guest if still there."""
        tag, name = self.selected_tag(), self.selected_name()
        self._view = view
        self.tag_model.set_rows(view.tags)
        self.name_model.set_rows(view.names)
        self._reselect(self.tags, [t.key for t in view.tags], tag.key if tag else None)
        self._reselect(
            self.names, [n.guest_id for n in view.names], name.guest_id if name else None
        )
        self._show()

    def show_results(self, guests: Sequence[GuestView]) -> None:
        self.search.set_results(guests)

    def show_notice(self, notice: Notice, subject: str = "") -> None:
        """What the last action did (``subject``: the tag label or the guest's name)."""
        self._notice = (notice, subject)
        self._show_notice()

    def selected_tag(self) -> TagView | None:
        rows = self.tags.selectionModel().selectedRows()
        return self.tag_model.row(rows[0].row()) if rows else None

    def selected_name(self) -> GuestView | None:
        rows = self.names.selectionModel().selectedRows()
        return self.name_model.row(rows[0].row()) if rows else None

    # -- seams: tests replace these classmethods ------------------------------------------------
    @classmethod
    def ask_translation(cls, parent: QWidget, tag: TagView) -> tuple[str, str] | None:
        dialog = TranslateDialog(tag, parent)
        return dialog.labels() if dialog.exec() == QDialog.DialogCode.Accepted else None

    @classmethod
    def ask_merge_target(
        cls, parent: QWidget, tag: TagView, targets: Sequence[TargetView], language: Language
    ) -> str | None:
        dialog = MergeDialog(tag, targets, language, parent)
        return dialog.chosen() if dialog.exec() == QDialog.DialogCode.Accepted else None

    # -- words ------------------------------------------------------------------------------
    def title(self) -> str:
        return self.tr("Moderation")

    def page_shown(self) -> None:
        self.shown.emit()

    def retranslate(self) -> None:
        self._title.setText(self.title())
        self.tags_caption.setText(self.tr("Tags typed by guests, not reviewed yet"))
        self.approve_tag.setText(self.tr("Approve"))
        self.translate_tag.setText(self.tr("Translate…"))
        self.merge_tag.setText(self.tr("Merge into…"))
        self.hide_tag.setText(self.tr("Hide"))
        self.names_caption.setText(self.tr("Names typed at the door"))
        self.approve_name.setText(self.tr("Approve the name"))
        self.hide_name.setText(self.tr("Hide from the wall"))
        self.search_caption.setText(self.tr("Hide anyone from the wall"))
        self.tag_model.retranslate()
        self.name_model.retranslate()
        self._show()

    def _show(self) -> None:
        view = self._view
        if view.approval_required:
            self.rule.setText(
                self.tr(
                    "What guests type reaches the wall only once you approve it. Hidden tags "
                    "stay off the wall and the chips; guests keep their other tags."
                )
            )
        else:
            self.rule.setText(
                self.tr(
                    "This event shows what guests type on the wall at once: hide what should "
                    "not be there. Hidden tags stay off the wall and the chips."
                )
            )
        self.tags.setVisible(bool(view.tags))
        self.tags_empty.setVisible(not view.tags)
        self.tags_empty.setText(self.tr("No tag waiting: everything guests typed was reviewed."))
        for button in (self.approve_tag, self.translate_tag, self.merge_tag, self.hide_tag):
            button.setVisible(bool(view.tags))  # nothing to act on: no buttons to puzzle over
        for button in (self.approve_name, self.hide_name):
            button.setVisible(bool(view.names))
        self.names.setVisible(bool(view.names))
        self.names_empty.setVisible(not view.names)
        self.names_empty.setText(self.tr("No name waiting."))
        self._update_buttons()
        self._show_notice()

    def _show_notice(self) -> None:
        if self._notice is None:
            self.status.setText("")
            return
        notice, subject = self._notice
        words = {
            Notice.APPROVED: self.tr("“%1” approved."),
            Notice.HIDDEN: self.tr("“%1” hidden."),
            Notice.TRANSLATED: self.tr("“%1” translated."),
            Notice.MERGED: self.tr("“%1” merged."),
            Notice.NAME_APPROVED: self.tr("%1: name approved."),
            Notice.GUEST_HIDDEN: self.tr("%1 is hidden from the wall."),
            Notice.GUEST_SHOWN: self.tr("%1 may appear on the wall again."),
            Notice.UNCHANGED: self.tr("Already done."),
            Notice.GONE: self.tr("No longer there: another screen changed it."),
            Notice.REFUSED_EMPTY: self.tr("Both labels are needed."),
            Notice.REFUSED_TOO_LONG: self.tr("A label is too long."),
            Notice.REFUSED_TITLE: self.tr("“%1” is a job title: tags are know-how."),
            Notice.REFUSED_OFFENSIVE: self.tr("“%1” is not allowed."),
            Notice.FAILED: self.tr("The database did not answer: nothing changed. Try again."),
        }
        self.status.setObjectName(
            "refusal" if notice.name.startswith(("REFUSED", "FAILED")) else "muted"
        )
        self.status.style().unpolish(self.status)
        self.status.style().polish(self.status)
        self.status.setText(words[notice].replace("%1", subject))

    def _update_buttons(self) -> None:
        tag = self.selected_tag() is not None
        for button in (self.approve_tag, self.translate_tag, self.hide_tag):
            button.setEnabled(tag)
        self.merge_tag.setEnabled(tag and bool(self._view.targets))
        name = self.selected_name()
        self.approve_name.setEnabled(name is not None)
        self.hide_name.setEnabled(name is not None and not name.hidden_from_wall)

    @staticmethod
    def _reselect(view: QTableView, keys: list[str], key: str | None) -> None:
        if key is None or key not in keys:
            return
        index = view.model().index(keys.index(key), 0)
        flags = (
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows
        )
        view.selectionModel().select(index, flags)

    # -- what the organiser asks ------------------------------------------------------------
    def _on_approve_tag_clicked(self) -> None:
        tag = self.selected_tag()
        if tag is not None:
            self.approve_tag_requested.emit(tag.key)

    def _on_hide_tag_clicked(self) -> None:
        tag = self.selected_tag()
        if tag is not None:
            self.hide_tag_requested.emit(tag.key)

    def _on_translate_tag_clicked(self) -> None:
        tag = self.selected_tag()
        if tag is None:
            return
        labels = self.ask_translation(self, tag)
        if labels is not None:
            self.translate_tag_requested.emit(tag.key, *labels)

    def _on_merge_tag_clicked(self) -> None:
        tag = self.selected_tag()
        if tag is None:
            return
        into = self.ask_merge_target(self, tag, self._view.targets, self.language)
        if into is not None:
            self.merge_tag_requested.emit(tag.key, into)

    def _on_approve_name_clicked(self) -> None:
        name = self.selected_name()
        if name is not None:
            self.approve_name_requested.emit(name.guest_id)

    def _on_hide_name_clicked(self) -> None:
        name = self.selected_name()
        if name is not None:
            self.wall_hidden_requested.emit(name.guest_id, True)
