"""How often each pair was shown on the wall or suggested at the kiosk (kept across restarts)."""

from __future__ import annotations

from collections.abc import Iterator

from kiosk.core.matching.model import Exposure, pair_key

_NONE = Exposure()


class ExposureLedger:
    """Exposure counts by unordered pair, with an index by guest for fast fading of one guest.

    Counts of guests who left are kept: they may come back, and storage owns the history.
    """

    def __init__(self) -> None:
        self._counts: dict[tuple[str, str], Exposure] = {}
        self._by_guest: dict[str, set[str]] = {}

    def get(self, a: str, b: str) -> Exposure:
        return self._counts.get(pair_key(a, b), _NONE)

    def put(self, a: str, b: str, exposure: Exposure) -> None:
        if a == b:
            raise ValueError("a pair needs two different guests")
        self._counts[pair_key(a, b)] = exposure
        self._by_guest.setdefault(a, set()).add(b)
        self._by_guest.setdefault(b, set()).add(a)

    def add(self, a: str, b: str, *, shown: int = 0, suggested: int = 0) -> Exposure:
        old = self.get(a, b)
        new = Exposure(old.shown + shown, old.suggested + suggested)
        self.put(a, b, new)
        return new

    def partners(self, guest_id: str) -> set[str]:
        """Everyone the guest has some exposure with."""
        return self._by_guest.get(guest_id, set())

    def __iter__(self) -> Iterator[tuple[tuple[str, str], Exposure]]:
        return iter(self._counts.items())

    def __len__(self) -> int:
        return len(self._counts)
