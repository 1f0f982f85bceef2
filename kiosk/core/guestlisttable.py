"""A guest list as read from a file, before any mapping: headers and numbered records.

The readers (kiosk.core.guestlistcsv, kiosk.core.guestlistxlsx) build a ``GuestTable``;
kiosk.core.guestlistrows checks its records once the organiser has mapped the columns.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

# Exports protect cells that look like formulas with a leading apostrophe; take it off again.
_FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")

Record = tuple[int, tuple[str, ...]]  # (line or sheet row, cells)


class ListKind(StrEnum):
    CSV = "csv"
    XLSX = "xlsx"


class FileProblem(StrEnum):
    """Why a whole file cannot be imported (row problems are kiosk.core.guestlistrows')."""

    EMPTY = "empty"  # nothing but blanks
    UNDECODABLE = "undecodable"  # the chosen encoding does not fit; detail: the encoding
    UNKNOWN_ENCODING = "unknown_encoding"  # detail: the name given
    MALFORMED = "malformed"  # the CSV cannot be split into fields at ``line``
    NOT_A_SPREADSHEET = "not_a_spreadsheet"  # a zip that is no XLSX workbook, or a broken one
    OLD_EXCEL = "old_excel"  # a binary .xls: save it as .xlsx or CSV
    NO_NAME_COLUMN = "no_name_column"  # detail: the headers found
    SAME_FIELD_TWICE = "same_field_twice"  # detail: the field mapped from two columns
    NO_SUCH_COLUMN = "no_such_column"  # a mapping names a column the file does not have


class GuestListError(ValueError):
    """The file as a whole cannot be imported; ``problem`` says why (the UI words it)."""

    def __init__(self, problem: FileProblem, *, line: int = 0, detail: str = "") -> None:
        self.problem = problem
        self.line = line
        self.detail = detail
        where = f"line {line}: " if line else ""
        super().__init__(f"{where}{_ENGLISH[problem]}{f' ({detail})' if detail else ''}")


_ENGLISH = {
    FileProblem.EMPTY: "the file is empty",
    FileProblem.UNDECODABLE: "cannot decode the file with this encoding",
    FileProblem.UNKNOWN_ENCODING: "unknown encoding",
    FileProblem.MALFORMED: "the CSV cannot be read",
    FileProblem.NOT_A_SPREADSHEET: "not a readable XLSX workbook",
    FileProblem.OLD_EXCEL: "an old Excel file (.xls): save it as .xlsx or CSV",
    FileProblem.NO_NAME_COLUMN: "no first-name column: expected a header such as 'first name',"
    " 'prénom' or 'name'",
    FileProblem.SAME_FIELD_TWICE: "two columns are mapped to the same field",
    FileProblem.NO_SUCH_COLUMN: "no such column",
}


@dataclass(frozen=True, slots=True)
class GuestTable:
    """Every record of the file as text, numbered as the organiser sees it in their tool.

    ``line`` is the 1-based physical line where a CSV record starts (quoted newlines make
    records span lines) or the sheet's row number. ``protected``: cells may carry the
    export's guard against formula injection (CSV only: XLSX cells are plain strings).
    """

    kind: ListKind
    headers: tuple[str, ...]
    records: tuple[Record, ...]
    encoding: str = ""  # CSV only
    delimiter: str = ""  # CSV only
    header_line: int = 1
    protected: bool = False


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
