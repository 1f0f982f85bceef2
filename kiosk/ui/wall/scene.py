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

from PySide6.QtCore import QPoint, QPointF, QRect, QRectF, QSize
from PySide6.QtGui import QPainter, QPixmap

from kiosk.core.event import Branding
from kiosk.core.guest import Language
from kiosk.core.wallview import ArrivalMessage, Pulse, WallCard, WallState
from kiosk.ui.wall.cards import Icons, Rendered, card_blank, new_pixmap, render_card
from kiosk.ui.wall.layout import WallLayout, layout_for, palette_for
from kiosk.ui.wall.panels import (
    draw_header,
    draw_legend,
    render_banner,
    render_empty,
)
from kiosk.ui.wall.pulse import (
    draw_wanted_bars,
    here_height,
    pulse_blank,
    render_here_count,
    render_here_heading,
    render_unoffered,
    render_wanted_heading,
    render_wanted_row,
    wanted_height,
    wanted_row_top,
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
        self._icons = Icons(self.ratio)

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
        self._icons = Icons(ratio)
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
            rendered = render_card(card, text, blank, self.layout, self.palette, self._icons)
            found = self._put(key, rendered)
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
        # The pulse panel in three bands, each redrawn only when what it shows changed (an
        # arrival: the head count, often the most wanted topics, rarely the rest).
        pulse = state.pulse
        for name, band, key in self._pulse_bands(pulse, language):
            region(
                name,
                band,
                key,
                partial(self._draw_band, painter, name, band, pulse, language),
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

    def _pulse_bands(self, pulse: Pulse, language: Language) -> list[tuple[str, QRect, Hashable]]:
        """The panel's bands (head count, most wanted, the rest) with what each one shows."""
        lay = self.layout
        panel = lay.pulse
        here_h = round(here_height(lay))
        wanted_h = round(wanted_height(lay, len(pulse.wanted)))
        here = QRect(panel.left(), panel.top(), panel.width(), min(here_h, panel.height()))
        wanted = QRect(panel.left(), here.bottom() + 1, panel.width(), wanted_h)
        rest = QRect(panel.left(), wanted.top() + wanted_h, panel.width(), 0)
        rest.setBottom(panel.bottom())
        return [
            ("pulse-here", here, (pulse.present, language)),
            ("pulse-wanted", wanted, (pulse.wanted, language)),
            ("pulse-rest", rest, (pulse.unoffered, language, rest.top())),
        ]

    def _draw_band(
        self, painter: QPainter, name: str, band: QRect, pulse: Pulse, language: Language
    ) -> Sequence[str]:
        """One band of the pulse panel, from cached pieces on the panel's background."""
        lay, text, ratio, palette = self.layout, self._texts[language], self.ratio, self.palette
        if band.isEmpty():
            return ()
        blank = self._blank(("pulse-blank",), lambda: pulse_blank(lay, ratio, palette))
        top = band.topLeft()
        source = band.translated(-lay.pulse.topLeft())
        painter.drawPixmap(QRectF(band), blank, _scaled(source, ratio))
        pieces: list[tuple[float, Hashable, Callable[[], Rendered]]] = []
        if name == "pulse-here":
            pieces += [
                (0.0, ("here", language), partial(render_here_heading, lay, text, ratio, palette)),
                (
                    0.0,
                    ("here-count", pulse.present, language),
                    partial(render_here_count, pulse.present, lay, text, ratio, palette),
                ),
            ]
        elif name == "pulse-wanted" and pulse.wanted:
            pieces.append(
                (
                    0.0,
                    ("wanted", language),
                    partial(render_wanted_heading, lay, text, ratio, palette),
                )
            )
            pieces += [
                (
                    wanted_row_top(lay, i),
                    ("wanted-row", item, language),
                    partial(render_wanted_row, item, lay, text, ratio, palette),
                )
                for i, item in enumerate(pulse.wanted)
            ]
        elif name == "pulse-rest":
            rest = band.height()
            pieces.append(
                (
                    0.0,
                    ("unoffered", pulse.unoffered, language, rest),
                    partial(render_unoffered, pulse.unoffered, lay, text, ratio, palette, rest),
                )
            )
        drawn: list[str] = []
        for y, key, make in pieces:
            pixmap, texts = self._cached(key, make)
            painter.drawPixmap(top + QPoint(0, round(y)), pixmap)
            drawn.extend(texts)
        if name == "pulse-wanted" and pulse.wanted:
            draw_wanted_bars(painter, QPointF(top), pulse.wanted, lay, palette)
        return drawn


def _scaled(rect: QRect, ratio: float) -> QRectF:
    """A logical rectangle in device pixels (a pixmap's source rectangle)."""
    return QRectF(rect.x() * ratio, rect.y() * ratio, rect.width() * ratio, rect.height() * ratio)


@dataclass
class Frame:
    """A full-screen pixmap and, per region, what it currently shows."""

    pixmap: QPixmap
    keys: dict[str, Hashable] = field(default_factory=dict)
    texts: dict[str, tuple[str, ...]] = field(default_factory=dict)

    def drawn(self) -> tuple[str, ...]:
        return tuple(t for texts in self.texts.values() for t in texts)
