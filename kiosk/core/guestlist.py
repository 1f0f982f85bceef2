"""Guest lists from ticketing tools and spreadsheets: read, map columns, preview, check rows.

Pure parsing: ``read_list`` gives a ``GuestTable`` (CSV or XLSX), ``suggest_mapping`` proposes
which column holds what, ``preview`` shows the first rows as they would be imported and
``check_table`` gives the rows ready for the importer service with a per-row error report
(line, column, what is wrong). Nothing here touches the database.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from kiosk.core.guestlistcsv import DELIMITERS, ENCODINGS, decode, read_csv, sniff_delimiter
from kiosk.core.guestlistrows import (
    Draft,
    Field,
    GuestRow,
    RowChecker,
    RowError,
    RowProblem,
    split_full_name,
)
from kiosk.core.guestlisttable import (
    FileProblem,
    GuestListError,
    GuestTable,
    ListKind,
    protect,
    unprotect,
)
from kiosk.core.guestlistxlsx import OLD_EXCEL_MAGIC, XLSX_MAGIC, read_xlsx
from kiosk.core.text import fold

PREVIEW_ROWS = 50

# Header names seen in French and English ticketing exports and spreadsheets, the preferred
# first: with "Barcode #" and "Order #" both present, the barcode is the ticket (an order
# may hold several tickets). Compared after ``header_key``.
HEADER_NAMES: Mapping[Field, tuple[str, ...]] = {
    Field.FIRST_NAME: ("first name", "firstname", "prenom", "given name", "given names",
                       "forename", "first", "attendee first name", "participant first name",
                       "prenom du participant", "prenom participant", "prenom de l invite"),
    Field.LAST_NAME: ("last name", "lastname", "surname", "family name", "family names", "nom",
                      "nom de famille", "last", "attendee last name", "participant last name",
                      "nom du participant", "nom participant", "nom de l invite"),
    Field.FULL_NAME: ("full name", "fullname", "name", "nom complet", "nom et prenom",
                      "prenom et nom", "prenom nom", "nom prenom", "attendee name",
                      "participant name", "guest name", "guest", "invite", "participant",
                      "attendee", "contact"),
    Field.EMAIL: ("email", "e mail", "courriel", "mail", "email address", "e mail address",
                  "adresse email", "adresse e mail", "adresse mail", "adresse electronique",
                  "adresse courriel", "attendee email", "participant email",
                  "email du participant"),
    Field.ORGANISATION: ("organisation", "organization", "company", "societe", "entreprise",
                         "company name", "organisation name", "organization name",
                         "nom de l entreprise", "raison sociale", "employer", "employeur",
                         "structure", "etablissement", "institution", "affiliation"),
    Field.TICKET: ("ticket", "ticket code", "ticket number", "ticket id", "ticket no",
                   "barcode", "barcode number", "bar code", "code barre", "code barres",
                   "qr code", "billet", "code billet", "numero de billet", "n de billet",
                   "no de billet", "numero billet", "attendee number", "code", "reference",
                   "booking reference", "registration id", "order", "order number", "order id",
                   "order no", "commande", "numero de commande", "n de commande",
                   "reference commande"),
    Field.LANGUAGE: ("language", "lang", "langue", "preferred language", "langue preferee",
                     "locale"),
}  # fmt: skip
_NOT_WORD = re.compile(r"[^\w]+")


def header_key(header: str) -> str:
    """How headers are compared: folded, "#" read as "number", punctuation as spaces."""
    return " ".join(_NOT_WORD.sub(" ", fold(header).replace("#", " number ")).split())


_HEADER_RANK = {
    header_key(name): (fld, rank)
    for fld, names in HEADER_NAMES.items()
    for rank, name in enumerate(names)
}


@dataclass(frozen=True, slots=True)
class ParsedList:
    kind: ListKind
    encoding: str
    delimiter: str
    headers: tuple[str, ...]
    mapping: Mapping[int, Field]
    rows: tuple[GuestRow, ...] = ()
    errors: tuple[RowError, ...] = ()
    skipped_blank: int = 0


@dataclass(frozen=True, slots=True)
class PreviewRow:
    draft: Draft  # the record as the mapping reads it
    error: RowError | None  # None: it would be imported


@dataclass(frozen=True, slots=True)
class Preview:
    rows: tuple[PreviewRow, ...]  # the first records, blanks left out
    total: int  # records that are not blank
    failed: int  # of which would be refused


def suggest_mapping(headers: Sequence[str]) -> dict[int, Field]:
    """Column index -> field for the headers we recognise; each field used at most once."""
    best: dict[Field, tuple[int, int]] = {}  # field -> (rank, column)
    for index, header in enumerate(headers):
        found = _HEADER_RANK.get(header_key(header))
        if found is not None:
            fld, rank = found
            if fld not in best or rank < best[fld][0]:
                best[fld] = (rank, index)
    mapping = {index: fld for fld, (_, index) in best.items()}
    # "Nom" alone is a full name; next to "Prénom" it is the last name.
    if Field.LAST_NAME in best and Field.FIRST_NAME not in best and Field.FULL_NAME not in best:
        index = best[Field.LAST_NAME][1]
        if header_key(headers[index]) == "nom":
            mapping[index] = Field.FULL_NAME
    return dict(sorted(mapping.items()))


def check_mapping(headers: Sequence[str], mapping: Mapping[int, Field]) -> None:
    """Raise GuestListError unless ``mapping`` can import ``headers``' rows."""
    for index in mapping:
        if not 0 <= index < len(headers):
            raise GuestListError(FileProblem.NO_SUCH_COLUMN, detail=str(index + 1))
    fields = list(mapping.values())
    for fld in fields:
        if fields.count(fld) > 1:
            raise GuestListError(FileProblem.SAME_FIELD_TWICE, detail=str(fld))
    if not {Field.FIRST_NAME, Field.FULL_NAME} & set(fields):
        raise GuestListError(
            FileProblem.NO_NAME_COLUMN, detail=", ".join(h for h in headers if h) or "-"
        )


