"""Importing guest lists and installing the demo: rows land once, re-imports update in place."""

from __future__ import annotations

import io
from pathlib import Path

import openpyxl
import pytest

from kiosk.core.changes import ChangeKind
from kiosk.core.demo import load_demo
from kiosk.core.event import Event
from kiosk.core.guest import Consents, Guest, Language, TagKind
from kiosk.core.guestlist import Field, GuestListError, RowProblem
from kiosk.resources import db_file
from kiosk.services.checkin import CheckInService
from kiosk.services.eventsetup import install_demo
from kiosk.services.export import Format, export_event
from kiosk.services.guests import GuestService
from kiosk.services.importer import UnknownEventError, import_guest_list
from kiosk.storage import Database

LIST = (
    "Prénom;Nom;Société;Courriel;Billet;Langue\n"
    "Hélène;Lefèvre;Atelier Lumière;HELENE@example.fr;T-0;fr\n"  # already listed (ticket T-0)
    "Noémie;Durand;;noemie@example.fr;N-1;en\n"
    ";Sans prénom;;;N-2;\n"
    "Yusuf;Al-Mansouri;;yusuf@example.com;;\n"
).encode("cp1252", errors="strict")


def test_import_creates_updates_and_reports(database: Database) -> None:
    report = import_guest_list(database.unit_of_work, "evt-1", LIST)
    assert (report.created, report.updated, report.unchanged) == (2, 1, 0)
    assert [(e.line, e.problem) for e in report.errors] == [(4, RowProblem.MISSING_FIRST_NAME)]
    assert report.parsed.encoding == "cp1252"
    with database.reader() as uow:
        helene = uow.guests.by_ticket("evt-1", "T-0")
        noemie = uow.guests.by_ticket("evt-1", "N-1")
        yusuf = uow.guests.by_email("evt-1", "yusuf@example.com")
    assert helene is not None
    assert helene.organisation == "Atelier Lumière"
    assert helene.email == "HELENE@example.fr"  # as listed; re-imports match it folded
    assert noemie is not None
    assert noemie.language is Language.EN
    assert yusuf is not None
    assert yusuf.language is Language.FR  # the event's default language


def test_reimport_keeps_check_ins_tags_and_consents(
    database: Database, checkins: CheckInService, guests: GuestService
) -> None:
    import_guest_list(database.unit_of_work, "evt-1", LIST)
    with database.reader() as uow:
        noemie = uow.guests.by_ticket("evt-1", "N-1")
    assert noemie is not None
    checkins.check_in(noemie.id, "ci-noemie")
    guests.set_tags(noemie.id, TagKind.SKILL, ["python"])
    guests.set_consents(noemie.id, Consents(on_wall=True))
    again = import_guest_list(
        database.unit_of_work, "evt-1", LIST.replace(b"Durand", b"Durand-Roy")
    )
    assert (again.created, again.updated, again.unchanged) == (0, 1, 2)
    with database.reader() as uow:
        after = uow.guests.get(noemie.id)
        assert uow.checkins.active_for(noemie.id) is not None
        assert uow.guests.count("evt-1") == 4 + 2
    assert after is not None
    assert after.last_name == "Durand-Roy"
    assert after.skills == ("python",)
    assert after.consents.on_wall


def test_forced_mapping(database: Database) -> None:
    data = b"who,mail\nAda Lovelace,ada@example.org\n"
    report = import_guest_list(
        database.unit_of_work, "evt-1", data, mapping={0: Field.FULL_NAME, 1: Field.EMAIL}
    )
    assert report.created == 1


def test_unreadable_file_and_unknown_event_store_nothing(database: Database) -> None:
    with pytest.raises(GuestListError):
        import_guest_list(database.unit_of_work, "evt-1", b"")
    with pytest.raises(UnknownEventError):
        import_guest_list(database.unit_of_work, "nope", LIST)
    with database.reader() as uow:
        assert uow.guests.count("evt-1") == 4


def test_install_demo_is_idempotent(database: Database) -> None:
    demo = load_demo(db_file("demo"))
    event_id = install_demo(database, demo)
    assert install_demo(database, demo) == event_id
    with database.reader() as uow:
        assert uow.guests.count(event_id) == len(demo.guests)
        assert len(uow.tags.vocabulary(event_id)) == len(demo.vocabulary)
        active = uow.events.active()
        assert active is not None
        assert active.id == event_id


def _ids_by_name(database: Database) -> dict[tuple[str, str], list[str]]:
    with database.reader() as uow:
        found: dict[tuple[str, str], list[str]] = {}
        for guest in uow.guests.for_event("evt-1"):
            found.setdefault((guest.first_name, guest.last_name), []).append(guest.id)
        return found


def test_progress_goes_from_zero_to_every_row(database: Database) -> None:
    rows = "".join(f"Guest{n},Bulk,g{n}@example.org,B-{n}\n" for n in range(2_500))
    seen: list[tuple[int, int]] = []
    report = import_guest_list(
        database.unit_of_work,
        "evt-1",
        ("first name,last name,email,ticket\n" + rows).encode(),
        progress=lambda done, total: seen.append((done, total)),
    )
    assert report.created == 2_500
    assert seen[0] == (0, 2_500)
    assert seen[-1] == (2_500, 2_500)
    assert [done for done, _ in seen] == sorted(done for done, _ in seen)
    # One entry per guest created, with ids and the source only (no names in the log).
    assert len(report.changes.entries) == 2_500
    assert {c.kind for c in report.changes} == {ChangeKind.GUEST_CREATED}
    assert all(c.payload == {"source": "pre_registered"} for c in report.changes)
    assert [c.id for c in report.changes] == sorted(c.id for c in report.changes)
    with database.reader() as uow:
        assert [c.id for c in uow.log.for_operation(report.changes.entries[0].op_id)] == [
            c.id for c in report.changes
        ]


