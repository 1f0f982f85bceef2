"""A "one moment" veil over the kiosk while a save takes longer than a blink."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QFrame, QHBoxLayout, QVBoxLayout, QWidget

from kiosk.ui.checkin.widgets import label


class BusyOverlay(QWidget):
    """Covers its parent while shown: the guest sees the tap was taken, and cannot tap twice.

    The controller decides when (a result late by more than ~150 ms); this only shows it.
    """

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("busyOverlay")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground)
        card = QFrame(self)
        card.setObjectName("busyCard")
        self._text = label("title", card)
        self._text.setAlignment(Qt.AlignmentFlag.AlignCenter)
        QVBoxLayout(card).addWidget(self._text)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(card, 1)
        row.addStretch(1)
        outer = QVBoxLayout(self)
        outer.addStretch(1)
        outer.addLayout(row)
        outer.addStretch(1)
        parent.installEventFilter(self)
        self.hide()
        self.retranslate()

    def set_busy(self, busy: bool) -> None:
        if busy:
            parent = self.parentWidget()
            if parent is not None:
                self.setGeometry(parent.rect())
            self.show()
            self.raise_()
        else:
            self.hide()

    def retranslate(self) -> None:
        self._text.setText(self.tr("One moment…"))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt override)
        parent = self.parentWidget()
        if watched is parent and event.type() == QEvent.Type.Resize and parent is not None:
            self.setGeometry(parent.rect())
        return False

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt override)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
