"""The check-in stylesheet: one QSS file filled with the event's colours and the screen's sizes."""

from __future__ import annotations

import re
from dataclasses import asdict, dataclass
from functools import cache

from PySide6.QtCore import QSize
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QWidget

from kiosk.core.event import Branding
from kiosk.resources import asset

AA_TEXT = 4.5  # WCAG AA for body text
MIN_TOUCH_PX = 48
TOUCH_MM = 9.0
_TOKEN = re.compile(r"@([a-z_]+)@")


def _channel(value: float) -> float:
    return value / 12.92 if value <= 0.03928 else ((value + 0.055) / 1.055) ** 2.4


def luminance(colour: str) -> float:
    """WCAG relative luminance of a colour name ("#1B3A5C")."""
    c = QColor(colour)
    return (
        0.2126 * _channel(c.redF()) + 0.7152 * _channel(c.greenF()) + 0.0722 * _channel(c.blueF())
    )


def contrast(a: str, b: str) -> float:
    """WCAG contrast ratio between two colours, 1 to 21."""
    la, lb = sorted((luminance(a), luminance(b)), reverse=True)
    return (la + 0.05) / (lb + 0.05)


def mix(a: str, b: str, share_of_b: float) -> str:
    ca, cb = QColor(a), QColor(b)
    t = max(0.0, min(1.0, share_of_b))
    return QColor.fromRgbF(
        ca.redF() + (cb.redF() - ca.redF()) * t,
        ca.greenF() + (cb.greenF() - ca.greenF()) * t,
        ca.blueF() + (cb.blueF() - ca.blueF()) * t,
    ).name()


def readable_on(background: str) -> str:
    """Black or white, whichever reads better on ``background``."""
    return (
        "#000000"
        if contrast("#000000", background) >= contrast("#FFFFFF", background)
        else "#FFFFFF"
    )


def readable(colour: str, *backgrounds: str, ratio: float = AA_TEXT) -> str:
    """``colour`` nudged until it reads on every one of ``backgrounds``."""
    for _ in range(len(backgrounds) + 1):
        worst = min(backgrounds, key=lambda b: contrast(colour, b))
        if contrast(colour, worst) >= ratio:
            break
        colour = ensure_contrast(colour, worst, ratio)
    return colour


def settle_background(colour: str, ratio: float = 7.0) -> str:
    """A background on which black or white text reaches ``ratio``: mid greys are pushed
    darker or lighter, so cards and muted text still have room to differ from it."""
    if contrast(readable_on(colour), colour) >= ratio:
        return QColor(colour).name()
    away = "#000000" if readable_on(colour) == "#FFFFFF" else "#FFFFFF"
    for step in range(1, 21):
        candidate = mix(colour, away, step / 20)
        if contrast(readable_on(candidate), candidate) >= ratio:
            return candidate
    return away


def ensure_contrast(colour: str, background: str, ratio: float = AA_TEXT) -> str:
    """``colour`` itself if it reads on ``background``, else nudged towards black or white.

    Organisers pick brand colours for looks; the kiosk keeps their hue but never lets
    text drop below WCAG AA.
    """
    if contrast(colour, background) >= ratio:
        return QColor(colour).name()
    target = readable_on(background)
    for step in range(1, 21):
        candidate = mix(colour, target, step / 20)
        if contrast(candidate, background) >= ratio:
            return candidate
    return target


