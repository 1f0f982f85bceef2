"""The organiser's commands as `kiosk` will run them: set-pin, export, erase, wipe, purge."""

from __future__ import annotations

import io
import stat
import sys
from collections.abc import Callable, Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from kiosk.app.exportcmd import run_export
from kiosk.app.organisertext import say
from kiosk.app.pincmd import locked_mode_allowed, pin_needed_message, run_set_pin
from kiosk.app.retentioncmd import run_erase_guest, run_purge, run_wipe_event
from kiosk.core.attendance import CheckIn
from kiosk.core.event import Event
from kiosk.core.guest import Guest, Language
from kiosk.services.importer import import_guest_list
from kiosk.storage import Database, open_database

PIN = "284917"
EVENT = Event(
    id="evt", name="Afterwork Numérique", starts_at=datetime(2026, 12, 3, 18, 30, tzinfo=UTC)
)
GUESTS = [
    Guest(id="g-1", event_id="evt", first_name="Hélène", last_name="=Lefèvre", ticket="T-1",
          email="helene@example.fr"),
    Guest(id="g-2", event_id="evt", first_name="@Marc", last_name="Dubois", ticket="T-2",
          email="marc@example.fr"),
    Guest(id="g-3", event_id="evt", first_name="Zoé", last_name="Martin", ticket="T-3"),
]  # fmt: skip


@pytest.fixture
def database(tmp_path: Path) -> Iterator[Database]:
    db = open_database(f"sqlite:///{tmp_path / 'kiosk.sqlite3'}")
    with db.unit_of_work(at=EVENT.starts_at) as uow:
        uow.events.create(EVENT)
        for guest in GUESTS:
            uow.guests.add(guest)
        uow.checkins.add(CheckIn("c-1", "evt", "g-1", "door-1", EVENT.starts_at))
        uow.commit()
    yield db
    db.close()


def answers(*typed: str) -> Callable[[str], str]:
    queue = list(typed)
    return lambda _prompt: queue.pop(0)


def streams() -> tuple[io.StringIO, io.StringIO]:
    return io.StringIO(), io.StringIO()


# -- set-pin -------------------------------------------------------------------------------


def test_set_pin_then_locked_mode_is_allowed(tmp_path: Path) -> None:
    path = tmp_path / "config" / "pin.json"
    assert not locked_mode_allowed(path)
    assert "kiosk set-pin" in pin_needed_message(Language.EN)
    assert "kiosk set-pin" in pin_needed_message(Language.FR)
    out, err = streams()
    status = run_set_pin(
        path, reset=False, read_pin=answers(PIN, PIN), language=Language.FR, out=out, err=err
    )
    assert status == 0, err.getvalue()
    assert "Code PIN enregistré" in out.getvalue()
    assert locked_mode_allowed(path)
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert PIN not in out.getvalue() + err.getvalue() + path.read_text(encoding="utf-8")


def test_set_pin_refuses_to_replace_without_reset_and_reset_replaces(tmp_path: Path) -> None:
    path = tmp_path / "pin.json"
    run_set_pin(path, reset=False, read_pin=answers(PIN, PIN), language=Language.EN,
                out=io.StringIO(), err=io.StringIO())  # fmt: skip
    out, err = streams()
    status = run_set_pin(
        path, reset=False, read_pin=answers("905172", "905172"), language=Language.EN,
        out=out, err=err,
    )  # fmt: skip
    assert status == 1
    assert "kiosk set-pin --reset" in err.getvalue()
    out, err = streams()
    status = run_set_pin(
        path, reset=True, read_pin=answers("905172", "905172"), language=Language.EN,
        out=out, err=err,
    )  # fmt: skip
    assert status == 0
    assert "PIN saved" in out.getvalue()


@pytest.mark.parametrize(
    ("typed", "message"),
    [(("123456", "123456"), "run of digits"), (("000000", "000000"), "repeated"),
     (("12345", "12345"), "at least 6 digits"), (("28491a", "28491a"), "digits only"),
     ((PIN, "905172"), "differ")],
)  # fmt: skip
def test_set_pin_explains_refusals(tmp_path: Path, typed: tuple[str, str], message: str) -> None:
    path = tmp_path / "pin.json"
    out, err = streams()
    status = run_set_pin(
        path, reset=False, read_pin=answers(*typed), language=Language.EN, out=out, err=err
    )
    assert status == 1
    assert message in err.getvalue()
    assert not locked_mode_allowed(path)


def test_set_pin_needs_a_terminal(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "stdin", io.StringIO(f"{PIN}\n{PIN}\n"))
    out, err = streams()
    status = run_set_pin(tmp_path / "pin.json", reset=False, language=Language.FR, out=out, err=err)
    assert status == 2
    assert "console" in err.getvalue()
    assert not (tmp_path / "pin.json").exists()


def test_set_pin_cancelled_with_ctrl_d(tmp_path: Path) -> None:
    def eof(_prompt: str) -> str:
        raise EOFError

    out, err = streams()
    status = run_set_pin(tmp_path / "p.json", reset=False, read_pin=eof, language=Language.EN,
                         out=out, err=err)  # fmt: skip
    assert status == 1
    assert "Cancelled" in err.getvalue()


# -- export --------------------------------------------------------------------------------


