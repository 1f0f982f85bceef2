"""Composing a check-in station: services over a database, the kiosk window and its controller."""

from __future__ import annotations

import random
from collections.abc import Callable
from datetime import datetime

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QScreen

from kiosk.app.camerascan import CameraScan
from kiosk.app.changefeed import ChangeFeed
from kiosk.app.checkin import CheckInController
from kiosk.app.journeyrunner import CheckInServices
from kiosk.app.organiser import OrganiserSetup, attach_organiser
from kiosk.app.worker import ServiceWorker
from kiosk.services.checkin import CheckInService
from kiosk.services.guests import GuestService
from kiosk.services.room import RoomService
from kiosk.services.search import SearchService
from kiosk.services.station import utc_now
from kiosk.storage.database import Database
from kiosk.storage.exposure import ExposureLog
from kiosk.ui.badge.printing import BadgePrinter
from kiosk.ui.camera.frames import camera_available
from kiosk.ui.camera.source import QtCameraSource
from kiosk.ui.checkin.clock import Ticker, monotonic_ms
from kiosk.ui.checkin.window import KioskWindow


def make_services(
    database: Database,
    event_id: str,
    *,
    station: str,
    clock: Callable[[], datetime] | None = None,
) -> CheckInServices:
    """The services of one station; search and room load the event's guests once, here."""
    now = clock or utc_now
    return CheckInServices(
        checkins=CheckInService(database, station=station, clock=now),
        guests=GuestService(database, station=station, clock=now),
        search=SearchService(database, event_id),
        room=RoomService(database, event_id),
        suggestions=ExposureLog(database, event_id, station=station),
    )


def build_checkin(
    database: Database,
    event_id: str,
    *,
    station: str,
    windowed: bool,
    screen: QScreen | None,
    ticker: Ticker | None = None,
    clock: Callable[[], datetime] | None = None,
    key_clock: Callable[[], int] | None = None,
    rng: random.Random | None = None,
    services: CheckInServices | None = None,
    badge_printer: BadgePrinter | None = None,
    organiser: OrganiserSetup | None = None,
) -> tuple[KioskWindow, CheckInController]:
    """A running check-in station for ``event_id``: the window (placed on ``screen`` if given)
    and its controller, already following the change log. Needs a QApplication.

    ``clock`` stamps check-ins (aware UTC datetimes), ``ticker`` drives the screens' seconds,
    ``key_clock`` (ms) tells a scanner's burst from typing; tests pass fakes, and may pass
    their own ``services``. ``badge_printer`` prints the done screen's badges (None: CUPS,
    the system's default printer, the default template). The controller closes itself when
    the application quits. With ``organiser``, the kiosk's door opens organiser mode (its
    controller is ``controller.findChild(OrganiserController)``).
    """
    # Taken before the services read the database: nothing committed in between is missed
    # (entries seen twice are skipped by id).
    after = database.last_change_id()
    services = services or make_services(database, event_id, station=station, clock=clock)
    window = KioskWindow(windowed=windowed, ticker=ticker, clock=key_clock or monotonic_ms)
    follower = database.follower(after_id=after, event_id=event_id)
    feed = ChangeFeed(follower, services.search, services.room)
    worker = ServiceWorker()
    controller = CheckInController(
        window, services, worker=worker, feed=feed, rng=rng, badge_printer=badge_printer
    )
    feed.setParent(controller)
    worker.setParent(controller)
    controller.start()
    if organiser is not None:
        attach_organiser(window, controller, database, organiser, station=station)
    app = QCoreApplication.instance()
    if app is not None:
        app.aboutToQuit.connect(controller.close)
    if camera_available():  # the camera extra and a camera: otherwise no trace of it
        frames_clock = key_clock or monotonic_ms
        scan = CameraScan(
            window,
            QtCameraSource(frames_clock),
            ticker=window.ticker,
            clock=frames_clock,
            parent=controller,
        )
        if app is not None:
            app.aboutToQuit.connect(scan.close)
    if screen is not None:
        window.place_on(screen)
    return window, controller
