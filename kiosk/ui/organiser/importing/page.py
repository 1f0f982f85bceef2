"""The "Import guests" page: choose a file, check its encoding, separator and columns, import.

Passive: it emits what the organiser asks (read this file with these settings, preview this
mapping, import) and shows what its controller answers; reading, previewing and importing
run on the worker, never here.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFileDialog,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QSizePolicy,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from kiosk.core.guestlist import DELIMITERS, ENCODINGS, Field, FileProblem, Preview
from kiosk.ui.checkin.widgets import label as _label  # plain text, wrapped
from kiosk.ui.organiser.importing.mapping import MappingTable
from kiosk.ui.organiser.importing.models import ErrorModel, PreviewModel
from kiosk.ui.organiser.importing.texts import (
    delimiter_name,
    file_problem_text,
    fill,
    unreadable_text,
)
from kiosk.ui.organiser.importing.views import FileView, ReportView
from kiosk.ui.organiser.page import OrganiserPage

ROW_PX = 40


def _button(role: str, parent: QWidget) -> QPushButton:
    button = QPushButton(parent)
    button.setProperty("role", role)
    return button


def _table(parent: QWidget) -> QTableView:
    table = QTableView(parent)
    table.verticalHeader().hide()
    table.verticalHeader().setDefaultSectionSize(ROW_PX)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setWordWrap(False)
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    table.horizontalHeader().setStretchLastSection(True)
    return table


class ImportPage(OrganiserPage):
    read_requested = Signal(str, str, str)  # path, encoding ("" detected), separator ("" sniffed)
    preview_requested = Signal(object)  # dict[int, Field]
    import_requested = Signal(object)  # dict[int, Field]

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._file: FileView | None = None
        self._preview: Preview | None = None
        self._report: ReportView | None = None
        self._problem: tuple[FileProblem, int, str] | None = None
        self._unreadable = ""
        self._busy = False
        self._title = _label("title", self)
        self._intro = _label("subtitle", self)
        self.path = QLineEdit(self)
        self.path.setObjectName("path")
        self.choose = _button("secondary", self)
        self.read = _button("secondary", self)
        self._encoding_label = _label("caption", self)
        self.encoding = QComboBox(self)
        self._separator_label = _label("caption", self)
        self.separator = QComboBox(self)
        for combo in (self.encoding, self.separator):
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.status = _label("muted", self)
        self.problem = _label("refusal", self)
        self._mapping_label = _label("caption", self)
        self.mapping = MappingTable(self)
        self._preview_label = _label("caption", self)
        self.preview_model = PreviewModel(self)
        self.preview = _table(self)
        self.preview.setModel(self.preview_model)
        self.summary = _label("muted", self)
        self.start = _button("primary", self)
        self.progress = QProgressBar(self)
        self.counts = _label("subtitle", self)
        self.errors_model = ErrorModel(self)
        self.errors = _table(self)
        self.errors.setModel(self.errors_model)
        self.again = _button("secondary", self)
        self._stack = QStackedWidget(self)
        self._lay_out()
        self._connect()
        self.retranslate()
        self._update_controls()

    def _lay_out(self) -> None:
        file_row = QHBoxLayout()
        file_row.addWidget(self.path, 1)
        file_row.addWidget(self.choose)
        file_row.addWidget(self.read)
        options = QGridLayout()
        options.addWidget(self._encoding_label, 0, 0)
        options.addWidget(self._separator_label, 0, 1)
        options.addWidget(self.encoding, 1, 0)
        options.addWidget(self.separator, 1, 1)
        options.setColumnStretch(2, 1)
        check = QWidget(self)
        columns = QHBoxLayout(check)
        columns.setContentsMargins(0, 0, 0, 0)
        left = QVBoxLayout()
        left.addWidget(self._mapping_label)
        left.addWidget(self.mapping, 1)
        right = QVBoxLayout()
        right.addWidget(self._preview_label)
        right.addWidget(self.preview, 1)
        right.addWidget(self.summary)
        columns.addLayout(left, 1)
        columns.addLayout(right, 1)
        report = QWidget(self)
        report_layout = QVBoxLayout(report)
        report_layout.setContentsMargins(0, 0, 0, 0)
        report_layout.addWidget(self.counts)
        report_layout.addWidget(self.errors, 1)
        again_row = QHBoxLayout()
        again_row.addWidget(self.again)
        again_row.addStretch(1)
        report_layout.addLayout(again_row)
        self._stack.addWidget(check)
        self._stack.addWidget(report)
        bottom = QHBoxLayout()
        bottom.addWidget(self.progress, 1)
        bottom.addStretch(0)
        bottom.addWidget(self.start)
        self.start.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self.start.setMinimumWidth(240)
        layout = QVBoxLayout(self)
        layout.addWidget(self._title)
        layout.addWidget(self._intro)
        layout.addLayout(file_row)
        layout.addLayout(options)
        layout.addWidget(self.status)
        layout.addWidget(self.problem)
        layout.addWidget(self._stack, 1)
        layout.addLayout(bottom)

    def _connect(self) -> None:
        self.choose.clicked.connect(self._on_choose_clicked)
        self.read.clicked.connect(self._on_read_clicked)
        self.path.returnPressed.connect(self._on_read_clicked)
        self.path.textChanged.connect(lambda _text: self._update_controls())
        self.encoding.activated.connect(lambda _i: self._request_read())
        self.separator.activated.connect(lambda _i: self._request_read())
        self.mapping.mapping_changed.connect(self._on_mapping_changed)
        self.start.clicked.connect(self._on_start_clicked)
        self.again.clicked.connect(self._on_again_clicked)

    # -- words ---------------------------------------------------------------------------------

    def title(self) -> str:
        return self.tr("Import guests")

    def retranslate(self) -> None:
        self._title.setText(self.title())
        self._intro.setText(
            self.tr(
                "A CSV or XLSX file from your ticketing tool or spreadsheet. Guests already"
                " listed are updated (same ticket, else same email), never duplicated; their"
                " check-ins and tags stay."
            )
        )
        self.path.setPlaceholderText(self.tr("Path of the file"))
        self.choose.setText(self.tr("Choose…"))
        self.read.setText(self.tr("Read"))
        self._encoding_label.setText(self.tr("Encoding"))
        self._separator_label.setText(self.tr("Separator"))
        self._mapping_label.setText(self.tr("Columns"))
        self._preview_label.setText(self.tr("Preview"))
        self.again.setText(self.tr("Back to the file"))
        self.mapping.retranslate()
        self.preview_model.retranslate()
        self.errors_model.retranslate()
        self._fill_settings()
        self._show_texts()

    def _fill_settings(self) -> None:
        file = self._file
        detected = fill(self.tr("Detected: %1"), file.encoding if file else "…")
        chosen_encoding = self.encoding.currentData() or ""
        self.encoding.clear()
        self.encoding.addItem(detected, "")
        for name in ENCODINGS:
            self.encoding.addItem(name, name)
        self.encoding.setCurrentIndex(max(0, self.encoding.findData(chosen_encoding)))
        sniffed = fill(self.tr("Detected: %1"), delimiter_name(file.delimiter) if file else "…")
        chosen_separator = self.separator.currentData() or ""
        self.separator.clear()
        self.separator.addItem(sniffed, "")
        for delimiter in DELIMITERS:
            self.separator.addItem(delimiter_name(delimiter), delimiter)
        self.separator.setCurrentIndex(max(0, self.separator.findData(chosen_separator)))

    def _show_texts(self) -> None:
        if self._problem is not None:
            self.problem.setText(file_problem_text(*self._problem))
        elif self._unreadable:
            self.problem.setText(unreadable_text(self._unreadable))
        else:
            self.problem.setText("")
        self.start.setText(self.tr("Import"))
        if self._busy and self._file is None:
            self.status.setText(self.tr("Reading the file…"))
        elif self._file is None:
            self.status.setText(self.tr("Choose a file to see its columns and first rows."))
        elif self._file.xlsx:
            self.status.setText(self.tr("Workbook: the first sheet is read."))
        else:
            self.status.setText("")
        preview = self._preview
        if preview is not None:
            text = self.tr("%n rows to import", "", preview.total - preview.failed)
            if preview.failed:
                text += " · " + self.tr("%n rows refused (see Problem)", "", preview.failed)
            self.summary.setText(text)
        else:
            self.summary.setText("")
        report = self._report
        self._hide_empty_lines()
        if report is not None:
            self.counts.setText(
                " · ".join(
                    [
                        self.tr("%n imported", "", report.created),
                        self.tr("%n updated", "", report.updated),
                        self.tr("%n unchanged", "", report.unchanged),
                        self.tr("%n failed", "", len(report.errors)),
                    ]
                )
            )

    def _hide_empty_lines(self) -> None:
        for label in (self.status, self.problem, self.summary):
            label.setVisible(bool(label.text()))

    # -- what the controller shows ------------------------------------------------------------

    def show_reading(self) -> None:
        self._busy = True
        self._problem = None
        self._unreadable = ""
        self._show_texts()
        self._update_controls()

    def show_file(self, file: FileView) -> None:
        self._busy = False
        self._file = file
        self._report = None
        self._problem = None
        self._unreadable = ""
        self.path.setText(file.path)
        self.mapping.set_columns(file.headers, file.samples, file.mapping)
        self._fill_settings()
        self._stack.setCurrentIndex(0)
        self.progress.reset()
        if file.preview is not None:
            self.show_preview(file.preview)
        else:
            self._preview = None
            self.preview_model.set_rows(())
            self._show_texts()
            self._update_controls()

    def show_preview(self, preview: Preview) -> None:
        self._preview = preview
        self._problem = None
        self.preview_model.set_rows(preview.rows)
        self.preview.resizeColumnsToContents()
        self._show_texts()
        self._update_controls()

    def show_file_problem(self, problem: FileProblem, line: int = 0, detail: str = "") -> None:
        """The file (or the mapping) cannot be imported: say why; the preview empties."""
        self._busy = False
        self._problem = (problem, line, detail)
        if problem not in {FileProblem.NO_NAME_COLUMN, FileProblem.SAME_FIELD_TWICE}:
            self._file = None  # a mapping problem keeps the columns to fix it
            self.mapping.set_columns((), (), {})
        self._preview = None
        self.preview_model.set_rows(())
        self._show_texts()
        self._update_controls()

    def show_unreadable(self, reason: str) -> None:
        self._busy = False
        self._file = None
        self._preview = None
        self._unreadable = reason
        self.mapping.set_columns((), (), {})
        self.preview_model.set_rows(())
        self._show_texts()
        self._update_controls()

    def show_progress(self, done: int, total: int) -> None:
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(done)

    def show_report(self, report: ReportView) -> None:
        self._busy = False
        self._report = report
        self.errors_model.set_errors(report.errors)
        self.errors.resizeColumnsToContents()
        self._stack.setCurrentIndex(1)
        self._show_texts()
        self._update_controls()

    def show_failed(self) -> None:
        """The import could not be stored (database busy, disk full): nothing changed."""
        self._busy = False
        self.problem.setText(self.tr("The import failed; nothing was changed. Try again."))
        self._hide_empty_lines()
        self._update_controls()

    # -- what the organiser does --------------------------------------------------------------

    @classmethod
    def ask_file(cls, parent: QWidget) -> str:
        """The file dialog (a seam that tests replace); "" when cancelled."""
        path, _ = QFileDialog.getOpenFileName(
            parent,
            QCoreApplication.translate("ImportPage", "Choose a guest list"),
            "",
            QCoreApplication.translate(
                "ImportPage", "Guest lists (*.csv *.txt *.tsv *.xlsx);;All files (*)"
            ),
            options=QFileDialog.Option.DontUseNativeDialog,
        )
        return path

    def _on_choose_clicked(self) -> None:
        path = type(self).ask_file(self)
        if path:
            self.path.setText(path)
            self.encoding.setCurrentIndex(0)
            self.separator.setCurrentIndex(0)
            self._request_read()

    def _on_read_clicked(self) -> None:
        self._request_read()

    def _request_read(self) -> None:
        path = self.path.text().strip()
        if path and not self._busy:
            self.read_requested.emit(
                path, self.encoding.currentData() or "", self.separator.currentData() or ""
            )

    def _on_mapping_changed(self, mapping: dict[int, Field]) -> None:
        self.preview_requested.emit(mapping)

    def _on_start_clicked(self) -> None:
        self._busy = True
        self.progress.setRange(0, 0)  # busy until the first figures arrive
        self._update_controls()
        self.import_requested.emit(self.mapping.mapping())

    def _on_again_clicked(self) -> None:
        self._stack.setCurrentIndex(0)
        self._report = None
        self.progress.reset()
        self._update_controls()

    def _update_controls(self) -> None:
        ready = self._file is not None and self._preview is not None and not self._busy
        on_preview = self._stack.currentIndex() == 0
        self.start.setEnabled(ready and on_preview and self._preview is not None
                              and self._preview.total > self._preview.failed)  # fmt: skip
        for widget in (self.choose, self.read, self.path, self.mapping):
            widget.setEnabled(not self._busy)
        self.read.setEnabled(not self._busy and bool(self.path.text().strip()))
        # Open while a file is refused too: another encoding may be the cure.
        workbook = self._file is not None and self._file.xlsx
        self.encoding.setEnabled(not workbook and not self._busy)
        self.separator.setEnabled(not workbook and not self._busy)
        self.progress.setVisible(self._busy or self._report is not None)
