"""Walk-in registration: first name required, optional fields, refusals in words."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QPushButton
from pytestqt.qtbot import QtBot

from kiosk.core.refusal import Refusal, RefusalCode
from kiosk.ui.checkin.views import WalkInField, WalkInForm
from kiosk.ui.checkin.walkin import WalkInScreen


def _continue(screen: WalkInScreen) -> QPushButton:
    button = screen.findChild(QPushButton, "continue")
    assert button is not None
    return button


def test_first_name_is_required(qtbot: QtBot) -> None:
    screen = WalkInScreen()
    qtbot.addWidget(screen)
    assert not _continue(screen).isEnabled()
    screen.fields[WalkInField.LAST_NAME].setText("Durand")
    assert not _continue(screen).isEnabled()
    screen.fields[WalkInField.FIRST_NAME].setText("  ")
    assert not _continue(screen).isEnabled()
    screen.fields[WalkInField.FIRST_NAME].setText("Zoé")
    assert _continue(screen).isEnabled()


def test_registration_carries_the_cleaned_form(qtbot: QtBot) -> None:
    screen = WalkInScreen()
    qtbot.addWidget(screen)
    screen.fields[WalkInField.FIRST_NAME].setText("  Zoé\u200b ")
    screen.fields[WalkInField.ORGANISATION].setText("Atelier  Presqu’île")
    with qtbot.waitSignal(screen.registration_requested) as blocker:
        qtbot.mouseClick(_continue(screen), Qt.MouseButton.LeftButton)
    assert blocker.args == [WalkInForm("Zoé", "", "Atelier Presqu'île")]


def test_offensive_name_is_refused_in_words(qtbot: QtBot) -> None:
    screen = WalkInScreen()
    qtbot.addWidget(screen)
    screen.fields[WalkInField.FIRST_NAME].setText("Zoé")
    screen.fields[WalkInField.LAST_NAME].setText("Merde")
    with qtbot.assertNotEmitted(screen.registration_requested):
        qtbot.mouseClick(_continue(screen), Qt.MouseButton.LeftButton)
    refusal = screen.findChild(QLabel, "refusal")
    assert refusal is not None
    assert "can't go on the screens" in refusal.text()
    screen.show_refusal(WalkInField.FIRST_NAME, Refusal(RefusalCode.TOO_LONG, limit=80))
    assert refusal.text() == "That is too long: 80 characters at most."


def test_organisation_says_what_it_is_for(qtbot: QtBot) -> None:
    screen = WalkInScreen()
    qtbot.addWidget(screen)
    texts = [label.text() for label in screen.findChildren(QLabel)]
    assert any("avoid suggesting your own colleagues" in t for t in texts)


def test_tapping_a_field_points_the_keyboard_at_it(qtbot: QtBot) -> None:
    screen = WalkInScreen()
    qtbot.addWidget(screen)
    organisation = screen.fields[WalkInField.ORGANISATION]
    qtbot.mouseClick(organisation, Qt.MouseButton.LeftButton)
    key = screen.keyboard.key("a")
    assert key is not None
    qtbot.mouseClick(key, Qt.MouseButton.LeftButton)
    assert organisation.text() == "A"  # a new word starts with a capital
    assert screen.fields[WalkInField.FIRST_NAME].text() == ""
