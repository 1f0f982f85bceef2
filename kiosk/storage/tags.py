"""An event's tag vocabulary: categories and tags, including the ones guests typed.

Guest-typed tags, the rule (every path follows it):

- A tag a guest typed stays theirs: ``typed_by`` names its author whatever its approval since
  (approved, hidden, shown again, adopted by a vocabulary file that defines the same key). No
  edit, import or hide/show clears it.
- It lives until its author is erased and nobody holds it: erasing the author hands it to a
  remaining holder (a merged duplicate's tags: to the guest kept), and, when nobody holds it,
  deletes it and forgets its key (``ChangeLog.forget_tag``: the key is a slug of what the
  guest typed, maybe their name). Wiping or purging the event deletes every guest-typed tag.
- Merging a guest-typed tag into another moves its holders and deletes it, key forgotten;
  none of its text becomes a synonym of the target (kiosk.services.tagmerge).
- A new event copies only the tags the organiser wrote: no author, approval ``VOCABULARY``
  (kiosk.services.events); a vocabulary export writes only those.
- A tag stored before authors were recorded (migration 0002) counts as guest-typed while it is
  pending or approved (the organiser's own tags are ``VOCABULARY`` or ``HIDDEN``).

Every tag that leaves the event goes through ``TagRepository._drop``, which decides from
``typed_by`` and the approval whether its key leaves the change log.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any

from sqlalchemy import (
    ColumnElement,
    Row,
    Table,
    bindparam,
    case,
    delete,
    distinct,
    func,
    insert,
    or_,
    select,
    update,
)
from sqlalchemy.orm import Session

from kiosk.core.changes import Change, ChangeKind, PayloadValue
from kiosk.core.guest import TagKind
from kiosk.core.tags import Approval, Category, Labels, Tag, Vocabulary
from kiosk.storage.changelog import ChangeLog
from kiosk.storage.models import Base, CategoryRow, GuestRow, GuestTagRow, TagRow

_NO_SYNC = {"synchronize_session": False}
_TAGS: Table = Base.metadata.tables["tags"]
# Guest-typed although no author is recorded: stored before migration 0002 added typed_by.
_LEGACY_TYPED = (str(Approval.PENDING), str(Approval.APPROVED))
# The organiser's vocabulary rewritten in place, one executemany: typed_by is left alone.
_UPDATE_BY_KEY = update(_TAGS).where(
    _TAGS.c.event_id == bindparam("b_event_id"), _TAGS.c.key == bindparam("b_key")
)


def _guest_typed() -> ColumnElement[bool]:
    """SQL: the tag is a guest's (see the module's rule)."""
    return or_(TagRow.typed_by.is_not(None), TagRow.approval.in_(_LEGACY_TYPED))


def _is_guest_typed(typed_by: str | None, approval: str) -> bool:
    """``_guest_typed`` for a row already read."""
    return typed_by is not None or approval in _LEGACY_TYPED


def _settable(values: dict[str, Any]) -> dict[str, Any]:
    """``_tag_values`` without the primary key: what rewriting a stored tag sets."""
    return {k: v for k, v in values.items() if k not in ("event_id", "key")}


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
    """A tag's columns; never ``typed_by``, which only ``add`` and erasure set."""
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

        Rows are rewritten in place, so a tag a guest typed keeps its author even when the
        vocabulary defines its key (an import adopting it). Guest-typed tags the vocabulary
        leaves out stay, after it; the organiser's tags it leaves out go (``_drop``). Guests
        keep their tag links even to keys that went (nothing they chose is lost).
        """
        stored = self._session.execute(
            select(TagRow.key, TagRow.typed_by, TagRow.approval)
            .where(TagRow.event_id == event_id)
            .order_by(TagRow.position, TagRow.key)
        ).all()
        keys = [tag.key for tag in vocabulary]
        wanted = set(keys)
        kept = []  # guest-typed tags left out: after the vocabulary, in their old order
        for key, typed_by, approval in stored:
            if key in wanted:
                continue
            if _is_guest_typed(typed_by, approval):
                kept.append(key)
            else:  # one entry below tells followers; no tag_deleted entry of its own
                self._drop(event_id, key)
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
        existing = {key for key, _, _ in stored}
        rows = [_tag_values(event_id, t, i) for i, t in enumerate(vocabulary)]
        new = [row for row in rows if row["key"] not in existing]
        if new:
            self._session.execute(insert(TagRow), new)
        rewritten = [
            {"b_event_id": event_id, "b_key": row["key"], **_settable(row)}
            for row in rows
            if row["key"] in existing
        ]
        moved = [
            {"b_event_id": event_id, "b_key": key, "position": len(keys) + offset}
            for offset, key in enumerate(kept)
        ]
        # An executemany takes its SET columns from its first row: one call per shape.
        for params in (rewritten, moved):
            if params:
                self._session.execute(_UPDATE_BY_KEY, params)
        return self._log.append(
            ChangeKind.VOCABULARY_REPLACED,
            event_id=event_id,
            entity_id=event_id,
            payload={"tags": len(keys), "categories": len(vocabulary.categories)},
        )

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

    # -- deleting, and guest-typed tags (the rule: this module's docstring) ---------------------

    def _drop(self, event_id: str, key: str) -> str | None:
        """Delete one tag: the only way a tag leaves the event. Its key is forgotten
        (``ChangeLog.forget_tag``) when a guest typed it, decided from its row here, so that
        no caller can get it wrong. Returns the id its log entries go by from now on (the key,
        or the opaque id replacing it); None when there was no such tag.
        """
        where = (TagRow.event_id == event_id, TagRow.key == key)
        row = self._session.execute(select(TagRow.typed_by, TagRow.approval).where(*where)).first()
        if row is None:
            return None
        self._session.execute(delete(TagRow).where(*where).execution_options(**_NO_SYNC))
        if _is_guest_typed(row.typed_by, row.approval):
            return self._log.forget_tag(event_id, key)
        return key

    def delete(self, event_id: str, key: str, **payload: PayloadValue) -> Change | None:
        """Delete a tag whatever its approval (a merge moved its guests elsewhere first); its
        ``tag_deleted`` entry names an opaque id instead of the key of a guest-typed tag."""
        entity_id = self._drop(event_id, key)
        if entity_id is None:
            return None
        return self._log.append(
            ChangeKind.TAG_DELETED, event_id=event_id, entity_id=entity_id, payload=payload
        )

    def typed_keys(self, event_id: str, among: Iterable[str] | None = None) -> set[str]:
        """The event's guest-typed tags (of ``among`` when given), whatever their approval."""
        stmt = select(TagRow.key).where(TagRow.event_id == event_id, _guest_typed())
        if among is not None:
            stmt = stmt.where(TagRow.key.in_(set(among)))
        return set(self._session.execute(stmt).scalars())

    def typed_count(self, event_id: str) -> int:
        """How many tags ``release_all_typed`` would delete now (a wipe's preview)."""
        count = self._session.execute(
            select(func.count())
            .select_from(TagRow)
            .where(TagRow.event_id == event_id, _guest_typed())
        ).scalar_one()
        return int(count)

    def release_all_typed(self, event_id: str) -> list[Change]:
        """Delete every guest-typed tag of the event, keys forgotten: a wipe or a purge, once
        its guests are erased (nobody is left to hold them)."""
        keys = self._session.execute(
            select(TagRow.key)
            .where(TagRow.event_id == event_id, _guest_typed())
            .order_by(TagRow.position, TagRow.key)
        ).scalars()
        deleted = (self.delete(event_id, key) for key in list(keys))
        return [change for change in deleted if change is not None]

    def release_typed(
        self, event_id: str, guest_id: str, keys: Iterable[str], *, heir: str | None = None
    ) -> list[Change]:
        """After erasing a guest: what becomes of the tags that were theirs.

        Theirs: typed by them (whatever became of it since: approved, hidden, shown again,
        adopted, dropped from their tags); or one of ``keys`` (the tags they held) whose author
        is gone too (erased by an earlier version) or was never recorded (stored before
        migration 0002, still pending or approved). Nobody holds it: deleted, key forgotten
        (``delete``). Others do: it stays, and ``heir`` (the guest a duplicate was merged
        into) or else its first holder becomes its author; an unrecorded author stays so.
        """
        authored = self._session.execute(
            select(TagRow.key).where(TagRow.event_id == event_id, TagRow.typed_by == guest_id)
        ).scalars()
        held = self._session.execute(
            select(TagRow.key, TagRow.typed_by).where(
                TagRow.event_id == event_id, TagRow.key.in_(set(keys)), _guest_typed()
            )
        ).all()
        living = set(
            self._session.execute(
                select(GuestRow.id).where(GuestRow.id.in_({by for _, by in held if by}))
            ).scalars()
        )
        orphans = [key for key, typed_by in held if typed_by not in living]
        changes = []
        for key in dict.fromkeys([*authored, *orphans]):
            holders = self.holders(event_id, key)
            if not holders:
                change = self.delete(event_id, key)
                if change is not None:
                    changes.append(change)
                continue
            self._session.execute(
                update(TagRow)
                .where(TagRow.event_id == event_id, TagRow.key == key, TagRow.typed_by.is_not(None))
                .values(typed_by=heir or holders[0])
                .execution_options(**_NO_SYNC)
            )
        return changes
