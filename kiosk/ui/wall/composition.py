"""What the wall shows at one moment: opaque tiles over the background, painted straight to
the screen from the scene's cache (no full-screen frame to copy through).
"""

from __future__ import annotations

from collections.abc import Hashable, Iterable, Mapping
from dataclasses import dataclass
from typing import cast

from PySide6.QtCore import QPoint, QRect, QRectF
from PySide6.QtGui import QColor, QPainter, QPixmap, QRegion


@dataclass(frozen=True, slots=True, eq=False)
class Tile:
    """One region of the wall and what it shows (``key``); ``pixmap`` covers ``rect``
    exactly and is opaque (None: the background colour)."""

    rect: QRect
    key: Hashable
    pixmap: QPixmap | None = None
    texts: tuple[str, ...] = ()


class Composition:
    """Tiles by name, in sweeping order, and the background wherever no tile is."""

    def __init__(self, tiles: Mapping[str, Tile], size: QRect, colour: QColor, ratio: float):
        self.tiles = dict(tiles)
        self.colour = colour
        self.ratio = ratio
        background = QRegion(size)
        for tile in self.tiles.values():
            background -= QRegion(tile.rect)
        self.background = background

    def changed_since(self, before: Composition | None) -> list[QRect]:
        """The rectangles that differ from ``before`` (every tile when there is none)."""
        if before is None:
            return [t.rect for t in self.tiles.values()] + _rects(self.background)
        old = before.tiles
        changed = [
            tile.rect
            for name, tile in self.tiles.items()
            if (was := old.get(name)) is None or was.key != tile.key or was.rect != tile.rect
        ]
        # A tile gone (the board's empty state, a band that moved) leaves its place to others.
        changed += [t.rect for name, t in old.items() if name not in self.tiles]
        return changed

    def drawn(self) -> tuple[str, ...]:
        return tuple(t for tile in self.tiles.values() for t in tile.texts)

    def paint(self, painter: QPainter, rect: QRect) -> None:
        """Paint ``rect`` of the wall: plain copies of the tiles' pixmaps, background around.

        The painter must be in ``CompositionMode_Source`` (opaque copies, no blending).
        """
        if self.background.intersects(rect):
            for part in _rects(self.background.intersected(rect)):
                painter.fillRect(part, self.colour)
        for tile in self.tiles.values():
            if not tile.rect.intersects(rect):
                continue
            part = tile.rect.intersected(rect)
            if tile.pixmap is None:
                painter.fillRect(part, self.colour)
            else:
                copy_pixmap(
                    painter, tile.pixmap, part, part.topLeft() - tile.rect.topLeft(), self.ratio
                )


def copy_pixmap(
    painter: QPainter, pixmap: QPixmap, target: QRect, at: QPoint, ratio: float
) -> None:
    """Copy the part of ``pixmap`` at ``at`` (logical pixels) to ``target`` on screen."""
    source = QRect(at, target.size())
    if ratio == 1.0:  # the integer path is a straight copy
        painter.drawPixmap(target.topLeft(), pixmap, source)
    else:
        scaled = QRectF(
            source.x() * ratio, source.y() * ratio, source.width() * ratio, source.height() * ratio
        )
        painter.drawPixmap(QRectF(target), pixmap, scaled)


def _rects(region: QRegion) -> list[QRect]:
    # QRegion iterates over its rectangles (the stubs do not say so).
    return list(cast(Iterable[QRect], region))
