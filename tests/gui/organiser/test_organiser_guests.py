"""The "Guests" corrections page over the demo: find, edit, presence, merge, erased meanwhile."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from shiboken6 import Shiboken

from kiosk.app.organisercontext import OrganiserContext, OrganiserEnvironment
from kiosk.app.organiserguests import build_guests
from kiosk.app.worker import ServiceWorker
from kiosk.core.demo import DemoEvent
from kiosk.core.guest import Guest, Language, Source
from kiosk.core.guestedit import EditField
from kiosk.services.checkin import CheckInService
from kiosk.services.guests import GuestService
from kiosk.storage import Database
from kiosk.ui.i18n import install_language
from kiosk.ui.organiser.guests.page import GuestsPage
from kiosk.ui.organiser.guests.texts import notice_text
from kiosk.ui.organiser.guests.views import Notice

ALREADY_IN = 40  # tests/gui/conftest.py


@pytest.fixture(autouse=True)
def english(qapp: QApplication) -> Iterator[None]:
    install_language(qapp, Language.EN)
    yield
    install_language(qapp, Language.EN)


@pytest.fixture
def page(qtbot: QtBot, database: Database, demo: DemoEvent) -> Iterator[GuestsPage]:
    environment = OrganiserEnvironment(database=database, event_id=demo.event.id, station="desk")
    context = OrganiserContext(environment, ServiceWorker())
    page, controller = build_guests(context)
    assert isinstance(page, GuestsPage)
    controller.setParent(context)
    qtbot.addWidget(page)
    page.resize(1280, 800)
    page.show()
    yield page
    context.worker.close()
    Shiboken.delete(context)  # timers die on this thread, not in a collection elsewhere


def _find_and_open(qtbot: QtBot, page: GuestsPage, query: str, guest_id: str) -> None:
    page.search.setText(query)

    def found() -> None:
        assert guest_id in [r.guest_id for r in page.results_model.rows]

    qtbot.waitUntil(found)
    _click_result(qtbot, page, guest_id)
    if not page.picking_duplicate:
        qtbot.waitUntil(lambda: page.guest is not None and page.guest.id == guest_id)


def _click_result(qtbot: QtBot, page: GuestsPage, guest_id: str) -> None:
    row = [r.guest_id for r in page.results_model.rows].index(guest_id)
    rect = page.results.visualRect(page.results_model.index(row, 0))
    qtbot.mouseClick(page.results.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def _stored(database: Database, guest_id: str) -> Guest | None:
    with database.reader() as uow:
        return uow.guests.get(guest_id)


def test_find_by_name_or_email_edit_and_refusal(
    qtbot: QtBot, page: GuestsPage, database: Database, demo: DemoEvent
) -> None:
    guest = next(g for g in demo.guests if g.email)
    _find_and_open(qtbot, page, guest.email[:8], guest.id)
    assert page.name.text() == f"{guest.first_name} {guest.last_name}"
    assert page.form.fields[EditField.EMAIL].text() == guest.email
    assert not page.form.save.isEnabled()

    page.form.fields[EditField.FIRST_NAME].clear()
    assert page.form.save.isEnabled()
    qtbot.mouseClick(page.form.save, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(page.form.refusal.isVisible)
    assert page.form.refusal.text() == "First name: required. Nothing was saved."
    stored = _stored(database, guest.id)
    assert stored is not None
    assert stored.first_name == guest.first_name

    page.form.fields[EditField.FIRST_NAME].setText(guest.first_name)
    page.form.fields[EditField.LAST_NAME].setText("Corrected-Name")
    page.form.on_wall.setChecked(not guest.consents.on_wall)
    qtbot.mouseClick(page.form.save, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.notice.text() == notice_text(Notice.SAVED))
    stored = _stored(database, guest.id)
    assert stored is not None
    assert stored.last_name == "Corrected-Name"
    assert stored.consents.on_wall is not guest.consents.on_wall
    assert not page.form.save.isEnabled()  # the form shows the guest as stored again


def test_check_in_by_hand_check_out_and_undo(
    qtbot: QtBot, page: GuestsPage, database: Database, demo: DemoEvent
) -> None:
    guest = demo.guests[ALREADY_IN + 3]  # not here yet
    _find_and_open(qtbot, page, guest.ticket or "", guest.id)
    assert page.presence.state.text() == "Not checked in yet"
    assert not page.presence.check_out.isEnabled()

    qtbot.mouseClick(page.presence.check_in, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.presence.active is not None)
    assert page.presence.state.text().startswith("Here since")
    assert page.presence.state.text().endswith("desk")
    assert not page.presence.check_in.isEnabled()

    qtbot.mouseClick(page.presence.check_out, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.notice.text() == notice_text(Notice.CHECKED_OUT))
    assert page.presence.state.text() == "Not here now"
    assert "left at" in page.presence.history.text()

    qtbot.mouseClick(page.presence.check_in, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.presence.active is not None)
    qtbot.mouseClick(page.presence.undo, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.notice.text() == notice_text(Notice.UNDONE))
    assert "undone at" in page.presence.history.text()
    with database.reader() as uow:
        assert uow.checkins.active_for(guest.id) is None


def test_merge_a_walk_in_duplicate(
    qtbot: QtBot, page: GuestsPage, database: Database, demo: DemoEvent
) -> None:
    listed = demo.guests[ALREADY_IN + 5]
    dup = Guest(
        id="dup-walk-in",
        event_id=demo.event.id,
        first_name=listed.first_name,
        last_name=listed.last_name,
        source=Source.WALK_IN,
        name_approved=False,
    )
    CheckInService(database, station="door-1").check_in_walk_in(dup, "dup-check-in")
    _find_and_open(qtbot, page, listed.ticket or "", listed.id)

    qtbot.mouseClick(page.merge, Qt.MouseButton.LeftButton)
    assert page.picking_duplicate
    assert not page.confirm_merge.isVisible()
    page.search.setText(f"{listed.first_name} {listed.last_name}")
    qtbot.waitUntil(lambda: dup.id in [r.guest_id for r in page.results_model.rows])
    _click_result(qtbot, page, listed.id)  # itself: refused
    assert page.notice.text() == notice_text(Notice.SAME_GUEST)
    _click_result(qtbot, page, dup.id)
    assert page.confirm_merge.isVisible()
    assert listed.first_name in page.confirm_text.text()

    qtbot.mouseClick(page.confirm_merge, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.notice.text() == notice_text(Notice.MERGED))
    assert not page.picking_duplicate
    assert _stored(database, dup.id) is None
    assert page.presence.active is not None
    assert page.presence.active.id == "dup-check-in"
    qtbot.waitUntil(lambda: dup.id not in [r.guest_id for r in page.results_model.rows])


def test_a_guest_erased_meanwhile_is_said_to_be_gone(
    qtbot: QtBot, page: GuestsPage, database: Database, demo: DemoEvent
) -> None:
    guest = demo.guests[ALREADY_IN + 7]
    _find_and_open(qtbot, page, guest.ticket or "", guest.id)
    GuestService(database, station="elsewhere").erase(guest.id)
    page.form.fields[EditField.ORGANISATION].setText("Somewhere else")
    qtbot.mouseClick(page.form.save, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.notice.text() == notice_text(Notice.GONE))
    assert not page.form.isEnabled()


def test_nobody_found_says_so_in_french(qtbot: QtBot, page: GuestsPage, qapp: QApplication) -> None:
    install_language(qapp, Language.FR)
    page.set_language(Language.FR)
    page.search.setText("zzzzqqq")
    qtbot.waitUntil(lambda: page.results_note.isVisible())
    assert page.results_note.text().startswith("Personne trouvé")
    assert page.title() == "Invités"
