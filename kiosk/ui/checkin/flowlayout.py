"""A layout that places widgets left to right, wrapping into rows (after Qt's flow layout)."""

from __future__ import annotations

from PySide6.QtCore import QMargins, QPoint, QRect, QSize, Qt
from PySide6.QtWidgets import QLayout, QLayoutItem, QWidget


class FlowLayout(QLayout):
    """Chips of different widths, wrapped to the width available; height follows the width."""

    def __init__(self, parent: QWidget | None = None, spacing: int = 12) -> None:
        super().__init__(parent)
        self._items: list[QLayoutItem] = []
        self._spacing = spacing
        # Layouts above ask the same width's height many times per pass, and Qt invalidates
        # every layout of the window at each activation: heights are kept as long as the
        # visible items and their size hints are the same (read once per activation).
        self._heights: dict[int, int] = {}
        self._hints: list[tuple[QLayoutItem, QSize]] | None = None
        self._minimum = QSize()
        self._signature: list[tuple[QLayoutItem, int, int]] = []
        self._placed: tuple[QRect, list[tuple[QLayoutItem, int, int]]] | None = None
        self.setContentsMargins(QMargins(0, 0, 0, 0))

    def set_gap(self, spacing: int) -> None:
        self._spacing = spacing
        self._heights.clear()
        self._placed = None
        self.invalidate()

    def invalidate(self) -> None:
        self._hints = None  # re-read the hints; heights stay if they did not change
        super().invalidate()

    def addItem(self, item: QLayoutItem) -> None:  # noqa: N802 (Qt override)
        self._items.append(item)
        self._hints = None

    def count(self) -> int:
        return len(self._items)

    def itemAt(self, index: int) -> QLayoutItem | None:  # noqa: N802 (Qt override)
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int) -> QLayoutItem | None:  # noqa: N802 (Qt override)
        self._hints = None
        return self._items.pop(index) if 0 <= index < len(self._items) else None

    def expandingDirections(self) -> Qt.Orientation:  # noqa: N802 (Qt override)
        return Qt.Orientation(0)

    def hasHeightForWidth(self) -> bool:  # noqa: N802 (Qt override)
        return True

    def heightForWidth(self, width: int) -> int:  # noqa: N802 (Qt override)
        height = self._heights.get(width)
        if height is None:
            height = self._heights[width] = self._arrange(QRect(0, 0, width, 0), move=False)
        return height

    def setGeometry(self, rect: QRect) -> None:  # noqa: N802 (Qt override)
        super().setGeometry(rect)
        self._sized()
        placed = (QRect(rect), self._signature)
        if placed != self._placed:  # the same rect and items: every chip is already in place
            self._arrange(rect, move=True)
            self._placed = placed

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt override)
        return self.minimumSize()

    def minimumSize(self) -> QSize:  # noqa: N802 (Qt override)
        self._sized()
        margins = self.contentsMargins()
        return self._minimum + QSize(
            margins.left() + margins.right(), margins.top() + margins.bottom()
        )

    def _sized(self) -> list[tuple[QLayoutItem, QSize]]:
        """Visible items and their size hints, read once since the last invalidation."""
        if self._hints is None:
            # Hidden chips (filtered out by a search) take no room.
            hints = [(item, item.sizeHint()) for item in self._items if not item.isEmpty()]
            signature = [(item, h.width(), h.height()) for item, h in hints]
            minimum = QSize()
            for item, _hint in hints:
                minimum = minimum.expandedTo(item.minimumSize())
            if signature != self._signature:
                self._heights.clear()
                self._signature = signature
            self._hints, self._minimum = hints, minimum
        return self._hints

    def _arrange(self, rect: QRect, *, move: bool) -> int:
        margins = self.contentsMargins()
        area = rect.adjusted(margins.left(), margins.top(), -margins.right(), -margins.bottom())
        x, y, line_height = area.x(), area.y(), 0
        bound = QSize(area.width(), 10**6)
        for item, size_hint in self._sized():
            hint = size_hint.boundedTo(bound)
            if x + hint.width() > area.right() + 1 and line_height > 0:
                x, y = area.x(), y + line_height + self._spacing
                line_height = 0
            if move:
                item.setGeometry(QRect(QPoint(x, y), hint))
            x += hint.width() + self._spacing
            line_height = max(line_height, hint.height())
        return y + line_height - rect.y() + margins.bottom()
