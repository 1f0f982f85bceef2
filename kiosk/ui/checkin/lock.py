"""Guest mode lock: no way out of the kiosk window by keyboard, right click or long press."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QCloseEvent, QKeyEvent, QMouseEvent, QScreen, QWindow
from PySide6.QtWidgets import QWidget

_MOUSE = (
    QEvent.Type.MouseButtonPress,
    QEvent.Type.MouseButtonRelease,
    QEvent.Type.MouseButtonDblClick,
)
_LOCKED_FLAGS = Qt.WindowType.FramelessWindowHint | Qt.WindowType.Window


class KioskLock(QObject):
    """Event filter on the kiosk's QWindow: swallows Escape, Alt+F4, right clicks, context menus.

    Input reaches the QWindow before any widget, so nothing below ever sees these. Closing
    itself is refused by the window's ``closeEvent`` (a window manager's Alt+F4 ends there).
    """

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.locked = True

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt override)
        if not self.locked:
            return False
        kind = event.type()
        if kind == QEvent.Type.ContextMenu:
            return True
        if kind in _MOUSE:
            assert isinstance(event, QMouseEvent)
            # A touch screen has no right button: a right click can only open a menu.
            return event.button() == Qt.MouseButton.RightButton
        if kind in (QEvent.Type.KeyPress, QEvent.Type.ShortcutOverride):
            assert isinstance(event, QKeyEvent)
            return _is_escape_route(event)
        return False


def _is_escape_route(event: QKeyEvent) -> bool:
    key = event.key()
    if key == Qt.Key.Key_Escape.value:
        return True
    alt = bool(event.modifiers() & Qt.KeyboardModifier.AltModifier)
    return alt and key in (Qt.Key.Key_F4.value, Qt.Key.Key_Tab.value)


class LockableWindow(QWidget):
    """A top-level window that, locked, is frameless, fullscreen and cannot be closed.

    Subclasses name the event filters to put on the window's QWindow (``input_filters``):
    every touch and key passes there before any widget, so a filter there sees each input
    once, and nothing else of the thousands of paint and layout events a second.
    ``painted`` when a paint pass of the window has ended (work that can wait goes after it).
    """

    painted = Signal()

    def __init__(self, *, windowed: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.locked = not windowed
        self.lock = KioskLock(self)
        self.lock.locked = self.locked
        self._watched_handle: QWindow | None = None
        if self.locked:
            self.setWindowFlags(_LOCKED_FLAGS)

    def input_filters(self) -> Sequence[QObject]:
        """Filters for the QWindow, the first called first (the lock is always added last)."""
        return ()

    def place_on(self, screen: QScreen) -> None:
        """Cover ``screen``: works with and without a window manager (see PLATFORM.md)."""
        self.setScreen(screen)
        self.setGeometry(screen.geometry())
        if self.locked:
            self.showFullScreen()
        else:
            self.show()

    def unlock(self) -> None:
        """For the organiser or a shutdown: closing and Escape work again."""
        self.locked = False
        self.lock.locked = False

    def relock(self) -> None:
        """Back to guest mode after ``unlock()``: frameless, the filter on, closing refused.

        New window flags hide a shown window (Qt): the caller shows it again, e.g. with
        ``place_on``. A new native window gets the filters again (``WinIdChange``).
        """
        self.locked = True
        self.lock.locked = True
        self.setWindowFlags(_LOCKED_FLAGS)

    def event(self, event: QEvent) -> bool:
        kind = event.type()
        if kind == QEvent.Type.WinIdChange:
            self._watch_window_handle()
        handled = super().event(event)
        if kind == QEvent.Type.UpdateRequest:
            self.painted.emit()
        return handled

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 (Qt override)
        if self.locked:
            event.ignore()  # Alt+F4, the window manager, a stray close(): the kiosk stays
        else:
            super().closeEvent(event)

    def _watch_window_handle(self) -> None:
        handle = self.windowHandle()
        if handle is None or handle is self._watched_handle:
            return
        # Qt calls the filter installed last first: install in reverse of the wanted order.
        filters = [*self.input_filters(), self.lock]
        for listener in reversed(filters):
            if self._watched_handle is not None:
                self._watched_handle.removeEventFilter(listener)
            handle.installEventFilter(listener)
        self._watched_handle = handle
