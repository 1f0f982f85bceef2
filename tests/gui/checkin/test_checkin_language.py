"""Languages: live switching mid-journey, the translation catalogues, glyphs for every word."""

from __future__ import annotations

import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QTranslator
from PySide6.QtGui import QFont, QFontDatabase, QRawFont
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
    assert len(ours) == len(list(asset("i18n").glob("*_fr.qm")))
    assert QCoreApplication.translate("texts", "Handshake") == "Poignée de main"
    install_language(qapp, Language.EN)
    assert QCoreApplication.translate("texts", "Handshake") == "Handshake"
    assert len(qapp.findChildren(QTranslator, "icebreaker-translator")) == len(
        list(asset("i18n").glob("*_en.qm"))
    )


def _messages(ts: Path) -> list[ET.Element]:
    return list(ET.parse(ts).getroot().iter("message"))


@pytest.mark.parametrize("name", CATALOGUES)
def test_every_string_has_a_finished_translation(name: str) -> None:
    messages = _messages(asset("i18n", f"{name}.ts"))
    assert len(messages) > 80
    problems = []
    for message in messages:
        source = message.findtext("source")
        translation = message.find("translation")
        assert translation is not None
        forms = [f.text for f in translation.findall("numerusform")] or [translation.text]
        if translation.get("type") or not all(f and f.strip() for f in forms):
            problems.append(source)
        if message.get("numerus") == "yes" and not all("%n" in (f or "") for f in forms):
            problems.append(f"{source} (plural form without %n)")
        for slot in ("%1", "%2"):
            if slot in (source or "") and not all(slot in (f or "") for f in forms):
                problems.append(f"{source} (lost {slot})")
    assert problems == []


@pytest.mark.parametrize("name", CATALOGUES)
def test_committed_qm_is_built_from_the_ts(name: str, tmp_path: Path) -> None:
    shutil.copy(asset("i18n", f"{name}.ts"), tmp_path / f"{name}.ts")
    subprocess.run(
        [
            str(BIN / "pyside6-lrelease"),
            str(tmp_path / f"{name}.ts"),
            "-qm",
            str(tmp_path / f"{name}.qm"),
        ],
        check=True,
        capture_output=True,
    )
    assert (tmp_path / f"{name}.qm").read_bytes() == asset("i18n", f"{name}.qm").read_bytes(), (
        f"run pyside6-lrelease assets/i18n/{name}.ts"
    )


def test_ts_files_hold_every_string_of_the_sources(tmp_path: Path) -> None:
    """lupdate on the sources finds nothing new: no string is left untranslated."""
    copy = tmp_path / "checkin_fr.ts"
    shutil.copy(asset("i18n", "checkin_fr.ts"), copy)
    sources = sorted(str(p) for p in (ROOT / "kiosk" / "ui" / "checkin").glob("*.py"))
    subprocess.run(
        [
            str(BIN / "pyside6-lupdate"),
            "-locations",
            "none",
            "-no-obsolete",
            *sources,
            "-ts",
            str(copy),
        ],
        check=True,
        capture_output=True,
    )

    def keys(ts: Path) -> set[tuple[str, str]]:
        return {
            (ctx.findtext("name") or "", m.findtext("source") or "")
            for ctx in ET.parse(ts).getroot().iter("context")
            for m in ctx.iter("message")
        }

    assert keys(copy) == keys(asset("i18n", "checkin_fr.ts")), (
        "run pyside6-lupdate (see assets/i18n/README.md)"
    )


def test_every_translated_character_has_a_glyph(qapp: QApplication) -> None:
    characters: set[str] = set()
    for name in CATALOGUES:
        for message in _messages(asset("i18n", f"{name}.ts")):
            for element in message.iter():
                characters |= set(element.text or "")
    characters |= set("⌫⇧✕←→àéç")  # symbols the code writes itself
    fonts = [QRawFont.fromFont(QFont("Noto Sans")), QRawFont.fromFont(QFont())]
    fonts += [QRawFont.fromFont(QFont(f)) for f in QFontDatabase.families()]
    missing = sorted(
        ch for ch in characters if ch.isprintable() and not ch.isspace()
        and not any(f.isValid() and f.supportsCharacter(ord(ch)) for f in fonts)
    )  # fmt: skip
    assert missing == []
