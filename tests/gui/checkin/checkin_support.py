"""Shared helpers for the check-in screen tests: a fake clock, key events, text harvesting."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QModelIndex, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QAbstractButton, QAbstractItemView, QLabel, QLineEdit, QWidget

from kiosk.core.search import SearchHit


class FakeClock:
    """Monotonic milliseconds that only move when a test says so."""

    def __init__(self, start: int = 1_000_000) -> None:
        self.now = start

    def __call__(self) -> int:
        return self.now

    def advance(self, ms: int) -> None:
        self.now += ms


def key_event(
    key: int,
    text: str = "",
    *,
    scan_code: int = 0,
    shift: bool = False,
    kind: QEvent.Type = QEvent.Type.KeyPress,
) -> QKeyEvent:
    modifiers = Qt.KeyboardModifier.ShiftModifier if shift else Qt.KeyboardModifier.NoModifier
    return QKeyEvent(kind, key, modifiers, scan_code, 0, 0, text)


def send(receiver: QObject, event: QEvent) -> bool:
    """Deliver like the platform does; True when something swallowed the event."""
    from PySide6.QtCore import QCoreApplication

    return QCoreApplication.sendEvent(receiver, event)


class Recorder(QObject):
    """Event filter on one widget: the event types that reached it."""

    def __init__(self, *targets: QObject) -> None:
        super().__init__()
        self.seen: list[QEvent.Type] = []
        for target in targets:
            target.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt override)
        self.seen.append(event.type())
        return False


def all_texts(root: QWidget) -> list[str]:
    """Every text a person could read (or a widget still holds) under ``root``."""
    texts: list[str] = []
    for widget in [root, *root.findChildren(QWidget)]:
        texts += [widget.toolTip(), widget.accessibleName(), widget.windowTitle()]
        if isinstance(widget, (QLabel, QAbstractButton)):
            texts.append(widget.text())
        if isinstance(widget, QLineEdit):
            texts.append(widget.text())
            assert not widget.isUndoAvailable(), f"{widget.objectName()} can undo back to old text"
        if isinstance(widget, QAbstractItemView) and widget.model() is not None:
            model = widget.model()
            for row in range(model.rowCount(QModelIndex())):
                index = model.index(row, 0)
                for role in range(0, Qt.ItemDataRole.UserRole + 16):
                    value = model.data(index, role)
                    if isinstance(value, str):
                        texts.append(value)
    return [t for t in texts if t]


def hit(guest_id: str, first: str, initial: str = "", hint: str = "") -> SearchHit:
    return SearchHit(guest_id, first, initial, hint)
