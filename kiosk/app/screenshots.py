"""`kiosk demo --screenshots DIR`: every screen of the journey and the wall, rendered to PNG."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSize

from kiosk.core.demo import DemoEvent
from kiosk.core.guest import Language
from kiosk.ui.checkin.screenshots import render_screens
from kiosk.ui.wall.screenshots import render_screenshots

# Landscape kiosks (a 13" touchscreen, a full-HD one) and a portrait totem.
CHECKIN_SIZES = (QSize(1280, 800), QSize(1920, 1080), QSize(1080, 1920))


def render_all(folder: Path, demo: DemoEvent) -> list[Path]:
    """Render into ``folder`` (created); needs a QApplication. Returns the files written."""
    checkin = folder / "checkin"
    written: list[Path] = []
    for language in Language:
        for size in CHECKIN_SIZES:
            written += render_screens(checkin, demo, size=size, language=language)
    written += render_screenshots(folder / "wall", demo)
    return written
