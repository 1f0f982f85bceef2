"""The wall controller: drives the passive wall window from the room and the change log."""

from __future__ import annotations

import logging
from collections import Counter
from collections.abc import Callable
from datetime import datetime, timedelta

from PySide6.QtCore import QObject, QTimer, Signal
from sqlalchemy.exc import SQLAlchemyError

from kiosk.app.boardkeeper import BoardKeeper
from kiosk.app.changefeed import ChangeFeed
from kiosk.app.worker import ServiceWorker
from kiosk.core.changes import GUEST_KINDS, PRESENCE_KINDS, ChangeKind, Changes
from kiosk.core.wallview import WallState
from kiosk.services.room import RoomService
from kiosk.services.station import utc_now
from kiosk.storage.exposure import ExposureLog
from kiosk.ui.wall import WallWindow

log = logging.getLogger(__name__)

# Welcomes and the rebuild check wait one frame: the new state is painted first (a welcome
# slides in anyway, and rendering its strip would hold the board's paint back).
LATER_MS = 16
# Pairs newly on screen are stored in one write at most this often: each write comes back
# as an entry every process re-reads counts for, and a second's delay changes no board.
SHOWN_FLUSH_MS = 1000
# At start the wall welcomes who arrived in the last few minutes (it may have been down when
# they came: a restart, a crash), oldest first; never more than a few, so a restart in a busy
# hour does not hold the strip for minutes.
CATCH_UP = timedelta(minutes=5)
CATCH_UP_MAX = 6

_PEOPLE = GUEST_KINDS | PRESENCE_KINDS
# Entries after which the wall may read differently. PAIRS_EXPOSED is not one: new counts
# only re-weigh the pairs on the board (a drift rebuild, if due, reports its own changes),
# and the feed installs them later (``exposure_installed``), once read off the GUI thread.
_WALL_KINDS = _PEOPLE | {
    ChangeKind.EVENT_UPDATED,
    ChangeKind.VOCABULARY_REPLACED,
    ChangeKind.TAG_CREATED,
    ChangeKind.TAG_UPDATED,
    ChangeKind.TAG_DELETED,
}


