"""`kiosk demo --screenshots DIR`: every screen of the journey and the wall, rendered to PNG."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import QSize

from kiosk.app.organiserscreens import render_organiser
from kiosk.core.badge import TEMPLATES, badge_content
from kiosk.core.demo import DemoEvent
from kiosk.core.guest import Consents, Language
from kiosk.ui.badge.renderer import badge_image
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
    written += render_badges(folder / "badges", demo)
    written += render_organiser(folder / "organiser", demo)
    return written


def render_badges(folder: Path, demo: DemoEvent) -> list[Path]:
    """Each template for a short, a long and a non-Latin name, in French and English."""
    folder.mkdir(parents=True, exist_ok=True)
    by_length = sorted(demo.guests, key=lambda g: len(g.first_name + g.last_name))
    samples = [by_length[len(by_length) // 2], by_length[-1]]
    samples += [g for g in demo.guests if ord(g.first_name[0]) > 0x2E80][:1]
    written: list[Path] = []
    for name, template in TEMPLATES.items():
        for language in Language:
            for n, guest in enumerate(samples):
                shared = replace(
                    guest,
                    contact=guest.email,
                    consents=Consents(on_wall=True, organisation_on_badge=True),
                )
                content = badge_content(shared, demo.event, demo.vocabulary, language=language)
                path = folder / f"{name}-{language.value}-{n}.png"
                badge_image(content, template, dpi=150).save(str(path))
                written.append(path)
    return written
