"""Following the change log from any process: "what was committed after the last id I saw?"."""

from __future__ import annotations

from typing import Protocol

from sqlalchemy import Engine

from kiosk.core.changes import Change
from kiosk.storage.changelog import change_from_row, select_after

DEFAULT_BATCH = 1000


class ChangeFollower(Protocol):
    """A non-blocking reader of the change log; the caller decides when to poll (a Qt timer).

    Entries come in id order, each once. A restarted reader passes the last id it handled as
    ``after_id`` and catches up. A PostgreSQL follower can implement the same protocol, with
    LISTEN/NOTIFY only as a wake-up (notifications are not replayed, PLATFORM.md).
    """

    @property
    def last_seen_id(self) -> int: ...

    def poll(self) -> list[Change]: ...

    def close(self) -> None: ...


class PollingChangeFollower:
    """Reads entries after the last seen id on every poll; works on any database."""

    def __init__(
        self,
        engine: Engine,
        *,
        after_id: int = 0,
        event_id: str | None = None,
        batch: int = DEFAULT_BATCH,
    ) -> None:
        # One long-lived connection, not one per poll: cheaper, and SQLite's data_version is
        # only meaningful on the same connection.
        self._connection = engine.connect()
        self._last_seen_id = after_id
        self._event_id = event_id
        self._batch = batch

    @property
    def last_seen_id(self) -> int:
        return self._last_seen_id

    def poll(self) -> list[Change]:
        """Entries committed since the last poll (at most ``batch``; poll again for more)."""
        try:
            stmt = select_after(self._last_seen_id, limit=self._batch, event_id=self._event_id)
            changes = [change_from_row(row) for row in self._connection.execute(stmt)]
        finally:
            # End the read transaction at once: a reader keeping its snapshot open would never
            # see new commits and would keep SQLite from checkpointing the WAL.
            self._connection.rollback()
        if changes:
            self._last_seen_id = changes[-1].id
        return changes

    def close(self) -> None:
        self._connection.close()

    def __enter__(self) -> PollingChangeFollower:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()


class SqliteChangeFollower(PollingChangeFollower):
    """Skips the query while ``PRAGMA data_version`` is unchanged (about 4 us a poll).

    data_version changes when another connection, in this process or another, commits. A
    full batch means more may be waiting: the next poll looks again even if it did not move.
    """

    def __init__(
        self,
        engine: Engine,
        *,
        after_id: int = 0,
        event_id: str | None = None,
        batch: int = DEFAULT_BATCH,
    ) -> None:
        super().__init__(engine, after_id=after_id, event_id=event_id, batch=batch)
        self._version: int | None = None
        self._more = True

    def _data_version(self) -> int:
        # On the DB-API connection: sqlite3 in autocommit mode runs a PRAGMA without a BEGIN.
        dbapi = self._connection.connection.dbapi_connection
        assert dbapi is not None
        return int(dbapi.execute("PRAGMA data_version").fetchone()[0])

    def poll(self) -> list[Change]:
        version = self._data_version()
        if version == self._version and not self._more:
            return []
        # Read the version before the entries: a commit in between is either in this read or
        # moves the version again, so the next poll looks. Nothing can slip between the two.
        self._version = version
        changes = super().poll()
        self._more = len(changes) >= self._batch
        return changes
