"""`kiosk run` and the windowed `kiosk demo`: the check-in station and/or the wall, until quit."""

from __future__ import annotations

import sys
import tempfile
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import TextIO

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication

from kiosk.app.badgesteps import default_badge_printer
from kiosk.app.bothapp import build_both
from kiosk.app.checkinapp import build_checkin
from kiosk.app.clitext import say
from kiosk.app.demosim import SIMULATED_STATION, DemoArrivals
from kiosk.app.gccontrol import collect_on_gui_thread
from kiosk.app.organiser import OrganiserSetup
from kiosk.app.pincmd import default_pin_path, locked_mode_allowed, pin_needed_message
from kiosk.app.retentioncmd import run_purge
from kiosk.app.screens import plan_screens
from kiosk.app.wallrun import run_wall
from kiosk.core.attendance import CheckIn
from kiosk.core.demo import DemoEvent
from kiosk.core.guest import Language
from kiosk.core.machine import MachineConfig, Role, config_path
from kiosk.services.checkin import CheckInService
from kiosk.services.eventsetup import install_demo
from kiosk.storage import Database, open_database

# The demo starts with a room already talking, then someone arrives every few seconds.
DEMO_PRESENT_AT_START = 24
DEMO_ARRIVAL_MS = 6000


@dataclass(frozen=True, slots=True)
class GuiOptions:
    role: Role
    windowed: bool
    language: Language


def _application() -> QApplication:
    existing = QCoreApplication.instance()
    if isinstance(existing, QApplication):
        return existing
    app = QApplication(sys.argv[:1])
    app.setApplicationName("Icebreaker")
    collect_on_gui_thread(app)
    return app


def _active_event(database: Database, configured: str) -> str | None:
    if configured:
        return configured
    with database.reader() as uow:
        event = uow.events.active()
        return event.id if event is not None else None


def run(config: MachineConfig, options: GuiOptions, *, out: TextIO, err: TextIO) -> int:
    """`kiosk run`: the configured role on the configured screens. Exit status."""
    locked = not options.windowed and options.role is not Role.WALL
    if locked and not locked_mode_allowed(default_pin_path()):
        # No passer-by may set the PIN: guest mode waits for the organiser's console.
        print(pin_needed_message(options.language), file=err)
        return 2
    if options.role is Role.WALL:
        return run_wall(config, windowed=options.windowed)
    with open_database(config.effective_database_url) as database:
        run_purge(database, datetime.now(UTC), language=options.language, out=out, err=err)
        event_id = _active_event(database, config.event_id)
        if event_id is None:
            print(say("no_event_to_run", options.language), file=err)
            return 2
        app = _application()
        station = config.effective_station_name
        primary = QGuiApplication.primaryScreen()
        plan = plan_screens(
            app.screens(),
            primary,
            checkin_name=config.checkin_screen,
            wall_name=config.wall_screen,
        )
        # The windows and controllers must stay referenced while the event loop runs.
        running: object
        printer = default_badge_printer(config.printer, config.badge_template)
        organiser = OrganiserSetup(
            pin_path=default_pin_path(),
            machine=config,
            machine_path=config_path(),
            language=options.language,
        )
        if options.role is Role.BOTH:
            running = build_both(
                database,
                event_id,
                station=station,
                plan=plan,
                windowed=options.windowed,
                badge_printer=printer,
                organiser=organiser,
            )
        else:
            running = build_checkin(
                database,
                event_id,
                station=station,
                windowed=options.windowed,
                screen=plan.checkin,
                badge_printer=printer,
                organiser=organiser,
            )
        status = app.exec()
        del running
        return status


def run_demo(demo: DemoEvent, database_url: str) -> int:
    """`kiosk demo` with a display: check-in and wall in windows, a simulated door beside."""
    # The demo's organiser PIN and screens live and die with the demo, not on this machine.
    with open_database(database_url) as database, tempfile.TemporaryDirectory() as own:
        event_id = install_demo(database, demo, station="demo")
        app = _application()
        plan = plan_screens(app.screens(), QGuiApplication.primaryScreen())
        organiser = OrganiserSetup(
            pin_path=Path(own) / "pin.json",
            machine_path=Path(own) / "machine.toml",
            language=demo.event.default_language,
        )
        both = build_both(
            database,
            event_id,
            station="demo-kiosk",
            plan=plan,
            windowed=True,
            organiser=organiser,
        )
        present = {c.guest_id for c in _present(database, event_id)}
        arrivals = DemoArrivals(
            CheckInService(database, station=SIMULATED_STATION),
            both.checkin_controller.feed,
            [g for g in demo.guests if g.id not in present],
            interval_ms=DEMO_ARRIVAL_MS,
        )
        arrivals.start(at_once=max(0, DEMO_PRESENT_AT_START - len(present)))
        app.aboutToQuit.connect(arrivals.stop)
        app.aboutToQuit.connect(both.checkin.unlock)
        return app.exec()


def _present(database: Database, event_id: str) -> list[CheckIn]:
    with database.reader() as uow:
        return list(uow.checkins.present(event_id))
