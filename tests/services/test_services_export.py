"""Exports: attendance CSV/XLSX that imports back to the same names, statistics without names."""

from __future__ import annotations

import csv
import io
import stat
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path

import openpyxl
import pytest
from hypothesis import assume, given
from hypothesis import strategies as st

from kiosk.core import exportrows
from kiosk.core.attendance import CheckIn
from kiosk.core.event import Event
from kiosk.core.guest import Consents, Guest, Language, Source, TagKind
from kiosk.core.guestlist import parse_csv, protect, unprotect
from kiosk.core.refusal import check_name
from kiosk.core.tags import Approval, Labels, Tag
from kiosk.core.text import clean
from kiosk.services.export import Format, csv_bytes, export_event, read_event
from kiosk.services.importer import import_guest_list
from kiosk.storage import Database

AT = datetime(2026, 12, 3, 17, 30, tzinfo=UTC)
PARIS_WINTER = timezone(timedelta(hours=1))
TRICKY = [
    ("=1+1", "=SUM(A1:A9)"), ("+33 6", "Martin"), ("-Anne", "-Marie"), ("@marc", "@dubois"),
    ("'=quoted", "O'Brien"), ("'Akeakamai", "Tab\tName"), ("Zoë", "Ñúñez-Ölçer"), ("李", "小龙"),
    ("Ana 🎷", "Ruiz 🌍"), ("Jean;Luc", 'Le "Grand", Jr'), ("Line\u00a0Break", "x\ty\rz"),
]  # fmt: skip


@pytest.fixture
def tricky(database: Database, event: Event) -> list[Guest]:
    """Stored as the kiosk stores text (cleaned): tabs and CRs typed at the door became spaces."""
    guests = [
        Guest(
            id=f"tricky-{n}",
            event_id=event.id,
            first_name=clean(first),
            last_name=clean(last),
            organisation=clean(f'=HYPERLINK("x") {n}') if n % 2 else "-Org+",
            email=f"@p{n}@example.fr" if n == 3 else f"p{n}@example.fr",
            ticket=f"=T{n}" if n % 3 == 0 else f"T{n}",
            source=Source.WALK_IN if n == 1 else Source.PRE_REGISTERED,
            consents=Consents(on_wall=n % 2 == 0),
            skills=("python",) if n < 6 else (),
            interests=("jazz",),
        )
        for n, (first, last) in enumerate(TRICKY)
    ]
    with database.unit_of_work(at=AT) as uow:
        for guest in guests:
            uow.guests.add(guest)
        uow.checkins.add(CheckIn("c-0", event.id, guests[0].id, "door-1", AT))
        uow.checkins.add(CheckIn("c-1", event.id, guests[1].id, "door-2", AT))
        uow.commit()
    return guests


def _identity(guest: Guest) -> tuple[str, str, str, str, str | None]:
    return guest.first_name, guest.last_name, guest.organisation, guest.email, guest.ticket


def _import_into_new_event(database: Database, data: bytes) -> list[Guest]:
    with database.unit_of_work() as uow:
        uow.events.create(Event(id="evt-copy", name="Copie"), active=False)
        uow.commit()
    report = import_guest_list(database.unit_of_work, "evt-copy", data)
    assert report.errors == ()
    with database.reader() as uow:
        return uow.guests.for_event("evt-copy")


@pytest.mark.parametrize("language", [Language.FR, Language.EN])
def test_csv_export_then_import_gives_back_identical_guests(
    database: Database, event: Event, tricky: list[Guest], tmp_path: Path, language: Language
) -> None:
    out = tmp_path / "attendance.csv"
    export_event(database, event.id, out, Format.CSV, language)
    data = out.read_bytes()
    assert data.startswith(b"\xef\xbb\xbf")  # the BOM: Excel reads the accents right
    for protected in (b"'=1+1", b"'=SUM", b"'@marc", b"'-Anne", b"'+33 6", b"''=quoted"):
        assert protected in data, protected
    imported = _import_into_new_event(database, data)
    with database.reader() as uow:
        original = uow.guests.for_event(event.id)
    assert sorted(map(_identity, imported)) == sorted(map(_identity, original))


def test_delimiter_follows_the_language(
    database: Database, event: Event, tricky: list[Guest], tmp_path: Path
) -> None:
    for language, delimiter in ((Language.FR, ";"), (Language.EN, ",")):
        out = tmp_path / f"a-{language}.csv"
        export_event(database, event.id, out, Format.CSV, language)
        header = out.read_text(encoding="utf-8-sig").splitlines()[0]
        assert header.split(delimiter)[:2] == (
            ["Prénom", "Nom"] if language is Language.FR else ["First name", "Last name"]
        )
        assert parse_csv(out.read_bytes()).delimiter == delimiter


def test_attendance_rows_local_times_station_origin_consents(
    database: Database, event: Event, tricky: list[Guest], tmp_path: Path
) -> None:
    with database.unit_of_work(at=AT + timedelta(hours=2)) as uow:
        check_in = uow.checkins.get("c-1")
        assert check_in is not None
        uow.checkins.check_out(check_in, AT + timedelta(hours=2))
        uow.checkins.add(CheckIn("c-2", event.id, tricky[2].id, "door-1", AT))
        uow.commit()
    with database.unit_of_work() as uow:
        check_in = uow.checkins.get("c-2")
        assert check_in is not None
        uow.checkins.undo(check_in, AT)  # a mistake is not an arrival
        uow.commit()
    out = tmp_path / "a.csv"
    export_event(database, event.id, out, Format.CSV, Language.EN, tz=PARIS_WINTER)
    rows = {r["Ticket"]: r for r in csv.DictReader(io.StringIO(out.read_text("utf-8-sig")))}
    assert rows["'=T0"]["Checked in at"] == "2026-12-03 18:30"
    assert rows["'=T0"]["Checked out at"] == ""
    assert rows["'=T0"]["Station"] == "door-1"
    assert rows["'=T0"]["Consent wall"] == "yes"
    assert rows["T1"]["Checked out at"] == "2026-12-03 20:30"
    assert rows["T1"]["Origin"] == "walk-in"
    assert rows["T2"]["Checked in at"] == ""
    assert rows["T-0"]["First name"] == "Hélène"  # the listed guests are there too


