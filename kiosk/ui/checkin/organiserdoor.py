"""The organiser's way in: a long press on the kiosk's top-left corner, shown by a faint ring."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QRectF, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QMouseEvent, QPainter, QPaintEvent, QPalette, QPen, QPointerEvent
from PySide6.QtWidgets import QWidget

from kiosk.ui.checkin.clock import monotonic_ms

HOLD_MS = 5000  # a guest's tap, or even a hesitant press, is far shorter
REVEAL_MS = 1500  # nothing shows before: a guest resting a hand there sees nothing
CORNER_PX = 64  # the square, from the window's top-left corner; no button reaches into it
SLOP_PX = 24  # a finger rolls a little while it holds
POLL_MS = 40  # the ring moves at 25 frames a second while held
RING_PX = 112

_PRESS = (QEvent.Type.MouseButtonPress, QEvent.Type.TouchBegin)
_MOVE = (QEvent.Type.MouseMove, QEvent.Type.TouchUpdate)
_END = (QEvent.Type.MouseButtonRelease, QEvent.Type.TouchEnd, QEvent.Type.TouchCancel)


class DoorRing(QWidget):
    """A thin ring filling up around the finger: "keep holding"; it never takes input."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("organiserDoorRing")
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.setAttribute(Qt.WidgetAttribute.WA_NoSystemBackground)
        self.setGeometry(0, 0, RING_PX, RING_PX)
        self.progress = 0.0
        self.hide()

    def set_progress(self, fraction: float) -> None:
        self.progress = max(0.0, min(1.0, fraction))
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 (Qt override)
        colour = QColor(self.palette().color(QPalette.ColorRole.WindowText))
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        box = QRectF(self.rect()).adjusted(8, 8, -8, -8)
        track = QColor(colour)
        track.setAlphaF(0.15)
        painter.setPen(QPen(track, 6))
        painter.drawEllipse(box)
        colour.setAlphaF(0.6)
        painter.setPen(QPen(colour, 6, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap))
        # Qt angles are in 1/16 degree, counter-clockwise from 3 o'clock: start at 12, go clockwise.
        painter.drawArc(box, 90 * 16, -round(self.progress * 360 * 16))
        painter.end()


class OrganiserDoor(QObject):
    """Event filter on the kiosk's QWindow; ``opened`` after a HOLD_MS press in the corner.

    Mouse and touch alike (a touch also arrives as a synthesised mouse press: one hold).
    A press in the corner is held back while it lasts: released (or moved away) before
    the ring would show, it is given to the screen then, so a guest's tap there works as
    before, only at the release; the welcome screen, which starts on a press, does not
    start under the organiser's finger. A hold given up later does nothing. Once open, the
    rest of that press is swallowed.
    """

    opened = Signal()

    def __init__(
        self,
        window: QWidget,
        clock: Callable[[], int] = monotonic_ms,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent or window)
        self._window = window
        self._clock = clock
        self._pressed_at: int | None = None
        self._held: QEvent | None = None  # the mouse press held back, to give on a short tap
        self._swallow = False
        self._replaying = False
        self.enabled = True
        self.ring = DoorRing(window)
        self.timer = QTimer(self)
        self.timer.setInterval(POLL_MS)
        self.timer.timeout.connect(self.poll)

    @property
    def holding(self) -> bool:
        return self._pressed_at is not None

    def poll(self) -> bool:
        """Look at the clock: show the ring's progress, or open (the timer calls this).
        True when the door opened now."""
        if self._pressed_at is None:
            return False
        held = self._clock() - self._pressed_at
        if held >= HOLD_MS:
            self.cancel()
            self._swallow = True
            self.opened.emit()
            return True
        if held >= REVEAL_MS:
            self.ring.set_progress((held - REVEAL_MS) / (HOLD_MS - REVEAL_MS))
            if not self.ring.isVisible():
                self.ring.show()
                self.ring.raise_()
        return False

    def cancel(self) -> None:
        """Forget the press in progress (its held-back mouse press too)."""
        self._pressed_at = None
        self._held = None
        self.timer.stop()
        self.ring.hide()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt override)
        if self._replaying:
            return False
        kind = event.type()
        if kind == QEvent.Type.TouchBegin:
            assert isinstance(event, QPointerEvent)
            self._swallow = False
            self._start(event)
            return False
        if kind == QEvent.Type.MouseButtonPress:
            assert isinstance(event, QMouseEvent)
            if event.button() != Qt.MouseButton.LeftButton:
                return False  # a finger is a left button; anything else is not ours
            if self._pressed_at is None:
                self._swallow = False
                if not self._start(event):
                    return False
            elif self._held is not None:
                return False  # another button meanwhile: not ours to hold
            self._held = event.clone()  # the press itself, or the one synthesised from a touch
            return True
        if kind == QEvent.Type.MouseButtonDblClick:
            # A second tap soon after the first: Qt adds this after the press, and a
            # widget takes it for a press. Held back (or swallowed) like the press itself.
            return self._pressed_at is not None or self._swallow
        if kind in _MOVE:
            if self._pressed_at is not None:
                assert isinstance(event, QPointerEvent)
                if event.pointCount() != 1 or not _near_corner(event, SLOP_PX):
                    self._give_up()
            return self._swallow
        if kind in _END:
            if self._pressed_at is not None and not self.poll():
                self._give_up()
            return self._swallow
        return False

    def _start(self, event: QPointerEvent) -> bool:
        if not self.enabled or event.pointCount() != 1 or not _near_corner(event, 0):
            return False
        self._pressed_at = self._clock()
        self.timer.start()
        return True

    def _give_up(self) -> None:
        """Released or moved away before the door opened."""
        assert self._pressed_at is not None
        tap = self._clock() - self._pressed_at < REVEAL_MS
        press = self._held
        self.cancel()
        if not tap:
            self._swallow = True  # a deliberate hold, given up: the rest of it does nothing
        elif press is not None:
            self._replay(press)

    def _replay(self, press: QEvent) -> None:
        self._replaying = True
        try:  # to the QWindow the press came through: every filter and widget as before
            QCoreApplication.sendEvent(self._window.windowHandle(), press)
        finally:
            self._replaying = False


def _near_corner(event: QPointerEvent, slop: int) -> bool:
    position = event.points()[0].position()
    return position.x() <= CORNER_PX + slop and position.y() <= CORNER_PX + slop
