"""Brings a database's schema to this version's head with Alembic, or refuses a newer one."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import Connection, Engine, inspect, text
from sqlalchemy.engine import URL

from kiosk.resources import db_file
from kiosk.storage.engine import writer

# The newest migration in db/migrations/versions (a test keeps the two in step). Knowing it
# lets an up-to-date database open without importing Alembic, which costs ~0.5 s at start.
SCHEMA_HEAD = "0002"
VERSION_TABLE = "alembic_version"
# Any constant: PostgreSQL processes opening the same database take turns on it.
_PG_MIGRATION_LOCK = 0x1CEB_8EA7


class DatabaseTooNewError(RuntimeError):
    """The database was written by a newer Icebreaker; this one must not touch it."""

    def __init__(self, url: URL | str, found: str, known: str) -> None:
        where = url.render_as_string(hide_password=True) if isinstance(url, URL) else url
        super().__init__(
            f"The database {where} was created or upgraded by a newer version of Icebreaker "
            f"(schema revision {found!r}; this version knows up to {known!r}). It was left "
            "untouched. Install the newer Icebreaker on this machine, or use another database."
        )
        self.found = found
        self.known = known


def migrations_dir() -> Path:
    return db_file("migrations")


def current_revision(connection: Connection) -> str | None:
    """The schema revision stamped in the database; None for a new, empty database."""
    if not inspect(connection).has_table(VERSION_TABLE):
        return None
    revision = connection.execute(text(f"SELECT version_num FROM {VERSION_TABLE}")).scalar()
    return str(revision) if revision is not None else None


def ensure_schema(engine: Engine) -> None:
    """Create or upgrade the schema; safe when several processes open the database at once."""
    with engine.connect() as connection:
        if current_revision(connection) == SCHEMA_HEAD:
            return
    _upgrade(engine)


def _upgrade(engine: Engine) -> None:
    from alembic import command
    from alembic.config import Config
    from alembic.script import ScriptDirectory

    config = Config()
    config.set_main_option("script_location", str(migrations_dir()))
    script = ScriptDirectory.from_config(config)
    head = script.get_current_head() or ""
    sqlite = engine.dialect.name == "sqlite"
    with writer(engine).connect() as connection:
        if sqlite:
            # SQLite's ALTER TABLE recipe (Alembic batch mode) copies and drops tables: with
            # foreign keys on, dropping a parent would cascade-delete its children's rows. The
            # pragma is ignored inside a transaction, so it is set before BEGIN.
            connection.connection.dbapi_connection.execute("PRAGMA foreign_keys = OFF")  # type: ignore[union-attr]
        try:
            # SQLite: BEGIN IMMEDIATE (writer) holds the write lock from here to the commit, so
            # a second process waits, then finds the schema at head and does nothing.
            with connection.begin():
                if engine.dialect.name == "postgresql":
                    connection.execute(
                        text("SELECT pg_advisory_xact_lock(:key)"), {"key": _PG_MIGRATION_LOCK}
                    )
                found = current_revision(connection)
                if found is not None and found not in {r.revision for r in script.walk_revisions()}:
                    raise DatabaseTooNewError(engine.url, found, head)
                if found != head:
                    config.attributes["connection"] = connection
                    command.upgrade(config, "head")
                if sqlite:
                    problems = connection.exec_driver_sql("PRAGMA foreign_key_check").all()
                    if problems:
                        raise RuntimeError(f"migration broke foreign keys: {problems[:5]}")
        finally:
            if sqlite:
                connection.connection.dbapi_connection.execute("PRAGMA foreign_keys = ON")  # type: ignore[union-attr]
