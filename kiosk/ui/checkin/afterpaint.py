"""Work that can wait until the guest sees the next screen: run right after the next paint."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer

from kiosk.ui.checkin.lock import LockableWindow

# No paint comes when nothing changed on screen or the window is hidden: the work still
# runs after this long.
LATEST_MS = 50


class AfterPaint(QObject):
    """``defer(work)``: runs ``work`` once the window's next paint pass has ended.

    A tap's answer is on screen sooner when what nobody sees yet (the room model, counts,
    the chips of a hidden page) is brought up to date just after the paint that shows it,
    not before. The work runs in order, from the event loop (never inside the paint), and
    ``flush()`` runs it at once when something needs it done first.
    """

    def __init__(self, window: LockableWindow, *, latest_ms: int = LATEST_MS) -> None:
        super().__init__(window)
        self._work: list[Callable[[], None]] = []
        self._posted = False
        self._closed = False
        self._latest = QTimer(self)
        self._latest.setSingleShot(True)
        self._latest.setInterval(latest_ms)
        self._latest.timeout.connect(self.flush)
        window.painted.connect(self._on_window_painted)

    @property
    def pending(self) -> int:
        return len(self._work)

    def defer(self, work: Callable[[], None]) -> None:
        if self._closed:
            return  # shutting down: what the work would update is going away
        self._work.append(work)
        if not self._latest.isActive():
            self._latest.start()

    def flush(self) -> None:
        """Run every deferred piece of work now, oldest first (work deferred meanwhile too)."""
        self._latest.stop()
        while self._work:
            self._work.pop(0)()

    def close(self) -> None:
        """Drop the work not run yet; later work is dropped too. Safe to call twice."""
        self._closed = True
        self._latest.stop()
        self._work.clear()

    def _on_window_painted(self) -> None:
        if self._work and not self._posted:
            # Posted, not run here: the paint pass (and whoever times it) finishes first.
            self._posted = True
            QTimer.singleShot(0, self, self._on_posted)

    def _on_posted(self) -> None:
        self._posted = False
        self.flush()
