"""Garbage collection on the GUI thread only (kiosk/app/gccontrol.py)."""

from __future__ import annotations

import gc
import threading

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QApplication

from kiosk.app.gccontrol import MainThreadCollector


class _Cycle:
    def __init__(self) -> None:
        self.me = self
        self.qt = QObject()


def test_collection_runs_on_the_gui_thread_only(qapp: QApplication) -> None:
    was_enabled = gc.isenabled()
    gc.enable()
    collector = MainThreadCollector(interval_ms=10_000)
    try:
        assert not gc.isenabled()  # no collection on whichever thread allocates
        freed_on: list[threading.Thread] = []
        gc.callbacks.append(lambda phase, info: freed_on.append(threading.current_thread()))
        try:
            for _ in range(3 * gc.get_threshold()[0]):
                _Cycle()  # garbage only a collection can free
            assert collector.check() > 0
        finally:
            gc.callbacks.pop()
        assert set(freed_on) == {threading.main_thread()}
    finally:
        collector.stop()
        assert gc.isenabled()
        if not was_enabled:
            gc.disable()