def test_xlsx_cells_are_all_strings(
    database: Database, event: Event, tricky: list[Guest], tmp_path: Path
) -> None:
    out = tmp_path / "attendance.xlsx"
    files = export_event(database, event.id, out, Format.XLSX, Language.FR)
    assert [f.path.name for f in files] == [
        "attendance.xlsx", "attendance-tags.xlsx", "attendance-report.xlsx"
    ]  # fmt: skip
    for file in files:
        sheet = openpyxl.load_workbook(file.path).active
        assert sheet is not None
        cells = [cell for row in sheet.iter_rows() for cell in row]
        assert cells
        assert all(c.data_type == "s" for c in cells if c.value is not None)
    sheet = openpyxl.load_workbook(out).active
    assert sheet is not None
    names = {(r[0], r[1]) for r in sheet.iter_rows(min_row=2, values_only=True)}
    assert {(g.first_name, g.last_name) for g in tricky} <= names  # unprefixed, as stored
    assert ("=1+1", "=SUM(A1:A9)") in names


def test_files_with_names_are_private_and_statistics_have_none(
    database: Database, event: Event, tricky: list[Guest], listed: list[Guest], tmp_path: Path
) -> None:
    files = export_event(database, event.id, tmp_path / "e.csv", Format.CSV, Language.FR)
    modes = {f.path.name: stat.S_IMODE(f.path.stat().st_mode) for f in files}
    assert modes == {"e.csv": 0o600, "e-tags.csv": 0o644, "e-report.csv": 0o644}
    stats = b"".join(f.path.read_bytes() for f in files if not f.personal)
    for guest in [*tricky, *listed]:
        for text in (guest.last_name, guest.email, guest.ticket or ""):
            if len(text) > 2:
                assert text.encode() not in stats, text


def test_tag_statistics_count_arrived_guests_and_hide_small_sensitive_counts(
    database: Database, event: Event, tricky: list[Guest]
) -> None:
    with database.unit_of_work() as uow:
        uow.tags.add(event.id, Tag("health", Labels("Santé", "Health"), sensitive=True))
        uow.tags.add(event.id, Tag("typed", Labels("Typed", "Typed"), approval=Approval.PENDING))
        uow.guests.set_tags(tricky[0].id, TagKind.SKILL, ["python", "health", "typed"])
        uow.guests.set_tags(tricky[5].id, TagKind.SKILL, ["health"])  # did not come
        uow.commit()
    data = read_event(database, event.id)
    present = exportrows.arrived(data.guests, data.check_ins)
    stats = {s.key: s for s in exportrows.tag_stats(present, data.vocabulary)}
    assert "typed" not in stats  # a label one guest typed, nobody reviewed
    assert (stats["python"].skills, stats["python"].interests) == (2, 0)
    assert (stats["jazz"].skills, stats["jazz"].interests) == (0, 2)
    assert stats["health"].skills == 1
    _, rows = exportrows.tag_table(list(stats.values()), data.vocabulary, Language.FR)
    by_key = {row[0]: row for row in rows}
    assert by_key["health"][4:] == ("<5", "0", "oui")
    assert by_key["python"][3:] == ("Tech", "2", "0", "non")


def test_report_counts_without_names(database: Database, event: Event, tricky: list[Guest]) -> None:
    data = read_event(database, event.id)
    _, rows = exportrows.report(data.guests, data.check_ins, data.vocabulary, Language.EN)
    values = {row[0]: row[1] for row in rows}
    assert values["Guests registered"] == str(4 + len(TRICKY))
    assert values["Walk-ins"] == "1"
    assert values["Arrived"] == "2"
    assert values["Pre-registered no-shows"] == str(4 + len(TRICKY) - 2)
    assert values["Consent to the wall (arrived)"] == "1 (50%)"
    assert values["Tag #1"] == "Jazz (2)"


@st.composite
def names(draw: st.DrawFn) -> str:
    prefix = draw(st.sampled_from(["", "=", "+", "-", "@", "'", "'=", "''+", "\t", "\r"]))
    body = draw(
        st.text(
            st.characters(codec="utf-8", exclude_categories=["Cs", "Cc", "Zl", "Zp"]),
            min_size=1,
            max_size=20,
        )
    )
    name = clean(prefix + body)
    assume(check_name(name) is None)
    return name


@given(st.lists(st.tuples(names(), names()), min_size=1, max_size=5), st.sampled_from(";,"))
def test_csv_round_trip_property(pairs: list[tuple[str, str]], delimiter: str) -> None:
    guests = [
        Guest(id=str(i), event_id="e", first_name=first, last_name=last)
        for i, (first, last) in enumerate(pairs)
    ]
    table = exportrows.attendance(guests, [], Language.FR, UTC)
    parsed = parse_csv(csv_bytes(table, delimiter))
    assert parsed.errors == ()
    assert [(r.first_name, r.last_name) for r in parsed.rows] == pairs


@given(st.text(st.characters(codec="utf-8", exclude_categories=["Cs"])))
def test_protect_is_undone_by_unprotect_and_guards_every_formula_start(text: str) -> None:
    assert unprotect(protect(text)) == text
    assert protect(text)[:1] not in {"=", "+", "-", "@", "\t", "\r"}
