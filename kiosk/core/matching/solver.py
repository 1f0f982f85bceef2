"""A fresh wall board: an assignment on each guest's best candidates, rounded and improved."""

from __future__ import annotations

import numpy as np
from scipy import sparse
from scipy.sparse.csgraph import min_weight_full_bipartite_matching

from kiosk.core.matching.candidates import candidate_edges
from kiosk.core.matching.room import FloatArray, IntArray
from kiosk.core.matching.snapshot import BoardPlan, BoardSnapshot


class _Graph:
    """The candidate edges: weights by pair, and neighbour lists (heaviest first) built only
    for the guests the improvement step looks at."""

    def __init__(self, n: int, lo: IntArray, hi: IntArray, weight: FloatArray) -> None:
        self._n = n
        self._weight: dict[int, float] = dict(
            zip((lo * n + hi).tolist(), weight.tolist(), strict=True)
        )
        rows, cols = np.concatenate([lo, hi]), np.concatenate([hi, lo])
        weights = np.concatenate([weight, weight])
        order = np.lexsort((cols, -weights, rows))
        self._start = np.searchsorted(rows[order], np.arange(n + 1)).tolist()
        self._cols, self._weights = cols[order], weights[order]
        self._lists: dict[int, list[tuple[int, float]]] = {}

    def weight(self, a: int, b: int) -> float:
        key = a * self._n + b if a < b else b * self._n + a
        return self._weight.get(key, 0.0)

    def neighbours(self, u: int) -> list[tuple[int, float]]:
        found = self._lists.get(u)
        if found is None:
            lo, hi = self._start[u], self._start[u + 1]
            found = list(
                zip(self._cols[lo:hi].tolist(), self._weights[lo:hi].tolist(), strict=True)
            )
            self._lists[u] = found
        return found


def solve_board(snap: BoardSnapshot) -> BoardPlan:
    """Best board for the snapshot's guests, close to the optimum matching.

    Each guest keeps its ``candidates_per_guest`` heaviest edges. Assigning every guest a
    partner (or itself) is then a sparse assignment problem, which scipy solves exactly; its
    permutation is mostly pairs, and its value halved bounds the best matching from above.
    Longer cycles are cut into their best pairs, then augmenting paths fix what that lost.
    Pure function of the snapshot: safe to run off the GUI thread.
    """
    lo, hi, weight = candidate_edges(snap, snap.config.candidates_per_guest)
    if weight.size == 0:
        return BoardPlan(snap.version, (), 0.0, 0.0)
    n = snap.size
    graph = _Graph(n, lo, hi, weight)
    successor = _assignment(n, lo, hi, weight)
    bound = sum(graph.weight(a, b) for a, b in enumerate(successor) if a != b) / 2
    mate = _round_cycles(successor, graph)
    _improve(mate, graph)
    pairs = sorted((a, b) for a, b in enumerate(mate) if a < b)
    value = sum(graph.weight(a, b) for a, b in pairs)
    ids = snap.ids
    return BoardPlan(snap.version, tuple((ids[a], ids[b]) for a, b in pairs), value, bound)


def _assignment(n: int, lo: IntArray, hi: IntArray, weight: FloatArray) -> list[int]:
    """Maximum-weight permutation where a guest mapped to itself stays alone."""
    top = float(weight.max()) + 1.0  # costs stay positive: scipy reads a stored 0 as no edge
    own = np.arange(n, dtype=np.int64)
    rows = np.concatenate([lo, hi, own])
    cols = np.concatenate([hi, lo, own])
    costs = np.concatenate([top - weight, top - weight, np.full(n, top)])
    matrix = sparse.csr_matrix((costs, (rows, cols)), shape=(n, n))
    left, right = min_weight_full_bipartite_matching(matrix)
    successor = np.empty(n, np.int64)
    successor[left] = right
    return [int(x) for x in successor.tolist()]


