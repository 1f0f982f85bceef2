"""The vocabulary as a table model (one row per tag) and the filter behind the search field."""

from __future__ import annotations

from enum import IntEnum
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)

from kiosk.core.guest import Language
from kiosk.core.tags import Approval
from kiosk.core.text import fold
from kiosk.core.vocabularyedit import TagUsage, VocabularyOverview

Index = QModelIndex | QPersistentModelIndex
_DISPLAY = Qt.ItemDataRole.DisplayRole
_ALIGN = Qt.ItemDataRole.TextAlignmentRole
_RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
_LEFT = int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)


class Column(IntEnum):
    FRENCH = 0
    ENGLISH = 1
    CATEGORY = 2
    USAGE = 3  # "skills / interests": two numbers in one narrow column
    STATUS = 4  # shown / hidden / awaiting approval, and sensitive


class TagRole(IntEnum):
    KEY = Qt.ItemDataRole.UserRole + 1
    CATEGORY_KEY = Qt.ItemDataRole.UserRole + 2
    SEARCH_TEXT = Qt.ItemDataRole.UserRole + 3  # folded labels, synonyms and key
    USAGE = Qt.ItemDataRole.UserRole + 4  # guests holding it (sorting)


def status_text(approval: Approval, sensitive: bool = False) -> str:
    """Only what differs from a plain vocabulary tag: a short column, read at a glance."""
    if sensitive:
        plain = status_text(approval)
        if not plain:
            return QCoreApplication.translate("vocabulary", "Sensitive")
        return QCoreApplication.translate("vocabulary", "%1, sensitive").replace("%1", plain)
    if approval is Approval.HIDDEN:
        return QCoreApplication.translate("vocabulary", "Hidden")
    if approval is Approval.PENDING:
        return QCoreApplication.translate("vocabulary", "Awaiting approval")
    if approval is Approval.APPROVED:
        return QCoreApplication.translate("vocabulary", "Typed by a guest")
    return ""


class TagTableModel(QAbstractTableModel):
    """Read-only rows replaced as a whole on every refresh (a few hundred tags at most)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: tuple[TagUsage, ...] = ()
        self._categories: dict[str, tuple[str, str]] = {}
        self._language = Language.FR

    def set_overview(self, overview: VocabularyOverview) -> None:
        self.beginResetModel()
        self._rows = overview.tags
        self._categories = {c.key: (c.label.fr, c.label.en) for c in overview.categories}
        self.endResetModel()

    def set_language(self, language: Language) -> None:
        self._language = language
        if self._rows:
            last = self.index(len(self._rows) - 1, len(Column) - 1)
            self.dataChanged.emit(self.index(0, 0), last)
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(Column) - 1)

    def usage(self, row: int) -> TagUsage:
        return self._rows[row]

    def row_of(self, key: str) -> int:
        return next((i for i, u in enumerate(self._rows) if u.tag.key == key), -1)

    def category_label(self, key: str) -> str:
        labels = self._categories.get(key)
        if labels is None:
            return key
        return labels[0] if self._language is Language.FR else labels[1]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(Column)

    def headerData(  # noqa: N802 (Qt override)
        self, section: int, orientation: Qt.Orientation, role: int = _DISPLAY
    ) -> Any:
        if orientation is not Qt.Orientation.Horizontal or not 0 <= section < len(Column):
            return None
        if role == _ALIGN:
            return _RIGHT if section == Column.USAGE else _LEFT
        if role == Qt.ItemDataRole.ToolTipRole and section == Column.USAGE:
            return QCoreApplication.translate(
                "vocabulary", "Guests who chose it as a skill / as an interest"
            )
        if role != _DISPLAY:
            return None
        return (
            QCoreApplication.translate("vocabulary", "French"),
            QCoreApplication.translate("vocabulary", "English"),
            QCoreApplication.translate("vocabulary", "Category"),
            QCoreApplication.translate("vocabulary", "Guests"),
            QCoreApplication.translate("vocabulary", "Status"),
        )[section]

    def data(self, index: Index, role: int = _DISPLAY) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        usage = self._rows[index.row()]
        tag = usage.tag
        column = index.column()
        if role == TagRole.KEY:
            return tag.key
        if role == TagRole.CATEGORY_KEY:
            return tag.category
        if role == TagRole.USAGE:
            return usage.guests
        if role == TagRole.SEARCH_TEXT:
            return " | ".join(fold(n) for n in (*tag.names(), tag.key))
        if role == _ALIGN:
            return _RIGHT if column == Column.USAGE else _LEFT
        if role not in (_DISPLAY, Qt.ItemDataRole.ToolTipRole):
            return None
        if column == Column.FRENCH:
            return tag.label.fr
        if column == Column.ENGLISH:
            return tag.label.en
        if column == Column.CATEGORY:
            return self.category_label(tag.category) if tag.category else ""
        if column == Column.USAGE:
            return f"{usage.skills} / {usage.interests}"
        return status_text(tag.approval, tag.sensitive)

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return (
            Qt.ItemFlag.ItemIsEnabled
            | Qt.ItemFlag.ItemIsSelectable
            | Qt.ItemFlag.ItemNeverHasChildren
        )


class TagFilter(QSortFilterProxyModel):
    """Rows whose labels, synonyms or key contain the search (case and accents ignored),
    in the chosen category ("" for all)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._needle = ""
        self._category: str | None = None

    def set_search(self, text: str) -> None:
        self.beginFilterChange()
        self._needle = fold(text)
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def set_category(self, key: str | None) -> None:
        self.beginFilterChange()
        self._category = key
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:  # noqa: N802
        model = self.sourceModel()
        index = model.index(source_row, 0, source_parent)
        if self._category is not None and index.data(TagRole.CATEGORY_KEY) != self._category:
            return False
        return not self._needle or self._needle in str(index.data(TagRole.SEARCH_TEXT))
