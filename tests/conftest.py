"""Test-wide set-up: Qt offscreen before any PySide6 import, reproducible hypothesis runs."""

from __future__ import annotations

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
