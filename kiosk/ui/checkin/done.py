"""Done: up to three people to talk to now, each with a reason, then back to the welcome screen."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from kiosk.core.event import Branding
from kiosk.core.guest import AddressForm, Greeting
from kiosk.ui.checkin import texts
from kiosk.ui.checkin.clock import Countdown, Ticker
from kiosk.ui.checkin.icons import address_icon, greeting_icon
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

    Any touch (``note_activity``, wired by the window) starts the countdown again.
    """

    done_requested = Signal()
    timed_out = Signal()

    def __init__(self, ticker: Ticker, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("done")
        self._first_name = ""
        self._palette = Palette.from_branding(Branding())
        self.countdown = Countdown(ticker, DONE_SECONDS, self)
        self.countdown.changed.connect(self._on_countdown_changed)
        self.countdown.finished.connect(self.timed_out)
        self._title = label("title", self)
        self._subtitle = label("subtitle", self)
        self.cards = [_Card(self) for _ in range(MAX_SUGGESTIONS)]
        self._nobody = label("nobody", self)
        self._countdown_label = label("muted", self, wrap=False)
        self._done = button("primary", self, object_name="finish")
        self._done.clicked.connect(self.done_requested)

        actions = QHBoxLayout()
        actions.addWidget(self._countdown_label, 1)
        actions.addWidget(self._done)
        outer = QVBoxLayout(self)
        outer.addLayout(self._header(None, self._title))
        outer.addWidget(self._subtitle)
        for card in self.cards:
            outer.addWidget(card)
        outer.addWidget(self._nobody)
        outer.addStretch(1)
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

    def start_countdown(self) -> None:
        self.countdown.start(DONE_SECONDS)

    def set_colours(self, palette: Palette) -> None:
        self._palette = palette
        self.retranslate()

    def reset(self) -> None:
        self.countdown.stop()
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
        for card in self.cards:
            self._fill(card)
        self._on_countdown_changed(self.countdown.remaining)

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
        colour = self._palette.text
        card.address_icon.setPixmap(address_icon(address, _ICON, colour))
        card.greeting_icon.setPixmap(greeting_icon(greeting, _ICON, colour))
        for widget, shown in (
            (card.address_icon, show_address),
            (card.address, show_address),
            (card.greeting_icon, show_greeting),
            (card.greeting, show_greeting),
        ):
            widget.setVisible(shown)

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
