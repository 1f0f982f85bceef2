"""Moderation: the text guests typed (tags, walk-in names) and who the wall may show.

Every action is one unit of work whose change-log entries the wall, the check-in stations and
other organiser screens follow (``tag_updated``, ``tag_deleted``, ``guest_tags_set``,
``guest_updated``). Each one sets a state rather than adding to one, so repeating it (a retry,
two organisers at once) changes nothing more: an action whose tag or guest is gone answers
``GONE``, one already done ``UNCHANGED``.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from enum import StrEnum

from kiosk.core.changes import Changes
from kiosk.core.guest import Guest
from kiosk.core.refusal import Refusal, check_tag_label
from kiosk.core.search import SearchHit
from kiosk.core.tags import Approval, Labels, Tag
from kiosk.core.text import clean
from kiosk.services.search import SearchService
from kiosk.services.station import StationService
from kiosk.services.tagmerge import merge_tag
from kiosk.storage.unitofwork import UnitOfWork

SEARCH_LIMIT = 12


@dataclass(frozen=True, slots=True)
class PendingTag:
    """A tag a guest typed, not reviewed yet, and how many guests hold it."""

    key: str
    label: Labels
    skills: int
    interests: int
    guests: int


@dataclass(frozen=True, slots=True)
class GuestLine:
    """A guest as the organiser's lists show them (full name: organiser eyes only)."""

    guest_id: str
    first_name: str
    last_name: str
    on_wall_consent: bool
    hidden_from_wall: bool
    name_approved: bool


@dataclass(frozen=True, slots=True)
class ModerationList:
    """What waits for review; ``approval_required``: unreviewed text stays off the wall."""

    tags: tuple[PendingTag, ...] = ()
    names: tuple[GuestLine, ...] = ()
    approval_required: bool = True
    # Tags a typed one may be merged into: the organiser's and the approved ones.
    targets: tuple[Tag, ...] = ()


class Outcome(StrEnum):
    DONE = "done"
    UNCHANGED = "unchanged"  # already so (a repeated action)
    GONE = "gone"  # the tag or guest is no longer there (merged, erased, by another screen)
    NOT_TYPED = "not_typed"  # an organiser's tag: the vocabulary section edits those
    UNKNOWN_TARGET = "unknown_target"  # merging into a tag that does not exist (or itself)
    REFUSED = "refused"  # a translation refused: see ``refusal``


@dataclass(frozen=True, slots=True)
class ModerationResult:
    outcome: Outcome
    changes: Changes = field(default_factory=Changes)
    refusal: Refusal | None = None
    moved: int = 0  # merge: guests whose tags moved to the other tag

    @property
    def ok(self) -> bool:
        return self.outcome in (Outcome.DONE, Outcome.UNCHANGED)


def guest_line(guest: Guest) -> GuestLine:
    return GuestLine(
        guest.id,
        guest.first_name,
        guest.last_name,
        guest.consents.on_wall,
        guest.hidden_from_wall,
        guest.name_approved,
    )


