"""One section of the tag picker: its title, its "2/5" count and the tags picked in it."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import QFrame, QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from kiosk.core.guest import TagKind
from kiosk.ui.checkin.chips import chip_text
from kiosk.ui.checkin.flowlayout import FlowLayout
from kiosk.ui.checkin.widgets import button, label, set_style_property


class Section(QFrame):
    """A framed basket in the colour of its kind; touching it makes it the one being filled."""

    activated = Signal()
    tag_removed = Signal(str)  # key: the guest tapped a picked tag to take it out

    def __init__(self, kind: TagKind, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.kind = kind
        self.setObjectName("section")
        self.setProperty("kind", kind.value)
        self.setProperty("active", False)
        # The whole frame is the touch target; the title is a label so it can wrap.
        self.title = label("sectionTitle", self)
        self.title.setProperty("kind", kind.value)
        self.count = label("sectionCount", self, wrap=False)
        self.count.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self._empty = label("muted", self)
        # After the first skill the chips move on to interests (the tap budget): this line
        # says how to come back for a second one.
        self._more = label("muted", self)
        self._more.hide()
        self._flow = FlowLayout(spacing=8)
        self._picked: list[QPushButton] = []
        top = QHBoxLayout()
        top.addWidget(self.title, 1)
        top.addWidget(self.count)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self._empty)
        layout.addLayout(self._flow)
        layout.addWidget(self._more)
        layout.addStretch(1)
        self.retranslate()

    def show_state(
        self, picked: Sequence[tuple[str, str]], *, active: bool, limit: int, hint: bool = True
    ) -> None:
        """Picked (key, label) pairs in order; buttons are reused so a tap stays cheap.

        ``hint``: room for the "tap to add more" line (not while the keyboard is up).
        """
        set_style_property(self, "active", active)
        set_style_property(self.title, "active", active)
        self.count.setText(f"{len(picked)}/{limit}")
        while len(self._picked) < len(picked):
            chip = button("picked", self)
            chip.setProperty("kind", self.kind.value)
            chip.clicked.connect(self._on_picked_clicked)
            self._flow.addWidget(chip)
            self._picked.append(chip)
        for chip, (key, text) in zip(self._picked, picked, strict=False):
            chip.setProperty("tagKey", key)
            chip.setText(chip_text(text) + "  ✕")
            chip.show()
        for chip in self._picked[len(picked) :]:
            chip.setText("")
            chip.setProperty("tagKey", "")
            chip.hide()
        self._empty.setVisible(not picked)
        self._more.setVisible(hint and bool(picked) and not active and len(picked) < limit)

    def picked_texts(self) -> list[str]:
        return [c.text() for c in self._picked if c.isVisibleTo(self)]

    def retranslate(self) -> None:
        if self.kind is TagKind.SKILL:
            self.title.setText(self.tr("I can help with"))
            self._empty.setText(self.tr("Tap what you know well below."))
        else:
            self.title.setText(self.tr("I'd like to talk about"))
            self._empty.setText(self.tr("Tap what you'd like to discuss below."))
        self._more.setText(self.tr("Tap this box to add more."))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt override)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802 (Qt override)
        # Presses on the picked chips are theirs (they remove the tag); the rest is ours.
        self.activated.emit()
        event.accept()

    def _on_picked_clicked(self) -> None:
        sender = self.sender()
        if isinstance(sender, QPushButton) and sender.property("tagKey"):
            self.tag_removed.emit(str(sender.property("tagKey")))
