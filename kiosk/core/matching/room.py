"""Present guests as vectors: 0/1 tag matrices, holder counts, rarity weights, score vectors."""

from __future__ import annotations

import heapq
from collections.abc import Iterator
from typing import Any

import numpy as np
import numpy.typing as npt

from kiosk.core.matching.config import MatchConfig
from kiosk.core.matching.model import Profile, TagPolicy
from kiosk.core.matching.tagweights import (
    BoolArray,
    FloatArray,
    IntArray,
    Weights,
    tag_weights,
)

__all__ = ["BoolArray", "FloatArray", "IntArray", "Room", "Weights"]


def _resized(array: npt.NDArray[Any], shape: tuple[int, ...], fill: Any = 0) -> npt.NDArray[Any]:
    out = np.full(shape, fill, dtype=array.dtype, order="F")
    out[tuple(slice(0, s) for s in array.shape)] = array
    return out


class Room:
    """Who is present, kept as rows of matrices so one guest scores against all at once.

    Rows are reused after departures (lowest first); columns are tags, added as they appear.
    Matrices are column-major: scoring a guest reads only the columns of that guest's tags.
    """

    def __init__(self, policy: TagPolicy, config: MatchConfig) -> None:
        self.config = config
        self.policy = policy
        self.version = 0  # bumped by every change; keys the caches
        self.latest_seq = 0
        self._profiles: dict[str, Profile] = {}
        self._row: dict[str, int] = {}
        self._ids: list[str | None] = [None] * 64
        self._free_rows = list(range(64))
        self._high = 0  # rows [0, _high) have been used; vectors have this length
        self._col: dict[str, int] = {}
        self._tags: list[str] = []
        self._orgs: dict[str, int] = {}
        # Interests in columns [0, cap), skills in [cap, 2 cap): one gather reads both.
        self._matrix: FloatArray = np.zeros((64, 128), order="F")
        self._suggestible: BoolArray = np.zeros(64, np.bool_)
        self._wall: BoolArray = np.zeros(64, np.bool_)
        self._org: IntArray = np.full(64, -1, np.int64)
        self._seq: IntArray = np.zeros(64, np.int64)
        self._holders: IntArray = np.zeros(64, np.int64)
        self._counted: BoolArray = np.zeros(64, np.bool_)
        self._walled: BoolArray = np.zeros(64, np.bool_)
        self._weights: tuple[Weights, Weights] | None = None
        self._cache: tuple[str, int, FloatArray] | None = None
        self._recency: tuple[int, FloatArray] | None = None

    def _grow_rows(self) -> None:
        old = len(self._ids)
        new = 2 * old
        self._matrix = _resized(self._matrix, (new, self._matrix.shape[1]))
        self._suggestible = _resized(self._suggestible, (new,))
        self._wall = _resized(self._wall, (new,))
        self._org = _resized(self._org, (new,), -1)
        self._seq = _resized(self._seq, (new,))
        self._ids.extend([None] * (new - old))
        for row in range(old, new):
            heapq.heappush(self._free_rows, row)

    @property
    def _cap(self) -> int:
        """Column capacity: skills start at this column of the matrix."""
        return int(self._holders.shape[0])

    def _column(self, tag: str) -> int:
        col = self._col.get(tag)
        if col is None:
            col = len(self._tags)
            if col == self._holders.shape[0]:
                rows, new = self._matrix.shape[0], 2 * col
                matrix = np.zeros((rows, 2 * new), order="F")
                matrix[:, :col] = self._matrix[:, :col]
                matrix[:, new : new + col] = self._matrix[:, col:]
                self._matrix = matrix
                self._holders = _resized(self._holders, (new,))
                self._counted = _resized(self._counted, (new,))
                self._walled = _resized(self._walled, (new,))
            self._col[tag] = col
            self._tags.append(tag)
            self._counted[col] = self.policy.counts(tag)
            self._walled[col] = self.policy.on_wall(tag)
        return col

    # -- membership ---------------------------------------------------------------------------

    def __contains__(self, guest_id: object) -> bool:
        return guest_id in self._profiles

    def __len__(self) -> int:
        return len(self._profiles)

    def __iter__(self) -> Iterator[Profile]:
        return iter(self._profiles.values())

    def profile(self, guest_id: str) -> Profile:
        return self._profiles[guest_id]

    def row(self, guest_id: str) -> int:
        return self._row[guest_id]

    def guest_at(self, row: int) -> str:
        guest_id = self._ids[row]
        if guest_id is None:
            raise LookupError(f"row {row} is empty")
        return guest_id

    def on_wall(self, guest_id: str) -> bool:
        return bool(self._wall[self._row[guest_id]])

    def add(self, profile: Profile) -> None:
        if profile.guest_id in self._profiles:
            raise ValueError(f"guest {profile.guest_id} is already present")
        if not self._free_rows:
            self._grow_rows()
        row = heapq.heappop(self._free_rows)
        self._high = max(self._high, row + 1)
        self._profiles[profile.guest_id] = profile
        self._row[profile.guest_id] = row
        self._ids[row] = profile.guest_id
        # Columns first: adding one may reallocate the matrices.
        skills = [self._column(tag) for tag in profile.skills]
        interests = [self._column(tag) for tag in profile.interests]
        cap = self._cap
        self._matrix[row, [cap + c for c in skills]] = 1.0
        self._matrix[row, interests] = 1.0
        self._holders[sorted(set(skills) | set(interests))] += 1
        self._suggestible[row] = profile.suggestible
        self._wall[row] = profile.on_wall and profile.suggestible
        org = profile.organisation_key
        self._org[row] = self._orgs.setdefault(org, len(self._orgs)) if org else -1
        self._seq[row] = profile.arrival_seq
        self.latest_seq = max(self.latest_seq, profile.arrival_seq)
        self._changed()

    def remove(self, guest_id: str) -> Profile:
        profile = self._profiles.pop(guest_id)
        row = self._row.pop(guest_id)
        for tag in profile.skills:
            self._matrix[row, self._cap + self._col[tag]] = 0.0
        for tag in profile.interests:
            self._matrix[row, self._col[tag]] = 0.0
        for tag in profile.skills | profile.interests:
            self._holders[self._col[tag]] -= 1
        self._suggestible[row] = self._wall[row] = False
        self._org[row] = -1
        self._ids[row] = None
        heapq.heappush(self._free_rows, row)
        self._changed()
        return profile

    def set_policy(self, policy: TagPolicy) -> None:
        self.policy = policy
        for tag, col in self._col.items():
            self._counted[col] = policy.counts(tag)
            self._walled[col] = policy.on_wall(tag)
        self._changed()

    def _changed(self) -> None:
        self.version += 1
        self._weights = None
        self._cache = None

    # -- weights and vectors ------------------------------------------------------------------

    def weights(self) -> tuple[Weights, Weights]:
        """Tag weights for personal suggestions and for the wall, at the current presence."""
        if self._weights is None:
            ncols = len(self._tags)
            self._weights = tag_weights(
                self._col,
                len(self._profiles),
                self._holders[:ncols],
                self._counted[:ncols],
                self._walled[:ncols],
                self.config,
            )
        return self._weights

    def scores(self, guest_id: str, rows: IntArray | None = None) -> FloatArray:
        """Pair scores of a guest against every row (or the given rows): column 0 for personal
        suggestions, column 1 for the wall. Empty rows score 0; hard rules are left to ``mask``.
        """
        if rows is None and self._cache is not None and self._cache[:2] == (guest_id, self.version):
            return self._cache[2]
        profile = self._profiles[guest_id]
        personal, wall = self.weights()
        p_help, p_shared = personal.help_list, personal.shared_list
        w_help, w_shared = wall.help_list, wall.shared_list
        skills = {self._col[t] for t in profile.skills}
        interest_set = {self._col[t] for t in profile.interests}
        interests = sorted(interest_set)
        both = sorted(skills | interest_set)
        # Their interests meet my skills and my interests (shared); their skills meet my
        # interests. One gather of those columns, one product per view.
        cap = self._cap
        columns = both + [cap + c for c in interests]
        personal_vector = [
            (p_help[c] if c in skills else 0.0) + (p_shared[c] if c in interest_set else 0.0)
            for c in both
        ] + [p_help[c] for c in interests]
        wall_vector = [
            (w_help[c] if c in skills else 0.0) + (w_shared[c] if c in interest_set else 0.0)
            for c in both
        ] + [w_help[c] for c in interests]
        picked = (
            self._matrix[: self._high, columns]
            if rows is None
            else self._matrix[rows[:, None], columns]
        )
        out: FloatArray = np.empty((picked.shape[0], 2))
        out[:, 0] = picked @ np.array(personal_vector)
        out[:, 1] = picked @ np.array(wall_vector)
        if rows is None:
            self._cache = (guest_id, self.version, out)
        return out

    def wall_scores(self, guest_ids: list[str], rows: IntArray) -> FloatArray:
        """Wall pair scores of several guests against the given rows: one column per guest."""
        wall = self.weights()[1]
        help_, shared = wall.help_list, wall.shared_list
        cap, col = self._cap, self._col
        weights: dict[tuple[int, int], float] = {}  # (matrix column, guest) -> weight
        for j, guest_id in enumerate(guest_ids):
            profile = self._profiles[guest_id]
            for tag in profile.skills:
                c = col[tag]
                weights[c, j] = weights.get((c, j), 0.0) + help_[c]
            for tag in profile.interests:
                c = col[tag]
                weights[c, j] = weights.get((c, j), 0.0) + shared[c]
                weights[cap + c, j] = help_[c]
        columns = sorted({c for c, _ in weights})
        position = {c: i for i, c in enumerate(columns)}
        vectors = np.zeros((len(columns), len(guest_ids)))
        if weights:
            vectors[[position[c] for c, _ in weights], [j for _, j in weights]] = list(
                weights.values()
            )
        out: FloatArray = self._matrix[rows[:, None], columns] @ vectors
        return out

    def organisations(self, rows: IntArray) -> IntArray:
        return self._org[rows]

    def organisation_of(self, guest_id: str) -> int:
        return int(self._org[self._row[guest_id]])

    def recency_of(self, guest_id: str) -> float:
        age = self.latest_seq - self._profiles[guest_id].arrival_seq
        return max(0.0, min(1.0, 1.0 - age / self.config.arrival_window))

    def mask(self, guest_id: str, *, wall: bool, rows: IntArray | None = None) -> BoolArray:
        """Rows the guest may be paired with: consent, not a colleague, not themselves."""
        row = self._row[guest_id]
        pick: IntArray | slice = slice(0, self._high) if rows is None else rows
        allowed = (self._wall if wall else self._suggestible)[pick].copy()
        org = self._org[row]
        if org >= 0:
            allowed &= self._org[pick] != org
        if rows is None:
            allowed[row] = False
        else:
            allowed &= rows != row
        return allowed

    def recency(self, rows: IntArray | None = None) -> FloatArray:
        """Arrival recency of every row (or the given rows): 1.0 for the latest arrival."""
        if rows is None:
            if self._recency is None or self._recency[0] != self.version:
                self._recency = (self.version, self._recency_of(self._seq[: self._high]))
            return self._recency[1]
        return self._recency_of(self._seq[rows])

    def _recency_of(self, seq: IntArray) -> FloatArray:
        recency = 1.0 - (self.latest_seq - seq) / self.config.arrival_window
        return np.minimum(np.maximum(recency, 0.0), 1.0)

    def wall_rows(self) -> IntArray:
        """Rows of the guests who may appear on the wall, by arrival then id."""
        rows = np.flatnonzero(self._wall[: self._high])
        order = sorted(rows.tolist(), key=lambda r: (int(self._seq[r]), self._ids[r] or ""))
        return np.array(order, dtype=np.int64)

    def wall_matrices(self, rows: IntArray) -> tuple[FloatArray, FloatArray, IntArray, IntArray]:
        """Copies of interest and skill rows (used tag columns only), organisations, arrivals.

        The matrices come out column-major, like the room's: ``interest.T`` is contiguous.
        """
        ncols, by_tag = len(self._tags), self._matrix.T  # one contiguous row per tag column
        return (
            by_tag[:ncols][:, rows].T,
            by_tag[self._cap : self._cap + ncols][:, rows].T,
            self._org[rows].copy(),
            self._seq[rows].copy(),
        )
