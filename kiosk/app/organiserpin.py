"""The PIN pad's conversations: unlock, choose a first PIN, change it; argon2 on the worker."""

from __future__ import annotations

import logging
from collections.abc import Callable
from enum import Enum
from typing import TypeVar

from PySide6.QtCore import QObject, Signal

from kiosk.app.worker import ServiceWorker
from kiosk.core.pinpolicy import check_pin
from kiosk.services.pin import PinAlreadySetError, PinCheck, PinOutcome, PinRefusedError, PinStore
from kiosk.ui.organiser.pinpad import PinPad, PinStep

log = logging.getLogger(__name__)
T = TypeVar("T")


class PinFlow(Enum):
    UNLOCK = "unlock"  # the door: the PIN (or, with none set, a first one) opens organiser mode
    CHANGE = "change"  # inside organiser mode: the current PIN, then a new one twice


class PinConversation(QObject):
    """Drives ``pad`` through one flow at a time; PINs stay in local variables, never logged.

    ``unlocked`` when the right PIN (or a first PIN just chosen) opens organiser mode,
    ``changed`` when a new PIN is saved, ``cancelled(PinFlow)`` on the pad's Cancel.
    A first PIN may be chosen only when ``may_choose()`` (a windowed kiosk): a locked one
    says to use the console. Answers of an abandoned flow are dropped.
    """

    unlocked = Signal()
    changed = Signal()
    cancelled = Signal(object)  # PinFlow

    def __init__(
        self,
        pad: PinPad,
        store: PinStore,
        worker: ServiceWorker,
        *,
        may_choose: Callable[[], bool],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._pad = pad
        self._store = store
        self._worker = worker
        self._may_choose = may_choose
        self._flow = PinFlow.UNLOCK
        self._generation = 0
        self._first_entry = ""  # the new PIN's first entry, until it is typed again
        pad.pin_entered.connect(self._on_pad_pin_entered)
        pad.cancelled.connect(self._on_pad_cancelled)

    @property
    def flow(self) -> PinFlow:
        return self._flow

    def start(self, flow: PinFlow) -> None:
        """Ask for the PIN (after learning whether one is set and whether a wait runs)."""
        self._begin(flow)
        self._pad.set_step(PinStep.CURRENT if flow is PinFlow.CHANGE else PinStep.UNLOCK)
        self._pad.show_checking()
        store = self._store
        self._submit(lambda: (store.is_set(), store.throttled_for()), self._on_state_read)

    def abandon(self) -> None:
        """The pad is put away: late answers are dropped, the first entry forgotten."""
        self._begin(self._flow)
        self._pad.clear()

    # -- the pad ---------------------------------------------------------------------------
    def _on_pad_pin_entered(self, pin: str) -> None:
        step, store = self._pad.step, self._store
        if step in (PinStep.UNLOCK, PinStep.CURRENT):
            self._pad.show_checking()
            self._submit(lambda: (store.check(pin), store.throttled_for()), self._on_checked)
        elif step is PinStep.CHOOSE:
            problem = check_pin(pin)
            if problem is not None:
                self._pad.show_problem(problem)
            else:
                self._first_entry = pin
                self._pad.set_step(PinStep.REPEAT)
        elif step is PinStep.REPEAT:
            if pin != self._first_entry:
                self._first_entry = ""
                self._pad.show_mismatch()
                return
            self._first_entry = ""
            self._pad.show_checking()
            reset = self._flow is PinFlow.CHANGE  # the current PIN was just proved
            self._submit(lambda: store.set(pin, reset=reset), self._on_saved)

    def _on_pad_cancelled(self) -> None:
        flow = self._flow
        self.abandon()
        self.cancelled.emit(flow)

    # -- answers ---------------------------------------------------------------------------
    def _on_state_read(self, state: tuple[bool, int]) -> None:
        is_set, wait_s = state
        if is_set:
            self._pad.set_step(PinStep.CURRENT if self._flow is PinFlow.CHANGE else PinStep.UNLOCK)
            if wait_s > 0:
                self._pad.show_throttled(wait_s)
        elif self._flow is PinFlow.CHANGE or self._may_choose():
            self._pad.set_step(PinStep.CHOOSE)
        else:
            self._pad.set_step(PinStep.NOT_SET)

    def _on_checked(self, answer: tuple[PinCheck, int]) -> None:
        check, wait_s = answer
        if check.outcome is PinOutcome.OK:
            if self._flow is PinFlow.UNLOCK:
                self._pad.clear()
                self.unlocked.emit()
            else:
                self._pad.set_step(PinStep.CHOOSE)
        elif check.outcome is PinOutcome.THROTTLED:
            self._pad.show_throttled(check.wait_s)
        elif check.outcome is PinOutcome.NOT_SET:  # removed at the console meanwhile
            self.start(self._flow)
        else:
            self._pad.show_wrong()
            if wait_s > 0:  # that failure starts a wait: say so now, not at the next try
                self._pad.show_throttled(wait_s)

    def _on_saved(self, _nothing: None) -> None:
        self._pad.clear()
        if self._flow is PinFlow.UNLOCK:
            self.unlocked.emit()
        else:
            self.changed.emit()

    def _on_failed(self, error: Exception) -> None:
        if isinstance(error, PinRefusedError):
            self._pad.show_problem(error.problem)
        elif isinstance(error, PinAlreadySetError):  # set at the console meanwhile
            self.start(self._flow)
        elif isinstance(error, OSError):
            log.warning("the PIN file cannot be read or written: %s", error.strerror)
            self._pad.show_unavailable()
        else:
            log.error("bug in the PIN check", exc_info=error)
            self._pad.show_unavailable()

    # -- inside ----------------------------------------------------------------------------
    def _begin(self, flow: PinFlow) -> None:
        self._flow = flow
        self._generation += 1
        self._first_entry = ""

    def _submit(self, call: Callable[[], T], on_done: Callable[[T], None]) -> None:
        generation = self._generation

        def done(result: T) -> None:
            if generation == self._generation:
                on_done(result)

        def failed(error: Exception) -> None:
            if generation == self._generation:
                self._on_failed(error)

        self._worker.submit(call, done, failed)
