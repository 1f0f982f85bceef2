"""One unit of work per user action: one session, one transaction, its repositories."""

from __future__ import annotations

from types import TracebackType
from typing import Self

from sqlalchemy import Engine
from sqlalchemy.orm import Session

from kiosk.core.changes import Changes
from kiosk.storage.changelog import ChangeLog, Context
from kiosk.storage.checkins import CheckInRepository
from kiosk.storage.events import EventRepository
from kiosk.storage.exposure import ExposureRepository
from kiosk.storage.guests import GuestRepository
from kiosk.storage.tags import TagRepository


class UnitOfWork:
    """Use as a context manager; nothing is stored unless ``commit()`` is called.

    Leaving the block without committing (an exception, a refusal) rolls everything back,
    change-log entries included: a change is logged if and only if it is stored.
    """

    def __init__(self, engine: Engine, context: Context) -> None:
        # expire_on_commit is moot (no ORM object leaves a repository) but keeps commit cheap.
        self.session = Session(bind=engine, autoflush=False, expire_on_commit=False)
        self.log = ChangeLog(self.session, context)
        self.events = EventRepository(self.session, self.log)
        self.tags = TagRepository(self.session, self.log)
        self.guests = GuestRepository(self.session, self.log)
        self.checkins = CheckInRepository(self.session, self.log)
        self.exposure = ExposureRepository(self.session, self.log)
        self._committed: Changes | None = None

    @property
    def context(self) -> Context:
        return self.log.context

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        try:
            if self._committed is None:
                self.session.rollback()
        finally:
            self.session.close()

    def commit(self) -> Changes:
        """Commit and return the change-log entries this unit appended, in order."""
        if self._committed is not None:
            raise RuntimeError("this unit of work was already committed")
        self.session.commit()
        self._committed = Changes(tuple(self.log.appended))
        return self._committed

    def rollback(self) -> None:
        self.session.rollback()
        self.log.appended.clear()
