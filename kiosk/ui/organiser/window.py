"""The organiser window: the PIN pad first, then a header, a navigation column and the pages."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QCloseEvent, QGuiApplication, QHideEvent, QResizeEvent, QShowEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QFrame,
    QHBoxLayout,
    QLayout,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from kiosk.core.event import Branding
from kiosk.core.guest import Language
from kiosk.ui.badge.printing import PrintResult
from kiosk.ui.checkin.activity import ActivityWatcher
from kiosk.ui.checkin.clock import Ticker
from kiosk.ui.checkin.lock import LockableWindow
from kiosk.ui.checkin.widgets import button, label
from kiosk.ui.organiser.autolock import DEFAULT_LOCK_AFTER_S, AutoLock
from kiosk.ui.organiser.look import organiser_metrics, organiser_stylesheet
from kiosk.ui.organiser.page import OrganiserPage
from kiosk.ui.organiser.pinpad import PinPad
from kiosk.ui.style import Metrics, Palette

# The PIN pad covers the guests' screen: left alone, it gives the screen back sooner.
PIN_PAD_LOCK_AFTER_S = 60


class OrganiserWindow(LockableWindow):
    """Passive, like the kiosk window: it shows the pages it is given and says what the
    organiser asks for. Locked (fullscreen kiosk) it cannot be closed; windowed, closing
    it means "back to guest mode". ``autolock`` counts quiet seconds while it is shown.
    """

    guest_mode_requested = Signal()
    quit_requested = Signal()  # confirmed
    fullscreen_requested = Signal(bool)
    language_requested = Signal(object)  # Language
    change_pin_requested = Signal()
    page_opened = Signal(object)  # OrganiserPage

    def __init__(
        self,
        *,
        windowed: bool,
        ticker: Ticker,
        lock_after_s: int = DEFAULT_LOCK_AFTER_S,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(windowed=windowed, parent=parent)
        self.setObjectName("organiser")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground)
        self._lock_after_s = lock_after_s
        self._language = Language.FR
        self._palette = Palette.from_branding(Branding())
        self._metrics: Metrics | None = None
        self._pages: list[OrganiserPage] = []
        self._nav_buttons: list[QPushButton] = []
        self._warning_s = 0
        self._status_key = ""
        self._activity = ActivityWatcher(self)
        self.autolock = AutoLock(ticker, lock_after_s, parent=self)
        self._activity.activity_seen.connect(self.autolock.note_activity)
        self.autolock.warning_changed.connect(self._on_autolock_warning_changed)

        self.pin_pad = PinPad(ticker)
        self.workspace = QWidget()
        self.workspace.setObjectName("workspace")
        self._build_header()
        self._build_confirm_bar()
        self._build_body()
        workspace = QVBoxLayout(self.workspace)
        workspace.setContentsMargins(0, 0, 0, 0)
        workspace.setSpacing(0)
        workspace.addWidget(self._header)
        workspace.addWidget(self.confirm_bar)
        workspace.addLayout(self._body, 1)
        self._outer = QStackedWidget(self)
        self._outer.addWidget(self.pin_pad)
        self._outer.addWidget(self.workspace)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSizeConstraint(QLayout.SizeConstraint.SetNoConstraint)  # never past the screen
        layout.addWidget(self._outer)
        self.set_fullscreen_state(not windowed)
        self.set_language(Language.FR)
        self.retranslate()
        self.show_pin_pad()

    # -- building --------------------------------------------------------------------------
    def _build_header(self) -> None:
        self._header = QFrame()
        self._header.setObjectName("header")
        self._mode_title = label("modeTitle", self._header, wrap=False)
        self._event_name = label("eventName", self._header)
        self._lock_warning = label("lockWarning", self._header, wrap=False)
        self._lock_warning.hide()
        self._status = label("muted", self._header, wrap=False)
        self._status.hide()
        # Trouble at this station the organiser must fix (the badge printer): stays until fixed.
        self._alert = label("refusal", self._header)
        self._alert.setObjectName("stationAlert")
        self._alert.hide()
        self._printer_problem: PrintResult | None = None
        self.french = self._language_button("Français", Language.FR)
        self.english = self._language_button("English", Language.EN)
        self.guest_mode = button("primary", self._header, object_name="guestMode")
        self.guest_mode.clicked.connect(self._on_guest_mode_clicked)
        names = QVBoxLayout()
        names.setSpacing(0)
        names.addWidget(self._mode_title)
        names.addWidget(self._event_name)
        names.addWidget(self._alert)
        row = QHBoxLayout(self._header)
        row.setContentsMargins(20, 10, 20, 10)
        row.setSpacing(10)
        row.addLayout(names, 1)
        row.addWidget(self._status)
        row.addWidget(self._lock_warning)
        row.addWidget(self.french)
        row.addWidget(self.english)
        row.addSpacing(10)
        row.addWidget(self.guest_mode)

    def _language_button(self, text: str, language: Language) -> QPushButton:
        widget = button("language", self._header)
        widget.setText(text)  # each language in its own words: never translated
        widget.setCheckable(True)
        widget.clicked.connect(lambda: self._on_language_clicked(language))
        return widget

    def _build_confirm_bar(self) -> None:
        self.confirm_bar = QFrame()
        self.confirm_bar.setObjectName("confirmQuit")
        self._confirm_title = label("title", self.confirm_bar)
        self._confirm_text = label("muted", self.confirm_bar)
        self.confirm_quit = button("danger", self.confirm_bar, object_name="confirmQuitButton")
        self.confirm_quit.clicked.connect(self._on_confirm_quit_clicked)
        self.cancel_quit = button("secondary", self.confirm_bar, object_name="cancelQuit")
        self.cancel_quit.clicked.connect(self.confirm_bar.hide)
        words = QVBoxLayout()
        words.addWidget(self._confirm_title)
        words.addWidget(self._confirm_text)
        row = QHBoxLayout(self.confirm_bar)
        row.setContentsMargins(20, 12, 20, 12)
        row.setSpacing(12)
        row.addLayout(words, 1)
        row.addWidget(self.cancel_quit)
        row.addWidget(self.confirm_quit)
        self.confirm_bar.hide()

    def _build_body(self) -> None:
        self._navigation = QFrame()
        self._navigation.setObjectName("navigation")
        self._nav_group = QButtonGroup(self)
        self._nav_group.setExclusive(True)
        # Many sections on a small screen: the page list scrolls, the actions stay in view.
        pages = QWidget()
        pages.setObjectName("navigationPages")
        self._nav_list = QVBoxLayout(pages)
        self._nav_list.setContentsMargins(0, 0, 0, 0)
        self._nav_list.setSpacing(2)
        self._nav_list.addStretch(1)
        nav_scroll = QScrollArea()
        nav_scroll.setWidgetResizable(True)
        nav_scroll.setFrameShape(QFrame.Shape.NoFrame)
        nav_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        nav_scroll.setWidget(pages)
        self.change_pin = button("secondary", self._navigation, object_name="changePin")
        self.change_pin.clicked.connect(self.change_pin_requested)
        self.screen_mode = button("secondary", self._navigation, object_name="screenMode")
        self.screen_mode.clicked.connect(self._on_screen_mode_clicked)
        self.quit = button("danger", self._navigation, object_name="quit")
        self.quit.clicked.connect(self._on_quit_clicked)
        nav = QVBoxLayout(self._navigation)
        nav.setContentsMargins(0, 12, 0, 12)
        nav.setSpacing(8)
        nav.addWidget(nav_scroll, 1)
        for action in (self.change_pin, self.screen_mode, self.quit):
            row = QHBoxLayout()
            row.setContentsMargins(12, 0, 12, 0)
            row.addWidget(action)
            nav.addLayout(row)
        self._navigation.setMinimumWidth(240)
        # Each page scrolls on its own: a tall page (or one laid out for a bigger window
        # while hidden) never makes the others scroll.
        self.stack = QStackedWidget()
        self.stack.setObjectName("pageArea")
        self._scrolls: list[QScrollArea] = []
        self._body = QHBoxLayout()
        self._body.setSpacing(0)
        self._body.addWidget(self._navigation)
        self._body.addWidget(self.stack, 1)

    # -- pages -----------------------------------------------------------------------------
    def add_page(self, page: OrganiserPage) -> None:
        """A section's page, at the end of the navigation."""
        self._pages.append(page)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(page)
        self._scrolls.append(scroll)
        self.stack.addWidget(scroll)
        self._set_page_margins(page)
        nav = button("nav", self._navigation, object_name=f"nav{len(self._pages)}")
        nav.setCheckable(True)
        nav.setText(page.title())
        nav.clicked.connect(lambda: self.show_page(page))
        self._nav_group.addButton(nav)
        self._nav_buttons.append(nav)
        self._nav_list.insertWidget(self._nav_list.count() - 1, nav)  # before the stretch
        page.set_language(self._language)

    def pages(self) -> Sequence[OrganiserPage]:
        return tuple(self._pages)

    def nav_button(self, page: OrganiserPage) -> QPushButton:
        return self._nav_buttons[self._pages.index(page)]

    def current_page(self) -> OrganiserPage | None:
        scroll = self.stack.currentWidget()
        page = scroll.widget() if isinstance(scroll, QScrollArea) else None
        return page if isinstance(page, OrganiserPage) else None

    def show_page(self, page: OrganiserPage) -> None:
        """Open ``page``: its nav button lit, ``page_shown`` called for it to refresh."""
        scroll = self._scrolls[self._pages.index(page)]
        self.stack.setCurrentWidget(scroll)
        self.nav_button(page).setChecked(True)
        scroll.verticalScrollBar().setValue(0)
        self.show_status("")
        page.page_shown()
        self.page_opened.emit(page)

    # -- modes -----------------------------------------------------------------------------
    @property
    def unlocked(self) -> bool:
        """Organiser mode is open (not the PIN pad)."""
        return self._outer.currentWidget() is self.workspace

    def show_pin_pad(self) -> None:
        self.confirm_bar.hide()
        self._outer.setCurrentWidget(self.pin_pad)
        self.autolock.set_limit(PIN_PAD_LOCK_AFTER_S)
        self.pin_pad.setFocus()

    def show_workspace(self) -> None:
        """Organiser mode is open: the current page (the first, at first) is shown afresh."""
        self.pin_pad.clear()
        self._outer.setCurrentWidget(self.workspace)
        self.autolock.set_limit(self._lock_after_s)
        page = self.current_page() or (self._pages[0] if self._pages else None)
        if page is not None:
            self.show_page(page)

    def set_lock_after(self, seconds: int) -> None:
        self._lock_after_s = max(1, seconds)
        if self.unlocked:
            self.autolock.set_limit(self._lock_after_s)

    def set_fullscreen_state(self, fullscreen: bool) -> None:
        """What the screen-mode button offers follows the kiosk's current mode."""
        self._fullscreen = fullscreen
        self.screen_mode.setText(
            self.tr("Leave fullscreen") if fullscreen else self.tr("Fullscreen")
        )

    def set_event_name(self, name: str) -> None:
        self._event_name.setText(name)

    def set_branding(self, branding: Branding) -> None:
        self._palette = Palette.from_branding(branding)
        self._metrics = None
        self._apply_style()

    def set_language(self, language: Language) -> None:
        """Content in the organiser's language; the words follow the installed translators."""
        self._language = language
        self.french.setChecked(language is Language.FR)
        self.english.setChecked(language is Language.EN)
        for page in self._pages:
            page.set_language(language)
        # Qt posts LanguageChange for later: the words follow now, with the content.
        self.retranslate()

    @property
    def language(self) -> Language:
        return self._language

    def show_status(self, key: str) -> None:
        """A short line in the header ("pin_changed"), gone at the next page; "" hides it."""
        self._status_key = key
        self._status.setText(self.tr("PIN changed.") if key == "pin_changed" else "")
        self._status.setVisible(bool(key))

    def set_printer_problem(self, problem: PrintResult | None) -> None:
        """The badge printer's trouble in the header, or nothing when it prints again."""
        self._printer_problem = problem
        texts = {
            PrintResult.NO_PRINTER: self.tr(
                "Badge printer: none found. Connect a printer, or ask the venue technician."
            ),
            PrintResult.PRINTER_STOPPED: self.tr(
                "Badge printer: paused. Resume it in the system's printer settings."
            ),
            PrintResult.PRINTER_OFFLINE: self.tr(
                "Badge printer: offline. Check its cable, power and paper."
            ),
            PrintResult.FAILED: self.tr("Badge printer: the last badge failed to print."),
        }
        text = texts.get(problem, "") if problem is not None else ""
        self._alert.setText(text)
        self._alert.setVisible(bool(text))

    def retranslate(self) -> None:
        self.set_printer_problem(self._printer_problem)
        self.pin_pad.retranslate()
        self._mode_title.setText(self.tr("Organiser mode"))
        self.guest_mode.setText(self.tr("Back to guest mode"))
        self.change_pin.setText(self.tr("Change PIN"))
        self.quit.setText(self.tr("Quit Icebreaker"))
        self._confirm_title.setText(self.tr("Quit Icebreaker?"))
        self._confirm_text.setText(
            self.tr("Check-in and the wall stop on this machine until it is started again.")
        )
        self.confirm_quit.setText(self.tr("Quit"))
        self.cancel_quit.setText(self.tr("Stay"))
        self.set_fullscreen_state(self._fullscreen)
        self.show_status(self._status_key)
        self._on_autolock_warning_changed(self._warning_s)
        self._retitle()

    def _retitle(self) -> None:
        for page, nav in zip(self._pages, self._nav_buttons, strict=True):
            nav.setText(page.title())

    # -- Qt ---------------------------------------------------------------------------------
    def input_filters(self) -> Sequence[QObject]:
        return (self._activity,)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt override)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 (Qt override)
        super().resizeEvent(event)
        self._apply_style()

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 (Qt override)
        super().showEvent(event)
        self.autolock.arm()

    def hideEvent(self, event: QHideEvent) -> None:  # noqa: N802 (Qt override)
        super().hideEvent(event)
        self.autolock.disarm()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 (Qt override)
        event.ignore()  # never destroyed by a close: hidden by the controller instead
        if not self.locked:
            self.guest_mode_requested.emit()  # the window manager's close button

    # -- inside ----------------------------------------------------------------------------
    def _apply_style(self) -> None:
        screen = self.screen() or QGuiApplication.primaryScreen()
        dpi = screen.physicalDotsPerInch() if screen is not None else 96.0
        if not 50 <= dpi <= 400:  # virtual and offscreen screens report made-up sizes
            dpi = 96.0
        metrics = organiser_metrics(self.size(), dpi)
        if metrics == self._metrics:
            return
        self._metrics = metrics
        self.setStyleSheet(organiser_stylesheet(self._palette, metrics))
        for page in self._pages:
            self._set_page_margins(page)

    def _set_page_margins(self, page: OrganiserPage) -> None:
        """One margin around every page, the size class's own."""
        layout = page.layout()
        if layout is not None and self._metrics is not None:
            m = self._metrics.margin
            layout.setContentsMargins(m, m * 3 // 4, m, m * 3 // 4)

    def _on_language_clicked(self, language: Language) -> None:
        self.set_language(self._language)  # the buttons show the language in force until then
        if language is not self._language:
            self.language_requested.emit(language)

    def _on_guest_mode_clicked(self) -> None:
        self.guest_mode_requested.emit()

    def _on_screen_mode_clicked(self) -> None:
        self.fullscreen_requested.emit(not self._fullscreen)

    def _on_quit_clicked(self) -> None:
        self.confirm_bar.show()

    def _on_confirm_quit_clicked(self) -> None:
        self.confirm_bar.hide()
        self.quit_requested.emit()

    def _on_autolock_warning_changed(self, seconds: int) -> None:
        self._warning_s = seconds
        self._lock_warning.setText(self.tr("Locking in %n s", None, seconds) if seconds else "")
        self._lock_warning.setVisible(seconds > 0)
