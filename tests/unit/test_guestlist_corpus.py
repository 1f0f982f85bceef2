"""A generated corpus of guest lists: every row is imported exactly or reported with its line.

Encodings (BOMs or not), separators, quoted newlines, names in many scripts, a full-name
column, duplicates, rows without a first name, an empty file, headers only, a 10 MB file,
and workbooks (XLSX) with numbers, dates and formula-looking text.
"""

from __future__ import annotations

import codecs
import csv
import io
import random
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime

import openpyxl
import pytest

from kiosk.core.guestlist import (
    Field,
    FileProblem,
    GuestListError,
    ParsedList,
    RowProblem,
    check_table,
    parse_csv,
    preview,
    read_list,
    split_full_name,
    suggest_mapping,
)
from kiosk.core.guestlistxlsx import cell_text

WORLD = [
    ("Hélène", "Lefèvre"), ("Хелена", "Иванова"), ("李", "小龍"), ("محمد", "الأحمد"),
    ("Ελένη", "Παπαδοπούλου"), ("आदित्य", "शर्मा"), ("さくら", "山田"), ("Nguyễn", "Thị Minh"),
    ("Zoë", "Ñúñez-Ölçer"), ("Ana 🎷", "Ruiz"), ("Siobhán", "Ó Súilleabháin"),
    ("Đorđe", "Šćekić"), ("יעל", "כהן"), ("Ṭāhā", "Ḥusayn"), ("Œdipe", "N'Diaye"),
]  # fmt: skip
LATIN_1252 = [("Hélène", "Lefèvre"), ("Zoë", "Ñúñez-Ölçer"), ("Siobhán", "Ó Súilleabháin"),
              ("Œdipe", "N'Diaye"), ("François", "Ménard"), ("Ægir", "Søren")]  # fmt: skip
ENCODINGS: dict[str, Callable[[str], bytes]] = {
    "utf-8": lambda text: text.encode("utf-8"),
    "utf-8 BOM": lambda text: codecs.BOM_UTF8 + text.encode("utf-8"),
    "utf-16 LE BOM": lambda text: codecs.BOM_UTF16_LE + text.encode("utf-16-le"),
    "utf-16 BE BOM": lambda text: codecs.BOM_UTF16_BE + text.encode("utf-16-be"),
    "windows-1252": lambda text: text.encode("cp1252"),
}


@dataclass(frozen=True)
class Expected:
    """What each line of a generated file must give: names, or a problem."""

    names: dict[int, tuple[str, str]]
    problems: dict[int, RowProblem]


def _write(rows: list[list[str]], delimiter: str) -> tuple[str, list[int]]:
    """The CSV text and the physical line where each row starts (quoted newlines count)."""
    out = io.StringIO(newline="")
    writer = csv.writer(out, delimiter=delimiter, lineterminator="\r\n")
    lines = []
    for row in rows:
        lines.append(out.getvalue().count("\n") + 1)
        writer.writerow(row)
    return out.getvalue(), lines


def _corpus(people: list[tuple[str, str]], delimiter: str, seed: int) -> tuple[str, Expected]:
    """A list with separate name columns, a multi-line note, duplicates, missing first names."""
    rng = random.Random(seed)
    rows = [["Prénom", "Nom", "E-mail", "Billet", "Notes"]]
    kinds: list[tuple[str, tuple[str, str] | RowProblem]] = []
    for n in range(60):
        first, last = rng.choice(people)
        roll = rng.random()
        note = "ligne 1\nligne 2; a, b | c\ttab" if roll < 0.3 else ""
        if roll < 0.08:
            rows.append(["", last, f"nofirst{n}@example.org", f"T{n}", note])
            kinds.append(("problem", RowProblem.MISSING_FIRST_NAME))
        elif roll < 0.16 and n > 0:
            rows.append([first, last, "", "T0", note])  # T0 is the first row's ticket
            kinds.append(("problem", RowProblem.DUPLICATE_TICKET))
        else:
            rows.append([first, last, f"guest{n}@example.org", f"T{n}", note])
            kinds.append(("ok", (first, last)))
    if kinds[0][0] == "problem":  # row 1 must be good for "T0" duplicates to mean something
        rows[1] = [people[0][0], people[0][1], "first@example.org", "T0", ""]
        kinds[0] = ("ok", people[0])
    rows.insert(2, list(rows[1]))  # a whole row twice: its ticket is a duplicate
    kinds.insert(1, ("problem", RowProblem.DUPLICATE_TICKET))
    text, lines = _write(rows, delimiter)
    names = {}
    problems = {}
    for line, (_kind, what) in zip(lines[1:], kinds, strict=True):
        if isinstance(what, RowProblem):
            problems[line] = what
        else:
            names[line] = what
    return text, Expected(names, problems)


