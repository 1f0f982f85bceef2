"""Renders the wall for sample rooms to PNG files (``kiosk demo --screenshots DIR``).

Rooms come from the demo event: empty, one guest, 40 guests and 300 (synthetic copies), each
in French and English at 1920x1080 and 1280x800. A QApplication must exist.
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import QSize, QTimer

from kiosk.core.demo import DemoEvent, load_demo
from kiosk.core.demoroom import sample_room
from kiosk.core.event import WallLanguage
from kiosk.core.guest import Guest
from kiosk.core.wallview import WallState, arrival_message, build_wall_state
from kiosk.resources import db_file
from kiosk.ui.wall.window import WallWindow

ROOMS = (0, 1, 40, 300)
SIZES = (QSize(1920, 1080), QSize(1280, 800))
LANGUAGES = (WallLanguage.FR, WallLanguage.EN)


def _stress_names(guests: list[Guest]) -> list[Guest]:
    """Two long compound names sharing a first name (so both carry an initial)."""
    shown = [i for i, g in enumerate(guests) if g.consents.on_wall]
    if len(shown) < 4:
        return guests
    out = list(guests)
    out[shown[-1]] = replace(out[shown[-1]], first_name="Marie-Clémentine", last_name="Lefèvre")
    out[shown[-2]] = replace(out[shown[-2]], first_name="Marie-Clémentine", last_name="Zhang")
    return out


def sample_state(demo: DemoEvent, count: int) -> tuple[WallState, list[Guest]]:
    room = sample_room(demo, count)
    guests = _stress_names([room.guests[gid] for gid in room.present_ids])
    by_id = {g.id: g for g in guests}
    state = build_wall_state(room.board, by_id, room.present_ids, demo.vocabulary, demo.event.wall)
    return state, guests


def render_screenshots(folder: Path, demo: DemoEvent | None = None) -> list[Path]:
    """Write one PNG per room, language and size into ``folder``; returns their paths."""
    demo = demo or load_demo(db_file("demo"))
    folder.mkdir(parents=True, exist_ok=True)
    written: list[Path] = []
    idle = QTimer()  # never started: no page turn while the shots are taken
    window = WallWindow(demo.event.branding, WallLanguage.FR, page_timer=idle)
    try:
        for count in ROOMS:
            state, guests = sample_state(demo, count)
            for size in SIZES:
                window.resize(size)
                for language in LANGUAGES:
                    window.set_language(language)
                    window.set_state(state)
                    window.banner.clear()
                    message = next(
                        (
                            m
                            for g in reversed(guests)
                            if (
                                m := arrival_message(
                                    g, demo.vocabulary, demo.event.wall, state=state
                                )
                            )
                        ),
                        None,
                    )
                    name = f"wall-{count:03d}-{language.value}-{size.width()}x{size.height()}"
                    written.append(_grab(window, folder / f"{name}.png"))
                    if message is not None and count in (1, 40):
                        window.announce_arrival(message)
                        window.banner.animation.setCurrentTime(window.banner.animation.duration())
                        written.append(_grab(window, folder / f"{name}-arrival.png"))
                        window.banner.clear()
    finally:
        window.deleteLater()
    return written


def _grab(window: WallWindow, path: Path) -> Path:
    window.finish_animations()
    window.grab().save(str(path))
    return path
