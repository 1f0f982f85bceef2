"""A guest search with one action button per result: hide from the wall / show again, or erase."""

from __future__ import annotations

from collections.abc import Sequence
from enum import StrEnum

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget

from kiosk.ui.organiser.moderation.views import GuestView

MAX_ROWS = 12


class RowAction(StrEnum):
    WALL = "wall"  # "Hide from the wall now" / "Show again"
    ERASE = "erase"


def label(name: str, parent: QWidget) -> QLabel:
    widget = QLabel(parent)
    widget.setObjectName(name)
    widget.setWordWrap(True)
    widget.setTextFormat(Qt.TextFormat.PlainText)  # guests' names: never markup
    return widget


def push(role: str, parent: QWidget) -> QPushButton:
    button = QPushButton(parent)
    button.setProperty("role", role)
    return button


class _Row(QWidget):
    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.guest: GuestView | None = None
        self.name = label("", self)
        self.state = label("muted", self)
        self.button = push("secondary", self)
        # The name gets the whole width (long names wrap there), the button its own line part.
        line = QHBoxLayout()
        line.addWidget(self.state, 1)
        line.addWidget(self.button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 4)
        layout.setSpacing(0)
        layout.addWidget(self.name)
        layout.addLayout(line)


class GuestSearch(QWidget):
    """Type part of a name; each guest found comes with its one button.

    ``search_requested(text)`` as the organiser types; ``set_results`` shows what was found.
    WALL rows emit ``wall_hidden_requested(guest_id, hidden)``; ERASE rows
    ``erase_requested(guest_id, name)``.
    """

    search_requested = Signal(str)
    wall_hidden_requested = Signal(str, bool)
    erase_requested = Signal(str, str)

    def __init__(self, action: RowAction, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._action = action
        self._searched = False
        self.field = QLineEdit(self)
        self.field.setClearButtonEnabled(True)
        self.field.textChanged.connect(self._on_field_text_changed)
        self.empty = label("muted", self)
        self.rows = [_Row(self) for _ in range(MAX_ROWS)]
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.field)
        for row in self.rows:
            row.button.clicked.connect(lambda _=False, r=row: self._on_row_clicked(r))
            layout.addWidget(row)
            row.hide()
        layout.addWidget(self.empty)
        self.retranslate()

    def set_results(self, guests: Sequence[GuestView]) -> None:
        self._searched = True
        shown = list(guests)[:MAX_ROWS]
        for row, guest in zip(self.rows, shown, strict=False):
            row.guest = guest
        for row in self.rows[len(shown) :]:
            row.guest = None
        self._fill()

    def clear(self) -> None:
        self.field.clear()

    def _fill(self) -> None:
        any_row = False
        for row in self.rows:
            guest = row.guest
            row.setVisible(guest is not None)
            if guest is None:
                continue
            any_row = True
            row.name.setText(guest.name)
            row.state.setText(self._state(guest))
            if self._action is RowAction.ERASE:
                row.button.setText(self.tr("Erase…"))
                row.button.setProperty("role", "danger")
            elif guest.hidden_from_wall:
                row.button.setText(self.tr("Show again"))
                row.button.setProperty("role", "secondary")
            else:
                row.button.setText(self.tr("Hide from the wall now"))
                row.button.setProperty("role", "primary")
            row.button.style().unpolish(row.button)
            row.button.style().polish(row.button)
        has_text = bool(self.field.text().strip())
        self.empty.setVisible(not any_row)
        if not has_text:
            self.empty.setText(self.tr("Type part of a first or last name, a ticket or an email."))
        elif self._searched:
            self.empty.setText(self.tr("Nobody found."))

    def _state(self, guest: GuestView) -> str:
        if guest.hidden_from_wall:
            return self.tr("Hidden from the wall by the organiser")
        if not guest.on_wall_consent:
            return self.tr("Did not agree to appear on the wall")
        return self.tr("May appear on the wall")

    def retranslate(self) -> None:
        self.field.setPlaceholderText(self.tr("Find a guest"))
        self._fill()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt override)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _on_field_text_changed(self, text: str) -> None:
        self._searched = False
        if not text.strip():
            self.set_results([])
            self._searched = False
            self._fill()
        self.search_requested.emit(text)

    def _on_row_clicked(self, row: _Row) -> None:
        guest = row.guest
        if guest is None:
            return
        if self._action is RowAction.ERASE:
            self.erase_requested.emit(guest.guest_id, guest.name)
        else:
            self.wall_hidden_requested.emit(guest.guest_id, not guest.hidden_from_wall)
