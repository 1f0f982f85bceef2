"""Fits one line of text in a box: largest size, a little narrower, smaller, then cut with "…"."""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QFont, QFontMetricsF, QPaintDevice

FONT_FAMILY = "Noto Sans"  # Qt falls back to Noto CJK, Arabic, Devanagari... per character
MIN_STRETCH = 85  # narrower than this, synthesised condensing starts to look distorted
_SHRINK_STEPS = 12


@dataclass(frozen=True, slots=True)
class FittedText:
    """A line ready to draw: ``ink`` (its painted bounds) lies inside ``area``."""

    text: str  # as drawn: possibly cut with an ellipsis
    font: QFont
    origin: QPointF  # where drawText puts the baseline's start
    ink: QRectF
    area: QRectF
    point_size: float
    elided: bool


def is_rtl(text: str) -> bool:
    """Whether the first strongly directional character reads right to left."""
    for char in text:
        direction = unicodedata.bidirectional(char)
        if direction in {"R", "AL"}:
            return True
        if direction == "L":
            return False
    return False


def make_font(point_size: float, *, bold: bool = False, stretch: int = 100) -> QFont:
    font = QFont(FONT_FAMILY)
    font.setPointSizeF(point_size)
    font.setBold(bold)
    if stretch != 100:
        font.setStretch(stretch)
    return font


def _place(
    text: str, font: QFont, area: QRectF, device: QPaintDevice, align_right: bool, centre: bool
) -> tuple[QPointF, QRectF]:
    """Baseline origin and ink rect: low in the area (or centred), moved to stay inside."""
    metrics = QFontMetricsF(font, device)
    bounds = metrics.tightBoundingRect(text)  # the glyphs' ink, relative to the baseline origin
    x = area.right() - bounds.right() if align_right else area.left() - bounds.left()
    if centre:
        baseline = area.center().y() + (metrics.ascent() - metrics.descent()) / 2
    else:
        baseline = area.bottom() - metrics.descent()
    baseline -= max(0.0, baseline + bounds.bottom() - area.bottom())
    baseline += max(0.0, area.top() - (baseline + bounds.top()))
    return QPointF(x, baseline), bounds.translated(x, baseline)


def _fits(ink: QRectF, area: QRectF) -> bool:
    slack = 0.5  # device pixels of rounding
    return (
        ink.left() >= area.left() - slack
        and ink.right() <= area.right() + slack
        and ink.top() >= area.top() - slack
        and ink.bottom() <= area.bottom() + slack
    )


def _ratio(ink: QRectF, area: QRectF) -> float:
    """How much smaller the text must get for its ink to fit (1: it fits)."""
    ratios = [1.0]
    if ink.width() > 0:
        ratios.append(area.width() / ink.width())
    if ink.height() > 0:
        ratios.append(area.height() / ink.height())
    return min(ratios)


def fit_line(
    text: str,
    area: QRectF,
    device: QPaintDevice,
    *,
    max_pt: float,
    min_pt: float,
    bold: bool = False,
    condense: bool = True,
    centre: bool = False,
    scale: float = 1.0,
) -> FittedText:
    """The largest size in [min_pt, max_pt] at which ``text`` fits ``area``.

    Before shrinking, a line may be condensed down to MIN_STRETCH percent (if ``condense``);
    at ``min_pt`` a line still too long is cut with an ellipsis. Right-to-left text is
    aligned right; ``centre`` centres the line vertically instead of sitting it low.
    Sizes are points on the badge; fonts are made ``scale`` times larger (a badge drawn
    at another size than its paper size on the device).
    """
    right = is_rtl(text)

    def attempt(size: float, stretch: int, shown: str) -> tuple[FittedText | None, float]:
        """The fitted line, or None and how much smaller it must get."""
        font = make_font(size * scale, bold=bold, stretch=stretch)
        origin, ink = _place(shown, font, area, device, right, centre)
        if not _fits(ink, area):
            return None, _ratio(ink, area)
        return FittedText(shown, font, origin, ink, area, size, shown != text), 1.0

    font = make_font(max_pt * scale, bold=bold)
    _, ink = _place(text, font, area, device, right, centre)
    ratio = _ratio(ink, area)
    stretch = 100
    if condense and ratio < 1.0 and ink.height() <= area.height():
        stretch = max(MIN_STRETCH, int(ratio * 100))
    size = max_pt
    if stretch / 100 > ratio:
        size = max(min_pt, max_pt * ratio * 100 / stretch)
    for _ in range(_SHRINK_STEPS):
        fitted, smaller = attempt(size, stretch, text)
        if fitted is not None:
            return fitted
        if size <= min_pt:
            break
        # Glyph widths are not quite linear in the size (hinting): aim, then nudge.
        size = max(min_pt, size * max(0.8, min(0.995, smaller)))
    # At the smallest size: cut the text until it fits, ellipsis included.
    small = make_font(min_pt * scale, bold=bold, stretch=stretch)
    metrics = QFontMetricsF(small, device)
    width = area.width()
    mode = Qt.TextElideMode.ElideRight
    for _ in range(_SHRINK_STEPS):
        shown = metrics.elidedText(text, mode, width)
        fitted, _ = attempt(min_pt, stretch, shown)
        if fitted is not None:
            return fitted
        width *= 0.9
    fallback = make_font(min_pt * scale, bold=bold, stretch=stretch)
    origin, ink = _place("…", fallback, area, device, right, centre)
    return FittedText("…", fallback, origin, ink, area, min_pt, True)
