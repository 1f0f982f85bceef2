"""The organiser's edits of a vocabulary: what the list shows, why an edit is refused, merges."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from enum import StrEnum

from kiosk.core.refusal import Refusal, check_tag_label, check_text
from kiosk.core.tags import Category, Labels, Tag, Vocabulary
from kiosk.core.text import TAG_MAX_LENGTH, clean, fold, tag_key
from kiosk.core.titles import TitleRules


@dataclass(frozen=True, slots=True)
class TagUsage:
    """A tag and how many of the event's guests picked it, as a skill and as an interest."""

    tag: Tag
    skills: int = 0
    interests: int = 0
    guests: int = 0  # distinct: a guest may hold it as a skill and as an interest
    typed: bool = False  # a guest's words: merged away, none of its text is kept


@dataclass(frozen=True, slots=True)
class VocabularyOverview:
    """Everything the vocabulary page lists: categories, then tags in their order."""

    categories: tuple[Category, ...] = ()
    tags: tuple[TagUsage, ...] = ()

    def usage(self, key: str) -> TagUsage | None:
        return next((u for u in self.tags if u.tag.key == key), None)


class EditProblem(StrEnum):
    LABEL = "label"  # ``refusal`` says why (empty, too long, offensive, a job title)
    DUPLICATE = "duplicate"  # the label already names another tag (``detail``: its key)
    UNKNOWN_TAG = "unknown_tag"  # removed meanwhile (another station, a merge)
    UNKNOWN_CATEGORY = "unknown_category"
    SAME_TAG = "same_tag"  # a tag merged into itself
    PATTERN = "pattern"  # a title pattern (``detail``: the pattern, ``pattern``: why)


@dataclass(frozen=True, slots=True)
class EditRefusal:
    """Why an edit was not made; ``language`` names the label at fault ("fr", "en" or "")."""

    problem: EditProblem
    refusal: Refusal | None = None
    detail: str = ""
    language: str = ""
    pattern: str = ""  # kiosk.core.titletest.PatternProblem value, for PATTERN


def clean_labels(fr: str, en: str) -> Labels:
    """Both labels cleaned; one left empty takes the other (many tags read the same)."""
    fr, en = clean(fr), clean(en)
    return Labels(fr or en, en or fr)


def check_labels(
    labels: Labels, titles: TitleRules, vocabulary: Vocabulary, *, own_key: str = ""
) -> EditRefusal | None:
    """The guests' own rules (no title, nothing offensive, not too long), and no clash."""
    pairs = (("fr", labels.fr), ("en", labels.en))
    for language, text in pairs:
        refusal = check_tag_label(text, titles)
        if refusal is not None:
            return EditRefusal(EditProblem.LABEL, refusal, language=language)
    for language, text in pairs:
        other = vocabulary.find(text)
        if other is not None and other.key != own_key:
            return EditRefusal(EditProblem.DUPLICATE, detail=other.key, language=language)
    return None


def check_category_labels(labels: Labels, categories: Iterable[Category]) -> EditRefusal | None:
    for language, text in (("fr", labels.fr), ("en", labels.en)):
        refusal = check_text(text, max_length=TAG_MAX_LENGTH)
        if refusal is not None:
            return EditRefusal(EditProblem.LABEL, refusal, language=language)
    for category in categories:
        if {fold(category.label.fr), fold(category.label.en)} & {
            fold(labels.fr),
            fold(labels.en),
        }:
            return EditRefusal(EditProblem.DUPLICATE, detail=category.key)
    return None


def free_key(label: str, taken: Iterable[str], *, fallback: str = "tag") -> str:
    """A new key from ``label``: its slug, with -2, -3... when another entry holds it."""
    used = set(taken)
    base = tag_key(label) or fallback
    key, n = base, 1
    while key in used:
        n += 1
        key = f"{base}-{n}"
    return key


def merged_synonyms(target: Tag, source: Tag) -> tuple[str, ...]:
    """The target's synonyms, then the source's labels, synonyms and key it does not say already.

    The key too: a kiosk whose guest picked the source before the merge still holds it, and
    finds the tag that absorbed it by it (``checkinviews.split_tags``).
    """
    known = {fold(name) for name in target.names()}
    out = list(target.synonyms)
    for name in (*source.names(), source.key):
        if name and fold(name) not in known:
            known.add(fold(name))
            out.append(name)
    return tuple(out)


def replace_key(keys: Sequence[str], source: str, target: str) -> tuple[str, ...]:
    """A guest's tags with ``source`` become ``target`` in its place, never listed twice.

    The list never grows, so a guest within the 5-per-kind limit stays within it.
    """
    return tuple(dict.fromkeys(target if k == source else k for k in keys))
