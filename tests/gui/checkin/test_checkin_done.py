"""Done: up to three people with a reason each, etiquette, the honest empty state, countdown."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QPushButton
from pytestqt.qtbot import QtBot

from kiosk.core.guest import AddressForm, Etiquette, Greeting, Language
from kiosk.core.tags import Labels
from kiosk.ui.checkin.clock import ManualTicker
from kiosk.ui.checkin.done import DoneScreen
from kiosk.ui.checkin.views import ReasonKind, SuggestionRow
from kiosk.ui.i18n import install_language

FUNDRAISING = Labels("levée de fonds", "fundraising")
ROWS = [
    SuggestionRow(
        "Marc",
        "D",
        ReasonKind.THEY_CAN_HELP,
        FUNDRAISING,
        Etiquette(AddressForm.FORMAL, Greeting.HANDSHAKE),
    ),
    SuggestionRow("Marc", "", ReasonKind.SHARED_INTEREST, Labels("jazz", "jazz")),
    SuggestionRow("Léa", "B", ReasonKind.YOU_CAN_HELP, Labels("Python", "Python")),
    SuggestionRow("Extra", "X", ReasonKind.YOU_CAN_HELP, Labels("x", "x")),
]


def _texts(screen: DoneScreen) -> list[str]:
    return [label.text() for label in screen.findChildren(QLabel) if label.isVisibleTo(screen)]


def test_three_people_with_reasons(qtbot: QtBot, ticker: ManualTicker) -> None:
    screen = DoneScreen(ticker)
    qtbot.addWidget(screen)
    screen.set_language(Language.EN)
    screen.set_suggestions("Zoé", ROWS)
    texts = _texts(screen)
    assert "Marc D. can help you with fundraising" in texts
    assert "Marc also wants to talk about jazz" in texts
    assert "You can help Léa B. with Python" in texts
    assert not any("Extra" in t for t in texts)  # three at most
    assert "Formal, please" in texts
    assert "Handshake" in texts
    assert "Either is fine" not in texts  # "either" is no preference: not shown


def test_reasons_in_french(qtbot: QtBot, ticker: ManualTicker, qapp: object) -> None:
    screen = DoneScreen(ticker)
    qtbot.addWidget(screen)
    install_language(qapp, Language.FR)  # type: ignore[arg-type]
    screen.set_language(Language.FR)
    screen.set_suggestions("Zoé", ROWS[:1])
    assert "Marc D. peut vous aider sur « levée de fonds »" in _texts(screen)


def test_nobody_yet_is_said_honestly(qtbot: QtBot, ticker: ManualTicker) -> None:
    screen = DoneScreen(ticker)
    qtbot.addWidget(screen)
    screen.set_suggestions("Zoé", [])
    assert any("among the first" in t and "watch the wall" in t for t in _texts(screen))


def test_countdown_visible_restarts_on_touch_then_times_out(
    qtbot: QtBot, ticker: ManualTicker
) -> None:
    screen = DoneScreen(ticker)
    qtbot.addWidget(screen)
    screen.set_suggestions("Zoé", ROWS[:1])
    screen.start_countdown()
    assert any("Back to the start in 20 s" in t for t in _texts(screen))
    ticker.advance(15)
    assert any("in 5 s" in t for t in _texts(screen))
    screen.note_activity()
    assert screen.countdown.remaining == 20
    with qtbot.assertNotEmitted(screen.timed_out):
        ticker.advance(19)
    with qtbot.waitSignal(screen.timed_out):
        ticker.advance(1)


def test_done_button(qtbot: QtBot, ticker: ManualTicker) -> None:
    screen = DoneScreen(ticker)
    qtbot.addWidget(screen)
    finish = screen.findChild(QPushButton, "finish")
    assert finish is not None
    with qtbot.waitSignal(screen.done_requested):
        qtbot.mouseClick(finish, Qt.MouseButton.LeftButton)
