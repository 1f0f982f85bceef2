"""The organiser sections' shared guest index: built once on the worker, kept current."""

from __future__ import annotations

import threading
from collections.abc import Iterator

import pytest
from pytestqt.qtbot import QtBot

from kiosk.app.organisercontext import OrganiserContext, OrganiserEnvironment
from kiosk.app.worker import ServiceWorker
from kiosk.core.demo import DemoEvent
from kiosk.core.guest import Guest
from kiosk.services.checkin import CheckInService
from kiosk.storage import Database


@pytest.fixture
def context(database: Database, demo: DemoEvent) -> Iterator[OrganiserContext]:
    worker = ServiceWorker()
    context = OrganiserContext(
        OrganiserEnvironment(database=database, event_id=demo.event.id, station="org"), worker
    )
    yield context
    worker.close()


def _on_worker(qtbot: QtBot, context: OrganiserContext, call: object) -> object:
    answers: list[object] = []
    context.worker.submit(call, answers.append, pytest.fail)  # type: ignore[arg-type]
    qtbot.waitUntil(lambda: bool(answers))
    return answers[0]


def test_one_index_built_on_the_worker_and_kept_current(
    qtbot: QtBot, context: OrganiserContext, database: Database, demo: DemoEvent
) -> None:
    threads: list[threading.Thread] = []

    def first() -> object:
        threads.append(threading.current_thread())
        return context.guest_search()

    index = _on_worker(qtbot, context, first)
    assert threads != [threading.main_thread()]
    assert _on_worker(qtbot, context, context.guest_search) is index  # shared, built once
    walk_in = Guest(id="walkin-zephyrine", event_id=demo.event.id, first_name="Zéphyrine")
    result = CheckInService(database, station="door-2").check_in_walk_in(walk_in, "ci-zeph")
    context.changes_applied.emit(result.changes)  # what the station's feed forwards

    def found() -> list[str]:
        return [hit.guest_id for hit in context.guest_search().search("zephyr")]

    assert _on_worker(qtbot, context, found) == ["walkin-zephyrine"]
