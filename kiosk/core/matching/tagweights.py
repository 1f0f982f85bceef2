"""Tag weights by rarity among present guests, for personal suggestions and for the wall."""

from __future__ import annotations

import math

import numpy as np
import numpy.typing as npt

from kiosk.core.matching.config import MatchConfig
from kiosk.core.matching.scoring import SCALE

FloatArray = npt.NDArray[np.float64]
IntArray = npt.NDArray[np.int64]
BoolArray = npt.NDArray[np.bool_]


class Lookup:
    """Weight of a tag by key (0.0 for tags that do not count), over a per-column list."""

    __slots__ = ("_col", "_values")

    def __init__(self, col: dict[str, int], values: list[float]) -> None:
        self._col = col
        self._values = values

    def get(self, tag: str, default: float = 0.0, /) -> float:
        index = self._col.get(tag)
        return default if index is None or index >= len(self._values) else self._values[index]


class Weights:
    """Per-tag weights of one view (personal or wall): arrays and lists by column, lookups by
    tag. Built per room version: a new tag or a new presence count makes a new one."""

    __slots__ = ("help", "help_list", "help_map", "shared", "shared_list", "shared_map")

    def __init__(self, col: dict[str, int], help_: FloatArray, shared: FloatArray) -> None:
        self.help = help_
        self.shared = shared
        self.help_list: list[float] = help_.tolist()
        self.shared_list: list[float] = shared.tolist()
        self.help_map = Lookup(col, self.help_list)
        self.shared_map = Lookup(col, self.shared_list)


def tag_weights(
    col: dict[str, int],
    present: int,
    holders: IntArray,
    counted: BoolArray,
    walled: BoolArray,
    config: MatchConfig,
) -> tuple[Weights, Weights]:
    """(personal, wall) weights of every tag column: ``quantize(factor * rarity)`` as in
    ``scoring.tag_weight`` (same rounding, bit for bit), zero where the tag does not count."""
    base = np.array([math.log1p(present / h) if h > 0 else 0.0 for h in holders.tolist()])
    help_ = np.round(config.help_weight * base * SCALE) / SCALE
    shared = np.round(config.shared_weight * base * SCALE) / SCALE
    zero = np.zeros(base.size)
    return (
        Weights(col, np.where(counted, help_, zero), np.where(counted, shared, zero)),
        Weights(col, np.where(walled, help_, zero), np.where(walled, shared, zero)),
    )