def test_export_default_name_and_round_trip(
    database: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    out, err = streams()
    status = run_export(database, out=None, fmt="csv", event_id=None, language=Language.FR,
                        stdout=out, stderr=err)  # fmt: skip
    assert status == 0, err.getvalue()
    written = tmp_path / "afterwork-numerique-2026-12-03.csv"
    assert written.is_file()
    assert (tmp_path / "afterwork-numerique-2026-12-03-tags.csv").is_file()
    assert (tmp_path / "afterwork-numerique-2026-12-03-report.csv").is_file()
    assert out.getvalue().count("Exporté") == 3
    with database.unit_of_work() as uow:
        uow.events.create(Event(id="copy", name="Copie"), active=False)
        uow.commit()
    report = import_guest_list(database.unit_of_work, "copy", written.read_bytes())
    assert report.created == 3
    with database.reader() as uow:
        copied = {(g.first_name, g.last_name) for g in uow.guests.for_event("copy")}
    assert copied == {(g.first_name, g.last_name) for g in GUESTS}


def test_export_xlsx_to_a_chosen_file_and_errors(database: Database, tmp_path: Path) -> None:
    out, err = streams()
    target = tmp_path / "out.xlsx"
    status = run_export(database, out=target, fmt="xlsx", event_id="evt", language=Language.EN,
                        stdout=out, stderr=err)  # fmt: skip
    assert status == 0
    assert target.read_bytes().startswith(b"PK")
    out, err = streams()
    status = run_export(database, out=target, fmt="csv", event_id="nope", language=Language.EN,
                        stdout=out, stderr=err)  # fmt: skip
    assert status == 2
    assert "No event 'nope'" in err.getvalue()
    out, err = streams()
    status = run_export(database, out=tmp_path / "missing" / "x.csv", fmt="csv", event_id=None,
                        language=Language.EN, stdout=out, stderr=err)  # fmt: skip
    assert status == 2
    assert "Cannot export" in err.getvalue()


# -- erase, wipe, purge --------------------------------------------------------------------


@pytest.mark.parametrize("designation", ["g-2", "T-2", "MARC@example.fr"])
def test_erase_one_guest_by_id_ticket_or_email(database: Database, designation: str) -> None:
    out, err = streams()
    status = run_erase_guest(database, guest=designation, event_id=None, language=Language.EN,
                             out=out, err=err)  # fmt: skip
    assert status == 0, err.getvalue()
    assert "Guest g-2 erased" in out.getvalue()
    assert "Marc" not in out.getvalue()
    with database.reader() as uow:
        assert uow.guests.get("g-2") is None
        assert uow.guests.count("evt") == 2
    out, err = streams()
    status = run_erase_guest(database, guest=designation, event_id=None, language=Language.FR,
                             out=out, err=err)  # fmt: skip
    assert status == 1
    assert "Aucun invité" in err.getvalue()


def test_wipe_refuses_without_yes_and_says_what_would_go(database: Database) -> None:
    out, err = streams()
    status = run_wipe_event(database, event_id=None, yes=False, language=Language.EN,
                            out=out, err=err)  # fmt: skip
    assert status == 1
    assert "3 guests, 1 arrivals" in err.getvalue()
    assert "--yes" in err.getvalue()
    with database.reader() as uow:
        assert uow.guests.count("evt") == 3
    out, err = streams()
    status = run_wipe_event(database, event_id="evt", yes=True, language=Language.FR,
                            out=out, err=err)  # fmt: skip
    assert status == 0
    assert "3 invités et 1 arrivées effacés" in out.getvalue()
    assert "réglages et vocabulaire conservés" in out.getvalue()
    with database.reader() as uow:
        assert uow.guests.count("evt") == 0
        assert uow.events.get("evt") is not None


def test_wipe_with_drop_event(database: Database) -> None:
    out, err = streams()
    status = run_wipe_event(database, event_id="evt", yes=True, drop_event=True,
                            language=Language.EN, out=out, err=err)  # fmt: skip
    assert status == 0
    assert "event deleted" in out.getvalue()
    out, err = streams()
    assert run_wipe_event(database, event_id="evt", yes=True, language=Language.EN,
                          out=out, err=err) == 2  # fmt: skip


def test_purge_at_start_up_reports_each_event(database: Database) -> None:
    soon = EVENT.effective_end + timedelta(days=29)
    out, err = streams()
    assert run_purge(database, soon, language=Language.EN, out=out, err=err,
                     quiet_when_none=False) == 0  # fmt: skip
    assert out.getvalue().strip() == say("purge_none", Language.EN)
    late = EVENT.effective_end + timedelta(days=31)
    out, err = streams()
    assert run_purge(database, late, language=Language.FR, out=out, err=err) == 0
    assert "Purge automatique : « Afterwork Numérique »" in out.getvalue()
    assert "3 invités effacés" in out.getvalue()
    out, err = streams()
    assert run_purge(database, late, language=Language.EN, out=out, err=err) == 0
    assert out.getvalue() == ""  # quiet when nothing is due


def test_every_organiser_message_is_in_both_languages_with_the_same_fields() -> None:
    from string import Formatter

    from kiosk.app.organisertext import _MESSAGES

    for key, texts in _MESSAGES.items():
        assert set(texts) == set(Language), key
        fields = [{f for _, f, _, _ in Formatter().parse(texts[lang]) if f} for lang in Language]
        assert fields[0] == fields[1], key
