"""The projected wall: suggested conversations, the room's pulse and arrivals (passive window)."""

from kiosk.ui.wall.motion import Timings
from kiosk.ui.wall.window import WallWindow

__all__ = ["Timings", "WallWindow"]
