"""Which of the organiser's colour pairs would read below WCAG AA, and what is drawn instead."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from PySide6.QtGui import QColor

from kiosk.core.event import Branding
from kiosk.ui.style import AA_TEXT, Palette, contrast
from kiosk.ui.wall.layout import palette_for


class ContrastPlace(StrEnum):
    """Where a pair of the organiser's colours is drawn as text on a background."""

    CHECKIN_TEXT = "checkin_text"  # text colour on the background colour
    CHECKIN_ACCENT = "checkin_accent"  # the room's pulse: accent colour on the background
    WALL_TEXT = "wall_text"  # names on the wall's cards: text colour on the primary colour
    WALL_ACCENT = "wall_accent"  # reasons on the wall: accent on the cards and background


@dataclass(frozen=True, slots=True)
class ContrastFlag:
    """A pair below ``AA_TEXT``: its ratio as chosen, and the colour the screen will use."""

    place: ContrastPlace
    foreground: str
    background: str
    ratio: float
    used: str


def _name(colour: str) -> str:
    return QColor(colour).name().upper()


def contrast_flags(branding: Branding) -> list[ContrastFlag]:
    """Every chosen pair the check-in or the wall would draw below 4.5:1, with the colour
    kiosk.ui.style.Palette.from_branding (check-in) or the wall's palette puts instead."""
    checkin = Palette.from_branding(branding)
    wall = palette_for(branding)
    text, bg = branding.text_colour, branding.background_colour
    primary, accent = branding.primary_colour, branding.accent_colour
    wall_accent_bg = min((primary, bg), key=lambda b: contrast(accent, b))
    pairs = (
        (ContrastPlace.CHECKIN_TEXT, text, bg, checkin.text),
        (ContrastPlace.CHECKIN_ACCENT, accent, bg, checkin.accent_text),
        (ContrastPlace.WALL_TEXT, text, primary, wall.text.name()),
        (ContrastPlace.WALL_ACCENT, accent, wall_accent_bg, wall.accent.name()),
    )
    return [
        ContrastFlag(place, _name(fg), _name(back), contrast(fg, back), _name(used))
        for place, fg, back, used in pairs
        if QColor(fg).isValid() and QColor(back).isValid() and contrast(fg, back) < AA_TEXT
    ]
