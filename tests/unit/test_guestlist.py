"""Guest lists as ticketing tools export them: encodings, separators, headers, bad rows."""

from __future__ import annotations

import codecs
import csv
import io

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kiosk.core.guest import Language
from kiosk.core.guestlist import (
    Field,
    GuestListError,
    RowProblem,
    parse_csv,
    suggest_mapping,
    unprotect,
)
from kiosk.core.text import clean

ROWS = [
    ["Prénom", "Nom", "Société", "Courriel", "Billet", "Langue"],
    ["Hélène", "Lefèvre", "Atelier Lumière", "helene@example.fr", "ICE-1", "français"],
    ["Seán", "O'Brien", "", "SEAN@example.com", "ICE-2", "en"],
    ["Zoë", "N'Diaye-Müller", "Crédit Rhône", "", "", ""],
]


def _csv(rows: list[list[str]], delimiter: str = ",") -> str:
    out = io.StringIO()
    csv.writer(out, delimiter=delimiter, lineterminator="\r\n").writerows(rows)
    return out.getvalue()


@pytest.mark.parametrize(
    ("encode", "expected_encoding"),
    [
        (lambda t: t.encode("utf-8"), "utf-8"),
        (lambda t: codecs.BOM_UTF8 + t.encode("utf-8"), "utf-8-sig"),
        (lambda t: t.encode("utf-16"), "utf-16"),
        (lambda t: t.encode("cp1252"), "cp1252"),
    ],
)
@pytest.mark.parametrize("delimiter", [",", ";", "\t", "|"])
def test_encodings_and_separators(encode, expected_encoding: str, delimiter: str) -> None:  # type: ignore[no-untyped-def]
    parsed = parse_csv(encode(_csv(ROWS, delimiter)))
    assert parsed.encoding == expected_encoding
    assert parsed.delimiter == delimiter
    assert not parsed.errors
    assert [(r.first_name, r.last_name) for r in parsed.rows] == [
        ("Hélène", "Lefèvre"),
        ("Seán", "O'Brien"),
        ("Zoë", "N'Diaye-Müller"),
    ]
    assert parsed.rows[1].email == "SEAN@example.com"  # as typed: matching folds case
    assert parsed.rows[0].language is Language.FR
    assert parsed.rows[2].ticket is None


@pytest.mark.parametrize(
    ("headers", "expected"),
    [
        (["First Name", "Last Name", "Email", "Company", "Order #", "Ticket Type"],
         [Field.FIRST_NAME, Field.LAST_NAME, Field.EMAIL, Field.ORGANISATION, Field.TICKET,
          None]),
        # A barcode identifies one guest, an order may hold several: the barcode wins.
        (["Order #", "Barcode #", "Attendee #", "Prénom du participant", "N° de billet"],
         [None, Field.TICKET, None, Field.FIRST_NAME, None]),
        (["Nom", "Prénom", "Société", "Adresse e-mail", "Langue préférée"],
         [Field.LAST_NAME, Field.FIRST_NAME, Field.ORGANISATION, Field.EMAIL, Field.LANGUAGE]),
        (["prenom", "NOM", "e-mail", "Entreprise", "Code-barres"],
         [Field.FIRST_NAME, Field.LAST_NAME, Field.EMAIL, Field.ORGANISATION, Field.TICKET]),
        (["Nom", "Mail"], [Field.FULL_NAME, Field.EMAIL]),
        (["Attendee name", "Ticket number", "Notes"], [Field.FULL_NAME, Field.TICKET, None]),
    ],
)  # fmt: skip
def test_header_suggestions(headers: list[str], expected: list[Field | None]) -> None:
    mapping = suggest_mapping(headers)
    assert [mapping.get(i) for i in range(len(headers))] == expected


def test_full_name_column_is_split() -> None:
    parsed = parse_csv("Name,Email\nHélène de la Fontaine,h@example.org\n".encode())
    assert (parsed.rows[0].first_name, parsed.rows[0].last_name) == ("Hélène", "de la Fontaine")


def test_quoted_newlines_keep_line_numbers() -> None:
    data = b'first name,last name,ticket\n"Anne","Le\nGoff",A\n,Nobody,B\nMarc,X,A\n'
    parsed = parse_csv(data)
    assert [r.last_name for r in parsed.rows] == ["Le Goff"]
    assert [(e.line, e.column, e.problem) for e in parsed.errors] == [
        (4, "first name", RowProblem.MISSING_FIRST_NAME),
        (5, "ticket", RowProblem.DUPLICATE_TICKET),
    ]


def test_bad_cells_are_reported_with_line_and_column() -> None:
    data = (
        "first name,email,language,organisation\n"
        "Ana,not-an-email,fr,\n"
        "Bob,bob@example.com,klingon,\n"
        f"Cy,,,{'x' * 500}\n"
        "\u200b\u202e,,,\n"
        "Dee,dee@example.com,en,,extra\n"
        ",,,\n"
    ).encode()
    parsed = parse_csv(data)
    assert [(e.line, e.column, e.problem) for e in parsed.errors] == [
        (2, "email", RowProblem.BAD_EMAIL),
        (3, "language", RowProblem.BAD_LANGUAGE),
        (4, "organisation", RowProblem.TOO_LONG),
        (5, "first name", RowProblem.MISSING_FIRST_NAME),
        (6, "", RowProblem.TOO_MANY_COLUMNS),
    ]
    assert parsed.skipped_blank == 1
    assert parsed.rows == ()


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (b"", "empty"),
        (b"  \n\n", "empty"),
        (b"email,company\na@example.com,X\n", "no first-name column"),
    ],
)
def test_unreadable_files_say_why(data: bytes, message: str) -> None:
    with pytest.raises(GuestListError, match=message):
        parse_csv(data)


def test_headers_only_gives_no_rows() -> None:
    parsed = parse_csv(b"first name,last name\n")
    assert parsed.rows == ()
    assert parsed.errors == ()


def test_forced_encoding_that_does_not_fit_is_an_error() -> None:
    with pytest.raises(GuestListError, match="cannot decode"):
        parse_csv("prénom\nHélène\n".encode("cp1252"), encoding="utf-8")


@pytest.mark.parametrize(
    ("cell", "value"),
    [("'=SUM(A1)", "=SUM(A1)"), ("'+33 6", "+33 6"), ("'@x", "@x"), ("O'Brien", "O'Brien"),
     ("'", "'"), ("'quoted'", "'quoted'")],
)  # fmt: skip
def test_formula_protection_is_removed(cell: str, value: str) -> None:
    assert unprotect(cell) == value


names = st.text(
    alphabet=st.characters(codec="utf-8", exclude_categories=["Cs", "Cc", "Zl", "Zp"]),
    min_size=1,
    max_size=30,
).filter(lambda s: any(ch.isalnum() for ch in clean(s)))


@given(st.lists(st.tuples(names, names), min_size=1, max_size=8), st.sampled_from(",;\t|"))
def test_csv_round_trip(people: list[tuple[str, str]], delimiter: str) -> None:
    rows = [["first name", "last name"], *[[f, last] for f, last in people]]
    parsed = parse_csv(_csv(rows, delimiter).encode("utf-8"), delimiter=delimiter)
    expected = [(clean(f), clean(last)) for f, last in people]
    got = [(r.first_name, r.last_name) for r in parsed.rows]
    reported = {e.line for e in parsed.errors}
    # Every row is imported exactly, or reported (a name refused as too long, for instance).
    assert len(got) + len(reported) == len(people)
    assert set(got) <= set(expected)
