"""The kiosk's stack of pages: switching pages never asks the hidden ones for their sizes."""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtWidgets import QLayout, QStackedWidget, QWidget


class PageStack(QStackedWidget):
    """A QStackedWidget that takes the size the window gives it.

    A plain one answers its size questions with the largest answer of every page, hidden
    ones included (QStackedLayout::heightForWidth asks each page, and a page of wrapped labels
    lays its text out again for each question): that was most of a page switch's cost. The
    kiosk window has the screen's size whatever the pages ask, and each page fits its own
    content to the size it gets (tests check every page fits), so the stack asks nothing.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = self.layout()
        if layout is not None:  # no minimum size pushed up from the pages either
            layout.setSizeConstraint(QLayout.SizeConstraint.SetNoConstraint)

    def hasHeightForWidth(self) -> bool:  # noqa: N802 (Qt override)
        return False

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt override)
        return QSize(0, 0)

    def minimumSizeHint(self) -> QSize:  # noqa: N802 (Qt override)
        return QSize(0, 0)
