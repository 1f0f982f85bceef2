"""The guest index: kept in memory, updated entry by entry from the change log, searched per key."""

from __future__ import annotations

import heapq
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field

from kiosk.core.search.field import Ids, NameField, discard
from kiosk.core.search.keys import (
    last_initial,
    masked_email,
    name_keys,
    name_words,
    searchable,
    ticket_key,
)
from kiosk.core.text import fold

# More words than this is not a name being typed; it bounds the splits tried per keystroke.
_MAX_TOKENS = 6
# Rank tiers, lower first. A scanned or typed ticket code first; exact prefixes before any
# typo; the order typed (first name, then last name) before the whole query read as one
# name, before the reverse order; inside each, complete words before partial ones.
_TICKET = 0
_NATURAL, _WHOLE, _SWAPPED = 10, 13, 16
_TYPO_NATURAL, _TYPO_SWAPPED, _TYPO_WHOLE = 20, 21, 22
# Past this many namesakes in a row, stop looking for other names to show first.
_NAMESAKES_SKIPPED_AT_MOST = 200


@dataclass(frozen=True, slots=True)
class GuestEntry:
    """What the index knows of a guest; ``email`` is private and only builds the hint."""

    guest_id: str
    first_name: str
    last_name: str = ""
    email: str = field(default="", repr=False)
    ticket_code: str | None = None


@dataclass(frozen=True, slots=True)
class SearchHit:
    """One result row: enough for a guest to recognise themselves, and nothing more.

    ``hint`` is the masked email (see ``masked_email``), "" when there is none.
    """

    guest_id: str
    first_name: str
    last_initial: str
    hint: str


@dataclass(frozen=True, slots=True)
class _Tier:
    rank: int
    ids: Ids
    # Lists already in the index's order that together hold ``ids``: lets a tier of
    # thousands (a two-letter query) yield its first few without sorting them all.
    ordered: tuple[list[str], ...] = ()


