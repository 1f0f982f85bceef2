"""An event's tag vocabulary: categories and tags, including the ones guests typed."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from sqlalchemy import Row, delete, exists, func, insert, select, update
from sqlalchemy.orm import Session

from kiosk.core.changes import Change, ChangeKind
from kiosk.core.tags import Approval, Category, Labels, Tag, Vocabulary
from kiosk.storage.changelog import ChangeLog
from kiosk.storage.models import CategoryRow, GuestRow, GuestTagRow, TagRow

_NO_SYNC = {"synchronize_session": False}


def _tag(row: Row[Any]) -> Tag:
    return Tag(
        key=row.key,
        label=Labels(row.label_fr, row.label_en),
        category=row.category,
        synonyms=tuple(row.synonyms or ()),
        sensitive=row.sensitive,
        approval=Approval(row.approval),
    )


def _tag_values(event_id: str, tag: Tag, position: int) -> dict[str, Any]:
    return {
        "event_id": event_id,
        "key": tag.key,
        "label_fr": tag.label.fr,
        "label_en": tag.label.en,
        "category": tag.category,
        "synonyms": list(tag.synonyms),
        "sensitive": tag.sensitive,
        "approval": str(tag.approval),
        "position": position,
    }


class TagRepository:
    """Reads and writes the vocabulary; every write appends its change-log entry. Never commits."""

    def __init__(self, session: Session, log: ChangeLog) -> None:
        self._session = session
        self._log = log

    def vocabulary(self, event_id: str) -> Vocabulary:
        """All the event's tags (guest-typed ones too: check ``Tag.approval``), in order."""
        categories = self._session.execute(
            select(CategoryRow.key, CategoryRow.label_fr, CategoryRow.label_en)
            .where(CategoryRow.event_id == event_id)
            .order_by(CategoryRow.position)
        )
        tags = self._session.execute(
            select(TagRow.__table__)
            .where(TagRow.event_id == event_id)
            .order_by(TagRow.position, TagRow.key)
        )
        return Vocabulary(
            categories=[Category(key, Labels(fr, en)) for key, fr, en in categories],
            tags=[_tag(row) for row in tags],
        )

    def known_keys(self, event_id: str, keys: Iterable[str]) -> set[str]:
        """Which of ``keys`` the event has (any approval): a check without the vocabulary."""
        wanted = set(keys)
        if not wanted:
            return set()
        rows = self._session.execute(
            select(TagRow.key).where(TagRow.event_id == event_id, TagRow.key.in_(wanted))
        )
        return {key for (key,) in rows}

    def get(self, event_id: str, key: str) -> Tag | None:
        row = self._session.execute(
            select(TagRow.__table__).where(TagRow.event_id == event_id, TagRow.key == key)
        ).first()
        return _tag(row) if row is not None else None

    def add(self, event_id: str, tag: Tag) -> Change:
        """A new tag (typically typed by a guest, ``Approval.PENDING``), after the others."""
        position = self._next_position(event_id)
        self._session.execute(insert(TagRow).values(**_tag_values(event_id, tag, position)))
        return self._log.append(
            ChangeKind.TAG_CREATED,
            event_id=event_id,
            entity_id=tag.key,
            payload={"approval": str(tag.approval)},
        )

    def set_approval(self, event_id: str, key: str, approval: Approval) -> Change | None:
        result = self._session.execute(
            update(TagRow)
            .where(TagRow.event_id == event_id, TagRow.key == key, TagRow.approval != approval)
            .values(approval=str(approval))
            .execution_options(**_NO_SYNC)
        )
        if not getattr(result, "rowcount", 0):
            return None
        return self._log.append(
            ChangeKind.TAG_UPDATED,
            event_id=event_id,
            entity_id=key,
            payload={"approval": str(approval)},
        )

    def replace_vocabulary(self, event_id: str, vocabulary: Vocabulary) -> Change:
        """Make the organiser's vocabulary the event's: its categories and tags, in its order.

        Tags typed by guests stay unless the vocabulary defines the same key. Guests keep
        their tag links even to keys the new vocabulary dropped (nothing they chose is lost).
        """
        keys = [tag.key for tag in vocabulary]
        guest_typed = self._session.execute(
            select(TagRow.key).where(
                TagRow.event_id == event_id,
                TagRow.approval != str(Approval.VOCABULARY),
                TagRow.key.not_in(keys),
            )
        ).scalars()
        kept = list(guest_typed)
        self._session.execute(
            delete(TagRow)
            .where(TagRow.event_id == event_id, TagRow.key.not_in(kept))
            .execution_options(**_NO_SYNC)
        )
        self._session.execute(
            delete(CategoryRow)
            .where(CategoryRow.event_id == event_id)
            .execution_options(**_NO_SYNC)
        )
        if vocabulary.categories:
            self._session.execute(
                insert(CategoryRow),
                [
                    {
                        "event_id": event_id,
                        "key": c.key,
                        "label_fr": c.label.fr,
                        "label_en": c.label.en,
                        "position": i,
                    }
                    for i, c in enumerate(vocabulary.categories)
                ],
            )
        if keys:
            self._session.execute(
                insert(TagRow), [_tag_values(event_id, t, i) for i, t in enumerate(vocabulary)]
            )
        # Guest-typed tags that stay go after the vocabulary, in their old relative order.
        for offset, key in enumerate(kept):
            self._session.execute(
                update(TagRow)
                .where(TagRow.event_id == event_id, TagRow.key == key)
                .values(position=len(keys) + offset)
                .execution_options(**_NO_SYNC)
            )
        return self._log.append(
            ChangeKind.VOCABULARY_REPLACED,
            event_id=event_id,
            entity_id=event_id,
            payload={"tags": len(keys), "categories": len(vocabulary.categories)},
        )

    def delete_unused_pending(self, event_id: str, keys: Iterable[str]) -> list[Change]:
        """Delete these guest-typed, unapproved tags if no guest of the event uses them."""
        changes = []
        for key in dict.fromkeys(keys):
            used = exists().where(
                GuestTagRow.tag_key == key,
                GuestTagRow.guest_id == GuestRow.id,
                GuestRow.event_id == event_id,
            )
            result = self._session.execute(
                delete(TagRow)
                .where(
                    TagRow.event_id == event_id,
                    TagRow.key == key,
                    TagRow.approval == str(Approval.PENDING),
                    ~used,
                )
                .execution_options(**_NO_SYNC)
            )
            if getattr(result, "rowcount", 0):
                changes.append(
                    self._log.append(ChangeKind.TAG_DELETED, event_id=event_id, entity_id=key)
                )
        return changes

    def _next_position(self, event_id: str) -> int:
        stmt = select(func.coalesce(func.max(TagRow.position), -1)).where(
            TagRow.event_id == event_id
        )
        return int(self._session.execute(stmt).scalar_one()) + 1
