"""Candidate edges of a fresh board: each wall guest's strongest partners, found block by block."""

from __future__ import annotations

import numpy as np
import numpy.typing as npt
from scipy import sparse

from kiosk.core.matching.room import FloatArray, IntArray
from kiosk.core.matching.snapshot import BoardSnapshot

Float32Array = npt.NDArray[np.float32]
Edges = tuple[IntArray, IntArray, Float32Array]

_BLOCK = 512  # rows scored at once: bounds memory to _BLOCK x guests floats
_CHUNKS = 32  # chunks whose maxima give a cheap threshold for each row's (column's) best


def candidate_edges(snap: BoardSnapshot, per_guest: int) -> tuple[IntArray, IntArray, FloatArray]:
    """Edges (i, j, weight) with i < j: for each guest, its ``per_guest`` heaviest wall edges,
    plus the pairs on the board at snapshot time.

    The weight matrix is symmetric, so only its upper part is computed, a band of rows at a
    time: each band gives the best of its rows (to the right) and of its columns (below).
    Weights include the hard rules, freshness and arrival priority (float32 precision: they
    steer the solver; the engine re-scores the pairs it keeps). Ties are broken by a hash of
    the pair, not by arrival, so that tied guests do not all chase the same few partners.
    """
    n = snap.size
    k = min(per_guest, n - 1)
    empty = np.zeros(0, np.int64)
    if k < 1:
        return empty, empty, np.zeros(0)
    chunks = max(k, _CHUNKS)
    block = max(1, _BLOCK // chunks) * chunks
    rows_padded = -(-n // chunks) * chunks
    left = _left(snap, rows_padded)
    tags = snap.interest.shape[1]
    right = np.zeros((2 * tags, n + 2 * chunks), np.float32)
    right[:tags, :n] = snap.skill.T
    right[tags:, :n] = snap.interest.T
    adjust = _Adjustments(snap)
    found: list[Edges] = []
    # Bands from the bottom up: when a band looks down its columns, the rows below have been
    # seen, and a lower bound of their k-th best prunes most entries.
    known = np.zeros(n + 2 * chunks, np.float32)
    for start in reversed(range(0, n, block)):
        height = min(block, rows_padded - start)
        stop = min(n, start + height)
        width = -(-(n - start) // chunks) * chunks
        band = np.asarray(left[start : start + height] @ right[:, start : start + width])
        adjust.apply(band, start, stop)
        rows, cols, weights, kth = _best_in_rows(band[: stop - start], k, chunks)
        found.append((rows + start, cols + start, weights))
        known[start:stop] = kth
        if stop < n:  # the rest of these columns is the rest of those guests' rows
            below = band[:, height:]
            rows, cols, weights = _best_in_columns(
                below, k, chunks, known[stop : stop + below.shape[1]]
            )
            found.append((cols + stop, rows + start, weights))
    rows, cols, weights = _merge(found, k)
    kept_i, kept_j, kept_w = adjust.kept
    all_rows: IntArray = np.concatenate([rows, kept_i])
    all_cols: IntArray = np.concatenate([cols, kept_j])
    all_weights: FloatArray = np.concatenate([weights, kept_w]).astype(np.float64)
    positive = all_weights > 0
    lo = np.minimum(all_rows, all_cols)[positive]
    hi = np.maximum(all_rows, all_cols)[positive]
    _, first = np.unique(lo * n + hi, return_index=True)
    return lo[first], hi[first], all_weights[positive][first]


def _left(snap: BoardSnapshot, rows: int) -> sparse.csr_matrix:
    """Each guest's tags as weights, laid out so that ``left @ [skill, interest].T`` gives the
    pair scores: their skills meet my interests, their interests meet my skills and mine."""
    tags = snap.interest.shape[1]
    interest_tags, interest_rows = np.nonzero(snap.interest.T)  # contiguous that way round
    skill_tags, skill_rows = np.nonzero(snap.skill.T)
    data = np.concatenate(
        [snap.help[interest_tags], snap.shared[interest_tags], snap.help[skill_tags]]
    )
    guests = np.concatenate([interest_rows, interest_rows, skill_rows])
    columns = np.concatenate([interest_tags, tags + interest_tags, tags + skill_tags])
    counted = data > 0
    return sparse.csr_matrix(
        (data[counted], (guests[counted], columns[counted])),
        shape=(rows, 2 * tags),
        dtype=np.float32,
    )


class _Adjustments:
    """Hard rules, freshness, arrival priority and stickiness applied to each band."""

    def __init__(self, snap: BoardSnapshot) -> None:
        col_i, col_j = snap.colleagues()
        diagonal = np.arange(snap.size, dtype=np.int64)
        self._banned = _by_row(np.concatenate([col_i, diagonal]), np.concatenate([col_j, diagonal]))
        i, j, factor = snap.factors
        rows, cols, factors = _by_row(
            np.concatenate([i, j]), np.concatenate([j, i]), np.concatenate([factor, factor])
        )
        self._factors = (rows, cols, factors.astype(np.float32))
        self._kept_rows, self._kept_cols, _ = _by_row(*snap.kept)
        self._found: list[Edges] = []
        self._boost = snap.config.arrival_boost
        self._recency = snap.recency
        self._recent = np.flatnonzero(snap.recency > 0) if self._boost > 0 else np.zeros(0, int)
        self._column_factor = np.ones(snap.size, np.float32)
        self._column_factor[self._recent] = 1.0 + self._boost * snap.recency[self._recent]

    def apply(self, band: Float32Array, start: int, stop: int) -> None:
        band_rows = slice(start, stop)
        rows, cols, _ = _within(self._banned, band_rows, start)
        band[rows, cols] = 0.0
        rows, cols, factors = _within(self._factors, band_rows, start)
        band[rows, cols] *= factors
        self._boost_recent(band, start, stop)
        rows, cols, _ = _within((self._kept_rows, self._kept_cols, None), band_rows, start)
        self._found.append((rows + start, cols + start, band[rows, cols]))

    def _boost_recent(self, band: Float32Array, start: int, stop: int) -> None:
        """1 + boost * max(recency of both) for pairs with a recent guest."""
        recent = self._recent[self._recent >= start]
        if not recent.size:
            return
        band[:, recent - start] *= self._column_factor[recent]
        n = self._recency.size
        for row in recent[recent < stop]:
            mine = 1.0 + self._boost * np.maximum(self._recency[row], self._recency[start:])
            band[row - start, : n - start] *= mine / self._column_factor[start:]

    @property
    def kept(self) -> Edges:
        """Pairs on the board at snapshot time, with their band weights (kept as candidates)."""
        if not self._found:
            empty = np.zeros(0, np.int64)
            return empty, empty, np.zeros(0, np.float32)
        return (
            np.concatenate([f[0] for f in self._found]),
            np.concatenate([f[1] for f in self._found]),
            np.concatenate([f[2] for f in self._found]),
        )


def _by_row(
    rows: IntArray, cols: IntArray, values: FloatArray | None = None
) -> tuple[IntArray, IntArray, FloatArray]:
    order = np.argsort(rows, kind="stable")
    data = np.zeros(rows.size) if values is None else values[order]
    return rows[order], cols[order], data


def _within(
    entries: tuple[IntArray, IntArray, FloatArray | Float32Array | None], rows: slice, start: int
) -> tuple[IntArray, IntArray, FloatArray | Float32Array]:
    """Entries (sorted by row) in the band's rows and right of its start, in band coordinates."""
    all_rows, all_cols, values = entries
    lo, hi = np.searchsorted(all_rows, [rows.start, rows.stop])
    cols = all_cols[lo:hi]
    right = cols >= start
    picked = np.zeros(hi - lo) if values is None else values[lo:hi]
    return all_rows[lo:hi][right] - start, cols[right] - start, picked[right]


def _best_in_rows(
    band: Float32Array, k: int, chunks: int
) -> tuple[IntArray, IntArray, Float32Array, Float32Array]:
    """The k heaviest positive entries of each row (with ties at the k-th, for ``_merge``),
    and for each row a lower bound of its k-th heaviest entry."""
    height, width = band.shape
    size = width // chunks
    parts = band.reshape(height, chunks, size)
    maxima = parts.max(axis=2)
    # The k-th largest of the chunk maxima is a lower bound of the k-th largest of the row;
    # only chunks reaching it can hold a candidate: the rest of the band is never read again.
    kth = np.partition(maxima, chunks - k, axis=1)[:, chunks - k]
    threshold = np.maximum(kth, np.finfo(np.float32).tiny)
    rows, part = np.nonzero(maxima >= threshold[:, None])
    segments = parts[rows, part]
    hit, offset = np.nonzero(segments >= threshold[rows][:, None])
    return rows[hit], part[hit] * size + offset, segments[hit, offset], kth


def _best_in_columns(band: Float32Array, k: int, chunks: int, known: Float32Array) -> Edges:
    """The k heaviest positive entries of each column (band height a multiple of chunks) that
    beat ``known``, a lower bound of the k-th heaviest of the column's guest elsewhere."""
    height, width = band.shape
    size = height // chunks
    parts = band.reshape(chunks, size, width)
    maxima = parts.max(axis=1)
    kth = np.partition(maxima, chunks - k, axis=0)[chunks - k]
    # Ties with the known bound add nothing: the guest has k entries that good already.
    above = np.nextafter(known, np.float32(np.inf))
    threshold = np.maximum(np.maximum(kth, above), np.finfo(np.float32).tiny)
    part, cols = np.nonzero(maxima >= threshold[None, :])
    segments = parts[part, :, cols]
    hit, offset = np.nonzero(segments >= threshold[cols][:, None])
    return part[hit] * size + offset, cols[hit], segments[hit, offset]


def _merge(found: list[Edges], k: int) -> Edges:
    """For each row, its k heaviest entries among all found (ties broken by a pair hash)."""
    rows = np.concatenate([f[0] for f in found])
    cols = np.concatenate([f[1] for f in found])
    weights = np.concatenate([f[2] for f in found]).astype(np.float32)
    # One integer key sorts by row, then heaviest first, then hash: positive float32 bit
    # patterns grow with the value (rows < 2**20, 31 bits of weight, 12 bits of hash).
    heavier = np.int64(0x7FFFFFFF) - weights.view(np.int32).astype(np.int64)
    tie = ((rows * 0x9E3779B1 + cols * 0x85EBCA77) >> 7) & 0xFFF
    order = np.argsort((rows << 43) | (heavier << 12) | tie, kind="stable")
    rows, cols, weights = rows[order], cols[order], weights[order]
    rank = np.arange(rows.size) - np.searchsorted(rows, rows)
    keep = rank < k
    return rows[keep], cols[keep], weights[keep]
