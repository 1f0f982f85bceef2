"""Fixtures for badge tests: the demo event, a guest to rename."""

from __future__ import annotations

import pytest

from kiosk.core.demo import DemoEvent, load_demo
from kiosk.core.guest import Guest
from kiosk.resources import db_file


@pytest.fixture(scope="session")
def demo() -> DemoEvent:
    return load_demo(db_file("demo"))


@pytest.fixture(scope="session")
def base_guest(demo: DemoEvent) -> Guest:
    return demo.guests[1]  # three skills, a sensitive interest
