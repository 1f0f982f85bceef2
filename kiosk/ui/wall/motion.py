"""The wall's two animations: a cascade of wipes between pages, and the arrivals strip.

Both repaint only what moves (``update(rect)`` on the regions in progress), so an animation
frame costs a few small copies however many guests are on the wall.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Callable, Collection, Sequence
from dataclasses import dataclass

from PySide6.QtCore import QEasingCurve, QObject, QRect, QTimer, QVariantAnimation
from PySide6.QtGui import QPixmap

from kiosk.core.wallview import ArrivalMessage
from kiosk.ui.wall.composition import Composition


@dataclass(frozen=True, slots=True)
class Timings:
    """Milliseconds; tests shorten them, the benchmark drives animations frame by frame."""

    page_ms: int = 12_000
    fade_ms: int = 420  # one region's wipe
    stagger_ms: int = 90
    slide_ms: int = 450
    hold_ms: int = 4_500
    busy_hold_ms: int = 2_500  # when more arrivals are waiting


class Cascade(QObject):
    """Wipes regions one after the other from an old page to the new one.

    A sweep with an accent edge rather than a cross-fade: each animation frame copies only
    the strip the edge crossed since the last frame (no blending), so a frame costs a small
    fraction of a full repaint even when several regions move at once.
    """

    def __init__(self, repaint: Callable[[QRect], None], timings: Timings, parent: QObject) -> None:
        super().__init__(parent)  # dies with the window: no frame after it is gone
        self._repaint = repaint
        self._timings = timings
        self.old: Composition | None = None  # the page being wiped away
        self.regions: tuple[QRect, ...] = ()
        self.edge = 6  # width of the accent line at the wipe front, in pixels
        self._elapsed = 0
        self._curve = QEasingCurve(QEasingCurve.Type.InOutCubic)
        self.animation = QVariantAnimation(self)
        self.animation.setStartValue(0)
        self.animation.valueChanged.connect(self._on_animation_value_changed)
        self.animation.finished.connect(self._on_animation_finished)

    @property
    def active(self) -> bool:
        return self.old is not None

    def start(self, old: Composition, regions: Sequence[QRect]) -> None:
        self.stop()
        self.old, self.regions, self._elapsed = old, tuple(regions), 0
        total = self._timings.fade_ms + self._timings.stagger_ms * max(0, len(regions) - 1)
        self.animation.setEndValue(total)
        self.animation.setDuration(max(1, total))
        self.animation.start()

    def stop(self) -> None:
        """Show the new page everywhere at once (a new state arrived mid-animation)."""
        if self.old is None:
            return
        self.animation.stop()
        pending = [r for i, r in enumerate(self.regions) if self.progress(i) < 1.0]
        self.old, self.regions = None, ()
        for region in pending:
            self._repaint(region)

    def progress(self, index: int, elapsed: int | None = None) -> float:
        """0.0: the region still shows the old page; 1.0: the new one (eased)."""
        at = self._elapsed if elapsed is None else elapsed
        start = index * self._timings.stagger_ms
        linear = min(1.0, max(0.0, (at - start) / max(1, self._timings.fade_ms)))
        return self._curve.valueForProgress(linear)

    def front(self, index: int, elapsed: int | None = None) -> int:
        """The x of the wipe edge in region ``index``: new page left of it, old page right."""
        region = self.regions[index]
        return region.left() + round(self.progress(index, elapsed) * region.width())

    def _on_animation_value_changed(self, value: object) -> None:
        before = self._elapsed
        self._elapsed = int(value) if isinstance(value, int | float) else 0
        for i, region in enumerate(self.regions):
            old_x, new_x = self.front(i, before), self.front(i)
            if old_x != new_x:
                # Only the strip the edge swept (and the edge itself) changed on screen.
                left = min(old_x, new_x) - self.edge
                strip = QRect(
                    left, region.top(), abs(new_x - old_x) + 2 * self.edge, region.height()
                )
                self._repaint(strip.intersected(region))

    def _on_animation_finished(self) -> None:
        # Every region reached 1.0 in the last step and was repainted then: nothing to redo.
        self.old, self.regions = None, ()


class Banner(QObject):
    """Arrivals, one at a time: slide up, stay, slide down; the next waits in a queue."""

    def __init__(
        self,
        repaint: Callable[[], None],
        timings: Timings,
        on_change: Callable[[], None],
        parent: QObject,
    ) -> None:
        super().__init__(parent)
        self._repaint = repaint
        self._on_change = on_change
        self._timings = timings
        self.queue: deque[ArrivalMessage] = deque()
        self.current: ArrivalMessage | None = None
        self.pixmap: QPixmap | None = None
        self.shown = 0.0  # 0: hidden below the screen, 1: fully up
        self.animation = QVariantAnimation(self)
        self.animation.setEasingCurve(QEasingCurve.Type.OutCubic)
        self.animation.valueChanged.connect(self._on_animation_value_changed)
        self.animation.finished.connect(self._on_animation_finished)
        self._hold = QTimer(self)
        self._hold.setSingleShot(True)
        self._hold.timeout.connect(self._on_hold_timeout)

    def push(self, message: ArrivalMessage) -> None:
        self.queue.append(message)
        if self.current is None:
            self._next()

    def _next(self) -> None:
        self.current = self.queue.popleft() if self.queue else None
        self.pixmap = None
        self.shown = 0.0
        self._on_change()  # the window renders the pixmap for the new message
        if self.current is not None:
            self._slide(0.0, 1.0)

    def _slide(self, start: float, end: float) -> None:
        self.animation.stop()
        self.animation.setStartValue(start)
        self.animation.setEndValue(end)
        self.animation.setDuration(max(1, self._timings.slide_ms))
        self.animation.start()

    def _on_animation_value_changed(self, value: object) -> None:
        self.shown = float(value) if isinstance(value, int | float) else 0.0
        self._repaint()

    def _on_animation_finished(self) -> None:
        if self.current is None:
            return
        if self.shown >= 1.0:
            busy = bool(self.queue)
            self._hold.start(self._timings.busy_hold_ms if busy else self._timings.hold_ms)
        else:
            self._next()

    def _on_hold_timeout(self) -> None:
        self._slide(1.0, 0.0)

    def withdraw(self, guest_ids: Collection[str]) -> None:
        """Drop these guests' welcomes at once, queued or on screen (they left, or may no
        longer appear): the strip never names someone who is not welcome on the wall."""
        self.queue = deque(m for m in self.queue if m.guest_id not in guest_ids)
        if self.current is None or self.current.guest_id not in guest_ids:
            return
        self._hold.stop()
        self.animation.stop()
        self._repaint()  # the strip it covered
        self._next()

    def clear(self) -> None:
        self.queue.clear()
        self._hold.stop()
        self.animation.stop()
        self.current, self.pixmap, self.shown = None, None, 0.0
        self._repaint()
