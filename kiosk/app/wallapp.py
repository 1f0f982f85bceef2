"""Composing the wall: its window and controller, beside a check-in station or on its own."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from PySide6.QtCore import QCoreApplication, QRect, QTimer
from PySide6.QtGui import QScreen

from kiosk.app.boardkeeper import BoardKeeper
from kiosk.app.changefeed import ChangeFeed
from kiosk.app.screens import fit_frame
from kiosk.app.wall import WallController
from kiosk.app.worker import ServiceWorker
from kiosk.services.room import RoomService
from kiosk.services.station import utc_now
from kiosk.storage.database import Database
from kiosk.storage.exposure import ExposureLog
from kiosk.ui.wall import Timings, WallWindow

# A wall-only process learns of every arrival by polling (about 4 us a poll, PLATFORM.md):
# 20 ms rather than the stations' 50 keeps another process's check-in well inside 100 ms.
WALL_POLL_MS = 20


def build_wall(
    database: Database,
    event_id: str,
    *,
    station: str,
    screen: QScreen | None,
    windowed: bool,
    feed: ChangeFeed | None = None,
    room: RoomService | None = None,
    keeper: BoardKeeper | None = None,
    geometry: QRect | None = None,
    page_timer: QTimer | None = None,
    timings: Timings | None = None,
    clock: Callable[[], datetime] = utc_now,
) -> tuple[WallWindow, WallController]:
    """A running wall for ``event_id``, in the event's languages and colours. Needs a
    QApplication.

    Beside a check-in station (one process) pass its ``feed`` and the ``room`` that feed
    applies entries to (and its ``keeper``, if it has one): both screens then share one
    room. Without a feed the wall follows the change log on its own (a wall-only process).
    Shown full screen on ``screen``; ``windowed``: a normal window instead, its frame filling
    ``geometry`` (default: the screen's available area); neither: left hidden for the caller.
    ``page_timer``, ``timings`` and ``clock`` (aware UTC, for the welcomes caught up at
    start) are for tests.
    The controller closes itself when the application quits.
    """
    owns_feed = feed is None
    if feed is None:
        # Taken before the room reads the database: nothing committed in between is missed
        # (an entry the room already holds is skipped by id).
        after = database.last_change_id()
        room = RoomService(database, event_id)
        follower = database.follower(after_id=after, event_id=event_id)
        # The wall never searches: no index to build and keep.
        feed = ChangeFeed(follower, None, room, poll_ms=WALL_POLL_MS)
    elif room is None:
        raise ValueError("a shared feed needs the room it applies entries to")
    event = room.event
    window = WallWindow(event.branding, event.wall.language, page_timer=page_timer, timings=timings)
    worker = ServiceWorker()
    owns_keeper = keeper is None
    keeper = keeper or BoardKeeper(room.engine)
    controller = WallController(
        window,
        room,
        feed,
        exposure=ExposureLog(database, event_id, station=station),
        worker=worker,
        keeper=keeper,
        owns_feed=owns_feed,
        owns_keeper=owns_keeper,
        clock=clock,
    )
    worker.setParent(controller)
    if owns_keeper:
        keeper.setParent(controller)
    if owns_feed:
        feed.setParent(controller)
    app = QCoreApplication.instance()
    if app is not None:
        app.aboutToQuit.connect(controller.close)
    controller.start()
    if windowed:
        if screen is not None:
            window.setScreen(screen)
        window.show_windowed()
        frame = geometry or (screen.availableGeometry() if screen is not None else None)
        if frame is not None:
            fit_frame(window, frame)
    elif screen is not None:
        window.place_on(screen)
    return window, controller
