"""Drawing fitted text: one-line names that shrink then elide, wrapped sentences of styled runs."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QFontMetricsF,
    QPainter,
    QTextCharFormat,
    QTextLayout,
    QTextOption,
)

from kiosk.ui.wall.layout import font
from kiosk.ui.wall.text import Role, Run, plain

LINE_STEP = 1.22  # line pitch as a multiple of the pixel size: tighter than the font's own


@dataclass(frozen=True, slots=True)
class RunStyle:
    plain: QColor
    name: QColor
    tag: QColor


def fit_font(text: str, width: float, start_px: int, min_px: int, *, bold: bool) -> QFont:
    """The largest size from ``start_px`` down to ``min_px`` at which ``text`` fits."""
    px = start_px
    face = font(px, bold=bold)
    while px > min_px and QFontMetricsF(face).horizontalAdvance(text) > width:
        px = max(min_px, int(px * 0.94))
        face = font(px, bold=bold)
    return face


def draw_line(
    painter: QPainter,
    text: str,
    left: float,
    baseline: float,
    width: float,
    face: QFont,
    colour: QColor,
    *,
    align: Qt.AlignmentFlag = Qt.AlignmentFlag.AlignLeft,
) -> str:
    """Draw one line at a baseline, elided when it still does not fit; returns what was drawn."""
    metrics = QFontMetricsF(face)
    shown = metrics.elidedText(text, Qt.TextElideMode.ElideRight, width)
    advance = metrics.horizontalAdvance(shown)
    x = left
    if align & Qt.AlignmentFlag.AlignHCenter:
        x = left + (width - advance) / 2
    elif align & Qt.AlignmentFlag.AlignRight:
        x = left + width - advance
    painter.setFont(face)
    painter.setPen(colour)
    # The wall's languages read left to right: a name in an RTL script must not flip the
    # line (Qt would otherwise take the direction from the first strong character).
    painter.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
    painter.drawText(QPointF(x, baseline), shown)
    return plain(shown)


def _layout(
    runs: Sequence[Run], px: int, width: float, style: RunStyle, centred: bool
) -> tuple[QTextLayout, int]:
    text = "".join(t for t, _ in runs)
    layout = QTextLayout(text, font(px))
    option = QTextOption()
    option.setWrapMode(QTextOption.WrapMode.WordWrap)
    option.setTextDirection(Qt.LayoutDirection.LeftToRight)
    if centred:
        option.setAlignment(Qt.AlignmentFlag.AlignHCenter)
    layout.setTextOption(option)
    formats = []
    start = 0
    for chunk, role in runs:
        fmt = QTextCharFormat()
        colour = {Role.PLAIN: style.plain, Role.NAME: style.name, Role.TAG: style.tag}[role]
        fmt.setForeground(QBrush(colour))
        if role is not Role.PLAIN:
            fmt.setFontWeight(QFont.Weight.Bold)
        rng = QTextLayout.FormatRange()
        rng.start, rng.length, rng.format = start, len(chunk), fmt
        formats.append(rng)
        start += len(chunk)
    layout.setFormats(formats)
    layout.beginLayout()
    lines = 0
    while True:
        line = layout.createLine()
        if not line.isValid():
            break
        line.setLineWidth(width)
        line.setPosition(QPointF(0, lines * px * LINE_STEP))
        lines += 1
    layout.endLayout()
    return layout, lines


def draw_runs(
    painter: QPainter,
    box: QRectF,
    runs: Sequence[Run],
    style: RunStyle,
    *,
    start_px: int,
    min_px: int,
    max_lines: int,
    centred: bool = False,
) -> str:
    """Wrap styled runs in ``box``: shrink to fit ``max_lines``, then cut the rest with "…"."""
    text = "".join(t for t, _ in runs)
    if not text:
        return ""
    px = start_px
    layout, lines = _layout(runs, px, box.width(), style, centred)
    while (lines > max_lines or lines * px * LINE_STEP > box.height()) and px > min_px:
        px = max(min_px, int(px * 0.93))
        layout, lines = _layout(runs, px, box.width(), style, centred)
    keep = max(1, min(max_lines, int(box.height() // (px * LINE_STEP)) or 1))
    # Clip the text to whole lines: a half-drawn third line would look like a glitch.
    painter.save()
    painter.setClipRect(QRectF(box.x(), box.y(), box.width(), keep * px * LINE_STEP + px * 0.4))
    if lines > keep:
        last = layout.lineAt(keep - 1)
        tail = text[last.textStart() :]
        face = font(px, bold=True)
        painter.setClipRect(
            QRectF(box.x(), box.y(), box.width(), (keep - 1) * px * LINE_STEP),
            Qt.ClipOperation.IntersectClip,
        )
        layout.draw(painter, box.topLeft())
        painter.setClipping(False)
        baseline = box.y() + last.y() + last.ascent()
        draw_line(painter, tail, box.x(), baseline, box.width(), face, style.tag)
        shown = text[: last.textStart()] + tail
    else:
        layout.draw(painter, box.topLeft())
        shown = text
    painter.restore()
    return plain(shown)


def wrap_plain(text: str, face: QFont, width: float, max_lines: int) -> list[str]:
    """Greedy word wrap of one-style text (much cheaper than a QTextLayout); the last line
    keeps the rest of the text, for ``draw_line`` to elide."""
    metrics = QFontMetricsF(face)
    lines: list[str] = []
    current = ""
    words = text.split(" ")
    for i, word in enumerate(words):
        candidate = f"{current} {word}" if current else word
        if current and metrics.horizontalAdvance(candidate) > width:
            lines.append(current)
            if len(lines) == max_lines - 1:
                lines.append(" ".join(words[i:]))
                return lines
            current = word
        else:
            current = candidate
    if current:
        lines.append(current)
    return lines


def baseline_for(top: float, px: int, line: int = 0) -> float:
    """Baseline of line ``line`` of a block of ``px`` text whose first line starts at ``top``."""
    return top + px * 0.96 + line * px * LINE_STEP
