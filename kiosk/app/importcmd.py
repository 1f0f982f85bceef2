"""`kiosk import FILE`: load a guest list into the configured database, report bad rows."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import TextIO

from kiosk.app.clitext import say
from kiosk.core.guest import Language
from kiosk.core.guestlist import Field, GuestListError, read_headers, suggest_mapping
from kiosk.core.text import fold
from kiosk.services.importer import ImportReport, UnknownEventError, import_guest_list
from kiosk.storage import Database


class MappingError(ValueError):
    """A --map argument that names no column or no field."""


def parse_mapping(
    data: bytes, encoding: str | None, pairs: Sequence[str]
) -> dict[int, Field] | None:
    """--map COLUMN=FIELD, COLUMN being a header (any case/accents) or a 1-based position.

    None without pairs (the parser suggests a mapping); otherwise the suggestion overridden
    by each pair.
    """
    if not pairs:
        return None
    headers = read_headers(data, encoding)
    mapping = suggest_mapping(headers)
    for pair in pairs:
        column, _, field_name = pair.partition("=")
        try:
            field = Field(field_name.strip().lower())
        except ValueError as exc:
            raise MappingError(pair) from exc
        if column.strip().isdigit() and 1 <= int(column) <= len(headers):
            index = int(column) - 1
        else:
            matches = [i for i, h in enumerate(headers) if fold(h) == fold(column)]
            if not matches:
                raise MappingError(pair)
            index = matches[0]
        mapping = {i: f for i, f in mapping.items() if f is not field and i != index}
        mapping[index] = field
    return mapping


def _print_report(report: ImportReport, file: Path, language: Language, out: TextIO) -> None:
    parsed = report.parsed
    print(
        say(
            "import_summary",
            language,
            file=file.name,
            created=report.created,
            updated=report.updated,
            unchanged=report.unchanged,
            failed=len(report.errors),
            encoding=parsed.encoding,
            delimiter=parsed.delimiter,
        ),
        file=out,
    )
    for error in report.errors:
        value = f" ({error.value})" if error.value else ""
        problem = say(str(error.problem), language)
        print(
            say(
                "import_row",
                language,
                line=error.line,
                column=error.column or "*",
                problem=problem,
                value=value,
            ),
            file=out,
        )


def run_import(
    database: Database,
    file: Path,
    *,
    event_id: str | None,
    encoding: str | None,
    mapping_pairs: Sequence[str],
    language: Language,
    out: TextIO,
    err: TextIO,
) -> int:
    """Exit status: 0 all rows imported, 1 some rows failed, 2 the file or event is unusable."""
    try:
        data = file.read_bytes()
    except OSError as exc:
        print(say("import_unreadable", language, file=file, reason=exc.strerror), file=err)
        return 2
    try:
        mapping = parse_mapping(data, encoding, mapping_pairs)
        target = event_id or _active_event(database)
        if target is None:
            raise UnknownEventError("")
        report = import_guest_list(
            database.unit_of_work, target, data, encoding=encoding, mapping=mapping
        )
    except MappingError:
        fields = ", ".join(f.value for f in Field)
        print(say("bad_map", language, fields=fields), file=err)
        return 2
    except GuestListError as exc:
        print(say("import_unreadable", language, file=file, reason=exc), file=err)
        return 2
    except UnknownEventError:
        url = database.url.render_as_string(hide_password=True)
        print(say("import_no_event", language, event=event_id or "", db=url), file=err)
        return 2
    _print_report(report, file, language, out)
    return 1 if report.errors else 0


def _active_event(database: Database) -> str | None:
    with database.reader() as uow:
        event = uow.events.active()
        return event.id if event is not None else None
