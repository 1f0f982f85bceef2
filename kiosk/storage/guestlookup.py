"""Finding guests by the start of their email, for the organiser (the guests' search has none)."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from kiosk.core.text import fold
from kiosk.storage.models import GUESTS


def _escaped(text: str) -> str:
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def ids_by_email_prefix(session: Session, event_id: str, prefix: str, limit: int) -> list[str]:
    """Guests whose email starts with ``prefix`` (case and accents ignored), by email."""
    folded = fold(prefix)
    if not folded:
        return []
    stmt = (
        select(GUESTS.c.id)
        .where(
            GUESTS.c.event_id == event_id,
            GUESTS.c.email_folded.like(_escaped(folded) + "%", escape="\\"),
        )
        .order_by(GUESTS.c.email_folded, GUESTS.c.id)
        .limit(limit)
    )
    return list(session.execute(stmt).scalars())
