"""The in-app on-screen keyboard: AZERTY in French, QWERTY in English, accents one tap away."""

from __future__ import annotations

from enum import StrEnum

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import (
    QGridLayout,
    QLineEdit,
    QPushButton,
    QSizePolicy,
    QStackedWidget,
    QWidget,
)

from kiosk.core.guest import Language
from kiosk.ui.checkin.widgets import button, set_style_property


class KeyboardPage(StrEnum):
    LETTERS = "letters"
    ACCENTS = "accents"
    SYMBOLS = "symbols"


# A row is "offset key key ... " in grid units: a letter key spans 2 columns of 22; commands
# are written {name:width}. Offsets stagger the rows like a physical keyboard.
_COLUMNS = 22
_LETTERS = {
    Language.FR: (
        "1 a z e r t y u i o p",
        "1 q s d f g h j k l m",
        "0 {shift:2} w x c v b n é ' - {back:2}",
        "0 {symbols:4} è à ç {space:8} {accents:4}",
    ),
    Language.EN: (
        "1 q w e r t y u i o p",
        "2 a s d f g h j k l",
        "0 {shift:2} z x c v b n m ' - {back:2}",
        "0 {symbols:4} {space:14} {accents:4}",
    ),
}
_ACCENTS = (
    "1 é è ê ë à â ä ç î ï",
    "1 ô ö ù û ü ÿ œ æ ñ á",
    "0 {shift:2} í ó ú ã õ å ø ß ' {back:2}",
    "0 {letters:4} - {space:12} {symbols:4}",
)
_SYMBOLS = (
    "1 1 2 3 4 5 6 7 8 9 0",
    "1 @ . _ - / : & + # '",
    '0 ( ) ! ? , ; " ~ % {back:4}',
    "0 {letters:4} {space:14} {accents:4}",
)
_WORD_START = " -'"


def _shifted(ch: str) -> str:
    upper = ch.upper()
    return upper if len(upper) == 1 else ch  # "ß" has no one-letter capital


