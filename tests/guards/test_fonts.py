"""Every character of the demo guests' names has a glyph in an installed font (no boxes)."""

from __future__ import annotations

from PySide6.QtGui import QFont, QFontDatabase, QRawFont
from pytestqt.qtbot import QtBot

from kiosk.core.demo import load_demo
from kiosk.resources import db_file


def test_a_real_font_family_is_installed(qtbot: QtBot) -> None:
    families = QFontDatabase.families()
    assert families, "no font installed: every glyph would render as a box"
    assert any("DejaVu" in f or "Noto" in f for f in families)


def _raw_fonts() -> list[QRawFont]:
    """The default font and every installed family: what Qt's fallback can reach."""
    fonts = [QRawFont.fromFont(QFont())]
    for family in QFontDatabase.families():
        raw = QRawFont.fromFont(QFont(family))
        if raw.isValid():
            fonts.append(raw)
    return fonts


def test_demo_names_have_glyphs(qtbot: QtBot) -> None:
    demo = load_demo(db_file("demo"))
    characters = {
        ch
        for guest in demo.guests
        for ch in guest.first_name + guest.last_name
        if not ch.isspace() and ch not in "-'"
    }
    fonts = _raw_fonts()
    missing = sorted(
        ch for ch in characters if not any(f.supportsCharacter(ord(ch)) for f in fonts)
    )
    # Marks of Devanagari or Thai are drawn by shaping but still need a font covering them.
    assert not missing, (
        f"no installed font draws {missing!r}: install fonts-noto-core and fonts-noto-cjk"
    )
    scripts = {ch for ch in characters if ord(ch) > 0x2E80}
    assert scripts, "the demo should include names in non-Latin scripts"