def test_names_only_lists_and_shared_emails_import_again_without_duplicates(
    database: Database,
) -> None:
    data = (
        "Prénom,Nom,Email\n"
        "Ana,Roy,famille@example.org\nLeo,Roy,famille@example.org\n"  # a couple, one address
        "Marie,Martin,\nMarie,Martin,\nPaul,Sans-Mail,\n"  # homonyms without email
    ).encode()
    first = import_guest_list(database.unit_of_work, "evt-1", data)
    assert (first.created, first.errors) == (5, ())
    before = _ids_by_name(database)
    # The same people, another order: every guest found again, nobody renamed.
    shuffled = b"Prenom,Nom,Email\n" + b"\n".join(reversed(data.splitlines()[1:])) + b"\n"
    again = import_guest_list(database.unit_of_work, "evt-1", shuffled)
    assert (again.created, again.updated, again.unchanged) == (0, 0, 5)
    assert _ids_by_name(database) == before


def test_a_column_left_out_clears_nothing(database: Database) -> None:
    import_guest_list(
        database.unit_of_work, "evt-1", b"first name,last name,company,ticket\nAda,L,Acme,A-1\n"
    )
    report = import_guest_list(database.unit_of_work, "evt-1", b"first name,ticket\nAda,A-1\n")
    assert (report.updated, report.unchanged) == (0, 1)
    with database.reader() as uow:
        ada = uow.guests.by_ticket("evt-1", "A-1")
    assert ada is not None
    assert (ada.last_name, ada.organisation) == ("L", "Acme")


def test_another_ticket_with_the_same_email_is_another_guest(database: Database) -> None:
    import_guest_list(database.unit_of_work, "evt-1", b"first name,email,ticket\nAna,a@x.org,A\n")
    report = import_guest_list(
        database.unit_of_work, "evt-1", b"first name,email,ticket\nBen,A@X.org,B\n"
    )
    assert report.created == 1
    with database.reader() as uow:
        ana = uow.guests.by_ticket("evt-1", "A")
    assert ana is not None
    assert ana.first_name == "Ana"


def _workbook(rows: list[list[object]]) -> bytes:
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    assert sheet is not None
    for row in rows:
        sheet.append(row)
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()


def test_a_workbook_goes_through_the_same_path(database: Database) -> None:
    data = _workbook(
        [["First name", "Last name", "Ticket"], ["Ada", "Lovelace", 1815], [None, "X", 2]]
    )
    report = import_guest_list(database.unit_of_work, "evt-1", data, name="list.xlsx")
    assert (report.created, [(e.line, e.problem) for e in report.errors]) == (
        1, [(3, RowProblem.MISSING_FIRST_NAME)],
    )  # fmt: skip
    with database.reader() as uow:
        assert uow.guests.by_ticket("evt-1", "1815") is not None


TRICKY = [
    ("=1+1", "=SUM(A1:A9)"), ("+33 6", "Martin"), ("-Anne", "-Marie"), ("@marc", "@dubois"),
    ("'=quoted", "O'Brien"), ("'Akeakamai", "Tab Name"), ("Zoë", "Ñúñez-Ölçer"), ("李", "小龙"),
    ("Ana 🎷", "Ruiz 🌍"), ("Jean;Luc", 'Le "Grand", Jr'), ("Ελένη", "Παπαδοπούλου"),
]  # fmt: skip


@pytest.mark.parametrize("fmt", [Format.CSV, Format.XLSX])
@pytest.mark.parametrize("language", [Language.FR, Language.EN])
def test_export_then_import_gives_identical_names(
    database: Database, tmp_path: Path, fmt: Format, language: Language
) -> None:
    with database.unit_of_work() as uow:
        for n, (first, last) in enumerate(TRICKY):
            email = f"t{n}@example.org" if n % 2 else ""
            ticket = f"X-{n}" if n % 3 else None
            uow.guests.add(
                Guest(id=f"t-{n}", event_id="evt-1", first_name=first, last_name=last,
                      email=email, ticket=ticket)
            )  # fmt: skip
        uow.events.create(Event(id="evt-copy", name="Copie"), active=False)
        uow.commit()
    out = tmp_path / f"attendance.{fmt}"
    export_event(database, "evt-1", out, fmt, language)
    report = import_guest_list(database.unit_of_work, "evt-copy", out.read_bytes(), name=out.name)
    assert report.errors == ()
    with database.reader() as uow:
        original = {
            (g.first_name, g.last_name, g.email, g.ticket) for g in uow.guests.for_event("evt-1")
        }
        copied = {
            (g.first_name, g.last_name, g.email, g.ticket) for g in uow.guests.for_event("evt-copy")
        }
    assert copied == original
    # Imported again over itself: nothing changes, nothing is duplicated.
    again = import_guest_list(database.unit_of_work, "evt-copy", out.read_bytes(), name=out.name)
    assert (again.created, again.updated) == (0, 0)
