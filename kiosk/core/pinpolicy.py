"""The organiser PIN's rules: which PINs are acceptable, and how wrong guesses are throttled."""

from __future__ import annotations

import itertools
import math
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from enum import StrEnum

MIN_LENGTH = 6
MAX_LENGTH = 12
FREE_FAILURES = 5  # wrong PINs allowed before any delay
BASE_DELAY_S = 5  # after the 5th failure; doubles with each further failure
MAX_DELAY_S = 600
HOURLY_CAP = 100  # attempts per sliding hour, whatever the delays
WINDOW = timedelta(hours=1)

# Easy to guess beyond the patterns below (keypad shapes, well-known PINs).
_COMMON = frozenset(
    {"147258", "258369", "159753", "951357", "102030", "112233", "696969", "131313",
     "142536", "789456", "456789", "147852", "963852", "111222", "101010", "123321"}
)  # fmt: skip


class PinProblem(StrEnum):
    """Why a new PIN is refused."""

    NOT_DIGITS = "pin_not_digits"
    TOO_SHORT = "pin_too_short"
    TOO_LONG = "pin_too_long"
    REPEATED = "pin_repeated"  # 000000, 121212, 123123
    SEQUENCE = "pin_sequence"  # 123456, 654321, 345678
    COMMON = "pin_common"


def _is_sequence(pin: str) -> bool:
    steps = {(int(b) - int(a)) % 10 for a, b in itertools.pairwise(pin)}
    return steps in ({1}, {9})


def _repeats_a_pattern(pin: str) -> bool:
    return any(
        len(pin) % size == 0 and pin == pin[:size] * (len(pin) // size)
        for size in range(1, len(pin) // 2 + 1)
    )


def check_pin(pin: str) -> PinProblem | None:
    """None when ``pin`` may be used: 6 to 12 ASCII digits, not trivial to guess."""
    if not pin.isascii() or not pin.isdigit():
        return PinProblem.NOT_DIGITS
    if len(pin) < MIN_LENGTH:
        return PinProblem.TOO_SHORT
    if len(pin) > MAX_LENGTH:
        return PinProblem.TOO_LONG
    if _repeats_a_pattern(pin):
        return PinProblem.REPEATED
    if _is_sequence(pin):
        return PinProblem.SEQUENCE
    if pin in _COMMON or pin[::-1] in _COMMON:
        return PinProblem.COMMON
    return None


class Verdict(StrEnum):
    ALLOWED = "allowed"
    WAIT = "wait"  # growing delay after too many failures in a row
    HOURLY_CAP = "hourly_cap"  # 100 attempts in the last hour


@dataclass(frozen=True, slots=True)
class Throttle:
    verdict: Verdict
    wait_s: int = 0  # whole seconds before the next attempt is accepted

    @property
    def allowed(self) -> bool:
        return self.verdict is Verdict.ALLOWED


def recent(failures: Sequence[datetime], now: datetime) -> list[datetime]:
    """The failures that still count (the last hour); a clock set back never frees a guess."""
    return sorted(min(f, now) for f in failures if now - min(f, now) < WINDOW)


def delay_after(count: int) -> int:
    """Seconds to wait after ``count`` failures in a row (0 for the first five)."""
    if count < FREE_FAILURES:
        return 0
    return int(min(BASE_DELAY_S * 2 ** min(count - FREE_FAILURES, 16), MAX_DELAY_S))


def throttle(failures: Sequence[datetime], now: datetime) -> Throttle:
    """May a PIN be tried at ``now``, given the failure times (aware) since the last success?

    Delays grow with the failures of the last hour; 100 of them close the door for the hour.
    """
    counted = recent(failures, now)
    if not counted:
        return Throttle(Verdict.ALLOWED)
    ready = counted[-1] + timedelta(seconds=delay_after(len(counted)))
    if len(counted) >= HOURLY_CAP:
        reopens = counted[len(counted) - HOURLY_CAP] + WINDOW
        return Throttle(Verdict.HOURLY_CAP, _ceil_s(max(reopens, ready) - now))
    if ready > now:
        return Throttle(Verdict.WAIT, _ceil_s(ready - now))
    return Throttle(Verdict.ALLOWED)


def _ceil_s(delta: timedelta) -> int:
    return max(1, math.ceil(delta.total_seconds()))