class WallController(QObject):
    """Shows the room on ``window`` and keeps it current as change-log entries are applied.

    ``feed`` applies every entry to ``room`` first (once, whichever process wrote it); the
    batches of one event-loop turn are then shown in one go: a fresh ``room.wall_state()``,
    welcomes withdrawn at once for guests who left or may no longer appear, and (a frame
    later) a welcome for each guest who may now appear, in order. At ``start`` the guests
    who arrived in the last ``CATCH_UP`` (by ``clock``, aware UTC) are welcomed, at most
    ``CATCH_UP_MAX``. Pairs newly on screen are counted and stored by ``worker`` through
    ``exposure`` (never on this thread, at most once a second); ``keeper`` rebuilds the
    board when it drifted. ``state_shown(WallState)`` follows each refresh (tests, the
    benchmark). With ``owns_feed`` the controller starts and closes the feed (a wall-only
    process); with ``owns_keeper`` (the default) it closes the keeper.
    """

    state_shown = Signal(object)  # WallState

    def __init__(
        self,
        window: WallWindow,
        room: RoomService,
        feed: ChangeFeed,
        *,
        exposure: ExposureLog,
        worker: ServiceWorker,
        keeper: BoardKeeper,
        owns_feed: bool = False,
        owns_keeper: bool = True,
        clock: Callable[[], datetime] = utc_now,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.window = window
        self.room = room
        self.keeper = keeper
        self._feed = feed
        self._owns_feed = owns_feed
        self._owns_keeper = owns_keeper
        self._exposure = exposure
        self._clock = clock
        self._worker = worker
        self._touched: dict[str, None] = {}  # guests named by entries not shown yet, in order
        self._to_welcome: dict[str, None] = {}
        self._welcomed: set[str] = set()  # present guests whose welcome was given
        self._on_screen: frozenset[tuple[str, str]] = frozenset()
        self._shown: Counter[tuple[str, str]] = Counter()  # not stored yet
        self._event = room.event
        self._event_changed = False
        self._closed = False
        self._refresh_timer = self._timer(0, self._on_refresh_timer_timeout)
        self._later_timer = self._timer(LATER_MS, self._on_later_timer_timeout)
        self._shown_timer = self._timer(SHOWN_FLUSH_MS, self._on_shown_timer_timeout)
        feed.changes_applied.connect(self._on_feed_changes_applied)
        feed.exposure_installed.connect(self._on_feed_exposure_installed)
        window.pairs_shown.connect(self._on_window_pairs_shown)
        keeper.board_changed.connect(self._on_keeper_board_changed)

    def _timer(self, ms: int, slot: Callable[[], None]) -> QTimer:
        timer = QTimer(self)
        timer.setSingleShot(True)
        timer.setInterval(ms)
        timer.timeout.connect(slot)
        return timer

    def start(self) -> None:
        """Show the room as it is, welcome the last few minutes' arrivals, then follow."""
        self.window.set_branding(self._event.branding)
        self.window.set_language(self._event.wall.language)
        recent = self.room.arrivals_since(self._clock() - CATCH_UP)
        catch_up = [g for g in recent if self._may_appear(g)][-CATCH_UP_MAX:]
        self._welcomed = {g for g in self.room.present_ids() if self._may_appear(g)}
        self._welcomed -= set(catch_up)
        self._to_welcome.update(dict.fromkeys(catch_up))
        self.refresh()
        if catch_up:
            self._later_timer.start()  # after the first paint, like any arrival's
        if self._owns_feed:
            self._feed.start()
        self.keeper.check()

    def close(self) -> None:
        """Stop following; pairs counted are stored now, a solve in progress is dropped."""
        if self._closed:
            return
        self._closed = True
        for timer in (self._refresh_timer, self._later_timer, self._shown_timer):
            timer.stop()
        if self._owns_feed:
            self._feed.close()
        if self._owns_keeper:
            self.keeper.close()
        self._worker.close()
        self._store_shown()  # the worker is idle now: one last write, here, at shutdown

    def refresh(self) -> WallState:
        """Show the room's current state (painting only what differs)."""
        state = self.room.wall_state()
        if state != self.window.state:
            self.window.set_state(state)
        self.state_shown.emit(state)
        return state

    # -- following the room ---------------------------------------------------------------------
    def _on_feed_changes_applied(self, changes: Changes) -> None:
        if self._closed:  # a shared feed goes on after the wall is closed
            return
        kinds = changes.kinds
        if not kinds & _WALL_KINDS:
            return
        for change in changes:
            if change.guest_id is not None and change.kind in _PEOPLE:
                self._touched[change.guest_id] = None
        self._event_changed |= ChangeKind.EVENT_UPDATED in kinds
        self._refresh_timer.start()

    def _on_refresh_timer_timeout(self) -> None:
        touched, self._touched = list(self._touched), {}
        if self._event_changed:
            self._event_changed = False
            touched += self._follow_event()
        self.refresh()
        gone = [g for g in touched if not self._may_appear(g)]
        if gone:  # at once, with the new board: nobody who left stays named on the wall
            self.window.withdraw_arrivals(gone)
            self._welcomed -= {g for g in gone if not self.room.is_present(g)}
        self._to_welcome.update(dict.fromkeys(g for g in touched if g not in gone))
        self._later_timer.start()

    def _on_later_timer_timeout(self) -> None:
        waiting, self._to_welcome = list(self._to_welcome), {}
        state = self.window.state
        for guest_id in waiting:
            message = self.room.arrival_message(guest_id, state)
            if message is not None and guest_id not in self._welcomed:
                self._welcomed.add(guest_id)
                self.window.announce_arrival(message)
        self.keeper.check()

    def _follow_event(self) -> list[str]:
        """Language and branding follow the event; returns guests to look at again."""
        event, before = self.room.event, self._event
        self._event = event
        if event.branding != before.branding:
            self.window.set_branding(event.branding)
        if event.wall.language != before.wall.language:
            self.window.set_language(event.wall.language)
        # "Unapproved text allowed" may have changed for anyone: look at everyone.
        return self.room.present_ids() if event.wall != before.wall else []

    def _may_appear(self, guest_id: str) -> bool:
        return self.room.arrival_message(guest_id) is not None

    def _on_feed_exposure_installed(self) -> None:
        if not self._closed:
            self._later_timer.start()  # new counts fade pairs: a rebuild may be due

    def _on_keeper_board_changed(self, _delta: object) -> None:
        if not self._closed:
            self.refresh()

    # -- what the wall showed -------------------------------------------------------------------
    def _on_window_pairs_shown(self, pairs: tuple[tuple[str, str], ...]) -> None:
        # A pair counts once each time it comes on screen, not again while it stays there.
        before, self._on_screen = self._on_screen, frozenset(pairs)
        room = self.room
        for a, b in self._on_screen - before:
            if room.is_present(a) and room.is_present(b):
                self._shown[(a, b)] += 1
        if self._shown and not self._shown_timer.isActive() and not self._closed:
            self._shown_timer.start()

    def _on_shown_timer_timeout(self) -> None:
        pairs, self._shown = list(self._shown.elements()), Counter()
        if pairs:
            exposure = self._exposure
            self._worker.submit(lambda: exposure.record_shown(pairs), _ignore, _on_record_failed)

    def _store_shown(self) -> None:
        pairs, self._shown = list(self._shown.elements()), Counter()
        if not pairs:
            return
        try:
            self._exposure.record_shown(pairs)
        except SQLAlchemyError as error:  # the database is busy or gone: a few counts lost
            _on_record_failed(error)


def _ignore(_changes: Changes) -> None:
    """The entry comes back through the change follower, like any station's."""


def _on_record_failed(error: Exception) -> None:
    # Exposure counts are a freshness hint: a busy or unreachable database loses one count.
    log.warning("could not store the pairs shown on the wall", exc_info=error)
