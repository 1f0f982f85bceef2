"""The organiser's vocabulary: categories and tags listed with their use, edited, merged, hidden;
the event's title rules. Every write is one unit of work with its change-log entries.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace

from kiosk.core.changes import ChangeKind, Changes, PayloadValue
from kiosk.core.event import Event
from kiosk.core.tags import Approval, Category, Tag, Vocabulary
from kiosk.core.titles import TitleRules
from kiosk.core.titletest import normalise_pattern, pattern_problem
from kiosk.core.vocabularyedit import (
    EditProblem,
    EditRefusal,
    TagUsage,
    VocabularyOverview,
    check_category_labels,
    check_labels,
    clean_labels,
    free_key,
)
from kiosk.services.station import StationService
from kiosk.services.tagmerge import merge_tag
from kiosk.storage.unitofwork import UnitOfWork


@dataclass(frozen=True, slots=True)
class EditResult:
    """``key``: the tag or category made or edited; ``guests``: how many guests a merge moved."""

    refusal: EditRefusal | None = None
    key: str = ""
    guests: int = 0
    changes: Changes = field(default_factory=Changes)

    @property
    def ok(self) -> bool:
        return self.refusal is None


@dataclass(frozen=True, slots=True)
class TitleRulesResult:
    refusal: EditRefusal | None = None
    event: Event | None = None  # as stored now
    changes: Changes = field(default_factory=Changes)


def _refused(problem: EditProblem, detail: str = "") -> EditResult:
    return EditResult(EditRefusal(problem, detail=detail))


class VocabularyService(StationService):
    """Use cases of the organiser's vocabulary page, for one database."""

    # -- reading --------------------------------------------------------------------------------

    def overview(self, event_id: str) -> VocabularyOverview:
        with self._reader() as uow:
            vocabulary = uow.tags.vocabulary(event_id)
            usage = uow.tags.usage(event_id)
            typed = uow.tags.typed_keys(event_id)
        return VocabularyOverview(
            categories=vocabulary.categories,
            tags=tuple(
                TagUsage(t, *usage.get(t.key, (0, 0, 0)), typed=t.key in typed) for t in vocabulary
            ),
        )

    def title_rules(self, event_id: str) -> TitleRules:
        with self._reader() as uow:
            return self._event(uow, event_id).titles

    # -- categories -----------------------------------------------------------------------------

    def add_category(self, event_id: str, fr: str, en: str, *, op_id: str = "") -> EditResult:
        labels = clean_labels(fr, en)

        def action(uow: UnitOfWork) -> EditResult:
            vocabulary = uow.tags.vocabulary(event_id)
            refusal = check_category_labels(labels, vocabulary.categories)
            if refusal is not None:
                return EditResult(refusal)
            taken = {c.key for c in vocabulary.categories}
            key = free_key(labels.en, taken, fallback="category")
            uow.tags.add_category(event_id, Category(key, labels))
            return EditResult(key=key)

        return self._write(action, op_id)

    def rename_category(
        self, event_id: str, key: str, fr: str, en: str, *, op_id: str = ""
    ) -> EditResult:
        labels = clean_labels(fr, en)

        def action(uow: UnitOfWork) -> EditResult:
            categories = uow.tags.vocabulary(event_id).categories
            if key not in {c.key for c in categories}:
                return _refused(EditProblem.UNKNOWN_CATEGORY, key)
            others = [c for c in categories if c.key != key]
            refusal = check_category_labels(labels, others)
            if refusal is not None:
                return EditResult(refusal)
            uow.tags.update_category(event_id, Category(key, labels))
            return EditResult(key=key)

        return self._write(action, op_id)

    # -- tags -----------------------------------------------------------------------------------

    def add_tag(
        self,
        event_id: str,
        fr: str,
        en: str,
        category: str = "",
        *,
        sensitive: bool = False,
        op_id: str = "",
    ) -> EditResult:
        """A new vocabulary tag; its labels pass the checks guests' text passes."""
        labels = clean_labels(fr, en)

        def action(uow: UnitOfWork) -> EditResult:
            vocabulary = uow.tags.vocabulary(event_id)
            refusal = self._check_category(vocabulary, category) or check_labels(
                labels, self._event(uow, event_id).titles, vocabulary
            )
            if refusal is not None:
                return EditResult(refusal)
            key = free_key(labels.en, (t.key for t in vocabulary))
            uow.tags.add(event_id, Tag(key, labels, category, sensitive=sensitive))
            return EditResult(key=key)

        return self._write(action, op_id)

    def edit_tag(
        self,
        event_id: str,
        key: str,
        *,
        fr: str | None = None,
        en: str | None = None,
        category: str | None = None,
        sensitive: bool | None = None,
        hidden: bool | None = None,
        op_id: str = "",
    ) -> EditResult:
        """Change what is given (None keeps it). The key stays: guests keep the tag."""

        def action(uow: UnitOfWork) -> EditResult:
            vocabulary = uow.tags.vocabulary(event_id)
            old = vocabulary.get(key)
            if old is None:
                return _refused(EditProblem.UNKNOWN_TAG, key)
            new, fields, payload = old, list[str](), dict[str, PayloadValue]()
            if fr is not None or en is not None:
                labels = clean_labels(
                    old.label.fr if fr is None else fr, old.label.en if en is None else en
                )
                if labels != old.label:
                    titles = self._event(uow, event_id).titles
                    refusal = check_labels(labels, titles, vocabulary, own_key=key)
                    if refusal is not None:
                        return EditResult(refusal)
                    new, fields = replace(new, label=labels), [*fields, "label"]
            if category is not None and category != old.category:
                refusal = self._check_category(vocabulary, category)
                if refusal is not None:
                    return EditResult(refusal)
                new, fields = replace(new, category=category), [*fields, "category"]
            if sensitive is not None and sensitive != old.sensitive:
                new, fields = replace(new, sensitive=sensitive), [*fields, "sensitive"]
                payload["sensitive"] = sensitive
            typed = hidden is False and bool(uow.tags.typed_keys(event_id, among=[key]))
            approval = _approval(old.approval, hidden, typed=typed)
            if approval is not old.approval:
                new, fields = replace(new, approval=approval), [*fields, "approval"]
                payload["approval"] = str(approval)
            if fields:
                uow.tags.update(event_id, new, fields, **payload)
            return EditResult(key=key)

        return self._write(action, op_id)

    def rename_tag(self, event_id: str, key: str, fr: str, en: str) -> EditResult:
        return self.edit_tag(event_id, key, fr=fr, en=en)

    def move_tag(self, event_id: str, key: str, category: str) -> EditResult:
        return self.edit_tag(event_id, key, category=category)

    def set_hidden(self, event_id: str, key: str, hidden: bool) -> EditResult:
        """Hidden: off the chips, the wall and the matching; guests keep it."""
        return self.edit_tag(event_id, key, hidden=hidden)

    def set_sensitive(self, event_id: str, key: str, sensitive: bool) -> EditResult:
        """Sensitive: never on the wall, never a reason for a suggestion; guests keep it."""
        return self.edit_tag(event_id, key, sensitive=sensitive)

    def merge(self, event_id: str, source: str, target: str, *, op_id: str = "") -> EditResult:
        """Every guest's ``source`` becomes ``target`` and ``source`` goes: see
        ``kiosk.services.tagmerge.merge_tag`` (also what the moderation list's merge does).

        An organiser's ``source`` leaves its labels, synonyms and key as ``target``'s synonyms;
        a guest-typed one leaves nothing of its text (the organiser adds a synonym by hand).
        A guest at a kiosk who had picked a guest-typed chip before its merge loses that pick
        (``Vocabulary.absorbed_by`` finds no synonym): the price of forgetting its words.
        One change-log entry per guest and kind moved: stations and the wall follow.
        """

        def action(uow: UnitOfWork) -> EditResult:
            if source == target:
                return _refused(EditProblem.SAME_TAG, source)
            vocabulary = uow.tags.vocabulary(event_id)
            old, into = vocabulary.get(source), vocabulary.get(target)
            if old is None or into is None:
                return _refused(EditProblem.UNKNOWN_TAG, source if old is None else target)
            return EditResult(key=target, guests=merge_tag(uow, event_id, old, into))

        return self._write(action, op_id, key=target)

    # -- title rules ----------------------------------------------------------------------------

    def set_title_rules(
        self, event_id: str, block: Sequence[str], allow: Sequence[str]
    ) -> TitleRulesResult:
        """The event's blocklist and its exceptions, as the organiser wrote them."""
        lists: list[tuple[str, ...]] = []
        for patterns in (block, allow):
            kept: list[str] = []
            for pattern in patterns:
                if not pattern.strip():
                    continue
                problem = pattern_problem(pattern, kept)
                if problem is not None:
                    refusal = EditRefusal(EditProblem.PATTERN, detail=pattern, pattern=problem)
                    return TitleRulesResult(refusal)
                kept.append(" ".join(pattern.split()))
            lists.append(tuple(kept))
        with self._unit() as uow:
            event = self._event(uow, event_id)
            if [tuple(map(normalise_pattern, p)) for p in lists] == [
                tuple(map(normalise_pattern, event.titles.block)),
                tuple(map(normalise_pattern, event.titles.allow)),
            ]:
                return TitleRulesResult(event=event)
            new = replace(event, titles=TitleRules(block=lists[0], allow=lists[1]))
            uow.events.update(new)
            return TitleRulesResult(event=new, changes=uow.commit())

    # -- plumbing -------------------------------------------------------------------------------

    def _write(
        self, action: Callable[[UnitOfWork], EditResult], op_id: str, *, key: str = ""
    ) -> EditResult:
        """Run ``action`` in one unit of work; ``key``: what a retry answers (else the key of
        the first entry stored)."""
        with self._unit(op_id=op_id or None) as uow:
            done = uow.log.for_operation(op_id) if op_id else []
            if done:  # a retry of an action already stored: its result, not a second one
                moved = {c.guest_id for c in done if c.kind is ChangeKind.GUEST_TAGS_SET}
                key = key or done[0].entity_id
                return EditResult(key=key, guests=len(moved), changes=Changes(tuple(done)))
            result = action(uow)
            if result.refusal is not None:
                return result  # leaving the block rolls back
            return replace(result, changes=uow.commit())

    @staticmethod
    def _event(uow: UnitOfWork, event_id: str) -> Event:
        event = uow.events.get(event_id)
        if event is None:
            raise LookupError(f"no event {event_id!r}")
        return event

    @staticmethod
    def _check_category(vocabulary: Vocabulary, category: str) -> EditRefusal | None:
        if category and category not in {c.key for c in vocabulary.categories}:
            return EditRefusal(EditProblem.UNKNOWN_CATEGORY, detail=category)
        return None


def _approval(current: Approval, hidden: bool | None, *, typed: bool) -> Approval:
    if hidden is None:
        return current
    if hidden:
        return Approval.HIDDEN
    if current is not Approval.HIDDEN:
        return current
    # Shown again: a guest's tag is approved (and stays theirs: kiosk.storage.tags), an
    # organiser's is back in the vocabulary.
    return Approval.APPROVED if typed else Approval.VOCABULARY
