"""Search results as a list model (first name, initial and masked hint only) and their delegate."""

from __future__ import annotations

from collections.abc import Sequence
from enum import IntEnum

from PySide6.QtCore import (
    QAbstractListModel,
    QByteArray,
    QModelIndex,
    QPersistentModelIndex,
    QRect,
    QSize,
    Qt,
)
from PySide6.QtGui import QFont, QFontMetrics, QPainter
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from kiosk.core.search import SearchHit
from kiosk.ui.checkin.texts import display_name

_Index = QModelIndex | QPersistentModelIndex


class ResultRole(IntEnum):
    GUEST_ID = Qt.ItemDataRole.UserRole + 1
    FIRST_NAME = Qt.ItemDataRole.UserRole + 2
    LAST_INITIAL = Qt.ItemDataRole.UserRole + 3
    HINT = Qt.ItemDataRole.UserRole + 4


class ResultsModel(QAbstractListModel):
    """The few guests matching what was typed. A whole reset per keystroke: five rows at most."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._hits: list[SearchHit] = []

    def set_hits(self, hits: Sequence[SearchHit]) -> None:
        if list(hits) == self._hits:
            return  # same answer to a longer query: no repaint, no lost press
        self.beginResetModel()
        self._hits = list(hits)
        self.endResetModel()

    def hit(self, row: int) -> SearchHit:
        return self._hits[row]

    def hit_for(self, guest_id: str) -> SearchHit | None:
        return next((h for h in self._hits if h.guest_id == guest_id), None)

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008, N802 (Qt's signature)
        return 0 if parent.isValid() else len(self._hits)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or not 0 <= index.row() < len(self._hits):
            return None
        hit = self._hits[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return display_name(hit.first_name, hit.last_initial)
        if role == ResultRole.GUEST_ID:
            return hit.guest_id
        if role == ResultRole.FIRST_NAME:
            return hit.first_name
        if role == ResultRole.LAST_INITIAL:
            return hit.last_initial
        if role == ResultRole.HINT:
            return hit.hint
        return None

    def flags(self, index: _Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return (
            Qt.ItemFlag.ItemIsEnabled
            | Qt.ItemFlag.ItemIsSelectable
            | Qt.ItemFlag.ItemNeverHasChildren
        )

    def roleNames(self) -> dict[int, QByteArray]:  # noqa: N802 (Qt override)
        names = super().roleNames()
        names[ResultRole.GUEST_ID.value] = QByteArray(b"guestId")
        names[ResultRole.FIRST_NAME.value] = QByteArray(b"firstName")
        names[ResultRole.LAST_INITIAL.value] = QByteArray(b"lastInitial")
        names[ResultRole.HINT.value] = QByteArray(b"hint")
        return names


def _scaled(font: QFont, factor: float) -> QFont:
    """A copy of ``font`` resized; stylesheets set pixel sizes, so scale whichever is set."""
    scaled = QFont(font)
    if font.pixelSize() > 0:
        scaled.setPixelSize(max(1, round(font.pixelSize() * factor)))
    else:
        scaled.setPointSizeF(font.pointSizeF() * factor)
    return scaled


def _fonts(font: QFont) -> tuple[QFont, QFont]:
    name = QFont(font)
    name.setWeight(QFont.Weight.DemiBold)
    return name, _scaled(font, 0.75)


class ResultDelegate(QStyledItemDelegate):
    """A tall row: the name large, the masked hint below it in a quieter colour."""

    def __init__(self, row_height: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._row_height = row_height

    def set_row_height(self, height: int) -> None:
        self._row_height = height

    def sizeHint(self, option: QStyleOptionViewItem, index: _Index) -> QSize:  # noqa: N802 (Qt override)
        name_font, hint_font = _fonts(option.font)
        text = QFontMetrics(name_font).height() + QFontMetrics(hint_font).height()
        return QSize(option.rect.width(), max(self._row_height, text + 28))

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: _Index) -> None:
        # The stylesheet paints the row background (::item); the delegate only writes text.
        hint = str(index.data(ResultRole.HINT) or "")
        name = str(index.data(Qt.ItemDataRole.DisplayRole) or "")
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        opt.text = ""
        widget = option.widget
        style = widget.style() if widget is not None else None
        if style is not None:
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, widget)
        rect = option.rect.adjusted(24, 6, -24, -6)
        painter.save()
        name_font, hint_font = _fonts(option.font)
        palette = option.palette
        name_height = QFontMetrics(name_font).height()
        hint_height = QFontMetrics(hint_font).height() if hint else 0
        top = rect.top() + (rect.height() - name_height - hint_height) // 2
        painter.setFont(name_font)
        painter.setPen(palette.text().color())
        elided = QFontMetrics(name_font).elidedText(name, Qt.TextElideMode.ElideRight, rect.width())
        painter.drawText(QRect(rect.left(), top, rect.width(), name_height), 0, elided)
        if hint:
            painter.setFont(hint_font)
            painter.setPen(palette.placeholderText().color())
            painter.drawText(
                QRect(rect.left(), top + name_height, rect.width(), hint_height), 0, hint
            )
        painter.restore()
