"""Database files made once per test session, then copied for each test."""

from __future__ import annotations

import sqlite3
from pathlib import Path


def fold_wal(path: Path) -> Path:
    """Fold an SQLite file's WAL into it: a plain copy of the file is then a whole database."""
    with sqlite3.connect(path) as connection:
        connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    connection.close()
    return path
