"""Test-wide set-up: Qt offscreen before any PySide6 import, reproducible hypothesis runs."""

from __future__ import annotations

import gc
import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# Keep the developer's own configuration and data out of every test.
os.environ.setdefault("ICEBREAKER_CONFIG", os.devnull)

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import HealthCheck, settings

from kiosk.storage import Database, open_database

settings.register_profile(
    "ci",
    deadline=None,
    derandomize=True,
    suppress_health_check=[HealthCheck.too_slow],
)
settings.load_profile("ci")


@pytest.fixture(autouse=True, scope="session")
def _garbage_collected_on_the_main_thread() -> Iterator[None]:
    """As the app does (kiosk/app/gccontrol.py): no automatic collection, which could run on
    a worker thread and destroy a previous test's Qt objects there (a crash)."""
    gc.disable()
    yield
    gc.enable()


_TESTS_PER_FULL_COLLECTION = 50
_tests_since_full = 0


@pytest.fixture(autouse=True)
def _collect_after_each_test() -> Iterator[None]:
    """Here, on the main thread: the next test starts without this one's cycles. With
    automatic collection off nothing is promoted during a test, so its garbage is young and a
    young collection (milliseconds) finds it; a full one (~0.2 s) runs now and then."""
    global _tests_since_full  # one counter for the session
    yield
    _tests_since_full += 1
    if _tests_since_full >= _TESTS_PER_FULL_COLLECTION:
        _tests_since_full = 0
        gc.collect()
    else:
        gc.collect(1)


# Each test folder defines ``migrated_template`` (a session-wide database file made once);
# every test gets its own copy of it.
@pytest.fixture
def db_path(tmp_path: Path, migrated_template: Path) -> Path:
    path = tmp_path / "kiosk.sqlite3"
    shutil.copyfile(migrated_template, path)
    return path


@pytest.fixture
def database(db_path: Path) -> Iterator[Database]:
    db = open_database(f"sqlite:///{db_path}")
    yield db
    db.close()
