"""Installs the translations of one language for every window (check-in, wall...), live."""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QTranslator

from kiosk.core.guest import Language
from kiosk.resources import asset

_log = logging.getLogger(__name__)
# Our translators are children of the application with this name, so switching language
# finds and removes exactly them (and no global list outlives a QApplication in tests).
_TRANSLATOR_NAME = "icebreaker-translator"
_LANGUAGE_PROPERTY = "icebreakerLanguage"


def install_language(app: QCoreApplication, language: Language) -> None:
    """Remove the previous language's translators, then install every ``*_<lang>.qm``.

    Each file in assets/i18n is one area's catalogue (checkin_fr.qm, wall_fr.qm...). Qt then
    sends ``LanguageChange`` to every widget, which retranslates itself.
    """
    for old in app.findChildren(QTranslator, _TRANSLATOR_NAME):
        app.removeTranslator(old)
        old.setParent(None)
        old.deleteLater()
    for path in _catalogues(language):
        translator = QTranslator(app)
        translator.setObjectName(_TRANSLATOR_NAME)
        if translator.load(str(path)):
            app.installTranslator(translator)
        else:  # a corrupt file is a packaging bug: say so, keep the source language
            _log.error("cannot load translation %s", path)
            translator.setParent(None)
    app.setProperty(_LANGUAGE_PROPERTY, language.value)


def _catalogues(language: Language) -> list[Path]:
    """Ours, then Qt's own words (the file dialog's "Cancel", a spin box's menu) if shipped."""
    ours = sorted(asset("i18n").glob(f"*_{language.value}.qm"))
    qt = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))
    qt_base = qt / f"qtbase_{language.value}.qm"
    return [*ours, qt_base] if qt_base.is_file() else ours


def installed_language(app: QCoreApplication) -> Language | None:
    """The language last installed with ``install_language``, if any."""
    value = app.property(_LANGUAGE_PROPERTY)
    return Language(value) if isinstance(value, str) and value else None
