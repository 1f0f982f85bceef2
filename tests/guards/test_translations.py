"""Every translation catalogue (assets/i18n/catalogues.json): complete, current and compiled."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtGui import QFont, QFontDatabase, QRawFont
from PySide6.QtWidgets import QApplication

from kiosk.resources import asset

ROOT = Path(__file__).resolve().parents[2]
BIN = Path(sys.executable).parent
TABLE: dict[str, list[str]] = {
    name: globs
    for name, globs in json.loads(asset("i18n", "catalogues.json").read_text("utf-8")).items()
    if not name.startswith("_")
}
FILES = [f"{name}_{lang}" for name in sorted(TABLE) for lang in ("fr", "en")]


def _messages(ts: Path) -> list[ET.Element]:
    return list(ET.parse(ts).getroot().iter("message"))


def test_every_ts_file_is_listed() -> None:
    listed = {f"{name}.ts" for name in FILES}
    assert {p.name for p in asset("i18n").glob("*.ts")} == listed, (
        "add the catalogue to assets/i18n/catalogues.json"
    )


@pytest.mark.parametrize("name", FILES)
def test_every_string_has_a_finished_translation(name: str) -> None:
    problems = []
    for message in _messages(asset("i18n", f"{name}.ts")):
        source = message.findtext("source")
        translation = message.find("translation")
        assert translation is not None
        forms = [f.text for f in translation.findall("numerusform")] or [translation.text]
        if translation.get("type") or not all(f and f.strip() for f in forms):
            problems.append(source)
        if message.get("numerus") == "yes" and not all("%n" in (f or "") for f in forms):
            problems.append(f"{source} (plural form without %n)")
        for slot in ("%1", "%2", "%3"):
            if slot in (source or "") and not all(slot in (f or "") for f in forms):
                problems.append(f"{source} (lost {slot})")
    assert problems == []


@pytest.mark.parametrize("name", FILES)
def test_committed_qm_is_built_from_the_ts(name: str, tmp_path: Path) -> None:
    shutil.copy(asset("i18n", f"{name}.ts"), tmp_path / f"{name}.ts")
    subprocess.run(
        [BIN / "pyside6-lrelease", tmp_path / f"{name}.ts", "-qm", tmp_path / "x.qm"],
        check=True,
        capture_output=True,
    )
    assert (tmp_path / "x.qm").read_bytes() == asset("i18n", f"{name}.qm").read_bytes(), (
        f"run scripts/i18n {name.rsplit('_', 1)[0]}"
    )


@pytest.mark.parametrize("name", sorted(TABLE))
def test_ts_files_hold_every_string_of_the_sources(name: str, tmp_path: Path) -> None:
    """lupdate on the sources finds nothing new: no string is left untranslated."""
    copy = tmp_path / f"{name}_fr.ts"
    shutil.copy(asset("i18n", f"{name}_fr.ts"), copy)
    sources = sorted(str(p) for g in TABLE[name] for p in ROOT.glob(g))
    subprocess.run(
        [BIN / "pyside6-lupdate", "-locations", "none", "-no-obsolete", *sources, "-ts", copy],
        check=True,
        capture_output=True,
    )

    def keys(ts: Path) -> set[tuple[str, str]]:
        return {
            (ctx.findtext("name") or "", m.findtext("source") or "")
            for ctx in ET.parse(ts).getroot().iter("context")
            for m in ctx.iter("message")
        }

    assert keys(copy) == keys(asset("i18n", f"{name}_fr.ts")), f"run scripts/i18n {name}"


def test_every_translated_character_has_a_glyph(qapp: QApplication) -> None:
    characters: set[str] = set()
    for name in FILES:
        for message in _messages(asset("i18n", f"{name}.ts")):
            for element in message.iter():
                characters |= set(element.text or "")
    characters |= set("⌫⇧✕←→àéç")  # symbols the code writes itself
    fonts = [QRawFont.fromFont(QFont("Noto Sans")), QRawFont.fromFont(QFont())]
    fonts += [QRawFont.fromFont(QFont(f)) for f in QFontDatabase.families()]
    missing = sorted(
        ch for ch in characters if ch.isprintable() and not ch.isspace()
        and not any(f.isValid() and f.supportsCharacter(ord(ch)) for f in fonts)
    )  # fmt: skip
    assert missing == []
