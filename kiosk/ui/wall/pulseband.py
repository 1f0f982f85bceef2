"""The pulse panel cut into three bands (head count, most wanted, the rest), each rendered
once into an opaque pixmap from cached pieces: an arrival redraws the head count (always) and
often the most wanted topics, rarely the rest.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable
from functools import partial

from PySide6.QtCore import QPoint, QPointF, QRect, QRectF
from PySide6.QtGui import QPainter, QPixmap

from kiosk.core.guest import Language
from kiosk.core.wallview import Pulse
from kiosk.ui.wall.cards import Rendered, new_pixmap
from kiosk.ui.wall.layout import Palette, WallLayout
from kiosk.ui.wall.pulse import (
    draw_wanted_bars,
    here_height,
    render_here_count,
    render_here_heading,
    render_unoffered,
    render_wanted_heading,
    render_wanted_row,
    wanted_height,
    wanted_row_top,
)
from kiosk.ui.wall.text import WallText

HERE, WANTED, REST = "pulse-here", "pulse-wanted", "pulse-rest"

Cached = Callable[[Hashable, Callable[[], Rendered]], Rendered]


def pulse_bands(
    lay: WallLayout, pulse: Pulse, language: Language
) -> list[tuple[str, QRect, Hashable]]:
    """The panel's bands with what each one shows (its cache key)."""
    panel = lay.pulse
    here_h = round(here_height(lay))
    wanted_h = round(wanted_height(lay, len(pulse.wanted)))
    here = QRect(panel.left(), panel.top(), panel.width(), min(here_h, panel.height()))
    wanted = QRect(panel.left(), here.bottom() + 1, panel.width(), wanted_h)
    rest = QRect(panel.left(), wanted.top() + wanted_h, panel.width(), 0)
    rest.setBottom(panel.bottom())
    return [
        (HERE, here, ("band", HERE, pulse.present, language)),
        (WANTED, wanted, ("band", WANTED, pulse.wanted, language)),
        (REST, rest, ("band", REST, pulse.unoffered, language, rest.top(), rest.height())),
    ]


def render_band(
    name: str,
    band: QRect,
    pulse: Pulse,
    lay: WallLayout,
    text: WallText,
    ratio: float,
    palette: Palette,
    blank: QPixmap,
    cached: Cached,
) -> Rendered:
    """One band as an opaque pixmap: its slice of the panel's background, then its pieces."""
    pixmap = new_pixmap(band.size(), ratio, palette.background)
    if band.isEmpty():
        return pixmap, ()
    language = text.language
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    source = band.translated(-lay.pulse.topLeft())
    painter.drawPixmap(
        QRectF(0, 0, band.width(), band.height()),
        blank,
        QRectF(
            source.x() * ratio, source.y() * ratio, source.width() * ratio, source.height() * ratio
        ),
    )
    pieces: list[tuple[float, Hashable, Callable[[], Rendered]]] = []
    if name == HERE:
        pieces += [
            (0.0, ("here", language), partial(render_here_heading, lay, text, ratio, palette)),
            (
                0.0,
                ("here-count", pulse.present, language),
                partial(render_here_count, pulse.present, lay, text, ratio, palette),
            ),
        ]
    elif name == WANTED and pulse.wanted:
        pieces.append(
            (0.0, ("wanted", language), partial(render_wanted_heading, lay, text, ratio, palette))
        )
        pieces += [
            (
                wanted_row_top(lay, i),
                ("wanted-row", item, language),
                partial(render_wanted_row, item, lay, text, ratio, palette),
            )
            for i, item in enumerate(pulse.wanted)
        ]
    elif name == REST:
        rest = band.height()
        pieces.append(
            (
                0.0,
                ("unoffered", pulse.unoffered, language, rest),
                partial(render_unoffered, pulse.unoffered, lay, text, ratio, palette, rest),
            )
        )
    count_key = ("here-count", pulse.present, language)
    drawn: list[str] = []
    for y, key, make in pieces:
        # The head count changes at every arrival: its band is cached, the piece need not be.
        piece, texts = make() if key == count_key else cached(key, make)
        painter.drawPixmap(QPoint(0, round(y)), piece)
        drawn.extend(texts)
    if name == WANTED and pulse.wanted:
        draw_wanted_bars(painter, QPointF(0, 0), pulse.wanted, lay, palette)
    painter.end()
    return pixmap, tuple(drawn)
