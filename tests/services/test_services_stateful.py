"""Random sequences of imports, check-ins, retries, undo, check-outs, tags and erasures."""

from __future__ import annotations

import itertools
import shutil
from datetime import UTC, datetime, timedelta
from pathlib import Path

from hypothesis import settings
from hypothesis import strategies as st
from hypothesis.stateful import (
    RuleBasedStateMachine,
    initialize,
    invariant,
    precondition,
    rule,
    run_state_machine_as_test,
)
from sqlalchemy import text

from kiosk.core.changes import Change, ChangeKind, Changes
from kiosk.core.guest import Consents, Guest, TagKind
from kiosk.services.checkin import CheckInOutcome, CheckInService, CheckOutOutcome
from kiosk.services.guests import GuestService
from kiosk.storage import Database, ImportStatus, open_database

EVENT_ID = "evt-1"  # the event in the services template database (conftest)
TAG_KEYS = ["python", "fundraising", "jazz", "wine", "rust", "go"]
GUEST_ENTRIES = {ChangeKind.GUEST_CREATED, ChangeKind.GUEST_UPDATED, ChangeKind.GUEST_TAGS_SET}
View = tuple[dict[str, Guest], dict[str, str]]  # guests by id; active check-in id -> guest id

pick = st.integers(min_value=0, max_value=10_000)  # an index into a list the machine keeps


def fresh_view(db: Database) -> View:
    """What a reader that opens the tables now sees."""
    with db.reader() as uow:
        guests = {g.id: g for g in uow.guests.for_event(EVENT_ID)}
        active = {c.id: c.guest_id for c in uow.checkins.present(EVENT_ID)}
    return guests, active


