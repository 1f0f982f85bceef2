"""One thread for service calls that may wait on the database; answers come back on the GUI."""

from __future__ import annotations

import queue
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, TypeVar

from PySide6.QtCore import QObject, QThread, QTimer, Signal

# A result later than this gets the "one moment" veil: sooner, it would only flicker.
BUSY_AFTER_MS = 150
# How long closing waits for a call in progress (one busy timeout, 5 s, and some).
CLOSE_WAIT_MS = 8000

T = TypeVar("T")
Failure = Callable[[Exception], None]


@dataclass(frozen=True, slots=True)
class _Job:
    id: int
    call: Callable[[], object]


class _Thread(QThread):
    """Runs the queued calls one at a time, in order: writes never overtake each other."""

    job_finished = Signal(int, object, object)  # job id, result, exception (or None)

    def __init__(self, jobs: queue.SimpleQueue[_Job | None]) -> None:
        super().__init__()
        self.setObjectName("service-worker")
        self._jobs = jobs

    def run(self) -> None:
        while (job := self._jobs.get()) is not None:
            try:
                result = job.call()
            except Exception as exc:  # the GUI thread decides what the guest is told
                self.job_finished.emit(job.id, None, exc)
            else:
                self.job_finished.emit(job.id, result, None)


class ServiceWorker(QObject):
    """``submit`` a call; ``on_done(result)`` or ``on_failed(exception)`` runs on this thread.

    ``busy_changed(True)`` when a submitted call has been waiting for ``busy_after_ms``,
    ``busy_changed(False)`` once nothing is waiting any more.
    """

    busy_changed = Signal(bool)

    def __init__(
        self, *, busy_after_ms: int = BUSY_AFTER_MS, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self._jobs: queue.SimpleQueue[_Job | None] = queue.SimpleQueue()
        self._callbacks: dict[int, tuple[Callable[[Any], None], Failure]] = {}
        self._last_id = 0
        self._busy = False
        self._closed = False
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(busy_after_ms)
        self._timer.timeout.connect(self._on_timer_timeout)
        self._thread = _Thread(self._jobs)
        self._thread.job_finished.connect(self._on_thread_job_finished)
        self._thread.start()

    @property
    def pending(self) -> int:
        """Calls submitted whose answer has not been handled yet."""
        return len(self._callbacks)

    @property
    def busy(self) -> bool:
        return self._busy

    def submit(
        self, call: Callable[[], T], on_done: Callable[[T], None], on_failed: Failure
    ) -> None:
        if self._closed:
            raise RuntimeError("the service worker is closed")
        self._last_id += 1
        self._callbacks[self._last_id] = (on_done, on_failed)
        if not self._timer.isActive() and not self._busy:
            self._timer.start()
        self._jobs.put(_Job(self._last_id, call))

    def close(self) -> None:
        """Finish the call in progress, drop the rest, stop the thread. Safe to call twice."""
        if self._closed:
            return
        self._closed = True
        self._timer.stop()
        self._callbacks.clear()
        while True:  # calls not started yet are dropped: nothing would show their result
            try:
                self._jobs.get_nowait()
            except queue.Empty:
                break
        self._jobs.put(None)
        self._thread.wait(CLOSE_WAIT_MS)

    def _on_thread_job_finished(self, job_id: int, result: object, error: object) -> None:
        callbacks = self._callbacks.pop(job_id, None)
        if callbacks is None:
            return  # closed meanwhile
        if not self._callbacks:
            self._timer.stop()
            if self._busy:
                self._busy = False
                self.busy_changed.emit(False)
        on_done, on_failed = callbacks
        if isinstance(error, Exception):
            on_failed(error)
        else:
            on_done(result)

    def _on_timer_timeout(self) -> None:
        if self._callbacks and not self._busy:
            self._busy = True
            self.busy_changed.emit(True)
