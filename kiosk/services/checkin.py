"""Checking guests in and out: idempotent under the station's check-in id, one active per guest."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field, replace
from enum import StrEnum

from sqlalchemy.exc import IntegrityError

from kiosk.core.attendance import CheckIn
from kiosk.core.changes import Changes
from kiosk.core.guest import Guest, Source
from kiosk.core.refusal import Refusal, check_name
from kiosk.core.text import clean
from kiosk.services.station import StationService
from kiosk.storage.unitofwork import UnitOfWork

GuestRow = tuple[str, Guest | None, CheckIn | None]


@dataclass(frozen=True, slots=True)
class PresenceChanges(Changes):
    """A check-in's or check-out's entries with what they left: per guest, ``(guest_id,
    guest, active check-in or None)`` as committed. A room in this process applies them
    without reading the guest back (``RoomService.apply(..., written=...)``)."""

    rows: tuple[GuestRow, ...] = ()


class CheckInOutcome(StrEnum):
    CHECKED_IN = "checked_in"  # this call checked the guest in
    ALREADY_DONE = "already_done"  # this check-in id was stored before (a retry): nothing new
    ALREADY_CHECKED_IN = "already_checked_in"  # present under another check-in: see check_in
    NOT_FOUND = "not_found"  # no such guest
    ERASED = "erased"  # the guest was erased: a replayed check-in must not bring them back
    REFUSED = "refused"  # a walk-in's name was refused: see refusal


@dataclass(frozen=True, slots=True)
class CheckInResult:
    """``check_in`` is the new one, the stored one (retry) or the other station's active one."""

    outcome: CheckInOutcome
    check_in: CheckIn | None = None
    guest: Guest | None = None
    refusal: Refusal | None = None
    changes: Changes = field(default_factory=Changes)

    @property
    def ok(self) -> bool:
        """The guest is checked in under this id (now or by an earlier try)."""
        return self.outcome in {CheckInOutcome.CHECKED_IN, CheckInOutcome.ALREADY_DONE}


class CheckOutOutcome(StrEnum):
    DONE = "done"  # checked out, or undone
    NOT_ACTIVE = "not_active"  # already checked out or undone (a retry): nothing new
    NOT_FOUND = "not_found"  # no such check-in (or the guest has no active one)


@dataclass(frozen=True, slots=True)
class CheckOutResult:
    outcome: CheckOutOutcome
    check_in: CheckIn | None = None  # as it was before this call
    changes: Changes = field(default_factory=Changes)


Action = Callable[[UnitOfWork], CheckInResult]


