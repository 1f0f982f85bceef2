"""The guest's own QR code, large on screen, for someone beside them to scan with a phone."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QImage, QPixmap, QResizeEvent
from PySide6.QtWidgets import QLabel, QSizePolicy, QVBoxLayout, QWidget

from kiosk.ui.checkin.widgets import button, label

# Largest side of the code on screen; it is drawn at a whole number of pixels a module, never
# smoothed, so a phone camera sees square, sharp modules. Smaller screens get what fits.
QR_SIDE_PX = 480


def scaled_qr(image: QImage, side: int = QR_SIDE_PX) -> QImage:
    """``image`` enlarged by the largest whole factor that fits in ``side`` (at least 1)."""
    factor = max(1, side // max(1, image.width()))
    return image.scaled(
        image.width() * factor,
        image.height() * factor,
        Qt.AspectRatioMode.KeepAspectRatio,
        Qt.TransformationMode.FastTransformation,
    )


class QrView(QWidget):
    """A caption, the code and a way back; ``close_requested`` on "Back"."""

    close_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("qrView")
        self._caption = label("subtitle", self)
        self._caption.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.code = QLabel(self)
        self.code.setObjectName("qrCode")
        self.code.setAlignment(Qt.AlignmentFlag.AlignCenter)
        # The code fits the room left, never the other way round (it would be cropped).
        self.code.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Ignored)
        self._source = QImage()
        self.close_button = button("secondary", self, object_name="closeQr")
        self.close_button.clicked.connect(self.close_requested)
        layout = QVBoxLayout(self)
        layout.addWidget(self._caption)
        layout.addWidget(self.code, 1)
        layout.addWidget(self.close_button, 0, Qt.AlignmentFlag.AlignHCenter)
        self.retranslate()

    def set_image(self, image: QImage) -> None:
        """The code at one pixel a module (``qr_image(payload, 1)``); enlarged to fit here."""
        self._source = image
        self._fit()

    def clear(self) -> None:
        self._source = QImage()
        self.code.clear()

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 (Qt override)
        super().resizeEvent(event)
        self._fit()

    def _fit(self) -> None:
        if self._source.isNull():
            return
        room = self.code.contentsRect()
        side = min(QR_SIDE_PX, room.width(), room.height())
        self.code.setPixmap(QPixmap.fromImage(scaled_qr(self._source, side)))

    def image(self) -> QImage:
        """What is on screen (tests decode it)."""
        return self.code.pixmap().toImage()

    def retranslate(self) -> None:
        self._caption.setText(
            self.tr(
                "Let someone scan this with their phone: it saves your name and the contact "
                "you chose to share."
            )
        )
        self.close_button.setText(self.tr("Back"))
