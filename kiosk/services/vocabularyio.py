"""Vocabulary files in and out: export as JSON, import (replace or merge) and starter vocabularies.

Whatever the file says, no guest loses a tag: a tag some guest holds stays in the event even
when a replacing file leaves it out (with its category).
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from enum import StrEnum
from pathlib import Path

from kiosk.core.changes import Changes
from kiosk.core.tags import Approval, Labels, Tag, Vocabulary
from kiosk.core.titles import TitleRules
from kiosk.core.vocabularyfile import (
    FileProblem,
    FileProblemCode,
    VocabularyFile,
    dump_vocabulary,
    read_vocabulary,
)
from kiosk.resources import asset
from kiosk.services.station import StationService


class ImportMode(StrEnum):
    REPLACE = "replace"  # the file becomes the vocabulary (tags in use are kept)
    MERGE = "merge"  # the file's tags are added; same keys take the file's labels


@dataclass(frozen=True, slots=True)
class ImportResult:
    added: int = 0  # tags new to the event
    updated: int = 0  # tags the event had, rewritten from the file
    kept: int = 0  # tags the file left out but guests hold: kept
    removed: int = 0  # tags nobody held that a replacing file left out
    problems: tuple[FileProblem, ...] = ()  # entries left out, and why
    changes: Changes = field(default_factory=Changes)


@dataclass(frozen=True, slots=True)
class Starter:
    """A vocabulary shipped in assets/vocabularies, to start an event from."""

    name: str  # file stem
    label: Labels
    categories: int
    tags: int


def starters_folder() -> Path:
    return asset("vocabularies")


def starters() -> list[Starter]:
    """The shipped starter vocabularies, by file name."""
    found = []
    for path in sorted(starters_folder().glob("*.json")):
        parsed = read_vocabulary(path.read_text(encoding="utf-8"), TitleRules())
        label = parsed.name or Labels(path.stem, path.stem)
        found.append(Starter(path.stem, label, len(parsed.categories), len(parsed.tags)))
    return found


def starter_text(name: str) -> str:
    path = starters_folder() / f"{name}.json"
    if path.parent != starters_folder() or not path.is_file():
        raise LookupError(f"no starter vocabulary {name!r}")
    return path.read_text(encoding="utf-8")


def _decode(data: bytes) -> str:
    """A BOM decides; otherwise UTF-8, which JSON files are (RFC 8259)."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16")
    return data.decode("utf-8-sig")


class VocabularyFiles(StationService):
    """Export and import of one event's vocabulary."""

    def export_json(self, event_id: str) -> str:
        """The organiser's categories and tags (hidden ones marked so). Tags guests typed stay
        out, approved or not: a file carries them beyond their author's erasure and the
        event's purge (the rule: kiosk.storage.tags)."""
        with self._reader() as uow:
            vocabulary = uow.tags.vocabulary(event_id)
            typed = uow.tags.typed_keys(event_id)
        return dump_vocabulary(
            Vocabulary(vocabulary.categories, [t for t in vocabulary if t.key not in typed])
        )

    def read(self, event_id: str, data: bytes) -> VocabularyFile:
        """What importing ``data`` would bring, checked against the event's title rules."""
        try:
            text = _decode(data)
        except UnicodeDecodeError as exc:
            problem = FileProblem(FileProblemCode.SYNTAX, detail=f"not UTF-8 text ({exc.reason})")
            return VocabularyFile(problems=(problem,))
        with self._reader() as uow:
            event = uow.events.get(event_id)
            if event is None:
                raise LookupError(f"no event {event_id!r}")
            known = frozenset(c.key for c in uow.tags.vocabulary(event_id).categories)
        return read_vocabulary(text, event.titles, known_categories=known)

    def read_starter(self, event_id: str, name: str) -> VocabularyFile:
        return self.read(event_id, starter_text(name).encode("utf-8"))

    def import_file(
        self, event_id: str, parsed: VocabularyFile, mode: ImportMode, *, op_id: str = ""
    ) -> ImportResult:
        """Make ``parsed`` (from ``read``) the event's vocabulary, or merge it in: one entry.

        Tags guests typed stay, and stay theirs (``typed_by``) even when the file defines the
        same key: ``TagRepository.replace_vocabulary`` rewrites rows in place.
        """
        with self._unit(op_id=op_id or None) as uow:
            if op_id and uow.log.for_operation(op_id):
                return ImportResult(problems=parsed.problems)  # a retry: done already
            current = uow.tags.vocabulary(event_id)
            in_use = set(uow.tags.usage(event_id))
            if mode is ImportMode.REPLACE:
                typed = uow.tags.typed_keys(event_id)
                result, final = _replaced(current, parsed, in_use | typed)
            else:
                result, final = _merged(current, parsed)
            uow.tags.replace_vocabulary(event_id, final)
            return replace(result, changes=uow.commit())

    def import_starter(
        self, event_id: str, name: str, mode: ImportMode, *, op_id: str = ""
    ) -> ImportResult:
        return self.import_file(event_id, self.read_starter(event_id, name), mode, op_id=op_id)


def _reviewed(tag: Tag) -> bool:
    return tag.approval is not Approval.PENDING


def _replaced(
    current: Vocabulary, parsed: VocabularyFile, in_use: set[str]
) -> tuple[ImportResult, Vocabulary]:
    """``in_use``: the keys that stay whatever the file says (held by guests, or typed)."""
    new_keys = {t.key for t in parsed.tags}
    kept = [t for t in current if t.key not in new_keys and t.key in in_use]
    file_categories = {c.key for c in parsed.categories}
    wanted = {t.category for t in (*parsed.tags, *kept)}
    categories = [
        *parsed.categories,
        *(c for c in current.categories if c.key in wanted and c.key not in file_categories),
    ]
    removed = sum(
        1 for t in current if _reviewed(t) and t.key not in new_keys and t.key not in in_use
    )
    updated = sum(1 for t in parsed.tags if t.key in current)
    result = ImportResult(
        added=len(parsed.tags) - updated,
        updated=updated,
        kept=sum(1 for t in kept if _reviewed(t)),
        removed=removed,
        problems=parsed.problems,
    )
    return result, Vocabulary(categories, [*parsed.tags, *kept])


def _merged(current: Vocabulary, parsed: VocabularyFile) -> tuple[ImportResult, Vocabulary]:
    file_categories = {c.key: c for c in parsed.categories}
    categories = [file_categories.pop(c.key, c) for c in current.categories]
    categories += file_categories.values()
    from_file = {t.key: t for t in parsed.tags}
    tags: list[Tag] = []
    updated = 0
    for tag in current:
        new = from_file.pop(tag.key, None)
        if new is not None:
            updated += 1
            tags.append(new)
        else:
            tags.append(tag)
    problems = list(parsed.problems)
    existing = Vocabulary(categories, tags)
    added = 0
    for tag in from_file.values():
        clash = existing.find(tag.label.fr) or existing.find(tag.label.en)
        if clash is not None:  # the event already has it under another key
            entry, line = parsed.where.get(tag.key, (0, 0))
            problems.append(
                FileProblem(
                    FileProblemCode.DUPLICATE_LABEL, "tags", entry, line, tag.key, clash.key
                )
            )
            continue
        existing.add(tag)
        tags.append(tag)
        added += 1
    result = ImportResult(added=added, updated=updated, problems=tuple(problems))
    return result, Vocabulary(categories, tags)
