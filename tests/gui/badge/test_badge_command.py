"""`kiosk badges`: pre-registered guests of the event, one PDF, clear exit statuses."""

from __future__ import annotations

import io
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

import pytest
from badge_support import pdf_pages, pdf_text
from PySide6.QtWidgets import QApplication

from kiosk.app.badgescmd import run_badges
from kiosk.core.demo import DemoEvent
from kiosk.core.guest import Language, Source
from kiosk.storage import Database, open_database


@pytest.fixture
def database(tmp_path: Path, demo: DemoEvent) -> Iterator[Database]:
    db = open_database(f"sqlite:///{tmp_path / 'kiosk.sqlite3'}")
    with db.unit_of_work() as uow:
        uow.events.create(demo.event, active=True)
        uow.tags.replace_vocabulary(demo.event.id, demo.vocabulary)
        for guest in demo.guests[:5]:
            uow.guests.add(guest)
        walk_in = replace(demo.guests[5], source=Source.WALK_IN, ticket=None)
        uow.guests.add(walk_in)
        uow.commit()
    yield db
    db.close()


def test_writes_pre_registered_guests(
    qapp: QApplication, database: Database, demo: DemoEvent, tmp_path: Path
) -> None:
    out, err = io.StringIO(), io.StringIO()
    path = tmp_path / "badges.pdf"
    status = run_badges(
        database, path, event_id=None, template="insert-4x3", language=Language.EN, out=out, err=err
    )
    assert status == 0, err.getvalue()
    assert pdf_pages(path) == 2  # 5 badges, 4 a page
    text = pdf_text(path)
    for guest in demo.guests[:5]:
        assert guest.last_name in text
    assert demo.guests[5].last_name not in text  # a walk-in's badge is printed at the door
    assert out.getvalue().startswith(f"{path}: 5 badges on 2 pages (4 a page, insert-4x3).")


def test_unknown_template_and_event(qapp: QApplication, database: Database, tmp_path: Path) -> None:
    err = io.StringIO()
    path = tmp_path / "badges.pdf"
    status = run_badges(
        database, path, event_id=None, template="poster", language=Language.FR, err=err
    )
    assert status == 2
    assert "« poster »" in err.getvalue()
    assert "insert-4x3" in err.getvalue()
    status = run_badges(database, path, event_id="nope", template="", language=Language.EN, err=err)
    assert status == 2
    assert "Event not found (nope)" in err.getvalue()
    assert not path.exists()


def test_unwritable_output(qapp: QApplication, database: Database, tmp_path: Path) -> None:
    err = io.StringIO()
    path = tmp_path / "missing" / "badges.pdf"
    status = run_badges(database, path, event_id=None, template="", language=Language.EN, err=err)
    assert status == 2
    assert "Cannot write the PDF" in err.getvalue()


def test_nobody_to_print(qapp: QApplication, tmp_path: Path, demo: DemoEvent) -> None:
    db = open_database(f"sqlite:///{tmp_path / 'empty.sqlite3'}")
    with db.unit_of_work() as uow:
        uow.events.create(demo.event, active=True)
        uow.commit()
    err = io.StringIO()
    status = run_badges(
        db, tmp_path / "b.pdf", event_id=None, template="", language=Language.EN, err=err
    )
    assert status == 1
    assert "No pre-registered guest" in err.getvalue()
    db.close()
