"""Brute-force matching rules, written plainly from the spec: the yardstick of the tests.

Quadratic or exponential on purpose; never used by the kiosk itself. It shares only the
formulas of ``scoring`` (rarity, quantisation, fade, recency), so that both sides round the
same way; every rule and every loop is its own.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from functools import cache

from kiosk.core.matching.config import MatchConfig
from kiosk.core.matching.model import (
    Exposure,
    Profile,
    Reason,
    ReasonKind,
    Suggestion,
    TagPolicy,
    WallPair,
    pair_key,
)
from kiosk.core.matching.scoring import boost, fade, recency, tag_weight


@dataclass(frozen=True)
class Room:
    """Everything the rules look at."""

    profiles: Sequence[Profile]
    policy: TagPolicy
    config: MatchConfig
    exposures: Mapping[tuple[str, str], Exposure]

    def by_id(self, guest_id: str) -> Profile:
        return next(p for p in self.profiles if p.guest_id == guest_id)

    def weights(self, *, wall: bool) -> tuple[dict[str, float], dict[str, float]]:
        """(help, shared) weight of each tag that counts, by rarity among present guests."""
        holders = Counter(tag for p in self.profiles for tag in p.skills | p.interests)
        present = len(self.profiles)
        allowed = self.policy.on_wall if wall else self.policy.counts
        help_w = {
            t: tag_weight(self.config.help_weight, present, n)
            for t, n in holders.items()
            if allowed(t)
        }
        shared_w = {
            t: tag_weight(self.config.shared_weight, present, n)
            for t, n in holders.items()
            if allowed(t)
        }
        return help_w, shared_w


def terms(
    a: Profile, b: Profile, help_w: Mapping[str, float], shared_w: Mapping[str, float]
) -> list[tuple[float, Reason]]:
    """Every contribution to the pair score of (a, b), each with the reason it gives."""
    found = []
    for tag in sorted(a.interests):
        if tag in b.skills and help_w.get(tag, 0.0) > 0:
            found.append((help_w[tag], Reason(tag, ReasonKind.B_HELPS_A, b.guest_id, a.guest_id)))
    for tag in sorted(b.interests):
        if tag in a.skills and help_w.get(tag, 0.0) > 0:
            found.append((help_w[tag], Reason(tag, ReasonKind.A_HELPS_B, a.guest_id, b.guest_id)))
    for tag in sorted(a.interests):
        if tag in b.interests and shared_w.get(tag, 0.0) > 0:
            found.append((shared_w[tag], Reason(tag, ReasonKind.SHARED_INTEREST)))
    return found


def best_reason(found: list[tuple[float, Reason]]) -> Reason:
    """Largest contribution; then help before shared interest, tag key, helper id."""

    def rank(term: tuple[float, Reason]) -> tuple[float, int, str, str]:
        weight, reason = term
        shared = reason.kind is ReasonKind.SHARED_INTEREST
        return (-weight, 1 if shared else 0, reason.tag, reason.helper_id or "")

    return min(found, key=rank)[1]


def colleagues(a: Profile, b: Profile) -> bool:
    return bool(a.organisation_key) and a.organisation_key == b.organisation_key


def top(room: Room, guest_id: str, n: int = 3, partner: WallPair | None = None) -> list[Suggestion]:
    """Personal suggestions by brute force; ``partner`` is the guest's wall pair, if any."""
    me = room.by_id(guest_id)
    help_w, shared_w = room.weights(wall=False)
    candidates: dict[str, tuple[float, Reason]] = {}
    for other in room.profiles:
        if other.guest_id == guest_id or not other.suggestible or colleagues(me, other):
            continue
        found = terms(me, other, help_w, shared_w)
        if not found:
            continue
        score = sum(weight for weight, _ in found)
        if room.config.fade_personal:
            score *= fade(room.exposures.get(pair_key(me.guest_id, other.guest_id)), room.config)
        candidates[other.guest_id] = (score, best_reason(found))
    chosen: list[Suggestion] = []
    if partner is not None and n > 0:
        other_id = partner.b if partner.a == guest_id else partner.a
        reason = partner.reason if partner.a == guest_id else partner.reason.flipped()
        chosen.append(Suggestion(other_id, candidates.pop(other_id)[0], reason))
    ranked = sorted(candidates.items(), key=lambda item: (-item[1][0], item[0]))
    for other_id, (score, reason) in ranked[: max(0, n - len(chosen))]:
        chosen.append(Suggestion(other_id, score, reason))
    return chosen


def wall_weight(room: Room, a: Profile, b: Profile) -> tuple[float, Reason | None]:
    """Weight of a pair on the wall (freshness and arrival priority included) and its reason."""
    if a.guest_id == b.guest_id or colleagues(a, b):
        return 0.0, None
    if not (a.on_wall and a.suggestible and b.on_wall and b.suggestible):
        return 0.0, None
    help_w, shared_w = room.weights(wall=True)
    found = terms(a, b, help_w, shared_w)
    if not found:
        return 0.0, None
    latest = max(p.arrival_seq for p in room.profiles)
    exposure = room.exposures.get(pair_key(a.guest_id, b.guest_id))
    config = room.config
    rec_a = recency(latest - a.arrival_seq, config)
    rec_b = recency(latest - b.arrival_seq, config)
    weight = sum(w for w, _ in found) * fade(exposure, config) * boost(rec_a, rec_b, config)
    return weight, best_reason(found)


def best_board_value(room: Room) -> float:
    """Value of a maximum-weight matching of the wall guests (exact; for a dozen guests)."""
    guests = [p for p in room.profiles if p.on_wall and p.suggestible]
    if len(guests) > 18:
        raise ValueError("the exact matching is exponential: keep it to small rooms")
    weight = [[wall_weight(room, a, b)[0] for b in guests] for a in guests]

    @cache
    def best(mask: int) -> float:
        if mask == 0:
            return 0.0
        first = (mask & -mask).bit_length() - 1
        rest = mask & ~(1 << first)
        value = best(rest)
        for other in range(first + 1, len(guests)):
            if rest >> other & 1 and weight[first][other] > 0:
                value = max(value, weight[first][other] + best(rest & ~(1 << other)))
        return value

    return best((1 << len(guests)) - 1)
