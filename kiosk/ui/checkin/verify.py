"""Proving who you are before changing tags: scan the ticket, or pick your email among three."""

from __future__ import annotations

from collections.abc import Sequence
from typing import ClassVar

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from kiosk.ui.checkin.screen import Screen
from kiosk.ui.checkin.widgets import button, label

HINT_COUNT = 3


class VerifyScreen(Screen):
    """Three masked email hints, one of them the guest's; a passer-by has one guess, not three.

    ``hint_chosen(guest_id, index)``; the controller answers with the tag picker or
    ``show_refused``. A ticket scanned here reaches the controller through the window.
    """

    accepts_scans: ClassVar[bool] = True

    hint_chosen = Signal(str, int)
    back_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("verify")
        self._guest_id = ""
        self._hints: list[str] = []
        self._refused = False
        self._title = label("title", self)
        self._explain = label("body", self)
        self.hint_buttons: list[QPushButton] = []
        for index in range(HINT_COUNT):
            choice = button("choice", self)
            choice.clicked.connect(lambda _=False, i=index: self._on_hint_clicked(i))
            self.hint_buttons.append(choice)
        self._message = label("refusal", self)
        self._back = button("quiet", self, object_name="back")
        self._back.clicked.connect(self.back_requested)
        outer = QVBoxLayout(self)
        outer.addLayout(self._header(None, self._title))
        outer.addWidget(self._explain)
        outer.addStretch(1)
        for choice in self.hint_buttons:
            outer.addWidget(choice)
        outer.addWidget(self._message)
        outer.addStretch(1)
        bottom = QHBoxLayout()
        bottom.addWidget(self._back)
        bottom.addStretch(1)
        outer.addLayout(bottom)
        self.retranslate()

    def set_hints(self, guest_id: str, hints: Sequence[str]) -> None:
        """The masked hints in the order to show (the controller shuffles); none: scan only."""
        self._guest_id = guest_id
        self._hints = list(hints)[:HINT_COUNT]
        self._refused = False
        self.retranslate()

    def show_refused(self) -> None:
        """A wrong pick: no second guess here; the guest can still scan or ask the desk."""
        self._refused = True
        self.retranslate()

    def reset(self) -> None:
        self._guest_id = ""
        self._hints = []
        self._refused = False
        self.retranslate()

    def retranslate(self) -> None:
        self._title.setText(self.tr("First, show it's you"))
        if self._hints and not self._refused:
            self._explain.setText(self.tr("Scan your ticket, or tap your email address:"))
        else:
            self._explain.setText(self.tr("Scan your ticket to change your tags."))
        for index, choice in enumerate(self.hint_buttons):
            shown = index < len(self._hints) and not self._refused
            choice.setText(self._hints[index] if shown else "")
            choice.setVisible(shown)
        self._message.setText(
            self.tr("That is not the right one. Scan your ticket, or ask at the welcome desk.")
            if self._refused
            else ""
        )
        self._back.setText(self.tr("← Back"))

    def _on_hint_clicked(self, index: int) -> None:
        if self._guest_id and index < len(self._hints) and not self._refused:
            self.hint_chosen.emit(self._guest_id, index)
