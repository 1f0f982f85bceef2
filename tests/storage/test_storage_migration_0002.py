"""Migration 0002: the organiser's wall hiding and tag authors, added over a database in use."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.config import Config
from alembic.migration import MigrationContext

from kiosk.core.event import Event
from kiosk.core.guest import Guest, TagKind
from kiosk.core.tags import Approval, Labels, Tag
from kiosk.storage import Database, open_database
from kiosk.storage.migrate import SCHEMA_HEAD, current_revision, migrations_dir
from kiosk.storage.models import Base

GuestFactory = Callable[..., Guest]


def columns(db_path: Path, table: str) -> set[str]:
    with sqlite3.connect(db_path) as connection:
        found = {row[1] for row in connection.execute(f"PRAGMA table_info({table})")}
    connection.close()
    return found


def test_a_0001_database_with_guests_upgrades_without_losing_a_row(
    database: Database,
    db_path: Path,
    event: Event,
    make_guest: GuestFactory,
    add_guests: Callable[..., list[Guest]],
) -> None:
    guest = make_guest(1, skills=("jazz", "origami"))
    with database.unit_of_work() as uow:
        uow.tags.add(
            event.id, Tag("origami", Labels("Origami", "Origami"), approval=Approval.PENDING)
        )
        uow.commit()
    add_guests(guest)
    config = Config()
    config.set_main_option("script_location", str(migrations_dir()))
    with database.engine.begin() as connection:
        config.attributes["connection"] = connection
        command.downgrade(config, "0001")
    database.close()
    assert "hidden_from_wall" not in columns(db_path, "guests")
    assert "typed_by" not in columns(db_path, "tags")

    with open_database(f"sqlite:///{db_path}") as upgraded:
        with upgraded.engine.connect() as connection:
            assert current_revision(connection) == SCHEMA_HEAD
            context = MigrationContext.configure(connection, opts={"compare_type": True})
            assert compare_metadata(context, Base.metadata) == []
        with upgraded.unit_of_work() as uow:
            stored = uow.guests.get(guest.id)
            assert stored == guest  # every field and tag kept, shown on the wall by default
            assert stored is not None
            assert not stored.hidden_from_wall
            assert uow.tags.get(event.id, "origami") is not None
            uow.guests.save(replace(stored, hidden_from_wall=True))
            uow.commit()
        with upgraded.reader() as uow:
            hidden = uow.guests.get(guest.id)
            assert hidden is not None
            assert hidden.hidden_from_wall
            assert hidden.tags(TagKind.SKILL) == ("jazz", "origami")
