"""Welcome: the event's name and branding, the language choice, and "touch to start"."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import ClassVar

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QMouseEvent, QPixmap
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from kiosk.core.event import Branding
from kiosk.core.guest import Language
from kiosk.core.tags import Labels
from kiosk.ui.checkin import texts
from kiosk.ui.checkin.screen import Screen
from kiosk.ui.checkin.widgets import button, label, set_style_property

# Each language is offered in its own words: a guest who cannot read the current one must
# still find theirs. These are names, not sentences: never translated.
_LANGUAGE_NAMES = {Language.FR: "Français", Language.EN: "English"}
_LOGO_HEIGHT = 140


class WelcomeScreen(Screen):
    """The idle face of the kiosk; a touch anywhere starts, a scanned ticket checks in."""

    accepts_scans: ClassVar[bool] = True

    start_requested = Signal()
    language_requested = Signal(object)  # Language
    leaving_requested = Signal()
    camera_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("welcome")
        self._pulse_values: tuple[int, int, Labels | None] = (0, 0, None)
        self._logo = QLabel(self)
        self._logo.setObjectName("logo")
        self._logo.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._logo.hide()
        self._event_name = label("display", self)
        self._event_name.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._tagline = label("subtitle", self)
        self._tagline.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._start = button("primary", self, object_name="start")
        self._start.clicked.connect(self.start_requested)
        self._scan_hint = label("muted", self)
        self._scan_hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._pulse = label("pulse", self)
        self._pulse.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._leaving = button("quiet", self, object_name="leaving")
        self._leaving.clicked.connect(self.leaving_requested)
        # Only with a working camera (kiosk.ui.camera): otherwise no trace of it.
        self.camera_button = button("quiet", self, object_name="camera")
        self.camera_button.clicked.connect(self.camera_requested)
        self.camera_button.hide()
        self.language_buttons: dict[Language, QPushButton] = {}
        languages = QHBoxLayout()
        languages.addStretch(1)
        for language, name in _LANGUAGE_NAMES.items():
            choice = button("language", self)
            choice.setText(name)
            choice.clicked.connect(
                lambda _=False, lang=language: self.language_requested.emit(lang)
            )
            self.language_buttons[language] = choice
            languages.addWidget(choice)

        start_row = QHBoxLayout()
        start_row.addStretch(1)
        start_row.addWidget(self._start, 2)
        start_row.addStretch(1)
        bottom = QHBoxLayout()
        bottom.addWidget(self._leaving)
        bottom.addStretch(1)
        bottom.addWidget(self.camera_button)
        outer = QVBoxLayout(self)
        outer.addLayout(languages)
        outer.addStretch(2)
        outer.addWidget(self._logo)
        outer.addWidget(self._event_name)
        outer.addWidget(self._tagline)
        outer.addStretch(1)
        outer.addLayout(start_row)
        outer.addWidget(self._scan_hint)
        outer.addStretch(1)
        outer.addWidget(self._pulse)
        outer.addStretch(1)
        outer.addLayout(bottom)
        self.retranslate()

    def set_event(self, name: str, branding: Branding) -> None:
        self._event_name.setText(branding.display_name or name)
        logo = QPixmap(branding.logo) if branding.logo and Path(branding.logo).is_file() else None
        if logo is not None and not logo.isNull():
            self._logo.setPixmap(
                logo.scaledToHeight(_LOGO_HEIGHT, Qt.TransformationMode.SmoothTransformation)
            )
            self._logo.show()
        else:  # no logo, or an unreadable file: the name alone is a fine welcome
            self._logo.clear()
            self._logo.hide()

    def set_languages(self, offered: Sequence[Language]) -> None:
        """Show only the event's languages; no choice at all for a one-language event."""
        for language, choice in self.language_buttons.items():
            choice.setVisible(len(offered) > 1 and language in offered)

    def set_camera_available(self, available: bool) -> None:
        """Offer scanning a code with the camera; never shown without one."""
        self.camera_button.setVisible(available)

    def set_room_pulse(self, present: int, tag_count: int = 0, tag: Labels | None = None) -> None:
        """ "42 people here: 11 want to talk about design"."""
        self._pulse_values = (present, tag_count, tag)
        self._pulse.setText(texts.room_pulse(present, tag_count, tag, self.language))

    def set_language(self, language: Language) -> None:
        for lang, choice in self.language_buttons.items():
            set_style_property(choice, "current", lang is language)
        super().set_language(language)

    def reset(self) -> None:
        """Nothing of a guest lives here; the event's own text stays."""

    def retranslate(self) -> None:
        self._tagline.setText(self.tr("Meet people over what you know, not over your job title."))
        self._start.setText(self.tr("Touch to start"))
        self._scan_hint.setText(self.tr("Got a ticket? Scan it to check in at once."))
        self._leaving.setText(self.tr("I'm leaving"))
        self.camera_button.setText(self.tr("Scan a code with the camera"))
        self.set_room_pulse(*self._pulse_values)

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802 (Qt override)
        # The whole screen is the start button; the real buttons handle their own taps.
        if event.button() == Qt.MouseButton.LeftButton:
            self.start_requested.emit()
        super().mousePressEvent(event)
