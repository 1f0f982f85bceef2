"""Python's garbage collector, run on the GUI thread only.

Automatic collection runs on whichever thread happens to allocate: the service worker, the
board keeper, a camera decode. A Qt object caught in a reference cycle would then be
destroyed on that thread, which Qt refuses ("Timers cannot be stopped from another thread")
and which can crash the process. So automatic collection is turned off and a timer on the
GUI thread collects, generation by generation, as the automatic collector would have.
"""

from __future__ import annotations

import gc

from PySide6.QtCore import QObject, QTimer

# Often enough that garbage never piles up; a young-generation pass costs well under 1 ms.
CHECK_MS = 500


class MainThreadCollector(QObject):
    """Owns collection while it lives; ``stop`` gives it back to Python."""

    def __init__(self, interval_ms: int = CHECK_MS, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._threshold = gc.get_threshold()
        self._timer = QTimer(self)
        self._timer.setInterval(interval_ms)
        self._timer.timeout.connect(self.check)
        gc.disable()
        self._timer.start()

    def check(self) -> int:
        """Collect the oldest generation whose count passed its threshold; the objects freed."""
        counts = gc.get_count()
        for generation in (2, 1, 0):
            if counts[generation] > self._threshold[generation]:
                return gc.collect(generation)
        return 0

    def stop(self) -> None:
        self._timer.stop()
        gc.enable()


def collect_on_gui_thread(parent: QObject) -> MainThreadCollector:
    """Install the collector for the life of ``parent`` (the application)."""
    collector = MainThreadCollector(parent=parent)
    parent.destroyed.connect(gc.enable)
    return collector
