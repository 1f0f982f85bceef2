"""The pair score and its parts: rarity weights, freshness fades, arrival priority, reasons."""

from __future__ import annotations

import math
from typing import Protocol

from kiosk.core.matching.config import MatchConfig
from kiosk.core.matching.model import Exposure, Profile, Reason, ReasonKind

# Tag weights are rounded to multiples of 2**-20: sums of a few dozen of them are then exact in
# floating point whatever the order, so vector arithmetic, scalar code and the brute-force
# reference agree bit for bit (and ties are real ties, broken by guest id).
SCALE = float(1 << 20)


def quantize(value: float) -> float:
    return round(value * SCALE) / SCALE


def rarity(present: int, holders: int) -> float:
    """How much a tag says: high when few of the present guests hold it."""
    return math.log1p(present / holders) if holders > 0 else 0.0


def tag_weight(factor: float, present: int, holders: int) -> float:
    return quantize(factor * rarity(present, holders))


def fade(exposure: Exposure | None, config: MatchConfig) -> float:
    """Multiplier of a pair already shown or suggested (1.0 for a new pair)."""
    if exposure is None:
        return 1.0
    return float(config.shown_fade**exposure.shown * config.suggested_fade**exposure.suggested)


def recency(age: int, config: MatchConfig) -> float:
    """1.0 for the latest arrival, falling to 0.0 after ``arrival_window`` more arrivals."""
    return max(0.0, 1.0 - age / config.arrival_window)


def boost(recency_a: float, recency_b: float, config: MatchConfig) -> float:
    return 1.0 + config.arrival_boost * max(recency_a, recency_b)


class WeightLookup(Protocol):
    """Weight of a tag by key; tags that do not count weigh ``default``."""

    def get(self, tag: str, default: float, /) -> float: ...


def _better(key: tuple[float, int, str, str], best: tuple[float, int, str, str] | None) -> bool:
    return best is None or key < best


def evaluate(
    a: Profile, b: Profile, help_w: WeightLookup, shared_w: WeightLookup
) -> tuple[float, Reason | None]:
    """Score of the pair (a, b) and its strongest reason, oriented from a to b.

    Only tags with a positive weight count. The reason is the tag
    with the largest contribution; ties prefer help over a shared interest, then the tag key,
    then the helper's id, so the reason of (b, a) is the reason of (a, b) flipped.
    """
    total = 0.0
    best: tuple[float, int, str, str] | None = None
    reason: Reason | None = None
    for tag in a.interests & b.skills:
        w = help_w.get(tag, 0.0)
        if w > 0:
            total += w
            key = (-w, 0, tag, b.guest_id)
            if _better(key, best):
                best, reason = key, Reason(tag, ReasonKind.B_HELPS_A, b.guest_id, a.guest_id)
    for tag in b.interests & a.skills:
        w = help_w.get(tag, 0.0)
        if w > 0:
            total += w
            key = (-w, 0, tag, a.guest_id)
            if _better(key, best):
                best, reason = key, Reason(tag, ReasonKind.A_HELPS_B, a.guest_id, b.guest_id)
    for tag in a.interests & b.interests:
        w = shared_w.get(tag, 0.0)
        if w > 0:
            total += w
            key = (-w, 1, tag, "")
            if _better(key, best):
                best, reason = key, Reason(tag, ReasonKind.SHARED_INTEREST)
    return total, reason


def colleagues(a: Profile, b: Profile) -> bool:
    """Same organisation, when both organisations are known (an empty key is unknown)."""
    return bool(a.organisation_key) and a.organisation_key == b.organisation_key
