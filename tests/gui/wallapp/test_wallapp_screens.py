"""Placing both screens: two offscreen screens in a child process, one screen side by side."""

from __future__ import annotations

import json
import logging
import os
from pathlib import Path

import pytest
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication
from wallapp_support import newcomers, run_child

from kiosk.app.screens import plan_screens, wall_screen
from kiosk.core.demo import DemoEvent


def _screen(name: str, x: int, width: int, height: int) -> dict[str, object]:
    return {
        "name": name,
        "x": x,
        "y": 0,
        "width": width,
        "height": height,
        "logicalDpi": 96,
        "logicalBaseDpi": 96,
        "dpr": 1,
    }


KIOSK = _screen("KIOSK", 0, 1280, 800)
WALL = _screen("WALL", 1280, 1920, 1080)


def _both(tmp_path: Path, db_path: Path, screens: list[dict[str, object]], *names: str) -> dict:  # type: ignore[type-arg]
    config = tmp_path / "screens.json"
    config.write_text(json.dumps({"screens": screens}), encoding="utf-8")
    env = dict(os.environ, QT_QPA_PLATFORM=f"offscreen:configfile={config.resolve()}")
    out = run_child("screens", str(db_path), *names, env=env)
    report: dict = json.loads(out.strip().splitlines()[-1])  # type: ignore[type-arg]
    return report


def test_check_in_and_wall_fill_their_configured_screens(tmp_path: Path, db_path: Path) -> None:
    report = _both(tmp_path, db_path, [KIOSK, WALL], "KIOSK", "WALL")
    assert report["screens"] == ["KIOSK", "WALL"]
    assert report["checkin"] == {
        "geometry": [0, 0, 1280, 800],
        "frame": [0, 0, 1280, 800],
        "screen": "KIOSK",
        "fullscreen": True,
        "grab": [1280, 800],
    }
    assert report["wall"] == {
        "geometry": [1280, 0, 1920, 1080],
        "frame": [1280, 0, 1920, 1080],
        "screen": "WALL",
        "fullscreen": True,
        "grab": [1920, 1080],
    }
    assert report["wall_named"] > 0  # the room is on it


def test_swapped_names_swap_the_screens(tmp_path: Path, db_path: Path) -> None:
    report = _both(tmp_path, db_path, [KIOSK, WALL], "WALL", "KIOSK")
    assert report["checkin"]["geometry"] == [1280, 0, 1920, 1080]
    assert report["wall"]["geometry"] == [0, 0, 1280, 800]


def test_one_screen_shows_both_side_by_side_in_windows(tmp_path: Path, db_path: Path) -> None:
    report = _both(tmp_path, db_path, [KIOSK], "", "")
    # Frames (the offscreen platform draws a 2-pixel border) fill the two halves.
    assert report["checkin"]["frame"] == [0, 0, 640, 800]
    assert report["wall"]["frame"] == [640, 0, 640, 800]
    assert not report["checkin"]["fullscreen"]
    assert not report["wall"]["fullscreen"]


def test_a_wall_only_process_fills_its_screen_and_follows_the_door(
    tmp_path: Path, db_path: Path, demo: DemoEvent
) -> None:
    config = tmp_path / "screens.json"
    config.write_text(json.dumps({"screens": [KIOSK, WALL]}), encoding="utf-8")
    env = dict(os.environ, QT_QPA_PLATFORM=f"offscreen:configfile={config.resolve()}")
    guest = newcomers(demo, on_wall=True)[0]
    out = run_child("wall", str(db_path), guest.id, env=env)
    report = json.loads(out.strip().splitlines()[-1])
    assert report == {
        "exit": 0,
        "geometry": [1280, 0, 1920, 1080],
        "screen": "WALL",
        "fullscreen": True,
        "named_before": False,
        "named_after": True,
    }


def test_an_unknown_screen_name_falls_back_and_says_so(
    qapp: QApplication, caplog: pytest.LogCaptureFixture
) -> None:
    primary = QGuiApplication.primaryScreen()
    with caplog.at_level(logging.WARNING):
        plan = plan_screens(qapp.screens(), primary, checkin_name="HDMI-9", wall_name="DP-7")
        alone = wall_screen(qapp.screens(), primary, wall_name="DP-7")
    assert (plan.checkin, plan.wall, alone) == (primary, None, primary)
    assert "HDMI-9" in caplog.text
    assert "DP-7" in caplog.text
