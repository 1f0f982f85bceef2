"""Erase, wipe and purge: personal data leaves the database file and its WAL, settings stay."""

from __future__ import annotations

import sqlite3
import uuid
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from kiosk.core.attendance import CheckIn
from kiosk.core.changes import ChangeKind
from kiosk.core.event import Event
from kiosk.core.guest import Consents, Guest, TagKind
from kiosk.core.tags import Approval
from kiosk.core.text import fold, strip_accents
from kiosk.services.guests import GuestService
from kiosk.services.importer import UnknownEventError
from kiosk.services.retention import preview_wipe, purge_due, purge_expired, wipe_event
from kiosk.storage import Database

AT = datetime(2026, 12, 3, 17, 30, tzinfo=UTC)


def secret_name() -> str:
    """A name found nowhere else: accents and case make its three forms differ."""
    return f"Éloïse-Qz{uuid.uuid4().hex[:10]}"


def forms(name: str) -> list[bytes]:
    return [
        name.encode(),
        name.casefold().encode(),
        strip_accents(name).encode(),
        fold(name).encode(),
    ]


def stored_bytes(db_path: Path) -> bytes:
    return b"".join(
        p.read_bytes() for p in db_path.parent.iterdir() if p.name.startswith(db_path.name)
    )


def add_secret(database: Database, event_id: str, name: str, n: int = 0) -> Guest:
    guest = Guest(
        id=f"secret-{n}-{uuid.uuid4().hex[:6]}",
        event_id=event_id,
        first_name=name,
        last_name=f"{name}-nom",
        organisation=f"{name} SARL",
        email=f"{fold(name)}@secret.example",
        contact=f"https://social.example/@{fold(name)}",
        ticket=f"TK-{fold(name)}",
        consents=Consents(on_wall=True),
        skills=("python",),
        interests=("jazz",),
    )
    with database.unit_of_work(at=AT) as uow:
        uow.guests.add(guest)
        uow.checkins.add(CheckIn(f"c-{guest.id}", event_id, guest.id, "door-1", AT))
        uow.commit()
    return guest


def test_erased_guest_leaves_no_byte_in_database_or_wal(
    database: Database, db_path: Path, event: Event, guests: GuestService
) -> None:
    name = secret_name()
    guest = add_secret(database, event.id, name)
    guests.set_preferences(guest.id, contact="https://other.example/" + fold(name))
    assert all(form in stored_bytes(db_path) for form in forms(name)[:1])  # the search is real
    assert guests.erase(guest.id).erased
    database.close()
    stored = stored_bytes(db_path)
    for form in forms(name):
        assert form not in stored, form
    assert "Hélène".encode() in stored  # other guests stay


def test_wipe_erases_every_guest_keeps_settings_and_vocabulary(
    database: Database, db_path: Path, event: Event, listed: list[Guest], guests: GuestService
) -> None:
    names = [secret_name() for _ in range(3)]
    secrets = [add_secret(database, event.id, name, n) for n, name in enumerate(names)]
    guests.set_tags(secrets[0].id, TagKind.SKILL, ["python"], typed=["Marquetterie fine"])
    with database.unit_of_work() as uow:
        # Approved by the organiser meanwhile: still the guest's words, still wiped.
        uow.tags.set_approval(event.id, "marquetterie-fine", Approval.APPROVED)
        uow.events.create(Event(id="other", name="Autre soirée"), active=False)
        uow.guests.add(Guest(id="keeper", event_id="other", first_name="Gardienne"))
        uow.commit()
    preview = preview_wipe(database, event.id)
    assert (preview.guests, preview.check_ins, preview.typed_tags) == (len(listed) + 3, 3, 1)

    report = wipe_event(database, event.id, station="console")

    assert (report.guests_erased, report.check_ins_erased, report.tags_deleted) == (
        len(listed) + 3,
        3,
        1,
    )
    assert report.checkpointed
    assert not report.event_dropped
    with database.reader() as uow:
        assert uow.events.get(event.id) == event
        assert "python" in uow.tags.vocabulary(event.id)
        assert "marquetterie-fine" not in uow.tags.vocabulary(event.id)
        assert uow.guests.count(event.id) == 0
        assert uow.checkins.for_event(event.id) == []
        about_guests = [c for c in uow.log.after(0, event_id=event.id) if c.guest_id]
        assert {c.kind for c in about_guests} == {ChangeKind.GUEST_ERASED}
        assert uow.guests.get("keeper") is not None
    database.close()
    stored = stored_bytes(db_path)
    for name in names:
        for form in forms(name):
            assert form not in stored, form
    for guest in listed:
        assert guest.last_name.encode() not in stored
    assert b"arquetterie" not in stored  # label and key, from the tables and the change log
    assert b"Gardienne" in stored
    assert b"Rencontres de test" in stored  # the event's settings are kept


def test_wipe_can_drop_the_event(database: Database, event: Event) -> None:
    report = wipe_event(database, event.id, station="console", drop_event=True)
    assert report.event_dropped
    assert ChangeKind.EVENT_DELETED in {c.kind for c in report.changes}
    with database.reader() as uow:
        assert uow.events.get(event.id) is None
        assert len(uow.tags.vocabulary(event.id)) == 0
    with pytest.raises(UnknownEventError):
        wipe_event(database, event.id, station="console")


def _past_event(database: Database, event_id: str, ended: datetime, days: int = 30) -> Event:
    past = Event(
        id=event_id,
        name=f"Soirée {event_id}",
        starts_at=ended - timedelta(hours=3),
        ends_at=ended,
        purge_after_days=days,
    )
    with database.unit_of_work() as uow:
        uow.events.create(past, active=False)
        uow.guests.add(Guest(id=f"g-{event_id}", event_id=event_id, first_name="Ancienne"))
        uow.commit()
    return past


def test_purge_wipes_only_events_past_their_retention(database: Database, event: Event) -> None:
    now = datetime(2026, 12, 3, 12, tzinfo=UTC)
    old = _past_event(database, "old", now - timedelta(days=31))
    recent = _past_event(database, "recent", now - timedelta(days=29))
    quick = _past_event(database, "quick", now - timedelta(days=2), days=1)
    naive = _past_event(database, "naive", datetime(2026, 1, 1, 20, 0))  # local time, no zone
    assert naive.ends_at is not None
    assert naive.ends_at.tzinfo is None
    assert purge_due(old) < now < purge_due(recent)

    reports = purge_expired(database, now)

    assert sorted(r.wipe.event_id for r in reports) == ["naive", "old", "quick"]
    assert {r.wipe.guests_erased for r in reports} == {1}
    with database.reader() as uow:
        assert uow.guests.count(recent.id) == 1
        assert uow.guests.count(event.id) == 4  # tonight's event is not touched
        assert uow.events.get(old.id) is not None  # settings kept
        assert uow.guests.count(quick.id) == 0
    assert purge_expired(database, now + timedelta(days=1)) == []  # reported once


def test_purge_wants_an_aware_now(database: Database) -> None:
    with pytest.raises(ValueError, match="aware"):
        purge_expired(database, datetime(2026, 12, 3))


def test_a_second_wipe_erases_nothing_and_the_file_is_sound(
    database: Database, event: Event
) -> None:
    first = wipe_event(database, event.id, station="console")
    again = wipe_event(database, event.id, station="console")
    assert (first.guests_erased, again.guests_erased) == (4, 0)
    assert not again.changes
    with sqlite3.connect(database.url.database or "") as connection:
        assert connection.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    connection.close()
