"""Which character a US keyboard puts on each physical key: how barcode scanners really type."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import Qt

# Physical keys by their Linux evdev code (the same numbers as PC "set 1" scan codes for
# these keys): the character a US layout gives without and with Shift. Almost every
# barcode scanner ships set to this layout, whatever the computer it is plugged into uses.
_US_ROWS: dict[int, tuple[str, str]] = {
    **{2 + i: (d, s) for i, (d, s) in enumerate(zip("1234567890", "!@#$%^&*()", strict=True))},
    12: ("-", "_"),
    13: ("=", "+"),
    **{16 + i: (c, c.upper()) for i, c in enumerate("qwertyuiop")},
    26: ("[", "{"),
    27: ("]", "}"),
    **{30 + i: (c, c.upper()) for i, c in enumerate("asdfghjkl")},
    39: (";", ":"),
    40: ("'", '"'),
    41: ("`", "~"),
    43: ("\\", "|"),
    **{44 + i: (c, c.upper()) for i, c in enumerate("zxcvbnm")},
    51: (",", "<"),
    52: (".", ">"),
    53: ("/", "?"),
    57: (" ", " "),
}
_TOP_ROW_DIGITS = range(2, 12)


@dataclass(frozen=True, slots=True)
class PhysicalKeymap:
    """Maps a platform's native scan code to the US character of that physical key.

    ``offset`` turns evdev codes into the platform's: X11 and Wayland report evdev + 8
    (XKB keycodes), Windows reports the set-1 scan code itself.
    """

    offset: int

    def char(self, scan_code: int, shift: bool) -> str | None:
        pair = _US_ROWS.get(scan_code - self.offset)
        return None if pair is None else pair[1 if shift else 0]

    def is_digit_key(self, scan_code: int) -> bool:
        return scan_code - self.offset in _TOP_ROW_DIGITS


XKB = PhysicalKeymap(offset=8)
WINDOWS = PhysicalKeymap(offset=0)


def keymap_for_platform(platform_name: str) -> PhysicalKeymap | None:
    """The scan-code convention of a Qt platform plugin; None where it is not known (macOS)."""
    if platform_name == "windows":
        return WINDOWS
    if platform_name in {"cocoa", "ios"}:
        return None
    return XKB  # xcb, wayland, eglfs, linuxfb, offscreen: evdev + 8


@dataclass(frozen=True, slots=True)
class KeyStroke:
    """What one key press said: Qt's key code, its text, Shift, and the physical key."""

    key: int
    text: str
    shift: bool
    scan_code: int


def _by_key(stroke: KeyStroke) -> str:
    """The character as the system's layout resolved it (right when scanner and system agree)."""
    if Qt.Key.Key_0.value <= stroke.key <= Qt.Key.Key_9.value:
        return chr(stroke.key)
    if Qt.Key.Key_A.value <= stroke.key <= Qt.Key.Key_Z.value:
        letter = chr(stroke.key)
        if stroke.text.casefold() == letter.casefold():
            return stroke.text
        return letter if stroke.shift else letter.lower()
    return stroke.text if stroke.text.isprintable() else ""


def decode(strokes: Sequence[KeyStroke], keymap: PhysicalKeymap | None) -> str:
    """The code a scanner meant, whatever keyboard layout the system applied to its keys.

    A US-set scanner on a French AZERTY system presses the digit keys without Shift and the
    system types ``&é"'(``: when the burst shows that (a top-row key, no Shift, not a
    digit), every key is read by its physical position on a US keyboard. Otherwise the
    scanner and the system agree and Qt's key codes are right (digits, letters).
    """
    mismatch = keymap is not None and any(
        keymap.is_digit_key(s.scan_code)
        and not s.shift
        and not Qt.Key.Key_0.value <= s.key <= Qt.Key.Key_9.value
        for s in strokes
    )
    chars: list[str] = []
    for stroke in strokes:
        positional = keymap.char(stroke.scan_code, stroke.shift) if keymap is not None else None
        if mismatch and positional is not None:
            chars.append(positional)
        else:
            chars.append(_by_key(stroke) or positional or "")
    return "".join(chars)
