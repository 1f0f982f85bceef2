"""Item models of the dashboard: tags with their counts, and the guests to introduce by hand."""

from __future__ import annotations

from datetime import tzinfo
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)

from kiosk.core.guest import Language
from kiosk.ui.organiser.dashboard.views import TagRow, WaitingRow, clock_time, display_name

Index = QModelIndex | QPersistentModelIndex
_DISPLAY = Qt.ItemDataRole.DisplayRole
_ALIGN = Qt.ItemDataRole.TextAlignmentRole
_RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
_LEFT = int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)


class _Table(QAbstractTableModel):
    """Rows replaced as a whole (a dashboard refresh), read-only, one language at a time."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._language = Language.FR

    def set_language(self, language: Language) -> None:
        self._language = language
        if self.rowCount():
            last = self.index(self.rowCount() - 1, self.columnCount() - 1)
            self.dataChanged.emit(self.index(0, 0), last)
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, self.columnCount() - 1)

    def headers(self) -> tuple[str, ...]:
        raise NotImplementedError

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self.headers())

    def headerData(  # noqa: N802 (Qt override)
        self, section: int, orientation: Qt.Orientation, role: int = _DISPLAY
    ) -> Any:
        if orientation is Qt.Orientation.Horizontal and 0 <= section < self.columnCount():
            if role == _DISPLAY:
                return self.headers()[section]
            if role == _ALIGN:
                return _RIGHT if self._numeric(section) else _LEFT
        return None

    def _numeric(self, column: int) -> bool:
        return False

    def flags(self, index: Index) -> Qt.ItemFlag:
        return Qt.ItemFlag.ItemIsEnabled if index.isValid() else Qt.ItemFlag.NoItemFlags


class TagCountModel(_Table):
    """A tag (in the organiser's language) and how many present guests hold it."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: tuple[TagRow, ...] = ()

    def set_rows(self, rows: tuple[TagRow, ...]) -> None:
        self.beginResetModel()
        self._rows = rows
        self.endResetModel()

    def headers(self) -> tuple[str, ...]:
        return (
            QCoreApplication.translate("dashboard", "Tag"),
            QCoreApplication.translate("dashboard", "Guests"),
        )

    def _numeric(self, column: int) -> bool:
        return column == 1

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self._rows)

    def data(self, index: Index, role: int = _DISPLAY) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        if role == _DISPLAY:
            return row.label(self._language) if index.column() == 0 else str(row.count)
        if role == _ALIGN:
            return _RIGHT if index.column() == 1 else _LEFT
        return None


class WaitingModel(_Table):
    """Present guests with no suggestion: name, arrival time, what they would talk about."""

    def __init__(self, parent: QObject | None = None, tz: tzinfo | None = None) -> None:
        super().__init__(parent)
        self._rows: tuple[WaitingRow, ...] = ()
        self._tz = tz

    def set_rows(self, rows: tuple[WaitingRow, ...]) -> None:
        self.beginResetModel()
        self._rows = rows
        self.endResetModel()

    def guest_id(self, row: int) -> str:
        return self._rows[row].guest_id

    def headers(self) -> tuple[str, ...]:
        return (
            QCoreApplication.translate("dashboard", "Guest"),
            QCoreApplication.translate("dashboard", "Arrived"),
            QCoreApplication.translate("dashboard", "Would like to talk about"),
            QCoreApplication.translate("dashboard", "Can help with"),
        )

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self._rows)

    def data(self, index: Index, role: int = _DISPLAY) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        if role != _DISPLAY:
            return None
        row, column, language = self._rows[index.row()], index.column(), self._language
        if column == 0:
            return display_name(row.first_name, row.last_initial)
        if column == 1:
            return clock_time(row.arrived_at, language, self._tz)
        labels = row.interests if column == 2 else row.skills
        if not labels:
            return QCoreApplication.translate("dashboard", "(no tags yet)")
        return ", ".join(label(language) for label in labels)
