"""The PIN pad in front of organiser mode: big digit keys, masked dots, the throttle's wait."""

from __future__ import annotations

from enum import Enum

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QFrame, QGridLayout, QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from kiosk.core.pinpolicy import MAX_LENGTH, MIN_LENGTH, PinProblem
from kiosk.ui.checkin.clock import Countdown, Ticker
from kiosk.ui.checkin.widgets import button, label

DOT = "\u25cf"  # ● one per digit typed: the PIN itself is never drawn


class PinStep(Enum):
    """What the pad asks for."""

    UNLOCK = "unlock"  # the PIN, to open organiser mode
    CURRENT = "current"  # the PIN in use, before changing it
    CHOOSE = "choose"  # a new PIN
    REPEAT = "repeat"  # the new PIN again
    NOT_SET = "not_set"  # no PIN and a locked kiosk: only the console may set one


class PinPad(QWidget):
    """Passive: ``pin_entered(pin)`` when the organiser presses OK, ``cancelled`` on Cancel.

    The digits live in this widget only (never in a text field, a log or a signal other
    than ``pin_entered``); ``set_step`` and every outcome clear them. While a throttle wait
    runs (``show_throttled``), the keys are off and the seconds count down on ``ticker``.
    """

    pin_entered = Signal(str)
    cancelled = Signal()

    def __init__(self, ticker: Ticker, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("pinPad")
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)  # a USB keyboard types too
        self._digits = ""
        self._step = PinStep.UNLOCK
        self._message = ""  # which message key is shown (kept for retranslation)
        self._problem: PinProblem | None = None
        self._checking = False
        self.countdown = Countdown(ticker, 0, self)
        self.countdown.changed.connect(self._on_countdown_changed)
        self.countdown.finished.connect(self._on_countdown_finished)

        card = QFrame(self)
        card.setObjectName("pinCard")
        self._title = label("title", card)
        self._hint = label("subtitle", card)
        self._dots = label("pinDots", card)
        self._message_label = label("refusal", card)
        for text in (self._title, self._hint, self._dots, self._message_label):
            text.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._keys: dict[str, QPushButton] = {}
        grid = QGridLayout()
        grid.setSpacing(10)
        for n, digit in enumerate("123456789"):
            grid.addWidget(self._key(digit, card), n // 3, n % 3)
        self.erase = button("key", card, object_name="erase")
        self.erase.clicked.connect(self._on_erase_clicked)
        self.ok = button("key", card, object_name="ok")
        self.ok.clicked.connect(self._on_ok_clicked)
        grid.addWidget(self.erase, 3, 0)
        grid.addWidget(self._key("0", card), 3, 1)
        grid.addWidget(self.ok, 3, 2)
        self.keypad = QWidget(card)
        self.keypad.setLayout(grid)
        self.cancel = button("secondary", card, object_name="cancel")
        self.cancel.clicked.connect(self.cancelled)

        inner = QVBoxLayout(card)
        inner.setContentsMargins(28, 24, 28, 24)
        inner.setSpacing(12)
        inner.addWidget(self._title)
        inner.addWidget(self._hint)
        inner.addWidget(self._dots)
        inner.addWidget(self._message_label)
        inner.addWidget(self.keypad)
        inner.addWidget(self.cancel)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(card, 0)
        row.addStretch(1)
        outer = QVBoxLayout(self)
        outer.addStretch(1)
        outer.addLayout(row)
        outer.addStretch(1)
        card.setMinimumWidth(420)
        self.retranslate()
        self._refresh()

    # -- what the controller tells ---------------------------------------------------------
    @property
    def step(self) -> PinStep:
        return self._step

    @property
    def typed(self) -> int:
        """How many digits are typed (tests; the dots show the same)."""
        return len(self._digits)

    @property
    def message(self) -> str:
        return self._message_label.text()

    def set_step(self, step: PinStep) -> None:
        """Ask for ``step``; digits, message and the busy state are cleared (not a wait)."""
        self._step = step
        self._digits = ""
        self._checking = False
        if not self.countdown.running:
            self._set_message("")
        self.retranslate()
        self._refresh()

    def show_checking(self) -> None:
        """The PIN is being checked (argon2 is slow on purpose): keys wait."""
        self._digits = ""
        self._checking = True
        self._set_message("")
        self._hint.setText(self.tr("Checking…"))
        self._refresh()

    def show_wrong(self) -> None:
        self._done_checking("wrong")

    def show_mismatch(self) -> None:
        """The second entry differs from the first: back to choosing."""
        self._step = PinStep.CHOOSE
        self._done_checking("mismatch")

    def show_problem(self, problem: PinProblem) -> None:
        """The new PIN breaks a rule (too short, too easy): choose another."""
        self._step = PinStep.CHOOSE
        self._problem = problem
        self._done_checking("problem")

    def show_unavailable(self) -> None:
        """The PIN file could not be read or written on this machine."""
        self._done_checking("unavailable")

    def show_throttled(self, seconds: int) -> None:
        """Too many wrong PINs: nothing may be tried for ``seconds``; they count down."""
        self._checking = False
        self._digits = ""
        self.countdown.start(max(1, seconds))

    def clear(self) -> None:
        """Forget the digits and any message (the pad is put away); a wait keeps running."""
        self._digits = ""
        self._checking = False
        if not self.countdown.running:
            self._set_message("")
        self._refresh()

    # -- words -----------------------------------------------------------------------------
    def retranslate(self) -> None:
        titles = {
            PinStep.UNLOCK: self.tr("Organiser mode"),
            PinStep.CURRENT: self.tr("Change the PIN"),
            PinStep.CHOOSE: self.tr("Choose the organiser PIN"),
            PinStep.REPEAT: self.tr("Choose the organiser PIN"),
            PinStep.NOT_SET: self.tr("No organiser PIN on this machine"),
        }
        hints = {
            PinStep.UNLOCK: self.tr("Type the organiser PIN."),
            PinStep.CURRENT: self.tr("Type the current PIN."),
            PinStep.CHOOSE: self.tr("At least %1 digits, not too easy to guess.").replace(
                "%1", str(MIN_LENGTH)
            ),
            PinStep.REPEAT: self.tr("Type the same PIN again."),
            PinStep.NOT_SET: self.tr("Set one at this machine's console: kiosk set-pin"),
        }
        self._title.setText(titles[self._step])
        self._hint.setText(self.tr("Checking…") if self._checking else hints[self._step])
        self.erase.setText(self.tr("Erase"))
        self.ok.setText(self.tr("OK"))
        self.cancel.setText(self.tr("Cancel"))
        self._set_message(self._message)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt override)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 (Qt override)
        text, key = event.text(), event.key()
        if len(text) == 1 and text in "0123456789":
            self._type(text)
        elif key == Qt.Key.Key_Backspace.value:
            self._on_erase_clicked()
        elif key in (Qt.Key.Key_Return.value, Qt.Key.Key_Enter.value):
            self._on_ok_clicked()
        else:
            super().keyPressEvent(event)

    # -- inside ----------------------------------------------------------------------------
    def _key(self, digit: str, parent: QWidget) -> QPushButton:
        key = button("key", parent, object_name=f"key{digit}")
        key.setText(digit)
        key.clicked.connect(lambda: self._type(digit))
        self._keys[digit] = key
        return key

    def _type(self, digit: str) -> None:
        if self._accepting() and len(self._digits) < MAX_LENGTH:
            self._digits += digit
            self._refresh()

    def _on_erase_clicked(self) -> None:
        if self._accepting():
            self._digits = self._digits[:-1]
            self._refresh()

    def _on_ok_clicked(self) -> None:
        if not self._accepting() or len(self._digits) < MIN_LENGTH:
            return
        pin, self._digits = self._digits, ""
        self._refresh()
        self.pin_entered.emit(pin)

    def _accepting(self) -> bool:
        return (
            not self._checking
            and not self.countdown.running
            and self._step is not (PinStep.NOT_SET)
        )

    def _done_checking(self, message: str) -> None:
        self._checking = False
        self._digits = ""
        self.retranslate()
        self._set_message(message)
        self._refresh()

    def _set_message(self, key: str) -> None:
        self._message = key
        seconds = self.countdown.remaining
        texts = {
            "": "",
            "wrong": self.tr("Wrong PIN."),
            "mismatch": self.tr("The two PINs differ: choose it again."),
            "unavailable": self.tr(
                "The PIN cannot be read or saved on this machine: see the console."
            ),
            "throttled": (
                self.tr("Too many attempts: try again in %n s.", None, seconds)
                if seconds < 120
                else self.tr("Too many attempts: try again in %n min.", None, -(-seconds // 60))
            ),
        }
        text = texts.get(key)
        if key == "problem" and self._problem is not None:
            text = self._problem_text(self._problem)
        self._message_label.setText(text or "")
        self._message_label.setVisible(bool(text))

    def _problem_text(self, problem: PinProblem) -> str:
        return {
            PinProblem.NOT_DIGITS: self.tr("Digits only."),
            PinProblem.TOO_SHORT: self.tr("At least %n digits.", None, MIN_LENGTH),
            PinProblem.TOO_LONG: self.tr("At most %n digits.", None, MAX_LENGTH),
            PinProblem.REPEATED: self.tr("Too easy to guess (repeated digits): choose another."),
            PinProblem.SEQUENCE: self.tr("Too easy to guess (a run of digits): choose another."),
            PinProblem.COMMON: self.tr("Too common a PIN: choose another."),
        }[problem]

    def _refresh(self) -> None:
        accepting = self._accepting()
        for key in self._keys.values():
            key.setEnabled(accepting)
        self.erase.setEnabled(accepting and bool(self._digits))
        self.ok.setEnabled(accepting and len(self._digits) >= MIN_LENGTH)
        self.keypad.setVisible(self._step is not PinStep.NOT_SET)
        self._dots.setVisible(self._step is not PinStep.NOT_SET)
        self._dots.setText(" ".join(DOT * len(self._digits)))

    def _on_countdown_changed(self, _seconds: int) -> None:
        self._set_message("throttled")
        self._refresh()

    def _on_countdown_finished(self) -> None:
        self._set_message("")
        self._refresh()
