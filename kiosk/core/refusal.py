"""Checks on what guests type (names, tags, tag counts), each refusal with its own reason code."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from enum import StrEnum

from kiosk.core.guest import TagKind
from kiosk.core.text import NAME_MAX_LENGTH, TAG_MAX_LENGTH, clean, fold
from kiosk.core.titles import TitleRules

MIN_TAGS_PER_KIND = 1
MAX_TAGS_PER_KIND = 5

# A short list on purpose: enough to keep the obvious off a projector, no more. Folded forms.
# Words that are also real first names (Dick, Fanny...) are left out: a guest's own name
# must never be refused.
_OFFENSIVE_FR = (
    "merde",
    "putain",
    "pute",
    "connard",
    "connasse",
    "conne",
    "salope",
    "salaud",
    "encule",
    "enculee",
    "batard",
    "batarde",
    "bite",
    "couille",
    "couilles",
    "nique",
    "niquer",
    "fdp",
    "ntm",
    "pd",
    "tapette",
    "bougnoule",
    "negre",
    "youpin",
    "bouffon",
    "abruti",
    "cul",
)
_OFFENSIVE_EN = (
    "fuck", "fucking", "fucker", "motherfucker", "shit", "bullshit", "bitch", "cunt",
    "asshole", "dickhead", "bastard", "whore", "slut", "wanker", "twat", "prick",
    "nigger", "nigga", "faggot", "fag", "retard", "pussy", "porn", "nazi",
)  # fmt: skip
OFFENSIVE_WORDS: frozenset[str] = frozenset(_OFFENSIVE_FR + _OFFENSIVE_EN)


class RefusalCode(StrEnum):
    EMPTY = "empty"
    TOO_LONG = "too_long"
    JOB_TITLE = "job_title"
    OFFENSIVE = "offensive"
    TOO_FEW = "too_few"
    TOO_MANY = "too_many"


@dataclass(frozen=True, slots=True)
class Refusal:
    """Why an input was refused; ``detail`` is the offending part, ``limit`` a bound."""

    code: RefusalCode
    detail: str = ""
    limit: int = 0
    kind: TagKind | None = None


def _offensive_word(text: str) -> str | None:
    folded_words: list[str] = re.findall(r"\w+", fold(text))
    # Also catch words split by spaces or punctuation: "f u c k", "s.h.i.t".
    joined = "".join(w for w in folded_words if len(w) == 1)
    for word in [*folded_words, joined]:
        if word in OFFENSIVE_WORDS:
            return word
    return None


def check_text(text: str, *, max_length: int) -> Refusal | None:
    """Refusals shared by names and tags: nothing left after cleaning, too long, offensive."""
    cleaned = clean(text)
    if not cleaned or not re.search(r"\w", cleaned):
        return Refusal(RefusalCode.EMPTY)
    if len(cleaned) > max_length:
        return Refusal(RefusalCode.TOO_LONG, limit=max_length)
    word = _offensive_word(cleaned)
    if word is not None:
        return Refusal(RefusalCode.OFFENSIVE, detail=word)
    return None


def check_name(text: str) -> Refusal | None:
    """A first or last name typed at the door."""
    return check_text(text, max_length=NAME_MAX_LENGTH)


def check_tag_label(text: str, titles: TitleRules) -> Refusal | None:
    """A tag a guest wants to add: know-how, never a job title or rank."""
    refusal = check_text(text, max_length=TAG_MAX_LENGTH)
    if refusal is not None:
        return refusal
    title = titles.matched_title(text)
    if title is not None:
        return Refusal(RefusalCode.JOB_TITLE, detail=clean(text))
    return None


def check_tag_count(kind: TagKind, keys: Sequence[str]) -> Refusal | None:
    """1 to 5 skills and 1 to 5 interests."""
    count = len(set(keys))
    if count < MIN_TAGS_PER_KIND:
        return Refusal(RefusalCode.TOO_FEW, limit=MIN_TAGS_PER_KIND, kind=kind)
    if count > MAX_TAGS_PER_KIND:
        return Refusal(RefusalCode.TOO_MANY, limit=MAX_TAGS_PER_KIND, kind=kind)
    return None
