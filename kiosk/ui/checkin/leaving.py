"""Leaving: confirm who is leaving, then say goodbye; the wall and suggestions drop them."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QVBoxLayout, QWidget

from kiosk.core.search import SearchHit
from kiosk.ui.checkin import texts
from kiosk.ui.checkin.clock import Countdown, Ticker
from kiosk.ui.checkin.screen import Screen
from kiosk.ui.checkin.widgets import button, label

FAREWELL_SECONDS = 10


class LeavingScreen(Screen):
    """Confirm page (``check_out_requested(guest_id)``), then the controller's ``show_farewell``."""

    check_out_requested = Signal(str)
    back_requested = Signal()
    done_requested = Signal()
    timed_out = Signal()  # the goodbye stays up only briefly: the name must not linger

    def __init__(self, ticker: Ticker, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("leaving")
        self.countdown = Countdown(ticker, FAREWELL_SECONDS, self)
        self.countdown.finished.connect(self.timed_out)
        self._hit: SearchHit | None = None
        self._farewell = False
        self._title = label("title", self)
        self._explain = label("body", self)
        self._confirm = button("primary", self, object_name="confirmLeaving")
        self._confirm.clicked.connect(self._on_confirm_clicked)
        self._back = button("quiet", self, object_name="back")
        self._back.clicked.connect(self.back_requested)
        self._done = button("primary", self, object_name="finish")
        self._done.clicked.connect(self.done_requested)
        actions = QHBoxLayout()
        actions.addWidget(self._back)
        actions.addStretch(1)
        actions.addWidget(self._confirm)
        actions.addWidget(self._done)
        outer = QVBoxLayout(self)
        outer.addLayout(self._header(None, None))
        outer.addStretch(1)
        outer.addWidget(self._title)
        outer.addWidget(self._explain)
        outer.addStretch(2)
        outer.addLayout(actions)
        self.retranslate()

    def set_guest(self, hit: SearchHit) -> None:
        self._hit = hit
        self._farewell = False
        self.retranslate()

    def show_farewell(self) -> None:
        self._farewell = True
        self.countdown.start(FAREWELL_SECONDS)
        self.retranslate()

    def reset(self) -> None:
        self.countdown.stop()
        self._hit = None
        self._farewell = False
        self.retranslate()

    def retranslate(self) -> None:
        name = texts.display_name(self._hit.first_name, self._hit.last_initial) if self._hit else ""
        if self._farewell:
            first = self._hit.first_name if self._hit else ""
            self._title.setText(texts.fill(self.tr("Thank you for coming, %1!"), first))
            self._explain.setText(
                self.tr("You no longer appear on the wall or in suggestions. Have a good evening.")
            )
        else:
            self._title.setText(texts.fill(self.tr("Leaving already, %1?"), name) if name else "")
            self._explain.setText(
                self.tr("Once you confirm, you disappear from the wall and from suggestions.")
            )
        self._confirm.setText(self.tr("Yes, I'm leaving"))
        self._back.setText(self.tr("← Not me"))
        self._done.setText(self.tr("Done"))
        self._confirm.setVisible(not self._farewell)
        self._back.setVisible(not self._farewell)
        self._done.setVisible(self._farewell)

    def _on_confirm_clicked(self) -> None:
        if self._hit is not None:
            self.check_out_requested.emit(self._hit.guest_id)
