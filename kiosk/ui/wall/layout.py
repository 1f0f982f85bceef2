"""Where things go on the wall for a screen size, and the colours and fonts they use."""

from __future__ import annotations

import math
from dataclasses import dataclass

from PySide6.QtCore import QRect
from PySide6.QtGui import QColor, QFont

from kiosk.core.event import Branding

# Sizes are given for 1920 x 1080 and scaled to the screen. Names must stay at or above
# about 4% of the screen height to be read from 5 metres (43 px at 1080).
NAME_PX = 54
NAME_MIN_PX = 44
REASON_PX = 30
REASON_MIN_PX = 25
CARD_MIN_HEIGHT = 236
# Below this width (a windowed wall beside the check-in) cards go in one column: two would
# leave each too narrow for a long name at a readable size.
NARROW_PX = 900
# Card widths per name pixel that a long name ("Marie-Clémentine L." and two icons) needs.
CARD_WIDTH_PER_NAME_PX = 14
FAMILIES = ["Noto Sans", "DejaVu Sans"]


@dataclass(frozen=True, slots=True)
class WallLayout:
    width: int
    height: int
    scale: float
    header: QRect
    board: QRect
    pulse: QRect
    banner: QRect
    slots: tuple[QRect, ...]
    columns: int
    name_px: int
    name_min_px: int

    def px(self, base: float) -> int:
        """A 1080p size in pixels on this screen."""
        return max(1, round(base * self.scale))

    @property
    def per_page(self) -> int:
        return len(self.slots)


def layout_for(width: int, height: int) -> WallLayout:
    """Header on top, conversation cards in a grid, the pulse on the right, arrivals below.

    A window narrower than ``NARROW_PX`` gets one column; names never need more room than
    their card has (the 4% floor gives way to the card's width, then the scale does).
    """
    s = max(0.25, min(width / 1920, height / 1080))
    margin, gap = round(28 * s), round(20 * s)
    header = QRect(margin, margin // 2, width - 2 * margin, round(96 * s))
    banner_h = round(124 * s)
    banner = QRect(0, height - banner_h, width, banner_h)
    top = header.bottom() + 1 + gap // 2
    bottom = banner.top() - gap
    pulse_w = round(440 * s) if width >= 900 * s + 440 * s else 0
    pulse = QRect(width - margin - pulse_w, top, pulse_w, bottom - top)
    board_right = (pulse.left() - gap) if pulse_w else (width - margin)
    board = QRect(margin, top, board_right - margin, bottom - top)

    columns = 2 if board.width() >= 1000 * s and width >= NARROW_PX else 1
    card_min = CARD_MIN_HEIGHT * s
    rows = max(1, math.floor((board.height() + gap) / (card_min + gap)))
    card_w = (board.width() - (columns - 1) * gap) // columns
    card_h = (board.height() - (rows - 1) * gap) // rows
    slots = tuple(
        QRect(board.left() + c * (card_w + gap), board.top() + r * (card_h + gap), card_w, card_h)
        for r in range(rows)
        for c in range(columns)
    )
    # Never below 4% of the height, even when the width is what limits the scale (16:10),
    # unless the card is too narrow for it (a small window): then names fit their card.
    fits = card_w // CARD_WIDTH_PER_NAME_PX
    name_min = max(round(NAME_MIN_PX * s), min(math.ceil(0.04 * height), fits))
    name_px = max(round(NAME_PX * s), name_min)
    return WallLayout(
        width, height, s, header, board, pulse, banner, slots, columns, name_px, name_min
    )


@dataclass(frozen=True, slots=True)
class Palette:
    background: QColor
    card: QColor
    text: QColor
    accent: QColor
    muted: QColor
    on_accent: QColor  # text drawn on an accent-coloured surface


def _luminance(colour: QColor) -> float:
    def channel(value: float) -> float:
        return value / 12.92 if value <= 0.03928 else ((value + 0.055) / 1.055) ** 2.4

    return (
        0.2126 * channel(colour.redF())
        + 0.7152 * channel(colour.greenF())
        + 0.0722 * channel(colour.blueF())
    )


def contrast(a: QColor, b: QColor) -> float:
    """WCAG contrast ratio (1 to 21)."""
    la, lb = sorted((_luminance(a), _luminance(b)), reverse=True)
    return (la + 0.05) / (lb + 0.05)


def _readable(wanted: QColor, backgrounds: list[QColor], minimum: float) -> QColor:
    """The organiser's colour when it stands out enough; else white or black, whichever does."""
    if all(contrast(wanted, bg) >= minimum for bg in backgrounds):
        return wanted
    candidates = [QColor("#FFFFFF"), QColor("#000000")]
    return max(candidates, key=lambda c: min(contrast(c, bg) for bg in backgrounds))


def _colour(text: str, fallback: str) -> QColor:
    colour = QColor(text)
    return colour if colour.isValid() else QColor(fallback)


def palette_for(branding: Branding) -> Palette:
    """The event's colours, corrected where a projector would wash the text out."""
    background = _colour(branding.background_colour, Branding().background_colour)
    card = _colour(branding.primary_colour, Branding().primary_colour)
    # Projected light lowers contrast a lot: ask for 7:1 (WCAG AAA) for text.
    text = _readable(QColor(branding.text_colour), [background, card], 7.0)
    accent = QColor(branding.accent_colour)
    if not accent.isValid() or min(contrast(accent, card), contrast(accent, background)) < 4.5:
        accent = text
    muted = QColor(text)
    muted.setAlphaF(0.82)
    on_accent = _readable(background, [accent], 7.0)
    return Palette(background, card, text, accent, muted, on_accent)


def font(pixels: int, *, bold: bool = False) -> QFont:
    """The wall's face at a pixel size; Qt falls back per glyph for other scripts."""
    face = QFont()
    face.setFamilies(FAMILIES)
    face.setPixelSize(max(1, pixels))
    face.setBold(bold)
    face.setHintingPreference(QFont.HintingPreference.PreferNoHinting)
    return face