def _assert_exact(parsed: ParsedList, expected: Expected) -> None:
    got = {row.line: (row.first_name, row.last_name) for row in parsed.rows}
    reported = {error.line: error.problem for error in parsed.errors}
    assert got == expected.names
    assert reported == expected.problems
    assert len(parsed.rows) + len(parsed.errors) == len(expected.names) + len(expected.problems)


@pytest.mark.parametrize("encoding", list(ENCODINGS))
@pytest.mark.parametrize("delimiter", [",", ";", "\t", "|"])
def test_every_row_imported_exactly_or_reported(encoding: str, delimiter: str) -> None:
    people = LATIN_1252 if encoding == "windows-1252" else WORLD
    text, expected = _corpus(people, delimiter, seed=hash((encoding, delimiter)) % 1000)
    table = read_list(ENCODINGS[encoding](text))
    assert table.delimiter == delimiter
    assert table.encoding == {
        "utf-8": "utf-8", "utf-8 BOM": "utf-8-sig", "windows-1252": "cp1252"
    }.get(encoding, "utf-16")  # fmt: skip
    _assert_exact(check_table(table), expected)


def test_duplicates_name_the_first_line() -> None:
    text, _ = _write(
        [["first name", "ticket"], ["Ana", "A-1"], ["Bo", "a-1 "], ["Ana", "A-1"]], ","
    )
    parsed = parse_csv(text.encode())
    assert [(e.line, e.problem, e.other_line) for e in parsed.errors] == [
        (3, RowProblem.DUPLICATE_TICKET, 2), (4, RowProblem.DUPLICATE_TICKET, 2),
    ]  # fmt: skip


def test_same_email_or_same_name_without_ticket_are_two_guests() -> None:
    data = b"first name,last name,email\nAna,Roy,fam@example.org\nLeo,Roy,fam@example.org\n"
    data += b"Marie,Martin,\nMarie,Martin,\n"
    parsed = parse_csv(data)
    assert parsed.errors == ()
    assert [r.first_name for r in parsed.rows] == ["Ana", "Leo", "Marie", "Marie"]


def test_full_name_column_is_split_sensibly() -> None:
    text, _lines = _write(
        [["Nom complet", "Courriel"], ["Hélène de la Fontaine", ""], ["DUBOIS Jean-Marc", ""],
         ["Martin, Claire", ""], ["Mme Sophie Laurent", ""], ["Jean Pierre de la Tour", ""],
         ["李小龍", ""], ["Ana María Ruiz", ""]],
        ";",
    )  # fmt: skip
    parsed = parse_csv(text.encode())
    assert parsed.mapping == {0: Field.FULL_NAME, 1: Field.EMAIL}
    assert [(r.first_name, r.last_name) for r in parsed.rows] == [
        ("Hélène", "de la Fontaine"), ("Jean-Marc", "DUBOIS"), ("Claire", "Martin"),
        ("Sophie", "Laurent"), ("Jean Pierre", "de la Tour"), ("李小龍", ""), ("Ana", "María Ruiz"),
    ]  # fmt: skip
    assert split_full_name("JEAN DUPONT") == ("JEAN", "DUPONT")  # all capitals: no clue


