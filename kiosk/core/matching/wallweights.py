"""Wall weights: pair scores on approved tags, faded by exposure, raised for recent arrivals."""

from __future__ import annotations

import numpy as np

from kiosk.core.matching.config import MatchConfig
from kiosk.core.matching.exposure import ExposureLedger
from kiosk.core.matching.model import Reason
from kiosk.core.matching.room import FloatArray, Room
from kiosk.core.matching.scoring import boost, colleagues, evaluate, fade, recency


class WallWeights:
    """Weights the wall board maximises: ``base * fade * boost`` where ``base`` is the pair score
    on approved, non-sensitive tags (0 when a hard rule forbids the pair)."""

    def __init__(self, room: Room, ledger: ExposureLedger, config: MatchConfig) -> None:
        self._room = room
        self._ledger = ledger
        self._config = config

    def base(self, a: str, b: str) -> tuple[float, Reason | None]:
        """Wall score of a pair now and its approved reason (0 and None when not allowed)."""
        room = self._room
        if a == b or not (room.on_wall(a) and room.on_wall(b)):
            return 0.0, None
        pa, pb = room.profile(a), room.profile(b)
        if colleagues(pa, pb):
            return 0.0, None
        wall = room.weights()[1]
        score, reason = evaluate(pa, pb, wall.help_map, wall.shared_map)
        return (score, reason) if score > 0 and reason is not None else (0.0, None)

    def weight(self, a: str, b: str, base: float) -> float:
        """Weight of a pair from its wall score: freshness and arrival priority applied."""
        room, config = self._room, self._config
        latest = room.latest_seq
        rec_a = recency(latest - room.profile(a).arrival_seq, config)
        rec_b = recency(latest - room.profile(b).arrival_seq, config)
        return base * fade(self._ledger.get(a, b), config) * boost(rec_a, rec_b, config)

    def of(self, guest_id: str) -> FloatArray:
        """Weights of a guest against every row of the room, 0 where not allowed."""
        room, config = self._room, self._config
        weights = room.scores(guest_id)[:, 1].copy()
        weights[~room.mask(guest_id, wall=True)] = 0.0
        for other in self._ledger.partners(guest_id):
            if other in room:
                row = room.row(other)
                if weights[row] > 0:
                    weights[row] *= fade(self._ledger.get(guest_id, other), config)
        if config.arrival_boost > 0:
            mine = room.recency_of(guest_id)
            weights *= 1.0 + config.arrival_boost * np.maximum(mine, room.recency())
        return weights

    def breakups(
        self, pairs: list[tuple[str, str]], lone: list[str]
    ) -> dict[str, tuple[float, tuple[str, float] | None]]:
        """For pairs (z, y) a newcomer might break by taking y: the weight of (z, y) now, and the
        best of the ``lone`` guests for z with that weight (if any). One product for all pairs:
        this runs inside every arrival.
        """
        room, config, ledger = self._room, self._config, self._ledger
        if not pairs:
            return {}
        size = len(lone)
        rows = np.array([room.row(g) for g in lone + [y for _, y in pairs]], dtype=np.int64)
        weights = room.wall_scores([z for z, _ in pairs], rows)
        organisations = room.organisations(rows[:size])
        recency = room.recency(rows) if config.arrival_boost > 0 else None
        index = {g: i for i, g in enumerate(lone)}
        found: dict[str, tuple[float, tuple[str, float] | None]] = {}
        for j, (z, y) in enumerate(pairs):
            column = weights[:, j]
            own = room.organisation_of(z)
            if own >= 0:
                column[:size][organisations == own] = 0.0
            for other in ledger.partners(z) & index.keys():
                column[index[other]] *= fade(ledger.get(z, other), config)
            column[size + j] *= fade(ledger.get(z, y), config)
            if recency is not None:
                column *= 1.0 + config.arrival_boost * np.maximum(room.recency_of(z), recency)
            best = int(np.argmax(column[:size])) if size else -1
            rematch = (lone[best], float(column[best])) if size and column[best] > 0 else None
            found[z] = (float(column[size + j]), rematch)
        return found
