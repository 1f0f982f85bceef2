"""The wall's other layers: header with page indicator, empty states, legend, arrivals."""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QFontMetricsF, QPainter, QPixmap

from kiosk.core.guest import AddressForm, Etiquette, Greeting
from kiosk.core.wallview import ArrivalMessage, EmptyKind, WallGuest
from kiosk.ui.wall.cards import Rendered, draw_etiquette, new_pixmap
from kiosk.ui.wall.layout import Palette, WallLayout, font
from kiosk.ui.wall.text import Role, WallText
from kiosk.ui.wall.textdraw import (
    RunStyle,
    baseline_for,
    draw_line,
    draw_runs,
    fit_font,
)

MAX_DOTS = 12  # beyond this many pages the indicator says "3 / 25" instead of dots


def _painter(pixmap: QPixmap) -> QPainter:
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
    return painter


def draw_header(
    painter: QPainter,
    lay: WallLayout,
    text: WallText,
    palette: Palette,
    brand: str,
    logo: QPixmap | None,
    page: int,
    pages: int,
) -> list[str]:
    """Logo and event name on the left, the title in the middle, the page indicator right."""
    r = QRectF(lay.header)
    drawn: list[str] = []
    left = r.left()
    if logo is not None and not logo.isNull():
        target_h = r.height() * 0.8
        target_w = target_h * logo.width() / max(1, logo.height())
        painter.drawPixmap(
            QRectF(left, r.top() + r.height() * 0.1, target_w, target_h), logo, QRectF(logo.rect())
        )
        left += target_w + lay.px(20)
    baseline = r.top() + r.height() * 0.64
    third = r.width() / 3
    if brand:
        face = font(lay.px(38), bold=True)
        drawn.append(
            draw_line(
                painter, brand, left, baseline, third - (left - r.left()), face, palette.accent
            )
        )
    title = text.title()
    drawn.append(
        draw_line(
            painter,
            title,
            r.left() + third * 0.75,
            baseline,
            third * 1.5,
            font(lay.px(44), bold=True),
            palette.text,
            align=Qt.AlignmentFlag.AlignHCenter,
        )
    )
    if pages > 1 and pages <= MAX_DOTS:
        dot, step = lay.px(18), lay.px(34)
        x = r.right() - pages * step + (step - dot)
        middle = r.top() + r.height() * 0.5
        for i in range(pages):
            painter.setPen(palette.text if i != page else Qt.PenStyle.NoPen)
            painter.setBrush(palette.accent if i == page else Qt.BrushStyle.NoBrush)
            painter.drawEllipse(QRectF(x + i * step, middle - dot / 2, dot, dot))
    elif pages > MAX_DOTS:
        label = text.page(page + 1, pages)
        drawn.append(
            draw_line(
                painter,
                label,
                r.right() - third,
                baseline,
                third,
                font(lay.px(36), bold=True),
                palette.text,
                align=Qt.AlignmentFlag.AlignRight,
            )
        )
    return drawn


def render_empty(
    kind: EmptyKind, lay: WallLayout, text: WallText, ratio: float, palette: Palette
) -> Rendered:
    """The board's honest message when there is no conversation to suggest."""
    size = lay.board.size()
    pixmap = new_pixmap(size, ratio, palette.background)  # opaque: blits are plain copies
    painter = _painter(pixmap)
    words = text.empty(kind)
    w, h = size.width(), size.height()
    title_px = lay.px(72)
    top = h * 0.3
    face = fit_font(words.title, w * 0.9, title_px, lay.px(48), bold=True)
    drawn = [
        draw_line(
            painter,
            words.title,
            w * 0.05,
            baseline_for(top, title_px),
            w * 0.9,
            face,
            palette.accent,
            align=Qt.AlignmentFlag.AlignHCenter,
        )
    ]
    box = QRectF(w * 0.1, top + title_px * 1.6, w * 0.8, h * 0.45)
    style = RunStyle(palette.text, palette.text, palette.text)
    drawn.append(
        draw_runs(
            painter,
            box,
            [(words.body, Role.PLAIN)],
            style,
            start_px=lay.px(42),
            min_px=lay.px(32),
            max_lines=4,
            centred=True,
        )
    )
    painter.end()
    return pixmap, tuple(drawn)


def draw_legend(painter: QPainter, lay: WallLayout, text: WallText, palette: Palette) -> list[str]:
    """What each etiquette icon means, in the arrivals strip while nobody is being welcomed."""
    items: list[tuple[Etiquette, str]] = [
        (Etiquette(address_form=form), text.address_legend(form))
        for form in (AddressForm.FIRST_NAME, AddressForm.FORMAL)
    ] + [
        (Etiquette(greeting=g), text.greeting_legend(g))
        for g in (Greeting.HANDSHAKE, Greeting.WAVE, Greeting.CHEEK_KISS, Greeting.NO_CONTACT)
    ]
    r = QRectF(lay.banner)
    icon, px = lay.px(44), lay.px(28)
    face = font(px)
    metrics = QFontMetricsF(face)
    widths = [icon * 1.4 + metrics.horizontalAdvance(label) for _, label in items]
    spacing = max(lay.px(12), (r.width() * 0.94 - sum(widths)) / max(1, len(items) - 1))
    spacing = min(spacing, lay.px(56))
    x = r.left() + (r.width() - sum(widths) - spacing * (len(items) - 1)) / 2
    middle = r.top() + r.height() * 0.5
    drawn: list[str] = []
    for (etiquette, label), width in zip(items, widths, strict=True):
        guest = WallGuest("", "", etiquette)
        draw_etiquette(painter, guest, x + icon * 1.15, middle, icon, text, palette)
        drawn.append(
            draw_line(
                painter, label, x + icon * 1.4, middle + px * 0.36, width, face, palette.muted
            )
        )
        x += width + spacing
    return drawn


def render_banner(
    message: ArrivalMessage, lay: WallLayout, text: WallText, ratio: float, palette: Palette
) -> Rendered:
    """The welcome strip: "Welcome Hélène!" and, below, what she can help with and wants."""
    size = lay.banner.size()
    pixmap = new_pixmap(size, ratio, palette.accent)
    painter = _painter(pixmap)
    ink = palette.on_accent
    w, h = size.width(), size.height()
    pad = lay.px(40)
    drawn: list[str] = []
    welcome = "".join(t for t, _ in text.welcome(message))
    details = text.arrival_details(message)
    title_px = lay.px(56)
    top = h * 0.08 if details else (h - title_px * 1.2) / 2
    drawn.append(
        draw_line(
            painter,
            welcome,
            pad,
            baseline_for(top, title_px),
            w - 2 * pad,
            font(title_px, bold=True),
            ink,
        )
    )
    if details:
        box = QRectF(pad, top + title_px * 1.2, w - 2 * pad, h - top - title_px * 1.2)
        style = RunStyle(ink, ink, ink)
        drawn.append(
            draw_runs(
                painter, box, details, style, start_px=lay.px(32), min_px=lay.px(26), max_lines=1
            )
        )
    painter.end()
    return pixmap, tuple(drawn)