@dataclass(frozen=True, slots=True)
class Palette:
    """Colours of the stylesheet, every text colour checked against what it is drawn on."""

    background: str
    surface: str
    raised: str
    text: str
    muted: str
    border: str
    primary: str
    on_primary: str
    accent: str
    on_accent: str
    accent_text: str
    skill: str
    on_skill: str
    interest: str
    on_interest: str
    warn: str

    @classmethod
    def from_branding(cls, branding: Branding) -> Palette:
        bg = settle_background(branding.background_colour)
        text = ensure_contrast(branding.text_colour, bg, 7.0)
        surface = mix(bg, text, 0.07)
        raised = mix(bg, text, 0.14)
        # Muted text must still read on every surface it sits on.
        muted = readable(mix(text, bg, 0.3), bg, surface, raised)
        primary = QColor(branding.primary_colour).name()
        accent = QColor(branding.accent_colour).name()
        # Skills and interests keep fixed hues on every event, so guests learn them once.
        skill, interest = "#3CC7B4", "#B69CFF"
        return cls(
            background=bg,
            surface=surface,
            raised=raised,
            text=text,
            muted=muted,
            # WCAG 1.4.11: a field's outline is a UI component, 3:1 against what surrounds it.
            border=readable(mix(bg, text, 0.35), bg, surface, ratio=3.0),
            primary=primary,
            on_primary=readable_on(primary),
            accent=accent,
            on_accent=readable_on(accent),
            accent_text=readable(accent, bg),
            skill=skill,
            on_skill=readable_on(skill),
            interest=interest,
            on_interest=readable_on(interest),
            warn=readable("#FFB870", bg, surface, raised),
        )

    def text_pairs(self) -> dict[str, tuple[str, str]]:
        """Every (text, background) pair the stylesheet draws, for contrast checks."""
        return {
            "text on background": (self.text, self.background),
            "text on surface": (self.text, self.surface),
            "text on raised": (self.text, self.raised),
            "muted on background": (self.muted, self.background),
            "muted on surface": (self.muted, self.surface),
            "muted on raised": (self.muted, self.raised),
            "primary button": (self.on_primary, self.primary),
            "accent button": (self.on_accent, self.accent),
            "skill chip": (self.on_skill, self.skill),
            "interest chip": (self.on_interest, self.interest),
            "warning on surface": (self.warn, self.surface),
            "warning on background": (self.warn, self.background),
            "warning on raised": (self.warn, self.raised),
            "accent text on background": (self.accent_text, self.background),
        }

    def outline_pairs(self) -> dict[str, tuple[str, str]]:
        """Outlines of fields and buttons against their surroundings (3:1 for UI parts)."""
        return {
            "border on background": (self.border, self.background),
            "border on surface": (self.border, self.surface),
        }


@dataclass(frozen=True, slots=True)
class Metrics:
    """Pixel sizes for one class of screen: fonts read at arm's length, targets >= 9 mm."""

    small: int
    body: int
    title: int
    display: int
    touch: int
    key: int
    chip: int
    row: int
    margin: int
    gap: int
    radius: int

    @classmethod
    def for_size(cls, size: QSize, dots_per_inch: float = 96.0) -> Metrics:
        touch_floor = max(MIN_TOUCH_PX, round(TOUCH_MM / 25.4 * dots_per_inch))
        kind = size_class(size)
        if kind == "compact":
            m = cls(18, 22, 34, 56, 64, 60, 52, 76, 24, 14, 14)
        elif kind == "portrait":
            m = cls(22, 28, 44, 72, 88, 84, 64, 100, 32, 20, 18)
        else:
            m = cls(22, 28, 46, 80, 84, 80, 64, 96, 36, 20, 18)
        return cls(
            **{
                **asdict(m),
                "touch": max(m.touch, touch_floor),
                "key": max(m.key, touch_floor),
                "chip": max(m.chip, touch_floor),
            }
        )


def size_class(size: QSize) -> str:
    """compact (1280x800), large (1920x1080) or portrait (a 1080x1920 totem)."""
    if size.height() > size.width():
        return "portrait"
    return "large" if size.height() >= 1000 else "compact"


@cache
def _template(sheet: str) -> str:
    return asset("style", sheet).read_text(encoding="utf-8")


def stylesheet(palette: Palette, metrics: Metrics, sheet: str = "checkin.qss") -> str:
    """A QSS of assets/style (the check-in one unless ``sheet`` names another, e.g.
    organiser.qss) with every @token@ replaced; an unknown token is a bug, not a default."""
    values = {k: str(v) for k, v in (asdict(palette) | asdict(metrics)).items()}

    def value(match: re.Match[str]) -> str:
        return values[match[1]]

    return _TOKEN.sub(value, _template(sheet))


def repolish(widget: QWidget) -> None:
    """Re-apply the stylesheet after a dynamic property it keys on has changed."""
    style = widget.style()
    style.unpolish(widget)
    style.polish(widget)
    widget.update()
