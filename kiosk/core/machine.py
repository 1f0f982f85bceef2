"""This machine's configuration: database, station name, which screen shows what.

Stored as a small TOML file in the user's config directory; every key has a default, so
a missing or partial file is fine. Later issues add keys (printer, badge template...).
"""

from __future__ import annotations

import os
import socket
import tomllib
from dataclasses import dataclass, fields, replace
from enum import StrEnum
from pathlib import Path

import platformdirs

APP_NAME = "icebreaker"
CONFIG_ENV = "ICEBREAKER_CONFIG"
DATA_DIR_ENV = "ICEBREAKER_DATA_DIR"


class Role(StrEnum):
    """What this process shows."""

    BOTH = "both"  # check-in screen and wall from one process (two screens)
    CHECKIN = "checkin"
    WALL = "wall"


class MachineConfigError(ValueError):
    """The configuration file cannot be read; the message says which line or key."""


def data_dir() -> Path:
    override = os.environ.get(DATA_DIR_ENV)
    return Path(override) if override else Path(platformdirs.user_data_dir(APP_NAME))


def default_database_url() -> str:
    return f"sqlite:///{data_dir() / 'icebreaker.sqlite3'}"


def config_path() -> Path:
    override = os.environ.get(CONFIG_ENV)
    if override:
        return Path(override)
    return Path(platformdirs.user_config_dir(APP_NAME)) / "machine.toml"


@dataclass(frozen=True, slots=True)
class MachineConfig:
    database_url: str = ""  # empty: the SQLite file in the user's data directory
    station_name: str = ""  # empty: the host name
    event_id: str = ""  # empty: the database's active event
    role: Role = Role.BOTH
    checkin_screen: str = ""  # a screen name as Qt reports it; empty: the primary screen
    wall_screen: str = ""  # empty: the first screen that is not the check-in screen
    printer: str = ""  # a CUPS queue name; empty: the system's default printer
    badge_template: str = "insert-4x3"  # see kiosk.core.badge.TEMPLATES

    @property
    def effective_database_url(self) -> str:
        return self.database_url or default_database_url()

    @property
    def effective_station_name(self) -> str:
        return self.station_name or socket.gethostname()


def parse(text: str) -> MachineConfig:
    try:
        raw = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise MachineConfigError(str(exc)) from exc
    known = {f.name for f in fields(MachineConfig)}
    unknown = sorted(set(raw) - known)
    if unknown:
        raise MachineConfigError(f"unknown key(s): {', '.join(unknown)}")
    for key, value in raw.items():
        if not isinstance(value, str):
            raise MachineConfigError(f"'{key}' must be a string")
    try:
        role = Role(raw.get("role", Role.BOTH))
    except ValueError as exc:
        choices = ", ".join(r.value for r in Role)
        raise MachineConfigError(f"'role' must be one of: {choices}") from exc
    return replace(MachineConfig(**{k: v for k, v in raw.items() if k != "role"}), role=role)


def _quote(value: str) -> str:
    escaped = value.replace("\\", "\\\\").replace('"', '\\"')
    return f'"{escaped}"'


def dumps(config: MachineConfig) -> str:
    lines = ["# Icebreaker machine configuration (this station only)."]
    lines += [f"{f.name} = {_quote(str(getattr(config, f.name)))}" for f in fields(config)]
    return "\n".join(lines) + "\n"


def load(path: Path | None = None) -> MachineConfig:
    path = path or config_path()
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        return MachineConfig()
    except (OSError, UnicodeDecodeError) as exc:
        raise MachineConfigError(f"{path}: {exc}") from exc
    try:
        return parse(text)
    except MachineConfigError as exc:
        raise MachineConfigError(f"{path}: {exc}") from exc


def save(config: MachineConfig, path: Path | None = None) -> Path:
    path = path or config_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_suffix(".tmp")
    tmp.write_text(dumps(config), encoding="utf-8")
    tmp.replace(path)  # atomic: a crash never leaves half a file
    return path
