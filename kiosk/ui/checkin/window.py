"""The kiosk window: a stack of the check-in screens, idle reset, scanner, language and lock."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal
from PySide6.QtGui import QGuiApplication, QResizeEvent
from PySide6.QtWidgets import QLayout, QVBoxLayout, QWidget

from kiosk.core.event import Branding, Event
from kiosk.core.guest import Consents, Etiquette, Language
from kiosk.core.search import SearchHit
from kiosk.core.tags import Labels
from kiosk.ui.checkin.activity import ActivityWatcher
from kiosk.ui.checkin.clock import SecondTicker, Ticker, monotonic_ms
from kiosk.ui.checkin.consent import ConsentScreen
from kiosk.ui.checkin.details import DetailsScreen
from kiosk.ui.checkin.done import DoneScreen
from kiosk.ui.checkin.findyourself import FindYourselfScreen
from kiosk.ui.checkin.idle import IdleMonitor, IdleOverlay
from kiosk.ui.checkin.leaving import LeavingScreen
from kiosk.ui.checkin.lock import LockableWindow
from kiosk.ui.checkin.notice import NoticeBar
from kiosk.ui.checkin.organiserdoor import OrganiserDoor
from kiosk.ui.checkin.pagestack import PageStack
from kiosk.ui.checkin.returning import ReturningScreen
from kiosk.ui.checkin.scanner import ScannerListener
from kiosk.ui.checkin.screen import Screen
from kiosk.ui.checkin.tagpicker import TagPickerScreen
from kiosk.ui.checkin.verify import VerifyScreen
from kiosk.ui.checkin.views import FindMode, Notice, ReturningGuest, SuggestionRow
from kiosk.ui.checkin.walkin import WalkInScreen
from kiosk.ui.checkin.welcome import WelcomeScreen
from kiosk.ui.i18n import install_language
from kiosk.ui.style import Metrics, Palette, stylesheet


class KioskWindow(LockableWindow):
    """Holds the screens and moves between them when no data is involved.

    The controller connects to each screen's signals (``window.find_yourself.query_changed``...)
    and calls ``show_*`` once a service has answered. The window itself only goes back and
    forth between pages, resets on idle or "done", and reports a scanned ticket.
    Locked (the default) it is frameless, fullscreen and cannot be closed; ``windowed=True``
    is a normal window for development.
    """

    language_changed = Signal(object)  # Language
    code_scanned = Signal(str)
    idle_timed_out = Signal()
    journey_finished = Signal()  # back on the welcome screen, everything cleared

    def __init__(
        self,
        *,
        windowed: bool = False,
        ticker: Ticker | None = None,
        clock: Callable[[], int] = monotonic_ms,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(windowed=windowed, parent=parent)
        self.setObjectName("kiosk")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground)
        self.ticker = ticker or SecondTicker(self)
        self._default_language = Language.FR
        self._language = Language.FR
        self._metrics: Metrics | None = None
        self._palette = Palette.from_branding(Branding())

        self.welcome = WelcomeScreen()
        self.find_yourself = FindYourselfScreen()
        self.walk_in = WalkInScreen()
        self.returning = ReturningScreen()
        self.verify = VerifyScreen()
        self.tags = TagPickerScreen()
        self.details = DetailsScreen()
        self.consent = ConsentScreen()
        self.done = DoneScreen(self.ticker)
        self.leaving = LeavingScreen(self.ticker)
        self.stack = PageStack(self)
        for screen in self.screens():
            self.stack.addWidget(screen)
        # Screens shown since the last reset: only they can hold anything of the last guest
        # (every setter is followed by showing its screen), so only they are cleared.
        self._touched: set[Screen] = set(self.screens())

        self._notice = NoticeBar(self.ticker, self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        # The screen's size is the law: a page that asks for more is squeezed, the window
        # never grows past the edge of a fullscreen kiosk (tests check pages fit).
        layout.setSizeConstraint(QLayout.SizeConstraint.SetNoConstraint)
        layout.addWidget(self._notice)
        layout.addWidget(self.stack, 1)

        self.idle = IdleMonitor(self.ticker, parent=self)
        self.overlay = IdleOverlay(self)
        self.scanner = ScannerListener(clock=clock, parent=self)
        self._activity = ActivityWatcher(self)
        self.door = OrganiserDoor(self, clock)  # the organiser's long press; emits opened
        self._wire()
        # The stylesheet is applied at the first resize (it depends on the size), not here:
        # styling a thousand widgets twice at start-up is a visible delay.
        self.set_language(Language.FR)
        self.show_welcome()

    def screens(self) -> tuple[Screen, ...]:
        return (
            self.welcome,
            self.find_yourself,
            self.walk_in,
            self.returning,
            self.verify,
            self.tags,
            self.details,
            self.consent,
            self.done,
            self.leaving,
        )

    def current(self) -> Screen:
        page = self.stack.currentWidget()
        assert isinstance(page, Screen)
        return page

    # -- the event and the room ----------------------------------------------------------
    def set_event(self, event: Event) -> None:
        """Name, branding, languages, idle time and consent wording of the event."""
        self._default_language = event.default_language
        self.welcome.set_event(event.name, event.branding)
        self.welcome.set_languages(event.languages)
        self.consent.set_wording(event.consent_wording)
        self.idle.set_idle_seconds(event.idle_timeout_s)
        for screen in self.screens():
            screen.set_language_toggle_visible(len(event.languages) > 1)
        self._palette = Palette.from_branding(event.branding)
        if self._metrics is not None:  # already styled: again, with the event's colours
            self._metrics = None
            self._apply_style()
        if self.current() is self.welcome:
            self.set_language(event.default_language)

    def set_room_pulse(self, present: int, tag_count: int = 0, tag: Labels | None = None) -> None:
        self.welcome.set_room_pulse(present, tag_count, tag)

    def set_language(self, language: Language) -> None:
        """Install the language's translations (every window retranslates) and relabel content."""
        app = QCoreApplication.instance()
        if app is not None:
            install_language(app, language)
        self._language = language
        for screen in self.screens():
            screen.set_language(language)
        self.language_changed.emit(language)

    @property
    def language(self) -> Language:
        return self._language

    # -- pages ---------------------------------------------------------------------------
    def show_welcome(self) -> None:
        self._show(self.welcome)

    def show_find(self, mode: FindMode = FindMode.CHECK_IN) -> None:
        if self.find_yourself.mode is not mode:
            self._touched.add(self.find_yourself)
            self.find_yourself.reset()
            self.find_yourself.set_mode(mode)
        self._show(self.find_yourself)

    def show_walk_in(self) -> None:
        self._show(self.walk_in)

    def show_returning(self, guest: ReturningGuest) -> None:
        self.returning.set_guest(guest)
        self._show(self.returning)

    def show_verify(self, guest_id: str, hints: Sequence[str]) -> None:
        self.verify.set_hints(guest_id, hints)
        self._show(self.verify)

    def show_tags(self, skills: Sequence[str] = (), interests: Sequence[str] = ()) -> None:
        if skills or interests:
            self.tags.set_selection(skills, interests)
        self._show(self.tags)

    def show_details(self, etiquette: Etiquette | None = None, contact: str = "") -> None:
        if etiquette is not None:
            self.details.set_details(etiquette, contact)
        self._show(self.details)

    def show_consent(self, consents: Consents | None = None) -> None:
        if consents is not None:
            self.consent.set_consents(consents)
        self._show(self.consent)

    def show_done(self, first_name: str, rows: Sequence[SuggestionRow]) -> None:
        self.done.set_suggestions(first_name, rows)
        self._show(self.done)
        self.done.start_countdown()

    def show_leaving(self, hit: SearchHit) -> None:
        self.leaving.set_guest(hit)
        self._show(self.leaving)

    def show_farewell(self) -> None:
        self.leaving.show_farewell()
        self._show(self.leaving)

    def show_notice(self, notice: Notice) -> None:
        """A calm message over the current page, gone after a few seconds or the next page."""
        self._notice.show_notice(notice)

    def reset(self) -> None:
        """Forget the guest: every screen cleared, the default language, the welcome screen."""
        self.idle.disarm()
        self.overlay.hide()
        self.scanner.flush()
        touched = self._touched
        # Welcome first: the last guest's pages are cleared hidden, which costs far less
        # (no repaint, no relayout of a page on screen) and happens before any paint.
        self._show(self.welcome)
        self._touched = {self.welcome}
        for screen in self.screens():
            if screen in touched:
                screen.reset()
        self._notice.clear()
        if self._language is not self._default_language:
            self.set_language(self._default_language)

    def end_journey(self) -> None:
        """Organiser mode opens: the guest at the screen (if any) is gone, as after "done"."""
        self._finish()

    def input_filters(self) -> Sequence[QObject]:
        # Every press counts as activity first; then the scanner may hold a key back; the
        # lock (added by the base class, called last) swallows the ways out.
        return (self._activity, self.door, self.scanner)

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 (Qt override)
        super().resizeEvent(event)
        self._apply_style()
        self.overlay.setGeometry(self.rect())

    # -- inside --------------------------------------------------------------------------
    def _wire(self) -> None:
        self.welcome.start_requested.connect(lambda: self.show_find(FindMode.CHECK_IN))
        self.welcome.leaving_requested.connect(lambda: self.show_find(FindMode.LEAVING))
        self.welcome.language_requested.connect(self.set_language)
        self.find_yourself.walk_in_requested.connect(self.show_walk_in)
        self.find_yourself.back_requested.connect(self._finish)
        self.find_yourself.leaving_guest_chosen.connect(self._on_find_leaving_guest_chosen)
        for screen in self.screens():
            screen.language_toggle_requested.connect(self._on_screen_language_toggle_requested)
        self.walk_in.back_requested.connect(lambda: self._show(self.find_yourself))
        self.verify.back_requested.connect(lambda: self._show(self.returning))
        self.details.back_requested.connect(lambda: self._show(self.tags))
        self.consent.back_requested.connect(lambda: self._show(self.details))
        self.returning.done_requested.connect(self._finish)
        self.done.done_requested.connect(self._finish)
        self.done.timed_out.connect(self._finish)
        self.leaving.back_requested.connect(lambda: self._show(self.find_yourself))
        self.leaving.done_requested.connect(self._finish)
        self.leaving.timed_out.connect(self._finish)
        self.scanner.code_scanned.connect(self._on_scanner_code_scanned)
        self._activity.activity_seen.connect(self.idle.note_activity)
        self._activity.activity_seen.connect(self.done.note_activity)
        self.idle.warning_started.connect(self._on_idle_warning_started)
        self.idle.warning_changed.connect(self.overlay.show_remaining)
        self.idle.warning_cancelled.connect(self.overlay.hide)
        self.idle.idle_timed_out.connect(self._on_idle_timed_out)
        self.overlay.continue_requested.connect(self.idle.note_activity)

    def _show(self, screen: Screen) -> None:
        if screen is not self.done:
            self.done.countdown.stop()  # its 20 s only run while the guest reads it
        if screen is not self.leaving:
            self.leaving.countdown.stop()
        focused = self.focusWidget()
        if focused is not None and not screen.isAncestorOf(focused):
            # Otherwise Qt hands the focus to the next page's first field (the tag search
            # after a walk-in), which opens its keyboard over the page unasked.
            focused.clearFocus()
        self._touched.add(screen)
        self.stack.setCurrentWidget(screen)
        self._notice.clear()
        self.scanner.set_enabled(screen.accepts_scans)
        if screen is self.welcome:
            self.idle.disarm()
        else:
            self.idle.arm()

    def _finish(self) -> None:
        self.reset()
        self.journey_finished.emit()

    def _apply_style(self) -> None:
        screen = self.screen() or QGuiApplication.primaryScreen()
        dpi = screen.physicalDotsPerInch() if screen is not None else 96.0
        if not 50 <= dpi <= 400:  # virtual and offscreen screens report made-up sizes
            dpi = 96.0
        metrics = Metrics.for_size(self.size(), dpi)
        portrait = self.height() > self.width()
        for page in self.screens():
            page.set_portrait(portrait)
        if metrics == self._metrics:
            return
        self._metrics = metrics
        self.setStyleSheet(stylesheet(self._palette, metrics))
        for page in self.screens():
            page.set_colours(self._palette)
            page.set_metrics(metrics)

    def _on_screen_language_toggle_requested(self) -> None:
        self.set_language(Language.EN if self._language is Language.FR else Language.FR)

    def _on_find_leaving_guest_chosen(self, guest_id: str) -> None:
        hit = self.find_yourself.model.hit_for(guest_id)
        if hit is not None:
            self.show_leaving(hit)

    def _on_scanner_code_scanned(self, code: str) -> None:
        if self.current().accepts_scans:
            self.code_scanned.emit(code)

    def _on_idle_warning_started(self) -> None:
        self.overlay.setGeometry(self.rect())
        self.overlay.show()
        self.overlay.raise_()

    def _on_idle_timed_out(self) -> None:
        self.reset()
        self.idle_timed_out.emit()
        self.journey_finished.emit()
