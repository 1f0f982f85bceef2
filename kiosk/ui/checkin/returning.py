"""Welcome back: a guest already checked in can see their people, change tags or withdraw."""

from __future__ import annotations

from PySide6.QtCore import Signal, SignalInstance
from PySide6.QtWidgets import QHBoxLayout, QVBoxLayout, QWidget

from kiosk.ui.checkin import texts
from kiosk.ui.checkin.screen import Screen
from kiosk.ui.checkin.views import ReturningGuest
from kiosk.ui.checkin.widgets import button, label


class ReturningScreen(Screen):
    """Withdrawing consent takes one tap; changing tags first proves who is at the screen.

    Signals carry the guest id so the controller never has to remember whose screen it is.
    """

    suggestions_requested = Signal(str)
    tag_change_requested = Signal(str)  # the controller answers with the verify screen
    consent_withdrawal_requested = Signal(str)
    done_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("returning")
        self._guest: ReturningGuest | None = None
        self._title = label("title", self)
        self._status = label("body", self)
        self._see = button("primary", self, object_name="seeSuggestions")
        self._change = button("secondary", self, object_name="changeTags")
        self._withdraw = button("secondary", self, object_name="withdraw")
        self._done = button("quiet", self, object_name="finish")
        self._see.clicked.connect(lambda: self._emit_for_guest(self.suggestions_requested))
        self._change.clicked.connect(lambda: self._emit_for_guest(self.tag_change_requested))
        self._withdraw.clicked.connect(
            lambda: self._emit_for_guest(self.consent_withdrawal_requested)
        )
        self._done.clicked.connect(self.done_requested)
        outer = QVBoxLayout(self)
        outer.addLayout(self._header(None, self._title))
        outer.addWidget(self._status)
        outer.addStretch(1)
        for widget in (self._see, self._change, self._withdraw):
            outer.addWidget(widget)
        outer.addStretch(1)
        bottom = QHBoxLayout()
        bottom.addStretch(1)
        bottom.addWidget(self._done)
        outer.addLayout(bottom)
        self.retranslate()

    def set_guest(self, guest: ReturningGuest) -> None:
        self._guest = guest
        self.retranslate()

    def show_consent_withdrawn(self) -> None:
        """The controller withdrew both consents: say so, and there is nothing left to withdraw."""
        if self._guest is not None:
            self.set_guest(ReturningGuest(self._guest.guest_id, self._guest.first_name))

    def reset(self) -> None:
        self._guest = None
        self.retranslate()

    def retranslate(self) -> None:
        guest = self._guest
        name = guest.first_name if guest is not None else ""
        self._title.setText(texts.fill(self.tr("Welcome back, %1!"), name) if name else "")
        visible = guest is not None and (
            guest.consents.on_wall or guest.consents.suggested_to_others
        )
        if guest is None:
            self._status.setText("")
        elif visible:
            self._status.setText(
                self.tr("You can be seen on the wall or suggested to others. One tap stops it.")
            )
        else:
            self._status.setText(
                self.tr("You are not shown on the wall and not suggested to anyone.")
            )
        self._withdraw.setVisible(visible)
        self._see.setText(self.tr("See who to talk to"))
        self._change.setText(self.tr("Change my tags"))
        self._withdraw.setText(self.tr("Stop showing me on the wall and to others"))
        self._done.setText(self.tr("That's all, thanks"))

    def _emit_for_guest(self, signal: SignalInstance) -> None:
        if self._guest is not None:
            signal.emit(self._guest.guest_id)
