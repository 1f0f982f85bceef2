"""Engine set-up: SQLite pragmas on every connection, write transactions that lock up front."""

from __future__ import annotations

import logging
import sqlite3
import time
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, Engine, create_engine, event
from sqlalchemy.engine import URL, make_url

log = logging.getLogger(__name__)

# Connections of the engine returned by writer() carry this option; the begin hook reads it.
WRITE_OPTION = "icebreaker_write"
# How long a write waits for another process's lock before failing with "database is locked".
BUSY_TIMEOUT_MS = 5000


def is_sqlite(url: str | URL) -> bool:
    return make_url(url).get_backend_name() == "sqlite"


def sqlite_path(url: str | URL) -> Path | None:
    """The file of an SQLite URL, None for an in-memory database or another backend."""
    parsed = make_url(url)
    if parsed.get_backend_name() != "sqlite" or parsed.database in (None, "", ":memory:"):
        return None
    return Path(parsed.database)


def create_database_engine(url: str | URL) -> Engine:
    """An engine for ``url``; SQLite gets WAL, synchronous=FULL, foreign keys and our BEGINs."""
    parsed = make_url(url)
    if parsed.get_backend_name() != "sqlite":
        # PostgreSQL: a cut connection is noticed before a unit of work starts (PLATFORM.md).
        return create_engine(parsed, pool_pre_ping=True, hide_parameters=True)
    path = sqlite_path(parsed)
    if path is not None:
        path.parent.mkdir(parents=True, exist_ok=True)
    # Bound values are guests' names and emails: an error's text (logged) never shows them.
    engine = create_engine(parsed, hide_parameters=True)
    event.listen(engine, "connect", _on_sqlite_connect)
    event.listen(engine, "begin", _on_sqlite_begin)
    return engine


def writer(engine: Engine) -> Engine:
    """The same engine and pool, whose transactions start with BEGIN IMMEDIATE on SQLite."""
    return engine.execution_options(**{WRITE_OPTION: True})


def _on_sqlite_connect(dbapi_connection: Any, _record: object) -> None:
    # The sqlite3 driver (before 3.12's autocommit=False) sends no BEGIN before a SELECT, so a
    # read-then-write unit would not be atomic across processes: take BEGIN over (begin hook).
    dbapi_connection.isolation_level = None
    cursor = dbapi_connection.cursor()
    try:
        cursor.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        mode = _use_wal(cursor)
        if mode != "wal":
            log.warning("SQLite journal mode is %s, not WAL (in-memory database?)", mode)
        # FULL survives a power cut; about 0.6 ms a commit (PLATFORM.md).
        cursor.execute("PRAGMA synchronous = FULL")
        cursor.execute("PRAGMA foreign_keys = ON")
        # Erasing a guest must leave none of their bytes in the file or the WAL.
        cursor.execute("PRAGMA secure_delete = ON")
    finally:
        cursor.close()


def _use_wal(cursor: Any) -> str:
    """Switch the file to WAL (a lasting setting) unless it is already; the mode in force."""
    mode = str(cursor.execute("PRAGMA journal_mode").fetchone()[0]).lower()
    deadline = time.monotonic() + BUSY_TIMEOUT_MS / 1000
    while mode != "wal":
        try:
            return str(cursor.execute("PRAGMA journal_mode = WAL").fetchone()[0]).lower()
        except sqlite3.OperationalError as exc:
            # The switch needs an exclusive lock, and when another process is creating the same
            # new file SQLite answers "locked" at once instead of waiting the busy timeout.
            if "locked" not in str(exc) or time.monotonic() > deadline:
                raise
            time.sleep(0.005)
    return mode


def _on_sqlite_begin(connection: Connection) -> None:
    # IMMEDIATE takes the write lock now: two stations checking in the same guest serialise
    # here instead of failing at their first write with SQLITE_BUSY mid-transaction.
    write = connection.get_execution_options().get(WRITE_OPTION, False)
    # Straight to the driver: the same effect as exec_driver_sql at a fraction of its cost
    # (SQLAlchemy keeps no state about BEGIN; sqlite3 still sends COMMIT and ROLLBACK).
    dbapi_connection = connection.connection.dbapi_connection
    assert dbapi_connection is not None
    dbapi_connection.execute("BEGIN IMMEDIATE" if write else "BEGIN")
