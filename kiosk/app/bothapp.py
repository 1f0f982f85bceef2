"""One machine, both roles: the check-in station and the wall in one process, sharing one room."""

from __future__ import annotations

from dataclasses import dataclass

from kiosk.app.changefeed import ChangeFeed
from kiosk.app.checkin import CheckInController
from kiosk.app.checkinapp import build_checkin
from kiosk.app.organiser import OrganiserController, OrganiserSetup
from kiosk.app.screens import ScreenPlan, fit_frame, side_by_side
from kiosk.app.wall import WallController
from kiosk.app.wallapp import build_wall
from kiosk.storage.database import Database
from kiosk.ui.badge.printing import BadgePrinter
from kiosk.ui.checkin.window import KioskWindow
from kiosk.ui.wall import WallWindow


@dataclass(frozen=True, slots=True)
class Both:
    checkin: KioskWindow
    checkin_controller: CheckInController
    wall: WallWindow
    wall_controller: WallController
    organiser: OrganiserController | None = None


def build_both(
    database: Database,
    event_id: str,
    *,
    station: str,
    plan: ScreenPlan,
    windowed: bool = False,
    badge_printer: BadgePrinter | None = None,
    organiser: OrganiserSetup | None = None,
) -> Both:
    """The check-in on its screen and the wall on its own, full screen (``windowed``: normal
    windows on those screens). With a single screen (``plan.wall`` None) both are windows
    side by side on it: the check-in left, the wall right. The wall follows the check-in's
    change feed and room: an arrival here reaches it without a database round trip.
    """
    single = plan.wall is None
    kiosk, checkin = build_checkin(
        database,
        event_id,
        station=station,
        windowed=windowed or single,
        screen=None if single else plan.checkin,
        badge_printer=badge_printer,
        organiser=organiser,
    )
    # build_checkin parents its feed to the controller (a public way to reach it).
    feed = checkin.findChild(ChangeFeed)
    if feed is None:
        raise RuntimeError("the check-in controller has no change feed")
    room = checkin.services.room
    screen, geometry = plan.wall, None
    if screen is None:
        left, geometry = side_by_side(plan.checkin)
        screen, windowed = plan.checkin, True
        kiosk.setScreen(plan.checkin)
        kiosk.show()
        fit_frame(kiosk, left)
    try:
        wall, controller = build_wall(
            database,
            event_id,
            station=station,
            screen=screen,
            windowed=windowed,
            geometry=geometry,
            feed=feed,
            room=room,
        )
    except BaseException:
        # The check-in already runs its threads: stop them, or the process aborts at exit.
        checkin.close()
        raise
    organiser_controller = checkin.findChild(OrganiserController)
    if organiser_controller is not None:
        organiser_controller.attach_wall(wall)
    return Both(kiosk, checkin, wall, controller, organiser_controller)
