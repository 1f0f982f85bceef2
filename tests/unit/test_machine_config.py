"""The machine configuration file: defaults, round trip, clear errors."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from kiosk.core import machine
from kiosk.core.machine import MachineConfig, MachineConfigError, Role


def test_missing_file_gives_defaults(tmp_path: Path) -> None:
    config = machine.load(tmp_path / "absent.toml")
    assert config == MachineConfig()
    assert config.effective_database_url.startswith("sqlite:///")
    assert config.effective_station_name


def test_round_trip(tmp_path: Path) -> None:
    config = MachineConfig(
        database_url="postgresql+psycopg://kiosk@db/kiosk",
        station_name='Entrée "nord" \\ 2',
        role=Role.WALL,
        wall_screen="HDMI-1",
    )
    path = machine.save(config, tmp_path / "sub" / "machine.toml")
    assert machine.load(path) == config


def test_partial_file_keeps_other_defaults(tmp_path: Path) -> None:
    path = tmp_path / "machine.toml"
    path.write_text('station_name = "Accueil"\n', encoding="utf-8")
    assert machine.load(path) == MachineConfig(station_name="Accueil")


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("station_name = ", "machine.toml"),
        ('colour = "red"', "unknown key(s): colour"),
        ("station_name = 3", "'station_name' must be a string"),
        ('role = "projector"', "'role' must be one of"),
    ],
)
def test_bad_files_name_the_problem(tmp_path: Path, text: str, message: str) -> None:
    path = tmp_path / "machine.toml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(MachineConfigError, match=re.escape(message)):
        machine.load(path)


def test_data_dir_override(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(machine.DATA_DIR_ENV, str(tmp_path))
    assert machine.default_database_url() == f"sqlite:///{tmp_path / 'icebreaker.sqlite3'}"
