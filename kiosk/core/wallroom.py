"""The wall's view of the room kept current one guest at a time (``build_wall_state``, cheaper).

``build_wall_state`` looks at every present guest: names, the last-initial rule, the pulse
counts. At an arrival only one guest changed, so this keeps those per-guest parts and updates
them for that guest; a state then costs one pass over the board. Kept equal to
``build_wall_state`` by a test.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from functools import lru_cache
from types import MappingProxyType

from kiosk.core.event import LastInitial, WallOptions
from kiosk.core.guest import Guest
from kiosk.core.matching.model import WallPair
from kiosk.core.tags import Vocabulary
from kiosk.core.text import fold
from kiosk.core.wallview import (
    TOP_UNOFFERED,
    TOP_WANTED,
    EmptyKind,
    Pulse,
    PulseTag,
    WallCard,
    WallGuest,
    WallState,
    _appears,
    _card,
    _clean,
    _initial,
    wall_tags,
)

_fold = lru_cache(maxsize=8192)(fold)
Order = tuple[int, str]  # (arrival sequence, guest id): oldest first


class WallRoom:
    """Present guests as the wall sees them; ``state(board)`` equals ``build_wall_state``
    for the same guests listed oldest first by (arrival sequence, id)."""

    def __init__(self, vocabulary: Vocabulary, options: WallOptions) -> None:
        self._guests: dict[str, Guest] = {}
        self._order: dict[str, Order] = {}
        self.reset(vocabulary, options)

    def reset(self, vocabulary: Vocabulary, options: WallOptions) -> None:
        """New vocabulary or wall options: every guest is looked at again."""
        self._vocabulary, self._options = vocabulary, options
        self._shown = wall_tags(vocabulary, options)
        self._named: dict[str, Guest] = {}  # guests the wall may name
        self._by_first: dict[str, set[str]] = {}  # folded first name -> named guests
        self._people: dict[str, WallGuest] = {}
        self._names: dict[str, str] = {}
        self._names_view: Mapping[str, str] | None = None
        self._wanted: Counter[str] = Counter()  # consenting guests wanting each tag
        self._offered: Counter[str] = Counter()  # consenting guests offering each tag
        self._pulse: Pulse | None = None
        self._cards: dict[tuple[str, str, object], WallCard] = {}
        guests, order = self._guests, self._order
        self._guests, self._order = {}, {}
        for guest_id, guest in guests.items():
            self.put(guest, order[guest_id][0])

    @property
    def options(self) -> WallOptions:
        return self._options

    def put(self, guest: Guest, arrival_seq: int) -> None:
        """A guest arrived or changed (tags, consent, name)."""
        old = self._guests.get(guest.id)
        if old is not None:
            if old == guest and self._order[guest.id][0] == arrival_seq:
                return
            self._forget(old)
        self._guests[guest.id] = guest
        self._order[guest.id] = (arrival_seq, guest.id)
        if guest.consents.on_wall:
            self._wanted.update(set(guest.interests))
            self._offered.update(set(guest.skills))
        if _appears(guest, self._options):
            self._named[guest.id] = guest
            key = _fold(guest.first_name)
            self._by_first.setdefault(key, set()).add(guest.id)
            self._rename(key)
        self._pulse = None

    def remove(self, guest_id: str) -> None:
        """A guest left (or was erased)."""
        guest = self._guests.get(guest_id)
        if guest is not None:
            self._forget(guest)
            self._pulse = None

    def _forget(self, guest: Guest) -> None:
        del self._guests[guest.id]
        del self._order[guest.id]
        if guest.consents.on_wall:
            self._wanted.subtract(set(guest.interests))
            self._offered.subtract(set(guest.skills))
            _drop_zeros(self._wanted, guest.interests)
            _drop_zeros(self._offered, guest.skills)
        if self._named.pop(guest.id, None) is not None:
            key = _fold(guest.first_name)
            same = self._by_first[key]
            same.discard(guest.id)
            if not same:
                del self._by_first[key]
            self._people.pop(guest.id, None)
            self._names.pop(guest.id, None)
            self._names_view = None
            self._rename(key)

    def _rename(self, key: str) -> None:
        """Names of the guests sharing a folded first name (the last-initial rule)."""
        same = self._by_first.get(key, ())
        rule = self._options.last_initial
        wanted = rule is LastInitial.ALWAYS or (
            rule is LastInitial.WHEN_AMBIGUOUS and len(same) > 1
        )
        for guest_id in same:
            guest = self._named[guest_id]
            first, initial = _clean(guest.first_name), _initial(guest.last_name)
            name = f"{first} {initial}." if wanted and initial else first
            person = self._people.get(guest_id)
            if person is None or person.name != name or person.etiquette != guest.etiquette:
                self._people[guest_id] = WallGuest(guest_id, name, guest.etiquette)
                self._names[guest_id] = name
                self._names_view = None

    def state(self, board: Sequence[WallPair]) -> WallState:
        """What the wall shows for the engine's board (see ``build_wall_state``)."""
        people, shown, cache = self._people, self._shown, self._cards
        cards: list[WallCard] = []
        used: set[str] = set()
        for pair in board:
            a, b = pair.a, pair.b
            if a == b or a in used or b in used or a not in people or b not in people:
                continue
            key = (a, b, pair.reason)
            card = cache.get(key)
            # Reused while both people are the same objects: equal states compare by identity.
            if (
                card is None
                or card.first is not people[card.first.guest_id]
                or card.second is not people[card.second.guest_id]
            ):
                tag = shown(pair.reason.tag)
                card = _card(pair, people, tag) if tag is not None else None
                if card is None:
                    continue
                cache[key] = card
            cards.append(card)
            used.update((a, b))
        if len(cache) > 4 * len(cards) + 64:  # pairs long gone
            on_board = {(c.first.guest_id, c.second.guest_id) for c in cards}
            self._cards = {
                k: c for k, c in cache.items() if (c.first.guest_id, c.second.guest_id) in on_board
            }
        order = self._order
        # Recent arrivals first (each guest is in one card: no two cards tie).
        cards.sort(
            key=lambda c: max(order[c.first.guest_id], order[c.second.guest_id]), reverse=True
        )
        count = len(self._guests)
        empty: EmptyKind | None = None
        if not cards:
            empty = {0: EmptyKind.NOBODY, 1: EmptyKind.ONE_GUEST}.get(count, EmptyKind.NO_MATCH)
        if self._names_view is None:
            self._names_view = MappingProxyType(dict(self._names))
        return WallState(tuple(cards), self.pulse(), empty, self._names_view)

    def pulse(self) -> Pulse:
        if self._pulse is None:
            shown = self._shown
            tags = {k: t for k in self._wanted if (t := shown(k)) is not None}
            ranked = sorted(
                ((k, n) for k, n in self._wanted.items() if k in tags),
                key=lambda item: (-item[1], item[0]),
            )
            offered = self._offered
            self._pulse = Pulse(
                present=len(self._guests),
                wanted=tuple(PulseTag(tags[k], n) for k, n in ranked[:TOP_WANTED]),
                unoffered=tuple(PulseTag(tags[k], n) for k, n in ranked if k not in offered)[
                    :TOP_UNOFFERED
                ],
            )
        return self._pulse


def _drop_zeros(counts: Counter[str], keys: Iterable[str]) -> None:
    for key in set(keys):
        if counts[key] <= 0:
            del counts[key]
