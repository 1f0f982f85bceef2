"""The wall board kept up incrementally: a matching repaired locally after each change."""

from __future__ import annotations

import numpy as np

from kiosk.core.matching.model import BoardDelta, Reason, WallPair, pair_key
from kiosk.core.matching.room import Room
from kiosk.core.matching.snapshot import BoardPlan
from kiosk.core.matching.wallweights import WallWeights

Key = tuple[str, str]


class Board:
    """Disjoint wall pairs over the room, with their weights as of when they were formed.

    ``total`` sums those weights; ``reference`` is what a fresh board was worth at the last
    rebuild plus, for every arrival since, the best edge it brought (a fresh board cannot gain
    more from it). ``drift()`` compares the two: a cheap, pessimistic estimate of how far the
    local repairs have fallen behind a fresh optimisation.
    """

    def __init__(self, room: Room, weights: WallWeights, insert_candidates: int) -> None:
        self._room = room
        self.weights = weights
        self._candidates = insert_candidates
        self._mate: dict[str, str] = {}
        self._pairs: dict[Key, WallPair] = {}
        self._base: dict[Key, float] = {}  # wall score of each pair when formed or checked
        self._lone: set[str] = set()  # wall guests without a partner
        self._before: dict[Key, WallPair | None] = {}  # pairs as they were when an op began
        self.total = 0.0
        self.reference = 0.0
        self.stale = False

    # -- queries -------------------------------------------------------------------------------

    def partner(self, guest_id: str) -> str | None:
        return self._mate.get(guest_id)

    def pair_of(self, guest_id: str) -> WallPair | None:
        mate = self._mate.get(guest_id)
        return None if mate is None else self._pairs[pair_key(guest_id, mate)]

    def pairs(self) -> list[WallPair]:
        """The board, recent arrivals first."""
        room = self._room

        def order(p: WallPair) -> tuple[int, int, str]:
            return (-room.profile(p.a).arrival_seq, -room.profile(p.b).arrival_seq, p.a)

        return sorted(self._pairs.values(), key=order)

    def pair_keys(self) -> list[Key]:
        """The pairs on the board, as pair keys, in no particular order."""
        return list(self._pairs)

    def lone(self) -> set[str]:
        return set(self._lone)

    def wall_guests(self) -> int:
        """Guests who may be on the wall, paired or not."""
        return len(self._mate) + len(self._lone)

    def drift(self) -> float:
        if self.stale:
            return 1.0
        if self.reference <= 0:
            return 0.0
        return max(0.0, 1.0 - self.total / self.reference)

    # -- operations ----------------------------------------------------------------------------

    def begin(self) -> None:
        self._before.clear()

    def end(self) -> BoardDelta:
        """What changed since ``begin``: pairs gone, pairs new (a changed reason is both)."""
        added, removed = [], []
        for key, before in self._before.items():
            after = self._pairs.get(key)
            if before is not after:
                if before is not None:
                    removed.append(before)
                if after is not None:
                    added.append(after)
        self._before.clear()
        return BoardDelta(tuple(added), tuple(removed))

    def _link(self, x: str, y: str, base: float, reason: Reason) -> None:
        room = self._room
        px, py = room.profile(x), room.profile(y)
        a, b = (x, y) if (px.arrival_seq, x) > (py.arrival_seq, y) else (y, x)
        if a != x:
            reason = reason.flipped()
        key = pair_key(a, b)
        weight = self.weights.weight(a, b, base)
        self._before.setdefault(key, self._pairs.get(key))
        self._pairs[key] = WallPair(a, b, weight, reason)
        self._base[key] = base
        self._mate[a], self._mate[b] = b, a
        self._lone.discard(a)
        self._lone.discard(b)
        self.total += weight

    def _link_checked(self, x: str, y: str) -> None:
        base, reason = self.weights.base(x, y)
        if reason is None:
            raise ValueError(f"pair {x}, {y} is not allowed on the wall")
        self._link(x, y, base, reason)

    def _unlink(self, x: str) -> str:
        y = self._mate.pop(x)
        del self._mate[y]
        key = pair_key(x, y)
        self._before.setdefault(key, self._pairs.get(key))
        self.total -= self._pairs.pop(key).score
        del self._base[key]
        self._lone.update((x, y))
        return y

    def detach(self, guest_id: str) -> str | None:
        """Take a guest off the board; returns the partner left alone, if any."""
        partner = self._unlink(guest_id) if guest_id in self._mate else None
        self._lone.discard(guest_id)
        return partner

    def place(self, guest_id: str, *, arrival: bool) -> None:
        """Put a lone wall guest on the board by the best local move, or leave them alone.

        Moves: pair with a lone guest; or take a guest y from their pair (y, z), z then pairing
        with the best lone guest or staying alone, when that raises the total weight.
        """
        room = self._room
        if not room.on_wall(guest_id):
            return
        weights = self.weights.of(guest_id)
        if arrival and weights.size:
            self.reference += float(weights.max())
        rows = np.flatnonzero(weights > 0)
        if rows.size > self._candidates:
            rows = rows[np.argpartition(-weights[rows], self._candidates - 1)[: self._candidates]]
        options = sorted((-float(weights[r]), room.guest_at(r)) for r in rows.tolist())
        self._lone.discard(guest_id)
        taken = {other: self._mate[other] for _, other in options if other in self._mate}
        breakups = self.weights.breakups([(z, y) for y, z in taken.items()], sorted(self._lone))
        best_gain, best_move = 1e-12, None
        for negative, other in options:
            gain, rematch = -negative, None
            if other in taken:
                current, rematch = breakups[taken[other]]
                gain += (0.0 if rematch is None else rematch[1]) - current
            if gain > best_gain:
                best_gain, best_move = gain, (other, rematch)
        if best_move is None:
            self._lone.add(guest_id)
            return
        other, rematch = best_move
        freed = self._unlink(other) if other in self._mate else None
        if freed is not None and rematch is not None:
            self._link_checked(freed, rematch[0])
        self._link_checked(guest_id, other)

    def rescore(self) -> BoardDelta:
        """Re-check every pair after the tag policy changed: pairs no longer allowed leave the
        board and their guests try again; reasons and weights are refreshed."""
        self.begin()
        dropped: list[str] = []
        for key, pair in list(self._pairs.items()):
            base, reason = self.weights.base(pair.a, pair.b)
            if reason is None:
                self._unlink(pair.a)
                dropped += [pair.a, pair.b]
                continue
            if reason != pair.reason:
                self._before.setdefault(key, pair)  # the wall shows a new reason
            weight = self.weights.weight(pair.a, pair.b, base)
            self.total += weight - pair.score
            self._pairs[key] = WallPair(pair.a, pair.b, weight, reason)
            self._base[key] = base
        for guest_id in sorted(dropped, key=self._recent_first):
            if guest_id in self._lone:
                self.place(guest_id, arrival=False)
        return self.end()

    def refresh(self, keys: set[Key]) -> None:
        """New weights for pairs whose exposure changed (same pairs, same reasons)."""
        for key in keys & self._pairs.keys():
            pair = self._pairs[key]
            weight = self.weights.weight(pair.a, pair.b, self._base[key])
            self.total += weight - pair.score
            self._pairs[key] = WallPair(pair.a, pair.b, weight, pair.reason)

    def _recent_first(self, guest_id: str) -> tuple[int, str]:
        return (-self._room.profile(guest_id).arrival_seq, guest_id)

    def install(self, plan: BoardPlan, retry: set[str]) -> BoardDelta:
        """Swap in a fresh board; pairs gone stale since its snapshot are skipped, and the
        guests in ``retry`` (changed since) are placed again when left alone."""
        self.begin()
        room = self._room
        wanted: dict[Key, tuple[str, str, float, Reason]] = {}
        for a, b in plan.pairs:
            if a in room and b in room:
                key = pair_key(a, b)
                if key in self._pairs:
                    wanted[key] = (a, b, 0.0, self._pairs[key].reason)  # kept as it is
                    continue
                base, reason = self.weights.base(a, b)
                if reason is not None:
                    wanted[key] = (a, b, base, reason)
        for key in [k for k in self._pairs if k not in wanted]:
            self._unlink(key[0])
        for key, (a, b, base, reason) in wanted.items():
            if key not in self._pairs:
                self._link(a, b, base, reason)
        for guest_id in sorted(retry & self._lone, key=self._recent_first):
            if guest_id in self._lone:
                self.place(guest_id, arrival=False)
        self.total = sum(p.score for p in self._pairs.values())
        self.reference = self.total
        self.stale = False
        return self.end()
