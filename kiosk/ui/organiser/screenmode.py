"""Leaving and taking back fullscreen: the kiosk lock comes off and goes on with the frame."""

from __future__ import annotations

from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QGuiApplication, QScreen

from kiosk.ui.checkin.lock import LockableWindow

WINDOWED_SHARE = 0.8  # of the screen, centred: the desktop shows around it


def set_fullscreen(window: LockableWindow, fullscreen: bool, screen: QScreen | None = None) -> None:
    """Locked, frameless and fullscreen on ``screen`` (default: the window's), or a normal
    window that closes and takes Escape. A hidden window stays hidden, in its new mode."""
    screen = screen or window.screen() or QGuiApplication.primaryScreen()
    visible = window.isVisible()
    if fullscreen:
        window.relock()
    else:
        window.unlock()
        window.setWindowFlags(Qt.WindowType.Window)
    window.setScreen(screen)
    window.setGeometry(screen.geometry() if fullscreen else windowed_geometry(screen))
    if not visible:
        return
    if fullscreen:
        window.showFullScreen()
    else:
        window.showNormal()


def windowed_geometry(screen: QScreen) -> QRect:
    area = screen.availableGeometry()
    width, height = round(area.width() * WINDOWED_SHARE), round(area.height() * WINDOWED_SHARE)
    return QRect(
        area.x() + (area.width() - width) // 2,
        area.y() + (area.height() - height) // 2,
        width,
        height,
    )
