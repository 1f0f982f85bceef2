"""The edit panel beside the tag list: one tag (or a new one, or a category) at a time."""

from __future__ import annotations

from collections.abc import Sequence
from enum import StrEnum

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QCompleter,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from kiosk.core.guest import Language
from kiosk.core.tags import Approval, Category, Labels
from kiosk.core.text import TAG_MAX_LENGTH
from kiosk.core.vocabularyedit import TagUsage
from kiosk.ui.checkin.widgets import button, label


class Mode(StrEnum):
    NONE = "none"  # nothing chosen: a hint
    TAG = "tag"  # an existing tag
    NEW_TAG = "new_tag"
    CATEGORY = "category"  # a new category ("" key) or a rename


def _field(parent: QWidget) -> QLineEdit:
    field = QLineEdit(parent)
    field.setMaxLength(TAG_MAX_LENGTH * 2)  # longer is refused with a message, not cut
    field.setClearButtonEnabled(True)
    return field


def _combo(parent: QWidget) -> QComboBox:
    """A combo box as wide as its place, whatever its longest item (labels can be long)."""
    combo = QComboBox(parent)
    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    combo.setMinimumContentsLength(8)
    return combo


class TagEditor(QFrame):
    """Passive: ``set_*`` fill it, the ``*_requested`` signals say what the organiser asked."""

    tag_save_requested = Signal(str, str, str, str)  # key ("" new), French, English, category
    category_save_requested = Signal(str, str, str)  # key ("" new), French, English
    sensitive_requested = Signal(str, bool)  # key, sensitive
    hidden_requested = Signal(str, bool)  # key, hidden
    merge_requested = Signal(str, str)  # source key, target key
    closed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("tagEditor")
        self._mode = Mode.NONE
        self._usage: TagUsage | None = None
        self._category_key = ""
        self._language = Language.FR
        self._categories: tuple[Category, ...] = ()
        self._merge_armed = False
        self._targets: tuple[tuple[str, Labels], ...] = ()

        self.heading = label("subtitle", self)
        self.hint = label("muted", self)
        self.french = _field(self)
        self.english = _field(self)
        self.category = _combo(self)
        self.french_label = QLabel(self)
        self.english_label = QLabel(self)
        self.category_label = QLabel(self)
        form = QGridLayout()  # labels beside their fields: the panel must fit 800 px
        form.setContentsMargins(0, 0, 0, 0)
        form.setHorizontalSpacing(10)
        form.setVerticalSpacing(8)
        for row, (caption, field) in enumerate(
            (
                (self.french_label, self.french),
                (self.english_label, self.english),
                (self.category_label, self.category),
            )
        ):
            form.addWidget(caption, row, 0)
            form.addWidget(field, row, 1)
        form.setColumnStretch(1, 1)
        self.usage = label("muted", self)
        self.synonyms = label("muted", self)
        self.message = label("refusal", self)
        self.save = button("primary", self)
        self.cancel = button("secondary", self)
        actions = QHBoxLayout()
        actions.addWidget(self.save, 1)
        actions.addWidget(self.cancel)
        self.sensitive = QCheckBox(self)
        self.hidden = QCheckBox(self)
        self.merge_caption = label("caption", self)
        self.merge_target = _combo(self)
        self.merge_target.setEditable(True)  # type to find the target among many tags
        self.merge_target.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        completer = self.merge_target.completer()
        if completer is not None:
            completer.setFilterMode(Qt.MatchFlag.MatchContains)
            completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.merge = button("danger", self)
        self.merge_note = label("muted", self)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        layout.addWidget(self.heading)
        layout.addWidget(self.hint)
        layout.addLayout(form)
        layout.addWidget(self.usage)
        layout.addWidget(self.synonyms)
        layout.addWidget(self.message)
        layout.addLayout(actions)
        flags = QHBoxLayout()
        flags.addWidget(self.sensitive)
        flags.addWidget(self.hidden)
        flags.addStretch(1)
        layout.addLayout(flags)
        layout.addSpacing(8)
        layout.addWidget(self.merge_caption)
        layout.addWidget(self.merge_target)
        layout.addWidget(self.merge)
        layout.addWidget(self.merge_note)
        layout.addStretch(1)

        self.save.clicked.connect(self._on_save_clicked)
        self.cancel.clicked.connect(self._on_cancel_clicked)
        self.french.returnPressed.connect(self._on_save_clicked)
        self.english.returnPressed.connect(self._on_save_clicked)
        self.sensitive.clicked.connect(self._on_sensitive_clicked)
        self.hidden.clicked.connect(self._on_hidden_clicked)
        self.merge.clicked.connect(self._on_merge_clicked)
        self.merge_target.currentIndexChanged.connect(self._disarm_merge)
        self.show_nothing()

    # -- what it shows ------------------------------------------------------------------------

    @property
    def mode(self) -> Mode:
        return self._mode

    @property
    def key(self) -> str:
        if self._mode is Mode.TAG and self._usage is not None:
            return self._usage.tag.key
        return self._category_key if self._mode is Mode.CATEGORY else ""

    def set_language(self, language: Language) -> None:
        self._language = language
        self._fill_categories()
        self.set_merge_targets(self._targets)
        self.retranslate()

    def set_categories(self, categories: Sequence[Category]) -> None:
        self._categories = tuple(categories)
        self._fill_categories()

    def set_merge_targets(self, targets: Sequence[tuple[str, Labels]]) -> None:
        """Every tag a merge may go into (the edited one is left out when shown)."""
        self._targets = tuple(targets)
        chosen = self.merge_target.currentData()
        self.merge_target.blockSignals(True)
        self.merge_target.clear()
        own = self.key
        for key, labels in sorted(targets, key=lambda t: t[1](self._language).casefold()):
            if key != own:
                self.merge_target.addItem(labels(self._language), key)
        found = self.merge_target.findData(chosen)
        self.merge_target.setCurrentIndex(found)
        self.merge_target.blockSignals(False)

    def show_nothing(self) -> None:
        self._mode, self._usage = Mode.NONE, None
        self._show()

    def show_tag(self, usage: TagUsage) -> None:
        same = self._mode is Mode.TAG and self._usage is not None
        same = same and self._usage is not None and self._usage.tag.key == usage.tag.key
        self._mode, self._usage = Mode.TAG, usage
        if not same:  # a refresh of the same tag keeps what is being typed
            self.french.setText(usage.tag.label.fr)
            self.english.setText(usage.tag.label.en)
            self.message.clear()
            self._disarm_merge()
        self._select_category(usage.tag.category)
        self.sensitive.setChecked(usage.tag.sensitive)
        self.hidden.setChecked(usage.tag.approval is Approval.HIDDEN)
        self._show()

    def show_new_tag(self, category: str = "") -> None:
        self._mode, self._usage = Mode.NEW_TAG, None
        self.french.clear()
        self.english.clear()
        self.message.clear()
        self._select_category(category)
        self._show()
        self.french.setFocus()

    def show_category(self, category: Category | None) -> None:
        """A new category (None) or the renaming of ``category``."""
        self._mode, self._usage = Mode.CATEGORY, None
        self._category_key = category.key if category is not None else ""
        self.french.setText(category.label.fr if category is not None else "")
        self.english.setText(category.label.en if category is not None else "")
        self.message.clear()
        self._show()
        self.french.setFocus()

    def show_message(self, text: str) -> None:
        self.message.setText(text)
        self.message.setVisible(bool(text))

    # -- words --------------------------------------------------------------------------------

    def retranslate(self) -> None:
        self.french_label.setText(self.tr("French"))
        self.english_label.setText(self.tr("English"))
        self.category_label.setText(self.tr("Category"))
        self.cancel.setText(self.tr("Close"))
        self.sensitive.setText(self.tr("Sensitive"))
        self.sensitive.setToolTip(self.tr("Never on the wall, never given as a reason to meet"))
        self.hidden.setText(self.tr("Hidden"))
        self.hidden.setToolTip(self.tr("Off the chips and the wall; guests who chose it keep it"))
        self.merge_caption.setText(self.tr("Merge into another tag"))
        line = self.merge_target.lineEdit()
        if line is not None:
            line.setPlaceholderText(self.tr("Type to find the tag…"))
        self.hint.setText(
            self.tr(
                "Choose a tag in the list to rename it, move it, hide it or merge it; "
                "or add a new tag."
            )
        )
        if self.category.count():
            self.category.setItemText(0, self.tr("No category"))
        self._show()

    def _show(self) -> None:
        mode = self._mode
        editing = mode is not Mode.NONE
        tag = mode is Mode.TAG
        shown: list[tuple[QWidget, bool]] = [
            (self.french, editing),
            (self.english, editing),
            (self.french_label, editing),
            (self.english_label, editing),
            (self.save, editing),
            (self.cancel, editing),
            (self.hint, not editing),
            (self.category, mode in (Mode.TAG, Mode.NEW_TAG)),
            (self.category_label, mode in (Mode.TAG, Mode.NEW_TAG)),
            (self.usage, tag),
            (self.synonyms, tag),
            (self.sensitive, tag),
            (self.hidden, tag),
            (self.merge_caption, tag),
            (self.merge_target, tag),
            (self.merge, tag),
            (self.merge_note, tag),
        ]
        for widget, visible in shown:
            widget.setVisible(visible)
        self.message.setVisible(bool(self.message.text()))
        if mode is Mode.NONE:
            self.heading.setText(self.tr("Edit"))
        elif mode is Mode.NEW_TAG:
            self.heading.setText(self.tr("New tag"))
            self.save.setText(self.tr("Add the tag"))
        elif mode is Mode.CATEGORY:
            self.heading.setText(
                self.tr("Rename the category") if self._category_key else self.tr("New category")
            )
            self.save.setText(
                self.tr("Save") if self._category_key else self.tr("Add the category")
            )
        else:
            self.heading.setText(self.tr("Edit the tag"))
            self.save.setText(self.tr("Save"))
        usage = self._usage
        if usage is not None:
            self.usage.setText(
                self.tr("%n guest(s): ", "", usage.guests)
                + self.tr("%1 as a skill, %2 as an interest")
                .replace("%1", str(usage.skills))
                .replace("%2", str(usage.interests))
            )
            synonyms = ", ".join(usage.tag.synonyms)
            self.synonyms.setText(self.tr("Synonyms: %1").replace("%1", synonyms))
        self._show_merge_note()

    def _show_merge_note(self) -> None:
        usage = self._usage
        if usage is None:
            return
        target = self.merge_target.currentText() if self.merge_target.currentIndex() >= 0 else ""
        self.merge.setEnabled(self.merge_target.currentIndex() >= 0)
        if self._merge_armed:
            self.merge.setText(self.tr("Confirm the merge"))
            if usage.typed:  # a guest's words leave with the tag (privacy): say so
                note = self.tr(
                    "%n guest(s) will hold “%2” instead of “%1”. “%1” was typed by a guest: "
                    "its words are not kept as synonyms. This cannot be undone.",
                    "",
                    usage.guests,
                )
            else:
                note = self.tr(
                    "%n guest(s) will hold “%2” instead of “%1”, whose labels become "
                    "synonyms. This cannot be undone.",
                    "",
                    usage.guests,
                )
            self.merge_note.setText(
                note.replace("%1", usage.tag.label(self._language)).replace("%2", target)
            )
        else:
            self.merge.setText(self.tr("Merge…"))
            self.merge_note.setText("")
        self.merge_note.setVisible(self._merge_armed)
        # The explanation takes the place of the usage lines: the panel fits 800 px.
        self.usage.setVisible(not self._merge_armed)
        self.synonyms.setVisible(not self._merge_armed and bool(usage.tag.synonyms))

    def _fill_categories(self) -> None:
        chosen = self.category.currentData()
        self.category.blockSignals(True)
        self.category.clear()
        self.category.addItem(self.tr("No category"), "")
        for category in self._categories:
            self.category.addItem(category.label(self._language), category.key)
        self.category.setCurrentIndex(max(0, self.category.findData(chosen)))
        self.category.blockSignals(False)

    def _select_category(self, key: str) -> None:
        self.category.setCurrentIndex(max(0, self.category.findData(key)))

    # -- what the organiser asks -----------------------------------------------------------------

    def _on_save_clicked(self) -> None:
        fr, en = self.french.text(), self.english.text()
        if self._mode is Mode.CATEGORY:
            self.category_save_requested.emit(self._category_key, fr, en)
        elif self._mode in (Mode.TAG, Mode.NEW_TAG):
            category = str(self.category.currentData() or "")
            self.tag_save_requested.emit(self.key, fr, en, category)

    def _on_cancel_clicked(self) -> None:
        self.show_nothing()
        self.closed.emit()

    def _on_sensitive_clicked(self, checked: bool) -> None:
        if self.key:
            self.sensitive_requested.emit(self.key, checked)

    def _on_hidden_clicked(self, checked: bool) -> None:
        if self.key:
            self.hidden_requested.emit(self.key, checked)

    def _on_merge_clicked(self) -> None:
        target = self.merge_target.currentData()
        if not self.key or not target:
            return
        if not self._merge_armed:  # first press: say what will happen
            self._merge_armed = True
            self._show_merge_note()
            return
        self._merge_armed = False
        self._show_merge_note()
        self.merge_requested.emit(self.key, str(target))

    def _disarm_merge(self) -> None:
        self._merge_armed = False
        self._show_merge_note()
