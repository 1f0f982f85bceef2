"""Organiser mode on a check-in station: the door, the PIN, the window, its sections, the lock."""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject

from kiosk.app.checkin import CheckInController
from kiosk.app.organisercontext import OrganiserContext, OrganiserEnvironment
from kiosk.app.organiserpin import PinConversation, PinFlow
from kiosk.app.organisersections import Section, sections
from kiosk.app.worker import ServiceWorker
from kiosk.core.changes import ChangeKind, Changes
from kiosk.core.event import Event
from kiosk.core.guest import Language
from kiosk.core.machine import MachineConfig
from kiosk.services.pin import PinStore
from kiosk.storage.database import Database
from kiosk.ui.checkin.window import KioskWindow
from kiosk.ui.i18n import install_language
from kiosk.ui.organiser.autolock import DEFAULT_LOCK_AFTER_S
from kiosk.ui.organiser.screenmode import set_fullscreen
from kiosk.ui.organiser.window import OrganiserWindow
from kiosk.ui.wall import WallWindow

log = logging.getLogger(__name__)


def _exit_app() -> None:
    # exit(), not quit(): quit() asks every window to close and a locked one refuses.
    QCoreApplication.exit(0)


class OrganiserController(QObject):
    """Opens organiser mode from the kiosk's door, behind the PIN, and closes it again.

    The sections (kiosk.app.organisersections) are built the first time organiser mode
    opens: a station that is never unlocked pays nothing for them. Opening ends the
    guest's journey; closing (Back to guest mode, or ``lock_after_s`` without a touch)
    shows the welcome screen in the guests' language. ``quit_app`` ends the program
    (tests pass their own).
    """

    def __init__(
        self,
        kiosk: KioskWindow,
        environment: OrganiserEnvironment,
        pin_store: PinStore,
        *,
        checkin: CheckInController | None = None,
        wall: WallWindow | None = None,
        language: Language = Language.FR,
        lock_after_s: int = DEFAULT_LOCK_AFTER_S,
        quit_app: Callable[[], None] = _exit_app,
        found_sections: Callable[[], list[Section]] = sections,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.kiosk = kiosk
        self._wall = wall
        self._quit_app = quit_app
        self._found_sections = found_sections
        self._built = False
        # Guest mode is what the station was started as: leaving fullscreen for organiser
        # work never leaves the guests an unlocked window (nor the choice of a PIN).
        self._guest_mode_locked = kiosk.locked
        self.worker = ServiceWorker(parent=self)
        self.context = OrganiserContext(environment, self.worker, self)
        self.context.language = language
        self.window = OrganiserWindow(
            windowed=not kiosk.locked, ticker=kiosk.ticker, lock_after_s=lock_after_s
        )
        self.pin = PinConversation(
            self.window.pin_pad,
            pin_store,
            self.worker,
            may_choose=lambda: not self._guest_mode_locked,
            parent=self,
        )
        self._connect(checkin)
        if environment.room is not None:
            self._show_event(environment.room.event)

    # -- what the station calls -----------------------------------------------------------
    @property
    def is_open(self) -> bool:
        """Organiser mode is open (past the PIN)."""
        return self.window.isVisible() and self.window.unlocked

    def open_door(self) -> None:
        """The long press was held: the PIN pad over the kiosk, on its screen."""
        if self.window.isVisible():
            return
        self._place_window()
        self.window.show_pin_pad()
        self.pin.start(PinFlow.UNLOCK)

    def build_sections(self) -> None:
        """Every registered section's page and controller (once; a broken one is skipped)."""
        if self._built:
            return
        self._built = True
        for build in self._found_sections():
            try:
                page, controller = build(self.context)
            except Exception:  # one broken section must not lock the organiser out
                log.exception("organiser section %s could not be built", build)
                continue
            controller.setParent(self.context)
            self.window.add_page(page)

    def lock(self) -> None:
        """Back to guest mode: the window hidden, the kiosk on its welcome screen."""
        was_open = self.window.unlocked
        self.pin.abandon()
        if self._guest_mode_locked and not self.kiosk.locked:
            self.set_fullscreen(True)
        self.window.hide()
        self.window.show_pin_pad()
        if was_open:
            self.kiosk.reset()
            self.kiosk.set_language(self.kiosk.language)  # the guests' words again
        self.kiosk.activateWindow()

    def set_language(self, language: Language) -> None:
        self.context.set_language(language)
        self._install_language()

    def set_fullscreen(self, fullscreen: bool) -> None:
        """The kiosk and this window together: fullscreen and locked, or normal windows."""
        screen = self.kiosk.screen()
        set_fullscreen(self.kiosk, fullscreen, screen)
        set_fullscreen(self.window, fullscreen, screen)
        self.window.set_fullscreen_state(fullscreen)  # shown last: it stays in front

    def attach_wall(self, wall: WallWindow) -> None:
        """The wall of this process (both roles): the event's new look reaches it at once."""
        self._wall = wall

    def close(self) -> None:
        self.worker.close()

    # -- inside ----------------------------------------------------------------------------
    def _connect(self, checkin: CheckInController | None) -> None:
        w = self.window
        self.kiosk.door.opened.connect(self.open_door)
        self.kiosk.language_changed.connect(self._on_kiosk_language_changed)
        w.guest_mode_requested.connect(self.lock)
        w.autolock.timed_out.connect(self.lock)
        w.quit_requested.connect(self._on_window_quit_requested)
        w.fullscreen_requested.connect(self.set_fullscreen)
        w.language_requested.connect(self.set_language)
        w.change_pin_requested.connect(self._on_window_change_pin_requested)
        self.pin.unlocked.connect(self._on_pin_unlocked)
        self.pin.changed.connect(self._on_pin_changed)
        self.pin.cancelled.connect(self._on_pin_cancelled)
        self.context.event_changed.connect(self._on_context_event_changed)
        if checkin is not None:
            checkin.printer_status.changed.connect(w.set_printer_problem)
            w.set_printer_problem(checkin.printer_status.problem)
            checkin.changes_applied.connect(self.context.changes_applied)
            checkin.changes_applied.connect(self._on_checkin_changes_applied)

    def _place_window(self) -> None:
        screen = self.kiosk.screen()
        w = self.window
        if w.locked != self.kiosk.locked:  # the kiosk changed mode without us (tests)
            set_fullscreen(w, self.kiosk.locked, screen)
            w.set_fullscreen_state(self.kiosk.locked)
        if w.locked:
            w.place_on(screen)
        else:
            w.setScreen(screen)
            w.setGeometry(self.kiosk.geometry())
            w.show()  # a window shown comes in front: no raise() (not every platform has it)
        w.activateWindow()

    def _install_language(self) -> None:
        app = QCoreApplication.instance()
        if app is not None:
            install_language(app, self.context.language)
        self.window.set_language(self.context.language)

    def _show_event(self, event: Event) -> None:
        self.window.set_event_name(event.name)
        self.window.set_branding(event.branding)

    def _on_pin_unlocked(self) -> None:
        self.kiosk.end_journey()  # nothing of the last guest stays on the kiosk
        self.build_sections()
        self._install_language()
        self.window.show_workspace()

    def _on_pin_changed(self) -> None:
        self.window.show_workspace()
        self.window.show_status("pin_changed")

    def _on_pin_cancelled(self, flow: PinFlow) -> None:
        if flow is PinFlow.CHANGE:
            self.window.show_workspace()
        else:
            self.lock()

    def _on_window_change_pin_requested(self) -> None:
        self.window.show_pin_pad()
        self.pin.start(PinFlow.CHANGE)

    def _on_window_quit_requested(self) -> None:
        self.kiosk.unlock()
        self.window.unlock()
        self._quit_app()

    def _on_kiosk_language_changed(self, _language: Language) -> None:
        # The kiosk installs its guests' language when the event changes under it: while
        # organiser mode is open, the organiser keeps theirs.
        if self.is_open:
            self._install_language()

    def _on_checkin_changes_applied(self, changes: Changes) -> None:
        room = self.context.environment.room
        if room is not None and ChangeKind.EVENT_UPDATED in changes.kinds:
            self._show_event(room.event)  # renamed or restyled here or at another station

    def _on_context_event_changed(self, event: Event) -> None:
        self._show_event(event)
        self.kiosk.set_event(event)
        if self._wall is not None:
            self._wall.set_branding(event.branding)
            self._wall.set_language(event.wall.language)


@dataclass(frozen=True, slots=True)
class OrganiserSetup:
    """What a station needs to offer organiser mode, besides its database and room."""

    pin_path: Path
    machine: MachineConfig = field(default_factory=MachineConfig)
    machine_path: Path | None = None  # None: the default machine.toml
    language: Language = Language.FR  # the organiser's, until they switch


def attach_organiser(
    kiosk: KioskWindow,
    checkin: CheckInController,
    database: Database,
    setup: OrganiserSetup,
    *,
    station: str,
) -> OrganiserController:
    """Organiser mode for a running check-in station; the controller lives as long as the
    check-in controller (its child: ``checkin.findChild(OrganiserController)``) and stops
    its worker when the application quits."""
    room = checkin.services.room
    environment = OrganiserEnvironment(
        database=database,
        event_id=room.event_id,
        station=station,
        machine=setup.machine,
        machine_path=setup.machine_path,
        room=room,
    )
    controller = OrganiserController(
        kiosk,
        environment,
        PinStore(setup.pin_path),
        checkin=checkin,
        language=setup.language,
        parent=checkin,
    )
    app = QCoreApplication.instance()
    if app is not None:
        app.aboutToQuit.connect(controller.close)
    return controller
