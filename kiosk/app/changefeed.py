"""Every change-log entry, ours or another process's, reaches the search index and the room once."""

from __future__ import annotations

import logging
from collections.abc import Iterable

from PySide6.QtCore import QObject, QTimer, Signal
from sqlalchemy.exc import OperationalError

from kiosk.app.worker import ServiceWorker
from kiosk.core.changes import Change, Changes
from kiosk.services.checkin import PresenceChanges
from kiosk.services.room import ExposureCounts, RoomService
from kiosk.services.search import SearchService
from kiosk.storage.follower import ChangeFollower

log = logging.getLogger(__name__)

POLL_MS = 50  # PLATFORM.md: a 50 ms poll of data_version keeps other stations' p95 under 50 ms
_SEEN_KEPT = 20_000  # ids remembered for de-duplication; far more than a poll can lag behind


class ChangeFeed(QObject):
    """Applies entries from service results (``absorb``) and from the follower (polled).

    Each entry is applied and announced once, by id, whichever way it came first.
    ``changes_applied(Changes)`` carries the new entries of one batch, in id order.
    An entry whose apply fails (the database unreachable) is kept and tried again.
    ``search`` is None where nothing searches (a wall-only process builds no index).
    Stored exposure counts are read on a thread of the feed's own (the whole table, too
    long for the GUI thread), then installed in the room here: ``exposure_installed``.
    """

    changes_applied = Signal(object)  # Changes
    exposure_installed = Signal()

    def __init__(
        self,
        follower: ChangeFollower,
        search: SearchService | None,
        room: RoomService,
        *,
        poll_ms: int = POLL_MS,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._follower = follower
        self._search = search
        self._room = room
        self._seen: set[int] = set()
        self._waiting: dict[int, Change] = {}
        self._poll_failing = False
        self._reader: ServiceWorker | None = None  # started at the first exposure entry
        self._reading = False
        self._read_again = False
        self._closed = False
        self._timer = QTimer(self)
        self._timer.setInterval(poll_ms)
        self._timer.timeout.connect(self.poll)

    def start(self) -> None:
        self._timer.start()

    def close(self) -> None:
        self._closed = True
        self._timer.stop()
        self._follower.close()
        if self._reader is not None:
            self._reader.close()

    def poll(self) -> None:
        """Read what other connections committed since the last poll, and apply it."""
        try:
            changes = self._follower.poll()
        except OperationalError:
            if not self._poll_failing:  # once per outage, not twenty times a second
                log.warning("change follower cannot read the database", exc_info=True)
            self._poll_failing = True
            return
        self._poll_failing = False
        if changes or self._waiting:
            self.absorb(changes)

    def absorb(self, changes: Iterable[Change]) -> None:
        """Apply the entries not seen yet (a service call's own ``Changes``, or a poll's).

        A service's own entries may come after another station's that no poll has read yet;
        the room skips ids below the highest it applied, so those are read first, here.
        A check-in's or check-out's own ``PresenceChanges`` spare the room reading its guest.
        """
        written = changes if isinstance(changes, PresenceChanges) else None
        changes = list(changes)
        if changes and min(c.id for c in changes) > self._follower.last_seen_id + 1:
            try:
                changes += self._follower.poll()
            except OperationalError:
                log.warning("change follower cannot read the database", exc_info=True)
                return  # nothing applied: kept for the next poll, still in order
        for change in changes:
            if change.id not in self._seen:
                self._waiting[change.id] = change
        if not self._waiting:
            return
        batch = [self._waiting[i] for i in sorted(self._waiting)]
        try:
            if self._search is not None:
                self._search.apply(batch)
            update = self._room.apply(batch, written=written)
        except OperationalError:
            # Kept in _waiting: the next poll tries again (both applies are idempotent).
            log.warning("cannot apply %d change(s) yet", len(batch), exc_info=True)
            return
        self._waiting.clear()
        self._remember(c.id for c in batch)
        if update.exposure_stale:
            self._read_exposure()
        self.changes_applied.emit(Changes(tuple(batch)))

    def _read_exposure(self) -> None:
        """One read at a time; entries that come during a read ask for one more after it."""
        if self._closed:
            return
        if self._reading:
            self._read_again = True
            return
        if self._reader is None:
            self._reader = ServiceWorker(parent=self)
        self._reading, self._read_again = True, False
        self._reader.submit(self._room.read_exposure, self._on_exposure_read, self._on_read_failed)

    def _on_exposure_read(self, counts: ExposureCounts) -> None:
        self._reading = False
        if counts:
            self._room.install_exposure(counts)
            self.exposure_installed.emit()
        if self._read_again:
            self._read_exposure()

    def _on_read_failed(self, error: Exception) -> None:
        # Counts only fade pairs: the next exposure entry reads again (what changed since the
        # last good read, so nothing is lost). Anything but a database outage is a bug.
        self._reading = False
        if not isinstance(error, OperationalError):
            log.error("reading exposure counts failed", exc_info=error)
        else:
            log.warning("cannot read exposure counts yet", exc_info=error)
        if self._read_again:
            self._read_exposure()

    def _remember(self, ids: Iterable[int]) -> None:
        self._seen.update(ids)
        if len(self._seen) > _SEEN_KEPT:
            floor = max(self._seen) - _SEEN_KEPT // 2
            self._seen = {i for i in self._seen if i > floor}
