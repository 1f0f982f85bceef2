"""The "After the event" page over the demo: export, erase one guest, wipe, the purge dates."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from shiboken6 import Shiboken

from kiosk.app.organiserafter import AfterEventController, build_after
from kiosk.app.organisercontext import OrganiserContext, OrganiserEnvironment
from kiosk.app.worker import ServiceWorker
from kiosk.core.changes import ChangeKind
from kiosk.core.demo import DemoEvent
from kiosk.core.guest import Language
from kiosk.services.retention import purge_due, purge_expired
from kiosk.storage import Database
from kiosk.ui.i18n import install_language
from kiosk.ui.organiser.moderation.afterpage import AfterEventPage

LEFT = Qt.MouseButton.LeftButton


@pytest.fixture(autouse=True)
def english(qapp: QApplication) -> Iterator[None]:
    install_language(qapp, Language.EN)
    yield
    install_language(qapp, Language.EN)


@pytest.fixture
def context(database: Database, demo: DemoEvent) -> Iterator[OrganiserContext]:
    environment = OrganiserEnvironment(database=database, event_id=demo.event.id, station="desk")
    context = OrganiserContext(environment, ServiceWorker())
    context.set_language(Language.EN)
    yield context
    context.worker.close()
    Shiboken.delete(context)


@pytest.fixture
def page(qtbot: QtBot, context: OrganiserContext) -> AfterEventPage:
    page, controller = build_after(context)
    assert isinstance(page, AfterEventPage)
    assert isinstance(controller, AfterEventController)
    controller.setParent(context)
    qtbot.addWidget(page)
    page.resize(1280, 800)
    page.show()
    page.page_shown()
    qtbot.waitUntil(lambda: "Erases for good" in page.wipe_text.text())
    return page


def guest_count(database: Database, demo: DemoEvent) -> int:
    with database.reader() as uow:
        return uow.guests.count(demo.event.id)


def test_export_writes_three_files_into_the_chosen_folder(
    qtbot: QtBot, page: AfterEventPage, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    stick = tmp_path / "media" / "kiosk" / "USB"
    stick.mkdir(parents=True)
    assert not page.export.isEnabled()  # no folder yet
    monkeypatch.setattr(AfterEventPage, "ask_folder", classmethod(lambda *_: str(stick)))
    qtbot.mouseClick(page.choose, LEFT)
    page.format.setCurrentIndex(1)  # XLSX

    qtbot.mouseClick(page.export, LEFT)

    qtbot.waitUntil(lambda: page.exported.text().count("\n") == 2)
    written = sorted(p.name for p in stick.iterdir())
    assert len(written) == 3
    assert all(name.endswith(".xlsx") for name in written)
    assert "private" in page.exported.text().splitlines()[0]


def test_an_export_to_a_folder_gone_says_why(
    qtbot: QtBot, page: AfterEventPage, tmp_path: Path
) -> None:
    page.set_folder(str(tmp_path / "unplugged"))
    qtbot.mouseClick(page.export, LEFT)
    qtbot.waitUntil(lambda: page.status.text().startswith("Export failed:"))
    assert page.status.objectName() == "refusal"


def test_erasing_one_guest_after_confirming(
    qtbot: QtBot,
    page: AfterEventPage,
    database: Database,
    demo: DemoEvent,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    guest = demo.guests[0]
    answers = iter([False, True])
    monkeypatch.setattr(AfterEventPage, "ask_erase", classmethod(lambda *_: next(answers)))
    before = guest_count(database, demo)
    page.search.field.setText(f"{guest.first_name} {guest.last_name}")
    qtbot.waitUntil(lambda: page.search.rows[0].guest is not None)
    row = page.search.rows[0]
    assert row.guest is not None
    assert row.guest.guest_id == guest.id

    qtbot.mouseClick(row.button, LEFT)  # "Cancel"
    assert guest_count(database, demo) == before
    qtbot.mouseClick(row.button, LEFT)  # "Erase"

    qtbot.waitUntil(lambda: page.status.text().endswith("was erased."))
    assert guest_count(database, demo) == before - 1
    with database.reader() as uow:
        assert uow.guests.get(guest.id) is None
    qtbot.waitUntil(
        lambda: all(r.guest is None or r.guest.guest_id != guest.id for r in page.search.rows)
    )


def test_wiping_needs_the_event_name_typed(
    qtbot: QtBot, page: AfterEventPage, database: Database, demo: DemoEvent
) -> None:
    assert not page.wipe.isEnabled()
    page.wipe_name.setText("not the name")
    assert not page.wipe.isEnabled()
    page.wipe_name.setText(f"  {demo.event.name.upper()} ")  # case and spaces do not matter
    assert page.wipe.isEnabled()

    qtbot.mouseClick(page.wipe, LEFT)

    qtbot.waitUntil(lambda: page.status.text().startswith("The event was wiped"))
    assert guest_count(database, demo) == 0
    qtbot.waitUntil(lambda: ": 0 guests, 0 arrivals" in page.wipe_text.text())


def test_purge_date_and_last_purge(
    qtbot: QtBot, page: AfterEventPage, database: Database, demo: DemoEvent
) -> None:
    due = purge_due(demo.event)
    assert f"{due.astimezone():%Y}" in page.purge_text.text()
    assert f"{demo.event.purge_after_days} days" in page.purge_text.text()
    assert page.last_purge.text() == "No automatic purge has run for this event."
    erased = len(demo.guests)

    reports = purge_expired(database, due + timedelta(days=1))

    assert [r.wipe.guests_erased for r in reports] == [erased]
    page.page_shown()
    qtbot.waitUntil(lambda: page.last_purge.text().startswith("Last automatic purge:"))
    assert page.last_purge.text().endswith(f"{erased} guests erased.")
    with database.reader() as uow:
        assert uow.log.last_batch(demo.event.id, ChangeKind.GUEST_ERASED, "purge") is not None
