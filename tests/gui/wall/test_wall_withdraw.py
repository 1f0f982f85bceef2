"""A welcome is withdrawn at once when its guest left or may no longer appear."""

from __future__ import annotations

from PySide6.QtCore import QTimer
from pytestqt.qtbot import QtBot

from kiosk.core.wallview import ArrivalMessage
from kiosk.ui.wall import Timings, WallWindow

SLOW = Timings(page_ms=60_000, slide_ms=10, hold_ms=60_000, busy_hold_ms=60_000)


def _queue(wall: WallWindow) -> list[str]:
    banner = wall.banner
    current = [banner.current.guest_id] if banner.current is not None else []
    return current + [m.guest_id for m in banner.queue]


def test_withdrawn_welcomes_leave_the_strip_and_the_queue(qtbot: QtBot) -> None:
    wall = WallWindow(page_timer=QTimer(), timings=SLOW)
    qtbot.addWidget(wall)
    wall.resize(1280, 720)
    wall.show()
    qtbot.waitExposed(wall)
    for n, name in enumerate(["Ana", "Bea", "Cyd", "Dan"]):
        wall.announce_arrival(ArrivalMessage(f"g{n}", name))
    qtbot.waitUntil(lambda: "Ana" in " ".join(wall.visible_text()))

    wall.withdraw_arrivals({"g2"})  # waiting: dropped from the queue
    assert _queue(wall) == ["g0", "g1", "g3"]
    wall.withdraw_arrivals({"g0"})  # on screen: gone at once, the next one slides in
    assert _queue(wall) == ["g1", "g3"]
    assert "Ana" not in " ".join(wall.visible_text())
    qtbot.waitUntil(lambda: "Bea" in " ".join(wall.visible_text()))
    wall.withdraw_arrivals({"g1", "g3"})
    assert _queue(wall) == []
    assert wall.banner.pixmap is None
