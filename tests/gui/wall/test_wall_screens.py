"""Placing the wall on its own screen (two offscreen screens, in a child process) and PNGs."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import textwrap
from pathlib import Path

from PySide6.QtGui import QImage
from pytestqt.qtbot import QtBot

from kiosk.ui.wall.screenshots import render_screenshots

ROOT = Path(__file__).resolve().parents[3]
SCREENS = {
    "screens": [
        {
            "name": "KIOSK",
            "x": 0,
            "y": 0,
            "width": 1280,
            "height": 800,
            "logicalDpi": 96,
            "logicalBaseDpi": 96,
            "dpr": 1,
        },
        {
            "name": "WALL",
            "x": 1280,
            "y": 0,
            "width": 1920,
            "height": 1080,
            "logicalDpi": 96,
            "logicalBaseDpi": 96,
            "dpr": 1,
        },
    ]
}

# The platform is read once when the QApplication starts, hence a child process. It carries
# its own watchdog (faulthandler exits it) in case the parent's kill never comes.
CHILD = textwrap.dedent(
    """
    import faulthandler, json, sys
    faulthandler.dump_traceback_later(45, exit=True)
    from PySide6.QtWidgets import QApplication
    from PySide6.QtTest import QTest
    from kiosk.ui.wall import WallWindow
    app = QApplication([])
    screens = {s.name(): s for s in app.screens()}
    wall = WallWindow()
    wall.place_on(screens["WALL"])
    assert QTest.qWaitForWindowExposed(wall, 10000)
    g = wall.geometry()
    print(json.dumps({
        "screens": sorted(screens),
        "geometry": [g.x(), g.y(), g.width(), g.height()],
        "screen": wall.screen().name(),
        "fullscreen": wall.isFullScreen(),
        "painted": [wall.grab().width(), wall.grab().height()],
    }))
    """
)


def test_wall_is_placed_full_screen_on_the_wall_screen(tmp_path: Path) -> None:
    config = tmp_path / "screens.json"
    config.write_text(json.dumps(SCREENS), encoding="utf-8")
    env = dict(os.environ, QT_QPA_PLATFORM=f"offscreen:configfile={config.resolve()}")
    child = subprocess.Popen(
        [sys.executable, "-c", CHILD],
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
    report = json.loads(out.strip().splitlines()[-1])
    assert report["screens"] == ["KIOSK", "WALL"]
    assert report["screen"] == "WALL"
    assert report["geometry"] == [1280, 0, 1920, 1080]
    assert report["fullscreen"] is True
    assert report["painted"] == [1920, 1080]


def test_screenshots_cover_rooms_languages_and_sizes(qtbot: QtBot, tmp_path: Path) -> None:
    paths = render_screenshots(tmp_path)
    names = {p.name for p in paths}
    assert "wall-300-fr-1920x1080.png" in names
    assert "wall-000-en-1280x800.png" in names
    assert "wall-040-fr-1920x1080-arrival.png" in names
    image = QImage(str(tmp_path / "wall-300-en-1280x800.png"))
    assert (image.width(), image.height()) == (1280, 800)
