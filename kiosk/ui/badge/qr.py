"""QR codes drawn as squares of the module matrix (qrcode's SVG through Qt is unreadable in PDF)."""

from __future__ import annotations

from functools import lru_cache

import qrcode
from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QImage, QPainter, QPainterPath

QUIET_ZONE = 4  # modules of white around the code, as the QR standard asks
# Neighbouring squares overlap by this fraction of a module: no hairline seam where an
# anti-aliasing PDF viewer draws two abutting edges.
_OVERLAP = 0.02


@lru_cache(maxsize=64)
def qr_matrix(payload: bytes) -> tuple[tuple[bool, ...], ...]:
    """Dark modules (True) with the quiet zone included; error correction M, byte mode."""
    code = qrcode.QRCode(error_correction=qrcode.constants.ERROR_CORRECT_M, border=QUIET_ZONE)
    code.add_data(payload)
    code.make(fit=True)
    return tuple(tuple(bool(cell) for cell in row) for row in code.get_matrix())


def qr_path(matrix: tuple[tuple[bool, ...], ...], rect: QRectF) -> QPainterPath:
    """The dark modules of ``matrix`` as squares filling the square ``rect`` (quiet zone included).

    Runs of dark modules in a row become one rectangle: fewer shapes, no vertical seams.
    """
    size = len(matrix)
    module = min(rect.width(), rect.height()) / size
    path = QPainterPath()
    path.setFillRule(Qt.FillRule.WindingFill)
    left, top = rect.left(), rect.top()
    for y, row in enumerate(matrix):
        x = 0
        while x < size:
            if not row[x]:
                x += 1
                continue
            start = x
            while x < size and row[x]:
                x += 1
            path.addRect(
                QRectF(
                    left + start * module,
                    top + y * module,
                    (x - start) * module,
                    module * (1 + _OVERLAP),
                )
            )
    return path


def draw_qr(painter: QPainter, payload: bytes, rect: QRectF, ink: str = "#000000") -> QRectF:
    """Draw the code as large as fits in ``rect``, centred on white; returns the square used."""
    matrix = qr_matrix(payload)
    side = min(rect.width(), rect.height())
    square = QRectF(
        rect.left() + (rect.width() - side) / 2, rect.top() + (rect.height() - side) / 2, side, side
    )
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)
    painter.fillRect(square, QColor("#FFFFFF"))
    painter.fillPath(qr_path(matrix, square), QColor(ink))
    painter.restore()
    return square


def qr_image(payload: bytes, module_px: int) -> QImage:
    """The code as a crisp image, ``module_px`` pixels a module (e.g. large on the done screen)."""
    matrix = qr_matrix(payload)
    size = len(matrix) * module_px
    image = QImage(size, size, QImage.Format.Format_Grayscale8)
    image.fill(QColor("#FFFFFF"))
    black = QColor("#000000")
    painter = QPainter(image)
    for y, row in enumerate(matrix):
        for x, dark in enumerate(row):
            if dark:
                painter.fillRect(x * module_px, y * module_px, module_px, module_px, black)
    painter.end()
    return image
