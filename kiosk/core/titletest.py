"""Why a phrase would be refused: the title pattern (or exception) that decides, for organisers."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from enum import StrEnum

from kiosk.core.refusal import Refusal, check_tag_label
from kiosk.core.titles import TitleRules, words

PATTERN_MAX_LENGTH = 60


@dataclass(frozen=True, slots=True)
class PhraseVerdict:
    """``refusal`` is what a guest typing ``phrase`` would be told (None: accepted).

    ``block`` is the first block pattern matching the phrase (refused as a job title unless
    ``allow``, the first matching exception, lets it through).
    """

    phrase: str
    refusal: Refusal | None
    block: str | None = None
    allow: str | None = None


def _matches(pattern: str, phrase: str) -> bool:
    return TitleRules(block=(pattern,), allow=()).matched_title(phrase) is not None


def _first(patterns: Iterable[str], phrase: str) -> str | None:
    return next((p for p in patterns if _matches(p, phrase)), None)


def explain_phrase(rules: TitleRules, phrase: str) -> PhraseVerdict:
    """The verdict of the guest's checks on ``phrase``, and which patterns decided it."""
    block = _first(rules.block, phrase)
    allow = _first(rules.allow, phrase) if block is not None else None
    return PhraseVerdict(phrase, check_tag_label(phrase, rules), block, allow)


class PatternProblem(StrEnum):
    EMPTY = "empty"  # no word at all
    ONLY_WILDCARDS = "only_wildcards"  # "*" alone would refuse every tag
    TOO_LONG = "too_long"
    DUPLICATE = "duplicate"


def pattern_problem(pattern: str, seen: Iterable[str] = ()) -> PatternProblem | None:
    """What is wrong with a pattern an organiser typed (None: usable)."""
    parts = pattern.split()
    if not parts:
        return PatternProblem.EMPTY
    if len(pattern) > PATTERN_MAX_LENGTH:
        return PatternProblem.TOO_LONG
    if not any(p != "*" and words(p) for p in parts):
        return PatternProblem.ONLY_WILDCARDS
    if normalise_pattern(pattern) in {normalise_pattern(s) for s in seen}:
        return PatternProblem.DUPLICATE
    return None


def normalise_pattern(pattern: str) -> str:
    """Folded words and ``*``, single spaces: how patterns compare."""
    return " ".join("*" if p == "*" else words(p) for p in pattern.split()).strip()
