"""Tuning of the matching engine: tag weights, freshness, arrival priority, pruning, drift."""

from __future__ import annotations

from dataclasses import dataclass, replace


@dataclass(frozen=True, slots=True)
class MatchConfig:
    """Every knob of the engine, with defaults meant for a real event.

    Pair score: each tag weighs ``log1p(present / holders)`` (its rarity among present guests),
    times ``help_weight`` when one guest's skill meets the other's interest, times
    ``shared_weight`` when both want to talk about it.

    Freshness: a pair's weight is multiplied by ``shown_fade`` for each time it was shown on the
    wall and by ``suggested_fade`` for each time it was suggested at the kiosk (personal
    rankings fade too when ``fade_personal``).

    Arrival priority (wall only): a guest's recency falls linearly from 1 (last arrival) to 0
    after ``arrival_window`` further arrivals; a wall pair weighs
    ``1 + arrival_boost * max(recency of both)`` times more.
    """

    # A skill meeting an interest is the concrete "ticket to talk" the product promises: it
    # outweighs a shared interest on a tag of the same rarity.
    help_weight: float = 1.5
    shared_weight: float = 1.0
    shown_fade: float = 0.8
    suggested_fade: float = 0.9
    fade_personal: bool = True
    arrival_boost: float = 0.5
    arrival_window: int = 40
    # The fresh board only considers each guest's best candidates (the edges it keeps).
    candidates_per_guest: int = 8
    # An arrival tries this many of its best partners (taking one from a pair if it pays).
    insert_candidates: int = 6
    # needs_rebuild() once the board may have lost this share of a fresh board's score, or
    # once the room changed (arrivals, departures, updates) by this share of the wall guests:
    # every change shifts the rarity weights, which the local repairs do not follow.
    rebuild_drift: float = 0.03
    rebuild_churn: float = 0.03
    # A rebuild weighs pairs already on the board this much more, so the wall is not
    # reshuffled for a negligible gain (it then stays within this share of its optimum).
    keep_bonus: float = 0.02

    def __post_init__(self) -> None:
        if self.help_weight < 0 or self.shared_weight < 0:
            raise ValueError("tag weights cannot be negative")
        if not (0 < self.shown_fade <= 1 and 0 < self.suggested_fade <= 1):
            raise ValueError("fades must be in (0, 1]")
        if self.arrival_boost < 0 or self.arrival_window < 1:
            raise ValueError("arrival priority needs a boost >= 0 and a window >= 1")
        if self.candidates_per_guest < 1 or self.insert_candidates < 1:
            raise ValueError("candidate counts must be positive")
        if not (0 < self.rebuild_drift < 1 and self.rebuild_churn > 0):
            raise ValueError("rebuild_drift must be in (0, 1) and rebuild_churn positive")
        if self.keep_bonus < 0:
            raise ValueError("keep_bonus cannot be negative")

    def plain(self) -> MatchConfig:
        """Pair scores only: no freshness, arrival priority or stickiness (for comparisons)."""
        return replace(self, shown_fade=1.0, suggested_fade=1.0, arrival_boost=0.0, keep_bonus=0.0)
