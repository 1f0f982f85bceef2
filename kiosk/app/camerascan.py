"""Scanning a ticket with the camera from the welcome screen (only where a camera exists)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject
from PySide6.QtGui import QImage

from kiosk.ui.camera.frames import FrameSampler
from kiosk.ui.camera.panel import CameraPanel
from kiosk.ui.camera.source import CameraSource
from kiosk.ui.checkin.clock import Countdown, Ticker
from kiosk.ui.checkin.window import KioskWindow

# Nobody aims a ticket for longer: the camera goes off and the welcome screen is back.
SCAN_SECONDS = 30
# How long "the camera isn't working" stays before the welcome screen returns by itself.
FAILURE_SECONDS = 6


class CameraScan(QObject):
    """The welcome screen's camera button: preview, decode, then the same check-in as a
    ticket read by the barcode scanner (the window's ``code_scanned``).

    The camera runs only while the panel is up: never filming an empty hall. It stops on a
    code, on "cancel", after ``SCAN_SECONDS`` and whenever the journey resets.
    """

    def __init__(
        self,
        window: KioskWindow,
        source: CameraSource,
        *,
        ticker: Ticker,
        clock: Callable[[], int],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._window = window
        self._source = source
        self.panel = CameraPanel(window)
        self.sampler = FrameSampler(clock, parent=self)
        self._countdown = Countdown(ticker, SCAN_SECONDS, self)
        self._failure_countdown = Countdown(ticker, FAILURE_SECONDS, self)
        self._running = False
        window.welcome.set_camera_available(True)
        window.welcome.camera_requested.connect(self.open)
        window.journey_finished.connect(self.close)
        source.frame_arrived.connect(self._on_source_frame_arrived)
        source.failed.connect(self._on_source_failed)
        self.sampler.code_scanned.connect(self._on_sampler_code_scanned)
        self.panel.cancel_requested.connect(self.close)
        self._countdown.finished.connect(self.close)
        self._failure_countdown.finished.connect(self.close)

    @property
    def running(self) -> bool:
        """The camera is on."""
        return self._running

    def open(self) -> None:
        if self._running:
            return
        self.sampler.reset()
        self.panel.open()
        self._running = True
        self._countdown.start()
        self._source.start()

    def close(self) -> None:
        """Camera off, panel gone, nothing of the frames kept. Safe to call twice."""
        self._countdown.stop()
        self._failure_countdown.stop()
        if self._running:
            self._running = False
            self._source.stop()
        self.sampler.reset()
        self.panel.close_panel()

    def _on_source_frame_arrived(self, image: QImage) -> None:
        if not self._running:
            return
        self.panel.show_frame(image)
        self.sampler.offer(image)

    def _on_source_failed(self) -> None:
        if self._running:
            self._running = False
            self._source.stop()
        self._countdown.stop()
        self.panel.show_failure()
        self._failure_countdown.start()

    def _on_sampler_code_scanned(self, code: str) -> None:
        if not self._running:
            return
        self.close()
        self._window.code_scanned.emit(code)  # as if the ticket reader had read it
