"""What the wall shows, read back for the tests: names, cards, welcomes, stored counts."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QTimer
from pytestqt.qtbot import QtBot

from kiosk.app.wall import WallController
from kiosk.core.demo import DemoEvent
from kiosk.core.guest import Guest
from kiosk.core.matching.guests import may_appear
from kiosk.storage import Database
from kiosk.ui.wall import WallWindow

ALREADY_IN = 40  # demo guests checked in before the wall starts (tests/gui/conftest.py)
ROOT = Path(__file__).resolve().parents[3]
CHILD = Path(__file__).with_name("wallapp_child.py")


@dataclass
class Wall:
    qtbot: QtBot
    window: WallWindow
    controller: WallController
    pages: QTimer | None = None  # the page timer, when the test turns pages by hand

    def named(self) -> set[str]:
        """Guests the wall may name (cards and welcomes draw their names from these)."""
        return set(self.window.state.names)

    def on_cards(self) -> set[str]:
        return {g for c in self.window.state.cards for g in (c.first.guest_id, c.second.guest_id)}

    def welcomes(self) -> list[str]:
        """Guests whose welcome is on screen or waiting, in order."""
        banner = self.window.banner
        current = [banner.current.guest_id] if banner.current is not None else []
        return current + [m.guest_id for m in banner.queue]

    def shows(self, guest_id: str) -> bool:
        """Anywhere on the wall: named, on a card, or welcomed."""
        return (
            guest_id in self.named() or guest_id in self.on_cards() or guest_id in self.welcomes()
        )


def newcomers(demo: DemoEvent, *, on_wall: bool) -> list[Guest]:
    """Demo guests not checked in yet, who did (or did not) consent to the wall."""
    return [g for g in demo.guests[ALREADY_IN:] if g.consents.on_wall is on_wall]


def expected_on_wall(database: Database, demo: DemoEvent) -> set[str]:
    """Present guests the wall may name, read straight from storage."""
    with database.reader() as uow:
        event = uow.events.get(demo.event.id)
        assert event is not None
        present = [uow.guests.get(c.guest_id) for c in uow.checkins.present(demo.event.id)]
    return {g.id for g in present if g is not None and may_appear(g, event.wall)}


def shown_counts(database: Database, demo: DemoEvent) -> dict[tuple[str, str], int]:
    with database.reader() as uow:
        counts = uow.exposure.counts(demo.event.id)
    return {key: c.shown for key, c in counts.items() if c.shown}


def run_child(*args: str, env: dict[str, str] | None = None, timeout: float = 60.0) -> str:
    """``python wallapp_child.py ARGS`` in its own process group; its stdout once it exits.

    The child arms its own watchdog; the group is killed here if it outlives ``timeout``.
    """
    child = subprocess.Popen(
        [sys.executable, str(CHILD), *args],
        cwd=ROOT,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        start_new_session=True,
    )
    try:
        out, err = child.communicate(timeout=timeout)
    finally:
        if child.poll() is None:
            os.killpg(child.pid, signal.SIGKILL)
            child.wait()
    assert child.returncode == 0, err
    return out


def start_child(*args: str) -> subprocess.Popen[str]:
    """The same child, left running while the test spins the event loop; see ``reap``."""
    return subprocess.Popen(
        [sys.executable, str(CHILD), *args],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        start_new_session=True,
    )


def reap(child: subprocess.Popen[str], timeout: float = 30.0) -> list[str]:
    """Its output lines once it exits (the group is killed if it does not)."""
    try:
        out, err = child.communicate(timeout=timeout)
    finally:
        if child.poll() is None:
            os.killpg(child.pid, signal.SIGKILL)
            child.wait()
    assert child.returncode == 0, err
    return out.splitlines()


def ids(guests: Iterable[Guest]) -> list[str]:
    return [g.id for g in guests]
