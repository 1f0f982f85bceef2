"""The organiser's "Screens" page in a process of its own, on the screens the platform was given.

``python screens_child.py DB EVENT MACHINE_TOML [SHOTS_DIR]`` with QT_QPA_PLATFORM naming an
offscreen screens file (the platform is read once, when the application starts): lists the
page's rows, presses "Identify", chooses the check-in on the second screen and the wall on
the first, presses "Save", and prints one JSON line with what it saw. With SHOTS_DIR, the
page and each overlay are saved as PNG files there. A watchdog ends a child left behind.
"""

from __future__ import annotations

import json
import os
import signal
import sys
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[3]))

WATCHDOG_S = 45


def _spin_until(done: Callable[[], bool]) -> None:
    """Run the event loop until ``done()``; the watchdog ends a child that never gets there."""
    from PySide6.QtCore import QCoreApplication, QEventLoop

    while not done():
        QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.WaitForMoreEvents)


def main(db_path: str, event_id: str, machine_path: str, shots: str = "") -> None:
    from PySide6.QtCore import QRect, Qt
    from PySide6.QtGui import QGuiApplication
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    from kiosk.app.organisercontext import OrganiserContext, OrganiserEnvironment
    from kiosk.app.organisersetupstation import ScreensController
    from kiosk.app.worker import ServiceWorker
    from kiosk.core.guest import Language
    from kiosk.core.machine import Role
    from kiosk.storage import open_database
    from kiosk.ui.i18n import install_language
    from kiosk.ui.organiser.setup.screenspage import ScreensPage

    def rect(r: QRect) -> list[int]:
        return [r.x(), r.y(), r.width(), r.height()]

    app = QApplication(["screens-child"])
    install_language(app, Language.EN)
    database = open_database(f"sqlite:///{db_path}")
    worker = ServiceWorker()
    environment = OrganiserEnvironment(
        database=database, event_id=event_id, station="desk", machine_path=Path(machine_path)
    )
    context = OrganiserContext(environment, worker)
    page = ScreensPage()
    page.resize(1280, 800)
    controller = ScreensController(page, context, parent=context)
    page.show()
    QTest.qWaitForWindowExposed(page, 10_000)
    page.page_shown()
    model = page.model
    report: dict[str, object] = {
        "platform": [s.name() for s in QGuiApplication.screens()],
        "rows": [
            [model.index(row, col).data() for col in range(model.columnCount())]
            for row in range(model.rowCount())
        ],
        "checkin_choices": [page.checkin.itemData(i) for i in range(page.checkin.count())],
        "wall_choices": [page.wall.itemData(i) for i in range(page.wall.count())],
    }
    if shots:
        page.grab().save(str(Path(shots) / "screens-page.png"))

    QTest.mouseClick(page.identify, Qt.MouseButton.LeftButton)
    overlays = controller.identifier.overlays
    _spin_until(lambda: all(o.windowHandle() and o.windowHandle().isExposed() for o in overlays))
    report["overlays"] = [
        {
            "number": o.number,
            "name": o.screen_name,
            "screen": o.screen().name(),
            "geometry": rect(o.geometry()),
            "visible": o.isVisible(),
            "grab": [o.grab().width(), o.grab().height()],
        }
        for o in overlays
    ]
    if shots:
        for o in overlays:
            o.grab().save(str(Path(shots) / f"identify-{o.number}.png"))
    controller.identifier.hide_all()

    second, first = report["platform"][1], report["platform"][0]  # type: ignore[index]
    page.checkin.setCurrentIndex(page.checkin.findData(second))
    page.wall.setCurrentIndex(page.wall.findData(first))
    page.role.setCurrentIndex(page.role.findData(Role.BOTH))
    page.station.setText("Porte 1")
    QTest.mouseClick(page.save, Qt.MouseButton.LeftButton)
    _spin_until(lambda: bool(page.status.text()) or bool(page.problem.text()))
    report["status"] = page.status.text()
    report["problem"] = page.problem.text()
    report["machine_toml"] = Path(machine_path).read_text(encoding="utf-8")
    worker.close()
    database.close()
    os.write(1, (json.dumps(report) + "\n").encode())


if __name__ == "__main__":
    signal.alarm(WATCHDOG_S)
    main(*sys.argv[1:])
