"""The print spooler behind a small interface: CUPS through lpstat and lp, a fake for tests."""

from __future__ import annotations

import logging
import os
import re
import subprocess
from collections.abc import Sequence
from dataclasses import dataclass, field
from enum import StrEnum
from pathlib import Path
from typing import Protocol

_log = logging.getLogger(__name__)
_TIMEOUT_S = 5.0
# printer-state-message words CUPS backends use when the device is unreachable.
_OFFLINE = re.compile(
    r"offline|not connected|unable to connect|not responding|waiting for printer|"
    r"cannot connect|connection refused|no route to host|unplugged",
    re.IGNORECASE,
)
_REQUEST_ID = re.compile(r"request id is (\S+)")


class PrinterState(StrEnum):
    READY = "ready"  # idle or printing: a job will be taken
    NO_PRINTER = "no_printer"  # no such printer, no default printer, or no spooler at all
    STOPPED = "stopped"  # disabled in the spooler (paused by someone, or after an error)
    OFFLINE = "offline"  # the spooler cannot reach the device


@dataclass(frozen=True, slots=True)
class Submission:
    """What the spooler said to a job: its id when accepted, else why not."""

    job_id: str = ""
    error: str = ""

    @property
    def accepted(self) -> bool:
        return bool(self.job_id) and not self.error


class Spooler(Protocol):
    def state(self, printer: str) -> PrinterState:
        """The state of ``printer`` ("" is the system's default printer)."""
        ...

    def submit(self, printer: str, document: Path, title: str) -> Submission:
        """Queue a PDF on ``printer``; never raises."""
        ...


def _run(args: Sequence[str]) -> subprocess.CompletedProcess[str] | None:
    """Run a CUPS client in the C locale (we parse its words); None when it cannot run."""
    env = {**os.environ, "LC_ALL": "C", "LANG": "C"}
    try:
        return subprocess.run(
            list(args), capture_output=True, text=True, timeout=_TIMEOUT_S, env=env, check=False
        )
    except FileNotFoundError:
        return None  # no CUPS client installed: there is no printer to speak of
    except (OSError, subprocess.SubprocessError) as exc:
        _log.warning("%s failed: %s", args[0], exc)
        return None


def parse_lpstat_p(output: str, printer: str) -> PrinterState:
    """The state of ``printer`` in ``lpstat -p`` output (the C locale's words)."""
    lines = output.splitlines()
    for i, line in enumerate(lines):
        words = line.split()
        if len(words) < 3 or words[0] != "printer" or words[1] != printer:
            continue
        details = [line]
        for following in lines[i + 1 :]:
            if not following[:1].isspace():
                break
            details.append(following)
        text = " ".join(details)
        if " disabled " in f" {text} ":
            return PrinterState.STOPPED
        if _OFFLINE.search(" ".join(details[1:])):
            return PrinterState.OFFLINE
        return PrinterState.READY
    return PrinterState.NO_PRINTER


class CupsSpooler:
    """CUPS through its command-line clients (pycups is not a dependency)."""

    def default_printer(self) -> str:
        done = _run(["lpstat", "-d"])
        if done is None or done.returncode != 0:
            return ""
        _, _, name = done.stdout.partition(":")
        name = name.strip()
        return "" if not name or " " in name else name

    def state(self, printer: str) -> PrinterState:
        name = printer or self.default_printer()
        if not name:
            return PrinterState.NO_PRINTER
        done = _run(["lpstat", "-p", name])
        if done is None:
            return PrinterState.NO_PRINTER
        if done.returncode != 0:
            # "Invalid destination name" or the scheduler not running.
            scheduler_down = "scheduler" in done.stderr.lower() or "connect" in done.stderr.lower()
            return PrinterState.OFFLINE if scheduler_down else PrinterState.NO_PRINTER
        return parse_lpstat_p(done.stdout, name)

    def pending_jobs(self, printer: str) -> list[str]:
        """Ids of the jobs still queued on ``printer`` (``lpstat -o``)."""
        done = _run(["lpstat", "-o", printer] if printer else ["lpstat", "-o"])
        if done is None or done.returncode != 0:
            return []
        return [line.split()[0] for line in done.stdout.splitlines() if line.strip()]

    def submit(self, printer: str, document: Path, title: str) -> Submission:
        args = ["lp", "-t", title]
        if printer:
            args += ["-d", printer]
        done = _run([*args, str(document)])
        if done is None:
            return Submission(error="lp is not available")
        match = _REQUEST_ID.search(done.stdout)
        if done.returncode != 0 or match is None:
            return Submission(error=(done.stderr or done.stdout).strip() or "lp failed")
        return Submission(job_id=match.group(1))


@dataclass
class FakeSpooler:
    """A spooler for tests: set each printer's state, make submissions fail, see what came in."""

    states: dict[str, PrinterState] = field(default_factory=dict)
    default_state: PrinterState = PrinterState.NO_PRINTER
    reject_jobs: bool = False
    raise_on: set[str] = field(default_factory=set)  # method names that raise, like a bug
    submitted: list[tuple[str, bytes, str]] = field(default_factory=list)

    def state(self, printer: str) -> PrinterState:
        if "state" in self.raise_on:
            raise RuntimeError("spooler broke")
        return self.states.get(printer, self.default_state)

    def submit(self, printer: str, document: Path, title: str) -> Submission:
        if "submit" in self.raise_on:
            raise RuntimeError("spooler broke")
        if self.reject_jobs:
            return Submission(error="job rejected")
        self.submitted.append((printer, document.read_bytes(), title))
        return Submission(job_id=f"{printer or 'default'}-{len(self.submitted)}")
