"""Test-wide set-up: Qt offscreen before any PySide6 import, reproducible hypothesis runs."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# Keep the developer's own configuration and data out of every test.
os.environ.setdefault("ICEBREAKER_CONFIG", os.devnull)

from hypothesis import HealthCheck, settings

settings.register_profile(
    "ci",
    deadline=None,
    derandomize=True,
    suppress_health_check=[HealthCheck.too_slow],
)
settings.load_profile("ci")
