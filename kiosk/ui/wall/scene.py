"""The wall's layers for a state, page and language, rendered once and cached.

Cards, the header, the pulse bands, empty states and the legend are each rendered once per
language and size into an opaque pixmap and kept; a page is a ``Composition`` of them, which
the window paints straight to the screen, so a change repaints only the tiles that differ.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Callable, Hashable, Mapping
from dataclasses import replace
from functools import partial
from pathlib import Path

from PySide6.QtCore import QRect, QSize
from PySide6.QtGui import QPainter, QPixmap

from kiosk.core.event import Branding
from kiosk.core.guest import Language
from kiosk.core.wallview import ArrivalMessage, Pulse, WallCard, WallState
from kiosk.ui.wall.cards import Icons, Rendered, card_blank, new_pixmap, render_card
from kiosk.ui.wall.composition import Composition, Tile
from kiosk.ui.wall.layout import WallLayout, layout_for, palette_for
from kiosk.ui.wall.panels import draw_header, draw_legend, render_banner, render_empty
from kiosk.ui.wall.pulse import pulse_blank
from kiosk.ui.wall.pulseband import pulse_bands, render_band
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

    def banner(self, message: ArrivalMessage, language: Language) -> Rendered:
        """The welcome strip for ``message`` (rendered ahead when it was queued)."""
        lay, ratio, palette = self.layout, self.ratio, self.palette
        make = partial(render_banner, message, lay, self._texts[language], ratio, palette)
        return self._cached(("banner", message, language), make)

    def compose(self, state: WallState, page: int, language: Language) -> Composition:
        """The tiles of a page, from the cache (what is missing is rendered now)."""
        lay, text, ratio, palette = self.layout, self._texts[language], self.ratio, self.palette
        tiles: dict[str, Tile] = {}
        key: Hashable
        pages = self.page_count(state)
        # The header's strip spans the screen: the page dots' antialiased edge passes its rect.
        strip = QRect(0, lay.header.top(), lay.width, lay.header.height())
        tiles["header"] = self._tile(
            strip,
            ("header", page, pages, language),
            partial(self._header, strip, page, pages, text),
        )
        if state.empty is not None:
            kind = state.empty
            tiles["board"] = self._tile(
                lay.board,
                ("empty", kind, language),
                partial(render_empty, kind, lay, text, ratio, palette),
            )
        else:
            cards = self.page_cards(state, page)
            for i, slot in enumerate(lay.slots):
                if i < len(cards):
                    card = cards[i]
                    key = ("card", card, language, slot.width(), slot.height())
                    make = partial(self._render_card, card, language, slot.size())
                    tiles[f"slot{i}"] = self._tile(slot, key, make)
                else:
                    tiles[f"slot{i}"] = Tile(slot, None)
        pulse = state.pulse
        for name, band, key in pulse_bands(lay, pulse, language):
            tiles[name] = self._tile(band, key, partial(self._band, name, band, pulse, language))
        tiles["legend"] = self._tile(lay.banner, ("legend", language), partial(self._legend, text))
        full = QRect(0, 0, lay.width, lay.height)
        return Composition(tiles, full, palette.background, ratio)

    def warm_pulse(self, pulse: Pulse, language: Language) -> None:
        """Render the head count band for one more and one fewer guest ahead of time (an
        arrival or a departure then paints from the cache)."""
        lay = self.layout
        for present in (pulse.present + 1, max(0, pulse.present - 1)):
            nearby = replace(pulse, present=present)
            name, band, key = pulse_bands(lay, nearby, language)[0]
            self._tile(band, key, partial(self._band, name, band, nearby, language))

    def _tile(self, rect: QRect, key: Hashable, make: Callable[[], Rendered]) -> Tile:
        pixmap, texts = self._cached(key, make)
        return Tile(rect, key, pixmap, texts)

    def _render_card(self, card: WallCard, language: Language, size: QSize) -> Rendered:
        blank = self._blank(
            ("card-blank", size.width(), size.height()),
            lambda: card_blank(size, self.layout.scale, self.ratio, self.palette),
        )
        text = self._texts[language]
        return render_card(card, text, blank, self.layout, self.palette, self._icons)

    def _band(self, name: str, band: QRect, pulse: Pulse, language: Language) -> Rendered:
        lay, ratio, palette = self.layout, self.ratio, self.palette
        blank = self._blank(("pulse-blank",), lambda: pulse_blank(lay, ratio, palette))
        text = self._texts[language]
        return render_band(name, band, pulse, lay, text, ratio, palette, blank, self._cached)

    def _header(self, strip: QRect, page: int, pages: int, text: WallText) -> Rendered:
        lay = self.layout
        pixmap, painter = self._opaque(strip)
        brand = self.branding.display_name
        drawn = draw_header(painter, lay, text, self.palette, brand, self.logo, page, pages)
        painter.end()
        return pixmap, tuple(drawn)

    def _legend(self, text: WallText) -> Rendered:
        pixmap, painter = self._opaque(self.layout.banner)
        drawn = draw_legend(painter, self.layout, text, self.palette)
        painter.end()
        return pixmap, tuple(drawn)

    def _opaque(self, rect: QRect) -> tuple[QPixmap, QPainter]:
        """A background-filled pixmap for ``rect``, and a painter on it in screen coordinates."""
        pixmap = new_pixmap(rect.size(), self.ratio, self.palette.background)
        painter = QPainter(pixmap)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
        painter.translate(-rect.topLeft())
        return pixmap, painter

    def _cached(self, key: Hashable, make: Callable[[], Rendered]) -> Rendered:
        return self._get(key) or self._put(key, make())
