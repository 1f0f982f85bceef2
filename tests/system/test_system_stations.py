"""Several processes on one SQLite file: racing stations, a follower, opening a new file."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from pathlib import Path
from typing import Any

from kiosk.core.guest import Consents
from kiosk.services.checkin import CheckInService
from kiosk.services.guests import GuestService
from kiosk.storage import open_database
from kiosk.storage.migrate import SCHEMA_HEAD

Spawn = Callable[..., Any]


def _guest(n: int) -> str:
    return f"kill-guest-{n:04d}"  # as prepared_db names them


def test_two_stations_checking_in_the_same_guest_at_once(
    spawn: Spawn, prepared_db: Callable[[int], Path]
) -> None:
    path = prepared_db(20)
    stations = [spawn("race", str(path), name) for name in ("door-A", "door-B")]
    for station in stations:
        station.lines_until(lambda line: line == "ready")
    for n in range(20):
        for station in stations:  # both lines are written before either answer is read
            station.send(f"{_guest(n)} {station.proc.pid}-{n}")
        answers = [station.lines_until(lambda _line: True)[-1].split() for station in stations]
        outcomes = sorted(outcome for outcome, _ in answers)
        assert outcomes == ["already_checked_in", "checked_in"], answers
        # The loser hears where the guest already checked in: the winner's station.
        winner = next(where for outcome, where in answers if outcome == "checked_in")
        loser_heard = next(where for outcome, where in answers if outcome != "checked_in")
        assert loser_heard == winner
    with sqlite3.connect(path) as connection:
        active = connection.execute(
            "SELECT guest_id, count(*) FROM checkins WHERE checked_out_at IS NULL "
            "AND undone_at IS NULL GROUP BY guest_id"
        ).fetchall()
    connection.close()
    assert sorted(active) == [(_guest(n), 1) for n in range(20)]


def test_a_follower_in_another_process_sees_every_change_in_order_across_a_restart(
    spawn: Spawn, prepared_db: Callable[[int], Path]
) -> None:
    path = prepared_db(30)
    database = open_database(f"sqlite:///{path}")
    checkins = CheckInService(database, station="door-A")
    guests = GuestService(database, station="door-A")

    def mutate(numbers: range) -> None:
        for n in numbers:
            checkins.check_in(_guest(n), f"c-{n}")
            guests.set_consents(_guest(n), Consents(on_wall=True))
            if n % 3 == 0:
                checkins.check_out(f"c-{n}")

    first = spawn("follow", str(path), "0")
    first.lines_until(lambda line: line == "ready")
    mutate(range(0, 5))
    middle = database.last_change_id()
    mutate(range(5, 10))
    seen = first.lines_until(lambda line: line.startswith(f"change {middle} "))
    first.kill()  # mid-stream: it may be printing entries after `middle` right now
    seen += first.drain()
    mutate(range(10, 20))  # while no follower runs
    last_seen = int(seen[-1].split()[1])
    second = spawn("follow", str(path), str(last_seen))
    second.lines_until(lambda line: line == "ready")
    mutate(range(20, 30))  # while it catches up
    final = database.last_change_id()
    seen += second.lines_until(lambda line: line.startswith(f"change {final} "))
    with database.reader() as uow:
        expected = [f"change {c.id} {c.kind}" for c in uow.log.after(0)]
    database.close()
    assert [line for line in seen if line.startswith("change ")] == expected


def test_processes_opening_a_new_database_at_once_all_succeed(spawn: Spawn, tmp_path: Path) -> None:
    path = tmp_path / "fresh" / "kiosk.sqlite3"
    openers = [spawn("open", f"sqlite:///{path}") for _ in range(3)]
    for opener in openers:
        opener.lines_until(lambda line: line == "waiting")
    for opener in openers:
        opener.send("go")
    answers = [opener.lines_until(lambda _line: True)[-1] for opener in openers]
    assert answers == [f"ok {SCHEMA_HEAD}"] * 3
    with sqlite3.connect(path) as connection:
        assert connection.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        assert connection.execute("SELECT version_num FROM alembic_version").fetchall() == [
            (SCHEMA_HEAD,)
        ]
    connection.close()
