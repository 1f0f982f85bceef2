"""Checks on the records of a guest list once its columns are mapped: a guest or a row error.

Every record becomes a ``GuestRow`` ready to store or a ``RowError`` naming its line, its
column and what is wrong; nothing is fixed silently (a name too long is refused, not cut).
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from enum import StrEnum

from kiosk.core.guest import Language
from kiosk.core.guestlisttable import unprotect
from kiosk.core.refusal import Refusal, RefusalCode
from kiosk.core.text import NAME_MAX_LENGTH, clean, fold

EMAIL_MAX_LENGTH = 254
TICKET_MAX_LENGTH = 64
ORGANISATION_MAX_LENGTH = 120


class Field(StrEnum):
    FIRST_NAME = "first_name"
    LAST_NAME = "last_name"
    FULL_NAME = "full_name"  # one column "Hélène Dubois": see ``split_full_name``
    EMAIL = "email"
    ORGANISATION = "organisation"
    TICKET = "ticket"
    LANGUAGE = "language"


class RowProblem(StrEnum):
    MISSING_FIRST_NAME = "missing_first_name"
    BAD_NAME = "bad_name"  # ``refusal`` says why (nothing readable, too long)
    BAD_EMAIL = "bad_email"
    TOO_LONG = "too_long"
    BAD_LANGUAGE = "bad_language"
    DUPLICATE_TICKET = "duplicate_ticket"  # ``other_line`` has the same ticket
    TOO_MANY_COLUMNS = "too_many_columns"


@dataclass(frozen=True, slots=True)
class RowError:
    line: int  # 1-based line where the record starts (CSV) or the sheet's row number (XLSX)
    column: str  # the header of the offending column, "" for the whole row
    problem: RowProblem
    value: str = ""
    refusal: Refusal | None = None
    other_line: int = 0


@dataclass(frozen=True, slots=True)
class GuestRow:
    line: int
    first_name: str
    last_name: str = ""
    email: str = ""
    organisation: str = ""
    ticket: str | None = None
    language: Language | None = None


@dataclass(frozen=True, slots=True)
class Draft:
    """A record as the mapping reads it, before any check: what the preview shows."""

    line: int
    first_name: str = ""
    last_name: str = ""
    email: str = ""
    organisation: str = ""
    ticket: str = ""
    language: str = ""


_LANGUAGES = {
    "fr": Language.FR, "francais": Language.FR, "french": Language.FR, "fr-fr": Language.FR,
    "fr_fr": Language.FR, "fr-ca": Language.FR, "fr-be": Language.FR, "fr-ch": Language.FR,
    "en": Language.EN, "anglais": Language.EN, "english": Language.EN, "en-gb": Language.EN,
    "en-us": Language.EN, "en_gb": Language.EN, "en_us": Language.EN,
}  # fmt: skip
# "Mme Hélène Dubois": a civility is no part of the name (and the kiosk never shows one).
_CIVILITIES = {"m", "m.", "mme", "mlle", "mr", "mr.", "mrs", "mrs.", "ms", "ms.", "miss",
               "dr", "dr.", "pr", "pr.", "me"}  # fmt: skip
# Lower-case words that start a surname: "Jean Pierre de la Tour" -> "Jean Pierre" + "de la Tour".
_PARTICLES = {"de", "du", "des", "d'", "le", "la", "van", "von", "der", "den", "da", "di",
              "del", "della", "dos", "das", "ben", "bin", "al", "el", "ibn", "ter",
              "ten"}  # fmt: skip
_WORD = re.compile(r"\w")


def clean_cell(text: str) -> str:
    """``clean(text)``, returned as is when it is printable ASCII already tidy."""
    if text.isascii() and text.isprintable() and "`" not in text and "  " not in text:
        return text.strip()
    return clean(text)


def split_full_name(value: str) -> tuple[str, str]:
    """First and last name from one cell, the common ways lists write them.

    "Dubois, Hélène" (comma: last first); "DUBOIS Hélène" (a surname in capitals first,
    the French habit); "Jean Pierre de la Tour" (a particle starts the surname); otherwise
    the first word is the first name: "Hélène de la Fontaine", "Ana María Ruiz" -> "Ana" and
    "María Ruiz". The preview shows the result; a column per part avoids guessing.
    """
    if "," in value:
        last, _, first = value.partition(",")
        if first.strip() and last.strip():
            return first.strip(), last.strip()
    words = value.split()
    if len(words) > 1 and fold(words[0]) in _CIVILITIES:
        words = words[1:]
    if len(words) < 2:
        return " ".join(words), ""
    capitals = 0
    while capitals < len(words) and _is_capitals(words[capitals]):
        capitals += 1
    if 0 < capitals < len(words):
        return " ".join(words[capitals:]), " ".join(words[:capitals])
    for i in range(1, len(words)):
        if words[i] in _PARTICLES or words[i].startswith("d'"):
            return " ".join(words[:i]), " ".join(words[i:])
    return words[0], " ".join(words[1:])


def _is_capitals(word: str) -> bool:
    letters = [ch for ch in word if ch.isalpha()]
    return len(letters) > 1 and all(ch.isupper() for ch in letters)


def _looks_like_email(value: str) -> bool:
    local, at, domain = value.rpartition("@")
    return bool(at and local and "." in domain and " " not in value and not domain.endswith("."))


def _name_refusal(value: str) -> Refusal | None:
    # The list is the organiser's: an offensive-looking word in it is their call, not ours.
    if not _WORD.search(value):
        return Refusal(RefusalCode.EMPTY)
    if len(value) > NAME_MAX_LENGTH:
        return Refusal(RefusalCode.TOO_LONG, limit=NAME_MAX_LENGTH)
    return None


class RowChecker:
    """Turns mapped records into guests or errors, remembering the tickets seen.

    The same ticket twice is an error on the second row (a ticket is one guest). Two rows
    with the same email or name are two guests (a couple sharing an address, homonyms):
    kiosk.storage.guestimport matches each stored guest to one row at most.
    """

    def __init__(
        self, headers: Sequence[str], mapping: Mapping[int, Field], *, protected: bool
    ) -> None:
        self._width = len(headers)
        self._mapping = sorted(mapping.items())
        self._columns = {fld: headers[index] for index, fld in mapping.items()}
        self._protected = protected
        self._tickets: dict[str, int] = {}
        # Lists repeat first names, companies and languages: clean each text once.
        self._cleaned: dict[str, str] = {}

    def draft(self, line: int, raw: Sequence[str]) -> Draft | None:
        """The record as mapped and cleaned; None for a blank record."""
        if not any(cell.strip() for cell in raw):
            return None
        cells: dict[Field, str] = {}
        for index, fld in self._mapping:
            if index < len(raw) and raw[index]:
                value = unprotect(raw[index]) if self._protected else raw[index]
                cells[fld] = self._cleaned.get(value) or self._cleaned.setdefault(
                    value, clean_cell(value)
                )
        first, last = cells.get(Field.FIRST_NAME, ""), cells.get(Field.LAST_NAME, "")
        if Field.FULL_NAME in cells and not first:
            first, last_from_full = split_full_name(cells[Field.FULL_NAME])
            last = last or last_from_full
        return Draft(
            line,
            first,
            last,
            cells.get(Field.EMAIL, ""),
            cells.get(Field.ORGANISATION, ""),
            cells.get(Field.TICKET, ""),
            cells.get(Field.LANGUAGE, ""),
        )

    def check(self, draft: Draft, raw: Sequence[str]) -> GuestRow | RowError:
        line, columns = draft.line, self._columns
        if len(raw) > self._width and any(cell.strip() for cell in raw[self._width :]):
            return RowError(line, "", RowProblem.TOO_MANY_COLUMNS, str(len(raw)))
        name_column = columns.get(Field.FIRST_NAME) or columns.get(Field.FULL_NAME, "")
        if not draft.first_name or not _WORD.search(draft.first_name):
            return RowError(line, name_column, RowProblem.MISSING_FIRST_NAME)
        last_column = columns.get(Field.LAST_NAME, name_column)
        for value, column in ((draft.first_name, name_column), (draft.last_name, last_column)):
            refusal = _name_refusal(value) if value else None
            if refusal is not None:
                return RowError(line, column, RowProblem.BAD_NAME, value[:NAME_MAX_LENGTH], refusal)
        email = draft.email
        if email and (len(email) > EMAIL_MAX_LENGTH or not _looks_like_email(email)):
            return RowError(line, columns[Field.EMAIL], RowProblem.BAD_EMAIL, email[:80])
        for value, limit, fld in (
            (draft.ticket, TICKET_MAX_LENGTH, Field.TICKET),
            (draft.organisation, ORGANISATION_MAX_LENGTH, Field.ORGANISATION),
        ):
            if len(value) > limit:
                return RowError(line, columns[fld], RowProblem.TOO_LONG, value[:limit] + "…")
        language: Language | None = None
        if draft.language:
            language = _LANGUAGES.get(fold(draft.language))
            if language is None:
                return RowError(
                    line, columns[Field.LANGUAGE], RowProblem.BAD_LANGUAGE, draft.language[:40]
                )
        duplicate = self._duplicate(draft)
        if duplicate is not None:
            return duplicate
        return GuestRow(
            line,
            draft.first_name,
            draft.last_name,
            email,
            draft.organisation,
            draft.ticket or None,
            language,
        )

    def _duplicate(self, draft: Draft) -> RowError | None:
        if not draft.ticket:
            return None
        key = fold(draft.ticket)
        if key in self._tickets:
            return RowError(
                draft.line,
                self._columns[Field.TICKET],
                RowProblem.DUPLICATE_TICKET,
                draft.ticket,
                other_line=self._tickets[key],
            )
        self._tickets[key] = draft.line
        return None
