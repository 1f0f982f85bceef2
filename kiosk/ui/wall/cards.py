"""One conversation card rendered once into a pixmap: two names, etiquette icons, the reason."""

from __future__ import annotations

import math
from collections.abc import Callable, Hashable

from PySide6.QtCore import QPoint, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPixmap

from kiosk.core.guest import AddressForm, Greeting
from kiosk.core.wallview import WallCard, WallGuest
from kiosk.ui.wall.icons import draw_address, draw_greeting, icon_count
from kiosk.ui.wall.layout import REASON_MIN_PX, REASON_PX, Palette, WallLayout, font
from kiosk.ui.wall.text import WallText
from kiosk.ui.wall.textdraw import RunStyle, baseline_for, draw_line, draw_runs, fit_font

Rendered = tuple[QPixmap, tuple[str, ...]]


def new_pixmap(size: QSize, ratio: float, fill: QColor | None = None) -> QPixmap:
    """A pixmap of ``size`` logical pixels for a screen of device pixel ratio ``ratio``."""
    pixmap = QPixmap(size * ratio)
    pixmap.setDevicePixelRatio(ratio)
    pixmap.fill(fill if fill is not None else Qt.GlobalColor.transparent)
    return pixmap


Draw = Callable[[QPainter, QRectF], None]


class Icons:
    """Etiquette icons rendered once per kind and size, then copied: filling their paths
    anew for every card cost a third of the card."""

    def __init__(self, ratio: float) -> None:
        self._ratio = ratio
        self._pixmaps: dict[Hashable, QPixmap] = {}

    def draw(self, painter: QPainter, key: Hashable, box: QRectF, draw: Draw) -> None:
        """``draw`` into ``box`` through the cache (placed to the nearest pixel)."""
        pixmap = self._pixmaps.get(key)
        if pixmap is None:
            # A pixel of margin keeps the antialiased edges.
            size = QSize(math.ceil(box.width()) + 2, math.ceil(box.height()) + 2)
            pixmap = self._pixmaps[key] = new_pixmap(size, self._ratio)
            inner = QPainter(pixmap)
            inner.setRenderHint(QPainter.RenderHint.Antialiasing)
            inner.setRenderHint(QPainter.RenderHint.TextAntialiasing)
            draw(inner, QRectF(1, 1, box.width(), box.height()))
            inner.end()
        painter.drawPixmap(QPoint(round(box.x()) - 1, round(box.y()) - 1), pixmap)


def _direct(painter: QPainter, _key: Hashable, box: QRectF, draw: Draw) -> None:
    draw(painter, box)


def draw_etiquette(
    painter: QPainter,
    guest: WallGuest,
    right: float,
    middle: float,
    size: float,
    text: WallText,
    palette: Palette,
    icons: Icons | None = None,
) -> float:
    """Icons right-aligned at ``right``, centred on ``middle``; returns their left edge."""
    x = right
    blit = icons.draw if icons is not None else _direct
    greeting = guest.etiquette.greeting
    ink, accent, on_accent = palette.text, palette.accent, palette.on_accent
    if greeting is not Greeting.EITHER:
        x -= size
        box = QRectF(x, middle - size / 2, size, size)
        blit(
            painter,
            ("greeting", greeting, size, ink.rgba()),
            box,
            lambda p, r: draw_greeting(p, r, greeting, ink),
        )
        x -= size * 0.25
    form = guest.etiquette.address_form
    if form is not AddressForm.EITHER:
        x -= size * 1.15
        box = QRectF(x, middle - size / 2, size * 1.15, size)
        word = text.address_badge(form)
        blit(
            painter,
            ("address", word, size, accent.rgba(), on_accent.rgba()),
            box,
            lambda p, r: draw_address(p, r, word, accent, on_accent, font(10)),
        )
        x -= size * 0.25
    return x


def card_blank(size: QSize, scale: float, ratio: float, palette: Palette) -> QPixmap:
    """An empty card on the background: drawn once per size, copied for every card."""
    pixmap = new_pixmap(size, ratio, palette.background)  # opaque: blits are plain copies
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    w, h = size.width(), size.height()
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(palette.card)
    painter.drawRoundedRect(QRectF(0, 0, w, h), 20 * scale, 20 * scale)
    painter.setBrush(palette.accent)  # a stripe: helps the eye separate cards from afar
    painter.drawRoundedRect(QRectF(0, 0, 10 * scale, h), 5 * scale, 5 * scale)
    painter.end()
    return pixmap


def render_card(
    card: WallCard,
    text: WallText,
    blank: QPixmap,
    lay: WallLayout,
    palette: Palette,
    icons: Icons | None = None,
) -> Rendered:
    """Names with their etiquette icons, then the reason in at most two lines."""
    pixmap = blank.copy()
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
    size = blank.deviceIndependentSize().toSize()
    w, h, scale = size.width(), size.height(), lay.scale
    pad = 26 * scale

    drawn: list[str] = []
    name_px, icon = lay.name_px, 46 * scale
    for i, guest in enumerate((card.first, card.second)):
        baseline = baseline_for(pad * 0.8, name_px, i)
        middle = baseline - name_px * 0.36
        room = w - 2 * pad
        if icon_count(guest.etiquette):
            right = draw_etiquette(painter, guest, w - pad, middle, icon, text, palette, icons)
            room = right - pad * 1.4
        face = fit_font(guest.name, room, name_px, lay.name_min_px, bold=True)
        drawn.append(draw_line(painter, guest.name, pad * 1.2, baseline, room, face, palette.text))

    top = baseline_for(pad * 0.8, name_px, 1) + name_px * 0.42
    box = QRectF(pad * 1.2, top, w - pad * 2.2, h - top - pad * 0.5)
    style = RunStyle(palette.muted, palette.text, palette.accent)
    drawn.append(
        draw_runs(
            painter,
            box,
            text.reason(card),
            style,
            start_px=round(REASON_PX * scale),
            min_px=round(REASON_MIN_PX * scale),
            max_lines=2,
        )
    )
    painter.end()
    return pixmap, tuple(drawn)
