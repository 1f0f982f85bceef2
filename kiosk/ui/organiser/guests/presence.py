"""A guest's presence: here or not, their check-ins (station, times), and the fixes for them."""

from __future__ import annotations

from datetime import tzinfo

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from kiosk.core.attendance import CheckIn
from kiosk.core.guest import Language
from kiosk.ui.checkin.widgets import label as _label  # plain text, wrapped
from kiosk.ui.organiser.dashboard.views import clock_time

HISTORY_SHOWN = 4


class PresencePanel(QWidget):
    """Emits what the organiser asks: check in by hand, check out, or undo a check-in."""

    check_in_requested = Signal()
    check_out_requested = Signal(str)  # check-in id
    undo_requested = Signal(str)  # check-in id

    def __init__(self, parent: QWidget | None = None, *, tz: tzinfo | None = None) -> None:
        super().__init__(parent)
        self._tz = tz
        self._language = Language.FR
        self._check_ins: tuple[CheckIn, ...] = ()
        self.state = _label("subtitle", self)
        self.history = _label("muted", self)
        self.check_in = QPushButton(self)
        self.check_in.setProperty("role", "primary")
        self.check_out = QPushButton(self)
        self.check_out.setProperty("role", "secondary")
        self.undo = QPushButton(self)
        self.undo.setProperty("role", "danger")
        self.check_in.clicked.connect(self.check_in_requested)
        self.check_out.clicked.connect(self._on_check_out_clicked)
        self.undo.clicked.connect(self._on_undo_clicked)
        buttons = QHBoxLayout()
        for button in (self.check_in, self.check_out, self.undo):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.state)
        layout.addWidget(self.history)
        layout.addLayout(buttons)

    @property
    def active(self) -> CheckIn | None:
        return next((c for c in self._check_ins if c.active), None)

    def set_check_ins(self, check_ins: tuple[CheckIn, ...]) -> None:
        """Every check-in of the guest, latest first."""
        self._check_ins = check_ins
        self.retranslate()

    def set_language(self, language: Language) -> None:
        self._language = language
        self.retranslate()

    def _time(self, check_in: CheckIn) -> str:
        return clock_time(check_in.checked_in_at, self._language, self._tz)

    def retranslate(self) -> None:
        self.check_in.setText(self.tr("Check in by hand"))
        self.check_out.setText(self.tr("Check out"))
        self.undo.setText(self.tr("Undo check-in"))
        active = self.active
        if active is not None:
            self.state.setText(
                self.tr("Here since %1, checked in at %2")
                .replace("%1", self._time(active))
                .replace("%2", active.station or "?")
            )
        elif self._check_ins:
            self.state.setText(self.tr("Not here now"))
        else:
            self.state.setText(self.tr("Not checked in yet"))
        self.history.setText("\n".join(self._line(c) for c in self._check_ins[:HISTORY_SHOWN]))
        self.history.setVisible(bool(self._check_ins))
        self.check_in.setEnabled(active is None)
        self.check_out.setEnabled(active is not None)
        self.undo.setEnabled(active is not None)

    def _line(self, check_in: CheckIn) -> str:
        arrived = (
            self.tr("Checked in at %1 (%2)")
            .replace("%1", self._time(check_in))
            .replace("%2", check_in.station or "?")
        )
        if check_in.undone_at is not None:
            ended = self.tr("undone at %1").replace(
                "%1", clock_time(check_in.undone_at, self._language, self._tz)
            )
        elif check_in.checked_out_at is not None:
            ended = self.tr("left at %1").replace(
                "%1", clock_time(check_in.checked_out_at, self._language, self._tz)
            )
        else:
            ended = self.tr("still here")
        return f"{arrived} · {ended}"

    def _on_check_out_clicked(self) -> None:
        if (active := self.active) is not None:
            self.check_out_requested.emit(active.id)

    def _on_undo_clicked(self) -> None:
        if (active := self.active) is not None:
            self.undo_requested.emit(active.id)
