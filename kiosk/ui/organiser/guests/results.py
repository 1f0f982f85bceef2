"""The search results as an item model: name, email, ticket, and whether the guest is here."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)

from kiosk.ui.organiser.guests.views import FoundRow

Index = QModelIndex | QPersistentModelIndex
_DISPLAY = Qt.ItemDataRole.DisplayRole
GUEST_ID_ROLE = Qt.ItemDataRole.UserRole + 1


class FoundModel(QAbstractTableModel):
    """Read-only rows replaced as a whole on each answer of the search."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: tuple[FoundRow, ...] = ()

    @property
    def rows(self) -> tuple[FoundRow, ...]:
        return self._rows

    def set_rows(self, rows: tuple[FoundRow, ...]) -> None:
        self.beginResetModel()
        self._rows = rows
        self.endResetModel()

    def retranslate(self) -> None:
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, self.columnCount() - 1)
        if self._rows:
            last = self.index(len(self._rows) - 1, self.columnCount() - 1)
            self.dataChanged.emit(self.index(0, 0), last)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else 3

    def headerData(  # noqa: N802 (Qt override)
        self, section: int, orientation: Qt.Orientation, role: int = _DISPLAY
    ) -> Any:
        if orientation is not Qt.Orientation.Horizontal or role != _DISPLAY:
            return None
        headers = (
            QCoreApplication.translate("guests", "Name"),
            QCoreApplication.translate("guests", "Email or ticket"),
            QCoreApplication.translate("guests", "Here"),
        )
        return headers[section] if 0 <= section < len(headers) else None

    def data(self, index: Index, role: int = _DISPLAY) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        if role == GUEST_ID_ROLE:
            return row.guest_id
        if role == Qt.ItemDataRole.ToolTipRole and index.column() < 2:
            return self.data(index)  # the whole of a long name or email, cut in the column
        if role != _DISPLAY:
            return None
        if index.column() == 0:
            return row.full_name
        if index.column() == 1:
            return " · ".join(part for part in (row.email, row.ticket) if part)
        if row.present:
            return QCoreApplication.translate("guests", "here")
        return ""

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
