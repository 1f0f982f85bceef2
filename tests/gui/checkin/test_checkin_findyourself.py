"""Find yourself: query as you type, results from the second letter, picking a name."""

from __future__ import annotations

from checkin_support import hit
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton
from pytestqt.qtbot import QtBot

from kiosk.core.guest import Language
from kiosk.ui.checkin.findyourself import FindYourselfScreen
from kiosk.ui.checkin.views import FindMode

HITS = [hit("g1", "Marie", "D", "m•••@e•••.fr"), hit("g2", "Marc", "L")]


def _screen(qtbot: QtBot) -> FindYourselfScreen:
    screen = FindYourselfScreen()
    qtbot.addWidget(screen)
    screen.resize(1280, 700)
    screen.show()
    qtbot.waitExposed(screen)
    return screen


def test_keyboard_feeds_the_query(qtbot: QtBot) -> None:
    screen = _screen(qtbot)
    screen.set_language(Language.EN)
    queries: list[str] = []
    screen.query_changed.connect(queries.append)
    for value in ("m", "a"):
        key = screen.keyboard.key(value)
        assert key is not None
        qtbot.mouseClick(key, Qt.MouseButton.LeftButton)
    assert queries == ["m", "ma"]


def test_no_results_below_two_letters(qtbot: QtBot) -> None:
    screen = _screen(qtbot)
    screen.query.setText("m")
    screen.set_results(HITS)  # a late answer for a one-letter query
    assert screen.model.rowCount() == 0
    screen.query.setText("ma")
    screen.set_results(HITS)
    assert screen.model.rowCount() == 2
    screen.query.setText("m")  # erasing back to one letter clears at once
    assert screen.model.rowCount() == 0


def test_tapping_a_row_checks_in_or_leaves(qtbot: QtBot) -> None:
    screen = _screen(qtbot)
    screen.query.setText("mar")
    screen.set_results(HITS)
    rect = screen.results.visualRect(screen.model.index(1, 0))
    with qtbot.waitSignal(screen.check_in_requested) as blocker:
        qtbot.mouseClick(screen.results.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert blocker.args == ["g2"]
    screen.set_mode(FindMode.LEAVING)
    screen.query.setText("mar")
    screen.set_results(HITS)
    rect = screen.results.visualRect(screen.model.index(0, 0))
    with qtbot.waitSignal(screen.leaving_guest_chosen) as blocker:
        qtbot.mouseClick(screen.results.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert blocker.args == ["g1"]


def test_walk_in_and_reset(qtbot: QtBot) -> None:
    screen = _screen(qtbot)
    walk_in = screen.findChild(QPushButton, "walkIn")
    assert walk_in is not None
    assert walk_in.isVisible()
    with qtbot.waitSignal(screen.walk_in_requested):
        qtbot.mouseClick(walk_in, Qt.MouseButton.LeftButton)
    screen.set_mode(FindMode.LEAVING)
    assert not walk_in.isVisible()  # someone leaving is on the list by definition
    screen.query.setText("marie")
    screen.set_results(HITS)
    screen.reset()
    assert screen.query.text() == ""
    assert screen.model.rowCount() == 0
    assert screen.mode is FindMode.CHECK_IN
    assert walk_in.isVisible()
