"""Prefix index of one name field (first or last): prefix -> guest ids, and one-typo lookups."""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from kiosk.core.search.keys import MIN_TYPO_LETTERS, near_prefix

Ids = set[str] | frozenset[str]
EMPTY: frozenset[str] = frozenset()
# Below this many guests, checking each one beats spelling out every one-edit variant.
_VERIFY_AT_MOST = 8
# Prefixes shared by this many guests keep their ids sorted between changes.
_SORTED_FROM = 64


class NameField:
    """Every prefix of every key of one name field, mapped to the ids of the guests having it."""

    __slots__ = (
        "_alphabet",
        "_keys",
        "_order",
        "_prefixes",
        "_probes",
        "_sorted",
        "_verify_at_most",
        "_words",
    )

    def __init__(self, order: Mapping[str, str], verify_at_most: int = _VERIFY_AT_MOST) -> None:
        self._order = order  # the index's sort key per guest id
        self._verify_at_most = verify_at_most
        self._prefixes: dict[str, set[str]] = {}
        self._words: dict[str, set[str]] = {}
        self._keys: dict[str, frozenset[str]] = {}
        self._probes: dict[str, tuple[str, ...]] = {}
        self._sorted: dict[str, list[str]] = {}
        # Characters in use, grouped by block of 128 code points: typo candidates substitute
        # letters of the script being typed, not every character of every script indexed.
        self._alphabet: dict[int, dict[str, int]] = {}

    def add(self, guest_id: str, keys: frozenset[str]) -> None:
        self._keys[guest_id] = keys
        # Keys that are no other key's prefix: enough to check a guest for a near prefix.
        self._probes[guest_id] = tuple(
            key for key in keys if not any(o != key and o.startswith(key) for o in keys)
        )
        for key in keys:
            self._words.setdefault(key, set()).add(guest_id)
        for prefix in _prefixes(keys):
            self._prefixes.setdefault(prefix, set()).add(guest_id)
            self._sorted.pop(prefix, None)
        for ch in set().union(*keys):
            block = self._alphabet.setdefault(ord(ch) >> 7, {})
            block[ch] = block.get(ch, 0) + 1

    def remove(self, guest_id: str) -> None:
        keys = self._keys.pop(guest_id)
        del self._probes[guest_id]
        discard(self._words, keys, guest_id)
        prefixes = _prefixes(keys)
        discard(self._prefixes, prefixes, guest_id)
        for prefix in prefixes:
            self._sorted.pop(prefix, None)
        for ch in set().union(*keys):
            block = self._alphabet[ord(ch) >> 7]
            block[ch] -= 1
            if not block[ch]:
                del block[ch]
                if not block:
                    del self._alphabet[ord(ch) >> 7]

    def prefixed(self, prefix: str) -> Ids:
        """Ids with a key starting with ``prefix``: the index's own set, never to be mutated."""
        return self._prefixes.get(prefix, EMPTY)

    def complete(self, word: str) -> Ids:
        """Ids with ``word`` as a complete key."""
        return self._words.get(word, EMPTY)

    def ordered(self, prefix: str) -> list[str]:
        """``prefixed(prefix)`` in the index's order; kept while no guest under it changes."""
        cached = self._sorted.get(prefix)
        if cached is None:
            cached = sorted(self.prefixed(prefix), key=self._order.__getitem__)
            if len(cached) >= _SORTED_FROM:
                self._sorted[prefix] = cached
        return cached

    def near(self, typed: str, within: Ids | None = None, keep: int = 0) -> set[str]:
        """Ids with a key starting within one edit of ``typed`` (exact ones included).

        ``within`` restricts the answer to the ids the rest of the query matched;
        ``keep`` leading characters are taken as typed right: the edit comes after them,
        in a part of at least ``MIN_TYPO_LETTERS``.
        """
        if len(typed) - keep < MIN_TYPO_LETTERS or (within is not None and not within):
            return set()
        if within is not None and len(within) <= self._verify_at_most:
            return self._verify(typed, within, typed[:keep])
        prefixes = self._prefixes
        found: set[str] = set()
        candidates: set[str] = set()
        for i in range(keep, len(typed) - 1):
            head = typed[:i]
            if i:
                under = prefixes.get(head, EMPTY)
                if within is not None:
                    under = under & within
                if len(under) <= self._verify_at_most:
                    # Every edit from here on keeps ``head``: check its few guests instead.
                    found |= self._verify(typed, under, head)
                    break
            typed_ch, rest = typed[i], typed[i + 1 :]
            candidates.add(head + rest)  # an extra letter typed
            candidates.add(head + rest[0] + typed_ch + rest[1:])  # two letters swapped
            for ch in self._alphabet.get(ord(typed_ch) >> 7, ()):
                if ch != typed_ch and head + ch in prefixes:
                    candidates.add(head + ch + rest)  # a wrong letter
                    candidates.add(head + ch + typed_ch + rest)  # a letter left out
        else:
            # A wrong or extra last letter, or one left out before it: all keep typed[:-1].
            candidates.add(typed[:-1])
        for candidate in candidates:
            ids = prefixes.get(candidate)
            if ids:
                found.update(ids if within is None else ids & within)
        return found

    def _verify(self, typed: str, ids: Iterable[str], head: str) -> set[str]:
        """Ids with a key starting with ``head`` and within one edit of ``typed``."""
        probes = self._probes
        found = set()
        for gid in ids:
            for key in probes[gid]:
                if key.startswith(head) and near_prefix(typed, key):
                    found.add(gid)
                    break
        return found


def _prefixes(keys: Iterable[str]) -> set[str]:
    return {key[:n] for key in keys for n in range(1, len(key) + 1)}


def discard(index: dict[str, set[str]], keys: Iterable[str], guest_id: str) -> None:
    """Remove ``guest_id`` under each key, dropping keys left with nobody."""
    for key in keys:
        ids = index[key]
        ids.discard(guest_id)
        if not ids:
            del index[key]
