"""The organiser PIN's rules: acceptable PINs, and the throttle as a function of past failures."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kiosk.core.pinpolicy import (
    BASE_DELAY_S,
    FREE_FAILURES,
    HOURLY_CAP,
    MAX_DELAY_S,
    PinProblem,
    Verdict,
    check_pin,
    delay_after,
    throttle,
)

NOW = datetime(2026, 12, 3, 17, 30, tzinfo=UTC)


@pytest.mark.parametrize("pin", ["284917", "5820461937", "905172", "314159265358"])
def test_good_pins_are_accepted(pin: str) -> None:
    assert check_pin(pin) is None


@pytest.mark.parametrize(
    ("pin", "problem"),
    [("12a456", PinProblem.NOT_DIGITS), ("", PinProblem.NOT_DIGITS),
     ("٢٨٤٩١٧", PinProblem.NOT_DIGITS), (" 284917", PinProblem.NOT_DIGITS),
     ("28491", PinProblem.TOO_SHORT), ("2849172849173", PinProblem.TOO_LONG),
     ("000000", PinProblem.REPEATED), ("999999999", PinProblem.REPEATED),
     ("121212", PinProblem.REPEATED), ("123123", PinProblem.REPEATED),
     ("123456", PinProblem.SEQUENCE), ("654321", PinProblem.SEQUENCE),
     ("789012", PinProblem.SEQUENCE), ("3456789", PinProblem.SEQUENCE),
     ("147258", PinProblem.COMMON), ("852741", PinProblem.COMMON)],
)  # fmt: skip
def test_trivial_or_malformed_pins_are_refused_with_a_reason(pin: str, problem: PinProblem) -> None:
    assert check_pin(pin) is problem


def _failures(count: int, *, last: datetime = NOW, spacing_s: float = 1) -> list[datetime]:
    return [last - timedelta(seconds=spacing_s * i) for i in range(count)]


def test_five_failures_are_free_then_delays_double() -> None:
    assert throttle([], NOW).allowed
    assert throttle(_failures(FREE_FAILURES - 1), NOW).allowed
    waits = [throttle(_failures(n), NOW).wait_s for n in range(FREE_FAILURES, FREE_FAILURES + 5)]
    assert waits == [BASE_DELAY_S * 2**i for i in range(5)]
    assert throttle(_failures(5), NOW).verdict is Verdict.WAIT
    assert throttle(_failures(5), NOW + timedelta(seconds=BASE_DELAY_S)).allowed
    assert throttle(_failures(30, spacing_s=60), NOW).wait_s == MAX_DELAY_S


def test_failures_older_than_an_hour_no_longer_count() -> None:
    old = _failures(20, last=NOW - timedelta(hours=1, seconds=1))
    assert throttle(old, NOW).allowed


def test_a_clock_set_back_frees_no_guess() -> None:
    future = _failures(6, last=NOW + timedelta(days=1))
    verdict = throttle(future, NOW)
    assert verdict.verdict is Verdict.WAIT
    assert verdict.wait_s == delay_after(6)


def test_hourly_cap_closes_until_the_oldest_failure_is_an_hour_old() -> None:
    failures = _failures(HOURLY_CAP, spacing_s=30)  # 100 failures over the last 50 minutes
    verdict = throttle(failures, NOW)
    assert verdict.verdict is Verdict.HOURLY_CAP
    oldest = min(failures)
    assert verdict.wait_s == int((oldest + timedelta(hours=1) - NOW).total_seconds())
    assert verdict.wait_s > MAX_DELAY_S  # the cap outlasts the longest delay here
    later = NOW + timedelta(seconds=verdict.wait_s)
    assert throttle(failures, later).verdict is not Verdict.HOURLY_CAP


@given(st.lists(st.integers(min_value=0, max_value=7200), max_size=150), st.integers(0, 7200))
def test_throttle_is_bounded_and_more_failures_never_wait_less(
    ages_s: list[int], extra_age_s: int
) -> None:
    failures = [NOW - timedelta(seconds=a) for a in ages_s]
    verdict = throttle(failures, NOW)
    assert 0 <= verdict.wait_s <= 3600
    assert verdict.allowed == (verdict.wait_s == 0)
    more = throttle([*failures, NOW - timedelta(seconds=extra_age_s)], NOW)
    assert more.wait_s >= verdict.wait_s
