"""Done: up to three people to talk to now, each with a reason, then back to the welcome screen."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Signal
from PySide6.QtGui import QImage, QPixmap
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QStackedWidget, QVBoxLayout, QWidget

from kiosk.core.event import Branding
from kiosk.core.guest import AddressForm, Greeting
from kiosk.ui.badge.printing import PrintResult
from kiosk.ui.checkin import texts
from kiosk.ui.checkin.clock import Countdown, Ticker
from kiosk.ui.checkin.icons import address_icon, greeting_icon
from kiosk.ui.checkin.qrview import QrView
from kiosk.ui.checkin.screen import Screen
from kiosk.ui.checkin.views import SuggestionRow
from kiosk.ui.checkin.widgets import button, label
from kiosk.ui.style import Palette

MAX_SUGGESTIONS = 3
DONE_SECONDS = 20
_ICON = 40


class _Card(QFrame):
    """One person: name, the reason to meet, and how they like to be greeted."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("card")
        self.name = label("cardName", self)
        self.reason = label("cardReason", self)
        self.address_icon = QLabel(self)
        self.address = label("etiquette", self, wrap=False)
        self.greeting_icon = QLabel(self)
        self.greeting = label("etiquette", self, wrap=False)
        self.row: SuggestionRow | None = None
        etiquette = QHBoxLayout()
        for widget in (self.address_icon, self.address, self.greeting_icon, self.greeting):
            etiquette.addWidget(widget)
        etiquette.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.name)
        layout.addWidget(self.reason)
        layout.addLayout(etiquette)


