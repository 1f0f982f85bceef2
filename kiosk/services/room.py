"""The room: the matching engine kept current from storage and the change log.

One instance per process that matches (a check-in station, the wall). It loads who is present
once, then follows change-log entries: every entry is applied at most once (by id), so the
same entries may arrive both from a service call and from the change follower.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime

from kiosk.core.attendance import CheckIn
from kiosk.core.changes import GUEST_KINDS, PRESENCE_KINDS, Change, ChangeKind
from kiosk.core.guest import Etiquette, Guest
from kiosk.core.matching import (
    BoardDelta,
    MatchConfig,
    MatchEngine,
    Reason,
    ReasonKind,
    WallPair,
)
from kiosk.core.matching.guests import profile, tag_policy
from kiosk.core.tags import Labels
from kiosk.core.wallroom import WallRoom
from kiosk.core.wallview import ArrivalMessage, WallState, arrival_message
from kiosk.services.checkin import PresenceChanges
from kiosk.storage.database import Database
from kiosk.storage.exposure import PairCounts
from kiosk.storage.unitofwork import UnitOfWork

_VOCABULARY_KINDS = frozenset(
    {
        ChangeKind.VOCABULARY_REPLACED,
        ChangeKind.TAG_CREATED,
        ChangeKind.TAG_UPDATED,
        ChangeKind.TAG_DELETED,
    }
)
_EVENT_KINDS = frozenset({ChangeKind.EVENT_UPDATED})

ExposureCounts = Mapping[tuple[str, str], PairCounts]


@dataclass(frozen=True, slots=True)
class PersonalSuggestion:
    """Someone to meet, seen from the asking guest: ``reason`` is oriented from their side.

    ``A_HELPS_B``: the asking guest can help them; ``B_HELPS_A``: they can help the asking
    guest; ``SHARED_INTEREST``: both want to talk about ``tag``.
    """

    guest_id: str
    first_name: str
    last_initial: str
    etiquette: Etiquette
    reason: Reason
    tag: Labels


@dataclass(frozen=True, slots=True)
class RoomPulse:
    """For the welcome line: "42 people here: 11 want to talk about design"."""

    present: int
    top_interest: Labels | None = None
    top_interest_count: int = 0


@dataclass(frozen=True, slots=True)
class RoomUpdate:
    """What applying some entries changed for the screens.

    ``exposure_stale``: exposure counts were stored; they are not read here (a read of every
    count on the GUI thread at each entry): call ``read_exposure`` off the GUI thread, then
    ``install_exposure`` with what it returns.
    """

    arrived: tuple[str, ...] = ()
    left: tuple[str, ...] = ()
    updated: tuple[str, ...] = ()
    board_changed: bool = False
    exposure_stale: bool = False

    def __bool__(self) -> bool:
        return bool(self.arrived or self.left or self.updated or self.board_changed)


def _known_rows(
    fresh: list[Change], written: PresenceChanges | None
) -> dict[str, tuple[Guest | None, CheckIn | None]]:
    """Rows ``written`` carries for guests that no other entry of ``fresh`` touched."""
    if written is None or not written.rows:
        return {}
    ours = {c.id for c in written}
    others = {c.guest_id for c in fresh if c.id not in ours}
    return {g: (guest, check_in) for g, guest, check_in in written.rows if g not in others}


def _read_row(uow: UnitOfWork, guest_id: str) -> tuple[Guest | None, CheckIn | None]:
    guest = uow.guests.get(guest_id)
    return guest, uow.checkins.active_for(guest_id) if guest is not None else None


@contextmanager
def _reading(database: Database, *, needed: bool) -> Iterator[UnitOfWork | None]:
    """A read transaction when something must be read; none (and no cost) otherwise."""
    if not needed:
        yield None
        return
    with database.reader() as uow:
        yield uow


def _seq(at: datetime) -> int:
    # Microseconds since the epoch: comparable across stations, grows with each arrival.
    return int(at.timestamp() * 1_000_000)


def _arrival_seq(check_in: CheckIn) -> int:
    return _seq(check_in.checked_in_at)


class RoomService:
    """Who is here and who should meet whom, for one event."""

    def __init__(
        self, database: Database, event_id: str, *, config: MatchConfig | None = None
    ) -> None:
        self._database = database
        self.event_id = event_id
        self._added: set[tuple[str, str]] = set()  # board pairs gained and lost by one apply
        self._removed: set[tuple[str, str]] = set()
        with database.reader() as uow:
            self.last_change_id = uow.log.last_id()
            event = uow.events.get(event_id)
            if event is None:
                raise LookupError(f"no event {event_id!r}")
            self.event = event
            self.vocabulary = uow.tags.vocabulary(event_id)
            self._engine = MatchEngine(
                tag_policy(self.vocabulary, event.wall), config=config or MatchConfig()
            )
            self._wall = WallRoom(self.vocabulary, event.wall)
            self._guests: dict[str, Guest] = {}
            for check_in in uow.checkins.present(event_id):
                guest = uow.guests.get(check_in.guest_id)
                if guest is not None:
                    self._add(guest, _arrival_seq(check_in))
            # Every pair's counts, present or not: a guest who comes back finds theirs.
            self._exposure_read = uow.exposure.counts(event_id)
        self.install_exposure(self._exposure_read)

    # -- following the change log -------------------------------------------------------------

    def apply(
        self, changes: Iterable[Change], *, written: PresenceChanges | None = None
    ) -> RoomUpdate:
        """Bring the room up to date with entries not applied yet (older ids are skipped).

        ``written``: a check-in or check-out made in this process, whose rows are used
        instead of reading its guest back, unless another entry here touched that guest.
        """
        fresh = [c for c in changes if c.id > self.last_change_id and c.event_id == self.event_id]
        if not fresh:
            return RoomUpdate()
        kinds = {c.kind for c in fresh}
        guest_ids = list(
            dict.fromkeys(
                c.guest_id
                for c in fresh
                if c.guest_id is not None and c.kind in GUEST_KINDS | PRESENCE_KINDS
            )
        )
        known = _known_rows(fresh, written)
        self._added, self._removed = set(), set()
        outcomes: dict[str, list[str]] = {"arrived": [], "left": [], "updated": []}
        settings = kinds & (_VOCABULARY_KINDS | _EVENT_KINDS)
        unknown = any(g not in known for g in guest_ids)
        with _reading(self._database, needed=bool(settings) or unknown) as uow:
            if settings:
                assert uow is not None
                if kinds & _EVENT_KINDS:
                    self._reload_event(uow)
                self.vocabulary = uow.tags.vocabulary(self.event_id)
                self._note(self._engine.set_policy(tag_policy(self.vocabulary, self.event.wall)))
                self._wall.reset(self.vocabulary, self.event.wall)
            for guest_id in guest_ids:
                row = known.get(guest_id)
                if row is None:
                    assert uow is not None
                    row = _read_row(uow, guest_id)
                outcome = self._refresh_guest(guest_id, *row)
                if outcome:
                    outcomes[outcome].append(guest_id)
        # Only once everything was read: entries whose reading failed can be applied again.
        self.last_change_id = max(c.id for c in fresh)
        return RoomUpdate(
            arrived=tuple(outcomes["arrived"]),
            left=tuple(outcomes["left"]),
            updated=tuple(outcomes["updated"]),
            board_changed=self._added != self._removed,
            exposure_stale=ChangeKind.PAIRS_EXPOSED in kinds,
        )

    def _note(self, delta: BoardDelta) -> None:
        """What the engine's board lost and gained (a pair dropped and placed again: neither)."""
        self._added.update(p.key for p in delta.added)
        self._removed.update(p.key for p in delta.removed)

    def _refresh_guest(self, guest_id: str, guest: Guest | None, check_in: CheckIn | None) -> str:
        here = guest_id in self._guests
        if guest is None or check_in is None:
            if here:
                del self._guests[guest_id]
                self._note(self._engine.leave(guest_id))
                self._wall.remove(guest_id)
                return "left"
            return ""
        if here:
            if self._guests[guest_id] == guest:
                return ""
            self._guests[guest_id] = guest
            seq = _arrival_seq(check_in)
            self._note(self._engine.update(profile(guest, seq, self.event.wall)))
            self._wall.put(guest, seq)
            return "updated"
        self._add(guest, _arrival_seq(check_in))
        return "arrived"

    def _add(self, guest: Guest, seq: int) -> None:
        self._guests[guest.id] = guest
        self._note(self._engine.arrive(profile(guest, seq, self.event.wall)))
        self._wall.put(guest, seq)

    def _reload_event(self, uow: UnitOfWork) -> None:
        event = uow.events.get(self.event_id)
        if event is None:
            return
        on_wall_changed = event.wall != self.event.wall
        self.event = event
        if on_wall_changed:  # whether unapproved names may appear changed every profile
            for guest_id, guest in self._guests.items():
                seq = self._engine.profile(guest_id).arrival_seq
                self._note(self._engine.update(profile(guest, seq, event.wall)))
            self._wall.reset(self.vocabulary, event.wall)

    # -- exposure counts, stored by kiosk.storage.exposure.ExposureLog -------------------------

    def read_exposure(self) -> ExposureCounts:
        """Stored counts that changed since the last read (the first read is the constructor's).

        Safe off the GUI thread: it touches the database and its own record of the last read,
        never the engine. One read at a time; hand the result to ``install_exposure``.
        """
        with self._database.reader() as uow:
            counts = uow.exposure.counts(self.event_id)
        before, self._exposure_read = self._exposure_read, counts
        return {key: c for key, c in counts.items() if before.get(key) != c}

    def install_exposure(self, counts: ExposureCounts) -> None:
        """Give the engine counts read by ``read_exposure`` (on the engine's thread)."""
        for (a, b), pair in counts.items():
            self._engine.set_exposure(a, b, pair.shown, pair.suggested)

    # -- reading ------------------------------------------------------------------------------

    @property
    def engine(self) -> MatchEngine:
        return self._engine

    def present_ids(self) -> list[str]:
        """Present guests in arrival order, oldest first (ties by id)."""
        engine = self._engine
        return sorted(self._guests, key=lambda gid: (engine.profile(gid).arrival_seq, gid))

    def arrivals_since(self, moment: datetime) -> list[str]:
        """Present guests checked in at ``moment`` or later (aware datetime), oldest first."""
        since, engine = _seq(moment), self._engine
        recent = [g for g in self._guests if engine.profile(g).arrival_seq >= since]
        return sorted(recent, key=lambda gid: (engine.profile(gid).arrival_seq, gid))

    def guest(self, guest_id: str) -> Guest | None:
        return self._guests.get(guest_id)

    def is_present(self, guest_id: str) -> bool:
        return guest_id in self._guests

    def _labels(self, key: str) -> Labels:
        tag = self.vocabulary.get(key)
        return tag.label if tag is not None else Labels(key, key)

    def top(self, guest_id: str, n: int = 3) -> list[PersonalSuggestion]:
        """The guest's top ``n`` (their wall partner first), with names and reasons."""
        if guest_id not in self._guests:
            return []
        out = []
        for suggestion in self._engine.top(guest_id, n):
            other = self._guests[suggestion.guest_id]
            out.append(
                PersonalSuggestion(
                    guest_id=other.id,
                    first_name=other.first_name,
                    last_initial=other.last_initial,
                    etiquette=other.etiquette,
                    reason=suggestion.reason,
                    tag=self._labels(suggestion.reason.tag),
                )
            )
        return out

    def board(self) -> list[WallPair]:
        return self._engine.board()

    def wall_state(self) -> WallState:
        """``build_wall_state`` for the room, kept current guest by guest (a few hundred
        guests cost a pass over the board, not over everyone)."""
        return self._wall.state(self._engine.board())

    def arrival_message(
        self, guest_id: str, state: WallState | None = None
    ) -> ArrivalMessage | None:
        guest = self._guests.get(guest_id)
        if guest is None:
            return None
        return arrival_message(guest, self.vocabulary, self.event.wall, state=state)

    def pulse(self) -> RoomPulse:
        """People here, and the interest most of them want to talk about (wall-safe tags only)."""
        policy = self._engine.policy
        wanted: Counter[str] = Counter()
        for guest in self._guests.values():
            if guest.consents.on_wall:
                wanted.update(k for k in set(guest.interests) if policy.on_wall(k))
        if not wanted:
            return RoomPulse(len(self._guests))
        key, count = min(wanted.items(), key=lambda item: (-item[1], item[0]))
        return RoomPulse(len(self._guests), self._labels(key), count)


__all__ = [
    "ExposureCounts",
    "PersonalSuggestion",
    "ReasonKind",
    "RoomPulse",
    "RoomService",
    "RoomUpdate",
]
