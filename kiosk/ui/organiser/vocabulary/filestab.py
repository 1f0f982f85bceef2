"""The "Files" tab: export as JSON, import a file or a starter vocabulary with a preview first."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QFileDialog,
    QFrame,
    QHBoxLayout,
    QListWidget,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from kiosk.core.guest import Language
from kiosk.core.tags import Labels
from kiosk.core.vocabularyfile import VocabularyFile
from kiosk.ui.checkin.widgets import button, label
from kiosk.ui.organiser.vocabulary.texts import file_problem_text

REPLACE, MERGE = "replace", "merge"  # kiosk.services.vocabularyio.ImportMode values


class StarterButtons(QWidget):
    """One button per starter vocabulary; ``chosen(name)`` when pressed."""

    chosen = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._starters: list[tuple[str, Labels, int]] = []
        self._language = Language.FR
        self.buttons: list[QPushButton] = []
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)

    def set_starters(self, starters: Sequence[tuple[str, Labels, int]]) -> None:
        for old in self.buttons:
            old.deleteLater()
        self.buttons = []
        self._starters = list(starters)
        for name, _labels, _count in self._starters:
            widget = button("secondary", self)
            widget.clicked.connect(lambda _=False, n=name: self.chosen.emit(n))
            self._layout.addWidget(widget)
            self.buttons.append(widget)
        self.retranslate()

    def set_language(self, language: Language) -> None:
        self._language = language
        self.retranslate()

    def retranslate(self) -> None:
        for widget, (_name, labels, count) in zip(self.buttons, self._starters, strict=True):
            text = self.tr("%1 (%n tag(s))", "", count)
            # "&" would underline the next letter (a mnemonic): doubled, it shows as itself.
            widget.setText(text.replace("%1", labels(self._language).replace("&", "&&")))


class FilesTab(QWidget):
    """Passive: the organiser picks files here; the controller reads and writes them."""

    export_requested = Signal(str)  # path to write
    import_file_requested = Signal(str)  # path to read, then preview
    starter_preview_requested = Signal(str)  # starter name, then preview
    import_confirmed = Signal(str)  # REPLACE or MERGE
    import_cancelled = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.export_caption = label("caption", self)
        self.export_note = label("muted", self)
        self.export = button("secondary", self)
        self.import_caption = label("caption", self)
        self.import_note = label("muted", self)
        self.open_file = button("secondary", self)
        self.starters_caption = label("caption", self)
        self.starters = StarterButtons(self)
        self.message = label("muted", self)

        self.preview = QFrame(self)
        self.preview.setObjectName("importPreview")
        self.preview_title = label("subtitle", self.preview)
        self.problems_caption = label("refusal", self.preview)
        self.problems = QListWidget(self.preview)
        self.problems.setWordWrap(True)
        self.problems.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.replace = QRadioButton(self.preview)
        self.merge = QRadioButton(self.preview)
        self._modes = QButtonGroup(self)
        self._modes.addButton(self.replace)
        self._modes.addButton(self.merge)
        self.merge.setChecked(True)  # the choice that can never drop a tag
        self.confirm = button("primary", self.preview)
        self.cancel = button("secondary", self.preview)
        actions = QHBoxLayout()
        actions.addWidget(self.confirm)
        actions.addWidget(self.cancel)
        actions.addStretch(1)
        preview = QVBoxLayout(self.preview)
        preview.setContentsMargins(0, 0, 0, 0)
        preview.addWidget(self.preview_title)
        preview.addWidget(self.problems_caption)
        preview.addWidget(self.problems, 1)
        preview.addWidget(self.replace)
        preview.addWidget(self.merge)
        preview.addLayout(actions)

        # The left column scrolls rather than squeezing its buttons on an 800 px screen.
        column = QWidget()
        left = QVBoxLayout(column)
        left.setContentsMargins(0, 0, 8, 0)
        for widget in (
            self.export_caption,
            self.export_note,
            self.export,
            self.import_caption,
            self.import_note,
            self.open_file,
            self.starters_caption,
            self.starters,
            self.message,
        ):
            left.addWidget(widget)
        left.addStretch(1)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(12, 12, 12, 12)
        layout.setSpacing(24)
        area = QScrollArea(self)
        area.setWidget(column)
        area.setWidgetResizable(True)
        area.setFrameShape(QFrame.Shape.NoFrame)
        area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        layout.addWidget(area, 2)
        layout.addWidget(self.preview, 3)
        self.preview.hide()

        self.export.clicked.connect(self._on_export_clicked)
        self.open_file.clicked.connect(self._on_open_file_clicked)
        self.starters.chosen.connect(self.starter_preview_requested)
        self.confirm.clicked.connect(self._on_confirm_clicked)
        self.cancel.clicked.connect(self._on_cancel_clicked)
        self._file: VocabularyFile | None = None
        self._source = ""
        self.retranslate()

    # -- file dialogs (a seam: tests replace these classmethods) --------------------------------

    @classmethod
    def choose_open_path(cls, parent: QWidget) -> str:
        path, _filter = QFileDialog.getOpenFileName(
            parent,
            QCoreApplication.translate("vocabulary", "Import a vocabulary"),
            "",
            "JSON (*.json)",
        )
        return path

    @classmethod
    def choose_save_path(cls, parent: QWidget) -> str:
        path, _filter = QFileDialog.getSaveFileName(
            parent,
            QCoreApplication.translate("vocabulary", "Export the vocabulary"),
            "vocabulary.json",
            "JSON (*.json)",
        )
        return path

    # -- what it shows --------------------------------------------------------------------------

    def set_language(self, language: Language) -> None:
        self.starters.set_language(language)

    def retranslate(self) -> None:
        self.export_caption.setText(self.tr("Export"))
        self.export_note.setText(
            self.tr(
                "The categories and tags as a JSON file, to reuse at another event. "
                "Nothing about guests is in it."
            )
        )
        self.export.setText(self.tr("Export as JSON…"))
        self.import_caption.setText(self.tr("Import"))
        self.import_note.setText(
            self.tr(
                "A JSON file in the same format. You see what it holds and what is wrong "
                "in it before anything changes."
            )
        )
        self.open_file.setText(self.tr("Import a file…"))
        self.starters_caption.setText(self.tr("Starter vocabularies"))
        self.replace.setText(self.tr("Replace the vocabulary (tags guests already chose are kept)"))
        self.merge.setText(self.tr("Add to the vocabulary (same keys take the file's labels)"))
        self.confirm.setText(self.tr("Import"))
        self.cancel.setText(self.tr("Cancel"))
        self.starters.retranslate()
        if self._file is not None:
            self._show_preview()

    def show_preview(self, source: str, parsed: VocabularyFile) -> None:
        """What a file holds; importing it waits for the organiser's choice."""
        self._file, self._source = parsed, source
        self.message.clear()
        self._show_preview()
        self.preview.show()

    def _show_preview(self) -> None:
        parsed = self._file
        if parsed is None:
            return
        usable = bool(parsed.tags or parsed.categories)
        title = self.tr("“%1”: %n tag(s) can be imported", "", len(parsed.tags))
        self.preview_title.setText(title.replace("%1", self._source))
        self.problems_caption.setText(
            self.tr("%n entry(ies) will be left out:", "", len(parsed.problems))
        )
        self.problems_caption.setVisible(bool(parsed.problems))
        self.problems.clear()
        self.problems.addItems([file_problem_text(p) for p in parsed.problems])
        self.problems.setVisible(bool(parsed.problems))
        for widget in (self.replace, self.merge, self.confirm):
            widget.setEnabled(usable)

    def hide_preview(self) -> None:
        self._file = None
        self.preview.hide()

    def show_message(self, text: str) -> None:
        self.message.setText(text)

    # -- what the organiser asks ------------------------------------------------------------------

    def _on_export_clicked(self) -> None:
        path = self.choose_save_path(self)
        if path:
            self.export_requested.emit(path)

    def _on_open_file_clicked(self) -> None:
        path = self.choose_open_path(self)
        if path:
            self.import_file_requested.emit(path)

    def _on_confirm_clicked(self) -> None:
        self.import_confirmed.emit(REPLACE if self.replace.isChecked() else MERGE)

    def _on_cancel_clicked(self) -> None:
        self.hide_preview()
        self.import_cancelled.emit()
