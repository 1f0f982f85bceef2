"""The projected wall: a passive window that paints the WallState it is given."""

from __future__ import annotations

from collections.abc import Callable, Collection, Hashable, Iterable
from functools import partial
from typing import cast

from PySide6.QtCore import QRect, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QPainter, QPaintEvent, QPixmap, QRegion, QResizeEvent, QScreen
from PySide6.QtWidgets import QWidget

from kiosk.core.event import Branding, WallLanguage
from kiosk.core.guest import Language
from kiosk.core.wallview import ArrivalMessage, WallCard, WallState
from kiosk.ui.wall.composition import Composition, copy_pixmap
from kiosk.ui.wall.motion import Banner, Cascade, Timings
from kiosk.ui.wall.scene import WallScene
from kiosk.ui.wall.text import WallText


class WallWindow(QWidget):
    """Shows conversation cards page by page, the room's pulse and arrivals.

    Passive (STYLE.md): the controller calls ``set_state``, ``announce_arrival``,
    ``set_language`` and ``set_branding``; the window only reports which pairs it put on
    screen (``pairs_shown``, for the engine's exposure counts). Pages turn on ``page_timer``
    (12 s by default; tests pass a timer they fire themselves). In "both" mode every turn
    also switches language, so each page is seen in French and in English over two rounds.
    """

    pairs_shown = Signal(object)  # tuple[tuple[str, str], ...]: pair keys now on screen

    def __init__(
        self,
        branding: Branding | None = None,
        language: WallLanguage = WallLanguage.BOTH,
        *,
        page_timer: QTimer | None = None,
        timings: Timings | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("wallWindow")
        self.setWindowTitle("Icebreaker")
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)  # we paint every pixel
        self._timings = timings or Timings()
        self._texts = {lang: WallText(lang, self) for lang in Language}
        self._scene = WallScene(self._texts, branding or Branding())
        self._state = WallState()
        self._mode = language
        self._language = Language.EN if language is WallLanguage.EN else Language.FR
        self._page = 0
        self._jump_home = False  # new cards wait on page 1: show it at the next turn
        self._jumped = False  # the last turn was such a jump
        self._cursor = 0  # where the rotation is, apart from jumps to page 1
        self._shown: tuple[tuple[str, str], ...] = ()
        self._composition = self._scene.compose(self._state, 0, self._language)
        self._banner_drawn: tuple[str, ...] = ()
        # Rendering ahead, one piece per event-loop turn once a paint is done: the head count
        # for the next arrival or departure, queued welcomes.
        self._ahead: dict[Hashable, Callable[[], object]] = {}
        self._ahead_timer = QTimer(self)
        self._ahead_timer.setSingleShot(True)
        self._ahead_timer.setInterval(0)
        self._ahead_timer.timeout.connect(self._on_ahead_timer_timeout)
        self.cascade = Cascade(self.update, self._timings, self)
        self.banner = Banner(self._on_banner_repaint, self._timings, self._on_banner_changed, self)
        self._timer = page_timer if page_timer is not None else QTimer(self)
        self._timer.timeout.connect(self.advance)
        self._timer.start(self._timings.page_ms)

    # -- what the controller calls ------------------------------------------------------------

    def set_state(self, state: WallState) -> None:
        """Show a new state at once (no fade: the arrivals strip is what draws the eye)."""
        before = set(self._scene.page_cards(self._state, 0))
        self._state = state
        if self._page and any(c not in before for c in self._scene.page_cards(state, 0)):
            self._jump_home = True
        self._page = min(self._page, self.page_count - 1)
        self._cursor = min(self._cursor, self.page_count - 1)
        self.cascade.stop()
        self._recompose()

    def announce_arrival(self, message: ArrivalMessage) -> None:
        """Welcome an arrival; several arriving together are queued and shown in turn."""
        self.banner.push(message)
        if self.banner.current is not message:  # queued: its strip is rendered ahead
            self._ahead[message] = partial(self._scene.banner, message, self._language)

    def withdraw_arrivals(self, guest_ids: Collection[str]) -> None:
        """Forget these guests' welcomes, waiting or on screen (left, or hidden meanwhile)."""
        self.banner.withdraw(guest_ids)

    def set_language(self, language: WallLanguage) -> None:
        self._mode = language
        if language is not WallLanguage.BOTH:
            self._language = Language(language.value)
        self.cascade.stop()
        self._recompose()

    def set_branding(self, branding: Branding) -> None:
        self._scene.set_branding(branding)
        self.cascade.stop()
        self._recompose(full=True)
        self.update()

    def advance(self) -> None:
        """Turn the page (and the language in "both" mode) with a cascade of wipes."""
        pages = self.page_count
        # New cards (recent arrivals come first) get the next turn, but never two turns in a
        # row: rotation then resumes where it was, so busy arrivals cannot hide later pages.
        if self._jump_home and not self._jumped:
            page, self._jump_home, self._jumped = 0, False, True
        else:
            self._cursor = (self._cursor + 1) % pages
            page, self._jumped = self._cursor, False
        wrapped = page <= self._page
        language = self._language
        # With an even page count, toggling at every turn would tie each page to one language.
        if self._mode is WallLanguage.BOTH and not (wrapped and pages % 2 == 0 and pages > 1):
            language = Language.EN if language is Language.FR else Language.FR
        if (page, language) == (self._page, self._language):
            return
        self.cascade.stop()
        old = self._composition
        self._page, self._language = page, language
        lay = self._scene.layout
        regions: list[QRect] = []
        for rect in self._recompose(repaint=False):
            # The empty-state board sweeps as three bands, like the rows of cards would.
            regions += _bands(rect, 3) if rect == lay.board else [rect]
        self.cascade.start(old, regions)

    def place_on(self, screen: QScreen) -> None:
        """Full screen on the configured screen (works with and without a window manager)."""
        self.setScreen(screen)
        self.setGeometry(screen.geometry())
        self.setCursor(Qt.CursorShape.BlankCursor)
        self.showFullScreen()

    def show_windowed(self, geometry: QRect | None = None) -> None:
        """A normal window (one-screen demo: check-in and wall side by side)."""
        self.unsetCursor()
        self.showNormal()
        if geometry is not None:
            self.setGeometry(geometry)

    def finish_animations(self) -> None:
        """Jump every running animation to its end state (screenshots, tests)."""
        self.cascade.stop()

    # -- what tests and the controller can read -----------------------------------------------

    @property
    def state(self) -> WallState:
        return self._state

    @property
    def page(self) -> int:
        return self._page

    @property
    def page_count(self) -> int:
        return self._scene.page_count(self._state)

    @property
    def language(self) -> Language:
        return self._language

    @property
    def shown_cards(self) -> tuple[WallCard, ...]:
        return self._scene.page_cards(self._state, self._page)

    def visible_text(self) -> tuple[str, ...]:
        """Every string painted on the current page and arrivals strip."""
        banner = self._banner_drawn if self.banner.current is not None else ()
        return self._composition.drawn() + banner

    # -- painting -----------------------------------------------------------------------------

    def _recompose(self, *, repaint: bool = True, full: bool = False) -> list[QRect]:
        """Compose the page anew; returns the regions that changed (repainted unless told)."""
        before = None if full else self._composition
        self._composition = self._scene.compose(self._state, self._page, self._language)
        changed = self._composition.changed_since(before)
        shown = tuple(card.key for card in self.shown_cards)
        if shown != self._shown:
            self._shown = shown
            if shown:
                self.pairs_shown.emit(shown)
        if repaint:
            for rect in changed:
                self.update(rect)
        pulse, language = self._state.pulse, self._language
        self._ahead["pulse"] = lambda: self._scene.warm_pulse(pulse, language)
        return changed

    def _on_banner_changed(self) -> None:
        message = self.banner.current
        if message is None:
            self.banner.pixmap, self._banner_drawn = None, ()
        else:
            self.banner.pixmap, self._banner_drawn = self._scene.banner(message, self._language)

    def _on_banner_repaint(self) -> None:
        self.update(self._scene.layout.banner)

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 (Qt override)
        super().resizeEvent(event)
        if self._scene.resize(event.size(), self.devicePixelRatioF()):
            self.cascade.stop()
            self._recompose(full=True)
            self._on_banner_changed()

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 (Qt override)
        painter = QPainter(self)
        painter.setCompositionMode(QPainter.CompositionMode.CompositionMode_Source)
        cascade, composition = self.cascade, self._composition
        # Regions still showing (part of) the old page, with their wipe front: computed once
        # per paint, not once per rectangle of the update region.
        moving = []
        old = cascade.old
        if old is not None:
            for i, region in enumerate(cascade.regions):
                front = cascade.front(i)
                if front <= region.right():
                    moving.append((region, front))
        accent = self._scene.palette.accent
        # The welcome strip, where it is up: what it covers is not painted beneath it.
        strip, banner = self._scene.layout.banner, self.banner
        covered = QRect()
        if banner.pixmap is not None and banner.shown > 0:
            top = strip.top() + round((1.0 - banner.shown) * strip.height())
            covered = QRect(strip.left(), top, strip.width(), strip.bottom() + 1 - top)
        # A translucent strip (an accent colour with alpha) is blended over the page instead.
        opaque = banner.pixmap is not None and not banner.pixmap.hasAlphaChannel()
        for rect in _rects(event.region()):
            if opaque and covered.intersects(rect):
                part = rect.intersected(covered)
                at = part.topLeft() - covered.topLeft()
                copy_pixmap(painter, cast(QPixmap, banner.pixmap), part, at, self._scene.ratio)
                if covered.contains(rect):
                    continue
                for bare in _rects(QRegion(rect).subtracted(QRegion(covered))):
                    self._paint_page(painter, bare, composition, moving, accent)
            else:
                self._paint_page(painter, rect, composition, moving, accent)
        if not opaque and not covered.isEmpty() and event.region().intersects(covered):
            painter.setCompositionMode(QPainter.CompositionMode.CompositionMode_SourceOver)
            painter.setClipRect(strip)
            painter.drawPixmap(covered.topLeft(), cast(QPixmap, banner.pixmap))
        painter.end()
        if self._ahead and not self._ahead_timer.isActive():
            self._ahead_timer.start()

    def _paint_page(
        self,
        painter: QPainter,
        rect: QRect,
        composition: Composition,
        moving: list[tuple[QRect, int]],
        accent: QColor,
    ) -> None:
        """``rect`` of the page: the new one, and the old one behind each wipe front."""
        composition.paint(painter, rect)
        old, edge_width = self.cascade.old, self.cascade.edge
        for region, front in moving:
            if old is None or not region.intersects(rect):
                continue
            behind = QRect(front, region.top(), region.right() + 1 - front, region.height())
            old.paint(painter, behind.intersected(rect))
            if front > region.left():
                edge = QRect(front - edge_width, region.top(), edge_width, region.height())
                painter.setCompositionMode(QPainter.CompositionMode.CompositionMode_SourceOver)
                # Inside the region: a repaint of the region alone must redraw all of it.
                painter.fillRect(edge.intersected(region).intersected(rect), accent)
                painter.setCompositionMode(QPainter.CompositionMode.CompositionMode_Source)

    def _on_ahead_timer_timeout(self) -> None:
        if self._ahead:
            self._ahead.pop(next(iter(self._ahead)))()
        if self._ahead:
            self._ahead_timer.start()


def _bands(rect: QRect, count: int) -> list[QRect]:
    """``rect`` cut into horizontal bands: smaller regions make cheaper animation frames."""
    step = -(-rect.height() // count)
    return [
        QRect(
            rect.left(),
            rect.top() + i * step,
            rect.width(),
            min(step, rect.bottom() + 1 - (rect.top() + i * step)),
        )
        for i in range(count)
    ]


def _rects(region: QRegion) -> list[QRect]:
    # QRegion iterates over its rectangles (the stubs do not say so).
    return list(cast(Iterable[QRect], region))
