"""Fixtures for badge tests: the demo event, a guest to rename."""

from __future__ import annotations

import pytest

from kiosk.core.demo import DemoEvent
from kiosk.core.guest import Guest


@pytest.fixture(scope="session")
def base_guest(demo: DemoEvent) -> Guest:
    return demo.guests[1]  # three skills, a sensitive interest
