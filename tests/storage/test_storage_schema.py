"""Schema: models and migrations agree, SQLite settings, locking, newer databases refused."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.config import Config
from alembic.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import text
from sqlalchemy.exc import IntegrityError

from kiosk.storage import Database, DatabaseTooNewError, open_database
from kiosk.storage.migrate import SCHEMA_HEAD, current_revision, migrations_dir
from kiosk.storage.models import ACTIVE_CHECKIN, Base


def _alembic_config() -> Config:
    config = Config()
    config.set_main_option("script_location", str(migrations_dir()))
    return config


def test_models_and_migrations_agree(database: Database) -> None:
    with database.engine.connect() as connection:
        context = MigrationContext.configure(connection, opts={"compare_type": True})
        assert compare_metadata(context, Base.metadata) == []


def test_partial_unique_indexes_exist_as_modelled(db_path: Path) -> None:
    # Autogenerate does not compare an index's WHERE clause: check the SQL itself.
    with sqlite3.connect(db_path) as connection:
        sql = dict(connection.execute("SELECT name, sql FROM sqlite_master WHERE type='index'"))
    connection.close()
    assert sql["uq_checkins_active_guest"].endswith(f"WHERE {ACTIVE_CHECKIN}")
    assert sql["uq_events_active"].endswith("WHERE active")
    models = {str(i.name): i for t in Base.metadata.tables.values() for i in t.indexes}
    where = models["uq_checkins_active_guest"].dialect_options["sqlite"]["where"]
    assert str(where) == ACTIVE_CHECKIN


def test_schema_head_constant_names_the_newest_migration() -> None:
    assert ScriptDirectory.from_config(_alembic_config()).get_current_head() == SCHEMA_HEAD


def test_a_database_from_a_newer_version_is_refused_untouched(db_path: Path) -> None:
    with sqlite3.connect(db_path) as connection:
        connection.execute("UPDATE alembic_version SET version_num = '9999_from_the_future'")
    connection.close()

    with pytest.raises(DatabaseTooNewError) as caught:
        open_database(f"sqlite:///{db_path}")

    message = str(caught.value)
    assert "newer version of Icebreaker" in message
    assert "9999_from_the_future" in message
    assert str(db_path) in message
    assert "left untouched" in message
    with sqlite3.connect(db_path) as connection:
        assert connection.execute("SELECT version_num FROM alembic_version").fetchall() == [
            ("9999_from_the_future",)
        ]
    connection.close()


def test_a_new_database_is_created_in_a_new_folder_with_the_settings(tmp_path: Path) -> None:
    path = tmp_path / "not" / "yet" / "there.sqlite3"
    with open_database(f"sqlite:///{path}") as db, db.reader() as uow:
        pragma = {
            name: uow.session.execute(text(f"PRAGMA {name}")).scalar()
            for name in ("journal_mode", "synchronous", "foreign_keys", "secure_delete")
        }
        pragma["busy_timeout"] = uow.session.execute(text("PRAGMA busy_timeout")).scalar()
        assert current_revision(uow.session.connection()) == SCHEMA_HEAD
    # synchronous 2 is FULL.
    assert pragma == {
        "journal_mode": "wal",
        "synchronous": 2,
        "foreign_keys": 1,
        "secure_delete": 1,
        "busy_timeout": 5000,
    }


def test_default_database_is_the_file_in_the_user_data_folder(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("ICEBREAKER_DATA_DIR", str(tmp_path / "data"))
    with open_database() as db:
        assert db.url.database == str(tmp_path / "data" / "icebreaker.sqlite3")
    assert (tmp_path / "data" / "icebreaker.sqlite3").is_file()


def test_a_write_unit_holds_the_write_lock_from_its_first_statement(
    database: Database, db_path: Path
) -> None:
    other = sqlite3.connect(db_path, timeout=0, isolation_level=None)
    try:
        with database.unit_of_work() as uow:
            uow.guests.get("nobody")  # a read only, yet the lock is taken (BEGIN IMMEDIATE)
            with pytest.raises(sqlite3.OperationalError, match="locked"):
                other.execute("BEGIN IMMEDIATE")
        other.execute("BEGIN IMMEDIATE")  # released when the unit ends
        other.execute("ROLLBACK")
        with database.reader() as uow:
            uow.guests.get("nobody")
            other.execute("BEGIN IMMEDIATE")  # a reader does not block writers
            other.execute("ROLLBACK")
    finally:
        other.close()


def test_migrations_go_down_and_up_again(database: Database) -> None:
    config = _alembic_config()
    with database.engine.begin() as connection:
        config.attributes["connection"] = connection
        command.downgrade(config, "base")
        assert current_revision(connection) is None
    database.close()
    with open_database(database.url) as reopened, reopened.engine.connect() as connection:
        assert current_revision(connection) == SCHEMA_HEAD


def test_database_errors_never_carry_the_values_they_were_given(database: Database) -> None:
    """A logged IntegrityError must not print a guest's name or email."""
    insert = text("INSERT INTO guests (id, event_id, first_name) VALUES (:id, :e, :n)")
    values = {"id": "g", "e": "no-such-event", "n": "Bérénice Secretname"}
    with database.unit_of_work() as uow, pytest.raises(IntegrityError) as raised:
        uow.session.execute(insert, values)
    assert "Secretname" not in str(raised.value)
