"""Service fixtures: a migrated SQLite file per test, an event with guests, a hand-set clock."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from dbtemplate import fold_wal

from kiosk.core.event import Event
from kiosk.core.guest import Guest
from kiosk.core.tags import Category, Labels, Tag, Vocabulary
from kiosk.services.checkin import CheckInService
from kiosk.services.guests import GuestService
from kiosk.storage import Database, open_database

EVENT = Event(id="evt-1", name="Rencontres de test")
VOCABULARY = Vocabulary(
    categories=[Category("tech", Labels("Tech", "Tech"))],
    tags=[
        Tag("python", Labels("Python", "Python"), "tech", synonyms=("py",)),
        Tag("fundraising", Labels("Levée de fonds", "Fundraising"), "tech"),
        Tag("jazz", Labels("Jazz", "Jazz")),
        Tag("wine", Labels("Vin", "Wine")),
        Tag("rust", Labels("Rust", "Rust")),
        Tag("go", Labels("Go", "Go")),
    ],
)
GUESTS = [
    Guest(id=f"guest-{n}", event_id=EVENT.id, first_name=first, last_name=last, ticket=f"T-{n}")
    for n, (first, last) in enumerate(
        [("Hélène", "Lefèvre"), ("Marc", "Dubois"), ("Zoé", "Martin"), ("Ana", "Ruiz")]
    )
]


class FakeClock:
    """Time the test sets; every call returns the same instant until advanced."""

    def __init__(self) -> None:
        self.now = datetime(2026, 12, 3, 17, 30, tzinfo=UTC)

    def __call__(self) -> datetime:
        return self.now

    def advance(self, minutes: float) -> None:
        self.now += timedelta(minutes=minutes)


@pytest.fixture(scope="session")
def migrated_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("template") / "template.sqlite3"
    with open_database(f"sqlite:///{path}") as db, db.unit_of_work() as uow:
        uow.events.create(EVENT)
        uow.tags.replace_vocabulary(EVENT.id, VOCABULARY)
        for guest in GUESTS:
            uow.guests.add(guest)
        uow.commit()
    return fold_wal(path)


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def checkins(database: Database, clock: FakeClock) -> CheckInService:
    return CheckInService(database, station="door-1", clock=clock)


@pytest.fixture
def guests(database: Database, clock: FakeClock) -> GuestService:
    return GuestService(database, station="door-1", clock=clock)


@pytest.fixture
def event() -> Event:
    """The event in every test database (active, with the small vocabulary above)."""
    return EVENT


@pytest.fixture
def listed() -> list[Guest]:
    """The pre-registered guests in every test database: Hélène, Marc, Zoé, Ana."""
    return list(GUESTS)
