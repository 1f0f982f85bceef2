"""Both roles in one process: a wall that cannot start leaves no check-in thread running."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication

from kiosk.app import bothapp
from kiosk.app.checkin import CheckInController
from kiosk.app.screens import ScreenPlan
from kiosk.app.worker import ServiceWorker
from kiosk.core.demo import DemoEvent
from kiosk.storage import Database


def test_a_failing_wall_closes_the_check_in_it_started(
    qapp: QApplication, database: Database, demo: DemoEvent, monkeypatch: pytest.MonkeyPatch
) -> None:
    started: list[CheckInController] = []
    build_checkin = bothapp.build_checkin

    def spied_build_checkin(*args: object, **kwargs: object) -> object:
        window, controller = build_checkin(*args, **kwargs)  # type: ignore[arg-type]
        started.append(controller)
        return window, controller

    def broken_wall(*args: object, **kwargs: object) -> object:
        raise RuntimeError("the wall's screen vanished")

    monkeypatch.setattr(bothapp, "build_checkin", spied_build_checkin)
    monkeypatch.setattr(bothapp, "build_wall", broken_wall)
    primary = QGuiApplication.primaryScreen()
    with pytest.raises(RuntimeError, match="vanished"):
        bothapp.build_both(
            database, demo.event.id, station="door", plan=ScreenPlan(primary, None), windowed=True
        )
    (controller,) = started
    workers = controller.findChildren(ServiceWorker)
    assert workers
    assert all(w._closed for w in workers)
    controller.window.close()
