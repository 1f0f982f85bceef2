"""Notices a person touching, clicking or typing in a window (idle warning, done countdown)."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Signal

_HUMAN = frozenset(
    {
        QEvent.Type.MouseButtonPress,
        QEvent.Type.TouchBegin,
        QEvent.Type.KeyPress,
        QEvent.Type.Wheel,
        QEvent.Type.TabletPress,
    }
)


class ActivityWatcher(QObject):
    """An event filter for a top-level QWindow; it reports input and never eats it.

    It sits on the QWindow, not on the widgets or the application: every touch and key
    reaches the window first, while the application sees thousands of paint and layout
    events a second that a Python filter would slow down.
    """

    activity_seen = Signal()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt override)
        if event.type() in _HUMAN:
            self.activity_seen.emit()
        return False
