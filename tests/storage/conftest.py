"""Storage fixtures: a real, migrated SQLite file per test (copied from one template), an event."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from dbtemplate import fold_wal

from kiosk.core.event import Event
from kiosk.core.guest import Guest
from kiosk.core.tags import Category, Labels, Tag, Vocabulary
from kiosk.storage import Database, open_database

AT = datetime(2026, 12, 3, 17, 30, tzinfo=UTC)
EVENT = Event(id="evt-1", name="Rencontres de test")
VOCABULARY = Vocabulary(
    categories=[
        Category("tech", Labels("Tech", "Tech")),
        Category("fun", Labels("Loisirs", "Fun")),
    ],
    tags=[
        Tag("python", Labels("Python", "Python"), "tech", synonyms=("py",)),
        Tag("fundraising", Labels("Levée de fonds", "Fundraising"), "tech"),
        Tag("jazz", Labels("Jazz", "Jazz"), "fun"),
        Tag("health", Labels("Santé", "Health"), "fun", sensitive=True),
    ],
)
GuestFactory = Callable[..., Guest]


@pytest.fixture(scope="session")
def migrated_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("template") / "template.sqlite3"
    open_database(f"sqlite:///{path}").close()
    return fold_wal(path)


@pytest.fixture
def event(database: Database) -> Event:
    with database.unit_of_work(station="setup", at=AT) as uow:
        uow.events.create(EVENT)
        uow.tags.replace_vocabulary(EVENT.id, VOCABULARY)
        uow.commit()
    return EVENT


@pytest.fixture
def make_guest(event: Event) -> GuestFactory:
    def make(n: int, **fields: Any) -> Guest:
        values: dict[str, Any] = {
            "id": f"guest-{n:04d}",
            "event_id": event.id,
            "first_name": f"Prénom{n}",
            "last_name": f"Nom{n}",
            "email": f"guest{n}@example.fr",
            "ticket": f"T-{n:04d}",
        }
        values.update(fields)
        return Guest(**values)

    return make


@pytest.fixture
def add_guests(database: Database, make_guest: GuestFactory) -> Callable[..., list[Guest]]:
    def add(*guests: Guest) -> list[Guest]:
        with database.unit_of_work(station="setup", at=AT) as uow:
            for guest in guests:
                uow.guests.add(guest)
            uow.commit()
        return list(guests)

    return add