class OnScreenKeyboard(QWidget):
    """Buttons that type into a target line edit; they never take focus from it.

    Emits ``key_typed`` for every character and ``backspace_typed`` for erasing, whether
    or not a target is set, so a screen can also react to keys itself.
    """

    key_typed = Signal(str)
    backspace_typed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("keyboard")
        self._language = Language.FR
        self._target: QLineEdit | None = None
        self._shift = False
        self._auto_capitalise = False
        self._pages = QStackedWidget(self)
        layout = QGridLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self._pages)
        # Accents and symbols are built the first time they are shown, then kept: a kiosk
        # with four keyboards does not style 600 keys at start-up for pages few guests open.
        self._built: dict[tuple[KeyboardPage, Language | None], QWidget] = {}
        self._page = KeyboardPage.LETTERS
        self._labelled_shift = False
        for language in _LETTERS:  # guests switch language often: no wait on that tap
            self._language = language
            self._page_widget(KeyboardPage.LETTERS)
        self._language = Language.FR
        self.show_page(KeyboardPage.LETTERS)

    # -- setters -----------------------------------------------------------------------
    def set_language(self, language: Language) -> None:
        self._language = language
        if self._page is KeyboardPage.LETTERS:
            self._pages.setCurrentWidget(self._page_widget(KeyboardPage.LETTERS))
        self.retranslate()

    def set_target(self, target: QLineEdit | None) -> None:
        if self._target is not None:
            self._target.cursorPositionChanged.disconnect(self._on_target_cursor_position_changed)
        self._target = target
        if target is not None:
            # Text set or erased by other means (a reset, a tap in the middle) moves the
            # cursor too: the capital follows where the next letter will go.
            target.cursorPositionChanged.connect(self._on_target_cursor_position_changed)
        self._update_auto_shift()

    def set_auto_capitalise(self, enabled: bool) -> None:
        """Names start each word with a capital, as people expect their name to be written."""
        self._auto_capitalise = enabled
        self._update_auto_shift()

    def show_page(self, page: KeyboardPage) -> None:
        self._page = page
        self._pages.setCurrentWidget(self._page_widget(page))

    @property
    def page(self) -> KeyboardPage:
        return self._page

    @property
    def shifted(self) -> bool:
        return self._shift

    def reset(self) -> None:
        self._shift = False
        self.show_page(KeyboardPage.LETTERS)
        self._update_auto_shift()

    def key_buttons(self, page: KeyboardPage | None = None) -> list[QPushButton]:
        """The key buttons of a page (the current one by default), in reading order."""
        return [k for k in self._page_widget(page or self._page).findChildren(QPushButton)]

    def key(self, value: str, page: KeyboardPage | None = None) -> QPushButton | None:
        """The button typing ``value`` (a character, or {shift}, {back}, {space}...)."""
        return next((k for k in self.key_buttons(page) if k.property("keyValue") == value), None)

    # -- building ----------------------------------------------------------------------
    def _page_widget(self, page: KeyboardPage) -> QWidget:
        key = (page, self._language if page is KeyboardPage.LETTERS else None)
        widget = self._built.get(key)
        if widget is None:
            if page is KeyboardPage.LETTERS:
                rows = _LETTERS[self._language]
            else:
                rows = _ACCENTS if page is KeyboardPage.ACCENTS else _SYMBOLS
            widget = self._build_page(rows)
            self._built[key] = widget
            self._pages.addWidget(widget)
            self._label(widget.findChildren(QPushButton), symbols=page is KeyboardPage.SYMBOLS)
        return widget

    def _all_keys(self) -> list[QPushButton]:
        return [k for page in self._built.values() for k in page.findChildren(QPushButton)]

    def _build_page(self, rows: tuple[str, ...]) -> QWidget:
        page = QWidget()
        grid = QGridLayout(page)
        grid.setContentsMargins(0, 0, 0, 0)
        for column in range(_COLUMNS):
            grid.setColumnStretch(column, 1)
        for row, spec in enumerate(rows):
            offset, *tokens = spec.split(" ")
            column = int(offset)
            for token in tokens:
                value, width = self._parse(token)
                key = button("keyWide" if value.startswith("{") else "key", page)
                key.setProperty("keyValue", value)
                key.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
                key.setAutoRepeat(value == "{back}")  # hold to erase, as on a phone
                key.clicked.connect(self._on_key_clicked)
                grid.addWidget(key, row, column, 1, width)
                column += width
        return page

    @staticmethod
    def _parse(token: str) -> tuple[str, int]:
        if token.startswith("{"):
            name, width = token[1:-1].split(":")
            return "{" + name + "}", int(width)
        return token, 2

    def retranslate(self) -> None:
        for key in self._all_keys():
            self._name(key)

    def _name(self, key: QPushButton) -> None:
        names = {
            "{space}": self.tr("space"),
            "{back}": "⌫",
            "{shift}": "⇧",
            "{letters}": "ABC",
            "{accents}": "àéç",
            "{symbols}": "?123",
        }
        value = str(key.property("keyValue"))
        if value in names:
            key.setText(names[value])
            key.setAccessibleName(names[value])

    def _relabel(self) -> None:
        if self._shift == self._labelled_shift:
            return  # most keystrokes change nothing on the keys: skip 150 buttons
        self._labelled_shift = self._shift
        symbols = self._built.get((KeyboardPage.SYMBOLS, None))
        for page in self._built.values():
            self._label(page.findChildren(QPushButton), symbols=page is symbols)

    def _label(self, keys: list[QPushButton], *, symbols: bool) -> None:
        for key in keys:
            value = str(key.property("keyValue"))
            if value == "{shift}":
                set_style_property(key, "active", self._shift)
            elif value.startswith("{"):
                self._name(key)
            elif symbols:
                key.setText("&&" if value == "&" else value)  # a lone & marks a shortcut
            else:
                key.setText(_shifted(value) if self._shift else value)

    # -- typing ------------------------------------------------------------------------
    def _on_key_clicked(self) -> None:
        sender = self.sender()
        if not isinstance(sender, QPushButton):
            return
        value = str(sender.property("keyValue"))
        if value == "{shift}":
            self._set_shift(not self._shift)
        elif value == "{back}":
            if self._target is not None:
                self._target.backspace()
            self.backspace_typed.emit()
            self._update_auto_shift()
        elif value == "{letters}":
            self.show_page(KeyboardPage.LETTERS)
        elif value == "{accents}":
            self.show_page(KeyboardPage.ACCENTS)
        elif value == "{symbols}":
            self.show_page(KeyboardPage.SYMBOLS)
        else:
            self._type(" " if value == "{space}" else value)

    def _type(self, value: str) -> None:
        text = _shifted(value) if self._shift and self._page is not KeyboardPage.SYMBOLS else value
        if self._target is not None:
            self._target.insert(text)
        self.key_typed.emit(text)
        self._shift = False  # one-shot, like a phone keyboard
        self._update_auto_shift()

    def _update_auto_shift(self) -> None:
        if self._auto_capitalise and self._target is not None:
            before = self._target.text()[: self._target.cursorPosition()]
            self._shift = not before or before[-1] in _WORD_START
        self._relabel()

    def _on_target_cursor_position_changed(self) -> None:
        self._update_auto_shift()

    def _set_shift(self, on: bool) -> None:
        self._shift = on
        self._relabel()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt override)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
