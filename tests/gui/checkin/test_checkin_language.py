"""Languages: live switching mid-journey, the translation catalogues, glyphs for every word."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QTranslator
from PySide6.QtWidgets import QApplication, QLabel, QPushButton
from pytestqt.qtbot import QtBot

from kiosk.core.guest import Language, TagKind
from kiosk.core.tags import Labels
from kiosk.resources import asset
from kiosk.ui.checkin.views import ReasonKind, SuggestionRow
from kiosk.ui.checkin.window import KioskWindow
from kiosk.ui.i18n import install_language, installed_language

ROOT = Path(__file__).resolve().parents[3]
BIN = Path(sys.executable).parent
CATALOGUES = ("checkin_fr", "checkin_en")


def _visible_texts(window: KioskWindow) -> set[str]:
    screen = window.current()
    return {
        w.text()
        for w in screen.findChildren(QLabel) + screen.findChildren(QPushButton)
        if w.isVisibleTo(screen)
    }


def test_switching_mid_journey_retranslates_what_is_on_screen(
    qtbot: QtBot, window: KioskWindow, qapp: QApplication
) -> None:
    window.show()
    qtbot.waitExposed(window)
    window.show_find()
    assert "Find your name" in _visible_texts(window)
    toggle = window.find_yourself.findChild(QPushButton, "languageToggle")
    assert toggle is not None
    assert toggle.text() == "Français"
    with qtbot.waitSignal(window.language_changed) as blocker:
        toggle.click()
    assert blocker.args == [Language.FR]
    assert installed_language(qapp) is Language.FR
    texts = _visible_texts(window)
    assert "Trouvez votre nom" in texts
    assert "Find your name" not in texts
    assert window.find_yourself.keyboard.key("z") is not None  # AZERTY now
    window.show_tags()
    assert "Je peux aider sur" in {w.text() for w in window.tags.findChildren(QLabel)}
    assert "Analyse de données" in {c.text() for c in window.tags.board.chips()}
    window.show_done(
        "Zoé",
        [SuggestionRow("Marc", "D", ReasonKind.SHARED_INTEREST, Labels("cuisine", "cooking"))],
    )
    window.set_language(Language.EN)
    assert "Marc D. also wants to talk about cooking" in _visible_texts(window)


def test_language_change_event_reaches_every_screen(
    qtbot: QtBot, window: KioskWindow, qapp: QApplication
) -> None:
    """A translator installed by someone else (the wall's window) still retranslates us."""
    window.show_tags()
    install_language(qapp, Language.FR)
    qtbot.waitUntil(lambda: window.tags.sections[TagKind.SKILL].title.text() == "Je peux aider sur")


def test_install_language_loads_every_area_and_replaces_the_previous(qapp: QApplication) -> None:
    install_language(qapp, Language.FR)
    ours = qapp.findChildren(QTranslator, "icebreaker-translator")
    assert len(ours) == len(list(asset("i18n").glob("*_fr.qm"))) + 1  # + Qt's own (qtbase)
    assert QCoreApplication.translate("texts", "Handshake") == "Poignée de main"
    install_language(qapp, Language.EN)
    assert QCoreApplication.translate("texts", "Handshake") == "Handshake"
    assert (
        len(qapp.findChildren(QTranslator, "icebreaker-translator"))
        == len(list(asset("i18n").glob("*_en.qm"))) + 1
    )
    install_language(qapp, Language.FR)
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Annuler"  # Qt's own words
