"""The "Screens" page on a machine with two screens (offscreen, in a child process)."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import tomllib
from pathlib import Path

from kiosk.core import machine
from kiosk.core.demo import DemoEvent
from kiosk.core.machine import Role

CHILD = Path(__file__).with_name("screens_child.py")
ROOT = Path(__file__).resolve().parents[3]
KIOSK = {"name": "KIOSK", "x": 0, "y": 0, "width": 1280, "height": 800}
WALL = {"name": "WALL", "x": 1280, "y": 0, "width": 1920, "height": 1080}
DPI = {"logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1}


def _run_page(tmp_path: Path, db_path: Path, event_id: str) -> dict:  # type: ignore[type-arg]
    config = tmp_path / "screens.json"
    config.write_text(json.dumps({"screens": [KIOSK | DPI, WALL | DPI]}), encoding="utf-8")
    env = dict(os.environ, QT_QPA_PLATFORM=f"offscreen:configfile={config.resolve()}")
    shots = os.environ.get("ICEBREAKER_SHOTS", "")  # set it to look at the page and overlays
    args = [str(db_path), event_id, str(tmp_path / "machine.toml"), *([shots] if shots else [])]
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
        out, err = child.communicate(timeout=60)
    finally:
        if child.poll() is None:
            os.killpg(child.pid, signal.SIGKILL)
            child.wait()
    assert child.returncode == 0, err
    report: dict = json.loads(out.strip().splitlines()[-1])  # type: ignore[type-arg]
    return report


def test_two_screens_listed_identified_and_saved(
    tmp_path: Path, db_path: Path, demo: DemoEvent
) -> None:
    report = _run_page(tmp_path, db_path, demo.event.id)
    assert report["platform"] == ["KIOSK", "WALL"]
    assert report["rows"] == [
        ["1", "KIOSK", "1280 × 800", "0, 0", "Yes"],
        ["2", "WALL", "1920 × 1080", "1280, 0", ""],
    ]
    assert report["checkin_choices"] == ["", "KIOSK", "WALL"]  # "" first: automatic
    assert report["wall_choices"] == ["", "KIOSK", "WALL"]

    # One overlay per screen, numbered as listed, covering that screen and nothing else.
    assert report["overlays"] == [
        {"number": 1, "name": "KIOSK", "screen": "KIOSK", "geometry": [0, 0, 1280, 800],
         "visible": True, "grab": [1280, 800]},
        {"number": 2, "name": "WALL", "screen": "WALL", "geometry": [1280, 0, 1920, 1080],
         "visible": True, "grab": [1920, 1080]},
    ]  # fmt: skip

    assert report["problem"] == ""
    assert report["status"].startswith("Saved in ")
    path = tmp_path / "machine.toml"
    assert str(path) in report["status"]
    raw = tomllib.loads(report["machine_toml"])  # the file as written, names as Qt gives them
    assert (raw["checkin_screen"], raw["wall_screen"]) == ("WALL", "KIOSK")  # swapped on purpose
    saved = machine.load(path)
    assert (saved.checkin_screen, saved.wall_screen) == ("WALL", "KIOSK")
    assert (saved.station_name, saved.role) == ("Porte 1", Role.BOTH)