class ModerationService(StationService):
    """The organiser's review of one event's guest-typed text, and hiding guests from the wall."""

    def pending(self, event_id: str) -> ModerationList:
        with self._reader() as uow:
            event = uow.events.get(event_id)
            if event is None:
                raise LookupError(f"no event {event_id!r}")
            vocabulary = list(uow.tags.vocabulary(event_id))
            typed = [t for t in vocabulary if t.approval is Approval.PENDING]
            counts = uow.tags.usage(event_id)
            tags = tuple(PendingTag(t.key, t.label, *counts.get(t.key, (0, 0, 0))) for t in typed)
            names = tuple(guest_line(g) for g in uow.guests.unapproved_names(event_id))
            targets = tuple(t for t in vocabulary if t.approval.shown_on_wall)
            return ModerationList(tags, names, not event.wall.show_unapproved_text, targets)

    # -- typed tags ---------------------------------------------------------------------------

    def approve_tag(self, event_id: str, key: str) -> ModerationResult:
        """Shown on the wall (where the event waits for approval) and offered as a chip."""
        return self._set_approval(event_id, key, Approval.APPROVED)

    def hide_tag(self, event_id: str, key: str) -> ModerationResult:
        """Off the wall, out of matching and chips; guests keep it (and their other tags)."""
        return self._set_approval(event_id, key, Approval.HIDDEN)

    def translate_tag(self, event_id: str, key: str, label: Labels) -> ModerationResult:
        """Set both labels (the guest typed one language); checked like a typed tag."""
        with self._unit() as uow:
            tag, outcome = self._typed(uow, event_id, key)
            if tag is None:
                return ModerationResult(outcome)
            event = uow.events.get(event_id)
            if event is None:
                return ModerationResult(Outcome.GONE)
            cleaned = Labels(clean(label.fr), clean(label.en))
            for text in (cleaned.fr, cleaned.en):
                refusal = check_tag_label(text, event.titles)
                if refusal is not None:
                    return ModerationResult(Outcome.REFUSED, refusal=refusal)
            if cleaned == tag.label:
                return ModerationResult(Outcome.UNCHANGED)
            uow.tags.update(event_id, replace(tag, label=cleaned), ("label",))
            return ModerationResult(Outcome.DONE, uow.commit())

    def merge_tag(self, event_id: str, key: str, into: str) -> ModerationResult:
        """Every guest holding ``key`` holds ``into`` instead (in its place); ``key`` goes, its
        text forgotten: ``kiosk.services.tagmerge.merge_tag``, as on the vocabulary page.

        Repeated after it succeeded, it answers ``GONE``: nothing moves twice.
        """
        with self._unit() as uow:
            tag, outcome = self._typed(uow, event_id, key)
            if tag is None:
                return ModerationResult(outcome)
            target = uow.tags.get(event_id, into)
            if target is None or target.key == key:
                return ModerationResult(Outcome.UNKNOWN_TARGET)
            moved = merge_tag(uow, event_id, tag, target)
            return ModerationResult(Outcome.DONE, uow.commit(), moved=moved)

    def _set_approval(self, event_id: str, key: str, approval: Approval) -> ModerationResult:
        with self._unit() as uow:
            tag, outcome = self._typed(uow, event_id, key)
            if tag is None:
                return ModerationResult(outcome)
            if uow.tags.set_approval(event_id, key, approval) is None:
                return ModerationResult(Outcome.UNCHANGED)
            return ModerationResult(Outcome.DONE, uow.commit())

    @staticmethod
    def _typed(uow: UnitOfWork, event_id: str, key: str) -> tuple[Tag | None, Outcome]:
        """The tag if a guest typed it (whatever the organiser made of it since)."""
        tag = uow.tags.get(event_id, key)
        if tag is None:
            return None, Outcome.GONE
        if not uow.tags.typed_keys(event_id, among=[key]):
            return None, Outcome.NOT_TYPED
        return tag, Outcome.DONE

    # -- guests ---------------------------------------------------------------------------------

    def approve_name(self, guest_id: str) -> ModerationResult:
        """A walk-in's typed name may be shown on the wall (with their consent)."""
        return self._save_guest(guest_id, lambda g: replace(g, name_approved=True))

    def set_hidden_from_wall(self, guest_id: str, hidden: bool) -> ModerationResult:
        """ "Hide from the wall now" (or show again): the wall drops them at its next entry,
        and nobody is suggested them; their own consent is left as they gave it."""
        return self._save_guest(guest_id, lambda g: replace(g, hidden_from_wall=hidden))

    def _save_guest(self, guest_id: str, edit: Callable[[Guest], Guest]) -> ModerationResult:
        with self._unit() as uow:
            guest = uow.guests.get(guest_id)
            if guest is None:
                return ModerationResult(Outcome.GONE)
            new = edit(guest)
            if new == guest:
                return ModerationResult(Outcome.UNCHANGED)
            uow.guests.save(new)
            return ModerationResult(Outcome.DONE, uow.commit())

    def guest_lines(self, guest_ids: Sequence[str]) -> list[GuestLine]:
        """The guests still there, in the order given."""
        with self._reader() as uow:
            found = (uow.guests.get(gid) for gid in dict.fromkeys(guest_ids))
            return [guest_line(g) for g in found if g is not None]

    def find_guests(
        self, search: SearchService, query: str, limit: int = SEARCH_LIMIT
    ) -> list[GuestLine]:
        """Guests matching what the organiser typed (accent- and typo-tolerant), best first."""
        hits: list[SearchHit] = search.search(query, limit) if clean(query) else []
        return self.guest_lines([hit.guest_id for hit in hits])
