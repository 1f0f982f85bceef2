"""The "Import guests" page over the demo event: suggestions, preview, progress, the report."""

from __future__ import annotations

import io
from collections.abc import Iterator
from pathlib import Path

import openpyxl
import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot
from shiboken6 import Shiboken

from kiosk.app.organisercontext import OrganiserContext, OrganiserEnvironment
from kiosk.app.organiserimport import ImportController, build_import
from kiosk.app.worker import ServiceWorker
from kiosk.core.demo import DemoEvent
from kiosk.core.guest import Language
from kiosk.core.guestlist import Field
from kiosk.storage import Database
from kiosk.ui.i18n import install_language
from kiosk.ui.organiser.importing.page import ImportPage

LIST = (
    "Prénom;Nom;Courriel;Société;Code-barres;Notes\n"
    "Hélène;Lefèvre;helene@example.fr;Atelier Lumière;IMP-1;\n"
    ";Sans Prénom;x@example.fr;;IMP-2;\n"
    "Zoë;N'Diaye;pas-un-mail;;IMP-3;\n"
    "Yusuf;Al-Mansouri;yusuf@example.com;;IMP-4;vip\n"
    "Marc;Dupont;marc@example.com;;IMP-1;\n"
).encode("cp1252")


@pytest.fixture(autouse=True)
def english(qapp: QApplication) -> Iterator[None]:
    install_language(qapp, Language.EN)
    yield
    install_language(qapp, Language.EN)


@pytest.fixture
def context(database: Database, demo: DemoEvent) -> Iterator[OrganiserContext]:
    environment = OrganiserEnvironment(database=database, event_id=demo.event.id, station="desk")
    context = OrganiserContext(environment, ServiceWorker())
    yield context
    context.worker.close()
    Shiboken.delete(context)


def _open(qtbot: QtBot, context: OrganiserContext) -> tuple[ImportPage, ImportController]:
    page, controller = build_import(context)
    assert isinstance(page, ImportPage)
    assert isinstance(controller, ImportController)
    controller.setParent(context)
    qtbot.addWidget(page)
    page.resize(1280, 800)
    page.show()
    return page, controller


def _choose(qtbot: QtBot, page: ImportPage, monkeypatch: pytest.MonkeyPatch, path: Path) -> None:
    monkeypatch.setattr(ImportPage, "ask_file", classmethod(lambda cls, parent: str(path)))
    page.choose.click()
    qtbot.waitUntil(lambda: page.preview_model.rowCount() > 0 or page.problem.text() != "")


def test_suggestions_preview_import_and_report(
    qtbot: QtBot,
    context: OrganiserContext,
    database: Database,
    demo: DemoEvent,
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
) -> None:
    path = tmp_path / "liste.csv"
    path.write_bytes(LIST)
    page, _controller = _open(qtbot, context)
    assert not page.start.isEnabled()
    _choose(qtbot, page, monkeypatch, path)

    assert page.encoding.itemText(0) == "Detected: cp1252"
    assert page.separator.itemText(0) == "Detected: semicolon ;"
    assert page.mapping.mapping() == {
        0: Field.FIRST_NAME, 1: Field.LAST_NAME, 2: Field.EMAIL, 3: Field.ORGANISATION,
        4: Field.TICKET,
    }  # fmt: skip
    assert page.mapping.combo(5).currentText() == "Ignore"
    ModelTester(None).check(page.preview_model)  # type: ignore[no-untyped-call]
    model = page.preview_model
    assert [model.index(r, 2).data() for r in range(model.rowCount())] == [
        "Hélène", "", "Zoë", "Yusuf", "Marc",
    ]  # fmt: skip
    problems = [model.index(r, 1).data() for r in range(model.rowCount())]
    assert problems == [
        "", "First name missing", "Invalid email address: pas-un-mail", "",
        "Ticket IMP-1 already on line 2",
    ]  # fmt: skip
    assert page.summary.text() == "2 rows to import · 3 rows refused (see Problem)"

    # Mapping the notes column as the organisation moves the field away from "Société".
    page.mapping.combo(5).setCurrentIndex(page.mapping.combo(5).findData(str(Field.ORGANISATION)))
    qtbot.waitUntil(lambda: model.index(3, 5).data() == "vip")
    assert page.mapping.combo(3).currentText() == "Ignore"
    assert model.index(0, 5).data() == ""

    with database.reader() as uow:
        before = uow.guests.count(demo.event.id)
    assert page.start.isEnabled()
    page.start.click()
    qtbot.waitUntil(lambda: page.counts.text() != "")
    assert page.counts.text() == "2 imported · 0 updated · 0 unchanged · 3 failed"
    assert page.progress.value() == page.progress.maximum() == 2
    errors = page.errors_model
    ModelTester(None).check(errors)  # type: ignore[no-untyped-call]
    assert [(errors.index(r, 0).data(), errors.index(r, 1).data()) for r in range(3)] == [
        ("3", "Prénom"), ("4", "Courriel"), ("6", "Code-barres"),
    ]  # fmt: skip
    with database.reader() as uow:
        assert uow.guests.count(demo.event.id) == before + 2
        yusuf = uow.guests.by_ticket(demo.event.id, "IMP-4")
    assert yusuf is not None
    assert yusuf.organisation == "vip"

    install_language(QApplication.instance(), Language.FR)  # type: ignore[arg-type]
    qtbot.waitUntil(lambda: page.counts.text().startswith("2 importés"))
    assert page.counts.text() == "2 importés · 0 mis à jour · 0 inchangé · 3 en erreur"
    assert errors.index(0, 2).data() == "Prénom manquant"


def test_a_workbook_and_a_file_without_a_name_column(
    qtbot: QtBot, context: OrganiserContext, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    assert sheet is not None
    sheet.append([])
    sheet.append(["Who", "E-mail", "Order #"])
    sheet.append(["Ada Lovelace", "ada@example.org", 1815])
    buffer = io.BytesIO()
    workbook.save(buffer)
    path = tmp_path / "list.xlsx"
    path.write_bytes(buffer.getvalue())
    page, _controller = _open(qtbot, context)
    _choose(qtbot, page, monkeypatch, path)

    # "Who" is not a header we know: the page says what to do and keeps the columns.
    assert page.problem.text() == "Choose the column that holds the first names (or full names)."
    assert not page.start.isEnabled()
    assert not page.encoding.isEnabled()
    page.mapping.combo(0).setCurrentIndex(page.mapping.combo(0).findData(str(Field.FULL_NAME)))
    qtbot.waitUntil(lambda: page.preview_model.rowCount() == 1)
    model = page.preview_model
    assert [model.index(0, c).data() for c in range(8)] == [
        "3", "", "Ada", "Lovelace", "ada@example.org", "", "1815", "",
    ]  # fmt: skip
    assert page.problem.text() == ""
    assert page.start.isEnabled()


def test_an_unreadable_file_says_so(
    qtbot: QtBot, context: OrganiserContext, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    page, _controller = _open(qtbot, context)
    _choose(qtbot, page, monkeypatch, tmp_path / "absent.csv")
    assert page.problem.text() == "Cannot open the file: No such file or directory."
    (tmp_path / "empty.csv").write_bytes(b"\n\n")
    _choose(qtbot, page, monkeypatch, tmp_path / "empty.csv")
    assert page.problem.text() == "The file is empty."
    assert not page.start.isEnabled()
