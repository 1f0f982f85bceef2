"""XLSX guest lists: the first sheet, every cell as text as the organiser sees it in Excel.

Read with openpyxl in read-only mode (a large sheet is streamed, not loaded whole). The first
non-empty row is the header; lines are the sheet's row numbers. Numbers and dates follow the
cell's number format where it is explicit (a ticket 00123 formatted "00000" stays 00123, a
whole number never becomes 123.0); locale-dependent built-in date formats give ISO dates.
"""

from __future__ import annotations

import io
import re
import zipfile
from datetime import date, datetime, time, timedelta

from kiosk.core.guestlisttable import FileProblem, GuestListError, GuestTable, ListKind, Record
from kiosk.core.text import clean

XLSX_MAGIC = b"PK\x03\x04"
OLD_EXCEL_MAGIC = b"\xd0\xcf\x11\xe0"  # the OLE container of .xls files
# Built-in formats whose display depends on the machine's locale: ISO says the same everywhere.
_LOCALE_DATES = {"mm-dd-yy", "d-mmm-yy", "d-mmm", "mmm-yy", "m/d/yy h:mm", "general"}
_DATE_TOKENS = re.compile(
    r'"[^"]*"|\\.|\[[^\]]*\]|yyyy|yy|mmmm|mmm|mm|m|dddd|ddd|dd|d|hh|h|ss|s|am/pm|.', re.I
)
_MONTHS = {
    False: ("January", "February", "March", "April", "May", "June", "July", "August",
            "September", "October", "November", "December"),
    True: ("janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août",
           "septembre", "octobre", "novembre", "décembre"),
}  # fmt: skip
_DAYS = {
    False: ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"),
    True: ("lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"),
}
_ZEROS = re.compile(r"0+")
_DECIMALS = re.compile(r"[#0,]*0\.(0+)")


def _date_text(value: datetime, number_format: str) -> str:
    """``value`` written with an Excel date format ("dd/mm/yyyy", "d mmmm yyyy h:mm")."""
    fmt = number_format.split(";")[0]
    if fmt.lower() in _LOCALE_DATES:
        if value.time() == time():
            return value.date().isoformat()
        return value.isoformat(sep=" ", timespec="minutes")
    french = bool(re.search(r"\[\$-(40c|80c|fr)", fmt, re.I))
    tokens = _DATE_TOKENS.findall(fmt)
    twelve = any(t.lower() == "am/pm" for t in tokens)
    out: list[str] = []
    for i, token in enumerate(tokens):
        low = token.lower()
        # "m" is minutes right after an hour or right before seconds, months elsewhere.
        after_hour = any(t.lower() in {"h", "hh"} for t in tokens[max(0, i - 2) : i])
        before_second = any(t.lower() in {"s", "ss"} for t in tokens[i + 1 : i + 3])
        if low in {"m", "mm"} and (after_hour or before_second):
            out.append(f"{value.minute:02d}" if low == "mm" else str(value.minute))
        elif low in {"yyyy", "yy"}:
            out.append(f"{value.year:04d}" if low == "yyyy" else f"{value.year % 100:02d}")
        elif low in {"mmmm", "mmm"}:
            name = _MONTHS[french][value.month - 1]
            out.append(name if low == "mmmm" else name[:3])
        elif low in {"mm", "m"}:
            out.append(f"{value.month:02d}" if low == "mm" else str(value.month))
        elif low in {"dddd", "ddd"}:
            name = _DAYS[french][value.weekday()]
            out.append(name if low == "dddd" else name[:3])
        elif low in {"dd", "d"}:
            out.append(f"{value.day:02d}" if low == "dd" else str(value.day))
        elif low in {"hh", "h"}:
            hour = (value.hour % 12 or 12) if twelve else value.hour
            out.append(f"{hour:02d}" if low == "hh" else str(hour))
        elif low in {"ss", "s"}:
            out.append(f"{value.second:02d}" if low == "ss" else str(value.second))
        elif low == "am/pm":
            out.append("AM" if value.hour < 12 else "PM")
        elif token.startswith('"'):
            out.append(token[1:-1])
        elif token.startswith("\\"):
            out.append(token[1:])
        elif not token.startswith("["):
            out.append(token)
    return "".join(out)


def _number_text(value: float, number_format: str) -> str:
    fmt = number_format.split(";")[0].replace("\\", "").replace('"', "")
    percent = fmt.endswith("%")
    if percent:
        value, fmt = value * 100, fmt[:-1]
    decimals = _DECIMALS.fullmatch(fmt)
    if decimals:
        text = f"{value:.{len(decimals.group(1))}f}"
    elif _ZEROS.fullmatch(fmt) and float(value).is_integer():
        text = f"{int(value):0{len(fmt)}d}"  # "00000": leading zeros of a code kept
    elif float(value).is_integer() and abs(value) < 1e15:
        text = str(int(value))
    else:
        text = f"{value:.15g}"  # what Excel's "General" shows, without float noise
    return text + ("%" if percent else "")


def cell_text(value: object, number_format: str = "General") -> str:
    """A cell's value as the organiser sees it; None is an empty cell."""
    match value:
        case None:
            return ""
        case str():
            return value
        case bool():
            return "TRUE" if value else "FALSE"
        case int() | float():
            return _number_text(value, number_format or "General")
        case datetime():
            return _date_text(value, number_format or "General")
        case date():
            return _date_text(datetime.combine(value, time()), number_format or "General")
        case time():
            return value.isoformat(timespec="minutes" if not value.second else "seconds")
        case timedelta():
            return str(value)
    return str(value)


def read_xlsx(data: bytes) -> GuestTable:
    """Every row of the workbook's active sheet (else its first worksheet)."""
    from openpyxl import load_workbook  # heavy: only when a workbook is opened

    if data.startswith(OLD_EXCEL_MAGIC):
        raise GuestListError(FileProblem.OLD_EXCEL)
    try:
        workbook = load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    except (zipfile.BadZipFile, KeyError, OSError, ValueError, TypeError) as exc:
        raise GuestListError(FileProblem.NOT_A_SPREADSHEET, detail=str(exc)) from exc
    try:
        sheets = [workbook.active, *workbook.worksheets]
        sheet = next((s for s in sheets if hasattr(s, "iter_rows")), None)  # no chartsheet
        if sheet is None:
            raise GuestListError(FileProblem.EMPTY)
        records: list[Record] = []
        try:
            for line, row in enumerate(sheet.iter_rows(), start=1):
                cells = tuple(
                    cell_text(cell.value, getattr(cell, "number_format", "General")) for cell in row
                )
                if records or any(c.strip() for c in cells):  # blank rows above the header
                    records.append((line, cells))
        except (zipfile.BadZipFile, KeyError, ValueError, TypeError) as exc:
            raise GuestListError(FileProblem.NOT_A_SPREADSHEET, detail=str(exc)) from exc
    finally:
        workbook.close()
    if not records:
        raise GuestListError(FileProblem.EMPTY)
    header_line, headers = records[0]
    return GuestTable(
        kind=ListKind.XLSX,
        headers=tuple(clean(h) for h in headers),
        records=tuple(records[1:]),
        header_line=header_line,
    )
