"""Item models of the moderation page: the typed tags and the typed names waiting for review."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)

from kiosk.ui.organiser.moderation.views import GuestView, TagView

KEY_ROLE = Qt.ItemDataRole.UserRole  # the tag key or guest id of a row
_Index = QModelIndex | QPersistentModelIndex
_NUMBER = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter


class PendingTagModel(QAbstractTableModel):
    """Columns: French label, English label, as a skill, as an interest, guests."""

    COLUMNS = 5

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: tuple[TagView, ...] = ()

    def set_rows(self, rows: Sequence[TagView]) -> None:
        self.beginResetModel()
        self._rows = tuple(rows)
        self.endResetModel()

    def row(self, index: int) -> TagView:
        return self._rows[index]

    def row_of(self, key: str) -> int:
        return next((i for i, r in enumerate(self._rows) if r.key == key), -1)

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: N802, B008 (Qt API)
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: N802, B008 (Qt API)
        return 0 if parent.isValid() else self.COLUMNS

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            values = (row.label_fr, row.label_en, row.skills, row.interests, row.guests)
            return str(values[index.column()])
        if role == Qt.ItemDataRole.ToolTipRole and index.column() < 2:
            return row.label_fr if index.column() == 0 else row.label_en  # elided in the cell
        if role == KEY_ROLE:
            return row.key
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() >= 2:
            return int(_NUMBER.value)
        return None

    def headerData(  # noqa: N802 (Qt API)
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        headers = (
            self.tr("French"),
            self.tr("English"),
            self.tr("Skill"),
            self.tr("Interest"),
            self.tr("Guests"),
        )
        return headers[section] if 0 <= section < len(headers) else None

    def retranslate(self) -> None:
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, self.COLUMNS - 1)


class PendingNameModel(QAbstractTableModel):
    """Columns: the name typed at the door, whether the guest agreed to the wall."""

    COLUMNS = 2

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: tuple[GuestView, ...] = ()

    def set_rows(self, rows: Sequence[GuestView]) -> None:
        self.beginResetModel()
        self._rows = tuple(rows)
        self.endResetModel()

    def row(self, index: int) -> GuestView:
        return self._rows[index]

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: N802, B008 (Qt API)
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: N802, B008 (Qt API)
        return 0 if parent.isValid() else self.COLUMNS

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return row.name if index.column() == 0 else self._state(row)
        if role == Qt.ItemDataRole.ToolTipRole and index.column() == 0:
            return row.name  # elided in the cell
        if role == KEY_ROLE:
            return row.guest_id
        return None

    def _state(self, row: GuestView) -> str:
        if row.hidden_from_wall:
            return self.tr("Hidden from the wall")
        return self.tr("Agreed to the wall") if row.on_wall_consent else self.tr("Not on the wall")

    def headerData(  # noqa: N802 (Qt API)
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        headers = (self.tr("Name typed"), self.tr("Wall"))
        return headers[section] if 0 <= section < len(headers) else None

    def retranslate(self) -> None:
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, self.COLUMNS - 1)
        if self._rows:
            self.dataChanged.emit(self.index(0, 1), self.index(len(self._rows) - 1, 1))
