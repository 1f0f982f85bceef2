"""The "Room" section: feeds the dashboard page from storage (on the worker) and the live room."""

from __future__ import annotations

import logging
from datetime import tzinfo

from PySide6.QtCore import QObject, QTimer

from kiosk.app.organisercontext import OrganiserContext
from kiosk.core.changes import GUEST_KINDS, PRESENCE_KINDS, ChangeKind, Changes
from kiosk.services.dashboard import Dashboard, DashboardService, TagCount, waiting_guests
from kiosk.ui.organiser.dashboard.page import DashboardPage
from kiosk.ui.organiser.dashboard.views import DashboardView, TagRow, WaitingRow
from kiosk.ui.organiser.page import OrganiserPage

log = logging.getLogger(__name__)

# A burst of check-ins (a queue at the door, another station replaying) is one refresh:
# at most four a second.
COALESCE_MS = 250
# The chart's "now" moves even when nobody arrives.
TICK_MS = 60_000
_RELEVANT = (
    GUEST_KINDS
    | PRESENCE_KINDS
    | {
        ChangeKind.EVENT_UPDATED,
        ChangeKind.VOCABULARY_REPLACED,
        ChangeKind.TAG_CREATED,
        ChangeKind.TAG_UPDATED,
        ChangeKind.TAG_DELETED,
    }
)


def _tags(rows: tuple[TagCount, ...]) -> tuple[TagRow, ...]:
    return tuple(TagRow(row.label, row.count) for row in rows)


class DashboardController(QObject):
    """Refreshes the page when it is shown, when the change log says the room changed
    (coalesced), and every minute while it is visible. "No suggestion yet" comes from the
    station's live room when there is one (read here, on the GUI thread), else from the
    service's own engine on the worker.
    """

    def __init__(
        self,
        page: DashboardPage,
        context: OrganiserContext,
        service: DashboardService,
        *,
        coalesce_ms: int = COALESCE_MS,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.page = page
        self._context = context
        self._service = service
        self._in_flight = False
        self._again = False
        self.refreshes = 0  # completed refreshes (tests and benchmarks count them)
        self._coalesce = QTimer(self)
        self._coalesce.setSingleShot(True)
        self._coalesce.setInterval(coalesce_ms)
        self._coalesce.timeout.connect(self.refresh)
        self._tick = QTimer(self)
        self._tick.setInterval(TICK_MS)
        self._tick.timeout.connect(self._on_tick_timeout)
        self._tick.start()
        page.shown.connect(self.refresh)
        context.changes_applied.connect(self._on_context_changes_applied)
        context.language_changed.connect(page.set_language)

    def _on_context_changes_applied(self, changes: Changes) -> None:
        relevant = any(
            c.kind in _RELEVANT and c.event_id == self._context.event_id for c in changes
        )
        # Not restarted by each entry: a steady stream still refreshes every interval.
        if relevant and not self._coalesce.isActive():
            self._coalesce.start()

    def _on_tick_timeout(self) -> None:
        if self.page.isVisible():
            self.refresh()

    def refresh(self) -> None:
        """Read the dashboard again (one read at a time; asked again meanwhile: once more)."""
        if self._in_flight:
            self._again = True
            return
        self._in_flight, self._again = True, False
        own_room = self._context.environment.room is None
        self._context.worker.submit(
            lambda: self._service.read(with_waiting=own_room), self._on_read, self._on_failed
        )

    def _on_read(self, dashboard: Dashboard) -> None:
        self._in_flight = False
        room = self._context.environment.room
        waiting = dashboard.waiting if room is None else tuple(waiting_guests(room))
        attendance = dashboard.attendance
        self.page.show_dashboard(
            DashboardView(
                present=attendance.present,
                checked_in=attendance.checked_in,
                left=attendance.left,
                timeline=dashboard.timeline,
                now=dashboard.now,
                top_skills=_tags(dashboard.top_skills),
                top_interests=_tags(dashboard.top_interests),
                unoffered=_tags(dashboard.unoffered),
                waiting=tuple(
                    WaitingRow(
                        w.guest_id,
                        w.first_name,
                        w.last_initial,
                        w.arrived_at,
                        w.interests,
                        w.skills,
                    )
                    for w in waiting or ()
                ),
            )
        )
        self.refreshes += 1
        if self._again:
            self._coalesce.start()

    def _on_failed(self, error: Exception) -> None:
        self._in_flight = False
        log.warning("dashboard read failed", exc_info=error)
        self.page.show_unavailable()
        if self._again:
            self._coalesce.start()


def build_dashboard(
    context: OrganiserContext, *, tz: tzinfo | None = None
) -> tuple[OrganiserPage, QObject]:
    """The section for kiosk.app.organisersections."""
    page = DashboardPage(tz=tz)
    page.set_language(context.language)
    service = DashboardService(
        context.database,
        context.event_id,
        station=context.station,
        clock=context.environment.clock,
        tz=tz,
    )
    return page, DashboardController(page, context, service)
