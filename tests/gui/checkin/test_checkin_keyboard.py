"""On-screen keyboard: AZERTY in French, QWERTY in English, accents, editing keys."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit
from pytestqt.qtbot import QtBot

from kiosk.core.guest import Language
from kiosk.ui.checkin.keyboard import KeyboardPage, OnScreenKeyboard


def _first_row(keyboard: OnScreenKeyboard) -> str:
    letters = [
        str(k.property("keyValue"))
        for k in keyboard.key_buttons()
        if len(str(k.property("keyValue"))) == 1
    ]
    return "".join(letters[:10])


def _tap(
    qtbot: QtBot, keyboard: OnScreenKeyboard, value: str, page: KeyboardPage | None = None
) -> None:
    key = keyboard.key(value, page)
    assert key is not None, f"no key {value!r}"
    qtbot.mouseClick(key, Qt.MouseButton.LeftButton)


@pytest.fixture
def typed(qtbot: QtBot) -> tuple[OnScreenKeyboard, QLineEdit]:
    keyboard = OnScreenKeyboard()
    edit = QLineEdit()
    qtbot.addWidget(keyboard)
    qtbot.addWidget(edit)
    keyboard.set_target(edit)
    return keyboard, edit


def test_layout_follows_language(typed: tuple[OnScreenKeyboard, QLineEdit]) -> None:
    keyboard, _ = typed
    keyboard.set_language(Language.FR)
    assert _first_row(keyboard) == "azertyuiop"
    assert keyboard.key("m") is not None
    assert keyboard.key("é") is not None
    keyboard.set_language(Language.EN)
    assert _first_row(keyboard) == "qwertyuiop"


def test_typing_editing_keys(qtbot: QtBot, typed: tuple[OnScreenKeyboard, QLineEdit]) -> None:
    keyboard, edit = typed
    keyboard.set_language(Language.EN)
    for value in ("d", "'", "a", "{space}", "j", "-", "l"):
        _tap(qtbot, keyboard, value)
    assert edit.text() == "d'a j-l"
    _tap(qtbot, keyboard, "{back}")
    assert edit.text() == "d'a j-"
    with qtbot.waitSignal(keyboard.key_typed) as blocker:
        _tap(qtbot, keyboard, "x")
    assert blocker.args == ["x"]


def test_every_accent_is_reachable(qtbot: QtBot, typed: tuple[OnScreenKeyboard, QLineEdit]) -> None:
    keyboard, edit = typed
    _tap(qtbot, keyboard, "{accents}")
    assert keyboard.page is KeyboardPage.ACCENTS
    wanted = "éèêëàâçîïôöùûüœæñ"
    for ch in wanted:
        _tap(qtbot, keyboard, ch)
    assert edit.text() == wanted
    _tap(qtbot, keyboard, "{letters}")
    assert keyboard.page is KeyboardPage.LETTERS


def test_symbols_for_emails_and_links(
    qtbot: QtBot, typed: tuple[OnScreenKeyboard, QLineEdit]
) -> None:
    keyboard, edit = typed
    _tap(qtbot, keyboard, "{symbols}")
    for ch in "a@b.fr/1":
        page = KeyboardPage.LETTERS if ch.isalpha() else KeyboardPage.SYMBOLS
        if keyboard.page is not page:
            _tap(qtbot, keyboard, "{letters}" if page is KeyboardPage.LETTERS else "{symbols}")
        _tap(qtbot, keyboard, ch)
    assert edit.text() == "a@b.fr/1"


def test_shift_is_one_shot_and_names_capitalise(
    qtbot: QtBot, typed: tuple[OnScreenKeyboard, QLineEdit]
) -> None:
    keyboard, edit = typed
    keyboard.set_language(Language.FR)
    _tap(qtbot, keyboard, "{shift}")
    assert keyboard.key("a") is not None
    assert keyboard.key("a").text() == "A"
    _tap(qtbot, keyboard, "a")
    _tap(qtbot, keyboard, "a")
    assert edit.text() == "Aa"
    edit.setText("")
    keyboard.set_auto_capitalise(True)
    keyboard.set_target(edit)
    for value in ("m", "a", "-", "e", "{space}", "l"):
        _tap(qtbot, keyboard, value)
    assert edit.text() == "Ma-E L"
    _tap(qtbot, keyboard, "{accents}")
    _tap(qtbot, keyboard, "é")
    assert edit.text() == "Ma-E Lé"


def test_keys_never_take_focus(typed: tuple[OnScreenKeyboard, QLineEdit]) -> None:
    keyboard, _ = typed
    for page in KeyboardPage:
        assert all(k.focusPolicy() == Qt.FocusPolicy.NoFocus for k in keyboard.key_buttons(page))


def test_capital_follows_the_cursor(typed: tuple[OnScreenKeyboard, QLineEdit]) -> None:
    keyboard, edit = typed
    keyboard.set_auto_capitalise(True)
    edit.setText("Marie")
    assert not keyboard.shifted
    edit.setText("Marie-")
    assert keyboard.shifted
    edit.setText("")  # the next guest starts with a capital again
    assert keyboard.shifted
