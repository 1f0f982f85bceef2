"""`kiosk import FILE`: load a guest list (CSV or XLSX) into the database, report bad rows."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import TextIO

from kiosk.app.clitext import say
from kiosk.core.guest import Language
from kiosk.core.guestlist import (
    Field,
    FileProblem,
    GuestListError,
    GuestTable,
    RowError,
    header_key,
    read_list,
    suggest_mapping,
)
from kiosk.services.importer import ImportReport, UnknownEventError, import_table
from kiosk.storage import Database

# Why a whole file is refused, for the terminal (the organiser page has its own catalogue).
_FILE_PROBLEMS: dict[FileProblem, dict[Language, str]] = {
    FileProblem.EMPTY: {Language.FR: "le fichier est vide", Language.EN: "the file is empty"},
    FileProblem.UNDECODABLE: {
        Language.FR: "le fichier n'est pas en {detail} (essayez une autre --encoding)",
        Language.EN: "the file is not {detail} (try another --encoding)",
    },
    FileProblem.UNKNOWN_ENCODING: {
        Language.FR: "encodage inconnu : {detail}",
        Language.EN: "unknown encoding: {detail}",
    },
    FileProblem.MALFORMED: {
        Language.FR: "CSV illisible ({detail})",
        Language.EN: "the CSV cannot be read ({detail})",
    },
    FileProblem.NOT_A_SPREADSHEET: {
        Language.FR: "classeur XLSX illisible",
        Language.EN: "not a readable XLSX workbook",
    },
    FileProblem.OLD_EXCEL: {
        Language.FR: "ancien format Excel (.xls) : enregistrez-le en .xlsx ou en CSV",
        Language.EN: "old Excel format (.xls): save it as .xlsx or CSV",
    },
    FileProblem.NO_NAME_COLUMN: {
        Language.FR: "aucune colonne de prénom (« Prénom », « Nom complet »…) ;"
        " colonnes trouvées : {detail} ; utilisez --map COLONNE=first_name",
        Language.EN: "no first-name column ('First name', 'Name'...); columns found:"
        " {detail}; use --map COLUMN=first_name",
    },
    FileProblem.SAME_FIELD_TWICE: {
        Language.FR: "deux colonnes donnent le même champ : {detail}",
        Language.EN: "two columns are mapped to the same field: {detail}",
    },
    FileProblem.NO_SUCH_COLUMN: {
        Language.FR: "pas de colonne {detail}",
        Language.EN: "no column {detail}",
    },
}
_AT_LINE = {Language.FR: "ligne {line} : {reason}", Language.EN: "line {line}: {reason}"}
_SAME_AS = {
    Language.FR: " ({value}, comme ligne {line})",
    Language.EN: " ({value}, as line {line})",
}


class MappingError(ValueError):
    """A --map argument that names no column or no field."""


def parse_mapping(headers: Sequence[str], pairs: Sequence[str]) -> dict[int, Field]:
    """The suggestion for ``headers``, overridden by each --map COLUMN=FIELD.

    COLUMN is a header (any case, accents or punctuation) or a 1-based position; FIELD
    ``ignore`` leaves the column out.
    """
    mapping = suggest_mapping(headers)
    for pair in pairs:
        column, _, field_name = pair.partition("=")
        name = field_name.strip().lower()
        try:
            field = None if name == "ignore" else Field(name)
        except ValueError as exc:
            raise MappingError(pair) from exc
        if column.strip().isdigit() and 1 <= int(column) <= len(headers):
            index = int(column) - 1
        else:
            matches = [i for i, h in enumerate(headers) if header_key(h) == header_key(column)]
            if not matches:
                raise MappingError(pair)
            index = matches[0]
        mapping = {i: f for i, f in mapping.items() if f is not field and i != index}
        if field is not None:
            mapping[index] = field
    return mapping


def file_problem(error: GuestListError, language: Language) -> str:
    reason = _FILE_PROBLEMS[error.problem][language].format(detail=error.detail)
    return _AT_LINE[language].format(line=error.line, reason=reason) if error.line else reason


def _row_text(error: RowError, language: Language) -> str:
    if error.other_line:
        value = _SAME_AS[language].format(value=error.value, line=error.other_line)
    else:
        value = f" ({error.value})" if error.value else ""
    return say(
        "import_row",
        language,
        line=error.line,
        column=error.column or "*",
        problem=say(str(error.problem), language),
        value=value,
    )


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
            failed=report.failed,
            encoding=parsed.encoding or "xlsx",
            delimiter=parsed.delimiter or "-",
        ),
        file=out,
    )
    for error in report.errors:
        print(_row_text(error, language), file=out)


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
        table: GuestTable = read_list(data, name=file.name, encoding=encoding)
        mapping = parse_mapping(table.headers, mapping_pairs)
        target = event_id or _active_event(database)
        if target is None:
            raise UnknownEventError("")
        report = import_table(database.unit_of_work, target, table, mapping)
    except MappingError:
        fields = ", ".join([*(f.value for f in Field), "ignore"])
        print(say("bad_map", language, fields=fields), file=err)
        return 2
    except GuestListError as exc:
        reason = file_problem(exc, language)
        print(say("import_unreadable", language, file=file, reason=reason), file=err)
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
