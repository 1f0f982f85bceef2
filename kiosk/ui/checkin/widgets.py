"""Small builders shared by the check-in screens: labels, buttons and property-keyed styling."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFocusEvent, QMouseEvent
from PySide6.QtWidgets import QLabel, QLineEdit, QPushButton, QWidget

from kiosk.ui.style import repolish


def label(object_name: str, parent: QWidget | None = None, *, wrap: bool = True) -> QLabel:
    """A label styled by its object name; wrapped by default so long names never clip."""
    widget = QLabel(parent)
    widget.setObjectName(object_name)
    widget.setWordWrap(wrap)
    widget.setTextFormat(Qt.TextFormat.PlainText)  # guests type names: never interpret markup
    return widget


def button(role: str, parent: QWidget | None = None, *, object_name: str = "") -> QPushButton:
    """A touch button styled by its ``role`` property (primary, secondary, quiet, chip, key...).

    Buttons never take keyboard focus: a tap must not steal the focus (and the cursor) from
    the field the on-screen keyboard types into.
    """
    widget = QPushButton(parent)
    widget.setProperty("role", role)
    widget.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    if object_name:
        widget.setObjectName(object_name)
    return widget


def set_style_property(widget: QWidget, name: str, value: object) -> None:
    """Set a dynamic property the stylesheet keys on, re-polishing only when it changed."""
    if widget.property(name) != value:
        widget.setProperty(name, value)
        repolish(widget)


class Field(QLineEdit):
    """A text field for the on-screen keyboard: says when a tap or focus made it the target."""

    activated = Signal()

    def __init__(self, parent: QWidget | None = None, *, object_name: str = "field") -> None:
        super().__init__(parent)
        self.setObjectName(object_name)
        # No cut/paste menu on a kiosk: a long press must not open anything.
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.NoContextMenu)

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802 (Qt override)
        super().mousePressEvent(event)
        self.activated.emit()

    def focusInEvent(self, event: QFocusEvent) -> None:  # noqa: N802 (Qt override)
        super().focusInEvent(event)
        self.activated.emit()
