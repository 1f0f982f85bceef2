"""Consent: appear on the wall, be suggested to others. Both off until the guest turns them on."""

from __future__ import annotations

from PySide6.QtCore import QSize, Signal
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from kiosk.core.event import Branding, ConsentWording
from kiosk.core.guest import Consents, Language
from kiosk.ui.checkin.icons import switch_icon
from kiosk.ui.checkin.screen import Screen
from kiosk.ui.checkin.widgets import button, label
from kiosk.ui.style import Palette


class ConsentScreen(Screen):
    """Two big rows, one tap each; ``consents_chosen(Consents)`` on continue."""

    consents_chosen = Signal(object)  # Consents
    back_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("consent")
        self._wording = ConsentWording()
        self._back = button("quiet", self, object_name="back")
        self._back.clicked.connect(self.back_requested)
        self._title = label("title", self)
        self.on_wall = self._row("onWall")
        self.suggested = self._row("suggested")
        self._wall_note = label("muted", self)
        self._suggest_note = label("muted", self)
        self._footer = label("muted", self)
        self._continue = button("primary", self, object_name="continue")
        self._continue.clicked.connect(self._on_continue_clicked)

        header = self._header(self._back, self._title)
        actions = QHBoxLayout()
        actions.addWidget(self._footer, 1)
        actions.addWidget(self._continue)
        outer = QVBoxLayout(self)
        outer.addLayout(header)
        outer.addStretch(1)
        outer.addWidget(self.on_wall)
        outer.addWidget(self._wall_note)
        outer.addSpacing(24)
        outer.addWidget(self.suggested)
        outer.addWidget(self._suggest_note)
        outer.addStretch(2)
        outer.addLayout(actions)
        self.set_colours(Palette.from_branding(Branding()))
        self.retranslate()

    def set_wording(self, wording: ConsentWording) -> None:
        """The organiser's own sentences, when they wrote some."""
        self._wording = wording
        self.retranslate()

    def set_consents(self, consents: Consents) -> None:
        self.on_wall.setChecked(consents.on_wall)
        self.suggested.setChecked(consents.suggested_to_others)

    def consents(self) -> Consents:
        return Consents(
            on_wall=self.on_wall.isChecked(), suggested_to_others=self.suggested.isChecked()
        )

    def set_colours(self, palette: Palette) -> None:
        icon = QIcon()
        icon.addPixmap(
            switch_icon(False, 96, palette.muted, palette.muted), QIcon.Mode.Normal, QIcon.State.Off
        )
        icon.addPixmap(
            switch_icon(True, 96, palette.on_accent, palette.accent),
            QIcon.Mode.Normal,
            QIcon.State.On,
        )
        for row in (self.on_wall, self.suggested):
            row.setIcon(icon)
            row.setIconSize(QSize(96, 48))

    def reset(self) -> None:
        self.set_consents(Consents())  # never pre-ticked

    def retranslate(self) -> None:
        french = self.language is Language.FR
        wall = self._wording.wall_fr if french else self._wording.wall_en
        suggest = self._wording.suggest_fr if french else self._wording.suggest_en
        self._back.setText(self.tr("← Back"))
        self._title.setText(self.tr("You decide what others see"))
        self.on_wall.setText(wall or self.tr("Show me on the wall"))
        self._wall_note.setText(
            self.tr("Your first name and your tags only: never your email, company or last name.")
        )
        self.suggested.setText(suggest or self.tr("Suggest me to other guests"))
        self._suggest_note.setText(
            self.tr("Others may be told to meet you. You get your own suggestions either way.")
        )
        self._footer.setText(self.tr("Both stay off unless you turn them on."))
        self._continue.setText(self.tr("Continue →"))

    def _row(self, object_name: str) -> QPushButton:
        row = button("toggleRow", self, object_name=object_name)
        row.setCheckable(True)
        return row

    def _on_continue_clicked(self) -> None:
        self.consents_chosen.emit(self.consents())
