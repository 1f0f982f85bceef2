"""What an operation changed: change-log entries as plain values, shared by every layer."""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum

# Payloads hold ids, counts and flags only: never a name, an email or anything a guest typed,
# because erasing a guest must leave no trace of them (PRODUCT.md, "Opt-in visibility").
PayloadValue = str | int | bool | None | tuple[str, ...]


class ChangeKind(StrEnum):
    """What a change-log entry is about; ``entity_id`` names the row it concerns."""

    EVENT_CREATED = "event_created"  # entity: event id
    EVENT_UPDATED = "event_updated"  # entity: event id
    EVENT_ACTIVATED = "event_activated"  # entity: event id (the one now active)
    EVENT_DELETED = "event_deleted"  # entity: event id (wiped with its settings and vocabulary)
    VOCABULARY_REPLACED = "vocabulary_replaced"  # entity: event id; payload: counts
    TAG_CREATED = "tag_created"  # entity: tag key (typed by a guest; pending approval)
    TAG_UPDATED = "tag_updated"  # entity: tag key; payload: approval
    TAG_DELETED = "tag_deleted"  # entity: tag key (a guest-typed tag nobody uses any more)
    GUEST_CREATED = "guest_created"  # entity: guest id; payload: source
    GUEST_UPDATED = "guest_updated"  # entity: guest id; payload: fields (names of fields)
    GUEST_TAGS_SET = "guest_tags_set"  # entity: guest id; payload: kind, count, pending
    GUEST_ERASED = "guest_erased"  # entity: guest id; the only trace left of an erased guest
    CHECKED_IN = "checked_in"  # entity: check-in id; guest_id set
    CHECKED_OUT = "checked_out"  # entity: check-in id; guest_id set
    CHECK_IN_UNDONE = "check_in_undone"  # entity: check-in id; guest_id set
    PAIRS_EXPOSED = "pairs_exposed"  # entity: event id; payload: pairs, shown, suggested


GUEST_KINDS = frozenset(
    {
        ChangeKind.GUEST_CREATED,
        ChangeKind.GUEST_UPDATED,
        ChangeKind.GUEST_TAGS_SET,
        ChangeKind.GUEST_ERASED,
    }
)
PRESENCE_KINDS = frozenset(
    {ChangeKind.CHECKED_IN, ChangeKind.CHECKED_OUT, ChangeKind.CHECK_IN_UNDONE}
)


@dataclass(frozen=True, slots=True)
class Change:
    """One change-log entry. Ids only grow, in commit order: "everything after id N" is exact.

    ``op_id`` is the operation (idempotency key) that wrote it: all entries of one user action
    share it. ``at`` is UTC. ``guest_id`` is set on every entry about a guest, so erasing the
    guest can find and remove them.
    """

    id: int
    kind: ChangeKind
    event_id: str
    entity_id: str
    guest_id: str | None
    station: str
    at: datetime
    op_id: str
    payload: Mapping[str, PayloadValue]


@dataclass(frozen=True, slots=True)
class Changes:
    """The change-log entries one operation committed, in order (Anki's ``OpChanges`` role)."""

    entries: tuple[Change, ...] = ()

    def __bool__(self) -> bool:
        return bool(self.entries)

    def __iter__(self) -> Iterator[Change]:
        return iter(self.entries)

    def __len__(self) -> int:
        return len(self.entries)

    def __add__(self, other: Changes) -> Changes:
        return Changes(self.entries + other.entries)

    @property
    def kinds(self) -> frozenset[ChangeKind]:
        return frozenset(c.kind for c in self.entries)

    @property
    def guest_ids(self) -> frozenset[str]:
        return frozenset(c.guest_id for c in self.entries if c.guest_id is not None)

    @property
    def last_id(self) -> int:
        """Highest entry id, 0 when nothing changed."""
        return max((c.id for c in self.entries), default=0)

    def touches(self, *kinds: ChangeKind) -> bool:
        return any(c.kind in kinds for c in self.entries)
