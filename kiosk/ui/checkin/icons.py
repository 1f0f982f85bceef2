"""Etiquette pictograms drawn with QPainter: no emoji font is needed for them to show."""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QPainter, QPainterPath, QPen, QPixmap

from kiosk.core.guest import AddressForm, Greeting


def _canvas(size: int) -> tuple[QPixmap, QPainter]:
    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.scale(size / 100, size / 100)  # draw on a 100 x 100 grid
    return pixmap, painter


def _palm(painter: QPainter, x: float, y: float, scale: float = 1.0) -> None:
    """An open hand seen from the front: palm, four fingers, a thumb."""
    painter.save()
    painter.translate(x, y)
    painter.scale(scale, scale)
    painter.drawRoundedRect(QRectF(-18, -4, 36, 34), 10, 10)
    for i, height in enumerate((26, 32, 30, 24)):
        painter.drawRoundedRect(QRectF(-18 + i * 9.5, -4 - height, 8, height + 8), 4, 4)
    thumb = QPainterPath(QPointF(-18, 14))
    thumb.cubicTo(QPointF(-30, 8), QPointF(-34, -2), QPointF(-28, -6))
    thumb.cubicTo(QPointF(-24, -8), QPointF(-20, -2), QPointF(-16, 4))
    painter.drawPath(thumb)
    painter.restore()


def _handshake(painter: QPainter) -> None:
    """Two forearms rising from the corners to a clasp, the fingers of one hand on top."""
    for centre, angle in ((QPointF(22, 66), -38.0), (QPointF(78, 66), 38.0)):
        painter.save()
        painter.translate(centre)
        painter.rotate(angle)
        painter.drawRoundedRect(QRectF(-20, -10, 40, 20), 6, 6)  # forearm and cuff
        painter.drawLine(QPointF(-8 if angle < 0 else 8, -10), QPointF(-8 if angle < 0 else 8, 10))
        painter.restore()
    painter.drawRoundedRect(QRectF(30, 32, 40, 28), 12, 12)  # the clasped hands
    for x in (42, 51, 60):  # fingers wrapped over the other hand
        painter.drawLine(QPointF(x, 36), QPointF(x, 52))
    thumb = QPainterPath(QPointF(32, 44))
    thumb.cubicTo(QPointF(36, 30), QPointF(44, 28), QPointF(48, 34))
    painter.drawPath(thumb)


def _heart(painter: QPainter) -> None:
    path = QPainterPath(QPointF(50, 84))
    path.cubicTo(QPointF(10, 58), QPointF(8, 22), QPointF(32, 20))
    path.cubicTo(QPointF(42, 20), QPointF(48, 28), QPointF(50, 34))
    path.cubicTo(QPointF(52, 28), QPointF(58, 20), QPointF(68, 20))
    path.cubicTo(QPointF(92, 22), QPointF(90, 58), QPointF(50, 84))
    painter.drawPath(path)


def _smile(painter: QPainter) -> None:
    painter.drawEllipse(QRectF(14, 14, 72, 72))
    painter.save()
    painter.setBrush(painter.pen().color())
    painter.drawEllipse(QRectF(34, 36, 8, 10))
    painter.drawEllipse(QRectF(58, 36, 8, 10))
    painter.restore()
    painter.drawArc(QRectF(30, 40, 40, 30), -20 * 16, -140 * 16)


def _bubble(painter: QPainter) -> None:
    path = QPainterPath()
    path.addRoundedRect(QRectF(10, 16, 80, 54), 18, 18)
    tail = QPainterPath(QPointF(30, 68))
    tail.lineTo(QPointF(24, 88))
    tail.lineTo(QPointF(46, 68))
    painter.drawPath(path.united(tail))
    painter.save()
    painter.setBrush(painter.pen().color())
    for x in (32, 50, 68):
        painter.drawEllipse(QPointF(x, 43), 5, 5)
    painter.restore()


def _bow_tie(painter: QPainter) -> None:
    left = QPainterPath(QPointF(44, 50))
    left.lineTo(QPointF(10, 28))
    left.lineTo(QPointF(10, 72))
    left.closeSubpath()
    right = QPainterPath(QPointF(56, 50))
    right.lineTo(QPointF(90, 28))
    right.lineTo(QPointF(90, 72))
    right.closeSubpath()
    painter.drawPath(left)
    painter.drawPath(right)
    painter.drawRoundedRect(QRectF(42, 40, 16, 20), 4, 4)


def greeting_icon(kind: Greeting, size: int, colour: str) -> QPixmap:
    """A pictogram for a greeting, drawn in ``colour`` on a transparent square."""
    pixmap, painter = _canvas(size)
    painter.setPen(QPen(QColor(colour), 5, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap))
    painter.setBrush(QBrush())
    if kind is Greeting.HANDSHAKE:
        _handshake(painter)
    elif kind is Greeting.WAVE:
        _palm(painter, 46, 60)
        painter.drawArc(QRectF(60, 6, 30, 30), 0, 90 * 16)  # motion lines
        painter.drawArc(QRectF(68, 0, 30, 30), 0, 90 * 16)
    elif kind is Greeting.CHEEK_KISS:
        _heart(painter)
    elif kind is Greeting.NO_CONTACT:
        _palm(painter, 50, 56, 0.8)
        painter.drawEllipse(QRectF(6, 6, 88, 88))
        painter.drawLine(QPointF(19, 19), QPointF(81, 81))
    else:
        _smile(painter)
    painter.end()
    return pixmap


def address_icon(form: AddressForm, size: int, colour: str) -> QPixmap:
    """A pictogram for how a guest likes to be addressed."""
    pixmap, painter = _canvas(size)
    painter.setPen(QPen(QColor(colour), 5, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap))
    if form is AddressForm.FORMAL:
        _bow_tie(painter)
    elif form is AddressForm.FIRST_NAME:
        _bubble(painter)
    else:
        _smile(painter)
    painter.end()
    return pixmap


def switch_icon(on: bool, width: int, ink: str, knob: str) -> QPixmap:
    """A toggle switch for consent rows: on is a filled track with the knob to the right.

    ``ink`` draws the track (outlined when off, filled when on); ``knob`` the knob when on.
    """
    height = width // 2
    pixmap = QPixmap(width, height)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(QPen(QColor(ink), max(2, width // 24)))
    painter.setBrush(QColor(ink) if on else Qt.GlobalColor.transparent)
    inset = width / 24
    painter.drawRoundedRect(
        QRectF(inset, inset, width - 2 * inset, height - 2 * inset),
        height / 2 - inset,
        height / 2 - inset,
    )
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(QColor(knob if on else ink))
    diameter = height - 6 * inset
    x = width - 3 * inset - diameter if on else 3 * inset
    painter.drawEllipse(QRectF(x, 3 * inset, diameter, diameter))
    painter.end()
    return pixmap
