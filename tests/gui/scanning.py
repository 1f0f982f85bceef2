"""Keyboard-wedge scanners for GUI tests: key events as Qt sees them, under two layouts.

Shared by the scanner tests (tests/gui/checkin) and the journeys (tests/gui/journeys);
pytest puts tests/gui on the import path (its conftest.py), so ``import scanning`` works
from both without touching ``sys.path``.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent

K = Qt.Key

# (Qt key, text, scan code, shift) per character typed.
Stroke = tuple[int, str, int, bool]
Strokes = Callable[[str], list[Stroke]]

# What an X11/Wayland system shows Qt for each physical key (XKB keycode = evdev + 8).
TOP_ROW = {str((i + 1) % 10): 10 + i for i in range(10)}  # "1".."9","0" -> 10..19
LETTER_CODES = (
    {c: 24 + i for i, c in enumerate("qwertyuiop")}
    | {c: 38 + i for i, c in enumerate("asdfghjkl")}
    | {c: 52 + i for i, c in enumerate("zxcvbnm")}
)
MINUS_CODE = 20
# A French AZERTY system: the symbols and letters it types for those physical keys.
AZERTY_TOP = dict(zip("1234567890", "&é\"'(-è_çà", strict=True))
AZERTY_TOP_KEYS = {
    "&": K.Key_Ampersand, "é": K.Key_Eacute, '"': K.Key_QuoteDbl, "'": K.Key_Apostrophe,
    "(": K.Key_ParenLeft, "-": K.Key_Minus, "è": K.Key_Egrave, "_": K.Key_Underscore,
    "ç": K.Key_Ccedilla, "à": K.Key_Agrave,
}  # fmt: skip
AZERTY_SWAPS = {"q": "a", "w": "z", "a": "q", "z": "w"}  # US position -> AZERTY letter


class FakeClock:
    """Monotonic milliseconds that only move when a test says so."""

    def __init__(self, start: int = 1_000_000) -> None:
        self.now = start

    def __call__(self) -> int:
        return self.now

    def advance(self, ms: int) -> None:
        self.now += ms


def key_event(
    key: int,
    text: str = "",
    *,
    scan_code: int = 0,
    shift: bool = False,
    kind: QEvent.Type = QEvent.Type.KeyPress,
) -> QKeyEvent:
    modifiers = Qt.KeyboardModifier.ShiftModifier if shift else Qt.KeyboardModifier.NoModifier
    return QKeyEvent(kind, key, modifiers, scan_code, 0, 0, text)


def send(receiver: QObject, event: QEvent) -> bool:
    """Deliver like the platform does; True when something swallowed the event."""
    return QCoreApplication.sendEvent(receiver, event)


def us_scanner_on_azerty(code: str) -> list[Stroke]:
    """(key, text, scan code, shift) per character, as Qt sees a US scanner on AZERTY."""
    strokes = []
    for ch in code:
        if ch.isdigit():
            text = AZERTY_TOP[ch]
            strokes.append((AZERTY_TOP_KEYS[text].value, text, TOP_ROW[ch], False))
        elif ch == "-":  # US minus key: ")" on AZERTY
            strokes.append((K.Key_ParenRight.value, ")", MINUS_CODE, False))
        else:
            shift = ch.isupper()
            letter = AZERTY_SWAPS.get(ch.lower(), ch.lower())
            text = letter.upper() if shift else letter
            strokes.append((ord(letter.upper()), text, LETTER_CODES[ch.lower()], shift))
    return strokes


def same_layout(code: str) -> list[Stroke]:
    """A scanner set to the system's own layout: Qt's key codes are the real characters."""
    strokes = []
    for ch in code:
        if ch.isdigit():
            strokes.append((ord(ch), ch, TOP_ROW[ch], False))
        elif ch == "-":
            strokes.append((K.Key_Minus.value, "-", MINUS_CODE, False))
        else:
            strokes.append((ord(ch.upper()), ch, LETTER_CODES[ch.lower()], ch.isupper()))
    return strokes
