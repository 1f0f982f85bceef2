"""Drift rebuilds: snapshot here, solve on a worker thread, install back here, wall refreshed."""

from __future__ import annotations

import threading

from PySide6.QtCore import QTimer
from pytestqt.qtbot import QtBot
from wallapp_support import Wall, newcomers

from kiosk.app.boardkeeper import BoardKeeper
from kiosk.app.changefeed import ChangeFeed
from kiosk.app.wallapp import build_wall
from kiosk.core.demo import DemoEvent
from kiosk.core.matching import BoardPlan, BoardSnapshot, MatchConfig, solve_board
from kiosk.services.checkin import CheckInService
from kiosk.services.room import RoomService
from kiosk.services.search import SearchService
from kiosk.storage import Database

# Any change makes a rebuild due: the tests do not depend on the production thresholds.
EAGER = MatchConfig(rebuild_churn=1e-6)


class RecordingSolver:
    """solve_board, noting the thread it ran on; ``gate`` holds it until the test says go."""

    def __init__(self) -> None:
        self.threads: list[threading.Thread] = []
        self.gate = threading.Event()
        self.gate.set()

    def __call__(self, snapshot: BoardSnapshot) -> BoardPlan:
        self.threads.append(threading.current_thread())
        assert self.gate.wait(10)
        return solve_board(snapshot)


def _arrive(database: Database, room: RoomService, demo: DemoEvent, count: int) -> None:
    service = CheckInService(database, station="desk")
    for guest in newcomers(demo, on_wall=True)[:count]:
        room.apply(service.check_in(guest.id, f"desk-{guest.id}").changes)


def test_a_due_rebuild_is_solved_off_the_gui_thread_and_installed_on_it(
    qtbot: QtBot, database: Database, demo: DemoEvent
) -> None:
    room = RoomService(database, demo.event.id, config=EAGER)
    solver = RecordingSolver()
    keeper = BoardKeeper(room.engine, solve=solver)
    try:
        _arrive(database, room, demo, 2)
        assert room.engine.needs_rebuild()
        installed_on: list[threading.Thread] = []
        keeper.board_rebuilt.connect(lambda _delta: installed_on.append(threading.current_thread()))
        solver.gate.clear()
        with qtbot.waitSignal(keeper.board_rebuilt, timeout=10_000):
            assert keeper.check()
            assert keeper.solving
            assert keeper.check()  # already running: no second solve in parallel
            solver.gate.set()
        assert [t is threading.main_thread() for t in solver.threads] == [False]
        assert installed_on == [threading.main_thread()]
        assert not room.engine.needs_rebuild()
        assert not keeper.check()  # nothing due: nothing solved
        assert keeper.rebuilds == 1
    finally:
        keeper.close()


def test_the_wall_shows_the_rebuilt_board(
    qtbot: QtBot, database: Database, demo: DemoEvent
) -> None:
    room = RoomService(database, demo.event.id, config=EAGER)
    after = database.last_change_id()
    feed = ChangeFeed(
        database.follower(after_id=after, event_id=demo.event.id),
        SearchService(database, demo.event.id),
        room,
    )
    keeper = BoardKeeper(room.engine)
    window, controller = build_wall(
        database,
        demo.event.id,
        station="wall-1",
        screen=None,
        windowed=True,
        feed=feed,
        room=room,
        keeper=keeper,
        page_timer=QTimer(),
    )
    qtbot.addWidget(window)
    wall = Wall(qtbot, window, controller)
    feed.start()
    try:
        with qtbot.waitSignal(keeper.board_rebuilt, timeout=10_000):
            service = CheckInService(database, station="desk")
            for guest in newcomers(demo, on_wall=True)[:3]:
                service.check_in(guest.id, f"desk-{guest.id}")
        qtbot.waitUntil(lambda: not keeper.solving and room.last_change_id == feed_last(database))
        # The last entries may be applied with the wall's refresh still a turn away.
        qtbot.waitUntil(lambda: window.state == room.wall_state())
        assert wall.on_cards() <= wall.named()
    finally:
        controller.close()
        keeper.close()
        feed.close()


def feed_last(database: Database) -> int:
    return database.last_change_id()
