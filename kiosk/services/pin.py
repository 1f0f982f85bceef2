"""The organiser PIN on this machine: an argon2id hash and recent failures in one private file."""

from __future__ import annotations

import json
import logging
import os
import tempfile
from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum
from pathlib import Path
from typing import Any

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError

from kiosk.core.pinpolicy import PinProblem, check_pin, recent, throttle
from kiosk.services.station import Clock, utc_now

FILE_MODE = 0o600
FORMAT_VERSION = 1


log = logging.getLogger(__name__)


def default_hasher() -> PasswordHasher:
    """RFC 9106's second recommended argon2id setting: 3 passes over 64 MiB, 4 lanes."""
    return PasswordHasher(time_cost=3, memory_cost=64 * 1024, parallelism=4)


class PinOutcome(StrEnum):
    OK = "ok"
    WRONG = "wrong"
    THROTTLED = "throttled"
    NOT_SET = "not_set"


@dataclass(frozen=True, slots=True)
class PinCheck:
    outcome: PinOutcome
    wait_s: int = 0  # THROTTLED: seconds before the next attempt is accepted

    @property
    def ok(self) -> bool:
        return self.outcome is PinOutcome.OK


class PinAlreadySetError(RuntimeError):
    """A PIN exists: replacing it needs ``reset=True`` (``kiosk set-pin --reset``)."""


class PinRefusedError(ValueError):
    """The new PIN breaks a rule of kiosk.core.pinpolicy; ``problem`` says which."""

    def __init__(self, problem: PinProblem) -> None:
        super().__init__(str(problem))
        self.problem = problem


class PinStore:
    """Sets and checks the PIN stored at ``path`` (e.g. pin.json next to machine.toml).

    The file holds the hash and the failure times only; it is mode 0600 and replaced
    atomically, so a crash never leaves half a file and a restart keeps the throttle.
    """

    def __init__(
        self, path: Path, clock: Clock = utc_now, *, hasher: PasswordHasher | None = None
    ) -> None:
        self.path = path
        self._clock = clock
        self._hasher = hasher or default_hasher()

    def is_set(self) -> bool:
        return str(self._load().get("hash", "")).startswith("$argon2id$")

    def set(self, pin: str, *, reset: bool = False) -> None:
        """Store a new PIN; refuses to replace one unless ``reset`` (a forgotten PIN)."""
        problem = check_pin(pin)
        if problem is not None:
            raise PinRefusedError(problem)
        if self.is_set() and not reset:
            raise PinAlreadySetError(str(self.path))
        self._save({"hash": self._hasher.hash(pin), "failures": []})

    def check(self, pin: str) -> PinCheck:
        """Verify ``pin`` unless throttled; a failure is recorded before the answer is given."""
        stored = self._load()
        digest = str(stored.get("hash", ""))
        if not digest.startswith("$argon2id$"):
            return PinCheck(PinOutcome.NOT_SET)
        now = self._clock()
        failures = recent(_times(stored.get("failures", [])), now)
        verdict = throttle(failures, now)
        if not verdict.allowed:
            return PinCheck(PinOutcome.THROTTLED, verdict.wait_s)
        # Every attempt is recorded as a failure before the PIN is compared: a disk that
        # refuses the record (full, read-only) refuses the attempt with it (OSError), so a
        # broken disk can never mean unlimited guesses. A right PIN then clears the record.
        self._save({"hash": digest, "failures": [t.isoformat() for t in [*failures, now]]})
        try:
            self._hasher.verify(digest, pin)  # constant-time comparison inside argon2
        except (VerificationError, InvalidHashError):
            return PinCheck(PinOutcome.WRONG)
        new_digest = digest
        if self._hasher.check_needs_rehash(digest):
            new_digest = self._hasher.hash(pin)
        try:
            self._save({"hash": new_digest, "failures": []})
        except OSError:  # the organiser is right: let them in; the stale failure expires
            log.warning("could not clear the PIN failures after a right PIN", exc_info=True)
        return PinCheck(PinOutcome.OK)

    def throttled_for(self) -> int:
        """Seconds before a PIN may be tried (0: now), for the PIN pad to show."""
        now = self._clock()
        verdict = throttle(recent(_times(self._load().get("failures", [])), now), now)
        return verdict.wait_s

    def _load(self) -> dict[str, Any]:
        try:
            data = json.loads(self.path.read_text(encoding="utf-8"))
        except (FileNotFoundError, NotADirectoryError):
            return {}
        except (OSError, ValueError):
            return {}  # unreadable or damaged: no PIN; `kiosk set-pin --reset` writes a new one
        return data if isinstance(data, dict) else {}

    def _save(self, data: dict[str, Any]) -> None:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        text = json.dumps({"version": FORMAT_VERSION, **data}, indent=1)
        fd, tmp = tempfile.mkstemp(dir=self.path.parent, prefix=".pin-", suffix=".tmp")
        try:
            os.fchmod(fd, FILE_MODE)
            with os.fdopen(fd, "w", encoding="utf-8") as file:
                file.write(text)
                file.flush()
                os.fsync(file.fileno())
            os.replace(tmp, self.path)
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise


def _times(raw: object) -> list[datetime]:
    if not isinstance(raw, list):
        return []
    times = []
    for value in raw:
        try:
            parsed = datetime.fromisoformat(str(value))
        except ValueError:
            continue
        if parsed.tzinfo is not None:
            times.append(parsed)
    return times
