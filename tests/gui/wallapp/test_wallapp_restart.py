"""A restarted wall catches up: nobody who left, nobody missing, and the page counts kept."""

from __future__ import annotations

import threading
from dataclasses import replace

import pytest
from pytestqt.qtbot import QtBot
from wallapp_support import Wall, expected_on_wall, newcomers, shown_counts

from kiosk.app.shownlog import ShownLog
from kiosk.app.wallapp import build_wall
from kiosk.core.demo import DemoEvent
from kiosk.core.event import WallLanguage
from kiosk.core.guest import Consents, Guest, Source
from kiosk.services.checkin import CheckInService
from kiosk.storage import Database


def _open(qtbot: QtBot, database: Database, demo: DemoEvent) -> Wall:
    window, controller = build_wall(
        database, demo.event.id, station="wall-1", screen=None, windowed=True
    )
    qtbot.addWidget(window)
    qtbot.waitExposed(window)
    return Wall(qtbot, window, controller)


def test_a_restarted_wall_shows_exactly_the_present_consenting_guests(
    qtbot: QtBot, database: Database, demo: DemoEvent
) -> None:
    first = _open(qtbot, database, demo)
    before = first.named()
    assert before == expected_on_wall(database, demo)
    first.controller.close()
    first.window.close()

    # Meanwhile, at the door: arrivals (one without consent, one unapproved walk-in) ...
    service = CheckInService(database, station="door-2")
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

    second = _open(qtbot, database, demo)
    try:
        expected = expected_on_wall(database, demo)
        assert second.named() == expected
        assert second.on_cards() <= expected
        assert {g.id for g in arriving[1:]} <= second.named()
        for gone in [*leaving, arriving[0].id, shy.id, walk_in.id]:
            assert not second.shows(gone), gone
        assert second.welcomes() == []  # who was already here gets no welcome again
        # ... and it follows on from there.
        later = newcomers(demo, on_wall=True)[5]
        service.check_in(later.id, "door-2-later")
        qtbot.waitUntil(lambda: second.welcomes() == [later.id], timeout=5000)
    finally:
        second.controller.close()


def test_pairs_on_screen_are_counted_in_storage_off_the_gui_thread(
    wall: Wall, database: Database, demo: DemoEvent, monkeypatch: pytest.MonkeyPatch
) -> None:
    threads: list[threading.Thread] = []
    record = ShownLog.record

    def spying(log: ShownLog, pairs: list[tuple[str, str]]) -> object:
        threads.append(threading.current_thread())
        return record(log, pairs)

    monkeypatch.setattr(ShownLog, "record", spying)
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
    # The entry comes back through the follower: the room's engine fades those pairs too.
    engine = wall.controller.room.engine
    wall.qtbot.waitUntil(lambda: all(engine.exposure(*k).shown >= 1 for k in page_two))


def test_a_restarted_wall_keeps_the_counts_of_pairs_already_shown(
    qtbot: QtBot, database: Database, demo: DemoEvent
) -> None:
    first = _open(qtbot, database, demo)
    shown = {c.key for c in first.window.shown_cards}
    qtbot.waitUntil(lambda: shown <= set(shown_counts(database, demo)), timeout=5000)
    first.controller.close()
    second = _open(qtbot, database, demo)
    try:
        engine = second.controller.room.engine
        assert all(engine.exposure(*key).shown >= 1 for key in shown)
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
