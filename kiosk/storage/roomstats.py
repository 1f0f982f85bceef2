"""Counts over the guests present now, read in one statement for the organiser's dashboard."""

from __future__ import annotations

from sqlalchemy import and_, func, select
from sqlalchemy.orm import Session

from kiosk.core.guest import TagKind
from kiosk.storage.models import CHECKINS, GUEST_TAGS

_ACTIVE = and_(CHECKINS.c.checked_out_at.is_(None), CHECKINS.c.undone_at.is_(None))


def present_tag_counts(session: Session, event_id: str) -> dict[tuple[TagKind, str], int]:
    """How many present guests of the event hold each tag, per kind (skill, interest)."""
    stmt = (
        select(GUEST_TAGS.c.kind, GUEST_TAGS.c.tag_key, func.count())
        .join(CHECKINS, CHECKINS.c.guest_id == GUEST_TAGS.c.guest_id)
        .where(CHECKINS.c.event_id == event_id, _ACTIVE)
        .group_by(GUEST_TAGS.c.kind, GUEST_TAGS.c.tag_key)
    )
    return {(TagKind(kind), key): int(n) for kind, key, n in session.execute(stmt)}
