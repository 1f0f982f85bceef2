"""Printing through QPrinter to PDF (the real printer's code path) and through a fake spooler."""

from __future__ import annotations

from pathlib import Path

import pytest
from badge_support import guest_named, pdf_pages, pdf_qr_codes, pdf_text
from PySide6.QtWidgets import QApplication

from kiosk.core.badge import TEMPLATES, badge_content, template
from kiosk.core.badgesheet import sheet_layout
from kiosk.core.demo import DemoEvent
from kiosk.core.guest import Guest
from kiosk.ui.badge.printing import (
    JOB_TITLE,
    BadgeOutputError,
    BadgePrinter,
    PrintResult,
    write_badge_pdf,
    write_batch_pdf,
)
from kiosk.ui.badge.spooler import FakeSpooler, PrinterState


@pytest.mark.parametrize("name", sorted(TEMPLATES))
def test_badge_pdf_has_the_name_as_text_and_a_readable_qr(
    qapp: QApplication, demo: DemoEvent, base_guest: Guest, tmp_path: Path, name: str
) -> None:
    content = badge_content(guest_named(base_guest, "accents"), demo.event, demo.vocabulary)
    path = tmp_path / "badge.pdf"
    write_badge_pdf(content, TEMPLATES[name], path)
    assert pdf_pages(path) == 1
    text = pdf_text(path)
    assert "Ødegård-Çelik" in text
    assert pdf_qr_codes(path, tmp_path) == [content.qr_payload]


def test_badge_pdf_page_is_the_template_size(
    qapp: QApplication, demo: DemoEvent, base_guest: Guest, tmp_path: Path
) -> None:
    import subprocess

    content = badge_content(base_guest, demo.event, demo.vocabulary)
    path = tmp_path / "badge.pdf"
    write_badge_pdf(content, template("insert-4x3"), path)
    info = subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True, check=True)
    size = next(ln for ln in info.stdout.splitlines() if ln.startswith("Page size:"))
    width, height = (float(v) for v in size.split()[2:5:2])
    assert (width, height) == pytest.approx((288, 216), abs=0.6)  # 4 x 3 in, in points


def test_unwritable_pdf_raises_a_clear_error(
    qapp: QApplication, demo: DemoEvent, base_guest: Guest, tmp_path: Path
) -> None:
    content = badge_content(base_guest, demo.event, demo.vocabulary)
    with pytest.raises(BadgeOutputError, match="missing"):
        write_badge_pdf(content, template(""), tmp_path / "missing" / "badge.pdf")


@pytest.mark.parametrize(
    ("state", "result"),
    [
        (PrinterState.NO_PRINTER, PrintResult.NO_PRINTER),
        (PrinterState.STOPPED, PrintResult.PRINTER_STOPPED),
        (PrinterState.OFFLINE, PrintResult.PRINTER_OFFLINE),
    ],
)
def test_printer_states_give_results_and_nothing_is_sent(
    qapp: QApplication,
    demo: DemoEvent,
    base_guest: Guest,
    state: PrinterState,
    result: PrintResult,
) -> None:
    spooler = FakeSpooler(states={"QL-820": state})
    printer = BadgePrinter(spooler, "QL-820", template("label-62x100"))
    content = badge_content(base_guest, demo.event, demo.vocabulary)
    assert printer.print_badge(content) is result
    assert spooler.submitted == []


def test_a_ready_printer_gets_the_pdf(
    qapp: QApplication, demo: DemoEvent, base_guest: Guest, tmp_path: Path
) -> None:
    spooler = FakeSpooler(states={"QL-820": PrinterState.READY})
    printer = BadgePrinter(spooler, "QL-820", template("label-62x100"), spool_dir=tmp_path)
    guest = guest_named(base_guest, "latin")
    content = badge_content(guest, demo.event, demo.vocabulary)
    assert printer.print_badge(content) is PrintResult.PRINTED
    [(name, document, title)] = spooler.submitted
    assert (name, title) == ("QL-820", JOB_TITLE)
    assert guest.first_name not in title  # job titles are public in the spooler
    received = tmp_path / "received.pdf"
    received.write_bytes(document)
    assert "Léa" in pdf_text(received)
    assert pdf_qr_codes(received, tmp_path) == [content.qr_payload]
    assert list(tmp_path.glob("tmp*")) == []  # the spool copy is gone


def test_a_rejected_job_fails(qapp: QApplication, demo: DemoEvent, base_guest: Guest) -> None:
    spooler = FakeSpooler(default_state=PrinterState.READY, reject_jobs=True)
    printer = BadgePrinter(spooler, "", template(""))
    assert printer.print_badge(badge_content(base_guest, demo.event, demo.vocabulary)) is (
        PrintResult.FAILED
    )


@pytest.mark.parametrize("broken", ["state", "submit"])
def test_a_broken_spooler_never_raises_into_the_checkin(
    qapp: QApplication, demo: DemoEvent, base_guest: Guest, broken: str
) -> None:
    spooler = FakeSpooler(default_state=PrinterState.READY, raise_on={broken})
    printer = BadgePrinter(spooler, "", template(""))
    content = badge_content(base_guest, demo.event, demo.vocabulary)
    assert printer.print_badge(content) is PrintResult.FAILED
    assert printer.state() in set(PrinterState)


def test_an_unwritable_spool_folder_fails_quietly(
    qapp: QApplication, demo: DemoEvent, base_guest: Guest, tmp_path: Path
) -> None:
    spooler = FakeSpooler(default_state=PrinterState.READY)
    printer = BadgePrinter(spooler, "", template(""), spool_dir=tmp_path / "gone")
    content = badge_content(base_guest, demo.event, demo.vocabulary)
    assert printer.print_badge(content) is PrintResult.FAILED


@pytest.mark.parametrize(("name", "count"), [("insert-4x3", 9), ("card-54x86", 10), ("a6", 3)])
def test_batch_pdf_pages_names_and_codes(
    qapp: QApplication, demo: DemoEvent, tmp_path: Path, name: str, count: int
) -> None:
    guests = list(demo.guests[:count])
    path = tmp_path / "batch.pdf"
    tpl = TEMPLATES[name]
    pages = write_batch_pdf(guests, demo.event, demo.vocabulary, path, tpl)
    per_page = sheet_layout(tpl).per_page
    assert pages == -(-count // per_page) == pdf_pages(path)
    text = pdf_text(path)
    for guest in guests:
        assert guest.last_name in text
    codes = pdf_qr_codes(path, tmp_path, dpi=200)
    expected = {badge_content(g, demo.event, demo.vocabulary).qr_payload for g in guests}
    assert len(codes) == min(count, per_page)
    assert set(codes) <= expected


def test_empty_batch_writes_nothing(qapp: QApplication, demo: DemoEvent, tmp_path: Path) -> None:
    path = tmp_path / "none.pdf"
    assert write_batch_pdf([], demo.event, demo.vocabulary, path, template("")) == 0
    assert not path.exists()
