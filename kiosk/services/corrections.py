"""The organiser's corrections: find a guest, edit them, fix their presence, merge duplicates."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from enum import StrEnum

from kiosk.core.attendance import CheckIn
from kiosk.core.changes import Change, ChangeKind, Changes
from kiosk.core.guest import Guest
from kiosk.core.guestedit import (
    EditField,
    EditProblem,
    FieldRefusal,
    GuestEdit,
    check_edit,
    edited,
    merged,
)
from kiosk.services.checkin import CheckInOutcome, CheckInService, CheckOutOutcome
from kiosk.services.search import SearchService
from kiosk.services.station import Clock, StationService, utc_now
from kiosk.storage.database import Database
from kiosk.storage.guestlookup import ids_by_email_prefix
from kiosk.storage.unitofwork import UnitOfWork

FOUND_AT_MOST = 20


@dataclass(frozen=True, slots=True)
class GuestRecord:
    """A guest as stored, with every check-in of theirs, latest first."""

    guest: Guest
    check_ins: tuple[CheckIn, ...] = ()

    @property
    def active(self) -> CheckIn | None:
        return next((c for c in self.check_ins if c.active), None)


@dataclass(frozen=True, slots=True)
class FoundGuest:
    """One search result for the organiser (who may see the whole name and contact)."""

    guest_id: str
    first_name: str
    last_name: str
    email: str
    ticket: str
    organisation: str
    present: bool


class Outcome(StrEnum):
    DONE = "done"
    UNCHANGED = "unchanged"  # nothing to do: already so (a retry, or another station did it)
    REFUSED = "refused"  # an edit refused: see ``refusal``
    NOT_FOUND = "not_found"  # the guest (or check-in) is gone: erased or merged meanwhile
    ALREADY_IN = "already_in"  # check in by hand: the guest is already present
    SAME_GUEST = "same_guest"  # merge a guest with themselves


@dataclass(frozen=True, slots=True)
class CorrectionResult:
    """What a correction did; ``record`` is the guest as stored afterwards (None: gone)."""

    outcome: Outcome
    record: GuestRecord | None = None
    refusal: FieldRefusal | None = None
    changes: Changes = field(default_factory=Changes)

    @property
    def ok(self) -> bool:
        return self.outcome in {Outcome.DONE, Outcome.UNCHANGED}


def _record(uow: UnitOfWork, guest_id: str) -> GuestRecord | None:
    guest = uow.guests.get(guest_id)
    if guest is None:
        return None
    check_ins = sorted(uow.checkins.for_guest(guest_id), key=lambda c: c.checked_in_at)
    return GuestRecord(guest, tuple(reversed(check_ins)))


class CorrectionsService(StationService):
    """Every method is one unit of work; call them on the worker thread, in order.

    Guests are found through an in-memory index (kiosk.services.search): ``search`` gives a
    shared one (kept current by its owner), else the service builds its own, which ``follow``
    keeps current from the change log. Its own writes are followed at once either way.
    """

    def __init__(
        self,
        database: Database,
        event_id: str,
        *,
        station: str,
        clock: Clock = utc_now,
        search: Callable[[], SearchService] | None = None,
    ) -> None:
        super().__init__(database, station=station, clock=clock)
        self.event_id = event_id
        self._checkins = CheckInService(database, station=station, clock=clock)
        self._own_search: SearchService | None = None
        self._shared_search = search

    # -- finding -------------------------------------------------------------------------------

    def search(self, query: str, limit: int = FOUND_AT_MOST) -> list[FoundGuest]:
        """Guests by name (prefixes, accents, one typo), ticket code, or start of their email."""
        ids = [hit.guest_id for hit in self._search().search(query, limit)]
        text = query.strip()
        with self._reader() as uow:
            if len(ids) < limit and (len(text) >= 3 or "@" in text):
                for guest_id in ids_by_email_prefix(uow.session, self.event_id, text, limit):
                    if guest_id not in ids:
                        ids.append(guest_id)
            guests = [uow.guests.get(guest_id) for guest_id in ids[:limit]]
            present = {c.guest_id for c in uow.checkins.present(self.event_id)}
        return [
            FoundGuest(
                g.id,
                g.first_name,
                g.last_name,
                g.email,
                g.ticket or "",
                g.organisation,
                g.id in present,
            )
            for g in guests
            if g is not None
        ]

    def follow(self, changes: Iterable[Change]) -> None:
        """Bring the search index up to date with change-log entries (any station's)."""
        self._search().apply(changes)

    def _search(self) -> SearchService:
        """The shared index when given (organiser mode's), else one of its own, built once."""
        if self._shared_search is not None:
            return self._shared_search()
        if self._own_search is None:
            self._own_search = SearchService(self._database, self.event_id)
        return self._own_search

    def record(self, guest_id: str) -> GuestRecord | None:
        with self._reader() as uow:
            return _record(uow, guest_id)

    # -- editing -------------------------------------------------------------------------------

    def save(self, guest_id: str, edit: GuestEdit, *, op_id: str | None = None) -> CorrectionResult:
        """Store the organiser's edit, checked like the check-in checks what guests type."""
        with self._unit(op_id=op_id) as uow:
            stored = uow.guests.get(guest_id)
            if stored is None:
                return CorrectionResult(Outcome.NOT_FOUND)
            refusal = check_edit(edit, stored)
            new = edited(stored, edit)
            if refusal is None and new.ticket and new.ticket != stored.ticket:
                holder = uow.guests.by_ticket(stored.event_id, new.ticket)
                if holder is not None and holder.id != guest_id:
                    refusal = FieldRefusal(EditField.TICKET, EditProblem.TICKET_TAKEN)
            if refusal is not None:
                return CorrectionResult(Outcome.REFUSED, _record(uow, guest_id), refusal)
            if new == stored:
                return CorrectionResult(Outcome.UNCHANGED, _record(uow, guest_id))
            uow.guests.save(new)
            record = _record(uow, guest_id)
            changes = uow.commit()
        self.follow(changes)
        return CorrectionResult(Outcome.DONE, record, changes=changes)

    # -- presence ------------------------------------------------------------------------------

    def check_in(self, guest_id: str, check_in_id: str) -> CorrectionResult:
        """Check the guest in by hand (at the organiser's station); idempotent on the id."""
        result = self._checkins.check_in(guest_id, check_in_id)
        if result.outcome in {CheckInOutcome.NOT_FOUND, CheckInOutcome.ERASED}:
            return CorrectionResult(Outcome.NOT_FOUND)
        outcome = {
            CheckInOutcome.CHECKED_IN: Outcome.DONE,
            CheckInOutcome.ALREADY_DONE: Outcome.UNCHANGED,
        }.get(result.outcome, Outcome.ALREADY_IN)
        return CorrectionResult(outcome, self.record(guest_id), changes=result.changes)

    def check_out(self, check_in_id: str) -> CorrectionResult:
        """The guest left without saying so at the kiosk."""
        return self._close(check_in_id, undo=False)

    def undo(self, check_in_id: str) -> CorrectionResult:
        """A check-in made by mistake: as if it never happened (it leaves the arrivals chart)."""
        return self._close(check_in_id, undo=True)

    def _close(self, check_in_id: str, *, undo: bool) -> CorrectionResult:
        close = self._checkins.undo if undo else self._checkins.check_out
        result = close(check_in_id)
        if result.outcome is CheckOutOutcome.NOT_FOUND or result.check_in is None:
            return CorrectionResult(Outcome.NOT_FOUND)
        record = self.record(result.check_in.guest_id)
        if record is None:
            return CorrectionResult(Outcome.NOT_FOUND)
        done = result.outcome is CheckOutOutcome.DONE
        return CorrectionResult(
            Outcome.DONE if done else Outcome.UNCHANGED, record, changes=result.changes
        )

    # -- merging -------------------------------------------------------------------------------

    def merge(self, keep_id: str, other_id: str, *, op_id: str) -> CorrectionResult:
        """Fold the duplicate ``other_id`` into ``keep_id``, then erase the duplicate.

        The kept guest gets the duplicate's check-ins, the union of their tags (five per kind
        at most), the stricter consents and the contact details it lacked, and becomes the
        author of the tags the duplicate typed (``TagRepository.release_typed``). When both are
        present, the duplicate's presence is undone (one person, one presence). Entries in the
        change log let the wall and the stations follow. Repeating ``op_id`` changes nothing.
        """
        if keep_id == other_id:
            return CorrectionResult(Outcome.SAME_GUEST)
        with self._unit(op_id=op_id) as uow:
            if uow.log.for_operation(op_id):  # done before: a retry
                return CorrectionResult(Outcome.UNCHANGED, _record(uow, keep_id))
            keep, other = uow.guests.get(keep_id), uow.guests.get(other_id)
            if keep is None or other is None or keep.event_id != other.event_id:
                return CorrectionResult(Outcome.NOT_FOUND, _record(uow, keep_id))
            at = uow.context.at
            kept_active = uow.checkins.active_for(keep_id)
            for check_in in uow.checkins.for_guest(other_id):
                if check_in.active and kept_active is not None:
                    uow.checkins.undo(check_in, at)
                    check_in = uow.checkins.get(check_in.id) or check_in
                uow.checkins.move(check_in, keep_id)
            # The duplicate goes before the kept guest takes its ticket (one holder per ticket).
            uow.guests.erase(other_id)
            uow.guests.save(merged(keep, other))
            # The duplicate's typed tags stay the person's: the kept guest becomes their author;
            # those nobody holds any more (past the five per kind) go, keys forgotten.
            uow.tags.release_typed(
                keep.event_id, other_id, other.skills + other.interests, heir=keep_id
            )
            record = _record(uow, keep_id)
            committed = uow.commit()
        # Erasing the duplicate deleted the entries about it written above (its undone
        # presence): only its ``guest_erased`` entry is stored, so only that one is told.
        changes = Changes(
            tuple(
                c for c in committed if c.guest_id != other_id or c.kind is ChangeKind.GUEST_ERASED
            )
        )
        self.follow(changes)
        return CorrectionResult(Outcome.DONE, record, changes=changes)
