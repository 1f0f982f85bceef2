"""The simulated event of `kiosk demo`: a room already busy, then an arrival every few seconds."""

from __future__ import annotations

import random
import uuid
from collections.abc import Sequence

from PySide6.QtCore import QObject, QTimer

from kiosk.app.changefeed import ChangeFeed
from kiosk.app.worker import ServiceWorker
from kiosk.core.guest import Guest
from kiosk.services.checkin import CheckInResult, CheckInService

_NAMESPACE = uuid.UUID("5d7e2c0a-1b3f-4e8a-9c6d-2f4b8a1e3c5d")
SIMULATED_STATION = "demo-door"


class DemoArrivals(QObject):
    """Checks demo guests in from a second, virtual door, through the real service.

    Writes go through a ServiceWorker (never on the GUI thread); results reach the screens
    through the same change feed as the kiosk's own check-ins.
    """

    def __init__(
        self,
        checkins: CheckInService,
        feed: ChangeFeed,
        waiting: Sequence[Guest],
        *,
        interval_ms: int = 6000,
        seed: int = 2026,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._checkins = checkins
        self._feed = feed
        self._waiting = list(waiting)
        random.Random(seed).shuffle(self._waiting)
        self._worker = ServiceWorker(parent=self)
        self._timer = QTimer(self)
        self._timer.setInterval(interval_ms)
        self._timer.timeout.connect(self.arrive)

    def start(self, *, at_once: int = 0) -> None:
        for _ in range(min(at_once, len(self._waiting))):
            self.arrive()
        self._timer.start()

    def arrive(self) -> None:
        if not self._waiting:
            self._timer.stop()
            return
        guest = self._waiting.pop()
        check_in_id = str(uuid.uuid5(_NAMESPACE, guest.id))
        self._worker.submit(
            lambda: self._checkins.check_in(guest.id, check_in_id),
            on_done=self._on_checked_in,
            on_failed=lambda _exc: None,  # the demo goes on; the next arrival will try
        )

    def _on_checked_in(self, result: CheckInResult) -> None:
        self._feed.absorb(result.changes)

    def stop(self) -> None:
        self._timer.stop()
        self._worker.close()
