""" "Identify": a big number and name over every screen for a few seconds."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QObject, QRect, Qt, QTimer
from PySide6.QtGui import QColor, QFont, QPainter, QPaintEvent, QScreen
from PySide6.QtWidgets import QWidget

IDENTIFY_MS = 4000
_BACKGROUND = QColor(0, 0, 0, 215)
_INK = QColor("#FFFFFF")


class IdentifyOverlay(QWidget):
    """Frameless, on top, covering one screen: its number huge, its name below."""

    def __init__(self, number: int, name: str) -> None:
        super().__init__(
            None,
            Qt.WindowType.FramelessWindowHint
            | Qt.WindowType.WindowStaysOnTopHint
            | Qt.WindowType.Tool,
        )
        self.setObjectName("identifyOverlay")
        self.setAttribute(Qt.WidgetAttribute.WA_TranslucentBackground)
        self.setAttribute(Qt.WidgetAttribute.WA_ShowWithoutActivating)
        self.number = number
        self.screen_name = name

    def place_on(self, screen: QScreen) -> None:
        self.setScreen(screen)
        self.setGeometry(screen.geometry())
        self.show()

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 (Qt override)
        # Painted, not styled: it floats over the kiosk and the wall, outside any stylesheet.
        painter = QPainter(self)
        painter.fillRect(self.rect(), _BACKGROUND)
        painter.setPen(_INK)
        height = self.height()
        big = QFont()
        big.setPixelSize(max(24, height // 3))
        big.setBold(True)
        painter.setFont(big)
        top = QRect(0, 0, self.width(), height * 2 // 3)
        painter.drawText(
            top, Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignBottom, str(self.number)
        )
        small = QFont()
        small.setPixelSize(max(14, height // 14))
        painter.setFont(small)
        bottom = QRect(0, height * 2 // 3, self.width(), height // 3)
        painter.drawText(
            bottom, Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop, self.screen_name
        )
        painter.end()


class ScreenIdentifier(QObject):
    """Shows one overlay per screen, numbered like the screens list, then hides them all."""

    def __init__(self, duration_ms: int = IDENTIFY_MS, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.overlays: list[IdentifyOverlay] = []
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(duration_ms)
        self.timer.timeout.connect(self.hide_all)

    def identify(self, screens: Sequence[QScreen]) -> None:
        self.hide_all()
        for number, screen in enumerate(screens, start=1):
            overlay = IdentifyOverlay(number, screen.name())
            overlay.place_on(screen)
            self.overlays.append(overlay)
        self.timer.start()

    def hide_all(self) -> None:
        self.timer.stop()
        for overlay in self.overlays:
            overlay.hide()
            overlay.deleteLater()
        self.overlays = []

    @property
    def showing(self) -> bool:
        return any(overlay.isVisible() for overlay in self.overlays)
