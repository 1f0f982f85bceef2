"""How often each pair of guests was shown together on the wall or suggested, per event."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING, NamedTuple

from sqlalchemy import select
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.orm import Session

from kiosk.core.changes import Change, ChangeKind, Changes
from kiosk.storage.changelog import ChangeLog
from kiosk.storage.models import PairExposureRow

if TYPE_CHECKING:  # the database module imports this one (through the unit of work)
    from kiosk.storage.database import Database


class PairCounts(NamedTuple):
    """A pair's counts, as ``MatchEngine.set_exposure(a, b, shown, suggested)`` takes them.

    Not kiosk.core.matching's ``Exposure``: importing matching loads numpy and scipy (half a
    second), which a check-in station that never matches should not pay.
    """

    shown: int
    suggested: int


def pair_key(a: str, b: str) -> tuple[str, str]:
    """The unordered pair in stored order (the same order as kiosk.core.matching.pair_key)."""
    return (a, b) if a <= b else (b, a)


class ExposureRepository:
    """Counts kept across restarts for the matching engine's freshness. Never commits."""

    def __init__(self, session: Session, log: ChangeLog) -> None:
        self._session = session
        self._log = log

    def counts(self, event_id: str) -> dict[tuple[str, str], PairCounts]:
        """Every counted pair of the event, keyed by ``pair_key(a, b)``."""
        rows = self._session.execute(
            select(
                PairExposureRow.guest_a,
                PairExposureRow.guest_b,
                PairExposureRow.shown,
                PairExposureRow.suggested,
            ).where(PairExposureRow.event_id == event_id)
        )
        return {(a, b): PairCounts(shown, suggested) for a, b, shown, suggested in rows}

    def add(
        self,
        event_id: str,
        pairs: Iterable[tuple[str, str]],
        *,
        shown: int = 0,
        suggested: int = 0,
    ) -> Change | None:
        """Add ``shown`` and ``suggested`` to each pair's counts (a pair listed twice, twice).

        The entry carries counts only, no guest ids: pairs are statistics, and an entry naming
        two guests could not be removed when only one of them is erased.
        """
        if shown < 0 or suggested < 0:
            raise ValueError("exposure counts only grow")
        times = Counter(pair_key(a, b) for a, b in pairs)
        if any(a == b for a, b in times):
            raise ValueError("a guest cannot be paired with themselves")
        if not times or not (shown or suggested):
            return None
        rows = [
            {
                "event_id": event_id,
                "guest_a": a,
                "guest_b": b,
                "shown": shown * n,
                "suggested": suggested * n,
            }
            for (a, b), n in times.items()
        ]
        dialect = self._session.get_bind().dialect.name
        insert = postgresql.insert if dialect == "postgresql" else sqlite.insert
        stmt = insert(PairExposureRow)
        stmt = stmt.on_conflict_do_update(
            index_elements=[
                PairExposureRow.event_id,
                PairExposureRow.guest_a,
                PairExposureRow.guest_b,
            ],
            set_={
                "shown": PairExposureRow.shown + stmt.excluded.shown,
                "suggested": PairExposureRow.suggested + stmt.excluded.suggested,
            },
        )
        self._session.execute(stmt, rows)
        return self._log.append(
            ChangeKind.PAIRS_EXPOSED,
            event_id=event_id,
            entity_id=event_id,
            payload={"pairs": len(times), "shown": shown, "suggested": suggested},
        )


class ExposureLog:
    """The one writer of exposure counts: pairs the wall put on screen, people a guest was
    told to meet. Each call commits its own unit of work: run it off the GUI thread (the
    worker). Nobody's engine is touched here: every room, this process's included, picks the
    new counts up from the ``pairs_exposed`` entry the commit writes.
    """

    def __init__(self, database: Database, event_id: str, *, station: str) -> None:
        self._database = database
        self._event_id = event_id
        self._station = station

    def record_shown(self, pairs: Sequence[tuple[str, str]]) -> Changes:
        """The wall showed these pairs once more (a pair listed twice counts twice)."""
        return self._add([(a, b) for a, b in pairs if a != b], shown=1)

    def record_suggested(self, guest_id: str, others: Sequence[str]) -> Changes:
        """``guest_id`` was told to meet ``others``."""
        return self._add([(guest_id, o) for o in others if o != guest_id], suggested=1)

    def _add(self, pairs: list[tuple[str, str]], *, shown: int = 0, suggested: int = 0) -> Changes:
        if not pairs:
            return Changes()
        with self._database.unit_of_work(station=self._station) as uow:
            uow.exposure.add(self._event_id, pairs, shown=shown, suggested=suggested)
            return uow.commit()
