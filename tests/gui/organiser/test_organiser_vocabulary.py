"""The "Vocabulary" page over the demo's 121 tags: add, rename, hide, merge, title rules, files."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QApplication, QComboBox, QLineEdit, QWidget
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from kiosk.app.organisercontext import OrganiserContext, OrganiserEnvironment
from kiosk.app.organiservocabulary import VocabularyController, build_vocabulary
from kiosk.app.worker import ServiceWorker
from kiosk.core.demo import DemoEvent
from kiosk.core.event import Branding, Event
from kiosk.core.guest import Language, TagKind
from kiosk.core.tags import Approval, Tag
from kiosk.core.vocabularyedit import TagUsage, VocabularyOverview
from kiosk.services.vocabulary import VocabularyService
from kiosk.storage import Database
from kiosk.ui.i18n import install_language
from kiosk.ui.organiser.look import organiser_metrics, organiser_stylesheet
from kiosk.ui.organiser.vocabulary.filestab import FilesTab
from kiosk.ui.organiser.vocabulary.model import Column, TagTableModel
from kiosk.ui.organiser.vocabulary.page import VocabularyPage
from kiosk.ui.style import Palette


@pytest.fixture(autouse=True)
def english(qapp: QApplication) -> Iterator[None]:
    install_language(qapp, Language.EN)
    yield
    install_language(qapp, Language.EN)


def _context(database: Database, event_id: str) -> OrganiserContext:
    environment = OrganiserEnvironment(database=database, event_id=event_id, station="desk")
    return OrganiserContext(environment, ServiceWorker())


@pytest.fixture
def context(database: Database, demo: DemoEvent) -> Iterator[OrganiserContext]:
    context = _context(database, demo.event.id)
    yield context
    context.worker.close()


def _open(qtbot: QtBot, context: OrganiserContext) -> VocabularyPage:
    page, controller = build_vocabulary(context)
    assert isinstance(page, VocabularyPage)
    assert isinstance(controller, VocabularyController)
    controller.setParent(context)
    qtbot.addWidget(page)
    page.set_language(Language.EN)
    page.resize(1280, 800)
    page.show()
    page.page_shown()
    qtbot.waitUntil(lambda: page.model.rowCount() > 0)
    return page


def _stored(database: Database, event_id: str, key: str) -> Tag | None:
    with database.reader() as uow:
        return uow.tags.get(event_id, key)


def _holder(demo: DemoEvent, key: str) -> str:
    return next(g.id for g in demo.guests if key in g.skills + g.interests)


def test_the_demo_vocabulary_is_listed_with_usage(
    qtbot: QtBot, context: OrganiserContext, demo: DemoEvent
) -> None:
    page = _open(qtbot, context)
    assert page.model.rowCount() == len(demo.vocabulary) == 121
    assert page.summary.text().startswith("121 tags")
    row = page.model.row_of("generative-ai")
    usage = page.model.usage(row)
    holders = [g for g in demo.guests if "generative-ai" in g.skills]
    assert usage.skills == len(holders)
    cell = page.model.index(row, Column.USAGE).data()
    assert cell == f"{usage.skills} / {usage.interests}"
    page.search.setText("genai")  # a synonym, whatever its case
    assert page.proxy.rowCount() == 1
    page.search.clear()


def test_add_a_tag_and_refusals_in_words(
    qtbot: QtBot, context: OrganiserContext, database: Database, demo: DemoEvent
) -> None:
    page = _open(qtbot, context)
    editor = page.editor
    qtbot.mouseClick(page.new_tag, Qt.MouseButton.LeftButton)
    editor.french.setText("Directeur commercial")
    editor.english.setText("Sales director")
    qtbot.mouseClick(editor.save, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "job title" in editor.message.text())
    assert "French label" in editor.message.text()

    editor.french.setText("Kotlin")
    editor.english.setText("")
    editor.category.setCurrentIndex(editor.category.findData("tech"))
    qtbot.mouseClick(editor.save, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.model.row_of("kotlin") >= 0)
    stored = _stored(database, demo.event.id, "kotlin")
    assert stored is not None
    assert (stored.label.en, stored.category) == ("Kotlin", "tech")
    qtbot.waitUntil(lambda: editor.key == "kotlin")  # the new tag is selected to go on


def test_rename_keeps_guests_and_shows_the_new_label(
    qtbot: QtBot, context: OrganiserContext, database: Database, demo: DemoEvent
) -> None:
    page = _open(qtbot, context)
    assert page.select_tag("python")
    page.editor.english.setText("Python programming")
    qtbot.mouseClick(page.editor.save, Qt.MouseButton.LeftButton)
    row = page.model.row_of("python")
    qtbot.waitUntil(
        lambda: (
            page.model.index(page.model.row_of("python"), Column.ENGLISH).data()
            == "Python programming"
        )
    )
    assert row >= 0
    holder = _holder(demo, "python")
    with database.reader() as uow:
        guest = uow.guests.get(holder)
    assert guest is not None
    assert "python" in guest.skills + guest.interests
    clash_refused = page.editor
    clash_refused.english.setText("Generative AI")
    qtbot.mouseClick(page.editor.save, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "already has this label" in page.editor.message.text())


def test_hide_and_sensitive_through_the_page(
    qtbot: QtBot, context: OrganiserContext, database: Database, demo: DemoEvent
) -> None:
    page = _open(qtbot, context)
    assert page.select_tag("python")
    page.editor.hidden.click()
    qtbot.waitUntil(lambda: page.model.usage(page.model.row_of("python")).tag.approval
                    is Approval.HIDDEN)  # fmt: skip
    status = page.model.index(page.model.row_of("python"), Column.STATUS).data()
    assert status == "Hidden"
    stored = _stored(database, demo.event.id, "python")
    assert stored is not None
    assert stored.approval is Approval.HIDDEN
    page.editor.sensitive.click()
    qtbot.waitUntil(lambda: page.model.usage(page.model.row_of("python")).tag.sensitive)
    assert page.editor.hidden.isChecked()
    assert page.editor.sensitive.isChecked()


def test_merge_needs_a_confirmation_then_moves_every_guest(
    qtbot: QtBot, context: OrganiserContext, database: Database, demo: DemoEvent
) -> None:
    page = _open(qtbot, context)
    source, target = "machine-learning", "generative-ai"
    holders = [g.id for g in demo.guests if source in g.skills + g.interests]
    assert holders
    assert page.select_tag(source)
    editor = page.editor
    editor.merge_target.setCurrentIndex(editor.merge_target.findData(target))
    qtbot.mouseClick(editor.merge, Qt.MouseButton.LeftButton)
    assert editor.merge_note.isVisibleTo(page)  # says what will happen, nothing done yet
    assert str(len(holders)) in editor.merge_note.text()
    assert _stored(database, demo.event.id, source) is not None
    qtbot.mouseClick(editor.merge, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.model.row_of(source) < 0)
    assert _stored(database, demo.event.id, source) is None
    merged = _stored(database, demo.event.id, target)
    assert merged is not None
    assert "Machine learning" in merged.synonyms
    with database.reader() as uow:
        for guest_id in holders:
            guest = uow.guests.get(guest_id)
            assert guest is not None
            for kind in TagKind:
                assert source not in guest.tags(kind)
                assert len(guest.tags(kind)) <= 5
            assert target in guest.skills + guest.interests
    assert "Merged" in page.message.text()


def test_a_change_from_another_station_shows_up_live(
    qtbot: QtBot, context: OrganiserContext, database: Database, demo: DemoEvent
) -> None:
    page = _open(qtbot, context)
    other = VocabularyService(database, station="desk-2")
    result = other.rename_tag(demo.event.id, "python", "Python 3", "Python 3")
    context.changes_applied.emit(result.changes)  # what the station's change feed does
    qtbot.waitUntil(
        lambda: page.model.index(page.model.row_of("python"), Column.FRENCH).data() == "Python 3"
    )


def test_title_rules_tester_and_save(
    qtbot: QtBot, context: OrganiserContext, database: Database, demo: DemoEvent
) -> None:
    page = _open(qtbot, context)
    rules = page.rules
    qtbot.waitUntil(lambda: "head of *" in rules.block.toPlainText())
    rules.phrase.setText("Head of growth")
    assert "“head of *”" in rules.verdict.text()
    assert rules.verdict.objectName() == "refusal"
    rules.phrase.setText("Lead generation")
    assert rules.verdict.text().startswith("Accepted: the exception “lead generation”")
    rules.phrase.setText("Growth guru")
    assert rules.verdict.text() == "Accepted: no pattern refuses it."
    rules.block.appendPlainText("* guru")  # the tester follows the edited lists at once
    assert "“* guru”" in rules.verdict.text()

    with qtbot.waitSignal(context.event_changed) as changed:
        qtbot.mouseClick(rules.save, Qt.MouseButton.LeftButton)
    event = changed.args[0]
    assert isinstance(event, Event)
    assert event.titles.block[-1] == "* guru"
    qtbot.waitUntil(lambda: rules.message.text().startswith("Saved"))
    rules.block.appendPlainText("*")
    qtbot.mouseClick(rules.save, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "would refuse every tag" in rules.message.text())


def test_import_preview_reports_lines_then_merges(
    qtbot: QtBot,
    context: OrganiserContext,
    database: Database,
    demo: DemoEvent,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    page = _open(qtbot, context)
    file = tmp_path / "mine.json"
    file.write_text(
        '{"tags": [\n'
        '  {"key": "kotlin", "label": {"fr": "Kotlin", "en": "Kotlin"}},\n'
        '  {"key": "boss", "label": {"fr": "PDG", "en": "CEO"}}\n'
        "]}\n",
        encoding="utf-8",
    )
    monkeypatch.setattr(FilesTab, "choose_open_path", classmethod(lambda cls, p: str(file)))
    qtbot.mouseClick(page.files.open_file, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.files.preview.isVisibleTo(page))
    assert page.tabs.currentWidget() is page.files
    assert page.files.problems.count() == 1
    assert page.files.problems.item(0).text().startswith("Line 3, tag 2 (boss)")
    assert page.files.merge.isChecked()  # the default can never drop a tag
    qtbot.mouseClick(page.files.confirm, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.model.row_of("kotlin") >= 0)
    assert page.model.rowCount() == 122
    assert "1 new tag" in page.files.message.text()


def test_export_writes_the_vocabulary(
    qtbot: QtBot,
    context: OrganiserContext,
    demo: DemoEvent,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    page = _open(qtbot, context)
    out = tmp_path / "out.json"
    monkeypatch.setattr(FilesTab, "choose_save_path", classmethod(lambda cls, p: str(out)))
    page.tabs.setCurrentWidget(page.files)
    qtbot.mouseClick(page.files.export, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: str(out) in page.files.message.text())
    data = json.loads(out.read_text(encoding="utf-8"))
    assert [t["key"] for t in data["tags"]] == [t.key for t in demo.vocabulary]


def test_an_empty_event_starts_from_a_starter_in_one_click(
    qtbot: QtBot, database: Database
) -> None:
    with database.unit_of_work() as uow:
        uow.events.create(Event(id="empty", name="Empty"), active=False)
        uow.commit()
    context = _context(database, "empty")
    try:
        page, controller = build_vocabulary(context)
        assert isinstance(page, VocabularyPage)
        controller.setParent(context)
        qtbot.addWidget(page)
        page.resize(1280, 800)
        page.show()
        qtbot.waitExposed(page)
        page.page_shown()
        qtbot.waitUntil(lambda: page.summary.text() == "No tags yet.")
        assert page.list_stack.currentWidget() is page.empty
        first = page.empty_starters.buttons[0]
        assert "&&" in first.text() or "&" not in first.text()
        qtbot.waitUntil(lambda: not first.visibleRegion().isEmpty())  # laid out, clickable
        with qtbot.waitSignal(page.starter_requested, timeout=1000):
            qtbot.mouseClick(first, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: page.model.rowCount() >= 60)
        assert page.message.text().startswith("Imported: 105 new tags")
        assert page.list_stack.currentWidget() is page.table
    finally:
        context.worker.close()


def test_the_table_model_passes_qtmodeltester(qtmodeltester: ModelTester, demo: DemoEvent) -> None:
    model = TagTableModel()
    tags = tuple(TagUsage(t, 1, 2, 2) for t in demo.vocabulary)
    model.set_overview(VocabularyOverview(demo.vocabulary.categories, tags))
    qtmodeltester.check(model)
    model.set_language(Language.FR)
    model.set_overview(VocabularyOverview())
    qtmodeltester.check(model)


def test_every_touch_target_is_at_least_48_px(qtbot: QtBot, context: OrganiserContext) -> None:
    page = _open(qtbot, context)
    sheet = organiser_stylesheet(Palette.from_branding(Branding()), organiser_metrics(page.size()))
    page.setStyleSheet(sheet)  # what the organiser window applies
    assert page.select_tag("python")
    small = [
        f"{type(w.parent()).__name__}/{w.objectName() or type(w).__name__}"
        for w in page.findChildren(QWidget)
        if isinstance(w, QAbstractButton | QComboBox | QLineEdit)
        and w.isVisibleTo(page)
        and w.height() < 48
        and not isinstance(w.parent(), QComboBox | QLineEdit)  # their inner parts
    ]
    assert small == []
