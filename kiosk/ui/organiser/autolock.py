"""Organiser mode locks itself when nobody touched it for a few minutes (a forgotten kiosk)."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from kiosk.ui.checkin.clock import Ticker

DEFAULT_LOCK_AFTER_S = 180
WARN_BEFORE_S = 30


class AutoLock(QObject):
    """Counts the ticker's seconds without a touch while armed.

    ``warning_changed(seconds)`` during the last ``warn_s`` seconds (0 when the warning
    ends), then ``timed_out``; the monitor disarms itself then.
    """

    warning_changed = Signal(int)
    timed_out = Signal()

    def __init__(
        self,
        ticker: Ticker,
        lock_after_s: int = DEFAULT_LOCK_AFTER_S,
        warn_s: int = WARN_BEFORE_S,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._limit = max(1, lock_after_s)
        self._warn = warn_s
        self._quiet = 0
        self._armed = False
        ticker.ticked.connect(self._on_ticker_ticked)

    @property
    def armed(self) -> bool:
        return self._armed

    @property
    def remaining(self) -> int:
        return self._limit - self._quiet

    def set_limit(self, seconds: int) -> None:
        """Seconds of quiet before locking; counting starts again."""
        self._limit = max(1, seconds)
        self.note_activity()

    def arm(self) -> None:
        self._armed = True
        self.note_activity()

    def disarm(self) -> None:
        self._armed = False
        self.note_activity()

    def note_activity(self) -> None:
        warned = self._quiet > 0 and self.remaining <= self._warn
        self._quiet = 0
        if warned:
            self.warning_changed.emit(0)

    def _on_ticker_ticked(self) -> None:
        if not self._armed:
            return
        self._quiet += 1
        if self.remaining <= 0:
            self._armed = False
            self._quiet = 0
            self.warning_changed.emit(0)
            self.timed_out.emit()
        elif self.remaining <= self._warn:
            self.warning_changed.emit(self.remaining)
