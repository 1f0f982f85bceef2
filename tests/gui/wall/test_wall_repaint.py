"""What the wall repaints piecemeal (changed tiles, wipe strips, the sliding welcome) leaves the
screen exactly as a full repaint would draw it: no stale pixels from the last page or state."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QTimer, QVariantAnimation
from PySide6.QtGui import QImage
from pytestqt.qtbot import QtBot
from test_wall_window import HELENE_MARC, OPTIONS, VOCAB, person, room, state_for

from kiosk.core.event import Branding, WallLanguage
from kiosk.core.wallview import WallState, arrival_message
from kiosk.ui.wall import Timings, WallWindow

SLOW = Timings(page_ms=3_600_000, fade_ms=400, stagger_ms=90, slide_ms=450, hold_ms=0)


def _screen(wall: WallWindow) -> QImage:
    """What the window last put on screen (its backing store), not a fresh render."""
    return (
        wall.screen().grabWindow(wall.winId()).toImage().convertToFormat(QImage.Format.Format_RGB32)
    )


def _full(wall: WallWindow) -> QImage:
    return wall.grab().toImage().convertToFormat(QImage.Format.Format_RGB32)


def _painted(qtbot: QtBot, wall: WallWindow, change: Callable[[], None]) -> None:
    """Apply ``change`` and wait for its paint (a paint pass is always pending after it)."""
    change()
    qtbot.waitUntil(lambda: _screen(wall) == _full(wall), timeout=2000)


def _step(qtbot: QtBot, wall: WallWindow, animation: QVariantAnimation, at: int) -> None:
    _painted(qtbot, wall, lambda: animation.setCurrentTime(at))


def test_piecemeal_repaints_match_a_full_repaint(qtbot: QtBot) -> None:
    timer = QTimer()
    wall = WallWindow(
        Branding(display_name="Soirée test"), WallLanguage.BOTH, page_timer=timer, timings=SLOW
    )
    qtbot.addWidget(wall)
    wall.resize(1920, 1080)
    wall.show()
    qtbot.waitExposed(wall)
    states: list[WallState] = [state_for([], []), state_for(*HELENE_MARC), room(9), room(14)]
    for state in states:  # empty board, one card, pages of cards
        _painted(qtbot, wall, lambda state=state: wall.set_state(state))  # type: ignore[misc]
    message = arrival_message(person("a", "Hélène"), VOCAB, OPTIONS)
    assert message is not None
    wall.announce_arrival(message)
    slide = wall.banner.animation
    slide.pause()
    for at in (60, 220, 449):  # the strip half up: the legend shows above it
        _step(qtbot, wall, slide, at)
    wall.advance()
    assert wall.cascade.active
    wipe = wall.cascade.animation
    wipe.pause()
    for at in (20, 150, 400, 700, wipe.duration()):  # fronts in every region, edges included
        _step(qtbot, wall, wipe, at)
    assert not wall.cascade.active
    timer.stop()
