"""Organiser mode's look: denser sizes than the guest screens, the event's colours."""

from __future__ import annotations

from dataclasses import asdict

from PySide6.QtCore import QSize

from kiosk.ui.style import MIN_TOUCH_PX, TOUCH_MM, Metrics, Palette, size_class, stylesheet

SHEET = "organiser.qss"


def organiser_metrics(size: QSize, dots_per_inch: float = 96.0) -> Metrics:
    """Sizes for an organiser at the screen: tables and forms, yet every target >= 48 px."""
    floor = max(MIN_TOUCH_PX, round(TOUCH_MM / 25.4 * dots_per_inch))
    if size_class(size) == "large":
        m = Metrics(small=15, body=18, title=26, display=34, touch=54, key=80, chip=52,
                    row=52, margin=28, gap=14, radius=10)  # fmt: skip
    else:  # compact, and a portrait screen (its width is a compact one's)
        m = Metrics(small=14, body=16, title=22, display=30, touch=48, key=68, chip=48,
                    row=48, margin=20, gap=10, radius=8)  # fmt: skip
    return Metrics(
        **{
            **asdict(m),
            "touch": max(m.touch, floor),
            "key": max(m.key, floor),
            "chip": max(m.chip, floor),
            "row": max(m.row, floor),
        }
    )


def organiser_stylesheet(palette: Palette, metrics: Metrics) -> str:
    return stylesheet(palette, metrics, SHEET)
