"""Guest lists from ticketing tools: decoding, separator sniffing, column mapping, row checks.

Pure parsing: the result is rows ready for the importer service and a per-row error report
(line, column, what is wrong). Nothing here touches the database.
"""

from __future__ import annotations

import codecs
import csv
import io
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from enum import StrEnum

from kiosk.core.guest import Language
from kiosk.core.refusal import Refusal, RefusalCode, check_name
from kiosk.core.text import clean, fold

DELIMITERS = ",;\t|"
EMAIL_MAX_LENGTH = 254
TICKET_MAX_LENGTH = 64
ORGANISATION_MAX_LENGTH = 120
# Exports protect cells that look like formulas with a leading apostrophe; take it off again.
_FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


class Field(StrEnum):
    FIRST_NAME = "first_name"
    LAST_NAME = "last_name"
    FULL_NAME = "full_name"  # one column "Hélène Dubois": split on the first space
    EMAIL = "email"
    ORGANISATION = "organisation"
    TICKET = "ticket"
    LANGUAGE = "language"


# Folded header names seen in French and English ticketing exports and spreadsheets.
HEADER_NAMES: Mapping[Field, tuple[str, ...]] = {
    Field.FIRST_NAME: ("first name", "firstname", "first", "given name", "forename", "prenom",
                       "prénom", "attendee first name", "prenom du participant"),
    Field.LAST_NAME: ("last name", "lastname", "last", "surname", "family name", "nom",
                      "nom de famille", "attendee last name", "nom du participant"),
    Field.FULL_NAME: ("name", "full name", "fullname", "nom complet", "participant",
                      "attendee", "attendee name", "nom et prenom", "prenom nom"),
    Field.EMAIL: ("email", "e-mail", "e mail", "mail", "courriel", "adresse email",
                  "adresse e-mail", "adresse mail", "email address", "attendee email"),
    Field.ORGANISATION: ("organisation", "organization", "company", "société", "societe",
                         "entreprise", "employer", "structure", "company name"),
    Field.TICKET: ("ticket", "ticket code", "ticket number", "ticket id", "billet",
                   "numero de billet", "code", "barcode", "code barre", "code-barres",
                   "order", "order number", "commande", "numero de commande", "qr code"),
    Field.LANGUAGE: ("language", "lang", "langue", "preferred language", "langue preferee"),
}  # fmt: skip
_HEADER_LOOKUP = {fold(name): f for f, names in HEADER_NAMES.items() for name in names}


class RowProblem(StrEnum):
    MISSING_FIRST_NAME = "missing_first_name"
    BAD_NAME = "bad_name"  # a name refused by kiosk.core.refusal (see ``refusal``)
    BAD_EMAIL = "bad_email"
    TOO_LONG = "too_long"
    BAD_LANGUAGE = "bad_language"
    DUPLICATE_TICKET = "duplicate_ticket"
    TOO_MANY_COLUMNS = "too_many_columns"


@dataclass(frozen=True, slots=True)
class RowError:
    line: int  # 1-based physical line where the record starts (the header is line 1)
    column: str  # the header of the offending column, "" for the whole row
    problem: RowProblem
    value: str = ""
    refusal: Refusal | None = None


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
class ParsedList:
    encoding: str
    delimiter: str
    headers: tuple[str, ...]
    mapping: Mapping[int, Field]
    rows: tuple[GuestRow, ...] = ()
    errors: tuple[RowError, ...] = ()
    skipped_blank: int = 0


class GuestListError(ValueError):
    """The file as a whole cannot be read (not the per-row problems): says why."""


def decode(data: bytes, encoding: str | None = None) -> tuple[str, str]:
    """Text and the encoding used: a BOM decides; else strict UTF-8; else Windows-1252."""
    if encoding:
        try:
            return data.decode(encoding), encoding
        except (UnicodeDecodeError, LookupError) as exc:
            raise GuestListError(f"cannot decode the file as {encoding}: {exc}") from exc
    for bom, name in (
        (codecs.BOM_UTF8, "utf-8-sig"),
        (codecs.BOM_UTF16_LE, "utf-16"),
        (codecs.BOM_UTF16_BE, "utf-16"),
    ):
        if data.startswith(bom):
            return data.decode(name), name
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        # cp1252 leaves five bytes undefined: they become U+FFFD rather than failing the file.
        return data.decode("cp1252", errors="replace"), "cp1252"