def _round_cycles(successor: list[int], graph: _Graph) -> list[int]:
    """Matching from the permutation: 2-cycles are pairs, longer cycles give their best pairs."""
    n = len(successor)
    mate = list(range(n))  # mate[a] == a: alone
    seen = [False] * n
    for start in range(n):
        if seen[start]:
            continue
        cycle = []
        node = start
        while not seen[node]:
            seen[node] = True
            cycle.append(node)
            node = successor[node]
        for a, b in _best_on_cycle(cycle, graph):
            mate[a], mate[b] = b, a
    return mate


def _best_on_cycle(cycle: list[int], graph: _Graph) -> list[tuple[int, int]]:
    if len(cycle) < 2:
        return []
    if len(cycle) == 2:
        return [(cycle[0], cycle[1])]
    open_value, open_pairs = _best_on_path(cycle, graph)
    closing = graph.weight(cycle[-1], cycle[0])
    inner_value, inner_pairs = _best_on_path(cycle[1:-1], graph)
    if closing > 0 and inner_value + closing > open_value:
        return [*inner_pairs, (cycle[-1], cycle[0])]
    return open_pairs


def _best_on_path(path: list[int], graph: _Graph) -> tuple[float, list[tuple[int, int]]]:
    """Maximum-weight matching of consecutive nodes on a path (dynamic programming)."""
    best = [0.0] * (len(path) + 1)
    take = [False] * (len(path) + 1)
    for end in range(2, len(path) + 1):
        with_edge = best[end - 2] + graph.weight(path[end - 2], path[end - 1])
        take[end] = with_edge > best[end - 1]
        best[end] = with_edge if take[end] else best[end - 1]
    pairs = []
    end = len(path)
    while end >= 2:
        if take[end]:
            pairs.append((path[end - 2], path[end - 1]))
            end -= 2
        else:
            end -= 1
    return best[len(path)], pairs


def _improve(mate: list[int], graph: _Graph, *, passes: int = 3) -> None:
    """Augment from every lone guest along short alternating paths while that gains weight."""
    for _ in range(passes):
        changed = False
        for u in range(len(mate)):
            if mate[u] == u:
                path = _best_path(u, mate, graph)
                if path:
                    _flip(path, mate)
                    changed = True
        if not changed:
            return


_DEPTH = 3  # guests taken from their pairs along one path
_BRANCH = (8, 5, 3)  # neighbours tried at each step (heaviest first)


def _best_path(u: int, mate: list[int], graph: _Graph) -> list[int]:
    """Best alternating path from a lone guest u: u takes v1, v1's partner z1 takes v2, ...;
    it ends on a lone guest or leaves the last partner alone. Returns [u, v1, z1, v2, ...]
    (even length: ends on a lone guest taken; odd: the last partner is left alone), or [].
    """
    best_gain, best_path = 1e-9, []
    stack: list[tuple[list[int], float]] = [([u], 0.0)]
    while stack:
        path, gain = stack.pop()
        tail = path[-1]
        depth = len(path) // 2
        for v, w in graph.neighbours(tail)[: _BRANCH[depth]]:
            if v in path:
                continue
            z = mate[v]
            if z == v:
                if gain + w > best_gain:
                    best_gain, best_path = gain + w, [*path, v]
                continue
            if z in path:
                continue
            after = gain + w - graph.weight(v, z)
            if after > best_gain:
                best_gain, best_path = after, [*path, v, z]
            if depth + 1 < _DEPTH:
                stack.append(([*path, v, z], after))
    return best_path


def _flip(path: list[int], mate: list[int]) -> None:
    """Apply an alternating path: (path[0], path[1]), (path[2], path[3]) ... become pairs."""
    if len(path) % 2 == 1:
        mate[path[-1]] = path[-1]  # the last partner is left alone
        path = path[:-1]
    for i in range(0, len(path) - 1, 2):
        a, b = path[i], path[i + 1]
        mate[a], mate[b] = b, a
