"""Words of the import page that depend on values: fields, row problems, file problems."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from kiosk.core.guestlist import Field, FileProblem, RowError, RowProblem
from kiosk.core.refusal import RefusalCode


def fill(template: str, *values: object) -> str:
    """``%1``, ``%2``... of a translated sentence replaced by ``values``."""
    for index, value in enumerate(values, start=1):
        template = template.replace(f"%{index}", str(value))
    return template


def field_name(field: Field | None) -> str:
    """The name of a guest field in the mapping combos and the preview's headers."""
    names = {
        None: QCoreApplication.translate("import", "Ignore"),
        Field.FIRST_NAME: QCoreApplication.translate("import", "First name"),
        Field.LAST_NAME: QCoreApplication.translate("import", "Last name"),
        Field.FULL_NAME: QCoreApplication.translate("import", "Full name (split)"),
        Field.EMAIL: QCoreApplication.translate("import", "Email"),
        Field.ORGANISATION: QCoreApplication.translate("import", "Organisation"),
        Field.TICKET: QCoreApplication.translate("import", "Ticket or code"),
        Field.LANGUAGE: QCoreApplication.translate("import", "Language"),
    }
    return names[field]


def delimiter_name(delimiter: str) -> str:
    names = {
        ",": QCoreApplication.translate("import", "comma ,"),
        ";": QCoreApplication.translate("import", "semicolon ;"),
        "\t": QCoreApplication.translate("import", "tab"),
        "|": QCoreApplication.translate("import", "vertical bar |"),
    }
    return names.get(delimiter, delimiter)


def row_problem_text(error: RowError) -> str:
    """What is wrong with a row, in one short phrase."""
    problem = error.problem
    if problem is RowProblem.MISSING_FIRST_NAME:
        return QCoreApplication.translate("import", "First name missing")
    if problem is RowProblem.BAD_NAME:
        if error.refusal is not None and error.refusal.code is RefusalCode.TOO_LONG:
            return fill(
                QCoreApplication.translate("import", "Name longer than %1 characters"),
                error.refusal.limit,
            )
        return QCoreApplication.translate("import", "Name without a letter")
    if problem is RowProblem.BAD_EMAIL:
        return fill(QCoreApplication.translate("import", "Invalid email address: %1"), error.value)
    if problem is RowProblem.TOO_LONG:
        return QCoreApplication.translate("import", "Text too long")
    if problem is RowProblem.BAD_LANGUAGE:
        return fill(
            QCoreApplication.translate("import", "Unknown language \u201c%1\u201d (fr or en)"),
            error.value,
        )
    if problem is RowProblem.DUPLICATE_TICKET:
        return fill(
            QCoreApplication.translate("import", "Ticket %1 already on line %2"),
            error.value,
            error.other_line,
        )
    return fill(QCoreApplication.translate("import", "More cells than columns (%1)"), error.value)


def file_problem_text(problem: FileProblem, line: int, detail: str) -> str:
    """Why the whole file cannot be imported, and what to do about it."""
    texts = {
        FileProblem.EMPTY: QCoreApplication.translate("import", "The file is empty."),
        FileProblem.UNDECODABLE: QCoreApplication.translate(
            "import", "The file is not in %1 (line %2): choose another encoding."
        ),
        FileProblem.UNKNOWN_ENCODING: QCoreApplication.translate("import", "Unknown encoding: %1."),
        FileProblem.MALFORMED: QCoreApplication.translate(
            "import", "Line %2 cannot be read as CSV: %1."
        ),
        FileProblem.NOT_A_SPREADSHEET: QCoreApplication.translate(
            "import", "This is not a workbook that can be read (XLSX expected)."
        ),
        FileProblem.OLD_EXCEL: QCoreApplication.translate(
            "import", "Old Excel format (.xls): save it as .xlsx or CSV and choose it again."
        ),
        FileProblem.NO_NAME_COLUMN: QCoreApplication.translate(
            "import", "Choose the column that holds the first names (or full names)."
        ),
        FileProblem.SAME_FIELD_TWICE: QCoreApplication.translate(
            "import", "Two columns give the same field."
        ),
        FileProblem.NO_SUCH_COLUMN: QCoreApplication.translate(
            "import", "The mapping names a missing column."
        ),
    }
    return fill(texts[problem], detail, line)


def unreadable_text(reason: str) -> str:
    return fill(QCoreApplication.translate("import", "Cannot open the file: %1."), reason)
