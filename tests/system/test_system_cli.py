"""The `kiosk` command line as an organiser runs it: demo in a terminal, guest-list import."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from kiosk.core.demo import load_demo
from kiosk.resources import db_file
from kiosk.services.eventsetup import install_demo
from kiosk.storage import open_database


def _kiosk(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "kiosk", *args],
        capture_output=True,
        text=True,
        timeout=120,
        env={**os.environ, **(env or {})},
        check=False,
    )


def test_text_demo_plays_arrivals_with_reasons() -> None:
    result = _kiosk("demo", "--text", "--arrivals", "6", "--speed", "1000", "--lang", "en")
    assert result.returncode == 0, result.stderr
    out = result.stdout
    assert out.count("Arrival #") == 6
    assert "Talk to these people now:" in out
    assert "Wall (6 here" in out
    assert " can help " in out or "also wants to talk about" in out
    assert "@" not in out  # never an email


def test_demo_without_display_says_it_falls_back_to_text() -> None:
    result = _kiosk("demo", "--arrivals", "1", "--lang", "fr", env={"QT_QPA_PLATFORM": "offscreen"})
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("Pas d'écran disponible")
    assert "Arrivée n°1" in result.stdout


@pytest.fixture
def database_url(tmp_path: Path) -> str:
    url = f"sqlite:///{tmp_path / 'event.sqlite3'}"
    with open_database(url) as database:
        install_demo(database, load_demo(db_file("demo")))
    return url


def test_import_reports_rows_and_fails_when_rows_failed(tmp_path: Path, database_url: str) -> None:
    guest_list = tmp_path / "liste.csv"
    guest_list.write_bytes(
        "Prénom;Nom;E-mail\nAnaïs;Roux;anais@example.fr\n;Sans;x@example.fr\nBo;Li;pas-un-mail\n"
        .encode("cp1252")
    )  # fmt: skip
    result = _kiosk("import", str(guest_list), "--db", database_url, "--lang", "fr")
    assert result.returncode == 1
    assert "1 invités créés" in result.stdout
    assert "ligne 3, colonne « Prénom » : prénom manquant" in result.stdout
    assert "ligne 4, colonne « E-mail » : adresse e-mail invalide (pas-un-mail)" in result.stdout
    again = _kiosk("import", str(guest_list), "--db", database_url, "--lang", "en")
    assert "0 guests created, 0 updated, 1 unchanged" in again.stdout


def test_import_with_a_column_map(tmp_path: Path, database_url: str) -> None:
    guest_list = tmp_path / "list.csv"
    guest_list.write_text("Who,Where\nAda Lovelace,ada@example.org\n", encoding="utf-8")
    result = _kiosk(
        "import", str(guest_list), "--db", database_url, "--map", "Who=full_name",
        "--map", "2=email", "--lang", "en",
    )  # fmt: skip
    assert result.returncode == 0, result.stdout + result.stderr
    assert "1 guests created" in result.stdout


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--map", "Nowhere=email"], "--map expects COLUMN=FIELD"),
        (["--event", "no-such-event"], "No event 'no-such-event'"),
    ],
)
def test_import_refuses_clearly(
    tmp_path: Path, database_url: str, args: list[str], message: str
) -> None:
    guest_list = tmp_path / "list.csv"
    guest_list.write_text("first name\nAda\n", encoding="utf-8")
    result = _kiosk("import", str(guest_list), "--db", database_url, "--lang", "en", *args)
    assert result.returncode == 2
    assert message in result.stderr


def test_import_of_a_missing_file(tmp_path: Path, database_url: str) -> None:
    result = _kiosk("import", str(tmp_path / "absent.csv"), "--db", database_url, "--lang", "en")
    assert result.returncode == 2
    assert "cannot read the file" in result.stderr


def test_badges_command_writes_every_pre_registered_guest(
    tmp_path: Path, database_url: str
) -> None:
    out = tmp_path / "badges.pdf"
    result = _kiosk(
        "badges", "--out", str(out), "--db", database_url, "--template", "a6", "--lang", "en",
        env={"QT_QPA_PLATFORM": "offscreen"},
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert "200 badges on 100 pages (2 a page, a6)" in result.stdout
    assert out.read_bytes().startswith(b"%PDF")


def test_badges_command_refuses_an_unknown_template(tmp_path: Path, database_url: str) -> None:
    result = _kiosk(
        "badges", "--out", str(tmp_path / "x.pdf"), "--db", database_url, "--template", "poster",
        "--lang", "en", env={"QT_QPA_PLATFORM": "offscreen"},
    )  # fmt: skip
    assert result.returncode == 2
    assert "Unknown badge template 'poster'" in result.stderr
    assert not (tmp_path / "x.pdf").exists()


def test_demo_screenshots_render_every_screen(tmp_path: Path) -> None:
    result = _kiosk("demo", "--screenshots", str(tmp_path), env={"QT_QPA_PLATFORM": "offscreen"})
    assert result.returncode == 0, result.stderr
    checkin = list((tmp_path / "checkin").glob("*.png"))
    wall = list((tmp_path / "wall").glob("*.png"))
    badges = list((tmp_path / "badges").glob("*.png"))
    assert len(checkin) == 2 * 3 * 19  # FR/EN x three sizes x every screen state (badge, QR)
    assert len(wall) >= 16
    assert len(badges) == 4 * 2 * 3
    assert all(p.stat().st_size > 5000 for p in checkin + wall + badges)  # not blank


def test_locked_guest_mode_refuses_to_start_without_a_pin(
    tmp_path: Path, database_url: str
) -> None:
    config = tmp_path / "config" / "machine.toml"
    config.parent.mkdir()
    config.write_text(f'database_url = "{database_url}"\n', encoding="utf-8")
    result = _kiosk(
        "run", "--role", "checkin", "--lang", "en",
        env={"ICEBREAKER_CONFIG": str(config), "QT_QPA_PLATFORM": "offscreen"},
    )  # fmt: skip
    assert result.returncode == 2
    assert "kiosk set-pin" in result.stderr
    assert not (config.parent / "pin.json").exists()
