"""Draws a badge with QPainter on any paint device: an image, a PDF, a printer."""

from __future__ import annotations

from functools import lru_cache

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QImage, QPainter, QPen, QPixmap

from kiosk.core.badge import BadgeContent, BadgeTemplate
from kiosk.core.guest import AddressForm, Greeting, TagKind
from kiosk.ui.badge.fitting import FittedText
from kiosk.ui.badge.layout import BadgeLayout, layout_badge
from kiosk.ui.badge.qr import draw_qr
from kiosk.ui.checkin.icons import address_icon, greeting_icon

_WHITE = "#FFFFFF"


def on_colour(background: str) -> str:
    """Black or white, whichever reads better on ``background``."""
    colour = QColor(background)
    luminance = 0.2126 * colour.redF() + 0.7152 * colour.greenF() + 0.0722 * colour.blueF()
    return "#000000" if luminance > 0.55 else _WHITE


@lru_cache(maxsize=64)
def _icon(kind: AddressForm | Greeting, size: int, colour: str) -> QPixmap:
    # Cached: the same pixmap is embedded once in a PDF however many badges show it.
    if isinstance(kind, Greeting):
        return greeting_icon(kind, size, colour)
    return address_icon(kind, size, colour)


def _text(painter: QPainter, fitted: FittedText, colour: str) -> None:
    painter.setFont(fitted.font)
    painter.setPen(QColor(colour))
    painter.drawText(fitted.origin, fitted.text)


def paint_layout(painter: QPainter, layout: BadgeLayout) -> None:
    """Draw a laid-out badge; the painter's state is left as it was."""
    colours = layout.colours
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
    painter.setClipRect(layout.rect)  # belt and braces: nothing ever spills onto a neighbour
    painter.fillRect(layout.rect, QColor(_WHITE))
    if layout.rule:
        pen = QPen(QColor(colours.ink), layout.band.height() * 0.04)
        painter.setPen(pen)
        painter.drawLine(layout.band.bottomLeft(), layout.band.bottomRight())
    else:
        painter.fillRect(layout.band, QColor(colours.band))
    if layout.event is not None:
        _text(painter, layout.event, colours.on_band)
    for rect, kind in layout.icons:
        pixmap = _icon(kind, max(16, round(rect.height())), colours.on_band)
        painter.drawPixmap(rect, pixmap, QRectF(pixmap.rect()))
    _text(painter, layout.first_name, colours.ink)
    for line in (layout.last_name, layout.organisation, *layout.captions):
        if line is not None:
            _text(painter, line, colours.ink)
    for chip in layout.chips:
        radius = chip.box.height() / 2
        filled = chip.kind is TagKind.SKILL
        colour = colours.skill if filled else colours.interest
        painter.setBrush(QColor(colour) if filled else Qt.BrushStyle.NoBrush)
        painter.setPen(QPen(QColor(colour), chip.box.height() * 0.07))
        inset = chip.box.height() * 0.035  # keep the outline's stroke inside the box
        painter.drawRoundedRect(chip.box.adjusted(inset, inset, -inset, -inset), radius, radius)
        _text(painter, chip.text, on_colour(colour) if filled else colours.ink)
    draw_qr(painter, layout.payload, layout.qr)
    painter.restore()


def paint_badge(
    painter: QPainter, content: BadgeContent, template: BadgeTemplate, rect: QRectF
) -> BadgeLayout:
    """Lay out and draw ``content`` in ``rect`` of the painter's device; returns the layout."""
    device = painter.device()
    assert device is not None, "the painter must be active"
    layout = layout_badge(content, template, rect, device)
    paint_layout(painter, layout)
    return layout


def badge_image(content: BadgeContent, template: BadgeTemplate, dpi: int = 300) -> QImage:
    """The badge as an image at ``dpi`` (previews, PNG samples, tests)."""
    width = round(template.width_mm / 25.4 * dpi)
    height = round(template.height_mm / 25.4 * dpi)
    image = QImage(width, height, QImage.Format.Format_RGB32)
    dots_per_metre = round(dpi / 0.0254)
    image.setDotsPerMeterX(dots_per_metre)
    image.setDotsPerMeterY(dots_per_metre)
    image.fill(QColor(_WHITE))
    painter = QPainter(image)
    paint_badge(painter, content, template, QRectF(0, 0, width, height))
    painter.end()
    return image