def sniff_delimiter(text: str) -> str:
    """The separator that splits the header line into the most columns, quotes respected."""
    header = text.splitlines()[0] if text else ""
    best, best_count = ",", 0
    for candidate in DELIMITERS:
        count = len(next(csv.reader(io.StringIO(header), delimiter=candidate), []))
        if count > best_count:
            best, best_count = candidate, count
    return best


def read_headers(data: bytes, encoding: str | None = None) -> tuple[str, ...]:
    """The header row as the parser will see it (for mapping columns by name)."""
    text, _ = decode(data, encoding)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=sniff_delimiter(text))
    return tuple(clean(unprotect(h)) for h in next(reader, []))


def suggest_mapping(headers: Sequence[str]) -> dict[int, Field]:
    """Column index -> field for the headers we recognise; each field used at most once."""
    mapping: dict[int, Field] = {}
    for index, header in enumerate(headers):
        found = _HEADER_LOOKUP.get(fold(header).replace("_", " ").strip(" :*"))
        if found is not None and found not in mapping.values():
            mapping[index] = found
    # "Nom" alone next to "Prénom" is a last name; without a first-name column it is a full name.
    if Field.LAST_NAME in mapping.values() and Field.FIRST_NAME not in mapping.values():
        for index, mapped in list(mapping.items()):
            if mapped is Field.LAST_NAME and fold(headers[index]) == "nom":
                mapping[index] = Field.FULL_NAME
    return mapping


def _needs_protection(value: str) -> bool:
    # Apostrophes already in front count too, so that "'=x" itself survives a round trip.
    return value.lstrip("'")[:1] in _FORMULA_STARTS


def protect(value: str) -> str:
    """Guard a CSV cell against formula injection ("=SUM" -> "'=SUM"); ``unprotect`` undoes it."""
    return "'" + value if _needs_protection(value) else value


def unprotect(value: str) -> str:
    """Undo the export's protection against formula injection ("'=SUM" -> "=SUM")."""
    if len(value) > 1 and value[0] == "'" and _needs_protection(value[1:]):
        return value[1:]
    return value


def _looks_like_email(value: str) -> bool:
    local, at, domain = value.rpartition("@")
    return bool(at and local and "." in domain and " " not in value and not domain.endswith("."))


def _split_full_name(value: str) -> tuple[str, str]:
    first, _, last = value.partition(" ")
    return first, last


def _row(
    line: int, cells: Mapping[Field, str], columns: Mapping[Field, str]
) -> GuestRow | RowError:
    first, last = cells.get(Field.FIRST_NAME, ""), cells.get(Field.LAST_NAME, "")
    if Field.FULL_NAME in cells and not first:
        first, last_from_full = _split_full_name(cells[Field.FULL_NAME])
        last = last or last_from_full
    name_column = columns.get(Field.FIRST_NAME) or columns.get(Field.FULL_NAME, "")
    if not first:
        return RowError(line, name_column, RowProblem.MISSING_FIRST_NAME)
    for value, column in ((first, name_column), (last, columns.get(Field.LAST_NAME, name_column))):
        refusal = check_name(value) if value else None
        if refusal is not None and refusal.code is not RefusalCode.OFFENSIVE:
            # An offensive-looking word in a real list is the organiser's call, not ours.
            return RowError(line, column, RowProblem.BAD_NAME, value, refusal)
    email = cells.get(Field.EMAIL, "")
    if email and (len(email) > EMAIL_MAX_LENGTH or not _looks_like_email(email)):
        return RowError(line, columns[Field.EMAIL], RowProblem.BAD_EMAIL, email)
    ticket = cells.get(Field.TICKET, "")
    organisation = cells.get(Field.ORGANISATION, "")
    for value, limit, fld in (
        (ticket, TICKET_MAX_LENGTH, Field.TICKET),
        (organisation, ORGANISATION_MAX_LENGTH, Field.ORGANISATION),
    ):
        if len(value) > limit:
            return RowError(line, columns[fld], RowProblem.TOO_LONG, value[:limit] + "…")
    language: Language | None = None
    raw_language = fold(cells.get(Field.LANGUAGE, ""))
    if raw_language:
        language = _LANGUAGES.get(raw_language)
        if language is None:
            return RowError(line, columns[Field.LANGUAGE], RowProblem.BAD_LANGUAGE, raw_language)
    return GuestRow(line, first, last, email.lower(), organisation, ticket or None, language)


