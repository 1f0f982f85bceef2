"""The wall's static frame for a state, page and language, composed from cached pixmaps.

Cards, the pulse and empty states are rendered once per language and size and kept; the frame
is one full-screen pixmap put together from them, so painting the wall is a single copy, and
a change redraws only the regions whose content changed.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Callable, Hashable, Mapping, Sequence
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path

from PySide6.QtCore import QPoint, QRect, QSize
from PySide6.QtGui import QPainter, QPixmap

from kiosk.core.event import Branding
from kiosk.core.guest import Language
from kiosk.core.wallview import ArrivalMessage, WallCard, WallState
from kiosk.ui.wall.cards import Rendered, card_blank, new_pixmap, render_card
from kiosk.ui.wall.layout import WallLayout, layout_for, palette_for
from kiosk.ui.wall.panels import (
    draw_header,
    draw_legend,
    render_banner,
    render_empty,
)
from kiosk.ui.wall.pulse import (
    here_height,
    pulse_blank,
    render_here,
    render_unoffered,
    render_wanted,
    wanted_height,
)
from kiosk.ui.wall.text import WallText

CACHE_SIZE = 160  # rendered layers kept: a few pages of cards in both languages


class WallScene:
    """Renders and caches the wall's layers for one screen size, branding and its languages."""

    def __init__(self, texts: Mapping[Language, WallText], branding: Branding) -> None:
        self._texts = texts
        self._cache: OrderedDict[Hashable, Rendered] = OrderedDict()
        self._blanks: dict[Hashable, QPixmap] = {}  # empty card and panel backgrounds
        self.ratio = 1.0
        self.layout: WallLayout = layout_for(1920, 1080)
        self.set_branding(branding)

    def set_branding(self, branding: Branding) -> None:
        self.branding = branding
        self.palette = palette_for(branding)
        logo = Path(branding.logo) if branding.logo else None
        self.logo = QPixmap(str(logo)) if logo is not None and logo.is_file() else None
        self._cache.clear()
        self._blanks.clear()

    def resize(self, size: QSize, ratio: float) -> bool:
        """Lay out for a new size; True when anything changed (caches are then dropped)."""
        if (size.width(), size.height(), ratio) == (
            self.layout.width,
            self.layout.height,
            self.ratio,
        ):
            return False
        self.layout = layout_for(size.width(), size.height())
        self.ratio = ratio
        self._cache.clear()
        self._blanks.clear()
        return True

    # -- pages ---------------------------------------------------------------------------------

    def page_count(self, state: WallState) -> int:
        per_page = self.layout.per_page
        return max(1, -(-len(state.cards) // per_page))

    def page_cards(self, state: WallState, page: int) -> tuple[WallCard, ...]:
        per_page = self.layout.per_page
        return state.cards[page * per_page : (page + 1) * per_page]

    # -- layers --------------------------------------------------------------------------------

    def _get(self, key: Hashable) -> Rendered | None:
        found = self._cache.get(key)
        if found is not None:
            self._cache.move_to_end(key)
        return found

    def _put(self, key: Hashable, value: Rendered) -> Rendered:
        self._cache[key] = value
        while len(self._cache) > CACHE_SIZE:
            self._cache.popitem(last=False)
        return value

    def _blank(self, key: Hashable, make: Callable[[], QPixmap]) -> QPixmap:
        found = self._blanks.get(key)
        if found is None:
            found = self._blanks[key] = make()
        return found

    def card(self, card: WallCard, language: Language, size: QSize) -> Rendered:
        key = ("card", card, language, size.width(), size.height())
        found = self._get(key)
        if found is None:
            text = self._texts[language]
            blank = self._blank(
                ("card-blank", size.width(), size.height()),
                lambda: card_blank(size, self.layout.scale, self.ratio, self.palette),
            )
            found = self._put(key, render_card(card, text, blank, self.layout, self.palette))
        return found

    def banner(self, message: ArrivalMessage, language: Language) -> Rendered:
        return render_banner(message, self.layout, self._texts[language], self.ratio, self.palette)

    def new_frame(self) -> Frame:
        """A blank frame of the current size: the next ``paint`` draws every region."""
        lay = self.layout
        return Frame(new_pixmap(QSize(lay.width, lay.height), self.ratio, self.palette.background))

    def paint(self, frame: Frame, state: WallState, page: int, language: Language) -> list[QRect]:
        """Bring ``frame`` up to date for a page; returns the regions that changed, in order.

        Each region remembers what it shows, so an arrival redraws the cards that moved and
        the pulse, not the whole screen.
        """
        lay, text = self.layout, self._texts[language]
        changed: list[QRect] = []
        painter = QPainter(frame.pixmap)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)

        def region(
            name: str,
            rect: QRect,
            key: Hashable,
            draw: Callable[[], Sequence[str]],
            *,
            covers: bool = False,
        ) -> bool:
            if frame.keys.get(name) == key:
                return False
            if not covers:  # an opaque layer that fills the rect needs no clearing first
                painter.setCompositionMode(QPainter.CompositionMode.CompositionMode_Source)
                painter.fillRect(rect, self.palette.background)
                painter.setCompositionMode(QPainter.CompositionMode.CompositionMode_SourceOver)
            frame.texts[name] = tuple(draw())
            frame.keys[name] = key
            changed.append(rect)
            return True

        pages = self.page_count(state)
        brand = self.branding.display_name
        region(
            "header",
            lay.header,
            (page, pages, language),
            lambda: draw_header(painter, lay, text, self.palette, brand, self.logo, page, pages),
        )
        board_key = ("empty", state.empty, language) if state.empty is not None else "cards"
        if region(
            "board", lay.board, board_key, lambda: self._draw_empty(painter, state, language)
        ):
            for i in range(lay.per_page):  # the board was wiped: every slot must be redrawn
                frame.keys.pop(f"slot{i}", None)
                frame.texts.pop(f"slot{i}", None)
            if state.empty is None:
                changed.pop()  # a wiped board is redrawn slot by slot below
        if state.empty is None:
            cards = self.page_cards(state, page)
            for i, slot in enumerate(lay.slots):
                card = cards[i] if i < len(cards) else None
                region(
                    f"slot{i}",
                    slot,
                    (card, language),
                    partial(self._draw_card, painter, card, slot, language),
                    covers=card is not None,
                )
        pulse_key = (state.pulse, language)
        region(
            "pulse",
            lay.pulse,
            pulse_key,
            lambda: self._blit_pulse(painter, state, language),
            covers=True,
        )
        region(
            "legend", lay.banner, language, lambda: draw_legend(painter, lay, text, self.palette)
        )
        painter.end()
        return changed

    def _draw_empty(self, painter: QPainter, state: WallState, language: Language) -> Sequence[str]:
        if state.empty is None:
            return ()
        key = ("empty", state.empty, language)
        found = self._get(key) or self._put(
            key,
            render_empty(state.empty, self.layout, self._texts[language], self.ratio, self.palette),
        )
        painter.drawPixmap(self.layout.board.topLeft(), found[0])
        return found[1]

    def _draw_card(
        self, painter: QPainter, card: WallCard | None, slot: QRect, language: Language
    ) -> Sequence[str]:
        if card is None:
            return ()
        pixmap, texts = self.card(card, language, slot.size())
        painter.drawPixmap(slot.topLeft(), pixmap)
        return texts

    def _cached(self, key: Hashable, make: Callable[[], Rendered]) -> Rendered:
        return self._get(key) or self._put(key, make())

    def _blit_pulse(self, painter: QPainter, state: WallState, language: Language) -> Sequence[str]:
        lay, pulse, text, ratio, palette = (
            self.layout,
            state.pulse,
            self._texts[language],
            self.ratio,
            self.palette,
        )
        blank = self._blank(("pulse-blank",), lambda: pulse_blank(lay, ratio, palette))
        top = lay.pulse.topLeft()
        painter.drawPixmap(top, blank)
        wanted_y = here_height(lay)
        unoffered_y = wanted_y + wanted_height(lay, len(pulse.wanted))
        rest = lay.pulse.height() - unoffered_y
        blocks = [
            (
                0.0,
                ("here", pulse.present, language),
                partial(render_here, pulse.present, lay, text, ratio, palette),
            ),
            (
                wanted_y,
                ("wanted", pulse.wanted, language),
                partial(render_wanted, pulse.wanted, lay, text, ratio, palette),
            ),
            (
                unoffered_y,
                ("unoffered", pulse.unoffered, language, round(rest)),
                partial(render_unoffered, pulse.unoffered, lay, text, ratio, palette, rest),
            ),
        ]
        drawn: list[str] = []
        for y, key, make in blocks:
            if key[0] == "wanted" and not pulse.wanted:
                continue
            pixmap, texts = self._cached(key, make)
            painter.drawPixmap(top + QPoint(0, round(y)), pixmap)
            drawn.extend(texts)
        return drawn


@dataclass
class Frame:
    """A full-screen pixmap and, per region, what it currently shows."""

    pixmap: QPixmap
    keys: dict[str, Hashable] = field(default_factory=dict)
    texts: dict[str, tuple[str, ...]] = field(default_factory=dict)

    def drawn(self) -> tuple[str, ...]:
        return tuple(t for texts in self.texts.values() for t in texts)
