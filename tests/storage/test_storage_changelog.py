"""The change log and its followers: ordered, complete, no personal data, cheap when idle."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Callable
from dataclasses import replace
from datetime import UTC, datetime
from pathlib import Path

import pytest
from sqlalchemy import event as sa_event

from kiosk.core.attendance import CheckIn
from kiosk.core.changes import ChangeKind
from kiosk.core.event import Event
from kiosk.core.guest import Consents, Guest
from kiosk.storage import Database, open_database
from kiosk.storage.changelog import Entry
from kiosk.storage.follower import SqliteChangeFollower

AT = datetime(2026, 12, 3, 18, 0, tzinfo=UTC)
AddGuests = Callable[..., list[Guest]]
MakeGuest = Callable[..., Guest]


def test_entries_of_a_unit_share_its_context_and_ids_grow(
    database: Database, make_guest: MakeGuest
) -> None:
    start = database.last_change_id()
    with database.unit_of_work(station="door-2", at=AT, op_id="op-1") as uow:
        uow.guests.add(make_guest(1))
        uow.checkins.add(CheckIn("c-1", "evt-1", "guest-0001", "door-2", AT))
        changes = uow.commit()
    assert [c.kind for c in changes] == [ChangeKind.GUEST_CREATED, ChangeKind.CHECKED_IN]
    assert {(c.station, c.at, c.op_id) for c in changes} == {("door-2", AT, "op-1")}
    assert [c.id for c in changes] == [start + 1, start + 2]
    with database.reader() as uow:
        assert uow.log.after(start) == list(changes)
        assert uow.log.for_operation("op-1") == list(changes)
        assert uow.log.last_id() == start + 2


def test_many_entries_in_one_statement_keep_their_order_and_ids(
    database: Database, make_guest: MakeGuest, event: Event
) -> None:
    statements: list[str] = []

    def count(conn: object, cursor: object, statement: str, *rest: object) -> None:
        statements.append(statement)

    start = database.last_change_id()
    # Ids not in their sort order, and one entity twice: the entries come back as given.
    entries = [
        Entry(event.id, "guest-0009", "guest-0009", {"fields": ("email", "last_name")}),
        Entry(event.id, "guest-0002", "guest-0002", {"fields": ("ticket",)}),
        Entry(event.id, "guest-0009", "guest-0009"),
        Entry(event.id, "tag-x"),
    ]
    with database.unit_of_work(station="setup", at=AT, op_id="import-1") as uow:
        uow.guests.add(make_guest(1))  # one entry before, on its own
        sa_event.listen(uow.session.connection(), "before_cursor_execute", count)
        many = uow.log.append_many(ChangeKind.GUEST_UPDATED, entries)
        sa_event.remove(uow.session.connection(), "before_cursor_execute", count)
        assert uow.log.append_many(ChangeKind.GUEST_UPDATED, []) == []
        after = uow.log.append(ChangeKind.GUEST_UPDATED, event_id=event.id, entity_id="last")
        changes = uow.commit()
    inserts = [s for s in statements if s.lstrip().upper().startswith("INSERT")]
    assert len(inserts) == 1  # one executemany, not one statement per entry
    assert [c.id for c in many] == [start + 2, start + 3, start + 4, start + 5]
    assert [(c.entity_id, c.guest_id) for c in many] == [
        ("guest-0009", "guest-0009"), ("guest-0002", "guest-0002"),
        ("guest-0009", "guest-0009"), ("tag-x", None),
    ]  # fmt: skip
    assert [c.payload for c in many] == [
        {"fields": ("email", "last_name")}, {"fields": ("ticket",)}, {}, {}
    ]  # fmt: skip
    assert {(c.station, c.at, c.op_id) for c in many} == {("setup", AT, "import-1")}
    assert after.id == start + 6
    assert list(changes)[1:] == [*many, after]  # the unit reports them in order
    with database.reader() as uow:
        assert uow.log.after(start)[1:] == [*many, after]  # as stored, as returned


def test_nothing_is_logged_by_a_unit_that_does_not_commit(
    database: Database, make_guest: MakeGuest, event: Event
) -> None:
    start = database.last_change_id()
    with database.unit_of_work() as uow:
        uow.guests.add(make_guest(1))

    def crash() -> None:
        with database.unit_of_work() as uow:
            uow.guests.add(make_guest(2))
            raise RuntimeError("the station crashed mid-action")

    with pytest.raises(RuntimeError):
        crash()
    assert database.last_change_id() == start
    with database.reader() as uow:
        assert uow.guests.count(event.id) == 0


def test_an_id_is_never_handed_out_twice_even_after_erasure(
    database: Database, make_guest: MakeGuest, add_guests: AddGuests
) -> None:
    (guest,) = add_guests(make_guest(1))
    last = database.last_change_id()  # the guest's own entry
    with database.unit_of_work() as uow:
        erased = uow.guests.erase(guest.id)  # deletes entry `last`, then appends
        uow.commit()
    assert erased is not None
    assert erased.id == last + 1


def test_the_log_holds_no_personal_data(
    database: Database, db_path: Path, make_guest: MakeGuest
) -> None:
    guest = make_guest(
        1,
        first_name="Hortense",
        last_name="Beauregard",
        organisation="Acme Cosmetics",
        email="hortense@acme.example",
        contact="@hortense_b",
        ticket="TK-HORTENSE",
        skills=("python",),
    )
    with database.unit_of_work(at=AT) as uow:
        uow.guests.add(guest)
        uow.guests.save(replace(guest, first_name="Hortensia", consents=Consents(on_wall=True)))
        uow.checkins.add(CheckIn("c-1", guest.event_id, guest.id, "A", AT))
        uow.commit()
    with sqlite3.connect(db_path) as connection:
        rows = connection.execute("SELECT * FROM change_log").fetchall()
    connection.close()
    dumped = json.dumps(rows).lower()
    for text in ("hortens", "beauregard", "acme", "tk-hortense"):
        assert text not in dumped


def test_a_follower_reads_in_order_from_where_it_was_told(
    database: Database, make_guest: MakeGuest, add_guests: AddGuests
) -> None:
    add_guests(make_guest(1))
    start = database.last_change_id()
    add_guests(make_guest(2), make_guest(3))
    follower = database.follower(after_id=start)
    try:
        first = follower.poll()
        assert [c.entity_id for c in first] == ["guest-0002", "guest-0003"]
        assert follower.last_seen_id == first[-1].id
        assert follower.poll() == []
    finally:
        follower.close()


def test_a_follower_sees_another_process_commits_and_skips_queries_when_idle(
    database: Database, db_path: Path, make_guest: MakeGuest, event: Event
) -> None:
    follower = database.follower(after_id=database.last_change_id())
    statements: list[str] = []
    sa_event.listen(database.engine, "before_cursor_execute", lambda *a: statements.append(a[2]))
    # Another Database on the same file: its own engine and connections, like another process.
    with open_database(f"sqlite:///{db_path}") as other:
        try:
            assert follower.poll() == []  # the first poll always looks
            statements.clear()
            for _ in range(5):
                assert follower.poll() == []
            assert statements == []  # data_version unchanged: no query at all
            with other.unit_of_work() as uow:
                uow.guests.add(make_guest(1))
                uow.commit()
            assert [c.kind for c in follower.poll()] == [ChangeKind.GUEST_CREATED]
        finally:
            follower.close()


def test_a_follower_returns_a_backlog_in_batches(
    database: Database, make_guest: MakeGuest, add_guests: AddGuests, event: Event
) -> None:
    add_guests(*(make_guest(n) for n in range(25)))
    follower = SqliteChangeFollower(database.engine, after_id=0, batch=10, event_id=event.id)
    try:
        sizes = [len(follower.poll()) for _ in range(5)]
    finally:
        follower.close()
    # 25 guests + event created, activated and vocabulary: 28 entries.
    assert sizes == [10, 10, 8, 0, 0]


def test_a_follower_holds_no_snapshot_between_polls(
    database: Database, db_path: Path, make_guest: MakeGuest, add_guests: AddGuests
) -> None:
    follower = database.follower()
    try:
        follower.poll()
        add_guests(make_guest(1))
        follower.poll()
        with sqlite3.connect(db_path, timeout=0) as connection:
            busy, _, _ = connection.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()
        connection.close()
        assert busy == 0  # a reader stuck on an old snapshot would block the checkpoint
    finally:
        follower.close()


def test_a_follower_filters_by_event(database: Database, event: Event) -> None:
    with database.unit_of_work() as uow:
        uow.events.create(Event(id="evt-2", name="Autre"), active=False)
        uow.commit()
    follower = database.follower(event_id="evt-2")
    try:
        assert [(c.kind, c.event_id) for c in follower.poll()] == [
            (ChangeKind.EVENT_CREATED, "evt-2")
        ]
    finally:
        follower.close()
