"""The "Moderation" page over the demo (40 present): typed text reviewed, guests hidden at once."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot
from shiboken6 import Shiboken

from kiosk.app.organisercontext import OrganiserContext, OrganiserEnvironment
from kiosk.app.organisermoderation import ModerationController, build_moderation
from kiosk.app.wallapp import build_wall
from kiosk.app.worker import ServiceWorker
from kiosk.core.demo import DemoEvent
from kiosk.core.guest import Language, TagKind
from kiosk.core.tags import Approval
from kiosk.services.guests import GuestService
from kiosk.storage import Database
from kiosk.ui.i18n import install_language
from kiosk.ui.organiser.moderation.models import PendingNameModel, PendingTagModel
from kiosk.ui.organiser.moderation.page import ModerationPage
from kiosk.ui.organiser.moderation.views import GuestView, Notice, TagView

ALREADY_IN = 40  # tests/gui/conftest.py
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
    # Stop the worker, then delete here: Qt timers die on the thread that owns them.
    context.worker.close()
    Shiboken.delete(context)


@pytest.fixture
def section(qtbot: QtBot, context: OrganiserContext) -> tuple[ModerationPage, ModerationController]:
    page, controller = build_moderation(context)
    assert isinstance(page, ModerationPage)
    assert isinstance(controller, ModerationController)
    controller.setParent(context)
    qtbot.addWidget(page)
    page.resize(1280, 720)
    page.show()
    return page, controller


def typed_tags(database: Database, demo: DemoEvent) -> tuple[str, str]:
    """Two present guests type "Origami" (one as a skill, one as an interest)."""
    guests = GuestService(database, station="door")
    first, second = demo.guests[0], demo.guests[1]
    assert guests.set_tags(first.id, TagKind.SKILL, first.skills[:1], typed=["Origami"]).ok
    assert guests.set_tags(second.id, TagKind.INTEREST, second.interests[:1], typed=["Origami"]).ok
    return first.id, second.id


def tag_rows(page: ModerationPage) -> list[str]:
    return [page.tag_model.row(i).key for i in range(page.tag_model.rowCount())]


def opened(qtbot: QtBot, page: ModerationPage, controller: ModerationController) -> None:
    before = controller.refreshes
    page.page_shown()
    qtbot.waitUntil(lambda: controller.refreshes > before)


def stored_tag(database: Database, demo: DemoEvent, key: str) -> Approval | None:
    with database.reader() as uow:
        tag = uow.tags.get(demo.event.id, key)
    return tag.approval if tag is not None else None


def test_approving_a_typed_tag_through_the_page(
    qtbot: QtBot,
    database: Database,
    demo: DemoEvent,
    section: tuple[ModerationPage, ModerationController],
) -> None:
    page, controller = section
    typed_tags(database, demo)
    opened(qtbot, page, controller)
    assert tag_rows(page) == ["origami"]
    assert [page.tag_model.data(page.tag_model.index(0, c)) for c in range(5)] == [
        "Origami",
        "Origami",
        "1",
        "1",
        "2",
    ]
    assert not page.approve_tag.isEnabled()  # nothing selected yet

    page.tags.selectRow(0)
    qtbot.mouseClick(page.approve_tag, LEFT)

    qtbot.waitUntil(lambda: tag_rows(page) == [])
    assert stored_tag(database, demo, "origami") is Approval.APPROVED
    assert page.status.text() == "“Origami” approved."
    assert page.tags_empty.isVisibleTo(page)


def test_translating_merging_and_hiding_through_the_page(
    qtbot: QtBot,
    database: Database,
    demo: DemoEvent,
    section: tuple[ModerationPage, ModerationController],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    page, controller = section
    first, second = typed_tags(database, demo)
    guests = GuestService(database, station="door")
    guests.set_tags(demo.guests[2].id, TagKind.SKILL, [], typed=["Knitting club"])
    guests.set_tags(demo.guests[3].id, TagKind.SKILL, [], typed=["Chess openings"])
    opened(qtbot, page, controller)
    assert sorted(tag_rows(page)) == ["chess-openings", "knitting-club", "origami"]

    # Translate: the dialog seam answers; a job title is refused with a clear line.
    answers = iter([("Origami", "CEO"), ("Origami", "Paper folding")])
    monkeypatch.setattr(ModerationPage, "ask_translation", classmethod(lambda *_: next(answers)))
    page.tags.selectRow(page.tag_model.row_of("origami"))
    qtbot.mouseClick(page.translate_tag, LEFT)
    qtbot.waitUntil(lambda: page.status.text() == "“CEO” is a job title: tags are know-how.")
    assert page.status.objectName() == "refusal"
    qtbot.mouseClick(page.translate_tag, LEFT)
    qtbot.waitUntil(lambda: page.status.text() == "“Origami” translated.")
    qtbot.waitUntil(
        lambda: page.tag_model.row(page.tag_model.row_of("origami")).label_en == "Paper folding"
    )
    assert page.selected_tag() is not None  # the selection stayed on the same tag

    # Merge: guests holding the typed tag hold the chosen one instead.
    target = demo.guests[0].skills[0]
    seen: list[tuple[str, ...]] = []

    def pick(
        _cls: object, _parent: object, tag: TagView, targets: object, language: Language
    ) -> str:
        seen.append(tuple(t.key for t in targets))  # type: ignore[attr-defined]
        assert tag.key == "origami"
        assert language is Language.EN
        return target

    monkeypatch.setattr(ModerationPage, "ask_merge_target", classmethod(pick))
    qtbot.mouseClick(page.merge_tag, LEFT)
    qtbot.waitUntil(lambda: "origami" not in tag_rows(page))
    assert target in seen[0]
    assert "origami" not in seen[0]
    assert stored_tag(database, demo, "origami") is None
    merged = [guests.get(first), guests.get(second)]
    assert [g is not None and target in g.skills + g.interests for g in merged] == [True, True]

    # Hide: off the wall and the chips; the guest keeps their other tags.
    page.tags.selectRow(page.tag_model.row_of("chess-openings"))
    qtbot.mouseClick(page.hide_tag, LEFT)
    qtbot.waitUntil(lambda: tag_rows(page) == ["knitting-club"])
    assert stored_tag(database, demo, "chess-openings") is Approval.HIDDEN
    hidden_holder = guests.get(demo.guests[3].id)
    assert hidden_holder is not None
    assert "chess-openings" in hidden_holder.skills


def test_the_list_follows_the_change_log_live(
    qtbot: QtBot,
    database: Database,
    demo: DemoEvent,
    context: OrganiserContext,
    section: tuple[ModerationPage, ModerationController],
) -> None:
    page, controller = section
    opened(qtbot, page, controller)
    assert tag_rows(page) == []
    result = GuestService(database, station="door-2").set_tags(
        demo.guests[5].id, TagKind.SKILL, [], typed=["Beekeeping"]
    )

    context.changes_applied.emit(result.changes)  # what the station's feed does

    qtbot.waitUntil(lambda: tag_rows(page) == ["beekeeping"])


def test_hiding_a_guest_from_the_wall_in_one_tap(
    qtbot: QtBot,
    database: Database,
    demo: DemoEvent,
    section: tuple[ModerationPage, ModerationController],
) -> None:
    page, _ = section
    guest = next(g for g in demo.guests[:ALREADY_IN] if g.consents.on_wall and g.name_approved)
    window, wall = build_wall(
        database, demo.event.id, station="wall-1", screen=None, windowed=False, page_timer=QTimer()
    )
    qtbot.addWidget(window)
    window.resize(1280, 720)
    window.show()
    try:
        qtbot.waitUntil(lambda: guest.id in window.state.names)
        page.search.field.setText(f"{guest.first_name} {guest.last_name}")
        qtbot.waitUntil(lambda: page.search.rows[0].guest is not None)
        row = page.search.rows[0]
        assert row.guest is not None
        assert row.guest.guest_id == guest.id
        assert row.button.text() == "Hide from the wall now"

        qtbot.mouseClick(row.button, LEFT)  # the one tap

        qtbot.waitUntil(lambda: guest.id not in window.state.names, timeout=5000)
        on_cards = {g for c in window.state.cards for g in (c.first.guest_id, c.second.guest_id)}
        assert guest.id not in on_cards
        qtbot.waitUntil(lambda: row.button.text() == "Show again")
        assert page.status.text().endswith("is hidden from the wall.")

        qtbot.mouseClick(row.button, LEFT)
        qtbot.waitUntil(lambda: guest.id in window.state.names, timeout=5000)
    finally:
        wall.close()


def test_models_pass_the_model_tester(qtmodeltester: ModelTester) -> None:
    tags = PendingTagModel()
    tags.set_rows([TagView("a", "A fr", "A en", 1, 2, 3), TagView("b", "B", "B", 0, 1, 1)])
    qtmodeltester.check(tags)
    names = PendingNameModel()
    names.set_rows([GuestView("g", "Ély Nouvelle", False, True)])
    qtmodeltester.check(names)


def test_notices_and_empty_lists_in_both_languages(qapp: QApplication, qtbot: QtBot) -> None:
    page = ModerationPage()
    qtbot.addWidget(page)
    page.show_notice(Notice.GUEST_HIDDEN, "Hélène")
    assert page.status.text() == "Hélène is hidden from the wall."
    install_language(qapp, Language.FR)
    qtbot.waitUntil(lambda: page.status.text() == "Hélène est masqué(e) du mur.")  # live
    assert page.title() == "Modération"
    assert not page.approve_tag.isVisibleTo(page)  # nothing to act on
