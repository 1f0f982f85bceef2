"""Which screen shows what: the machine's configured names, defaults, and the one-screen layout."""

from __future__ import annotations

import logging
from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import QRect
from PySide6.QtGui import QScreen
from PySide6.QtWidgets import QWidget

log = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class ScreenPlan:
    """The check-in's screen and the wall's; ``wall`` is None with a single screen."""

    checkin: QScreen
    wall: QScreen | None


def plan_screens(
    screens: Sequence[QScreen], primary: QScreen, *, checkin_name: str = "", wall_name: str = ""
) -> ScreenPlan:
    """Screens by their configured names (``MachineConfig.checkin_screen``, ``wall_screen``).

    Check-in: the named screen, else the primary one. Wall: the named screen, else the first
    screen that is not the check-in's, else None (one screen: show both side by side). A
    name no screen has is logged and treated as unset: the event goes on.
    """
    checkin = _named(screens, checkin_name) or primary
    wall = _named(screens, wall_name)
    if wall is None or wall is checkin:
        wall = next((s for s in screens if s is not checkin), None)
    return ScreenPlan(checkin, wall)


def wall_screen(screens: Sequence[QScreen], primary: QScreen, *, wall_name: str = "") -> QScreen:
    """A wall-only process: the named screen, else the primary one."""
    return _named(screens, wall_name) or primary


def side_by_side(screen: QScreen) -> tuple[QRect, QRect]:
    """The screen's available area cut in two: check-in on the left, the wall on the right."""
    area = screen.availableGeometry()
    left = area.width() // 2
    return (
        QRect(area.left(), area.top(), left, area.height()),
        QRect(area.left() + left, area.top(), area.width() - left, area.height()),
    )


def fit_frame(window: QWidget, frame: QRect) -> None:
    """Place a shown, decorated window so that its frame (borders, title bar) fills ``frame``.

    The margins are the ones known now: a window manager that decorates later may still
    shift it by a few pixels, which is all right for a demo layout.
    """
    outer, inner = window.frameGeometry(), window.geometry()
    window.setGeometry(
        frame.adjusted(
            inner.left() - outer.left(),
            inner.top() - outer.top(),
            inner.right() - outer.right(),
            inner.bottom() - outer.bottom(),
        )
    )


def _named(screens: Sequence[QScreen], name: str) -> QScreen | None:
    if not name:
        return None
    found = next((s for s in screens if s.name() == name), None)
    if found is None:
        known = ", ".join(s.name() for s in screens)
        log.warning("no screen named %r (screens: %s); using the default", name, known)
    return found
