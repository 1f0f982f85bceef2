"""Storing which pairs the wall put on screen, so they fade and make room for others."""

from __future__ import annotations

from collections.abc import Sequence

from kiosk.core.changes import Changes
from kiosk.storage.database import Database


class ShownLog:
    """The storage half of ``RoomService.record_shown``, safe to run on a worker thread.

    The room's engine is only touched on the GUI thread: it picks the new counts up from the
    ``pairs_exposed`` entry this commit writes, when the change follower brings it back
    (like a station's suggestions, ``kiosk.app.exposure.SuggestionLog``).
    """

    def __init__(self, database: Database, event_id: str, *, station: str) -> None:
        self._database = database
        self._event_id = event_id
        self._station = station

    def record(self, pairs: Sequence[tuple[str, str]]) -> Changes:
        shown = [(a, b) for a, b in pairs if a != b]
        if not shown:
            return Changes()
        with self._database.unit_of_work(station=self._station) as uow:
            uow.exposure.add(self._event_id, shown, shown=1)
            return uow.commit()
