"""Finds the shipped data folders (assets/, db/) from a checkout and from an installed wheel."""

from __future__ import annotations

import os
from functools import cache
from pathlib import Path

_ENV_OVERRIDE = "ICEBREAKER_DATA_ROOT"


@cache
def data_root() -> Path:
    """Folder holding ``assets/`` and ``db/``.

    In a checkout they sit next to the ``kiosk`` package; an installed wheel carries them
    inside the package as ``kiosk/_data`` (see the build configuration). An environment
    variable wins, for packagers who put them elsewhere.
    """
    override = os.environ.get(_ENV_OVERRIDE)
    candidates = [Path(override)] if override else []
    package_dir = Path(__file__).resolve().parent
    candidates += [package_dir / "_data", package_dir.parent]
    for candidate in candidates:
        if (candidate / "assets").is_dir() and (candidate / "db").is_dir():
            return candidate
    searched = ", ".join(str(c) for c in candidates)
    raise FileNotFoundError(f"Icebreaker data folders (assets/, db/) not found in: {searched}")


def asset(*parts: str) -> Path:
    """Path of a file under ``assets/``."""
    return data_root().joinpath("assets", *parts)


def db_file(*parts: str) -> Path:
    """Path of a file under ``db/`` (migrations, demo data)."""
    return data_root().joinpath("db", *parts)
