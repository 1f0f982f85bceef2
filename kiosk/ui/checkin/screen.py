"""Base of every check-in page: content language, orientation, reset and live retranslation."""

from __future__ import annotations

from typing import ClassVar

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QWidget

from kiosk.core.guest import Language
from kiosk.ui.style import Metrics, Palette

# The switch offers the other language in its own words: never translated.
_OTHER_LANGUAGE_NAME = {Language.FR: "English", Language.EN: "Français"}


class Screen(QWidget):
    """A passive page of the kiosk: it shows what it is given and emits what the guest asks.

    Words come from ``self.tr`` (redone in ``retranslate`` on every ``LanguageChange``);
    content in the guest's language (tag labels, reasons) comes from ``language``.
    """

    #: Whether a ticket scanned while this page is up should reach the controller.
    accepts_scans: ClassVar[bool] = False

    #: The guest tapped the small "other language" button in the page's header.
    language_toggle_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._language = Language.FR
        self._language_toggle: QPushButton | None = None

    def _header(self, back: QWidget | None, title: QWidget | None, *extra: QWidget) -> QHBoxLayout:
        """The top row of a page: back, title, extra buttons, then the language switch."""
        row = QHBoxLayout()
        if back is not None:
            row.addWidget(back, 0, Qt.AlignmentFlag.AlignTop)
        if title is not None:
            row.addWidget(title, 1)
        else:
            row.addStretch(1)
        for widget in extra:
            row.addWidget(widget, 0, Qt.AlignmentFlag.AlignTop)
        toggle = QPushButton(self)
        toggle.setProperty("role", "language")
        toggle.setObjectName("languageToggle")
        toggle.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        toggle.clicked.connect(self.language_toggle_requested)
        toggle.setText(_OTHER_LANGUAGE_NAME[self._language])
        row.addWidget(toggle, 0, Qt.AlignmentFlag.AlignTop)
        self._language_toggle = toggle
        return row

    def set_language_toggle_visible(self, visible: bool) -> None:
        """Hidden for a one-language event."""
        if self._language_toggle is not None:
            self._language_toggle.setVisible(visible)

    @property
    def language(self) -> Language:
        return self._language

    def set_language(self, language: Language) -> None:
        """Content language (tag labels, keyboard layout); words follow the installed .qm."""
        self._language = language
        if self._language_toggle is not None:
            self._language_toggle.setText(_OTHER_LANGUAGE_NAME[language])
        self.retranslate()

    def set_colours(self, palette: Palette) -> None:
        """Redraw pixmaps (icons) in the branding's colours; the stylesheet does the rest."""

    def set_metrics(self, metrics: Metrics) -> None:
        """Margins and gaps scale with the screen, like the stylesheet's fonts."""
        layout = self.layout()
        if layout is not None:
            layout.setContentsMargins(*(metrics.margin,) * 4)
            layout.setSpacing(metrics.gap)

    def set_portrait(self, portrait: bool) -> None:
        """Rearrange for a portrait totem; most pages stack vertically anyway."""

    def reset(self) -> None:
        """Forget everything the last guest typed, picked or was shown."""
        raise NotImplementedError

    def retranslate(self) -> None:
        """Set every visible word again in the installed language."""

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt override)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
