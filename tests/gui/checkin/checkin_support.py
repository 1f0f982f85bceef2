"""Helpers of the check-in screen tests only: an event recorder and search hits.

Key events, scanners and the fake key clock are in tests/gui/scanning.py, the text harvester
in tests/gui/widgettexts.py (the journeys use them too).
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject

from kiosk.core.search import SearchHit


class Recorder(QObject):
    """Event filter on one widget: the event types that reached it."""

    def __init__(self, *targets: QObject) -> None:
        super().__init__()
        self.seen: list[QEvent.Type] = []
        for target in targets:
            target.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt override)
        self.seen.append(event.type())
        return False


def hit(guest_id: str, first: str, initial: str = "", hint: str = "") -> SearchHit:
    return SearchHit(guest_id, first, initial, hint)
