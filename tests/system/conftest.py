"""System-test helpers: child processes in their own process group, read line by line."""

from __future__ import annotations

import contextlib
import os
import selectors
import signal
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


class Child:
    """``python -m tests.system.child ARGS`` with its own session, so it dies as a group."""

    def __init__(self, *args: str) -> None:
        self._stderr = tempfile.TemporaryFile()  # noqa: SIM115  (closed in close())
        self.proc = subprocess.Popen(
            [sys.executable, "-m", "tests.system.child", *args],
            cwd=ROOT,
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=self._stderr,
            start_new_session=True,
        )
        assert self.proc.stdout is not None
        self._fd = self.proc.stdout.fileno()
        self._selector = selectors.DefaultSelector()
        self._selector.register(self._fd, selectors.EVENT_READ)
        self._buffer = b""
        self._eof = False

    def send(self, line: str) -> None:
        assert self.proc.stdin is not None
        self.proc.stdin.write(line.encode() + b"\n")
        self.proc.stdin.flush()

    def lines_until(self, done: Callable[[str], bool], timeout: float = 20.0) -> list[str]:
        """Every line read up to and including the first one ``done`` accepts."""
        deadline = time.monotonic() + timeout
        lines: list[str] = []
        while True:
            while b"\n" in self._buffer:
                raw, self._buffer = self._buffer.split(b"\n", 1)
                lines.append(raw.decode())
                if done(lines[-1]):
                    return lines
            left = deadline - time.monotonic()
            if self._eof or left <= 0:
                raise AssertionError(
                    f"child gave no expected line; got {lines[-5:]}\n{self.stderr()}"
                )
            if self._selector.select(left):
                chunk = os.read(self._fd, 65536)
                self._eof = not chunk
                self._buffer += chunk

    def drain(self) -> list[str]:
        """After the child died: the lines it wrote that were not read yet."""
        self.proc.wait(timeout=10)
        while not self._eof:  # the writer is dead: reads end at EOF
            chunk = os.read(self._fd, 65536)
            self._eof = not chunk
            self._buffer += chunk
        lines = [raw.decode() for raw in self._buffer.split(b"\n") if raw]
        self._buffer = b""
        return lines

    def stderr(self) -> str:
        self._stderr.seek(0)
        return self._stderr.read().decode(errors="replace")[-3000:]

    def kill(self) -> None:
        """SIGKILL the whole process group (the child and anything it forked)."""
        if self.proc.poll() is None:
            with contextlib.suppress(ProcessLookupError):
                os.killpg(self.proc.pid, signal.SIGKILL)
        self.proc.wait(timeout=10)

    def close(self) -> None:
        self.kill()
        self._selector.close()
        for stream in (self.proc.stdin, self.proc.stdout):
            if stream is not None:
                stream.close()
        self._stderr.close()


@pytest.fixture
def spawn() -> Iterator[Callable[..., Child]]:
    """Start children; whatever the test's outcome, every one of them is killed at the end."""
    children: list[Child] = []

    def start(*args: str) -> Child:
        children.append(Child(*args))
        return children[-1]

    yield start
    for child in children:
        child.close()


@pytest.fixture
def prepared_db(tmp_path: Path) -> Callable[[int], Path]:
    """A migrated SQLite file with one event and ``guests`` guests named as the child names them."""

    def prepare(guests: int) -> Path:
        from kiosk.core.event import Event
        from kiosk.core.guest import Guest
        from kiosk.storage import open_database

        path = tmp_path / "kiosk.sqlite3"
        with open_database(f"sqlite:///{path}") as db, db.unit_of_work(station="setup") as uow:
            uow.events.create(Event(id="evt-1", name="Système"))
            for n in range(guests):
                # Named as tests/system/child.py names them (guest_id).
                uow.guests.add(Guest(id=f"kill-guest-{n:04d}", event_id="evt-1", first_name="G"))
            uow.commit()
        return path

    return prepare
