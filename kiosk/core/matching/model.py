"""Value types of the matching engine: profiles, tag policy, reasons, suggestions, wall pairs."""

from __future__ import annotations

import enum
from dataclasses import dataclass


class ReasonKind(enum.Enum):
    """What a reason says, relative to the orientation (a, b) of the pair or suggestion.

    For a suggestion, ``a`` is the guest who reads it and ``b`` the suggested person.
    """

    A_HELPS_B = "a_helps_b"  # a can help with a tag b would like to talk about
    B_HELPS_A = "b_helps_a"  # b can help with a tag a would like to talk about
    SHARED_INTEREST = "shared_interest"  # both would like to talk about the tag

    def flipped(self) -> ReasonKind:
        """The same fact seen from the other side of the pair."""
        if self is ReasonKind.A_HELPS_B:
            return ReasonKind.B_HELPS_A
        if self is ReasonKind.B_HELPS_A:
            return ReasonKind.A_HELPS_B
        return self


@dataclass(frozen=True, slots=True)
class Reason:
    """One concrete tag behind a suggestion, with who helps whom.

    ``helper_id`` and ``asker_id`` name the guests for a help reason ("Hélène can help Marc
    with fundraising"); both are ``None`` for a shared interest ("both want to talk about jazz").
    """

    tag: str
    kind: ReasonKind
    helper_id: str | None = None
    asker_id: str | None = None

    def __post_init__(self) -> None:
        ids = (self.helper_id, self.asker_id)
        if self.kind is ReasonKind.SHARED_INTEREST:
            if ids != (None, None):
                raise ValueError("a shared interest has no helper and no asker")
        elif None in ids or self.helper_id == self.asker_id:
            raise ValueError(f"reason {self.kind.name} needs a helper and a different asker")

    def flipped(self) -> Reason:
        """The same reason for the pair read the other way round."""
        return Reason(self.tag, self.kind.flipped(), self.helper_id, self.asker_id)


@dataclass(frozen=True, slots=True)
class Profile:
    """What matching knows of a present guest.

    ``suggestible`` is the consent "be suggested to others"; ``on_wall`` the consent to appear
    on the wall with a name approved for it. Both default to no: consent is never pre-ticked.
    ``arrival_seq`` orders arrivals (bigger is more recent).
    """

    guest_id: str
    organisation_key: str | None = None
    skills: frozenset[str] = frozenset()
    interests: frozenset[str] = frozenset()
    suggestible: bool = False
    on_wall: bool = False
    arrival_seq: int = 0


@dataclass(frozen=True, slots=True)
class TagPolicy:
    """Which tags may count.

    ``sensitive`` tags are ignored entirely (a reason would reveal them); put tags the organiser
    withdrew here too. ``unapproved`` tags (added by guests, not yet approved) count for personal
    suggestions but never for the wall.
    """

    sensitive: frozenset[str] = frozenset()
    unapproved: frozenset[str] = frozenset()

    def counts(self, tag: str) -> bool:
        return tag not in self.sensitive

    def on_wall(self, tag: str) -> bool:
        return tag not in self.sensitive and tag not in self.unapproved


@dataclass(frozen=True, slots=True)
class Exposure:
    """How many times a pair was shown together on the wall and suggested at the kiosk."""

    shown: int = 0
    suggested: int = 0

    def __post_init__(self) -> None:
        if self.shown < 0 or self.suggested < 0:
            raise ValueError("exposure counts cannot be negative")


@dataclass(frozen=True, slots=True)
class Suggestion:
    """Someone for a guest to meet: ``guest_id`` is the other person.

    ``score`` is the ranking score (pair score faded by exposure); the reason is oriented with the
    reader as ``a`` and the suggested person as ``b``.
    """

    guest_id: str
    score: float
    reason: Reason


@dataclass(frozen=True, slots=True)
class WallPair:
    """A conversation on the wall: ``a`` arrived more recently than ``b``.

    ``score`` is the board weight when the pair was formed or last checked (wall pair score with
    freshness and arrival priority); the reason uses approved, non-sensitive tags only.
    """

    a: str
    b: str
    score: float
    reason: Reason

    @property
    def key(self) -> tuple[str, str]:
        return pair_key(self.a, self.b)


@dataclass(frozen=True, slots=True)
class BoardDelta:
    """What an operation changed on the wall board."""

    added: tuple[WallPair, ...] = ()
    removed: tuple[WallPair, ...] = ()

    def __bool__(self) -> bool:
        return bool(self.added or self.removed)


def pair_key(a: str, b: str) -> tuple[str, str]:
    """The unordered pair {a, b} as a tuple in a fixed order (storage and dictionary key)."""
    return (a, b) if a <= b else (b, a)
