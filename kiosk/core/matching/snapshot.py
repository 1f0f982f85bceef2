"""A frozen copy of what a fresh wall board needs, safe to solve on another thread."""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from kiosk.core.matching.config import MatchConfig
from kiosk.core.matching.room import BoolArray, FloatArray, IntArray


@dataclass(frozen=True, eq=False)
class BoardSnapshot:
    """The wall-eligible guests at one moment, as arrays indexed 0..n-1 in arrival order.

    Taken by ``MatchEngine.snapshot()`` on the engine's thread; nothing in it is shared with the
    engine, so ``solve_board`` may run anywhere while the room moves on.
    """

    version: int
    ids: tuple[str, ...]
    interest: FloatArray  # n x tags, 0/1
    skill: FloatArray  # n x tags, 0/1
    help: FloatArray  # wall weight of each tag when a skill meets an interest
    shared: FloatArray  # wall weight of each tag as a shared interest
    organisation: IntArray  # -1 when unknown
    recency: FloatArray  # arrival recency, 0..1
    # Pair weight multipliers (i < j): freshness fades, and the bonus for pairs already on the
    # board (a rebuild should not reshuffle the wall for a negligible gain).
    factors: tuple[IntArray, IntArray, FloatArray]
    kept: tuple[IntArray, IntArray]  # pairs on the board at snapshot time (i < j)
    config: MatchConfig

    def __post_init__(self) -> None:
        for array in (self.interest, self.skill, self.help, self.shared):
            array.setflags(write=False)

    @property
    def size(self) -> int:
        return len(self.ids)

    def colleagues(self) -> tuple[IntArray, IntArray]:
        """All ordered pairs (i, j), i != j, of guests of the same known organisation."""
        org = self.organisation
        order = np.argsort(org, kind="stable")
        rows: list[IntArray] = []
        cols: list[IntArray] = []
        known = order[org[order] >= 0]
        groups = np.split(known, np.flatnonzero(np.diff(org[known])) + 1) if known.size else []
        for members in groups:
            if members.size > 1:
                a, b = np.meshgrid(members, members, indexing="ij")
                off: BoolArray = a != b
                rows.append(a[off])
                cols.append(b[off])
        if not rows:
            empty = np.zeros(0, np.int64)
            return empty, empty
        return np.concatenate(rows), np.concatenate(cols)


@dataclass(frozen=True)
class BoardPlan:
    """A fresh board for a snapshot: pairs of guest ids, the value the solver reached, and an
    upper bound on the best value over the candidate edges (the assignment relaxation)."""

    version: int
    pairs: tuple[tuple[str, str], ...]
    value: float
    bound: float
