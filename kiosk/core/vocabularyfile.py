"""Vocabulary files (the JSON of db/demo/vocabulary.json): writing them, and reading them with
a report of every entry that cannot be used, by line and entry number.

An entry with a problem is left out and reported; the others are read. Nothing is decided
here about the event's current vocabulary (kiosk.services.vocabularyio merges or replaces).
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any

from kiosk.core.refusal import Refusal, check_tag_label, check_text
from kiosk.core.tags import Approval, Category, Labels, Tag, Vocabulary
from kiosk.core.text import TAG_MAX_LENGTH, clean, fold, tag_key
from kiosk.core.titles import TitleRules

_WHITESPACE = " \t\n\r"
_SECTIONS = ("categories", "tags")


class FileProblemCode(StrEnum):
    SYNTAX = "syntax"  # not JSON: ``detail`` is the parser's message
    NOT_AN_OBJECT = "not_an_object"  # the file, or an entry, is not a {...} object
    NOT_A_LIST = "not_a_list"  # "categories" or "tags" is not a [...] list
    NO_TAGS = "no_tags"  # neither section holds anything
    MISSING_LABEL = "missing_label"  # ``language`` says which
    BAD_LABEL = "bad_label"  # ``refusal`` says why (too long, offensive, a job title)
    BAD_KEY = "bad_key"  # not lowercase letters, digits and hyphens
    DUPLICATE_KEY = "duplicate_key"
    DUPLICATE_LABEL = "duplicate_label"  # ``detail``: the key of the entry already named so
    UNKNOWN_CATEGORY = "unknown_category"  # ``detail``: the category key
    BAD_FIELD = "bad_field"  # ``detail``: the field (synonyms, sensitive, hidden...)
    BAD_SYNONYM = "bad_synonym"  # ``detail``: the synonym, left out (the tag is read)


@dataclass(frozen=True, slots=True)
class FileProblem:
    """One thing wrong in a file: where (section, entry number from 1, line) and what."""

    code: FileProblemCode
    section: str = ""  # "categories", "tags" or "" (the whole file)
    entry: int = 0
    line: int = 0
    key: str = ""
    detail: str = ""
    language: str = ""
    refusal: Refusal | None = None


@dataclass(frozen=True, slots=True)
class VocabularyFile:
    """What a file holds that can be used, and what could not."""

    categories: tuple[Category, ...] = ()
    tags: tuple[Tag, ...] = ()
    problems: tuple[FileProblem, ...] = ()
    name: Labels | None = None  # starter vocabularies name themselves
    #: Tag key -> (entry number, line) in the file, to report later problems where they are.
    where: Mapping[str, tuple[int, int]] = field(default_factory=dict)

    def vocabulary(self) -> Vocabulary:
        return Vocabulary(self.categories, self.tags)


# -- writing --------------------------------------------------------------------------------


def vocabulary_to_dict(vocabulary: Vocabulary, name: Labels | None = None) -> dict[str, Any]:
    """Categories and every reviewed tag; tags guests typed and nobody approved stay out."""
    data: dict[str, Any] = {}
    if name is not None:
        data["name"] = {"fr": name.fr, "en": name.en}
    data["categories"] = [
        {"key": c.key, "label": {"fr": c.label.fr, "en": c.label.en}} for c in vocabulary.categories
    ]
    tags = []
    for tag in vocabulary:
        if tag.approval is Approval.PENDING:
            continue
        entry: dict[str, Any] = {
            "key": tag.key,
            "category": tag.category,
            "label": {"fr": tag.label.fr, "en": tag.label.en},
            "synonyms": list(tag.synonyms),
            "sensitive": tag.sensitive,
        }
        if tag.approval is Approval.HIDDEN:
            entry["hidden"] = True
        tags.append(entry)
    data["tags"] = tags
    return data


def dump_vocabulary(vocabulary: Vocabulary, name: Labels | None = None) -> str:
    return json.dumps(vocabulary_to_dict(vocabulary, name), ensure_ascii=False, indent=2) + "\n"


# -- reading --------------------------------------------------------------------------------


def _skip(text: str, i: int) -> int:
    while i < len(text) and text[i] in _WHITESPACE:
        i += 1
    return i


def _entry_lines(text: str) -> dict[str, list[int]]:
    """Line of each entry of the "categories" and "tags" lists of a valid JSON text."""
    decoder = json.JSONDecoder()
    out: dict[str, list[int]] = {}
    i = _skip(text, 0)
    if text[i : i + 1] != "{":
        return out
    i += 1
    while True:
        i = _skip(text, i)
        if text[i : i + 1] != '"':
            return out
        name, i = decoder.raw_decode(text, i)
        i = _skip(text, i)
        i = _skip(text, i + 1)  # past the colon
        if name in _SECTIONS and text[i : i + 1] == "[":
            lines: list[int] = []
            i = _skip(text, i + 1)
            if text[i : i + 1] == "]":
                i += 1
            else:
                while True:
                    i = _skip(text, i)
                    lines.append(text.count("\n", 0, i) + 1)
                    _, i = decoder.raw_decode(text, i)
                    i = _skip(text, i)
                    i += 1
                    if text[i - 1] != ",":
                        break
            out[name] = lines
        else:
            _, i = decoder.raw_decode(text, i)
        i = _skip(text, i)
        i += 1
        if text[i - 1 : i] != ",":
            return out


class _Reader:
    def __init__(self, titles: TitleRules, lines: dict[str, list[int]]) -> None:
        self.titles = titles
        self._lines = lines
        self.problems: list[FileProblem] = []

    def problem(self, code: FileProblemCode, section: str = "", entry: int = 0, **kw: Any) -> None:
        self.problems.append(FileProblem(code, section, entry, self.line(section, entry), **kw))

    def line(self, section: str, entry: int) -> int:
        lines = self._lines.get(section, [])
        return lines[entry - 1] if 0 < entry <= len(lines) else 0

    def labels(
        self, raw: dict[str, Any], section: str, n: int, key: str, *, tag: bool
    ) -> Labels | None:
        label = raw.get("label")
        if not isinstance(label, dict):
            self.problem(FileProblemCode.MISSING_LABEL, section, n, key=key)
            return None
        texts: dict[str, str] = {}
        for language in ("fr", "en"):
            text = label.get(language)
            if not isinstance(text, str) or not clean(text):
                self.problem(FileProblemCode.MISSING_LABEL, section, n, key=key, language=language)
                return None
            refusal = (
                check_tag_label(text, self.titles)
                if tag
                else check_text(text, max_length=TAG_MAX_LENGTH)
            )
            if refusal is not None:
                self.problem(
                    FileProblemCode.BAD_LABEL,
                    section,
                    n,
                    key=key,
                    language=language,
                    refusal=refusal,
                )
                return None
            texts[language] = clean(text)
        return Labels(texts["fr"], texts["en"])

    def key(self, raw: dict[str, Any], labels: Labels, section: str, n: int) -> str | None:
        key = raw.get("key")
        if key is None or key == "":
            return tag_key(labels.en) or tag_key(labels.fr) or None
        if not isinstance(key, str) or tag_key(key) != key:
            self.problem(FileProblemCode.BAD_KEY, section, n, key=str(key))
            return None
        return key


def _entries(data: dict[str, Any], section: str, reader: _Reader) -> list[Any]:
    raw = data.get(section, [])
    if not isinstance(raw, list):
        reader.problem(FileProblemCode.NOT_A_LIST, section)
        return []
    return raw


def _categories(data: dict[str, Any], reader: _Reader) -> list[Category]:
    found: dict[str, Category] = {}
    for n, raw in enumerate(_entries(data, "categories", reader), start=1):
        if not isinstance(raw, dict):
            reader.problem(FileProblemCode.NOT_AN_OBJECT, "categories", n)
            continue
        hint = raw.get("key") if isinstance(raw.get("key"), str) else ""
        labels = reader.labels(raw, "categories", n, str(hint), tag=False)
        if labels is None:
            continue
        key = reader.key(raw, labels, "categories", n)
        if key is None:
            continue
        if key in found:
            reader.problem(FileProblemCode.DUPLICATE_KEY, "categories", n, key=key)
            continue
        found[key] = Category(key, labels)
    return list(found.values())


def _flag(raw: dict[str, Any], name: str, reader: _Reader, n: int, key: str) -> bool | None:
    value = raw.get(name, False)
    if not isinstance(value, bool):
        reader.problem(FileProblemCode.BAD_FIELD, "tags", n, key=key, detail=name)
        return None
    return value


def _tags(
    data: dict[str, Any], categories: set[str], reader: _Reader, where: dict[str, tuple[int, int]]
) -> list[Tag]:
    found = Vocabulary()
    for n, raw in enumerate(_entries(data, "tags", reader), start=1):
        if not isinstance(raw, dict):
            reader.problem(FileProblemCode.NOT_AN_OBJECT, "tags", n)
            continue
        hint = raw.get("key") if isinstance(raw.get("key"), str) else ""
        labels = reader.labels(raw, "tags", n, str(hint), tag=True)
        if labels is None:
            continue
        key = reader.key(raw, labels, "tags", n)
        if key is None:
            continue
        if key in found:
            reader.problem(FileProblemCode.DUPLICATE_KEY, "tags", n, key=key)
            continue
        clash = next((t for t in (found.find(labels.fr), found.find(labels.en)) if t), None)
        if clash is not None:
            reader.problem(FileProblemCode.DUPLICATE_LABEL, "tags", n, key=key, detail=clash.key)
            continue
        category = raw.get("category", "") or ""
        if not isinstance(category, str):
            reader.problem(FileProblemCode.BAD_FIELD, "tags", n, key=key, detail="category")
            continue
        if category and category not in categories:
            reader.problem(FileProblemCode.UNKNOWN_CATEGORY, "tags", n, key=key, detail=category)
            continue
        synonyms = raw.get("synonyms", [])
        if not isinstance(synonyms, list) or not all(isinstance(s, str) for s in synonyms):
            reader.problem(FileProblemCode.BAD_FIELD, "tags", n, key=key, detail="synonyms")
            continue
        sensitive = _flag(raw, "sensitive", reader, n, key)
        hidden = _flag(raw, "hidden", reader, n, key)
        if sensitive is None or hidden is None:
            continue
        own = {fold(labels.fr), fold(labels.en)}
        kept = []
        for synonym in synonyms:
            # A synonym is what a guest may type: the same rules, or "CEO" would pass as one.
            refusal = check_tag_label(synonym, reader.titles) if clean(synonym) else None
            if refusal is not None:
                reader.problem(
                    FileProblemCode.BAD_SYNONYM,
                    "tags",
                    n,
                    key=key,
                    detail=clean(synonym),
                    refusal=refusal,
                )
            elif clean(synonym) and fold(synonym) not in own:
                kept.append(clean(synonym))
        where[key] = (n, reader.line("tags", n))
        found.add(
            Tag(
                key=key,
                label=labels,
                category=category,
                synonyms=tuple(dict.fromkeys(kept)),
                sensitive=sensitive,
                approval=Approval.HIDDEN if hidden else Approval.VOCABULARY,
            )
        )
    return list(found)


def _name(data: dict[str, Any]) -> Labels | None:
    name = data.get("name")
    if isinstance(name, dict):
        fr, en = name.get("fr"), name.get("en")
        if isinstance(fr, str) and isinstance(en, str):
            return Labels(clean(fr), clean(en))
    return None


def read_vocabulary(
    text: str, titles: TitleRules, *, known_categories: frozenset[str] = frozenset()
) -> VocabularyFile:
    """Read a vocabulary file; every entry that cannot be used is reported and left out.

    Tags are checked like what guests type (no job title per ``titles``, nothing offensive,
    not too long). A tag may name a category of the file or one of ``known_categories``.
    """
    text = text.removeprefix("\ufeff")
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        problem = FileProblem(FileProblemCode.SYNTAX, line=exc.lineno, detail=exc.msg)
        return VocabularyFile(problems=(problem,))
    except RecursionError:  # thousands of nested brackets: not a vocabulary, not a crash
        problem = FileProblem(FileProblemCode.SYNTAX, line=1, detail="nested too deeply")
        return VocabularyFile(problems=(problem,))
    if not isinstance(data, dict):
        return VocabularyFile(problems=(FileProblem(FileProblemCode.NOT_AN_OBJECT, line=1),))
    reader = _Reader(titles, _entry_lines(text))
    categories = _categories(data, reader)
    where: dict[str, tuple[int, int]] = {}
    tags = _tags(data, {c.key for c in categories} | known_categories, reader, where)
    if not categories and not tags and not reader.problems:
        reader.problem(FileProblemCode.NO_TAGS)
    problems = tuple(reader.problems)
    return VocabularyFile(tuple(categories), tuple(tags), problems, _name(data), where)
