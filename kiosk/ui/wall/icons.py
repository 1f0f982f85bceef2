"""Etiquette icons drawn as QPainter paths: no emoji font is needed on the wall machine."""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QPainter,
    QPainterPath,
    QPainterPathStroker,
    QPen,
    QTransform,
)

from kiosk.core.guest import AddressForm, Etiquette, Greeting

# Drawn in a 100 x 100 box, then scaled: one set of coordinates for every screen size.


def _palm(path: QPainterPath, x: float, y: float, s: float = 1.0) -> None:
    """An open hand: palm, four fingers and a thumb, as rounded capsules."""
    path.addRoundedRect(QRectF(x + 22 * s, y + 44 * s, 46 * s, 42 * s), 14 * s, 14 * s)
    for i, height in enumerate((34, 40, 38, 30)):
        left = x + (22 + i * 12) * s
        path.addRoundedRect(
            QRectF(left, y + (50 - height) * s, 10 * s, (height + 8) * s), 5 * s, 5 * s
        )
    thumb = QPainterPath()
    thumb.addRoundedRect(QRectF(-5 * s, -20 * s, 10 * s, 34 * s), 5 * s, 5 * s)
    thumb.translate(x + 20 * s, y + 62 * s)
    path.addPath(_rotated(thumb, -40, QPointF(x + 20 * s, y + 62 * s)))


def _rotated(path: QPainterPath, degrees: float, centre: QPointF) -> QPainterPath:
    transform = QTransform().translate(centre.x(), centre.y()).rotate(degrees)
    transform = transform.translate(-centre.x(), -centre.y())
    return transform.map(path)


def _handshake() -> QPainterPath:
    """Two cuffs and the clasped hands between them, fingers cut as slanted grooves."""
    cuffs = QPainterPath()
    cuffs.addRoundedRect(QRectF(0, 30, 16, 40), 4, 4)
    cuffs.addRoundedRect(QRectF(84, 30, 16, 40), 4, 4)
    hands = QPainterPath()
    hands.moveTo(20, 36)
    hands.cubicTo(32, 26, 44, 24, 52, 30)
    hands.cubicTo(60, 24, 70, 26, 80, 36)
    hands.lineTo(80, 62)
    hands.cubicTo(70, 74, 58, 82, 46, 80)
    hands.cubicTo(36, 78, 26, 72, 20, 64)
    hands.closeSubpath()
    grooves = QPainterPath()
    for x in (38, 48, 58):
        grooves.moveTo(x, 54)
        grooves.lineTo(x + 10, 68)
    grooves.moveTo(40, 40)  # the thumb resting on the other hand
    grooves.cubicTo(48, 36, 56, 38, 62, 46)
    return cuffs.united(hands.subtracted(_stroked(grooves, 4.5)))


def _wave() -> QPainterPath:
    path = QPainterPath()
    path.setFillRule(Qt.FillRule.WindingFill)
    _palm(path, -4, 6, 0.92)
    arcs = QPainterPath()  # motion marks: the hand is waving, not stopping anyone
    arcs.moveTo(74, 14)
    arcs.quadTo(88, 22, 90, 38)
    arcs.moveTo(74, 30)
    arcs.quadTo(80, 34, 81, 42)
    return path.simplified().united(_stroked(arcs, 6))


def _kiss() -> QPainterPath:
    """Lips: two upper lobes and a rounded lower lip."""
    path = QPainterPath()
    path.moveTo(6, 52)
    path.cubicTo(20, 28, 38, 26, 50, 40)
    path.cubicTo(62, 26, 80, 28, 94, 52)
    path.cubicTo(76, 84, 24, 84, 6, 52)
    path.closeSubpath()
    mouth = QPainterPath()
    mouth.moveTo(12, 53)
    mouth.cubicTo(36, 62, 64, 62, 88, 53)
    mouth.cubicTo(64, 58, 36, 58, 12, 53)
    return path.subtracted(_stroked(mouth, 5))


def _stroked(path: QPainterPath, width: float) -> QPainterPath:
    stroker = QPainterPathStroker()
    stroker.setWidth(width)
    stroker.setCapStyle(Qt.PenCapStyle.RoundCap)
    return stroker.createStroke(path)


def _no_contact() -> QPainterPath:
    hand = QPainterPath()
    hand.setFillRule(Qt.FillRule.WindingFill)
    _palm(hand, 14, 14, 0.72)
    ring = QPainterPath()
    ring.addEllipse(QRectF(3, 3, 94, 94))
    ring = ring.subtracted(_inner_circle())
    slash = QPainterPath()
    slash.moveTo(18, 18)
    slash.lineTo(82, 82)
    bar = _stroked(slash, 11)
    return hand.simplified().subtracted(_stroked(slash, 21)).united(ring).united(bar)


def _inner_circle() -> QPainterPath:
    inner = QPainterPath()
    inner.addEllipse(QRectF(13, 13, 74, 74))
    return inner


def _bubble() -> QPainterPath:
    path = QPainterPath()
    path.addRoundedRect(QRectF(2, 8, 96, 68), 22, 22)
    tail = QPainterPath()
    tail.moveTo(22, 70)
    tail.lineTo(14, 96)
    tail.lineTo(44, 72)
    tail.closeSubpath()
    return path.united(tail)


_GREETINGS = {
    Greeting.HANDSHAKE: _handshake(),
    Greeting.WAVE: _wave(),
    Greeting.CHEEK_KISS: _kiss(),
    Greeting.NO_CONTACT: _no_contact(),
}
_BUBBLE = _bubble()


def icon_count(etiquette: Etiquette) -> int:
    """How many icons a guest shows: "either" says nothing, so it draws nothing."""
    return int(etiquette.address_form is not AddressForm.EITHER) + int(
        etiquette.greeting in _GREETINGS
    )


def _fill_scaled(painter: QPainter, box: QRectF, path: QPainterPath, colour: QColor) -> None:
    """Fill a path drawn in the 100 x 100 design box into ``box``."""
    painter.save()
    painter.translate(box.topLeft())
    painter.scale(box.width() / 100, box.height() / 100)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(colour)
    painter.drawPath(path)
    painter.restore()


def draw_greeting(painter: QPainter, box: QRectF, greeting: Greeting, colour: QColor) -> None:
    path = _GREETINGS.get(greeting)
    if path is not None:
        _fill_scaled(painter, box, path, colour)


def draw_address(
    painter: QPainter, box: QRectF, word: str, colour: QColor, ink: QColor, font: QFont
) -> None:
    """A speech bubble with a short word in it ("tu", "vous")."""
    _fill_scaled(painter, box, _BUBBLE, colour)
    inner = QRectF(
        box.x() + box.width() * 0.06,
        box.y() + box.height() * 0.1,
        box.width() * 0.88,
        box.height() * 0.62,
    )
    fitted = QFont(font)
    fitted.setBold(True)
    size = box.height() * 0.42
    fitted.setPixelSize(max(1, round(size)))
    painter.setFont(fitted)
    while size > 6 and painter.fontMetrics().horizontalAdvance(word) > inner.width():
        size *= 0.9
        fitted.setPixelSize(max(1, round(size)))
        painter.setFont(fitted)
    painter.setPen(QPen(ink))
    painter.drawText(inner, Qt.AlignmentFlag.AlignCenter, word)
