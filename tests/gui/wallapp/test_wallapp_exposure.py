"""Exposure counts: one writer, read off the GUI thread, and a wall process with no search."""

from __future__ import annotations

import threading

import pytest
from pytestqt.qtbot import QtBot
from wallapp_support import Wall, newcomers

from kiosk.app.wallapp import build_wall
from kiosk.core.demo import DemoEvent
from kiosk.services.checkin import CheckInService
from kiosk.services.room import RoomService
from kiosk.services.search import SearchService
from kiosk.storage import Database
from kiosk.storage.exposure import ExposureLog, ExposureRepository, PairCounts


def test_a_wall_only_process_builds_no_search_index(
    qtbot: QtBot, database: Database, demo: DemoEvent, monkeypatch: pytest.MonkeyPatch
) -> None:
    def no_index(*_args: object, **_kwargs: object) -> None:
        raise AssertionError("the wall built a search index")

    monkeypatch.setattr(SearchService, "__init__", no_index)
    window, controller = build_wall(
        database, demo.event.id, station="wall-1", screen=None, windowed=True
    )
    qtbot.addWidget(window)
    try:
        guest = newcomers(demo, on_wall=True)[0]
        CheckInService(database, station="door-2").check_in(guest.id, "door-2-a")
        qtbot.waitUntil(lambda: guest.id in window.state.names, timeout=5000)
    finally:
        controller.close()


def test_stored_counts_reach_the_room_without_a_read_on_the_gui_thread(
    wall: Wall, database: Database, demo: DemoEvent, monkeypatch: pytest.MonkeyPatch
) -> None:
    readers: list[threading.Thread] = []
    counts = ExposureRepository.counts

    def spying(repo: ExposureRepository, event_id: str) -> dict[tuple[str, str], PairCounts]:
        readers.append(threading.current_thread())
        return counts(repo, event_id)

    monkeypatch.setattr(ExposureRepository, "counts", spying)
    room = wall.controller.room
    first, second = room.present_ids()[:2]
    # Another station told ``first`` to meet ``second`` (its own write, its own process).
    ExposureLog(database, demo.event.id, station="door-2").record_suggested(first, [second])
    wall.qtbot.waitUntil(lambda: room.engine.exposure(first, second).suggested == 1)
    assert readers
    assert threading.main_thread() not in readers


def test_a_read_returns_only_the_counts_that_changed_since_the_last(
    database: Database, demo: DemoEvent
) -> None:
    room = RoomService(database, demo.event.id)
    a, b, c = room.present_ids()[:3]
    log = ExposureLog(database, demo.event.id, station="wall-1")
    changes = log.record_shown([(a, b), (a, c)])
    update = room.apply(changes)
    assert update.exposure_stale  # counts to read: not read here
    assert not update  # and nothing else changed
    assert room.engine.exposure(a, b).shown == 0
    first = room.read_exposure()
    assert set(first) == {tuple(sorted(p)) for p in [(a, b), (a, c)]}
    room.install_exposure(first)
    assert room.engine.exposure(a, b).shown == 1
    log.record_suggested(c, [a])
    assert room.read_exposure() == {tuple(sorted((a, c))): PairCounts(1, 1)}
    assert room.read_exposure() == {}
    assert not log.record_shown([(a, a)])
    assert not log.record_suggested(a, [a])
