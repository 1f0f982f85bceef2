"""Work deferred until the next screen is painted: after the paint, in order, never lost."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from kiosk.ui.checkin.afterpaint import AfterPaint
from kiosk.ui.checkin.lock import LockableWindow


def _window(qtbot: QtBot) -> LockableWindow:
    window = LockableWindow(windowed=True)
    qtbot.addWidget(window)
    window.resize(320, 200)
    window.show()
    qtbot.waitExposed(window)
    return window


def test_work_runs_after_the_paint_in_order(qtbot: QtBot) -> None:
    window = _window(qtbot)
    later = AfterPaint(window)
    paints: list[int] = []
    window.painted.connect(lambda: paints.append(1))
    ran: list[tuple[str, int]] = []
    later.defer(lambda: ran.append(("room", len(paints))))
    later.defer(lambda: ran.append(("pulse", len(paints))))
    assert ran == []
    assert later.pending == 2
    window.update()
    qtbot.waitUntil(lambda: later.pending == 0)
    assert [name for name, _ in ran] == ["room", "pulse"]
    assert all(painted >= 1 for _, painted in ran)  # the screen was painted first


def test_flush_runs_everything_now(qtbot: QtBot) -> None:
    window = _window(qtbot)
    later = AfterPaint(window)
    ran: list[str] = []
    later.defer(lambda: ran.append("a"))
    later.defer(lambda: (ran.append("b"), later.defer(lambda: ran.append("c"))))
    later.flush()
    assert ran == ["a", "b", "c"]
    assert later.pending == 0


def test_without_a_paint_the_work_still_runs(qtbot: QtBot) -> None:
    window = _window(qtbot)
    window.hide()  # nothing will be painted
    later = AfterPaint(window, latest_ms=10)
    ran: list[str] = []
    later.defer(lambda: ran.append("room"))
    qtbot.waitUntil(lambda: ran == ["room"])


def test_closed_drops_the_work(qtbot: QtBot) -> None:
    window = _window(qtbot)
    later = AfterPaint(window, latest_ms=10)
    ran: list[str] = []
    later.defer(lambda: ran.append("before"))
    later.close()
    later.defer(lambda: ran.append("after"))
    assert later.pending == 0
    later.flush()  # what a paint or the fallback would run: nothing is left
    assert ran == []
