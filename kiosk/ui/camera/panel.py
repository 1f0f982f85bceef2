"""The camera scan over the welcome screen: the live picture, a frame to aim at, "cancel"."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QRect, QRectF, Qt, Signal
from PySide6.QtGui import QColor, QImage, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QHBoxLayout, QVBoxLayout, QWidget

from kiosk.ui.checkin.widgets import button, label

# Always light text on a dark, opaque veil: the picture decides nothing about the event's
# colours, and nothing of the welcome screen shows through.
_VEIL = QColor(0, 0, 0)
_LOCAL_STYLE = "QLabel { color: #FFFFFF; }"


class CameraView(QWidget):
    """Paints the latest frame, mirrored like a mirror (guests aim by instinct), with a square
    guide in the middle; a blank dark area until the first frame arrives."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("cameraView")
        self._frame = QImage()

    @property
    def has_frame(self) -> bool:
        return not self._frame.isNull()

    def show_frame(self, image: QImage) -> None:
        self._frame = image
        self.update()

    def clear(self) -> None:
        self._frame = QImage()
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 (Qt override)
        painter = QPainter(self)
        painter.fillRect(self.rect(), QColor("#111111"))
        if not self._frame.isNull():
            target = _fitted(self._frame.width(), self._frame.height(), self.rect())
            painter.save()
            # Mirror around the picture's centre: moving the ticket left moves it left.
            painter.translate(target.center().x() * 2 + 1, 0)
            painter.scale(-1, 1)
            painter.drawImage(target, self._frame)
            painter.restore()
        side = min(self.width(), self.height()) * 0.6
        guide = QRectF((self.width() - side) / 2, (self.height() - side) / 2, side, side)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(QPen(QColor("#FFFFFF"), max(3.0, side / 80)))
        painter.drawRoundedRect(guide, side / 20, side / 20)
        painter.end()


def _fitted(width: int, height: int, area: QRect) -> QRect:
    """``width`` x ``height`` scaled to fill ``area`` without distortion (cropped, centred)."""
    if width <= 0 or height <= 0:
        return area
    scale = max(area.width() / width, area.height() / height)
    w, h = round(width * scale), round(height * scale)
    return QRect(area.x() + (area.width() - w) // 2, area.y() + (area.height() - h) // 2, w, h)


class CameraPanel(QWidget):
    """Covers its parent window while the camera scans; ``cancel_requested`` on "cancel"."""

    cancel_requested = Signal()

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("cameraPanel")
        self.setStyleSheet(_LOCAL_STYLE)
        self._title = label("title", self)
        self._title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._hint = label("subtitle", self)
        self._hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.view = CameraView(self)
        self._cancel = button("primary", self, object_name="cameraCancel")
        self._cancel.clicked.connect(self.cancel_requested)
        self._failed = False
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self._cancel, 1)
        row.addStretch(1)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(32, 32, 32, 32)
        outer.setSpacing(20)
        outer.addStretch(0)
        outer.addWidget(self._title)
        outer.addWidget(self.view, 1)
        outer.addWidget(self._hint)
        outer.addLayout(row)
        outer.addStretch(0)
        self._outer = outer
        parent.installEventFilter(self)
        self.setGeometry(parent.rect())
        self.hide()
        self.retranslate()

    @property
    def failed(self) -> bool:
        return self._failed

    def open(self) -> None:
        """Show an empty preview, waiting for the camera's first frame."""
        self._set_failed(False)
        self.view.clear()
        parent = self.parentWidget()
        if parent is not None:
            self.setGeometry(parent.rect())
        self.show()
        self.raise_()

    def show_frame(self, image: QImage) -> None:
        if self.isVisible() and not self._failed:
            self.view.show_frame(image)

    def show_failure(self) -> None:
        """The camera would not start or stopped: say so calmly, point to the other ways."""
        self.view.clear()
        self._set_failed(True)

    def _set_failed(self, failed: bool) -> None:
        self._failed = failed
        self.view.setVisible(not failed)
        # Without the picture, the message sits in the middle of the screen.
        self._outer.setStretch(0, 1 if failed else 0)
        self._outer.setStretch(self._outer.count() - 1, 1 if failed else 0)
        self.retranslate()

    def close_panel(self) -> None:
        self.view.clear()  # no picture of the last guest kept in memory
        self.hide()

    def retranslate(self) -> None:
        if self._failed:
            self._title.setText(self.tr("The camera isn't working right now."))
            self._hint.setText(
                self.tr(
                    "Please scan your ticket at the reader, or touch the screen to find your name."
                )
            )
            self._cancel.setText(self.tr("Back"))
        else:
            self._title.setText(self.tr("Show your ticket's QR code to the camera"))
            self._hint.setText(self.tr("Hold it inside the square, about 20 cm away."))
            self._cancel.setText(self.tr("Cancel"))

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 (Qt override)
        painter = QPainter(self)
        painter.fillRect(self.rect(), _VEIL)
        painter.end()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt override)
        parent = self.parentWidget()
        if watched is parent and event.type() == QEvent.Type.Resize and parent is not None:
            self.setGeometry(parent.rect())  # always cover the whole window
        return False

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt override)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
