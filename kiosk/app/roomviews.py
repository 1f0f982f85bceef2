"""Room-wide content of the kiosk: the welcome line, the tag chips and the event settings."""

from __future__ import annotations

from PySide6.QtCore import QObject, QTimer

from kiosk.app.checkinviews import popular_tags
from kiosk.core.changes import GUEST_KINDS, PRESENCE_KINDS, ChangeKind, Changes
from kiosk.services.room import RoomService
from kiosk.ui.checkin.afterpaint import AfterPaint
from kiosk.ui.checkin.window import KioskWindow

_VOCABULARY = frozenset(
    {
        ChangeKind.VOCABULARY_REPLACED,
        ChangeKind.TAG_CREATED,
        ChangeKind.TAG_UPDATED,
        ChangeKind.TAG_DELETED,
    }
)
_PEOPLE = GUEST_KINDS | PRESENCE_KINDS


class RoomViews(QObject):
    """Follows applied changes and shows what they mean for the whole room.

    The welcome line follows at once while it is on screen (batches merged into one refresh),
    otherwise when the welcome screen is back: no taps of a guest pay for a line nobody sees.
    Chips and event settings wait for the welcome screen: they must not move under a finger.
    Back on the welcome screen, both follow just after it is painted (``after_paint``): the
    tap on "done" pays only for the welcome screen.
    """

    def __init__(
        self,
        window: KioskWindow,
        room: RoomService,
        after_paint: AfterPaint,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._window = window
        self._room = room
        self._after_paint = after_paint
        self._stale: set[str] = set()
        self._pulse_stale = False
        self._pulse_timer = QTimer(self)
        self._pulse_timer.setSingleShot(True)
        self._pulse_timer.setInterval(0)
        self._pulse_timer.timeout.connect(self._on_pulse_timer_timeout)
        window.ticker.ticked.connect(self._on_ticker_ticked)
        window.journey_finished.connect(self._on_window_journey_finished)

    def refresh_all(self) -> None:
        self._stale |= {"event", "vocabulary", "popularity"}
        self._refresh_stale()
        self._refresh_pulse()

    def on_changes_applied(self, changes: Changes) -> None:
        kinds = changes.kinds
        if ChangeKind.EVENT_UPDATED in kinds:
            self._stale |= {"event", "vocabulary"}
        if kinds & _VOCABULARY:
            self._stale.add("vocabulary")
        if kinds & _PEOPLE:
            self._stale.add("popularity")
        if kinds & (_PEOPLE | _VOCABULARY) or ChangeKind.EVENT_UPDATED in kinds:
            self._pulse_stale = True
            if self._window.current() is self._window.welcome:
                self._pulse_timer.start()

    def _on_pulse_timer_timeout(self) -> None:
        if self._pulse_stale:
            self._refresh_pulse()

    def _on_window_journey_finished(self) -> None:
        self._after_paint.defer(self._on_welcome_painted)

    def _on_welcome_painted(self) -> None:
        self._refresh_stale()
        if self._pulse_stale:
            self._refresh_pulse()

    def _on_ticker_ticked(self) -> None:
        self._refresh_stale()

    def _refresh_pulse(self) -> None:
        self._pulse_stale = False
        pulse = self._room.pulse()
        self._window.set_room_pulse(pulse.present, pulse.top_interest_count, pulse.top_interest)

    def _refresh_stale(self) -> None:
        if not self._stale or self._window.current() is not self._window.welcome:
            return
        stale, self._stale = self._stale, set()
        if "event" in stale:
            self._window.set_event(self._room.event)
        if "vocabulary" in stale:
            self._window.tags.set_vocabulary(self._room.vocabulary)
        if "popularity" in stale or "vocabulary" in stale:
            present = (self._room.guest(gid) for gid in self._room.present_ids())
            self._window.tags.set_popularity(popular_tags(g for g in present if g is not None))
