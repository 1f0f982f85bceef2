"""Importing guest lists and installing the demo: rows land once, re-imports update in place."""

from __future__ import annotations

import pytest

from kiosk.core.demo import load_demo
from kiosk.core.guest import Consents, Language, TagKind
from kiosk.core.guestlist import Field, GuestListError, RowProblem
from kiosk.resources import db_file
from kiosk.services.checkin import CheckInService
from kiosk.services.eventsetup import install_demo
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
    assert helene.email == "helene@example.fr"
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