_LANGUAGES = {
    "fr": Language.FR, "francais": Language.FR, "french": Language.FR, "fr-fr": Language.FR,
    "en": Language.EN, "anglais": Language.EN, "english": Language.EN, "en-gb": Language.EN,
    "en-us": Language.EN,
}  # fmt: skip


def parse_records(
    records: Iterable[tuple[int, Sequence[str]]],
    headers: Sequence[str],
    mapping: Mapping[int, Field],
) -> tuple[list[GuestRow], list[RowError], int]:
    """Rows and errors from (line, cells) records; duplicate tickets in the file are errors."""
    columns = {fld: headers[index] for index, fld in mapping.items()}
    rows: list[GuestRow] = []
    errors: list[RowError] = []
    blank = 0
    seen_tickets: dict[str, int] = {}
    for line, raw in records:
        if not any(cell.strip() for cell in raw):
            blank += 1
            continue
        if len(raw) > len(headers) and any(cell.strip() for cell in raw[len(headers) :]):
            errors.append(RowError(line, "", RowProblem.TOO_MANY_COLUMNS, str(len(raw))))
            continue
        cells = {
            fld: clean(unprotect(raw[index])) for index, fld in mapping.items() if index < len(raw)
        }
        result = _row(line, {k: v for k, v in cells.items() if v}, columns)
        if isinstance(result, RowError):
            errors.append(result)
            continue
        if result.ticket is not None:
            key = fold(result.ticket)
            if key in seen_tickets:
                errors.append(
                    RowError(line, columns[Field.TICKET], RowProblem.DUPLICATE_TICKET,
                             f"{result.ticket} (line {seen_tickets[key]})")
                )  # fmt: skip
                continue
            seen_tickets[key] = line
        rows.append(result)
    return rows, errors, blank


def parse_csv(
    data: bytes,
    *,
    encoding: str | None = None,
    delimiter: str | None = None,
    mapping: Mapping[int, Field] | None = None,
) -> ParsedList:
    text, used_encoding = decode(data, encoding)
    if not text.strip():
        raise GuestListError("the file is empty")
    used_delimiter = delimiter or sniff_delimiter(text)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=used_delimiter)
    try:
        headers = tuple(clean(unprotect(h)) for h in next(reader))
    except csv.Error as exc:
        raise GuestListError(f"line 1: {exc}") from exc
    chosen = dict(mapping) if mapping is not None else suggest_mapping(headers)
    names = {Field.FIRST_NAME, Field.FULL_NAME}
    if not names & set(chosen.values()):
        raise GuestListError(
            "no first-name column: expected a header such as 'first name', 'prénom' or 'name'"
            f" (found: {', '.join(headers) or 'nothing'})"
        )

    def records() -> Iterable[tuple[int, Sequence[str]]]:
        line = reader.line_num + 1
        try:
            for raw in reader:
                yield line, raw
                line = reader.line_num + 1
        except csv.Error as exc:
            raise GuestListError(f"line {line}: {exc}") from exc

    rows, errors, blank = parse_records(records(), headers, chosen)
    return ParsedList(
        encoding=used_encoding,
        delimiter=used_delimiter,
        headers=headers,
        mapping=chosen,
        rows=tuple(rows),
        errors=tuple(errors),
        skipped_blank=blank,
    )


__all__ = [
    "Field",
    "GuestListError",
    "GuestRow",
    "ParsedList",
    "RowError",
    "RowProblem",
    "decode",
    "parse_csv",
    "parse_records",
    "protect",
    "read_headers",
    "sniff_delimiter",
    "suggest_mapping",
    "unprotect",
]
