"""Welcome screen: branding, language choice, touch to start, the room's pulse, leaving."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QApplication, QLabel
from pytestqt.qtbot import QtBot

from kiosk.core.event import Branding
from kiosk.core.guest import Language
from kiosk.core.tags import Labels
from kiosk.ui.checkin.welcome import WelcomeScreen
from kiosk.ui.i18n import install_language


def _labels(screen: WelcomeScreen) -> list[str]:
    return [label.text() for label in screen.findChildren(QLabel)]


def test_event_name_and_start(qtbot: QtBot) -> None:
    screen = WelcomeScreen()
    qtbot.addWidget(screen)
    screen.set_event("Lyon meetup", Branding(display_name="Rencontres"))
    assert "Rencontres" in _labels(screen)  # the display name wins over the event's name
    start = screen.findChild(type(screen.language_buttons[Language.FR]), "start")
    assert start is not None
    with qtbot.waitSignal(screen.start_requested):
        qtbot.mouseClick(start, Qt.MouseButton.LeftButton)


def test_touching_anywhere_starts(qtbot: QtBot) -> None:
    screen = WelcomeScreen()
    qtbot.addWidget(screen)
    screen.resize(800, 600)
    with qtbot.waitSignal(screen.start_requested):
        qtbot.mouseClick(screen, Qt.MouseButton.LeftButton, pos=QPoint(400, 200))


def test_language_buttons_and_leaving(qtbot: QtBot) -> None:
    screen = WelcomeScreen()
    qtbot.addWidget(screen)
    with qtbot.waitSignal(screen.language_requested) as blocker:
        qtbot.mouseClick(screen.language_buttons[Language.EN], Qt.MouseButton.LeftButton)
    assert blocker.args == [Language.EN]
    leaving = screen.findChild(type(screen.language_buttons[Language.FR]), "leaving")
    assert leaving is not None
    with qtbot.waitSignal(screen.leaving_requested):
        qtbot.mouseClick(leaving, Qt.MouseButton.LeftButton)
    screen.set_languages((Language.FR,))
    assert all(b.isHidden() for b in screen.language_buttons.values())


def test_room_pulse_sentence_in_both_languages(qtbot: QtBot, qapp: QApplication) -> None:
    screen = WelcomeScreen()
    qtbot.addWidget(screen)
    design = Labels("conception", "design")
    screen.set_language(Language.EN)
    screen.set_room_pulse(42, 11, design)
    assert "42 people here: 11 want to talk about design" in _labels(screen)
    screen.set_room_pulse(1, 1, design)
    assert "1 person here: 1 wants to talk about design" in _labels(screen)
    install_language(qapp, Language.FR)
    screen.set_language(Language.FR)
    screen.set_room_pulse(42, 11, design)
    assert "42 personnes sont là : 11 veulent parler de « conception »" in _labels(screen)
    screen.set_room_pulse(0)
    assert any("premiers" in text for text in _labels(screen))


def test_logo_is_optional(qtbot: QtBot, tmp_path: Path) -> None:
    screen = WelcomeScreen()
    qtbot.addWidget(screen)
    logo = screen.findChild(QLabel, "logo")
    assert logo is not None
    screen.set_event("E", Branding(logo=str(tmp_path / "missing.png")))
    assert logo.isHidden()
    image = QImage(40, 20, QImage.Format.Format_RGB32)
    image.fill(QColor("red"))
    image.save(str(tmp_path / "logo.png"))
    screen.set_event("E", Branding(logo=str(tmp_path / "logo.png")))
    assert not logo.isHidden()
    assert logo.pixmap().height() > 0
