"""Injected time for the check-in screens: a one-second beat, countdowns and a monotonic clock."""

from __future__ import annotations

import time

from PySide6.QtCore import QObject, QTimer, Signal


def monotonic_ms() -> int:
    """Milliseconds from an arbitrary start that never jumps back (wall-clock changes ignored)."""
    return time.monotonic_ns() // 1_000_000


class Ticker(QObject):
    """A beat every second. Countdowns listen to it instead of owning timers, so tests tick."""

    ticked = Signal()


class SecondTicker(Ticker):
    """The real beat: a one-second QTimer that runs for the life of the window."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._timer = QTimer(self)
        self._timer.setInterval(1000)
        self._timer.timeout.connect(self.ticked)
        self._timer.start()


class ManualTicker(Ticker):
    """A beat that only moves when told: tests and screenshots drive time with ``advance``."""

    def advance(self, seconds: int = 1) -> None:
        for _ in range(seconds):
            self.ticked.emit()


class Countdown(QObject):
    """Seconds left before something happens; ``changed`` on every beat, ``finished`` at zero."""

    changed = Signal(int)
    finished = Signal()

    def __init__(self, ticker: Ticker, seconds: int, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._seconds = seconds
        self._remaining = seconds
        self._running = False
        ticker.ticked.connect(self._on_ticker_ticked)

    @property
    def remaining(self) -> int:
        return self._remaining

    @property
    def running(self) -> bool:
        return self._running

    def start(self, seconds: int | None = None) -> None:
        """(Re)start from ``seconds``, or from the length given at construction."""
        if seconds is not None:
            self._seconds = seconds
        self._remaining = self._seconds
        self._running = True
        self.changed.emit(self._remaining)

    def stop(self) -> None:
        self._running = False

    def _on_ticker_ticked(self) -> None:
        if not self._running:
            return
        self._remaining -= 1
        self.changed.emit(self._remaining)
        if self._remaining <= 0:
            self._running = False
            self.finished.emit()
