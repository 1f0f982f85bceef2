"""Service calls for the guest at the screen: off the GUI thread, one at a time, failures calmed."""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from typing import Protocol, TypeVar

from sqlalchemy.exc import OperationalError

from kiosk.app.changefeed import ChangeFeed
from kiosk.app.journey import Journey
from kiosk.app.worker import ServiceWorker
from kiosk.core.changes import Changes
from kiosk.core.guest import Guest
from kiosk.services.checkin import CheckInService
from kiosk.services.guests import GuestResult, GuestService
from kiosk.services.room import RoomService
from kiosk.services.search import SearchService
from kiosk.storage.exposure import ExposureLog
from kiosk.ui.checkin.afterpaint import AfterPaint
from kiosk.ui.checkin.busy import BusyOverlay
from kiosk.ui.checkin.views import Notice
from kiosk.ui.checkin.window import KioskWindow

log = logging.getLogger(__name__)

# Expected trouble from the environment (locked too long, disk full, database gone): the
# guest is asked to try again. Anything else is a bug: logged loudly, the guest sent to the desk.
ENVIRONMENT_FAILURES = (OperationalError, OSError)


class _Result(Protocol):
    @property
    def changes(self) -> Changes: ...


R = TypeVar("R", bound=_Result)


@dataclass(frozen=True, slots=True)
class CheckInServices:
    """What the kiosk calls. Writes run on the worker; search and room stay on the GUI thread."""

    checkins: CheckInService
    guests: GuestService
    search: SearchService
    room: RoomService
    suggestions: ExposureLog


class JourneyRunner:
    """Holds the current ``Journey`` and runs its service calls through the worker.

    Every result's changes are applied (they are stored, whatever became of the guest); the
    answer is shown only if the same guest is still at the screen. The room and search follow
    a result just after the screen showing it is painted (``after_paint``), unless the answer
    reads the room (``room_first``): the guest's tap pays only for what they see.
    """

    def __init__(
        self,
        window: KioskWindow,
        services: CheckInServices,
        worker: ServiceWorker,
        feed: ChangeFeed,
    ) -> None:
        self.window = window
        self.services = services
        self.journey = Journey()
        self._worker = worker
        self._feed = feed
        self._in_flight = 0
        self._busy = BusyOverlay(window)
        worker.busy_changed.connect(self._busy.set_busy)
        self.after_paint = AfterPaint(window)

    @property
    def waiting(self) -> bool:
        """A call of this journey is on its way: a second tap must not start another."""
        return self._in_flight > 0

    def finish(self) -> None:
        """The guest is gone: late answers are dropped, the next guest starts afresh."""
        self.journey = self.journey.next()
        # A write still stuck on the lock holds the next guest's taps too: keep saying so.
        self._busy.set_busy(self._worker.busy)

    def run(
        self, call: Callable[[], R], on_done: Callable[[R], None], *, room_first: bool = False
    ) -> None:
        """Run ``call`` on the worker, then ``on_done(result)`` here; ignored while waiting.

        ``room_first``: ``on_done`` reads the room, which takes in the result's changes first.
        """
        if self._in_flight:
            return  # a second tap on the same button: the first one's answer is coming
        self._in_flight += 1
        generation = self.journey.generation

        def done(result: R) -> None:
            self._in_flight -= 1
            shown = generation == self.journey.generation
            # Stored, whatever became of the guest: applied in order, now or after the paint.
            if room_first and shown:
                self.absorb_now(result.changes)
            else:
                self.after_paint.defer(lambda: self._feed.absorb(result.changes))
            if shown:
                on_done(result)

        def failed(error: Exception) -> None:
            self._in_flight -= 1
            if isinstance(error, ENVIRONMENT_FAILURES):
                log.warning("a save failed; the guest can try again", exc_info=error)
                notice = Notice.SAVE_FAILED
            else:
                log.error("bug in a service call", exc_info=error)
                notice = Notice.ASK_DESK
            if generation == self.journey.generation:
                self.window.show_notice(notice)

        self._worker.submit(call, done, failed)

    def absorb_now(self, changes: Changes | None = None) -> None:
        """Bring the room and search up to date now: what waited for a paint, then ``changes``."""
        self.after_paint.flush()
        if changes is not None:
            self._feed.absorb(changes)

    def background(self, call: Callable[[], Changes], what: str) -> None:
        """A write nobody waits for (statistics): its failure is only logged.

        It starts once the screen is painted: a worker running Python while the screen is
        drawn holds the interpreter lock and delays the paint by up to a switch interval.
        """

        def done(changes: Changes) -> None:
            self.after_paint.defer(lambda: self._feed.absorb(changes))

        def failed(error: Exception) -> None:
            log.warning("%s failed", what, exc_info=error)

        self.after_paint.defer(lambda: self._worker.submit(call, done, failed))

    def save_guest(
        self,
        call: Callable[[], GuestResult],
        then: Callable[[Guest], None],
        *,
        room_first: bool = False,
    ) -> None:
        """A guest update; ``then(stored guest)`` unless it was refused or the guest is gone."""

        def saved(result: GuestResult) -> None:
            if result.refusal is None and self.update_guest(result) and result.guest is not None:
                then(result.guest)

        self.run(call, saved, room_first=room_first)

    def update_guest(self, result: GuestResult) -> bool:
        """Remember the guest as stored; False (and the desk) if they were erased meanwhile."""
        if result.guest is None:
            self.window.show_notice(Notice.ASK_DESK)
            return False
        self.journey.guest = result.guest
        return True
