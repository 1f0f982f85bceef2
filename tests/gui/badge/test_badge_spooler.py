"""The CUPS spooler read through lpstat/lp: real subprocesses running stand-in scripts."""

from __future__ import annotations

import stat
from pathlib import Path

import pytest

from kiosk.ui.badge.spooler import CupsSpooler, PrinterState, parse_lpstat_p

IDLE = "printer QL-820 is idle.  enabled since Tue 03 Dec 2026 17:00:00\n"
PRINTING = "printer QL-820 now printing QL-820-12.  enabled since Tue 03 Dec 2026 17:00:00\n"
DISABLED = (
    "printer QL-820 disabled since Tue 03 Dec 2026 17:00:00 -\n\tPaused by the welcome desk\n"
)
OFFLINE = (
    "printer QL-820 is idle.  enabled since Tue 03 Dec 2026 17:00:00\n"
    "\tThe printer is not connected.\n"
)
WAITING = (
    "printer QL-820 now printing QL-820-3.  enabled since Tue 03 Dec 2026 17:00:00\n"
    "\tWaiting for printer to become available.\n"
)


@pytest.mark.parametrize(
    ("output", "state"),
    [
        (IDLE, PrinterState.READY),
        (PRINTING, PrinterState.READY),
        (DISABLED, PrinterState.STOPPED),
        (OFFLINE, PrinterState.OFFLINE),
        (WAITING, PrinterState.OFFLINE),
        ("printer Other is idle.  enabled since x\n", PrinterState.NO_PRINTER),
        ("", PrinterState.NO_PRINTER),
    ],
)
def test_parse_lpstat_p(output: str, state: PrinterState) -> None:
    assert parse_lpstat_p(output, "QL-820") is state


def test_a_message_of_another_printer_is_not_ours() -> None:
    output = IDLE + "printer Laser is idle.  enabled since x\n\tThe printer is not connected.\n"
    assert parse_lpstat_p(output, "QL-820") is PrinterState.READY


def _tools(folder: Path, scripts: dict[str, str]) -> None:
    for name, body in scripts.items():
        path = folder / name
        path.write_text(f"#!/bin/sh\n{body}\n", encoding="utf-8")
        path.chmod(path.stat().st_mode | stat.S_IXUSR)


@pytest.fixture
def bin_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "bin"
    folder.mkdir()
    monkeypatch.setenv("PATH", str(folder))  # no real CUPS client can answer
    return folder


def test_no_lpstat_means_no_printer(bin_dir: Path) -> None:
    assert CupsSpooler().state("QL-820") is PrinterState.NO_PRINTER
    assert CupsSpooler().state("") is PrinterState.NO_PRINTER
    assert not CupsSpooler().submit("QL-820", bin_dir / "x.pdf", "t").accepted


def test_states_from_lpstat(bin_dir: Path) -> None:
    _tools(bin_dir, {"lpstat": f"printf '{DISABLED}'"})
    assert CupsSpooler().state("QL-820") is PrinterState.STOPPED


def test_unknown_destination(bin_dir: Path) -> None:
    body = 'echo "lpstat: Invalid destination name in list \\"QL-820\\"." >&2; exit 1'
    _tools(bin_dir, {"lpstat": body})
    assert CupsSpooler().state("QL-820") is PrinterState.NO_PRINTER


def test_scheduler_down_is_offline(bin_dir: Path) -> None:
    _tools(bin_dir, {"lpstat": 'echo "lpstat: Scheduler is not running." >&2; exit 1'})
    assert CupsSpooler().state("QL-820") is PrinterState.OFFLINE


def test_default_printer(bin_dir: Path) -> None:
    script = f"""case "$1" in
  -d) echo "system default destination: QL-820";;
  -p) printf '{IDLE}';;
  -o) echo "QL-820-7 kiosk 1024 Tue 03 Dec 2026";;
esac"""
    _tools(bin_dir, {"lpstat": script})
    spooler = CupsSpooler()
    assert spooler.default_printer() == "QL-820"
    assert spooler.state("") is PrinterState.READY
    assert spooler.pending_jobs("QL-820") == ["QL-820-7"]


def test_no_default_printer(bin_dir: Path) -> None:
    _tools(bin_dir, {"lpstat": 'echo "no system default destination"'})
    assert CupsSpooler().state("") is PrinterState.NO_PRINTER


def test_submit_returns_the_job_id(bin_dir: Path, tmp_path: Path) -> None:
    log = tmp_path / "lp.args"
    _tools(bin_dir, {"lp": f'echo "$@" > {log}; echo "request id is QL-820-42 (1 file(s))"'})
    document = tmp_path / "badge.pdf"
    document.write_bytes(b"%PDF-1.4")
    submission = CupsSpooler().submit("QL-820", document, "Icebreaker badge")
    assert submission.accepted
    assert submission.job_id == "QL-820-42"
    assert log.read_text().split() == ["-t", "Icebreaker", "badge", "-d", "QL-820", str(document)]


def test_submit_refused(bin_dir: Path, tmp_path: Path) -> None:
    _tools(bin_dir, {"lp": 'echo "lp: The printer or class does not exist." >&2; exit 1'})
    submission = CupsSpooler().submit("QL-820", tmp_path / "badge.pdf", "t")
    assert not submission.accepted
    assert "does not exist" in submission.error