class CheckInService(StationService):
    """Arrivals and departures at this station. Every method is one unit of work."""

    def check_in(self, guest_id: str, check_in_id: str) -> CheckInResult:
        """Check a listed guest in; repeating ``check_in_id`` never creates a second check-in."""
        return self._run(lambda uow: self._check_in(uow, guest_id, check_in_id), check_in_id)

    def check_in_walk_in(self, guest: Guest, check_in_id: str) -> CheckInResult:
        """Register someone not on the list and check them in, idempotent like ``check_in``.

        ``guest.id`` is chosen by the caller. Names are cleaned and checked (a refusal comes
        back as a value); the name waits for approval before it reaches the wall.
        """
        last_name = clean(guest.last_name)
        refusal = check_name(guest.first_name) or (check_name(last_name) if last_name else None)
        if refusal is not None:
            return CheckInResult(CheckInOutcome.REFUSED, refusal=refusal)
        walk_in = replace(
            guest,
            first_name=clean(guest.first_name),
            last_name=last_name,
            organisation=clean(guest.organisation),
            email=clean(guest.email),
            contact=clean(guest.contact),
            ticket=None,
            source=Source.WALK_IN,
            name_approved=False,
        )

        def action(uow: UnitOfWork) -> CheckInResult:
            stored = uow.checkins.get(check_in_id)
            if stored is not None:
                return self._repeated(uow, stored)
            if uow.log.was_erased(walk_in.id):
                return CheckInResult(CheckInOutcome.ERASED)
            if uow.guests.get(walk_in.id) is None:
                uow.guests.add(walk_in)
            return self._check_in(uow, walk_in.id, check_in_id)

        return self._run(action, check_in_id)

    def check_out(self, check_in_id: str) -> CheckOutResult:
        """The guest left. Safe to replay: only this check-in is ended, never a later one."""
        return self._close(lambda uow: uow.checkins.get(check_in_id), undo=False)

    def check_out_guest(self, guest_id: str) -> CheckOutResult:
        """The guest says "I'm leaving" at the kiosk: end their active check-in, if any."""
        return self._close(lambda uow: uow.checkins.active_for(guest_id), undo=False)

    def undo(self, check_in_id: str) -> CheckOutResult:
        """The organiser corrects a check-in made by mistake."""
        return self._close(lambda uow: uow.checkins.get(check_in_id), undo=True)

    def check_out_everyone(self, event_id: str) -> Changes:
        """End of the event: every active check-in of the event is checked out at once."""
        with self._unit() as uow:
            for check_in in uow.checkins.present(event_id):
                uow.checkins.check_out(check_in, uow.context.at)
            return uow.commit()

    def present(self, event_id: str) -> list[CheckIn]:
        """The event's active check-ins, earliest arrival first."""
        with self._reader() as uow:
            return uow.checkins.present(event_id)

    def active_check_in(self, guest_id: str) -> CheckIn | None:
        with self._reader() as uow:
            return uow.checkins.active_for(guest_id)

    def _run(self, action: Action, op_id: str) -> CheckInResult:
        at = self._now()
        for attempt in (1, 2):
            try:
                with self._unit(op_id=op_id, at=at) as uow:
                    result = action(uow)
                    if result.outcome is CheckInOutcome.CHECKED_IN:
                        assert result.guest is not None
                        row = (result.guest.id, result.guest, result.check_in)
                        changes = PresenceChanges(uow.commit().entries, rows=(row,))
                        return replace(result, changes=changes)
                    return result
            except IntegrityError:
                # The partial unique index refused a second active check-in: a race that the
                # lock did not serialise (PostgreSQL). The second try reads the winner.
                if attempt == 2:
                    raise
        raise AssertionError("unreachable")

    def _check_in(self, uow: UnitOfWork, guest_id: str, check_in_id: str) -> CheckInResult:
        stored, active = uow.checkins.for_check_in(check_in_id, guest_id)
        if stored is not None:
            return self._repeated(uow, stored)
        guest = uow.guests.get(guest_id)
        if guest is None:
            erased = uow.log.was_erased(guest_id)
            return CheckInResult(CheckInOutcome.ERASED if erased else CheckInOutcome.NOT_FOUND)
        if active is not None:
            return CheckInResult(CheckInOutcome.ALREADY_CHECKED_IN, active, guest)
        check_in = CheckIn(
            id=check_in_id,
            event_id=guest.event_id,
            guest_id=guest_id,
            station=self.station,
            checked_in_at=uow.context.at,
        )
        uow.checkins.add(check_in)
        return CheckInResult(CheckInOutcome.CHECKED_IN, check_in, guest)

    @staticmethod
    def _repeated(uow: UnitOfWork, stored: CheckIn) -> CheckInResult:
        guest = uow.guests.get(stored.guest_id)
        return CheckInResult(CheckInOutcome.ALREADY_DONE, stored, guest)

    def _close(self, find: Callable[[UnitOfWork], CheckIn | None], *, undo: bool) -> CheckOutResult:
        with self._unit() as uow:
            check_in = find(uow)
            if check_in is None:
                return CheckOutResult(CheckOutOutcome.NOT_FOUND)
            if not check_in.active:
                return CheckOutResult(CheckOutOutcome.NOT_ACTIVE, check_in)
            close = uow.checkins.undo if undo else uow.checkins.check_out
            close(check_in, uow.context.at)
            # One active check-in per guest: the guest has none now.
            row = (check_in.guest_id, None, None)
            changes = PresenceChanges(uow.commit().entries, rows=(row,))
            return CheckOutResult(CheckOutOutcome.DONE, check_in, changes)
