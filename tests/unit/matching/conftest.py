"""Shared makers for the matching tests: a seeded crowd of guests with skewed tags."""

from __future__ import annotations

import random
from collections.abc import Callable
from dataclasses import replace

import pytest

from kiosk.core.matching import MatchEngine, Profile

TAGS = [f"tag-{i}" for i in range(40)]
POPULARITY = [1.0 / (i + 1) for i in range(40)]  # a few popular tags, many rare ones


class Crowd:
    """Random guests with skewed tags, a few colleagues and a few refusals (seeded)."""

    def __init__(self, seed: int) -> None:
        self.rng = random.Random(seed)
        self.seq = 0

    def tags(self) -> frozenset[str]:
        return frozenset(self.rng.choices(TAGS, POPULARITY, k=self.rng.randint(1, 4)))

    def guest(self, guest_id: str | None = None) -> Profile:
        self.seq += 1
        rng = self.rng
        return Profile(
            guest_id or f"guest-{self.seq}",
            f"org-{rng.randrange(10)}" if rng.random() < 0.15 else None,
            self.tags(),
            self.tags(),
            rng.random() < 0.9,
            rng.random() < 0.9,
            self.seq,
        )

    def change(self, engine: MatchEngine) -> None:
        """One arrival, departure or tag change."""
        roll = self.rng.random()
        present = sorted(p.guest_id for p in engine.profiles())
        if roll < 0.5 or not present:
            engine.arrive(self.guest())
        elif roll < 0.8:
            engine.leave(self.rng.choice(present))
        else:
            old = engine.profile(self.rng.choice(present))
            engine.update(replace(self.guest(old.guest_id), arrival_seq=old.arrival_seq))


@pytest.fixture
def make_crowd() -> Callable[[int], Crowd]:
    """Crowd(seed): same seed, same guests and changes."""
    return Crowd
