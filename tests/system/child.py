"""Child processes for the system tests: a checking-in station, a racer, a follower, an opener.

Run from the repository root as ``python -m tests.system.child MODE ARGS...``. Every line it
prints is one ``os.write`` (atomic on a pipe), written only after what it reports is committed.
Each process arms its own watchdog (SIGALRM) so that a lost parent never leaves it running.
"""

from __future__ import annotations

import os
import signal
import sys
import time
import uuid

from kiosk.services.checkin import CheckInOutcome, CheckInService
from kiosk.storage import open_database

WATCHDOG_S = 60  # any one child: a test step never needs this long
LAUNCHER_WATCHDOG_S = 240  # the launcher lives through all the kill rounds
NAMESPACE = uuid.UUID("0d7f4f55-53c1-4d43-9d8e-8f0a7d3c2b10")


def say(line: str) -> None:
    os.write(1, (line + "\n").encode())


def guest_id(number: int) -> str:
    return f"kill-guest-{number:04d}"


def check_in_id(step: int, guests: int) -> str:
    """Step s checks in guest s % guests for the (s // guests)-th time: a fixed id per step."""
    return str(uuid.uuid5(NAMESPACE, f"{step // guests}:{step % guests}"))


def check_in_loop(db_path: str, guests: int, start: int, resend: int) -> None:
    """Re-send the last ``resend`` steps (a retrying station), then check in until killed."""
    database = open_database(f"sqlite:///{db_path}")
    service = CheckInService(database, station=f"station-{os.getpid()}")
    say(f"ready {os.getpid()}")
    for step in range(max(0, start - resend), start):
        result = service.check_in(guest_id(step % guests), check_in_id(step, guests))
        say(f"again {check_in_id(step, guests)} {result.outcome}")
    step = start
    while True:
        guest, check_in = guest_id(step % guests), check_in_id(step, guests)
        result = service.check_in(guest, check_in)
        if result.outcome is CheckInOutcome.ALREADY_CHECKED_IN and result.check_in is not None:
            service.check_out(result.check_in.id)  # still in from the previous lap
            result = service.check_in(guest, check_in)
        if not result.ok:
            say(f"error {check_in} {result.outcome}")
            os._exit(3)
        say(f"done {check_in}")
        step += 1


def launcher(db_path: str, guests: int) -> None:
    """Forks a fresh station per ``run START RESEND`` line: a cold interpreter costs ~1 s here.

    The station gets its own session (process group) so the test can SIGKILL it as a group;
    the launcher reaps it and reports how it ended.
    """
    say("launcher-ready")
    for line in sys.stdin:
        command, *args = line.split()
        if command == "quit":
            return
        start, resend = (int(a) for a in args)
        pid = os.fork()
        if pid == 0:
            os.setsid()
            signal.alarm(WATCHDOG_S)
            try:
                check_in_loop(db_path, guests, start, resend)
            finally:
                os._exit(4)
        say(f"pid {pid}")
        _, status = os.waitpid(pid, 0)
        say(f"exited {pid} {os.waitstatus_to_exitcode(status)}")


def race(db_path: str, station: str) -> None:
    """Check in each ``GUEST_ID CHECK_IN_ID`` line; answer the outcome and the station."""
    service = CheckInService(open_database(f"sqlite:///{db_path}"), station=station)
    say("ready")
    for line in sys.stdin:
        guest, check_in = line.split()
        result = service.check_in(guest, check_in)
        where = result.check_in.station if result.check_in is not None else "-"
        say(f"{result.outcome} {where}")


def follow(db_path: str, after_id: int) -> None:
    """Print every change-log entry after ``after_id`` as it is committed, until killed."""
    follower = open_database(f"sqlite:///{db_path}").follower(after_id=after_id)
    say("ready")
    while True:
        for change in follower.poll():
            say(f"change {change.id} {change.kind}")
        time.sleep(0.002)


def open_when_told(url: str) -> None:
    """Wait for ``go``, then open (and migrate) the database at ``url``."""
    import alembic.command  # noqa: F401  (imported before "go": both racers start even)

    from kiosk.storage.migrate import current_revision

    say("waiting")
    sys.stdin.readline()
    try:
        database = open_database(url)
        with database.engine.connect() as connection:
            say(f"ok {current_revision(connection)}")
    except Exception as exc:
        say(f"error {type(exc).__name__}: {exc}")


def main(argv: list[str]) -> None:
    mode, *args = argv
    signal.alarm(LAUNCHER_WATCHDOG_S if mode == "launcher" else WATCHDOG_S)
    if mode == "launcher":
        launcher(args[0], int(args[1]))
    elif mode == "station":  # a cold start per round: ICEBREAKER_KILL_COLD=1
        check_in_loop(args[0], int(args[1]), int(args[2]), int(args[3]))
    elif mode == "race":
        race(args[0], args[1])
    elif mode == "follow":
        follow(args[0], int(args[1]))
    elif mode == "open":
        open_when_told(args[0])
    else:
        raise SystemExit(f"unknown mode {mode!r}")


if __name__ == "__main__":
    main(sys.argv[1:])
