"""A windowed wall of any size: the layout adapts (columns, type) and no card is cut."""

from __future__ import annotations

from itertools import combinations

import pytest
from PySide6.QtCore import QRect, QTimer
from pytestqt.qtbot import QtBot

from kiosk.core.demo import DemoEvent, load_demo
from kiosk.core.event import WallLanguage
from kiosk.resources import db_file
from kiosk.ui.wall import WallWindow
from kiosk.ui.wall.layout import CARD_WIDTH_PER_NAME_PX, NARROW_PX, layout_for
from kiosk.ui.wall.screenshots import sample_state

SIZES = [(640, 480), (800, 600), (1280, 720), (1920, 1080)]
ELLIPSIS = "\u2026"


@pytest.fixture(scope="module")
def demo() -> DemoEvent:
    return load_demo(db_file("demo"))


def _inside(inner: QRect, outer: QRect) -> bool:
    return outer.contains(inner)


@pytest.mark.parametrize(("width", "height"), SIZES)
def test_the_layout_fits_the_window_with_fewer_columns_when_narrow(width: int, height: int) -> None:
    lay = layout_for(width, height)
    window = QRect(0, 0, width, height)
    for part in (lay.header, lay.board, lay.pulse, lay.banner):
        assert part.isEmpty() or _inside(part, window)
    assert not lay.board.intersects(lay.pulse)
    assert lay.board.bottom() < lay.banner.top()
    assert lay.columns == (1 if width < NARROW_PX else 2)
    assert lay.per_page >= 3
    for slot in lay.slots:
        assert _inside(slot, lay.board)
        # A long name (and its icons) fits the card at the smallest name size.
        assert lay.name_min_px * CARD_WIDTH_PER_NAME_PX <= slot.width()
    for a, b in combinations(lay.slots, 2):
        assert not a.intersects(b)


@pytest.mark.parametrize(("width", "height"), [(640, 480), (800, 600), (1280, 720)])
@pytest.mark.parametrize("language", [WallLanguage.FR, WallLanguage.EN])
def test_long_names_are_drawn_in_full_in_a_small_window(
    qtbot: QtBot, demo: DemoEvent, width: int, height: int, language: WallLanguage
) -> None:
    """The demo room with two long names sharing a first name ("Marie-Clémentine L.")."""
    state, _guests = sample_state(demo, 40)
    wall = WallWindow(demo.event.branding, language, page_timer=QTimer())
    qtbot.addWidget(wall)
    wall.resize(width, height)
    wall.show()
    qtbot.waitExposed(wall)
    wall.set_state(state)
    long_names = {
        n for c in state.cards for n in (c.first.name, c.second.name) if "Clémentine" in n
    }
    assert len(long_names) == 2
    seen: set[str] = set()
    for _page in range(wall.page_count):
        wall.finish_animations()
        drawn = wall.visible_text()
        for card in wall.shown_cards:  # each name as a whole line: not shrunk away, not cut
            assert card.first.name in drawn
            assert card.second.name in drawn
        assert not [t for t in drawn if ELLIPSIS in t and "Clémentine" in t]
        seen.update(drawn)
        wall.advance()
    assert long_names <= seen
