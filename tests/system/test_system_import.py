"""`kiosk import` with a workbook, a duplicate ticket and a file it cannot read, FR and EN."""

from __future__ import annotations

import io
import os
import subprocess
import sys
from pathlib import Path

import openpyxl
import pytest

from kiosk.core.event import Event
from kiosk.storage import open_database


def _kiosk(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "kiosk", "import", *args],
        capture_output=True,
        text=True,
        timeout=120,
        env={**os.environ, "ICEBREAKER_CONFIG": os.devnull},
        check=False,
    )


@pytest.fixture
def database_url(tmp_path: Path) -> str:
    url = f"sqlite:///{tmp_path / 'event.sqlite3'}"
    with open_database(url) as database, database.unit_of_work() as uow:
        uow.events.create(Event(id="evt", name="Soirée"))
        uow.commit()
    return url


def test_a_workbook_with_a_duplicate_ticket(tmp_path: Path, database_url: str) -> None:
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    assert sheet is not None
    for row in (["Prénom", "Nom", "Code-barres"], ["Ada", "Lovelace", 1815], ["Bo", "Li", 1815]):
        sheet.append(row)
    buffer = io.BytesIO()
    workbook.save(buffer)
    path = tmp_path / "liste.xlsx"
    path.write_bytes(buffer.getvalue())
    result = _kiosk(str(path), "--db", database_url, "--lang", "fr")
    assert result.returncode == 1, result.stderr
    assert "1 invités créés" in result.stdout
    assert "ligne 3, colonne « Code-barres » : billet en double (1815, comme ligne 2)" in (
        result.stdout
    )
    again = _kiosk(str(path), "--db", database_url, "--lang", "en", "--map", "Code-barres=ignore")
    # Ada is found again by her name; Bo, refused the first time, is created.
    assert "1 guests created, 0 updated, 1 unchanged, 0 rows failed" in again.stdout


@pytest.mark.parametrize(
    ("data", "args", "message"),
    [
        (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", [], "old Excel format (.xls)"),
        (b"email\nx@example.org\n", [], "no first-name column"),
        (
            "prénom\nHélène\n".encode("cp1252"),
            ["--encoding", "utf-8"],
            "line 1: the file is not utf-8",
        ),
    ],
)
def test_unusable_files_are_refused_with_a_reason(
    tmp_path: Path, database_url: str, data: bytes, args: list[str], message: str
) -> None:
    path = tmp_path / "list.csv"
    path.write_bytes(data)
    result = _kiosk(str(path), "--db", database_url, "--lang", "en", *args)
    assert result.returncode == 2
    assert message in result.stderr
