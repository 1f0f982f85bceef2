"""The matching engine: the room, personal top suggestions, the wall board and its exposure."""

from __future__ import annotations

from collections.abc import Iterable

import numpy as np

from kiosk.core.matching.board import Board
from kiosk.core.matching.config import MatchConfig
from kiosk.core.matching.exposure import ExposureLedger
from kiosk.core.matching.model import (
    BoardDelta,
    Exposure,
    Profile,
    Reason,
    Suggestion,
    TagPolicy,
    WallPair,
    pair_key,
)
from kiosk.core.matching.room import Room
from kiosk.core.matching.scoring import evaluate, fade
from kiosk.core.matching.snapshot import BoardPlan, BoardSnapshot
from kiosk.core.matching.solver import solve_board
from kiosk.core.matching.wallweights import WallWeights

_DEFAULT_CONFIG = MatchConfig()


def _ordered(i: int, j: int) -> tuple[int, int]:
    return (i, j) if i < j else (j, i)


class MatchEngine:
    """Who should meet whom among the present guests; updated one change at a time.

    Not thread-safe: call it from one thread. Only ``solve_board`` (on a ``snapshot()``) may
    run elsewhere; its plan comes back through ``install_board``.
    """

    def __init__(
        self, policy: TagPolicy | None = None, *, config: MatchConfig = _DEFAULT_CONFIG
    ) -> None:
        self._config = config
        self._room = Room(policy or TagPolicy(), config)
        self._ledger = ExposureLedger()
        self._board = Board(
            self._room, WallWeights(self._room, self._ledger, config), config.insert_candidates
        )
        self._touched: dict[str, int] = {}  # guest -> room version of their last change
        self._changes: list[int] = []  # room version after each change since the last rebuild
        self._installed = -1  # snapshot version of the board last installed

    @property
    def config(self) -> MatchConfig:
        return self._config

    @property
    def policy(self) -> TagPolicy:
        return self._room.policy

    def __contains__(self, guest_id: object) -> bool:
        return guest_id in self._room

    def __len__(self) -> int:
        return len(self._room)

    def profile(self, guest_id: str) -> Profile:
        return self._room.profile(guest_id)

    def profiles(self) -> list[Profile]:
        return list(self._room)

    # -- changes -------------------------------------------------------------------------------

    def arrive(self, profile: Profile) -> BoardDelta:
        """A guest is here (a repeated arrival is an update)."""
        if profile.guest_id in self._room:
            return self.update(profile)
        self._board.begin()
        self._enter(profile)
        self._changes.append(self._room.version)
        return self._board.end()

    def update(self, profile: Profile) -> BoardDelta:
        """New tags, consent or organisation for a present guest (absent: an arrival)."""
        guest_id = profile.guest_id
        if guest_id not in self._room:
            return self.arrive(profile)
        if self._room.profile(guest_id) == profile:
            return BoardDelta()
        self._board.begin()
        partner = self._board.detach(guest_id)
        self._room.remove(guest_id)
        self._enter(profile)
        if partner is not None and self._board.partner(partner) is None:
            self._board.place(partner, arrival=False)
        self._changes.append(self._room.version)
        return self._board.end()

    def leave(self, guest_id: str) -> BoardDelta:
        """A guest left: off the wall and out of everyone's suggestions (unknown: no change)."""
        if guest_id not in self._room:
            return BoardDelta()
        self._board.begin()
        partner = self._board.detach(guest_id)
        self._room.remove(guest_id)
        self._touched.pop(guest_id, None)
        if partner is not None:
            self._board.place(partner, arrival=False)
        self._changes.append(self._room.version)
        return self._board.end()

    def _enter(self, profile: Profile) -> None:
        self._room.add(profile)
        self._touched[profile.guest_id] = self._room.version
        self._board.place(profile.guest_id, arrival=True)

    def set_policy(self, policy: TagPolicy) -> BoardDelta:
        """Sensitive or approved tags changed: pairs without an allowed reason leave the wall.

        Newly approved tags may open better pairs: the board asks for a rebuild.
        """
        self._room.set_policy(policy)
        delta = self._board.rescore()
        self._board.stale = True
        return delta

    # -- scores and suggestions ----------------------------------------------------------------

    def score(self, a: str, b: str) -> float:
        """Personal pair score of two present guests (tags only: no hard rule, no fade)."""
        if a == b:
            raise ValueError("a pair needs two different guests")
        personal = self._room.weights()[0]
        pa, pb = self._room.profile(a), self._room.profile(b)
        return evaluate(pa, pb, personal.help_map, personal.shared_map)[0]

    def reason(self, a: str, b: str, *, wall: bool = False) -> Reason | None:
        """Strongest reason for a to meet b (approved tags only for the wall), or None."""
        if a == b:
            raise ValueError("a pair needs two different guests")
        weights = self._room.weights()[1 if wall else 0]
        pa, pb = self._room.profile(a), self._room.profile(b)
        return evaluate(pa, pb, weights.help_map, weights.shared_map)[1]

    def top(self, guest_id: str, n: int = 3) -> list[Suggestion]:
        """The guest's best people to meet: their wall partner first, then by faded score.

        Others appear only when suggestible, present and not a colleague. The guest's own
        consent does not matter: you receive suggestions even if you hide from others'.
        """
        room = self._room
        profile = room.profile(guest_id)
        if n <= 0:
            return []
        scores = room.scores(guest_id)[:, 0].copy()
        scores[~room.mask(guest_id, wall=False)] = 0.0
        if self._config.fade_personal:
            for other in self._ledger.partners(guest_id):
                if other in room and scores[room.row(other)] > 0:
                    scores[room.row(other)] *= fade(self._ledger.get(guest_id, other), self._config)
        chosen: list[Suggestion] = []
        pair = self._board.pair_of(guest_id)
        if pair is not None:
            other, reason = (
                (pair.b, pair.reason) if pair.a == guest_id else (pair.a, pair.reason.flipped())
            )
            chosen.append(Suggestion(other, float(scores[room.row(other)]), reason))
            scores[room.row(other)] = 0.0
        wanted = n - len(chosen)
        rows = np.flatnonzero(scores > 0)
        if wanted <= 0:
            return chosen
        if rows.size > wanted:
            cut = rows.size - wanted
            rows = rows[scores[rows] >= np.partition(scores[rows], cut)[cut]]
        ranked = sorted((-float(scores[r]), room.guest_at(r)) for r in rows.tolist())[:wanted]
        personal = room.weights()[0]
        for negative, other in ranked:
            found = evaluate(profile, room.profile(other), personal.help_map, personal.shared_map)
            assert found[1] is not None, "a positive score has a reason"
            chosen.append(Suggestion(other, -negative, found[1]))
        return chosen

    # -- wall board ----------------------------------------------------------------------------

    def board(self) -> list[WallPair]:
        """The current wall board: disjoint pairs, recent arrivals first."""
        return self._board.pairs()

    def partner(self, guest_id: str) -> str | None:
        return self._board.partner(guest_id)

    def drift(self) -> float:
        """Pessimistic share of a fresh board's weight the local repairs may have lost."""
        return self._board.drift()

    def needs_rebuild(self) -> bool:
        """Time for ``rebuild_board`` (or a snapshot solved off-thread): the board may have
        drifted, or the room changed enough since the last rebuild (see ``MatchConfig``)."""
        if self._board.drift() > self._config.rebuild_drift:
            return True
        return len(self._changes) > self._config.rebuild_churn * self._board.wall_guests()

    def snapshot(self) -> BoardSnapshot:
        """What ``solve_board`` needs, copied: hand it to a worker thread."""
        room = self._room
        rows = room.wall_rows()
        interest, skill, organisation, _ = room.wall_matrices(rows)
        wall = room.weights()[1]
        ids = tuple(room.guest_at(r) for r in rows.tolist())
        index = {guest_id: i for i, guest_id in enumerate(ids)}
        factors: dict[tuple[int, int], float] = {}
        for (a, b), exposure in self._ledger:
            if a in index and b in index:
                factor = fade(exposure, self._config)
                if factor != 1.0:
                    factors[_ordered(index[a], index[b])] = factor
        kept = sorted(_ordered(index[a], index[b]) for a, b in self._board.pair_keys())
        for pair in kept:
            factors[pair] = factors.get(pair, 1.0) * (1.0 + self._config.keep_bonus)
        listed = sorted(factors.items())
        return BoardSnapshot(
            version=room.version,
            ids=ids,
            interest=interest,
            skill=skill,
            help=wall.help.copy(),
            shared=wall.shared.copy(),
            organisation=organisation,
            recency=room.recency(rows),
            factors=(
                np.array([p[0] for p, _ in listed], dtype=np.int64).reshape(-1),
                np.array([p[1] for p, _ in listed], dtype=np.int64).reshape(-1),
                np.array([f for _, f in listed], dtype=np.float64).reshape(-1),
            ),
            kept=(
                np.array([p[0] for p in kept], dtype=np.int64).reshape(-1),
                np.array([p[1] for p in kept], dtype=np.int64).reshape(-1),
            ),
            config=self._config,
        )

    def install_board(self, plan: BoardPlan) -> BoardDelta:
        """Swap in a board solved on an earlier snapshot; later changes are replayed on it.

        A plan older than the board already installed is ignored (two rebuilds crossed).
        """
        if plan.version < self._installed:
            return BoardDelta()
        self._installed = plan.version
        retry = {g for g, version in self._touched.items() if version > plan.version}
        self._changes = [v for v in self._changes if v > plan.version]
        return self._board.install(plan, retry)

    def rebuild_board(self) -> BoardDelta:
        """A fresh board now, on this thread (tens of ms for a few hundred guests)."""
        return self.install_board(solve_board(self.snapshot()))

    # -- exposure ------------------------------------------------------------------------------

    def exposure(self, a: str, b: str) -> Exposure:
        return self._ledger.get(a, b)

    def exposures(self) -> dict[tuple[str, str], Exposure]:
        """All counts, keyed by ``pair_key`` (for storage)."""
        return dict(self._ledger)

    def set_exposure(self, a: str, b: str, shown: int, suggested: int) -> None:
        """Load counts kept by storage (after a restart)."""
        self._ledger.put(a, b, Exposure(shown, suggested))
        self._board.refresh({pair_key(a, b)})

    def record_shown(self, pairs: Iterable[tuple[str, str]]) -> dict[tuple[str, str], Exposure]:
        """Pairs displayed on the wall once more; returns their new counts to store."""
        changed = {pair_key(a, b): self._ledger.add(a, b, shown=1) for a, b in pairs}
        self._board.refresh(set(changed))
        return changed

    def record_suggested(
        self, guest_id: str, others: Iterable[str]
    ) -> dict[tuple[str, str], Exposure]:
        """Suggestions given to a guest at the kiosk; returns the new counts to store."""
        changed = {
            pair_key(guest_id, o): self._ledger.add(guest_id, o, suggested=1) for o in others
        }
        self._board.refresh(set(changed))
        return changed