@pytest.mark.parametrize(
    ("data", "problem"),
    [
        (b"", FileProblem.EMPTY),
        (b"\r\n \r\n", FileProblem.EMPTY),
        (codecs.BOM_UTF16_LE, FileProblem.EMPTY),
        (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1rest", FileProblem.OLD_EXCEL),
        (b"PK\x03\x04 not really a zip", FileProblem.NOT_A_SPREADSHEET),
    ],
)
def test_files_that_cannot_be_read_say_why(data: bytes, problem: FileProblem) -> None:
    with pytest.raises(GuestListError) as raised:
        read_list(data)
    assert raised.value.problem is problem


def test_headers_only_and_a_header_without_name_column() -> None:
    assert check_table(read_list(b"Pr\xc3\xa9nom;Nom\r\n")).rows == ()
    with pytest.raises(GuestListError) as raised:
        check_table(read_list(b"email;company\na@example.org;X\n"))
    assert raised.value.problem is FileProblem.NO_NAME_COLUMN
    assert raised.value.detail == "email, company"


def test_forced_encodings_and_separator() -> None:
    text = "prénom|nom\nHélène|Roy\n"
    table = read_list(text.encode("utf-16-le"), encoding="utf-16-le")
    assert check_table(table).rows[0].first_name == "Hélène"
    assert read_list(text.encode(), delimiter=",").headers == ("prénom|nom",)
    with pytest.raises(GuestListError) as raised:
        read_list("a\nb\nHélène\n".encode("cp1252"), encoding="utf-8")
    assert (raised.value.problem, raised.value.line) == (FileProblem.UNDECODABLE, 3)
    for unknown in ("klingon-8", "base64", "rot13", "zlib"):  # codecs, but not charsets
        with pytest.raises(GuestListError) as raised:
            read_list(b"x", encoding=unknown)
        assert raised.value.problem is FileProblem.UNKNOWN_ENCODING


def test_a_one_column_header_lets_the_rows_choose_the_separator() -> None:
    table = read_list(b"Name\nAda;Lovelace\nAlan;Turing\n")
    assert table.delimiter == ";"
    assert read_list(b'Name,"Company, Inc"\nAda,X\n').delimiter == ","


def test_a_ten_megabyte_file() -> None:
    note = "x" * 480
    rows = [f"Guest{n};Nom{n};g{n}@example.org;T-{n};{note}" for n in range(21_000)]
    rows[20_000] = f";Nom;;T-20000;{note}"  # one row without a first name, far down
    data = ("Prénom;Nom;Courriel;Billet;Notes\n" + "\n".join(rows) + "\n").encode()
    assert len(data) > 10_000_000
    parsed = check_table(read_list(data))
    assert len(parsed.rows) == 20_999
    assert parsed.rows[-1].line == 21_001
    assert [(e.line, e.problem) for e in parsed.errors] == [(20_002, RowProblem.MISSING_FIRST_NAME)]


def test_preview_shows_the_first_rows_and_counts_the_whole_file() -> None:
    text, expected = _corpus(WORLD, ",", seed=3)
    table = read_list(text.encode())
    shown = preview(table, suggest_mapping(table.headers), limit=5)
    assert len(shown.rows) == 5
    assert shown.total == len(expected.names) + len(expected.problems)
    assert shown.failed == len(expected.problems)
    for row in shown.rows:
        if row.error is None:
            assert (row.draft.first_name, row.draft.last_name) == expected.names[row.draft.line]
        else:
            assert row.error.problem is expected.problems[row.draft.line]


# -- workbooks -----------------------------------------------------------------------------


def _workbook(rows: list[list[object]], formats: dict[str, str] | None = None) -> bytes:
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    assert sheet is not None
    for row in rows:
        sheet.append(row)
    for ref, number_format in (formats or {}).items():
        sheet[ref].number_format = number_format
    for row in sheet.iter_rows():
        for cell in row:
            if isinstance(cell.value, str) and cell.value.startswith("="):
                cell.data_type = "s"  # text that looks like a formula, as the export writes it
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()


def test_a_workbook_imports_every_row_exactly_or_reports_its_row_number() -> None:
    data = _workbook(
        [
            [], [None, None],  # blank rows above the header
            ["Prénom", "Nom", "Billet", "Inscrit le", "Montant"],
            ["Hélène", "=SUM(A1:A9)", 123, date(2026, 3, 4), 12.5],
            ["李", "小龍", 7, datetime(2026, 3, 4, 18, 30), 0.1],
            [None, "Sans prénom", 8, None, None],
            [],
            ["+33 6", "-Anne", 123, None, None],
        ],
        {"C4": "00000", "D4": "dd/mm/yyyy", "D5": "yyyy-mm-dd h:mm", "E4": "0.00"},
    )  # fmt: skip
    table = read_list(data, name="liste.xlsx")
    assert table.header_line == 3
    assert table.records[0] == (4, ("Hélène", "=SUM(A1:A9)", "00123", "04/03/2026", "12.50"))
    assert table.records[1] == (5, ("李", "小龍", "7", "2026-03-04 18:30", "0.1"))
    parsed = check_table(table)
    assert [(r.line, r.first_name, r.last_name, r.ticket) for r in parsed.rows] == [
        (4, "Hélène", "=SUM(A1:A9)", "00123"), (5, "李", "小龍", "7"),
        (8, "+33 6", "-Anne", "123"),  # 123 is not 00123: another ticket
    ]  # fmt: skip
    assert [(e.line, e.problem) for e in parsed.errors] == [(6, RowProblem.MISSING_FIRST_NAME)]
    assert parsed.skipped_blank == 1


@pytest.mark.parametrize(
    ("value", "number_format", "text"),
    [
        (1815, "General", "1815"), (1815.0, "General", "1815"), (0.1 + 0.2, "General", "0.3"),
        (42, "000000", "000042"), (0.256, "0.0%", "25.6%"), (3.14159, "0.00", "3.14"),
        (True, "General", "TRUE"), (None, "General", ""),
        (datetime(2026, 12, 3, 9, 5), "d mmmm yyyy h:mm", "3 December 2026 9:05"),
        (datetime(2026, 12, 3), "[$-40C]d mmmm yyyy", "3 décembre 2026"),
        (datetime(2026, 12, 3), "mm-dd-yy", "2026-12-03"),  # built-in, locale-dependent: ISO
        (datetime(2026, 12, 3, 21, 0), "h:mm AM/PM", "9:00 PM"),
    ],
)  # fmt: skip
def test_cells_read_as_the_organiser_typed_them(
    value: object, number_format: str, text: str
) -> None:
    assert cell_text(value, number_format) == text


def test_an_empty_workbook() -> None:
    with pytest.raises(GuestListError) as raised:
        read_list(_workbook([]))
    assert raised.value.problem is FileProblem.EMPTY
