"""Export an event as CSV or XLSX: attendance (names), tag statistics and a report (no names)."""

from __future__ import annotations

import csv
import io
import os
import tempfile
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import tzinfo
from enum import StrEnum
from pathlib import Path

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE

from kiosk.core import exportrows
from kiosk.core.attendance import CheckIn
from kiosk.core.event import Event
from kiosk.core.guest import Guest, Language
from kiosk.core.guestlist import protect
from kiosk.core.tags import Vocabulary
from kiosk.services.importer import UnknownEventError
from kiosk.storage.database import Database

PRIVATE_MODE = 0o600  # the attendance file holds names and emails
SHARED_MODE = 0o644


class Format(StrEnum):
    CSV = "csv"
    XLSX = "xlsx"


def csv_delimiter(language: Language) -> str:
    """What Excel expects for the organiser's locale: ';' in French (decimal comma), else ','."""
    return ";" if language is Language.FR else ","


@dataclass(frozen=True, slots=True)
class EventData:
    event: Event
    guests: list[Guest]
    check_ins: list[CheckIn]
    vocabulary: Vocabulary


@dataclass(frozen=True, slots=True)
class ExportedFile:
    path: Path
    rows: int
    personal: bool  # True: names and emails inside (written mode 0600)


def read_event(database: Database, event_id: str) -> EventData:
    """Everything an export needs, read in one transaction (UnknownEventError if missing)."""
    with database.reader() as uow:
        event = uow.events.get(event_id)
        if event is None:
            raise UnknownEventError(event_id)
        return EventData(
            event,
            uow.guests.for_event(event_id),
            uow.checkins.for_event(event_id),
            uow.tags.vocabulary(event_id),
        )


def csv_bytes(table: exportrows.Table, delimiter: str) -> bytes:
    """UTF-8 with a BOM (Excel then reads accents right); formula-like cells protected."""
    buffer = io.StringIO(newline="")
    writer = csv.writer(buffer, delimiter=delimiter, lineterminator="\r\n")
    headers, rows = table
    writer.writerow(headers)
    writer.writerows([protect(cell) for cell in row] for row in rows)
    return buffer.getvalue().encode("utf-8-sig")


def xlsx_bytes(table: exportrows.Table, title: str) -> bytes:
    """One sheet where every cell is a string: nothing a spreadsheet would evaluate."""
    workbook = Workbook(write_only=True)
    sheet = workbook.create_sheet(title[:31])
    headers, rows = table
    for row in [headers, *rows]:
        cells = []
        for value in row:
            cell = WriteOnlyCell(sheet, value=ILLEGAL_CHARACTERS_RE.sub("", value))
            cell.data_type = "s"  # "=1+1" stays text, not a formula
            cells.append(cell)
        sheet.append(cells)
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()


def write_atomically(path: Path, data: bytes, mode: int) -> None:
    """Replace ``path`` in one step: a crash leaves the old file or the new one, never half."""
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}-", suffix=".tmp")
    try:
        os.fchmod(fd, mode)
        with os.fdopen(fd, "wb") as file:
            file.write(data)
            file.flush()
            os.fsync(file.fileno())
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def companion(out: Path, part: str) -> Path:
    """Where the statistics go next to ``out``: attendance.csv -> attendance-tags.csv."""
    return out.with_name(f"{out.stem}-{part}{out.suffix}")


def export_event(
    database: Database,
    event_id: str,
    out: Path,
    fmt: Format,
    language: Language,
    *,
    tz: tzinfo | None = None,
    delimiter: str | None = None,
) -> list[ExportedFile]:
    """Write attendance to ``out`` and, in separate files, tag statistics and the report.

    Statistics never share a file with names, so they can be passed on as they are.
    """
    data = read_event(database, event_id)
    present = exportrows.arrived(data.guests, data.check_ins)
    tables: Sequence[tuple[Path, exportrows.Table, bool]] = (
        (out, exportrows.attendance(data.guests, data.check_ins, language, tz), True),
        (
            companion(out, "tags"),
            exportrows.tag_table(
                exportrows.tag_stats(present, data.vocabulary), data.vocabulary, language
            ),
            False,
        ),
        (
            companion(out, "report"),
            exportrows.report(data.guests, data.check_ins, data.vocabulary, language),
            False,
        ),
    )
    written = []
    for path, table, personal in tables:
        if fmt is Format.CSV:
            payload = csv_bytes(table, delimiter or csv_delimiter(language))
        else:
            payload = xlsx_bytes(table, path.stem)
        write_atomically(path, payload, PRIVATE_MODE if personal else SHARED_MODE)
        written.append(ExportedFile(path, len(table[1]), personal))
    return written
