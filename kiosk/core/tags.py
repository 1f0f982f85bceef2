"""Tag concepts shared across languages, their categories, and lookup by label or synonym."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from enum import StrEnum

from kiosk.core.guest import Language
from kiosk.core.text import fold


class Approval(StrEnum):
    VOCABULARY = "vocabulary"  # prepared by the organiser
    PENDING = "pending"  # typed by a guest, not yet reviewed
    APPROVED = "approved"  # typed by a guest, approved for the wall
    HIDDEN = "hidden"  # withdrawn by the organiser

    @property
    def shown_on_wall(self) -> bool:
        return self in {Approval.VOCABULARY, Approval.APPROVED}


@dataclass(frozen=True, slots=True)
class Labels:
    fr: str
    en: str

    def __call__(self, language: Language) -> str:
        return self.fr if language is Language.FR else self.en


@dataclass(frozen=True, slots=True)
class Category:
    key: str
    label: Labels


@dataclass(frozen=True, slots=True)
class Tag:
    """One concept: a French and an English guest meet on the same key."""

    key: str
    label: Labels
    category: str = ""
    synonyms: tuple[str, ...] = ()
    sensitive: bool = False
    approval: Approval = Approval.VOCABULARY

    def names(self) -> Iterator[str]:
        yield self.label.fr
        yield self.label.en
        yield from self.synonyms


class Vocabulary:
    """An event's tags, found by key, by any label or synonym (folded), grouped by category."""

    def __init__(self, categories: Iterable[Category] = (), tags: Iterable[Tag] = ()) -> None:
        self._categories = {c.key: c for c in categories}
        self._tags: dict[str, Tag] = {}
        self._by_name: dict[str, str] = {}
        for tag in tags:
            self.add(tag)

    def add(self, tag: Tag) -> None:
        self._tags[tag.key] = tag
        for name in tag.names():
            # First come wins: a synonym never steals another tag's own label.
            self._by_name.setdefault(fold(name), tag.key)

    def __len__(self) -> int:
        return len(self._tags)

    def __contains__(self, key: object) -> bool:
        return key in self._tags

    def __iter__(self) -> Iterator[Tag]:
        return iter(self._tags.values())

    def get(self, key: str) -> Tag | None:
        return self._tags.get(key)

    def find(self, text: str) -> Tag | None:
        """The tag a typed label means, whatever its language, case or accents."""
        key = self._by_name.get(fold(text))
        return self._tags[key] if key is not None else None

    def absorbed_by(self, key: str) -> Tag | None:
        """The tag that took in the tag ``key`` when the organiser merged them, if any.

        A merge deletes the merged tag and gives its labels, synonyms and key to the tag it
        went into as synonyms. The key is looked for as it is first: a label of another tag
        may fold the same way. Then as a name: a key that folds like one of the labels was
        not repeated (and merges stored before keys were kept are found this way).
        """
        for tag in self._tags.values():
            if key in tag.synonyms:
                return tag
        return self.find(key)

    @property
    def categories(self) -> tuple[Category, ...]:
        return tuple(self._categories.values())

    def in_category(self, category_key: str) -> list[Tag]:
        return [t for t in self._tags.values() if t.category == category_key]