def is_xlsx(data: bytes, name: str = "") -> bool:
    """A workbook by its content (a zip, or an old .xls) or, for an empty file, its name."""
    if data.startswith((XLSX_MAGIC, OLD_EXCEL_MAGIC)):
        return True
    return not data and name.lower().endswith((".xlsx", ".xlsm", ".xls"))


def read_list(
    data: bytes,
    *,
    name: str = "",
    encoding: str | None = None,
    delimiter: str | None = None,
) -> GuestTable:
    """The records of a CSV or XLSX file (``encoding`` and ``delimiter`` apply to CSV)."""
    if is_xlsx(data, name):
        return read_xlsx(data)
    return read_csv(data, encoding=encoding, delimiter=delimiter)


def _checker(table: GuestTable, mapping: Mapping[int, Field]) -> RowChecker:
    check_mapping(table.headers, mapping)
    return RowChecker(table.headers, mapping, protected=table.protected)


def check_table(table: GuestTable, mapping: Mapping[int, Field] | None = None) -> ParsedList:
    """Every record as a guest row or a row error (``mapping`` defaults to the suggestion)."""
    chosen = dict(mapping) if mapping is not None else suggest_mapping(table.headers)
    checker = _checker(table, chosen)
    rows: list[GuestRow] = []
    errors: list[RowError] = []
    blank = 0
    for line, raw in table.records:
        draft = checker.draft(line, raw)
        if draft is None:
            blank += 1
            continue
        result = checker.check(draft, raw)
        if isinstance(result, RowError):
            errors.append(result)
        else:
            rows.append(result)
    return ParsedList(
        kind=table.kind,
        encoding=table.encoding,
        delimiter=table.delimiter,
        headers=table.headers,
        mapping=chosen,
        rows=tuple(rows),
        errors=tuple(errors),
        skipped_blank=blank,
    )


def preview(table: GuestTable, mapping: Mapping[int, Field], limit: int = PREVIEW_ROWS) -> Preview:
    """The first ``limit`` records as they would be imported, and counts over the whole file."""
    checker = _checker(table, mapping)
    shown: list[PreviewRow] = []
    total = failed = 0
    for line, raw in table.records:
        draft = checker.draft(line, raw)
        if draft is None:
            continue
        result = checker.check(draft, raw)
        error = result if isinstance(result, RowError) else None
        total += 1
        failed += error is not None
        if len(shown) < limit:
            shown.append(PreviewRow(draft, error))
    return Preview(tuple(shown), total, failed)


def parse_csv(
    data: bytes,
    *,
    encoding: str | None = None,
    delimiter: str | None = None,
    mapping: Mapping[int, Field] | None = None,
) -> ParsedList:
    """Read and check a CSV guest list in one go."""
    return check_table(read_csv(data, encoding=encoding, delimiter=delimiter), mapping)


def read_headers(data: bytes, encoding: str | None = None, *, name: str = "") -> tuple[str, ...]:
    """The header row as the parser will see it (for mapping columns by name)."""
    return read_list(data, name=name, encoding=encoding).headers


__all__ = [
    "DELIMITERS",
    "ENCODINGS",
    "Draft",
    "Field",
    "FileProblem",
    "GuestListError",
    "GuestRow",
    "GuestTable",
    "ListKind",
    "ParsedList",
    "Preview",
    "PreviewRow",
    "RowError",
    "RowProblem",
    "check_mapping",
    "check_table",
    "decode",
    "header_key",
    "is_xlsx",
    "parse_csv",
    "preview",
    "protect",
    "read_headers",
    "read_list",
    "sniff_delimiter",
    "split_full_name",
    "suggest_mapping",
    "unprotect",
]
