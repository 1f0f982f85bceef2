"""Job titles and ranks, matched as word patterns so that real skills pass.

A pattern is a sequence of folded words where ``*`` stands for any number of words
(zero included): ``head of *``, ``* manager``, ``chief * officer``. Allow patterns win
over block patterns, so "lead generation" passes although "lead *" is a title.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cached_property

from kiosk.core.text import fold

# Titles refused wherever they stand in a label ("ex-CEO", "DRH groupe", "CTO chez X").
_ANYWHERE = (
    "ceo",
    "pdg",
    "dg",
    "dga",
    "cto",
    "cfo",
    "coo",
    "cmo",
    "cio",
    "cpo",
    "cso",
    "cdo",
    "drh",
    "daf",
    "vp",
    "svp",
    "evp",
    "directeur",
    "directrice",
    "director",
    "directors",
    "president",
    "presidente",
    "vice president",
    "vice presidente",
    "chairman",
    "chairwoman",
    "fondateur",
    "fondatrice",
    "cofondateur",
    "cofondatrice",
    "co fondateur",
    "co fondatrice",
    "founder",
    "cofounder",
    "co founder",
    "stagiaire",
    "dirigeant",
    "dirigeante",
    "c level",
)
# Titles refused when they open the label ("head of sales", "responsable marketing").
_OPENING = (
    "head of",
    "chief",
    "responsable",
    "chef de",
    "chef d",
    "cheffe de",
    "cheffe d",
    "chef",
    "cheffe",
    "senior",
    "junior",
    "sr",
    "jr",
    "lead",
    "intern",
    "interne",
    "associe",
    "associee",
    "partner",
    "manager",
    "managing",
    "gerant",
    "gerante",
    "patron",
    "patronne",
    "cadre",
    "alternant",
    "alternante",
    "apprenti",
    "apprentie",
    "trainee",
    "executive",
    "boss",
    "owner of",
)
# Titles refused when they close the label ("project manager", "tech lead").
_CLOSING = (
    "manager",
    "manageur",
    "manageuse",
    "officer",
    "lead",
    "head",
    "intern",
    "partner",
    "associe",
    "associee",
    "senior",
    "junior",
    "executive",
    "chief",
    "boss",
)
DEFAULT_BLOCK: tuple[str, ...] = (
    *(f"* {t} *" for t in _ANYWHERE),
    *(f"{t} *" for t in _OPENING),
    *(f"* {t}" for t in _CLOSING),
    "chief * officer",
)
# Skills that look like titles to the patterns above.
DEFAULT_ALLOW: tuple[str, ...] = (
    "lead generation", "lead gen", "lead nurturing", "lead scoring", "lead management",
    "lead magnet *", "leads", "chef * cuisine", "cuisine de chef", "senior living",
    "associe * benevole",
)  # fmt: skip


def words(text: str) -> str:
    """Folded words separated by single spaces; hyphens and apostrophes split words."""
    return " ".join(re.findall(r"\w+", fold(text)))


def _compile(patterns: Iterable[str]) -> re.Pattern[str] | None:
    alternatives = []
    for pattern in patterns:
        parts = [r"(?:\w+ )*" if p == "*" else re.escape(p) + " " for p in pattern.split()]
        if parts:
            alternatives.append("".join(parts))
    if not alternatives:
        return None
    # Every part consumes a trailing space, so match against "words + space".
    return re.compile("^(?:" + "|".join(alternatives) + ")$")


@dataclass(frozen=True)
class TitleRules:
    """The event's editable title blocklist (and its exceptions)."""

    block: tuple[str, ...] = DEFAULT_BLOCK
    allow: tuple[str, ...] = DEFAULT_ALLOW

    @cached_property
    def _block_re(self) -> re.Pattern[str] | None:
        return _compile(self._norm(self.block))

    @cached_property
    def _allow_re(self) -> re.Pattern[str] | None:
        return _compile(self._norm(self.allow))

    @staticmethod
    def _norm(patterns: Iterable[str]) -> list[str]:
        # Patterns are written by organisers: fold them like labels, keep the wildcards.
        return [" ".join("*" if w == "*" else words(w) for w in p.split()) for p in patterns]

    def matched_title(self, label: str) -> str | None:
        """The title found in ``label``, or None when the label is know-how."""
        subject = words(label)
        if not subject:
            return None
        padded = subject + " "
        if self._allow_re is not None and self._allow_re.match(padded):
            return None
        if self._block_re is not None and self._block_re.match(padded):
            return subject
        return None
