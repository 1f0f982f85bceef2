"""`kiosk demo --screenshots`: the PIN pad and every organiser section's page, rendered to PNG."""

from __future__ import annotations

import tempfile
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QEventLoop, QSize, QTimer

from kiosk.app.organiser import OrganiserController
from kiosk.app.organisercontext import OrganiserEnvironment
from kiosk.core.demo import DemoEvent
from kiosk.core.guest import Language
from kiosk.services.eventsetup import check_in_demo_guests, install_demo
from kiosk.services.pin import PinStore
from kiosk.services.room import RoomService
from kiosk.storage import open_database
from kiosk.ui.checkin.clock import ManualTicker
from kiosk.ui.checkin.window import KioskWindow
from kiosk.ui.organiser.pinpad import PinStep

ORGANISER_SIZES = (QSize(1280, 800), QSize(1920, 1080))
PRESENT = 40  # demo guests already in: dashboards and lists have something to show
SETTLE_S = 5.0  # at most, for a page's first data to come back from the worker
SHORT_TIMER_MS = 1000  # a page's single-shot timers up to this long are waited for
LAYOUT_ROUNDS = 6


def render_organiser(folder: Path, demo: DemoEvent) -> list[Path]:
    """The PIN pad (empty, wrong PIN, throttled) and each registered section's page, in
    French and English at each size, into ``folder``. Needs a QApplication."""
    folder.mkdir(parents=True, exist_ok=True)
    written: list[Path] = []
    with _organiser(demo) as controller:
        window = controller.window
        for language in Language:
            controller.set_language(language)
            for size in ORGANISER_SIZES:
                window.resize(size)
                tag = f"{language.value}-{size.width()}x{size.height()}"
                written += _pin_pad(controller, folder, tag)
                window.show_workspace()
                for n, page in enumerate(window.pages(), start=1):
                    window.show_page(page)
                    _settle(controller)
                    path = folder / f"{tag}-{n:02d}-{_slug(page)}.png"
                    window.grab().save(str(path))
                    written.append(path)
    return written


@contextmanager
def _organiser(demo: DemoEvent) -> Iterator[OrganiserController]:
    with tempfile.TemporaryDirectory(prefix="icebreaker-organiser-") as own:
        root = Path(own)
        with open_database(f"sqlite:///{root / 'demo.sqlite3'}") as database:
            event_id = install_demo(database, demo, station="screenshots")
            check_in_demo_guests(database, demo, PRESENT)
            ticker = ManualTicker()
            kiosk = KioskWindow(windowed=True, ticker=ticker)
            environment = OrganiserEnvironment(
                database=database,
                event_id=event_id,
                station="screenshots",
                machine_path=root / "machine.toml",
                room=RoomService(database, event_id),
            )
            controller = OrganiserController(
                kiosk, environment, PinStore(root / "pin.json"), quit_app=lambda: None
            )
            controller.build_sections()
            controller.window.show()
            try:
                yield controller
            finally:
                controller.window.hide()
                controller.close()
                controller.window.deleteLater()
                kiosk.deleteLater()
                controller.deleteLater()
                QCoreApplication.sendPostedEvents()


def _pin_pad(controller: OrganiserController, folder: Path, tag: str) -> list[Path]:
    window, pad = controller.window, controller.window.pin_pad
    window.show_pin_pad()
    shots: dict[str, Callable[[], None]] = {
        "pin-empty": lambda: pad.set_step(PinStep.UNLOCK),
        "pin-wrong": pad.show_wrong,
        "pin-throttled": lambda: pad.show_throttled(40),
    }
    written = []
    for name, state in shots.items():
        state()
        _settle(controller)
        path = folder / f"{tag}-00-{name}.png"
        window.grab().save(str(path))
        written.append(path)
    pad.countdown.stop()
    pad.set_step(PinStep.UNLOCK)
    return written


def _settle(controller: OrganiserController) -> None:
    """Let the worker answer what the page asked for, and the page's short timers (a
    preview's delay, a coalesced refresh) fire, so the picture shows the settled page."""
    deadline = time.monotonic() + SETTLE_S
    while time.monotonic() < deadline:
        QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 20)
        if not controller.worker.pending and not _pending_timers(controller):
            break
        time.sleep(0.002)
    # A layout request travels up one parent per round of posted events (the preview's new
    # picture, then its page, then the stack): a few rounds, and the widgets dropped by a
    # rebuild gone, so the picture shows the page as the running event loop would.
    for _ in range(LAYOUT_ROUNDS):
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        QCoreApplication.processEvents()


def _pending_timers(controller: OrganiserController) -> bool:
    timers = controller.window.findChildren(QTimer) + controller.context.findChildren(QTimer)
    return any(t.isActive() and t.isSingleShot() and t.interval() <= SHORT_TIMER_MS for t in timers)


def _slug(page: object) -> str:
    return type(page).__name__.removesuffix("Page").lower() or "page"
