"""Idle: after the event's idle time a visible warning with a countdown, then a reset signal."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QVBoxLayout, QWidget

from kiosk.core.event import DEFAULT_IDLE_TIMEOUT_S
from kiosk.ui.checkin.clock import Countdown, Ticker
from kiosk.ui.checkin.widgets import button, label

WARNING_SECONDS = 20


class IdleMonitor(QObject):
    """Counts seconds without a touch on the ticker's beat; armed only during a journey.

    ``warning_started`` when the guest seems gone, ``warning_changed`` every second of the
    warning, ``warning_cancelled`` if they touch the screen, ``idle_timed_out`` otherwise.
    """

    warning_started = Signal()
    warning_changed = Signal(int)
    warning_cancelled = Signal()
    idle_timed_out = Signal()

    def __init__(
        self,
        ticker: Ticker,
        idle_seconds: int = DEFAULT_IDLE_TIMEOUT_S,
        warning_seconds: int = WARNING_SECONDS,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._idle_seconds = idle_seconds
        self._quiet = 0
        self._armed = False
        self.countdown = Countdown(ticker, warning_seconds, self)
        self.countdown.changed.connect(self.warning_changed)
        self.countdown.finished.connect(self._on_countdown_finished)
        ticker.ticked.connect(self._on_ticker_ticked)

    @property
    def warning(self) -> bool:
        return self.countdown.running

    @property
    def armed(self) -> bool:
        return self._armed

    def set_idle_seconds(self, seconds: int) -> None:
        self._idle_seconds = max(1, seconds)

    def arm(self) -> None:
        """A guest is in a journey: start counting from now."""
        if not self._armed:
            self._armed = True
            self._quiet = 0

    def disarm(self) -> None:
        """Back on the welcome screen: nothing to time out."""
        self._armed = False
        self._quiet = 0
        if self.countdown.running:
            self.countdown.stop()
            self.warning_cancelled.emit()

    def note_activity(self) -> None:
        self._quiet = 0
        if self.countdown.running:
            self.countdown.stop()
            self.warning_cancelled.emit()

    def _on_ticker_ticked(self) -> None:
        if not self._armed or self.countdown.running:
            return
        self._quiet += 1
        if self._quiet >= self._idle_seconds:
            self.warning_started.emit()
            self.countdown.start()

    def _on_countdown_finished(self) -> None:
        self._armed = False
        self._quiet = 0
        self.idle_timed_out.emit()


class IdleOverlay(QWidget):
    """Covers the window during the warning: "Still there?", the seconds left, "Continue"."""

    continue_requested = Signal()

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("idleOverlay")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground)
        card = QFrame(self)
        card.setObjectName("idleCard")
        self._title = label("title", card)
        self._title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._seconds = label("subtitle", card)
        self._seconds.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._continue = button("primary", card, object_name="continue")
        self._continue.clicked.connect(self.continue_requested)
        inner = QVBoxLayout(card)
        inner.addWidget(self._title)
        inner.addWidget(self._seconds)
        inner.addWidget(self._continue)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(card, 2)
        row.addStretch(1)
        outer = QVBoxLayout(self)
        outer.addStretch(1)
        outer.addLayout(row)
        outer.addStretch(1)
        self._remaining = WARNING_SECONDS
        parent.installEventFilter(self)
        self.hide()
        self.retranslate()

    def show_remaining(self, seconds: int) -> None:
        self._remaining = seconds
        self._seconds.setText(self.tr("Starting over in %n s.", None, seconds))

    def retranslate(self) -> None:
        self._title.setText(self.tr("Are you still there?"))
        self._continue.setText(self.tr("Yes, continue"))
        self.show_remaining(self._remaining)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt override)
        parent = self.parentWidget()
        if watched is parent and event.type() == QEvent.Type.Resize and parent is not None:
            self.setGeometry(parent.rect())  # always cover the whole window
        return False

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt override)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
