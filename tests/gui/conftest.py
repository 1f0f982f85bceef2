"""GUI fixtures shared by the journeys and the wall: the demo event, a room already busy."""

from __future__ import annotations

from pathlib import Path

import pytest
from dbtemplate import fold_wal

from kiosk.core.demo import DemoEvent, load_demo
from kiosk.resources import db_file
from kiosk.services.eventsetup import check_in_demo_guests, install_demo
from kiosk.storage import open_database

ALREADY_IN = 40  # demo guests checked in before the kiosk or the wall starts


@pytest.fixture(scope="session")
def demo() -> DemoEvent:
    return load_demo(db_file("demo"))


@pytest.fixture(scope="session")
def migrated_template(tmp_path_factory: pytest.TempPathFactory, demo: DemoEvent) -> Path:
    """The demo event installed, its first ALREADY_IN guests checked in."""
    path = tmp_path_factory.mktemp("demo-template") / "kiosk.sqlite3"
    with open_database(f"sqlite:///{path}") as database:
        install_demo(database, demo, station="setup")
        check_in_demo_guests(database, demo, ALREADY_IN)
    return fold_wal(path)
