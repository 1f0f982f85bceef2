"""The "Events" page: every event of the database, a new one, and which one is active."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta

from PySide6.QtCore import QCoreApplication, QLocale, Qt, Signal
from PySide6.QtGui import QShowEvent, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDateTimeEdit,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from kiosk.core.event import Event
from kiosk.core.eventcheck import SettingsProblem, check_settings
from kiosk.ui.checkin.widgets import label as _label  # plain text, wrapped
from kiosk.ui.organiser.page import OrganiserPage
from kiosk.ui.organiser.setup.fields import field_name, from_qdatetime, to_qdatetime
from kiosk.ui.organiser.setup.texts import fill, problem_text

EVENT_ID_ROLE = Qt.ItemDataRole.UserRole + 1


@dataclass(frozen=True, slots=True)
class EventRow:
    """One event as the list shows it (the controller maps the service's summaries)."""

    id: str
    name: str
    starts_at: datetime
    ends_at: datetime
    guests: int
    active: bool


@dataclass(frozen=True, slots=True)
class NewEvent:
    name: str
    starts_at: datetime
    ends_at: datetime
    copy_vocabulary: bool


def _tonight() -> datetime:
    return datetime.now().replace(hour=18, minute=30, second=0, microsecond=0)


class EventsPage(OrganiserPage):
    """Passive; ``create_requested(NewEvent)``, ``activate_requested(event_id)``."""

    create_requested = Signal(object)  # NewEvent
    activate_requested = Signal(str)
    shown = Signal()  # the organiser opened the page

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._rows: list[EventRow] = []
        self._problems: list[SettingsProblem] = []
        self._title = _label("title", self)
        self.model = QStandardItemModel(0, 4, self)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(48)
        self.table.setWordWrap(False)  # one line a row; the dates column fits its text
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.selectionModel().selectionChanged.connect(self._on_selection_changed)
        self.empty = _label("muted", self)
        self.activate = QPushButton(self)
        self.activate.setProperty("role", "primary")
        self.activate.clicked.connect(self._on_activate_clicked)
        self._new_title = _label("caption", self)
        self.name = QLineEdit(self)
        self.starts = QDateTimeEdit(self)
        self.ends = QDateTimeEdit(self)
        for edit in (self.starts, self.ends):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd HH:mm")
        self.starts.setDateTime(to_qdatetime(_tonight()))
        self.ends.setDateTime(to_qdatetime(_tonight() + timedelta(hours=4)))
        self.copy_vocabulary = QCheckBox(self)
        self.copy_vocabulary.setChecked(True)
        self.create_button = QPushButton(self)
        self.create_button.setProperty("role", "secondary")
        self.create_button.clicked.connect(self._on_create_clicked)
        self.problems = _label("refusal", self)
        self.status = _label("muted", self)
        for widget in (self.activate, self.name, self.starts, self.ends, self.copy_vocabulary,
                       self.create_button):  # fmt: skip
            widget.setMinimumHeight(48)

        self._form = QFormLayout()
        self._form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        for field in (self.name, self.starts, self.ends):
            self._form.addRow(field_name(self), field)
        self._form.addRow("", self.copy_vocabulary)
        list_actions = QHBoxLayout()
        list_actions.addWidget(self.status, 1)
        list_actions.addWidget(self.activate)
        create_row = QHBoxLayout()
        create_row.addWidget(self.problems, 1)
        create_row.addWidget(self.create_button)
        outer = QVBoxLayout(self)
        outer.addWidget(self._title)
        outer.addWidget(self.table, 1)
        outer.addWidget(self.empty)
        outer.addLayout(list_actions)
        outer.addSpacing(16)
        outer.addWidget(self._new_title)
        outer.addLayout(self._form)
        outer.addLayout(create_row)
        self.retranslate()

    def title(self) -> str:
        return self.tr("Events")

    def page_shown(self) -> None:
        self.shown.emit()

    # -- what the controller calls ----------------------------------------------------------
    def set_events(self, rows: Sequence[EventRow]) -> None:
        self._rows = list(rows)
        self._fill()

    def show_created(self, name: str, tags_copied: int) -> None:
        self.create_button.setEnabled(True)
        self.name.clear()
        self.status.setText(
            fill(self.tr("“%1” created with %n tag(s). Activate it when it is ready.", "",
                         tags_copied), name)
        )  # fmt: skip

    def show_failed(self) -> None:
        self.create_button.setEnabled(True)
        self.activate.setEnabled(self._selected() is not None)
        self.status.setText(self.tr("The database did not answer. Try again."))

    @classmethod
    def confirm_activation(cls, parent: QWidget, name: str) -> bool:
        """Asked before switching events; tests replace this seam."""
        question = QCoreApplication.translate(
            "EventsPage",
            "Make “%1” the active event? The station restarts and every screen shows it.",
        )
        answer = QMessageBox.question(parent, parent.windowTitle(), fill(question, name))
        return answer == QMessageBox.StandardButton.Yes

    def retranslate(self) -> None:
        self._title.setText(self.tr("Events"))
        self.empty.setText(self.tr("No event in this database yet: create one below."))
        self.activate.setText(self.tr("Make active"))
        self._new_title.setText(self.tr("New event"))
        self.copy_vocabulary.setText(self.tr("Copy the tags and title list of the active event"))
        self.create_button.setText(self.tr("Create"))
        captions = (self.tr("Name"), self.tr("Starts"), self.tr("Ends"))
        for row, text in enumerate(captions):
            item = self._form.itemAt(row, QFormLayout.ItemRole.LabelRole)
            widget = item.widget() if item is not None else None
            if isinstance(widget, QLabel):
                widget.setText(text)
        self.model.setHorizontalHeaderLabels(
            [self.tr("Name"), self.tr("Dates"), self.tr("Guests"), self.tr("Active")]
        )
        self.problems.setText("\n".join(problem_text(p) for p in self._problems))
        self._fill()

    # -- inside -----------------------------------------------------------------------------
    def _fill(self) -> None:
        selected = self._selected()
        self.model.setRowCount(0)
        locale = self.organiser_locale()
        for row in self._rows:
            dates = fill(
                self.tr("%1 to %2"),
                locale.toString(to_qdatetime(row.starts_at), QLocale.FormatType.ShortFormat),
                locale.toString(to_qdatetime(row.ends_at), QLocale.FormatType.ShortFormat),
            )
            cells = [
                QStandardItem(row.name),
                QStandardItem(dates),
                QStandardItem(locale.toString(row.guests)),
                QStandardItem(self.tr("Active") if row.active else ""),
            ]
            cells[0].setData(row.id, EVENT_ID_ROLE)
            self.model.appendRow(cells)
        self.empty.setVisible(not self._rows)
        self._fit_columns()
        for index, row in enumerate(self._rows):
            if selected is not None and row.id == selected.id:
                self.table.selectRow(index)
        self._on_selection_changed()

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 (Qt override)
        super().showEvent(event)
        self._fit_columns()

    def _fit_columns(self) -> None:
        # Qt sizes "to contents" columns from the rows in view: rows filled while the page
        # was hidden left the dates column as narrow as its header.
        self.table.horizontalHeader().resizeSections()

    def _selected(self) -> EventRow | None:
        indexes = self.table.selectionModel().selectedRows()
        if not indexes:
            return None
        event_id = indexes[0].data(EVENT_ID_ROLE)
        return next((row for row in self._rows if row.id == event_id), None)

    def _on_selection_changed(self) -> None:
        row = self._selected()
        self.activate.setEnabled(row is not None and not row.active)

    def _on_activate_clicked(self) -> None:
        row = self._selected()
        if row is None or row.active:
            return
        if type(self).confirm_activation(self, row.name):
            self.activate.setEnabled(False)
            self.activate_requested.emit(row.id)

    def _on_create_clicked(self) -> None:
        new = NewEvent(
            name=self.name.text().strip(),
            starts_at=self._when(self.starts),
            ends_at=self._when(self.ends),
            copy_vocabulary=self.copy_vocabulary.isChecked(),
        )
        draft = Event(id="new", name=new.name, starts_at=new.starts_at, ends_at=new.ends_at)
        self._problems = check_settings(draft)
        self.problems.setText("\n".join(problem_text(p) for p in self._problems))
        if not self._problems:
            self.create_button.setEnabled(False)
            self.create_requested.emit(new)

    @staticmethod
    def _when(edit: QDateTimeEdit) -> datetime:
        return from_qdatetime(edit.dateTime())