class CheckInMachine(RuleBasedStateMachine):
    def __init__(self, path: Path) -> None:
        super().__init__()
        self.path = path
        self.db = open_database(f"sqlite:///{path}")
        self.now = datetime(2026, 12, 3, 17, 30, tzinfo=UTC)
        stations = [CheckInService(self.db, station=s, clock=self.clock) for s in "AB"]
        self.stations = stations
        self.guest_service = GuestService(self.db, station="A", clock=self.clock)
        self.counter = itertools.count()
        # The model: what the database should hold.
        self.guests: list[str] = []
        self.erased: set[str] = set()
        self.tickets: dict[str, str] = {}
        self.checkins: dict[str, str] = {}  # every check-in id issued -> guest id
        self.active: dict[str, str] = {}  # guest id -> active check-in id
        self.returned: list[Change] = []
        self.start_id = self.db.last_change_id()
        # A follower that started from a fresh read, then applies entries.
        self.view = fresh_view(self.db)
        self.follower = self.db.follower(after_id=self.start_id)

    def clock(self) -> datetime:
        return self.now

    @initialize()
    def load_listed_guests(self) -> None:
        guests, _ = self.view
        self.guests = sorted(guests)
        self.tickets = {g.ticket: g.id for g in guests.values() if g.ticket}

    def _record(self, changes: Changes) -> None:
        self.returned.extend(changes)

    def _new_id(self, prefix: str) -> str:
        return f"{prefix}-{next(self.counter)}"

    # -- rules -------------------------------------------------------------------------------

    @rule(number=st.integers(0, 7), renamed=st.booleans())
    def import_guest(self, number: int, renamed: bool) -> None:
        ticket = f"T-{number}"
        listed = Guest(
            id=self._new_id("imp"),
            event_id=EVENT_ID,
            ticket=ticket,
            first_name="Renamed" if renamed else f"Listed {number}",
        )
        with self.db.unit_of_work(station="import", at=self.now) as uow:
            result = uow.guests.upsert_imported(listed)
            changes = uow.commit()
        self._record(changes)
        if ticket in self.tickets:
            assert result.status in {ImportStatus.UPDATED, ImportStatus.UNCHANGED}
            assert result.guest.id == self.tickets[ticket]
        else:
            assert result.status is ImportStatus.CREATED
            self.tickets[ticket] = listed.id
            self.guests.append(listed.id)

    @rule(station=st.integers(0, 1), retry=st.booleans(), index=pick)
    def walk_in(self, station: int, retry: bool, index: int) -> None:
        walk_ins = [c for c, g in self.checkins.items() if g.startswith("walk")]
        if retry and walk_ins:
            check_in_id = walk_ins[index % len(walk_ins)]
            guest_id = self.checkins[check_in_id]
        else:
            check_in_id, guest_id = self._new_id("c"), self._new_id("walk")
        typed = Guest(id=guest_id, event_id=EVENT_ID, first_name="Walk-in")
        result = self.stations[station].check_in_walk_in(typed, check_in_id)
        self._record(result.changes)
        if check_in_id in self.checkins and guest_id not in self.erased:
            assert result.outcome is CheckInOutcome.ALREADY_DONE
        elif guest_id in self.erased:
            assert result.outcome is CheckInOutcome.ERASED
        else:
            assert result.outcome is CheckInOutcome.CHECKED_IN
            self.guests.append(guest_id)
            self.checkins[check_in_id] = guest_id
            self.active[guest_id] = check_in_id

    @precondition(lambda self: self.guests)
    @rule(station=st.integers(0, 1), index=pick, repeat=st.booleans())
    def check_in(self, station: int, index: int, repeat: bool) -> None:
        guest_id = self.guests[index % len(self.guests)]
        own = [c for c, g in self.checkins.items() if g == guest_id]
        check_in_id = own[-1] if repeat and own else self._new_id("c")
        result = self.stations[station].check_in(guest_id, check_in_id)
        self._record(result.changes)
        if guest_id in self.erased:  # their check-ins went with them, retried ids too
            expected = CheckInOutcome.ERASED
        elif check_in_id in self.checkins:
            expected = CheckInOutcome.ALREADY_DONE
        elif guest_id in self.active:
            expected = CheckInOutcome.ALREADY_CHECKED_IN
            assert result.check_in is not None
            assert result.check_in.id == self.active[guest_id]
        else:
            expected = CheckInOutcome.CHECKED_IN
            self.checkins[check_in_id] = guest_id
            self.active[guest_id] = check_in_id
        assert result.outcome is expected
        assert len(result.changes) == (expected is CheckInOutcome.CHECKED_IN)

    @precondition(lambda self: self.checkins)
    @rule(index=pick, undo=st.booleans())
    def end_check_in(self, index: int, undo: bool) -> None:
        check_in_id = sorted(self.checkins)[index % len(self.checkins)]
        guest_id = self.checkins[check_in_id]
        service = self.stations[0]
        result = service.undo(check_in_id) if undo else service.check_out(check_in_id)
        self._record(result.changes)
        if guest_id in self.erased:
            assert result.outcome is CheckOutOutcome.NOT_FOUND
        elif self.active.get(guest_id) == check_in_id:
            assert result.outcome is CheckOutOutcome.DONE
            del self.active[guest_id]
        else:
            assert result.outcome is CheckOutOutcome.NOT_ACTIVE

    @precondition(lambda self: self.guests)
    @rule(
        index=pick,
        kind=st.sampled_from(TagKind),
        keys=st.lists(st.sampled_from(TAG_KEYS), min_size=1, max_size=3),
        typed=st.sampled_from([(), ("Origami",), ("CEO",)]),
    )
    def set_tags(self, index: int, kind: TagKind, keys: list[str], typed: tuple[str]) -> None:
        guest_id = self.guests[index % len(self.guests)]
        result = self.guest_service.set_tags(guest_id, kind, keys, typed)
        self._record(result.changes)
        if guest_id in self.erased:
            assert result.guest is None
        else:
            assert (result.refusal is None) == (typed != ("CEO",))

    @precondition(lambda self: self.guests)
    @rule(index=pick, on_wall=st.booleans())
    def set_consents(self, index: int, on_wall: bool) -> None:
        guest_id = self.guests[index % len(self.guests)]
        result = self.guest_service.set_consents(guest_id, Consents(on_wall=on_wall))
        self._record(result.changes)
        assert (result.guest is None) == (guest_id in self.erased)

    @precondition(lambda self: self.guests)
    @rule(index=pick)
    def erase(self, index: int) -> None:
        guest_id = self.guests[index % len(self.guests)]
        result = self.guest_service.erase(guest_id)
        self._record(result.changes)
        assert result.erased == (guest_id not in self.erased)
        self.erased.add(guest_id)
        self.active.pop(guest_id, None)
        self.tickets = {t: g for t, g in self.tickets.items() if g != guest_id}

    @rule()
    def end_of_event(self) -> None:
        changes = self.stations[1].check_out_everyone(EVENT_ID)
        self._record(changes)
        assert len(changes) == len(self.active)
        self.active.clear()

    @rule(minutes=st.integers(0, 90))
    def time_passes(self, minutes: int) -> None:
        self.now += timedelta(minutes=minutes)

    # -- invariants --------------------------------------------------------------------------

    @invariant()
    def at_most_one_active_check_in_per_guest(self) -> None:
        with self.db.reader() as uow:
            doubles = uow.session.execute(
                text(
                    "SELECT guest_id FROM checkins WHERE checked_out_at IS NULL "
                    "AND undone_at IS NULL GROUP BY guest_id HAVING count(*) > 1"
                )
            ).all()
        assert doubles == []
        assert {g: c for c, g in fresh_view(self.db)[1].items()} == self.active

    @invariant()
    def every_mutation_is_logged_once_in_commit_order(self) -> None:
        ids = [c.id for c in self.returned]
        assert ids == sorted(set(ids))
        # Erasure removes the guest's earlier entries, and only those.
        kept = [
            c.id
            for c in self.returned
            if c.guest_id not in self.erased or c.kind is ChangeKind.GUEST_ERASED
        ]
        with self.db.reader() as uow:
            assert [c.id for c in uow.log.after(self.start_id)] == kept

    @invariant()
    def a_follower_applying_entries_sees_what_a_fresh_reader_sees(self) -> None:
        guests, active = self.view
        for change in self.follower.poll():
            if change.kind in GUEST_ENTRIES:
                assert change.guest_id is not None
                with self.db.reader() as uow:
                    guest = uow.guests.get(change.guest_id)
                if guest is not None:
                    guests[guest.id] = guest
            elif change.kind is ChangeKind.GUEST_ERASED:
                guests.pop(change.entity_id, None)
                for check_in_id in [c for c, g in active.items() if g == change.entity_id]:
                    del active[check_in_id]
            elif change.kind is ChangeKind.CHECKED_IN:
                assert change.guest_id is not None
                active[change.entity_id] = change.guest_id
            elif change.kind in {ChangeKind.CHECKED_OUT, ChangeKind.CHECK_IN_UNDONE}:
                active.pop(change.entity_id, None)
        assert (guests, active) == fresh_view(self.db)

    def teardown(self) -> None:
        self.follower.close()
        self.db.close()
        for leftover in self.path.parent.glob(self.path.name + "*"):
            leftover.unlink()


def test_random_sequences_keep_the_invariants(migrated_template: Path, tmp_path: Path) -> None:
    runs = itertools.count()

    def machine() -> CheckInMachine:
        path = tmp_path / f"run-{next(runs)}.sqlite3"
        shutil.copyfile(migrated_template, path)
        return CheckInMachine(path)

    run_state_machine_as_test(
        machine,  # type: ignore[arg-type]  # a factory is documented; the stub says a class
        settings=settings(max_examples=20, stateful_step_count=25, deadline=None, derandomize=True),
    )
