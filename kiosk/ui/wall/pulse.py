"""The room's pulse panel: people here, the most wanted topics, what nobody offers yet.

Headings, the head count, each most wanted topic and the unoffered list are rendered apart
and cached: an arrival changes the head count (always) and a count or two among the most
wanted topics, rarely the rest, so only those few lines are drawn again.
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFontMetricsF, QPainter, QPixmap

from kiosk.core.wallview import PulseTag
from kiosk.ui.wall.cards import Rendered, new_pixmap
from kiosk.ui.wall.layout import Palette, WallLayout, font
from kiosk.ui.wall.text import WallText
from kiosk.ui.wall.textdraw import baseline_for, draw_line, fit_font, wrap_plain


def _painter(pixmap: QPixmap) -> QPainter:
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
    return painter


def pulse_blank(lay: WallLayout, ratio: float, palette: Palette) -> QPixmap:
    """The pulse panel without text: drawn once per size, copied at every change."""
    size = lay.pulse.size()
    pixmap = new_pixmap(size, ratio, palette.background)  # opaque: blits are plain copies
    if size.isEmpty():
        return pixmap
    painter = _painter(pixmap)
    panel = QColor(palette.card)
    panel.setAlphaF(0.55)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(panel)
    painter.drawRoundedRect(QRectF(0, 0, size.width(), size.height()), lay.px(20), lay.px(20))
    painter.end()
    return pixmap


class _Block:
    """A transparent strip of the panel, drawn on its own so that it is cached on its own."""

    def __init__(self, lay: WallLayout, height: float, ratio: float) -> None:
        self.lay = lay
        self.width = lay.pulse.width()
        self.pad = lay.px(28)
        self.inner = self.width - 2 * self.pad
        self.pixmap = new_pixmap(QSize(self.width, max(1, round(height))), ratio)
        self.painter = _painter(self.pixmap)
        self.drawn: list[str] = []

    def heading(self, label: str, y: float, palette: Palette) -> float:
        lay = self.lay
        face = fit_font(label, self.inner, lay.px(28), lay.px(22), bold=True)
        base = baseline_for(y, lay.px(28))
        self.drawn.append(
            draw_line(self.painter, label, self.pad, base, self.inner, face, palette.muted)
        )
        return y + lay.px(28) * 1.45

    def done(self) -> Rendered:
        self.painter.end()
        return self.pixmap, tuple(self.drawn)


def here_height(lay: WallLayout) -> float:
    return lay.px(28) * 0.8 + lay.px(28) * 1.45 - lay.px(10) + lay.px(96) * 0.96 + lay.px(46)


def row_height(lay: WallLayout) -> int:
    return lay.px(54)


def wanted_height(lay: WallLayout, rows: int) -> float:
    return lay.px(28) * 1.45 + rows * row_height(lay) + lay.px(18) if rows else 0.0


def render_here_heading(
    lay: WallLayout, text: WallText, ratio: float, palette: Palette
) -> Rendered:
    """ "Here now", on a strip as tall as the whole "here" block (drawn once per language)."""
    block = _Block(lay, here_height(lay), ratio)
    block.heading(text.here_now(), lay.px(28) * 0.8, palette)
    return block.done()


def render_here_count(
    present: int, lay: WallLayout, text: WallText, ratio: float, palette: Palette
) -> Rendered:
    """ "42 people", under the heading (the part redrawn at every arrival: keep it small)."""
    block = _Block(lay, here_height(lay), ratio)
    y = lay.px(28) * 0.8 + lay.px(28) * 1.45
    number = str(present)
    big = font(lay.px(96), bold=True)
    base = baseline_for(y - lay.px(10), lay.px(96))
    block.drawn.append(
        draw_line(block.painter, number, block.pad, base, block.inner, big, palette.accent)
    )
    advance = QFontMetricsF(big).horizontalAdvance(number) + lay.px(16)
    people = text.people(present).replace(number, "", 1).strip()
    face = font(lay.px(34))
    room = block.inner - advance
    block.drawn.append(
        draw_line(block.painter, people, block.pad + advance, base, room, face, palette.text)
    )
    return block.done()


def render_wanted_heading(
    lay: WallLayout, text: WallText, ratio: float, palette: Palette
) -> Rendered:
    block = _Block(lay, lay.px(28) * 1.45, ratio)
    block.heading(text.most_wanted(), 0, palette)
    return block.done()


def render_wanted_row(
    item: PulseTag, lay: WallLayout, text: WallText, ratio: float, palette: Palette
) -> Rendered:
    """One most wanted topic and its count (its bar is drawn apart: it follows the first)."""
    block = _Block(lay, row_height(lay), ratio)
    painter, pad, inner = block.painter, block.pad, block.inner
    count_face = font(lay.px(30), bold=True)
    base = lay.px(30)
    count = str(item.count)
    count_w = QFontMetricsF(count_face).horizontalAdvance(count) + lay.px(16)
    label = item.tag.label(text.language)
    face = fit_font(label, inner - count_w, lay.px(30), lay.px(26), bold=True)
    block.drawn.append(draw_line(painter, label, pad, base, inner - count_w, face, palette.text))
    right = Qt.AlignmentFlag.AlignRight
    block.drawn.append(
        draw_line(painter, count, pad, base, inner, count_face, palette.accent, align=right)
    )
    return block.done()


def wanted_row_top(lay: WallLayout, index: int) -> float:
    """Where row ``index`` of the most wanted topics starts, from the top of its block."""
    return lay.px(28) * 1.45 + index * row_height(lay)


def draw_wanted_bars(
    painter: QPainter,
    origin: QPointF,
    wanted: tuple[PulseTag, ...],
    lay: WallLayout,
    palette: Palette,
) -> None:
    """A thin bar under each label: its share of the most wanted topic, at a glance."""
    top_count = max((p.count for p in wanted), default=1)
    track = QColor(palette.text)
    track.setAlphaF(0.15)
    pad = lay.px(28)
    inner = lay.pulse.width() - 2 * pad
    bar_h = lay.px(7)
    painter.setPen(Qt.PenStyle.NoPen)
    for i, item in enumerate(wanted):
        bar_y = origin.y() + wanted_row_top(lay, i) + lay.px(30) + lay.px(10)
        left = origin.x() + pad
        painter.setBrush(track)
        painter.drawRoundedRect(QRectF(left, bar_y, inner, bar_h), bar_h / 2, bar_h / 2)
        painter.setBrush(palette.accent)
        width = inner * item.count / top_count
        painter.drawRoundedRect(QRectF(left, bar_y, width, bar_h), bar_h / 2, bar_h / 2)


def render_unoffered(
    unoffered: tuple[PulseTag, ...],
    lay: WallLayout,
    text: WallText,
    ratio: float,
    palette: Palette,
    height: float,
) -> Rendered:
    """Wanted topics nobody here offers yet, and an invitation to speak up."""
    block = _Block(lay, height, ratio)
    row, pad, inner = row_height(lay), block.pad, block.inner
    if not unoffered or 3 * row >= height:
        return block.done()
    y = block.heading(text.unoffered(), 0, palette)
    for item in unoffered:
        if y + 2 * row > height - pad:
            break
        label = item.tag.label(text.language)
        face = fit_font(label, inner, lay.px(32), lay.px(27), bold=True)
        block.drawn.append(
            draw_line(block.painter, label, pad, y + row * 0.62, inner, face, palette.accent)
        )
        y += row
    face = font(lay.px(28))
    for i, line in enumerate(wrap_plain(text.speak_up(), face, inner, 2)):
        base = baseline_for(y + lay.px(4), lay.px(28), i)
        if base < height - pad * 0.5:
            block.drawn.append(draw_line(block.painter, line, pad, base, inner, face, palette.text))
    return block.done()
