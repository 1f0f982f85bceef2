"""Another station's entry committed just before ours is never skipped by the room."""

from __future__ import annotations

from pathlib import Path

from pytestqt.qtbot import QtBot

from kiosk.app.changefeed import ChangeFeed
from kiosk.core.demo import load_demo
from kiosk.resources import db_file
from kiosk.services.checkin import CheckInService
from kiosk.services.eventsetup import install_demo
from kiosk.services.room import RoomService
from kiosk.services.search import SearchService
from kiosk.storage import open_database


def test_own_result_absorbed_before_a_poll_keeps_the_earlier_arrival(
    qtbot: QtBot, tmp_path: Path
) -> None:
    url = f"sqlite:///{tmp_path / 'k.sqlite3'}"
    demo = load_demo(db_file("demo"))
    with open_database(url) as here, open_database(url) as elsewhere:
        event_id = install_demo(here, demo)
        after = here.last_change_id()
        room = RoomService(here, event_id)
        feed = ChangeFeed(
            here.follower(after_id=after, event_id=event_id), SearchService(here, event_id), room
        )
        first, second = demo.guests[0], demo.guests[1]
        CheckInService(elsewhere, station="door-2").check_in(first.id, "ci-first")  # not polled
        ours = CheckInService(here, station="door-1").check_in(second.id, "ci-second")
        with qtbot.waitSignal(feed.changes_applied):
            feed.absorb(ours.changes)
        assert room.is_present(first.id)
        assert room.is_present(second.id)
        feed.close()
