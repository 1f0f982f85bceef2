"""An event's tag vocabulary: categories and tags, including the ones guests typed."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any

from sqlalchemy import Row, case, delete, distinct, exists, func, insert, or_, select, update
from sqlalchemy.orm import Session

from kiosk.core.changes import Change, ChangeKind, PayloadValue
from kiosk.core.guest import TagKind
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

    def add(self, event_id: str, tag: Tag, *, typed_by: str | None = None) -> Change:
        """A new tag (typically typed by a guest, ``Approval.PENDING``), after the others.

        ``typed_by``: the guest who typed it (their erasure takes it away if nobody uses it).
        """
        position = self._next_position(event_id)
        values = _tag_values(event_id, tag, position)
        self._session.execute(insert(TagRow).values(**values, typed_by=typed_by))
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
                changes.append(self._forget(event_id, key))
        return changes

    def _next_position(self, event_id: str) -> int:
        stmt = select(func.coalesce(func.max(TagRow.position), -1)).where(
            TagRow.event_id == event_id
        )
        return int(self._session.execute(stmt).scalar_one()) + 1

    # -- the organiser's edits (kiosk.services.vocabulary) ------------------------------------

    def usage(self, event_id: str) -> dict[str, tuple[int, int, int]]:
        """Per tag key held by a guest of the event: (as a skill, as an interest, guests)."""
        skill = func.sum(case((GuestTagRow.kind == str(TagKind.SKILL), 1), else_=0))
        interest = func.sum(case((GuestTagRow.kind == str(TagKind.INTEREST), 1), else_=0))
        rows = self._session.execute(
            select(GuestTagRow.tag_key, skill, interest, func.count(distinct(GuestTagRow.guest_id)))
            .join(GuestRow, GuestRow.id == GuestTagRow.guest_id)
            .where(GuestRow.event_id == event_id)
            .group_by(GuestTagRow.tag_key)
        )
        return {key: (int(s), int(i), int(g)) for key, s, i, g in rows}

    def holders(self, event_id: str, key: str) -> list[str]:
        """Ids of the event's guests holding ``key`` (as a skill or an interest), in id order."""
        rows = self._session.execute(
            select(GuestTagRow.guest_id)
            .join(GuestRow, GuestRow.id == GuestTagRow.guest_id)
            .where(GuestRow.event_id == event_id, GuestTagRow.tag_key == key)
            .distinct()
            .order_by(GuestTagRow.guest_id)
        )
        return [guest_id for (guest_id,) in rows]

    def update(
        self, event_id: str, tag: Tag, fields: Sequence[str], **payload: PayloadValue
    ) -> Change | None:
        """Store ``tag`` over the one with its key; ``fields`` name what the edit was about."""
        values = _tag_values(event_id, tag, 0)
        del values["event_id"], values["key"], values["position"]
        result = self._session.execute(
            update(TagRow)
            .where(TagRow.event_id == event_id, TagRow.key == tag.key)
            .values(**values)
            .execution_options(**_NO_SYNC)
        )
        if not getattr(result, "rowcount", 0):
            return None
        return self._log.append(
            ChangeKind.TAG_UPDATED,
            event_id=event_id,
            entity_id=tag.key,
            payload={"fields": tuple(fields), **payload},
        )

    def delete(self, event_id: str, key: str, **payload: PayloadValue) -> Change | None:
        """Delete a tag whatever its approval (a merge moved its guests elsewhere first)."""
        result = self._session.execute(
            delete(TagRow)
            .where(TagRow.event_id == event_id, TagRow.key == key)
            .execution_options(**_NO_SYNC)
        )
        if not getattr(result, "rowcount", 0):
            return None
        return self._log.append(
            ChangeKind.TAG_DELETED, event_id=event_id, entity_id=key, payload=payload
        )

    def add_category(self, event_id: str, category: Category) -> Change:
        """A new category after the others. Logged as a vocabulary reload (no kind of its own)."""
        position = self._session.execute(
            select(func.coalesce(func.max(CategoryRow.position), -1)).where(
                CategoryRow.event_id == event_id
            )
        ).scalar_one()
        self._session.execute(
            insert(CategoryRow).values(
                event_id=event_id,
                key=category.key,
                label_fr=category.label.fr,
                label_en=category.label.en,
                position=int(position) + 1,
            )
        )
        return self._category_change(event_id)

    def update_category(self, event_id: str, category: Category) -> Change | None:
        result = self._session.execute(
            update(CategoryRow)
            .where(CategoryRow.event_id == event_id, CategoryRow.key == category.key)
            .values(label_fr=category.label.fr, label_en=category.label.en)
            .execution_options(**_NO_SYNC)
        )
        if not getattr(result, "rowcount", 0):
            return None
        return self._category_change(event_id)

    def _category_change(self, event_id: str) -> Change:
        # Followers reload the whole vocabulary on this kind: chips and the wall follow.
        count = self._session.execute(
            select(func.count()).where(CategoryRow.event_id == event_id)
        ).scalar_one()
        return self._log.append(
            ChangeKind.VOCABULARY_REPLACED,
            event_id=event_id,
            entity_id=event_id,
            payload={"categories": int(count), "scope": "categories"},
        )

    # -- guest-typed tags: moderation and erasure (kiosk.services.moderation, guests) -----------

    def _forget(self, event_id: str, key: str) -> Change:
        """The ``tag_deleted`` entry of a deleted guest-typed tag, its key gone from the log."""
        opaque = self._log.forget_tag(event_id, key)
        return self._log.append(ChangeKind.TAG_DELETED, event_id=event_id, entity_id=opaque)

    def delete_typed(self, event_id: str, key: str) -> Change | None:
        """Delete a guest-typed tag (merged into another); its key leaves the log with it."""
        result = self._session.execute(
            delete(TagRow)
            .where(
                TagRow.event_id == event_id,
                TagRow.key == key,
                TagRow.approval != str(Approval.VOCABULARY),
            )
            .execution_options(**_NO_SYNC)
        )
        return self._forget(event_id, key) if getattr(result, "rowcount", 0) else None

    def typed_count(self, event_id: str) -> int:
        """Tags guests typed (whatever the organiser made of them since), or pending ones."""
        typed = or_(TagRow.typed_by.is_not(None), TagRow.approval == str(Approval.PENDING))
        count = self._session.execute(
            select(func.count()).select_from(TagRow).where(TagRow.event_id == event_id, typed)
        ).scalar_one()
        return int(count)

    def release_typed(self, event_id: str, guest_id: str, keys: Iterable[str]) -> list[Change]:
        """After erasing a guest: delete the guest-typed tags that were theirs and nobody uses.

        Theirs: typed by them (whatever became of it since: approved, hidden, dropped from
        their tags), or, for a tag stored before authors were recorded, one of ``keys`` still
        pending. One that others use stays and passes to one of them. A deleted tag's key is
        replaced in the change log (``ChangeLog.forget_tag``).
        """
        authored = self._session.execute(
            select(TagRow.key).where(TagRow.event_id == event_id, TagRow.typed_by == guest_id)
        ).scalars()
        changes = []
        for key in dict.fromkeys([*authored, *keys]):
            where = (TagRow.event_id == event_id, TagRow.key == key)
            row = self._session.execute(
                select(TagRow.approval, TagRow.typed_by).where(*where)
            ).first()
            if row is None or row.approval == str(Approval.VOCABULARY):
                continue
            legacy = row.typed_by is None and row.approval == str(Approval.PENDING)
            if row.typed_by != guest_id and not legacy:
                continue
            heirs = self.holders(event_id, key)
            if not heirs:
                self._session.execute(delete(TagRow).where(*where).execution_options(**_NO_SYNC))
                changes.append(self._forget(event_id, key))
            elif not legacy:
                self._session.execute(
                    update(TagRow)
                    .where(*where)
                    .values(typed_by=heirs[0])
                    .execution_options(**_NO_SYNC)
                )
        return changes
