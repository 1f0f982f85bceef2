"""Item models of the import page: the preview (rows as they would be imported) and the errors."""

from __future__ import annotations

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtWidgets import QApplication, QStyle

from kiosk.core.guestlist import Field, PreviewRow, RowError
from kiosk.ui.organiser.importing.texts import field_name, row_problem_text

Index = QModelIndex | QPersistentModelIndex
_PREVIEW_FIELDS = (
    Field.FIRST_NAME,
    Field.LAST_NAME,
    Field.EMAIL,
    Field.ORGANISATION,
    Field.TICKET,
    Field.LANGUAGE,
)
PROBLEM_ROLE = Qt.ItemDataRole.UserRole + 1  # True on a row that would be refused


def _warning_icon() -> object:
    style = QApplication.style()
    return style.standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)


class PreviewModel(QAbstractTableModel):
    """Line, what is wrong (a warning icon on those rows), the guest's fields as mapped."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: tuple[PreviewRow, ...] = ()

    def set_rows(self, rows: tuple[PreviewRow, ...]) -> None:
        self.beginResetModel()
        self._rows = rows
        self.endResetModel()

    def retranslate(self) -> None:
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, self.columnCount() - 1)
        if self._rows:
            last = self.index(len(self._rows) - 1, self.columnCount() - 1)
            self.dataChanged.emit(self.index(0, 0), last)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(_PREVIEW_FIELDS) + 2

    def headerData(  # noqa: N802
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if orientation is not Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        if section == 0:
            return self.tr("Line")
        if section == 1:
            return self.tr("Problem")
        return field_name(_PREVIEW_FIELDS[section - 2])

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        row = self._rows[index.row()]
        column = index.column()
        if role == PROBLEM_ROLE:
            return row.error is not None
        if role == Qt.ItemDataRole.DecorationRole and column == 0 and row.error is not None:
            return _warning_icon()
        if role == Qt.ItemDataRole.ToolTipRole and row.error is not None:
            return row_problem_text(row.error)
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        draft = row.draft
        values = (
            str(draft.line),
            row_problem_text(row.error) if row.error is not None else "",
            draft.first_name,
            draft.last_name,
            draft.email,
            draft.organisation,
            draft.ticket,
            draft.language,
        )
        return values[column]


class ErrorModel(QAbstractTableModel):
    """The report's refused rows: line, column, what is wrong."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._errors: tuple[RowError, ...] = ()

    def set_errors(self, errors: tuple[RowError, ...]) -> None:
        self.beginResetModel()
        self._errors = errors
        self.endResetModel()

    def retranslate(self) -> None:
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, 2)
        if self._errors:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._errors) - 1, 2))

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._errors)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else 3

    def headerData(  # noqa: N802
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if orientation is not Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return (self.tr("Line"), self.tr("Column"), self.tr("What is wrong"))[section]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or role != Qt.ItemDataRole.DisplayRole:
            return None
        error = self._errors[index.row()]
        return (str(error.line), error.column or "*", row_problem_text(error))[index.column()]