class DoneScreen(Screen):
    """Shows what ``set_suggestions`` gives; ``done_requested`` on tap, ``timed_out`` after 20 s.

    Any touch (``note_activity``, wired by the window) starts the countdown again. "Print my
    badge" asks for ``badge_print_requested`` (the answer comes to ``show_print_result``);
    "Show my QR" asks for ``qr_requested`` (the code comes to ``show_qr``).
    """

    done_requested = Signal()
    timed_out = Signal()
    badge_print_requested = Signal()
    qr_requested = Signal()

    def __init__(self, ticker: Ticker, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("done")
        self._first_name = ""
        self._palette = Palette.from_branding(Branding())
        self.countdown = Countdown(ticker, DONE_SECONDS, self)
        self.countdown.changed.connect(self._on_countdown_changed)
        self.countdown.finished.connect(self.timed_out)
        self._print_result: PrintResult | None = None
        # Drawn once per pictogram and colour: three cards are filled at every tap on "done".
        self._icons: dict[tuple[object, str], QPixmap] = {}
        self._title = label("title", self)
        self._pages = QStackedWidget(self)
        self._suggestions = QWidget(self._pages)
        self._subtitle = label("subtitle", self._suggestions)
        self.cards = [_Card(self._suggestions) for _ in range(MAX_SUGGESTIONS)]
        self._nobody = label("nobody", self._suggestions)
        self.qr_view = QrView(self._pages)
        self.qr_view.close_requested.connect(self.hide_qr)
        self._pages.addWidget(self._suggestions)
        self._pages.addWidget(self.qr_view)
        self.print_status = label("body", self)
        self._countdown_label = label("muted", self, wrap=False)
        self.print_button = button("secondary", self, object_name="printBadge")
        self.print_button.clicked.connect(self._on_print_button_clicked)
        self.qr_button = button("secondary", self, object_name="showQr")
        self.qr_button.clicked.connect(self.qr_requested)
        self._done = button("primary", self, object_name="finish")
        self._done.clicked.connect(self.done_requested)

        page = QVBoxLayout(self._suggestions)
        page.setContentsMargins(0, 0, 0, 0)
        page.addWidget(self._subtitle)
        for card in self.cards:
            page.addWidget(card)
        page.addWidget(self._nobody)
        page.addStretch(1)
        badge = QHBoxLayout()  # a row of its own: with the countdown it overflows in portrait
        badge.addWidget(self.qr_button)
        badge.addWidget(self.print_button)
        badge.addStretch(1)
        actions = QHBoxLayout()
        actions.addWidget(self._countdown_label, 1)
        actions.addWidget(self._done)
        outer = QVBoxLayout(self)
        outer.addLayout(self._header(None, self._title))
        outer.addWidget(self._pages, 1)
        outer.addWidget(self.print_status)
        outer.addLayout(badge)
        outer.addLayout(actions)
        self.reset()

    def set_suggestions(self, first_name: str, rows: Sequence[SuggestionRow]) -> None:
        """The guest's name for the greeting, and up to three people (the rest is ignored)."""
        self._first_name = first_name
        shown = list(rows)[:MAX_SUGGESTIONS]
        for card, row in zip(self.cards, [*shown, *[None] * MAX_SUGGESTIONS], strict=False):
            card.row = row
            card.setVisible(row is not None)
        self._nobody.setVisible(not shown)
        self._subtitle.setVisible(bool(shown))
        self.retranslate()

    def show_qr(self, image: QImage) -> None:
        """The guest's own code, large, in place of the suggestions until "Back"."""
        self.qr_view.set_image(image)
        self._pages.setCurrentWidget(self.qr_view)
        self.qr_button.hide()

    def hide_qr(self) -> None:
        self._pages.setCurrentWidget(self._suggestions)
        self.qr_view.clear()
        self.qr_button.show()

    @property
    def showing_qr(self) -> bool:
        return self._pages.currentWidget() is self.qr_view

    def show_print_result(self, result: PrintResult) -> None:
        """A calm sentence about the badge; only a failure lets the guest try again."""
        self._print_result = result
        self.print_button.setEnabled(result is not PrintResult.PRINTED)
        self.retranslate()

    def _on_print_button_clicked(self) -> None:
        self.print_button.setEnabled(False)  # one badge per tap: the answer re-enables it
        self.badge_print_requested.emit()

    def start_countdown(self) -> None:
        self.countdown.start(DONE_SECONDS)

    def set_colours(self, palette: Palette) -> None:
        self._palette = palette
        self.retranslate()

    def reset(self) -> None:
        self.countdown.stop()
        self.hide_qr()
        self._print_result = None
        self.print_button.setEnabled(True)
        self.set_suggestions("", ())
        for card in self.cards:
            self._fill(card)

    def retranslate(self) -> None:
        if self._first_name:
            self._title.setText(
                texts.fill(self.tr("You're in, %1! Talk to these people"), self._first_name)
            )
        else:
            self._title.setText(self.tr("Talk to these people"))
        self._subtitle.setText(self.tr("They are here now. Say hello and mention the reason."))
        self._nobody.setText(
            self.tr(
                "You are among the first! Nobody matches you yet: watch the wall as people "
                "arrive, your suggestions will show there."
            )
        )
        self._done.setText(self.tr("Done"))
        self.print_button.setText(self.tr("Print my badge"))
        self.qr_button.setText(self.tr("Show my QR code"))
        self.print_status.setText(self._print_text(self._print_result))
        self.print_status.setVisible(self._print_result is not None)
        self.qr_view.retranslate()
        for card in self.cards:
            self._fill(card)
        self._on_countdown_changed(self.countdown.remaining)

    def _print_text(self, result: PrintResult | None) -> str:
        # Whatever the printer does, the check-in is stored: these only speak of the badge.
        if result is PrintResult.PRINTED:
            return self.tr("Your badge is printing: pick it up at the printer.")
        if result is PrintResult.NO_PRINTER:
            return self.tr("There is no printer here: ask at the desk for your badge.")
        if result is PrintResult.PRINTER_STOPPED:
            return self.tr("The printer is paused: ask at the desk for your badge.")
        if result is PrintResult.PRINTER_OFFLINE:
            return self.tr("The printer is offline: ask at the desk for your badge.")
        if result is PrintResult.FAILED:
            return self.tr("Your badge could not be printed. You can try again or ask at the desk.")
        return ""

    def _fill(self, card: _Card) -> None:
        row = card.row
        if row is None:
            for widget in (card.name, card.reason, card.address, card.greeting):
                widget.setText("")
            card.address_icon.clear()
            card.greeting_icon.clear()
            return
        card.name.setText(texts.display_name(row.first_name, row.last_initial))
        card.reason.setText(texts.reason(row, self.language))
        address, greeting = row.etiquette.address_form, row.etiquette.greeting
        # "Either" says nothing worth reading: only real preferences are shown.
        show_address = address is not AddressForm.EITHER
        show_greeting = greeting is not Greeting.EITHER
        card.address.setText(texts.address_form(address) if show_address else "")
        card.greeting.setText(texts.greeting(greeting) if show_greeting else "")
        card.address_icon.setPixmap(self._icon(address))
        card.greeting_icon.setPixmap(self._icon(greeting))
        for widget, shown in (
            (card.address_icon, show_address),
            (card.address, show_address),
            (card.greeting_icon, show_greeting),
            (card.greeting, show_greeting),
        ):
            widget.setVisible(shown)

    def _icon(self, kind: AddressForm | Greeting) -> QPixmap:
        colour = self._palette.text
        icon = self._icons.get((kind, colour))
        if icon is None:
            if isinstance(kind, AddressForm):
                icon = address_icon(kind, _ICON, colour)
            else:
                icon = greeting_icon(kind, _ICON, colour)
            self._icons[(kind, colour)] = icon
        return icon

    def _on_countdown_changed(self, remaining: int) -> None:
        if self.countdown.running:
            self._countdown_label.setText(
                self.tr("Back to the start in %n s. Touch the screen to stay.", None, remaining)
            )
        else:
            self._countdown_label.setText("")

    def note_activity(self) -> None:
        """Someone touched the screen: they are reading, give them the full time again."""
        if self.countdown.running:
            self.countdown.start(DONE_SECONDS)