class GuestIndex:
    """Guests searchable by name prefixes in either order, one typo, or ticket code.

    Within a tier, guests come by shorter folded full name (what was typed covers more
    of it), then alphabetically by folded first and last name, then by id: the same
    guests give the same answer whatever order they were added in. One guest per
    display name (first name and last initial) comes before their namesakes, so that
    five "Marie D." do not hide a "Margaux D.". Presence plays no part: arriving, "welcome
    back" and "I'm leaving" all search the same list, and at any hour one of them is common.
    """

    def __init__(self, entries: Iterable[GuestEntry] = ()) -> None:
        self._hits: dict[str, SearchHit] = {}
        self._tickets_of: dict[str, str] = {}
        self._order: dict[str, str] = {}
        self._first = NameField(self._order)
        self._last = NameField(self._order)
        self._tickets: dict[str, set[str]] = {}
        for entry in entries:
            self.add(entry)

    def __len__(self) -> int:
        return len(self._hits)

    def __contains__(self, guest_id: object) -> bool:
        return guest_id in self._hits

    def add(self, entry: GuestEntry) -> None:
        """Index a new guest; ``ValueError`` if the id is already indexed."""
        gid = entry.guest_id
        if gid in self._hits:
            raise ValueError(f"guest {gid!r} is already indexed")
        hint = masked_email(entry.email)
        self._hits[gid] = SearchHit(gid, entry.first_name, last_initial(entry.last_name), hint)
        first, last = fold(entry.first_name), fold(entry.last_name)
        # One string compares faster than a tuple when thousands are sorted.
        self._order[gid] = f"{len(first) + len(last):04d}{first}\0{last}\0{gid}"
        self._first.add(gid, name_keys(first))
        self._last.add(gid, name_keys(last))
        ticket = ticket_key(entry.ticket_code or "")
        if ticket:
            self._tickets_of[gid] = ticket
            self._tickets.setdefault(ticket, set()).add(gid)

    def update(self, entry: GuestEntry) -> None:
        """Replace the guest with the same id; ``KeyError`` if it is not indexed."""
        self.remove(entry.guest_id)
        self.add(entry)

    def remove(self, guest_id: str) -> None:
        """Forget a guest; ``KeyError`` if it is not indexed."""
        del self._hits[guest_id]
        self._first.remove(guest_id)
        self._last.remove(guest_id)
        del self._order[guest_id]
        ticket = self._tickets_of.pop(guest_id, None)
        if ticket:
            discard(self._tickets, (ticket,), guest_id)

    def by_ticket(self, code: str) -> str | None:
        """The guest holding this ticket code; None if unknown or held by several guests."""
        ids = self._tickets.get(ticket_key(code))
        if ids is None or len(ids) != 1:
            return None  # checking in the wrong one of two holders is worse than asking
        return next(iter(ids))

    def search(self, query: str, limit: int = 5) -> list[SearchHit]:
        """At most ``limit`` guests matching what was typed, best first."""
        if limit < 1:
            return []
        tiers: list[_Tier] = []
        holder = self.by_ticket(query)
        if holder is not None:
            tiers.append(_Tier(_TICKET, {holder}))
        tokens = name_words(fold(query))[:_MAX_TOKENS]
        found: Iterable[_Tier] = tiers
        if searchable(tokens):
            exact = sorted(self._exact(tokens), key=lambda tier: tier.rank)
            tiers += exact
            if not _at_least(limit, [tier.ids for tier in exact]):
                # Typo candidates cost more: only looked for, tier by tier, when needed.
                found = _chain(tiers, self._typos(tokens))
        return [self._hits[gid] for gid in self._pick(found, limit)]

    def _exact(self, tokens: list[str]) -> Iterator[_Tier]:
        first, last = self._first, self._last
        whole = "".join(tokens)
        if len(tokens) == 1:
            # One word may be either name, but the screen asks for a name and most people
            # start with their first: "ma" shows Marc and Maëlle before Inès Martin.
            yield _Tier(_NATURAL, first.complete(whole))
            yield _Tier(_NATURAL + 1, first.prefixed(whole), (first.ordered(whole),))
            yield _Tier(_NATURAL + 2, last.complete(whole))
            yield _Tier(_NATURAL + 3, last.prefixed(whole), (last.ordered(whole),))
            return
        for k in range(1, len(tokens)):
            head, tail = "".join(tokens[:k]), "".join(tokens[k:])
            for rank, a, b in ((_NATURAL, first, last), (_SWAPPED, last, first)):
                ids = a.prefixed(head) & b.prefixed(tail)
                if ids:
                    full_head, full_tail = a.complete(head), b.complete(tail)
                    yield _Tier(rank, ids & full_head & full_tail)
                    yield _Tier(rank + 1, ids & (full_head | full_tail))
                    yield _Tier(rank + 2, ids)
        # "jean baptiste", "n diaye", "de la font": the words of one name.
        yield _Tier(_WHOLE, first.complete(whole) | last.complete(whole))
        yield _Tier(_WHOLE + 1, first.prefixed(whole) | last.prefixed(whole))

    def _typos(self, tokens: list[str]) -> Iterator[_Tier]:
        """One typo in one part of the query, the other parts typed right."""
        first, last = self._first, self._last
        whole = "".join(tokens)
        if len(tokens) > 1:
            for rank, a, b in ((_TYPO_NATURAL, first, last), (_TYPO_SWAPPED, last, first)):
                ids: set[str] = set()
                for k in range(1, len(tokens)):
                    head, tail = "".join(tokens[:k]), "".join(tokens[k:])
                    ids |= a.near(head, within=b.prefixed(tail))
                    ids |= b.near(tail, within=a.prefixed(head))
                yield _Tier(rank, ids)
        # Read as one name ("jean batpiste", "n diyae"), the typo is looked for in the last
        # word only: trying every position of a long query costs too much per keystroke.
        keep = len(whole) - len(tokens[-1])
        yield _Tier(_TYPO_WHOLE, first.near(whole, keep=keep) | last.near(whole, keep=keep))

    def _pick(self, tiers: Iterable[_Tier], limit: int) -> list[str]:
        """The best ``limit`` ids, tier by tier, each tier in the index's order."""
        chosen: list[str] = []
        seen: set[str] = set()
        shown: set[tuple[str, str]] = set()
        for tier in tiers:
            room = limit - len(chosen)
            if room <= 0:
                break
            if tier.ordered:
                candidates: Iterable[str] = heapq.merge(*tier.ordered, key=self._order.__getitem__)
            else:
                candidates = sorted(tier.ids - seen, key=self._order.__getitem__)
            picked = self._one_per_name(candidates, seen, shown, room)
            chosen += picked
            seen.update(picked)
        return chosen

    def _one_per_name(
        self, candidates: Iterable[str], seen: set[str], shown: set[tuple[str, str]], room: int
    ) -> list[str]:
        """First ``room`` new candidates, a namesake of one already shown only after the others."""
        picked: list[str] = []
        namesakes: list[str] = []
        skipped = 0
        for gid in candidates:
            if gid in seen:
                continue
            hit = self._hits[gid]
            name = (hit.first_name, hit.last_initial)
            if name not in shown:
                shown.add(name)
                picked.append(gid)
                if len(picked) == room:
                    break
            else:
                if len(namesakes) < room:
                    namesakes.append(gid)
                skipped += 1
                if skipped > _NAMESAKES_SKIPPED_AT_MOST:
                    break
            seen.add(gid)  # a guest in both name fields comes once
        return (picked + namesakes)[:room]


def _at_least(count: int, groups: list[Ids]) -> bool:
    """Whether the groups hold ``count`` different ids, without a union in the common case."""
    return any(len(ids) >= count for ids in groups) or len(set().union(*groups)) >= count


def _chain(first: list[_Tier], then: Iterator[_Tier]) -> Iterator[_Tier]:
    yield from first
    yield from then
