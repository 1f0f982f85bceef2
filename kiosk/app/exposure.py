"""Storing which people a guest was told to meet, so those pairs fade from later suggestions."""

from __future__ import annotations

from collections.abc import Sequence

from kiosk.core.changes import Changes
from kiosk.storage.database import Database


class SuggestionLog:
    """The storage half of ``RoomService.record_suggested``, safe to run on the worker thread.

    The room's engine is only touched on the GUI thread: it picks the new counts up from the
    ``pairs_exposed`` entry this commit returns, like any station's.
    """

    def __init__(self, database: Database, event_id: str, *, station: str) -> None:
        self._database = database
        self._event_id = event_id
        self._station = station

    def record(self, guest_id: str, others: Sequence[str]) -> Changes:
        pairs = [(guest_id, other) for other in others if other != guest_id]
        if not pairs:
            return Changes()
        with self._database.unit_of_work(station=self._station) as uow:
            uow.exposure.add(self._event_id, pairs, suggested=1)
            return uow.commit()
