"""What the wall shows, as plain values: conversation cards, the room's pulse, empty states."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from enum import StrEnum
from functools import lru_cache
from itertools import chain

from kiosk.core.event import LastInitial, WallOptions
from kiosk.core.guest import Etiquette, Guest
from kiosk.core.matching.guests import may_appear
from kiosk.core.matching.model import ReasonKind, WallPair, pair_key
from kiosk.core.tags import Approval, Labels, Vocabulary
from kiosk.core.text import clean, fold

# The wall is rebuilt at every arrival with the same few hundred names: normalising each name
# once (not at every rebuild) keeps a 300-guest rebuild in a couple of milliseconds.
_clean = lru_cache(maxsize=8192)(clean)

TOP_WANTED = 5
TOP_UNOFFERED = 4
ARRIVAL_TAGS = 2


@dataclass(frozen=True, slots=True)
class WallGuest:
    """A guest as the wall names them: never more than a first name and a last initial."""

    guest_id: str
    name: str
    etiquette: Etiquette = field(default_factory=Etiquette)


@dataclass(frozen=True, slots=True)
class WallTag:
    key: str
    label: Labels


@dataclass(frozen=True, slots=True)
class WallCard:
    """One suggested conversation.

    ``kind`` reads from ``first`` to ``second``: ``A_HELPS_B`` (first can help second) or
    ``SHARED_INTEREST``; help cards always put the helper first, as the sentence does.
    """

    first: WallGuest
    second: WallGuest
    kind: ReasonKind
    tag: WallTag

    @property
    def key(self) -> tuple[str, str]:
        return pair_key(self.first.guest_id, self.second.guest_id)

    @property
    def helper(self) -> WallGuest | None:
        return self.first if self.kind is ReasonKind.A_HELPS_B else None

    @property
    def asker(self) -> WallGuest | None:
        return self.second if self.kind is ReasonKind.A_HELPS_B else None


@dataclass(frozen=True, slots=True)
class PulseTag:
    tag: WallTag
    count: int


@dataclass(frozen=True, slots=True)
class Pulse:
    """The room right now: how many are here, what they want, what nobody offers yet."""

    present: int = 0
    wanted: tuple[PulseTag, ...] = ()
    unoffered: tuple[PulseTag, ...] = ()


class EmptyKind(StrEnum):
    """Why there is no card to show, so the wall can say it honestly."""

    NOBODY = "nobody"  # before anyone arrives
    ONE_GUEST = "one_guest"  # one person here: nobody to pair them with yet
    NO_MATCH = "no_match"  # people here, but no suggestion to show


@dataclass(frozen=True, slots=True)
class WallState:
    """Everything the wall paints, in display order (recent arrivals first)."""

    cards: tuple[WallCard, ...] = ()
    pulse: Pulse = field(default_factory=Pulse)
    empty: EmptyKind | None = EmptyKind.NOBODY
    # Display names of every guest the wall may name (for arrival messages).
    names: Mapping[str, str] = field(default_factory=dict, compare=False)


@dataclass(frozen=True, slots=True)
class ArrivalMessage:
    """The welcome of one arrival: "Bienvenue Hélène: can help with Python ..."."""

    guest_id: str
    name: str
    skills: tuple[WallTag, ...] = ()
    interests: tuple[WallTag, ...] = ()


TagFilter = Callable[[str], WallTag | None]


def wall_tags(vocabulary: Vocabulary, options: WallOptions) -> TagFilter:
    """The tag to show for a key, or None when it must stay off the wall.

    Sensitive and withdrawn tags never show; tags typed by guests show once approved, or
    while pending when the event allows unapproved text. Unknown keys never show.
    """
    cache: dict[str, WallTag | None] = {}

    def shown(key: str) -> WallTag | None:
        if key in cache:
            return cache[key]
        tag = vocabulary.get(key)
        result: WallTag | None = None
        if tag is not None and not tag.sensitive:
            allowed = tag.approval.shown_on_wall or (
                options.show_unapproved_text and tag.approval is Approval.PENDING
            )
            if allowed:
                result = WallTag(tag.key, tag.label)
        cache[key] = result
        return result

    return shown


@lru_cache(maxsize=8192)
def _initial(last_name: str) -> str:
    letter = next((ch for ch in _clean(last_name) if ch.isalnum()), "")
    upper = letter.upper()
    return upper if len(upper) == 1 else letter  # "ß".upper() is two letters


def _appears(guest: Guest, options: WallOptions) -> bool:
    """``may_appear`` with the first name's cleaning cached (the same names at every rebuild:
    cleaning them anew cost half of a 300-guest rebuild). Kept equal to it by a test."""
    if not guest.consents.on_wall or guest.hidden_from_wall or not _clean(guest.first_name):
        return False
    return guest.name_approved or options.show_unapproved_text


def display_names(guests: Iterable[Guest], rule: LastInitial) -> dict[str, str]:
    """First names, with a last initial as the event's rule says.

    "When ambiguous" compares first names case- and accent-insensitively among the guests
    given (the present guests the wall may name).
    """
    guests = list(guests)
    counts = Counter(fold(g.first_name) for g in guests)
    names: dict[str, str] = {}
    for guest in guests:
        first = _clean(guest.first_name)
        initial = _initial(guest.last_name)
        wanted = rule is LastInitial.ALWAYS or (
            rule is LastInitial.WHEN_AMBIGUOUS and counts[fold(guest.first_name)] > 1
        )
        names[guest.id] = f"{first} {initial}." if wanted and initial else first
    return names


def _card(pair: WallPair, people: Mapping[str, WallGuest], tag: WallTag) -> WallCard | None:
    reason = pair.reason
    if reason.kind is ReasonKind.SHARED_INTEREST:
        return WallCard(people[pair.a], people[pair.b], ReasonKind.SHARED_INTEREST, tag)
    helper, asker = reason.helper_id, reason.asker_id
    if helper is None or asker is None or {helper, asker} != {pair.a, pair.b}:
        return None  # a reason about someone else: inconsistent, never guess
    return WallCard(people[helper], people[asker], ReasonKind.A_HELPS_B, tag)


def _pulse(consenting: Sequence[Guest], present: int, shown: TagFilter) -> Pulse:
    # Count raw keys first (C-speed Counter), then filter the few distinct keys once.
    wanted = Counter(chain.from_iterable(set(g.interests) for g in consenting))
    offered = set(chain.from_iterable(g.skills for g in consenting))
    tags = {key: tag for key in wanted if (tag := shown(key)) is not None}
    ranked = sorted(((k, n) for k, n in wanted.items() if k in tags), key=lambda i: (-i[1], i[0]))
    return Pulse(
        present=present,
        wanted=tuple(PulseTag(tags[k], n) for k, n in ranked[:TOP_WANTED]),
        unoffered=tuple(PulseTag(tags[k], n) for k, n in ranked if k not in offered)[
            :TOP_UNOFFERED
        ],
    )


def build_wall_state(
    board: Sequence[WallPair],
    guests: Mapping[str, Guest],
    present_ids: Sequence[str],
    vocabulary: Vocabulary,
    options: WallOptions,
) -> WallState:
    """The wall for a board: only consenting guests, only tags fit for a projector.

    ``present_ids`` lists the present guests in arrival order, oldest first; a pair whose
    member left, withheld consent or has an unapproved name is dropped, as is a pair whose
    reason tag may not be shown. Each guest appears in at most one card (first pair wins).
    Pulse tags count consenting present guests only, so a guest who said no to the wall is
    never revealed by a count.
    """
    arrival = {gid: i for i, gid in enumerate(dict.fromkeys(present_ids))}
    present = [guests[gid] for gid in arrival if gid in guests]
    consenting = [g for g in present if g.consents.on_wall]
    named = [g for g in consenting if _appears(g, options)]
    names = display_names(named, options.last_initial)
    people = {g.id: WallGuest(g.id, names[g.id], g.etiquette) for g in named}
    shown = wall_tags(vocabulary, options)

    cards: list[WallCard] = []
    used: set[str] = set()
    for pair in board:
        if pair.a == pair.b or pair.a in used or pair.b in used:
            continue
        if pair.a not in people or pair.b not in people:
            continue
        tag = shown(pair.reason.tag)
        card = _card(pair, people, tag) if tag is not None else None
        if card is not None:
            cards.append(card)
            used.update((pair.a, pair.b))
    # Recent arrivals first; the board's own order breaks ties (sort is stable).
    cards.sort(key=lambda c: -max(arrival[c.first.guest_id], arrival[c.second.guest_id]))

    count = len(arrival)
    empty: EmptyKind | None = None
    if not cards:
        empty = {0: EmptyKind.NOBODY, 1: EmptyKind.ONE_GUEST}.get(count, EmptyKind.NO_MATCH)
    return WallState(tuple(cards), _pulse(consenting, count, shown), empty, names)


def arrival_message(
    guest: Guest,
    vocabulary: Vocabulary,
    options: WallOptions,
    *,
    state: WallState | None = None,
) -> ArrivalMessage | None:
    """The welcome for an arrival, or None when the guest may not appear on the wall.

    The name comes from ``state`` when given (it applies the last-initial rule to the whole
    room); otherwise "when ambiguous" cannot be judged and only "always" adds the initial.
    """
    if not may_appear(guest, options):
        return None
    name = state.names.get(guest.id) if state is not None else None
    if name is None:
        name = display_names([guest], options.last_initial)[guest.id]
    shown = wall_tags(vocabulary, options)

    def pick(keys: Iterable[str]) -> tuple[WallTag, ...]:
        tags = (shown(key) for key in dict.fromkeys(keys))
        return tuple(t for t in tags if t is not None)[:ARRIVAL_TAGS]

    return ArrivalMessage(guest.id, name, pick(guest.skills), pick(guest.interests))
