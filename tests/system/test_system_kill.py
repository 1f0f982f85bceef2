"""A station killed at random moments loses no acknowledged check-in and never doubles one."""

from __future__ import annotations

import os
import random
import signal
import sqlite3
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

GUESTS = 120
RESEND = 3  # a restarted station re-sends its last few check-ins, as a retrying station would
ROUNDS = int(os.environ.get("ICEBREAKER_KILL_ROUNDS", "50"))
SEED = 20261203


def _check_database(path: Path, acknowledged: list[str]) -> None:
    connection = sqlite3.connect(path)  # opening recovers the WAL the killed station left
    try:
        assert connection.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        stored = {row[0] for row in connection.execute("SELECT id FROM checkins")}
        assert set(acknowledged) <= stored, "an acknowledged check-in was lost"
        doubles = connection.execute(
            "SELECT guest_id FROM checkins WHERE checked_out_at IS NULL AND undone_at IS NULL "
            "GROUP BY guest_id HAVING count(*) > 1"
        ).fetchall()
        assert doubles == []
        unlogged = connection.execute(
            "SELECT count(*) FROM checkins c WHERE NOT EXISTS (SELECT 1 FROM change_log l "
            "WHERE l.entity_id = c.id AND l.kind = 'checked_in')"
        ).fetchone()
        assert unlogged == (0,), "a check-in was committed without its change-log entry"
    finally:
        connection.close()


class _Launcher:
    """Starts one station per round: forked from a warm launcher, or a cold interpreter.

    Forking is the default because a cold start costs about a second here (importing
    SQLAlchemy), which 50 rounds cannot afford; either way the station is a separate process
    in its own process group, killed with SIGKILL as a group.
    """

    def __init__(self, spawn: Callable[..., Any], path: Path, cold: bool) -> None:
        self._spawn, self._path, self._cold = spawn, path, cold
        if not cold:
            self._launcher = spawn("launcher", str(path), str(GUESTS))
            self._launcher.lines_until(lambda line: line == "launcher-ready")

    def round(self, start: int, kill_after: float) -> list[str]:
        """Start a station at ``start``, kill it ``kill_after`` s after it is ready: its lines."""
        if self._cold:
            child = self._spawn("station", str(self._path), str(GUESTS), str(start), str(RESEND))
            lines: list[str] = child.lines_until(lambda line: line.startswith("ready "))
            time.sleep(kill_after)
            child.kill()
            return [*lines, *child.drain(), f"exited {child.proc.pid} {child.proc.returncode}"]
        self._launcher.send(f"run {start} {RESEND}")
        lines = list(self._launcher.lines_until(lambda line: line.startswith("ready ")))
        station = int(lines[-1].split()[1])
        time.sleep(kill_after)
        os.killpg(station, signal.SIGKILL)
        end = f"exited {station} "
        lines += self._launcher.lines_until(lambda line: line.startswith(end))
        return lines

    def close(self) -> None:
        if not self._cold:
            self._launcher.send("quit")


@pytest.mark.slow
def test_a_killed_station_keeps_every_acknowledged_check_in(
    spawn: Callable[..., Any], prepared_db: Callable[[int], Path]
) -> None:
    path = prepared_db(GUESTS)
    rng = random.Random(SEED)
    launcher = _Launcher(spawn, path, cold=os.environ.get("ICEBREAKER_KILL_COLD") == "1")
    acknowledged: list[str] = []  # check-in ids printed after their commit, in order
    for _ in range(ROUNDS):
        lines = launcher.round(len(acknowledged), kill_after=rng.uniform(0.0, 0.15))

        station = lines[0].split()[1] if lines[0].startswith("ready") else "?"
        assert lines[-1].endswith(" -9"), lines[-3:]  # it died of the SIGKILL, nothing else
        assert [line for line in lines if line.startswith("error")] == [], station
        again = [line.split()[1:] for line in lines if line.startswith("again ")]
        assert [i for i, _ in again] == acknowledged[-RESEND:][: len(again)]
        assert {outcome for _, outcome in again} <= {"already_done"}
        acknowledged += [line.split()[1] for line in lines if line.startswith("done ")]
        _check_database(path, acknowledged)
    launcher.close()
    assert len(set(acknowledged)) == len(acknowledged)
    assert len(acknowledged) > ROUNDS  # the kills landed while the station was busy
