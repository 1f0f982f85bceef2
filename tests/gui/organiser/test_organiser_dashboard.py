"""The "Room" dashboard over the demo (40 present): live from the change log, honest when empty."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot
from shiboken6 import Shiboken

from kiosk.app.organisercontext import OrganiserContext, OrganiserEnvironment
from kiosk.app.organiserdashboard import DashboardController, build_dashboard
from kiosk.app.worker import ServiceWorker
from kiosk.core.demo import DemoEvent
from kiosk.core.guest import Language, TagKind
from kiosk.core.tags import Labels
from kiosk.services.checkin import CheckInService
from kiosk.services.room import RoomService
from kiosk.storage import Database
from kiosk.ui.i18n import install_language
from kiosk.ui.organiser.dashboard.page import DashboardPage
from kiosk.ui.organiser.dashboard.tables import TagCountModel
from kiosk.ui.organiser.dashboard.views import TagRow

ALREADY_IN = 40  # tests/gui/conftest.py


@pytest.fixture(autouse=True)
def english(qapp: QApplication) -> Iterator[None]:
    install_language(qapp, Language.EN)
    yield
    install_language(qapp, Language.EN)


def _context(database: Database, demo: DemoEvent, room: RoomService | None) -> OrganiserContext:
    environment = OrganiserEnvironment(
        database=database, event_id=demo.event.id, station="desk", room=room
    )
    return OrganiserContext(environment, ServiceWorker())


@pytest.fixture(params=["live room", "laptop"])
def context(
    request: pytest.FixtureRequest, database: Database, demo: DemoEvent
) -> Iterator[OrganiserContext]:
    room = RoomService(database, demo.event.id) if request.param == "live room" else None
    context = _context(database, demo, room)
    yield context
    _close(context)


def _close(context: OrganiserContext) -> None:
    """Stop the worker, then delete the controllers here: Python's collector could run on
    the worker thread, and Qt timers must die on the thread that owns them."""
    context.worker.close()
    Shiboken.delete(context)


def _open(qtbot: QtBot, context: OrganiserContext) -> tuple[DashboardPage, DashboardController]:
    page, controller = build_dashboard(context)
    assert isinstance(page, DashboardPage)
    assert isinstance(controller, DashboardController)
    controller.setParent(context)
    qtbot.addWidget(page)
    page.resize(1280, 800)
    page.show()
    page.page_shown()
    qtbot.waitUntil(lambda: controller.refreshes >= 1)
    return page, controller


def _apply(context: OrganiserContext, changes: object) -> None:
    """What the station's change feed does: the room first, then every section."""
    room = context.environment.room
    if room is not None:
        room.apply(changes)  # type: ignore[arg-type]
    context.changes_applied.emit(changes)


def test_a_check_in_elsewhere_shows_up_live(
    qtbot: QtBot, context: OrganiserContext, database: Database, demo: DemoEvent
) -> None:
    page, _ = _open(qtbot, context)
    view = page.view
    assert view is not None
    assert (view.present, view.checked_in, view.left) == (ALREADY_IN, ALREADY_IN, 0)
    assert page.present.number.text() == str(ALREADY_IN)
    assert view.top_skills
    assert view.top_skills[0].count >= view.top_skills[-1].count

    door = CheckInService(database, station="door-2")
    newcomer = demo.guests[ALREADY_IN]
    result = door.check_in(newcomer.id, "door-2-a")
    _apply(context, result.changes)

    def arrived() -> None:
        assert page.view is not None
        assert page.view.present == ALREADY_IN + 1
        assert page.present.number.text() == str(ALREADY_IN + 1)

    qtbot.waitUntil(arrived)
    assert page.chart.timeline is not None
    assert page.chart.timeline.arrivals == ALREADY_IN + 1
    assert not page.chart.is_empty()
    bars = page.chart.bar_rects()
    assert len(bars) == len(page.chart.timeline.buckets)
    assert any(rect.height() > 0 for rect in bars)
    assert max(rect.height() for rect in bars) <= page.chart.plot_rect().height() + 0.5
    assert len(page.chart.line_points()) >= 2


def test_a_burst_of_changes_is_one_or_two_refreshes(
    qtbot: QtBot, context: OrganiserContext, database: Database, demo: DemoEvent
) -> None:
    page, controller = _open(qtbot, context)
    before = controller.refreshes
    door = CheckInService(database, station="door-2")
    for n, guest in enumerate(demo.guests[ALREADY_IN : ALREADY_IN + 12]):
        _apply(context, door.check_in(guest.id, f"burst-{n}").changes)

    def all_in() -> None:
        assert page.view is not None
        assert page.view.present == ALREADY_IN + 12

    qtbot.waitUntil(all_in)
    assert controller.refreshes - before <= 2


def test_guests_with_no_suggestion_are_listed_to_introduce(
    qtbot: QtBot, context: OrganiserContext, database: Database, demo: DemoEvent
) -> None:
    page, _ = _open(qtbot, context)
    lonely = demo.guests[ALREADY_IN + 1]
    with database.unit_of_work() as uow:  # a walk-in who chose no tags yet
        uow.guests.set_tags(lonely.id, TagKind.SKILL, [])
        uow.guests.set_tags(lonely.id, TagKind.INTEREST, [])
        uow.commit()
    result = CheckInService(database, station="door-2").check_in(lonely.id, "lonely")
    _apply(context, result.changes)

    def listed() -> None:
        assert page.view is not None
        assert lonely.id in [w.guest_id for w in page.view.waiting]

    qtbot.waitUntil(listed)
    model = page.waiting_model
    row = [model.guest_id(r) for r in range(model.rowCount())].index(lonely.id)
    assert model.index(row, 0).data() == f"{lonely.first_name} {lonely.last_name[0].upper()}."
    assert model.index(row, 2).data() == "(no tags yet)"
    assert page.waiting.table.isVisible()


def test_an_empty_room_says_so(
    qtbot: QtBot, database: Database, demo: DemoEvent, qapp: QApplication
) -> None:
    door = CheckInService(database, station="door-1")
    for check_in in door.present(demo.event.id):
        door.undo(check_in.id)
    context = _context(database, demo, RoomService(database, demo.event.id))
    try:
        page, _ = _open(qtbot, context)
        assert page.view is not None
        assert page.view.present == page.view.checked_in == 0
        assert page.chart.is_empty()
        assert page.chart.summary() == page.chart.empty_text()
        assert page.chart.timeline is not None
        assert len(page.chart.timeline.buckets) > 1  # the event's hours, drawn empty
        for listing in (page.skills, page.interests, page.unoffered, page.waiting):
            assert not listing.table.isVisible()
            assert listing.empty.isVisible()
            assert listing.empty.text() == "Nobody here yet."

        install_language(qapp, Language.FR)
        page.set_language(Language.FR)
        assert page.skills.empty.text() == "Personne pour l'instant."
        assert page.title() == "Salle"
    finally:
        _close(context)


def test_tag_counts_model(qtmodeltester: ModelTester) -> None:
    model = TagCountModel()
    model.set_rows(
        (TagRow(Labels("Levée de fonds", "Fundraising"), 3), TagRow(Labels("Vin", "Wine"), 1))
    )
    qtmodeltester.check(model)
    assert model.index(0, 0).data() == "Levée de fonds"
    model.set_language(Language.EN)
    assert model.index(0, 0).data() == "Fundraising"
    assert model.index(1, 1).data() == "1"
