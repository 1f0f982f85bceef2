"""A restarted wall catches up: nobody who left, nobody missing, and the page counts kept."""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator
from dataclasses import replace
from datetime import datetime, timedelta

import pytest
from pytestqt.qtbot import QtBot
from wallapp_support import Wall, expected_on_wall, newcomers, shown_counts

from kiosk.app.wall import CATCH_UP_MAX, WallController
from kiosk.app.wallapp import build_wall
from kiosk.core.demo import DemoEvent
from kiosk.core.event import WallLanguage
from kiosk.core.guest import Consents, Guest, Source
from kiosk.services.checkin import CheckInService
from kiosk.services.room import RoomService
from kiosk.services.station import utc_now
from kiosk.storage import Database
from kiosk.storage.exposure import ExposureLog

# The room filled (tests/gui/conftest.py) well before the door's clock here.
LATER = utc_now() + timedelta(hours=2)


def _at(moment: datetime) -> Callable[[], datetime]:
    return lambda: moment


def _ticking(start: datetime) -> Callable[[], datetime]:
    """A door clock one second further at each reading: arrivals in a known order."""
    ticks = iter(range(10_000))
    return lambda: start + timedelta(seconds=next(ticks))


_OPENED: list[WallController] = []


@pytest.fixture(autouse=True)
def _close_every_wall() -> Iterator[None]:
    """A test that fails half-way still stops its walls' threads (closing twice is a no-op)."""
    yield
    while _OPENED:
        _OPENED.pop().close()


def _open(qtbot: QtBot, database: Database, demo: DemoEvent, *, now: datetime = LATER) -> Wall:
    window, controller = build_wall(
        database, demo.event.id, station="wall-1", screen=None, windowed=True, clock=_at(now)
    )
    _OPENED.append(controller)
    qtbot.addWidget(window)
    qtbot.waitExposed(window)
    return Wall(qtbot, window, controller)


def test_a_restarted_wall_shows_exactly_the_present_consenting_guests(
    qtbot: QtBot, database: Database, demo: DemoEvent
) -> None:
    first = _open(qtbot, database, demo)
    before = first.named()
    assert before == expected_on_wall(database, demo)
    assert first.welcomes() == []  # the room filled hours ago: nobody to catch up on
    first.controller.close()
    first.window.close()

    # Meanwhile, at the door: arrivals (one without consent, one unapproved walk-in) ...
    service = CheckInService(database, station="door-2", clock=_ticking(LATER))
    arriving = newcomers(demo, on_wall=True)[:4]
    shy = newcomers(demo, on_wall=False)[0]
    for guest in [*arriving, shy]:
        assert service.check_in(guest.id, f"door-2-{guest.id}").ok
    walk_in = Guest(
        id="walk-in-r",
        event_id=demo.event.id,
        first_name="Oona",
        source=Source.WALK_IN,
        consents=Consents(on_wall=True),
    )
    assert service.check_in_walk_in(walk_in, "door-2-walk-in").ok
    # ... and departures: some who were on the wall, and one of the new arrivals undone.
    leaving = sorted(first.on_cards())[:3]
    for guest_id in leaving:
        service.check_out_guest(guest_id)
    undone = service.active_check_in(arriving[0].id)
    assert undone is not None
    service.undo(undone.id)

    second = _open(qtbot, database, demo, now=LATER + timedelta(minutes=2))
    try:
        expected = expected_on_wall(database, demo)
        assert second.named() == expected
        assert second.on_cards() <= expected
        assert {g.id for g in arriving[1:]} <= second.named()
        for gone in [*leaving, arriving[0].id, shy.id, walk_in.id]:
            assert not second.shows(gone), gone
        # Who arrived while the wall was down is welcomed now (in order), nobody else.
        missed = [g.id for g in arriving[1:]]
        qtbot.waitUntil(lambda: second.welcomes() == missed, timeout=5000)
        # ... and it follows on from there.
        later = newcomers(demo, on_wall=True)[5]
        service.check_in(later.id, "door-2-later")
        qtbot.waitUntil(lambda: second.welcomes()[-1:] == [later.id], timeout=5000)
    finally:
        second.controller.close()


