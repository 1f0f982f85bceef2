"""What every service is given: the database, this station's name and a clock."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime

from kiosk.storage.database import Database
from kiosk.storage.unitofwork import UnitOfWork

Clock = Callable[[], datetime]


def utc_now() -> datetime:
    return datetime.now(UTC)


class StationService:
    """Base of the services: opens one unit of work per user action, stamped with who and when."""

    def __init__(self, database: Database, *, station: str, clock: Clock = utc_now) -> None:
        self._database = database
        self.station = station
        self._clock = clock

    def _now(self) -> datetime:
        now = self._clock()
        if now.tzinfo is None or now.utcoffset() is None:
            raise ValueError("the clock must give aware (UTC) datetimes")
        return now.astimezone(UTC)

    def _unit(self, *, op_id: str | None = None, at: datetime | None = None) -> UnitOfWork:
        return self._database.unit_of_work(station=self.station, at=at or self._now(), op_id=op_id)

    def _reader(self) -> UnitOfWork:
        return self._database.reader()
