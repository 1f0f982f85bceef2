"""An open database: where units of work and change-log followers come from."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime

from sqlalchemy import Engine, func, select
from sqlalchemy.engine import URL

from kiosk.core.machine import default_database_url
from kiosk.storage.changelog import Context
from kiosk.storage.engine import create_database_engine, is_sqlite, writer
from kiosk.storage.follower import ChangeFollower, PollingChangeFollower, SqliteChangeFollower
from kiosk.storage.migrate import ensure_schema
from kiosk.storage.models import ChangeRow
from kiosk.storage.unitofwork import UnitOfWork


class Database:
    """Wraps one engine. Thread-safe to share; each unit of work is for one thread."""

    def __init__(self, engine: Engine) -> None:
        self.engine = engine
        self._writer = writer(engine)

    @property
    def url(self) -> URL:
        return self.engine.url

    def unit_of_work(
        self,
        *,
        station: str = "",
        at: datetime | None = None,
        op_id: str | None = None,
        write: bool = True,
    ) -> UnitOfWork:
        """A unit of work for one user action.

        ``at`` (UTC; default now) stamps its change-log entries and rows; ``op_id`` is the
        action's idempotency key (default: a new UUID). ``write=False`` is for reads: on
        SQLite it starts with a plain BEGIN instead of taking the write lock.
        """
        context = Context(
            station=station,
            at=at if at is not None else datetime.now(UTC),
            op_id=op_id or str(uuid.uuid4()),
        )
        return UnitOfWork(self._writer if write else self.engine, context)

    def reader(self) -> UnitOfWork:
        """A read-only unit of work (commit is pointless; leaving the block rolls back)."""
        return self.unit_of_work(write=False)

    def last_change_id(self) -> int:
        """Where a follower that only wants what comes next should start."""
        with self.engine.connect() as connection:
            return int(
                connection.execute(select(func.coalesce(func.max(ChangeRow.id), 0))).scalar_one()
            )

    def follower(self, *, after_id: int = 0, event_id: str | None = None) -> ChangeFollower:
        """A change-log reader starting after ``after_id``; close it when done."""
        if is_sqlite(self.engine.url):
            return SqliteChangeFollower(self.engine, after_id=after_id, event_id=event_id)
        return PollingChangeFollower(self.engine, after_id=after_id, event_id=event_id)

    def checkpoint(self) -> bool:
        """SQLite: copy the WAL into the file and empty it (after an erasure); True if complete.

        Waits up to the busy timeout for readers to move on; False if one still held an old
        snapshot (the WAL is then emptied by a later checkpoint). No-op elsewhere.
        """
        if not is_sqlite(self.engine.url):
            return True
        with self.engine.connect() as connection:
            dbapi = connection.connection.dbapi_connection
            assert dbapi is not None
            busy = dbapi.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()[0]
            return not busy

    def close(self) -> None:
        self.engine.dispose()

    def __enter__(self) -> Database:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()


def open_database(url: str | URL | None = None, *, migrate: bool = True) -> Database:
    """Open (creating if needed) the database at ``url``, default the user's SQLite file.

    Applies pending migrations; raises DatabaseTooNewError for a newer version's database.
    """
    engine = create_database_engine(url or default_database_url())
    try:
        if migrate:
            ensure_schema(engine)
    except BaseException:
        engine.dispose()
        raise
    return Database(engine)