def test_a_restart_welcomes_only_the_last_minutes_arrivals_oldest_first_and_a_few(
    qtbot: QtBot, database: Database, demo: DemoEvent
) -> None:
    """The door kept going while the wall was down: an hour-old arrival is not welcomed,
    and a busy stretch replays only the latest few (oldest of them first)."""
    arriving = newcomers(demo, on_wall=True)[: CATCH_UP_MAX + 4]
    shy = newcomers(demo, on_wall=False)[0]
    start = LATER + timedelta(hours=1)
    service = CheckInService(database, station="door-2", clock=_at(start))
    assert service.check_in(arriving[0].id, "long-ago").ok  # an hour before the restart
    for n, guest in enumerate([*arriving[1:], shy], start=1):
        late = CheckInService(
            database, station="door-2", clock=_at(start + timedelta(hours=1, seconds=n))
        )
        assert late.check_in(guest.id, f"busy-{n}").ok

    wall = _open(qtbot, database, demo, now=start + timedelta(hours=1, minutes=2))
    try:
        latest = [g.id for g in arriving[-CATCH_UP_MAX:]]
        qtbot.waitUntil(lambda: wall.welcomes() == latest, timeout=5000)
        assert arriving[0].id in wall.named()  # here, just not welcomed again
    finally:
        wall.controller.close()


def test_pairs_on_screen_are_counted_in_storage_off_the_gui_thread(
    wall: Wall, database: Database, demo: DemoEvent, monkeypatch: pytest.MonkeyPatch
) -> None:
    threads: list[threading.Thread] = []
    readers: list[threading.Thread] = []
    record, read = ExposureLog.record_shown, RoomService.read_exposure

    def spying(log: ExposureLog, pairs: list[tuple[str, str]]) -> object:
        threads.append(threading.current_thread())
        return record(log, pairs)

    def reading(room: RoomService) -> object:
        readers.append(threading.current_thread())
        return read(room)

    monkeypatch.setattr(ExposureLog, "record_shown", spying)
    monkeypatch.setattr(RoomService, "read_exposure", reading)
    assert wall.window.page_count > 1
    wall.pages.timeout.emit()  # type: ignore[union-attr]  (turn to page 2)
    page_two = {c.key for c in wall.window.shown_cards}
    assert page_two

    def counted() -> None:
        counts = shown_counts(database, demo)
        assert all(counts.get(key, 0) >= 1 for key in page_two)

    wall.qtbot.waitUntil(counted, timeout=5000)
    assert threads
    assert threading.main_thread() not in threads
    # The entry comes back through the follower: the room's engine fades those pairs too,
    # with counts read off the GUI thread as well.
    engine = wall.controller.room.engine
    wall.qtbot.waitUntil(lambda: all(engine.exposure(*k).shown >= 1 for k in page_two))
    assert readers
    assert threading.main_thread() not in readers


def test_a_restarted_wall_keeps_the_counts_of_pairs_already_shown(
    qtbot: QtBot, database: Database, demo: DemoEvent
) -> None:
    first = _open(qtbot, database, demo)
    try:  # closed whatever happens: a wall left running breaks the tests after this one
        shown = {c.key for c in first.window.shown_cards}
        qtbot.waitUntil(lambda: shown <= set(shown_counts(database, demo)), timeout=10_000)
    finally:
        first.controller.close()
    second = _open(qtbot, database, demo)
    try:
        engine = second.controller.room.engine

        def counted() -> None:
            assert all(engine.exposure(*key).shown >= 1 for key in shown)

        qtbot.waitUntil(counted, timeout=10_000)  # counts may load off the GUI thread
    finally:
        second.controller.close()


def test_an_event_update_rebrands_and_relanguages_the_wall(
    wall: Wall, database: Database, demo: DemoEvent
) -> None:
    with database.unit_of_work(station="organiser") as uow:
        event = uow.events.get(demo.event.id)
        assert event is not None
        branding = replace(event.branding, display_name="Soirée Lyon Tech")
        uow.events.update(
            replace(event, branding=branding, wall=replace(event.wall, language=WallLanguage.EN))
        )
        uow.commit()

    def rebranded() -> None:
        assert wall.window.language.value == "en"
        assert "Soirée Lyon Tech" in wall.window.visible_text()

    wall.qtbot.waitUntil(rebranded, timeout=5000)
