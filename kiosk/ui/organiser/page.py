"""Base of every organiser page: a title for the navigation and words retranslated live."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QLocale
from PySide6.QtWidgets import QWidget

from kiosk.core.guest import Language
from kiosk.ui.i18n import installed_language


class OrganiserPage(QWidget):
    """A passive page of organiser mode, like the check-in screens: it shows what its
    controller gives it and emits what the organiser asks for; it never reads storage.

    Words come from ``self.tr`` and are set again in ``retranslate`` on every
    ``LanguageChange``; content in the organiser's language (tag labels) follows
    ``set_language``. ``page_shown`` runs each time the organiser opens the page.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._language = Language.FR

    def title(self) -> str:
        """The page's name in the navigation, in the installed language."""
        raise NotImplementedError

    @property
    def language(self) -> Language:
        return self._language

    def organiser_locale(self) -> QLocale:
        """Dates and numbers written like the words around them (the installed language),
        whatever the system's locale."""
        app = QCoreApplication.instance()
        language = (installed_language(app) if app is not None else None) or self._language
        if language is Language.FR:
            return QLocale(QLocale.Language.French, QLocale.Country.France)
        return QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom)

    def set_language(self, language: Language) -> None:
        self._language = language
        self.retranslate()

    def retranslate(self) -> None:
        """Set every visible word again in the installed language."""

    def page_shown(self) -> None:
        """The organiser opened this page: its controller may refresh what it shows."""

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt override)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
