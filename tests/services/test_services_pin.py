"""PinStore: argon2id hash in a private file, refusals, wrong PINs throttled across restarts."""

from __future__ import annotations

import json
import stat
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from argon2 import PasswordHasher

from kiosk.core.pinpolicy import BASE_DELAY_S, FREE_FAILURES, PinProblem
from kiosk.services.pin import (
    PinAlreadySetError,
    PinOutcome,
    PinRefusedError,
    PinStore,
    default_hasher,
)


class FakeClock:
    """Time the test moves by hand (the conftest fixture is shadowed: this one is standalone)."""

    def __init__(self) -> None:
        self.now = datetime(2026, 12, 3, 17, 30, tzinfo=UTC)

    def __call__(self) -> datetime:
        return self.now

    def advance(self, minutes: float) -> None:
        self.now += timedelta(minutes=minutes)


PIN = "284917"
CHEAP = PasswordHasher(time_cost=1, memory_cost=8, parallelism=1)  # tests only: fast


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def pin_path(tmp_path: Path) -> Path:
    return tmp_path / "config" / "pin.json"


@pytest.fixture
def store(pin_path: Path, clock: FakeClock) -> PinStore:
    return PinStore(pin_path, clock, hasher=CHEAP)


def test_no_pin_until_one_is_set(store: PinStore, pin_path: Path) -> None:
    assert not store.is_set()
    assert store.check(PIN).outcome is PinOutcome.NOT_SET
    assert not pin_path.exists()  # checking never creates the file


def test_set_then_check(store: PinStore, pin_path: Path) -> None:
    store.set(PIN)
    assert store.is_set()
    assert store.check(PIN).ok
    assert store.check("284918").outcome is PinOutcome.WRONG
    assert store.check("").outcome is PinOutcome.WRONG


def test_file_is_private_holds_only_a_hash_and_no_temp_file_is_left(
    store: PinStore, pin_path: Path
) -> None:
    store.set(PIN)
    store.check("999991")
    assert stat.S_IMODE(pin_path.stat().st_mode) == 0o600
    text = pin_path.read_text(encoding="utf-8")
    assert PIN not in text
    data = json.loads(text)
    assert data["hash"].startswith("$argon2id$")
    assert len(data["failures"]) == 1
    assert [p.name for p in pin_path.parent.iterdir()] == ["pin.json"]


def test_refuses_to_overwrite_unless_reset(store: PinStore) -> None:
    store.set(PIN)
    with pytest.raises(PinAlreadySetError):
        store.set("905172")
    assert store.check(PIN).ok
    store.set("905172", reset=True)
    assert store.check(PIN).outcome is PinOutcome.WRONG
    assert store.check("905172").ok


@pytest.mark.parametrize(
    ("pin", "problem"),
    [("12345", PinProblem.TOO_SHORT), ("000000", PinProblem.REPEATED),
     ("123456", PinProblem.SEQUENCE), ("12 34 56", PinProblem.NOT_DIGITS)],
)  # fmt: skip
def test_trivial_pins_are_refused(store: PinStore, pin: str, problem: PinProblem) -> None:
    with pytest.raises(PinRefusedError) as refused:
        store.set(pin)
    assert refused.value.problem is problem
    assert not store.is_set()


def test_wrong_pins_are_throttled_even_across_a_restart(
    store: PinStore, pin_path: Path, clock: FakeClock
) -> None:
    store.set(PIN)
    for _ in range(FREE_FAILURES):
        assert store.check("111000").outcome is PinOutcome.WRONG
    throttled = store.check(PIN)  # even the right PIN is not looked at while throttled
    assert throttled.outcome is PinOutcome.THROTTLED
    assert throttled.wait_s == BASE_DELAY_S
    restarted = PinStore(pin_path, clock, hasher=CHEAP)
    assert restarted.check(PIN).outcome is PinOutcome.THROTTLED
    assert restarted.throttled_for() == BASE_DELAY_S
    clock.advance(BASE_DELAY_S / 60)
    assert restarted.check("111000").outcome is PinOutcome.WRONG
    assert restarted.check(PIN).wait_s == 2 * BASE_DELAY_S  # the delay grows
    clock.advance(2 * BASE_DELAY_S / 60)
    assert restarted.check(PIN).ok
    assert restarted.throttled_for() == 0
    assert json.loads(pin_path.read_text(encoding="utf-8"))["failures"] == []


def test_failures_expire_after_an_hour(store: PinStore, clock: FakeClock) -> None:
    store.set(PIN)
    for _ in range(FREE_FAILURES + 2):
        store.check("111000")
        clock.advance(1)
    clock.advance(61)
    assert store.check(PIN).ok


def test_damaged_file_means_no_pin(pin_path: Path, store: PinStore) -> None:
    pin_path.parent.mkdir(parents=True)
    pin_path.write_text("{not json", encoding="utf-8")
    assert not store.is_set()
    assert store.check(PIN).outcome is PinOutcome.NOT_SET
    store.set(PIN)  # and a new PIN can be written over it
    assert store.check(PIN).ok


def test_a_hash_with_old_parameters_is_upgraded_on_success(
    pin_path: Path, clock: FakeClock
) -> None:
    PinStore(pin_path, clock, hasher=CHEAP).set(PIN)
    stronger = PasswordHasher(time_cost=2, memory_cost=16, parallelism=1)
    assert PinStore(pin_path, clock, hasher=stronger).check(PIN).ok
    assert "t=2" in json.loads(pin_path.read_text(encoding="utf-8"))["hash"]


def test_default_parameters_are_rfc_9106_second_choice() -> None:
    digest = default_hasher().hash(PIN)
    assert digest.startswith("$argon2id$v=19$m=65536,t=3,p=4$")


def test_a_disk_that_refuses_the_record_refuses_the_attempt(
    store: PinStore, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Disk full or read-only: no unlimited guessing, the throttle cannot be skipped."""
    store.set(PIN)

    def refuse(data: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(store, "_save", refuse)
    for pin in ("111000", PIN):
        with pytest.raises(OSError, match="No space"):
            store.check(pin)  # not even compared: nothing could record the attempt
