"""Barcode scanners that type like a keyboard: a fast burst ending with Enter is a ticket code."""

from __future__ import annotations

from collections.abc import Callable

import shiboken6
from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QGuiApplication, QKeyEvent

from kiosk.ui.checkin.clock import monotonic_ms
from kiosk.ui.checkin.keymap import KeyStroke, PhysicalKeymap, decode, keymap_for_platform

MIN_LENGTH = 4
MAX_GAP_MS = 40  # scanners send a key every few ms; people need 80 ms or more
MAX_LENGTH = 128
_ENTER = frozenset({Qt.Key.Key_Return.value, Qt.Key.Key_Enter.value})
_MODIFIERS = frozenset(
    k.value
    for k in (
        Qt.Key.Key_Shift,
        Qt.Key.Key_Control,
        Qt.Key.Key_Alt,
        Qt.Key.Key_AltGr,
        Qt.Key.Key_Meta,
        Qt.Key.Key_CapsLock,
    )
)
_SHORTCUT = (
    Qt.KeyboardModifier.ControlModifier
    | Qt.KeyboardModifier.AltModifier
    | Qt.KeyboardModifier.MetaModifier
)


class ScannerListener(QObject):
    """Event filter (on the kiosk's QWindow) that holds back key presses while they come fast.

    A burst of ``min_length`` or more printable keys, each within ``max_gap_ms`` of the last,
    ended by Enter, is a scan: ``code_scanned(code)`` and the keys never reach a widget.
    Anything else is a person typing: the held keys are delivered, in order, to the widget
    they were meant for, at most ``max_gap_ms`` late. Time comes from ``clock`` (ms).
    """

    code_scanned = Signal(str)

    def __init__(
        self,
        *,
        clock: Callable[[], int] = monotonic_ms,
        min_length: int = MIN_LENGTH,
        max_gap_ms: int = MAX_GAP_MS,
        keymap: PhysicalKeymap | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._clock = clock
        self._min_length = min_length
        self._max_gap = max_gap_ms
        self._keymap = keymap or keymap_for_platform(QGuiApplication.platformName())
        self._held: list[tuple[QObject, QKeyEvent, KeyStroke]] = []
        self._last = 0
        self._replaying = False
        self._enabled = True
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(max_gap_ms + 10)
        self._timer.timeout.connect(self._on_timer_timeout)

    def install(self, target: QObject) -> None:
        """Listen to ``target``: the QWindow every key of the kiosk passes through first."""
        target.installEventFilter(self)

    def set_enabled(self, enabled: bool) -> None:
        """Off: every key goes straight through (screens where a scan means nothing)."""
        if not enabled:
            self.flush()
        self._enabled = enabled

    @property
    def holding(self) -> int:
        """How many key presses are held back right now."""
        return len(self._held)

    def flush(self) -> None:
        """Deliver the held keys as typing: the burst was a person, not a scanner."""
        self._timer.stop()
        held, self._held = self._held, []
        self._replaying = True
        try:
            for receiver, event, _ in held:
                if shiboken6.isValid(receiver):
                    QCoreApplication.sendEvent(receiver, event)
        finally:
            self._replaying = False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt override)
        if self._replaying or not self._enabled or event.type() != QEvent.Type.KeyPress:
            return False
        assert isinstance(event, QKeyEvent)
        return self._on_key_press(watched, event)

    def _on_key_press(self, receiver: QObject, event: QKeyEvent) -> bool:
        key = event.key()
        if key in _MODIFIERS:
            return False  # Shift for capitals: neither typing nor the end of a burst
        now = self._clock()
        fresh = bool(self._held) and now - self._last <= self._max_gap
        if key in _ENTER:
            if fresh and len(self._held) >= self._min_length:
                code = decode([s for _, _, s in self._held], self._keymap)
                self._held = []
                self._timer.stop()
                self.code_scanned.emit(code)
                return True
            self.flush()
            return False
        printable = event.text().isprintable() and bool(event.text())
        if event.isAutoRepeat() or event.modifiers() & _SHORTCUT or not printable:
            self.flush()  # a held key, a shortcut, Backspace, arrows: a person
            return False
        if self._held and not fresh:
            self.flush()
        shift = bool(event.modifiers() & Qt.KeyboardModifier.ShiftModifier)
        stroke = KeyStroke(key, event.text(), shift, event.nativeScanCode())
        self._held.append((receiver, QKeyEvent(event), stroke))
        self._last = now
        if len(self._held) > MAX_LENGTH:
            self.flush()
        else:
            self._timer.start()
        return True

    def _on_timer_timeout(self) -> None:
        if not self._held:
            return
        if self._clock() - self._last > self._max_gap:
            self.flush()
        else:  # the injected clock says the burst is still going: look again later
            self._timer.start()
