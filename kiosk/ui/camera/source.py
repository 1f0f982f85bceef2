"""Camera frames as QImages: the QtMultimedia camera behind a small interface tests can fake."""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QSize, Signal
from PySide6.QtGui import QImage

from kiosk.ui.camera.frames import multimedia

_log = logging.getLogger(__name__)
# The preview needs no more than this; a 4K webcam would only cost conversions.
WANTED_SIZE = QSize(1280, 720)
# Frames shown a second: smooth enough to aim a ticket, light on the GUI thread.
PREVIEW_FPS = 15


class CameraSource(QObject):
    """Something that, started, sends frames until stopped, or says it failed."""

    frame_arrived = Signal(QImage)
    failed = Signal()

    def start(self) -> None:
        raise NotImplementedError

    def stop(self) -> None:
        raise NotImplementedError


class QtCameraSource(CameraSource):
    """The system's default camera through QtMultimedia (PySide6-Addons), frames as QImages.

    QVideoFrame.toImage() copies and converts the frame on the GUI thread: frames are
    converted at most ``PREVIEW_FPS`` times a second and the rest dropped before conversion.
    """

    def __init__(self, clock: Callable[[], int], parent: QObject | None = None) -> None:
        super().__init__(parent)
        module = multimedia()
        if module is None:
            raise RuntimeError(
                "QtMultimedia is not installed (pip install icebreaker-kiosk[camera])"
            )
        self._clock = clock
        self._last_frame_ms: int | None = None
        self._session: Any = module.QMediaCaptureSession(self)
        self._sink: Any = module.QVideoSink(self)
        self._camera: Any = None
        self._module = module
        self._session.setVideoSink(self._sink)
        self._sink.videoFrameChanged.connect(self._on_sink_video_frame_changed)

    def start(self) -> None:
        device = self._module.QMediaDevices.defaultVideoInput()
        if device.isNull():
            self.failed.emit()
            return
        self._camera = self._module.QCamera(device, self)
        chosen = _best_format(device.videoFormats())
        if chosen is not None:
            self._camera.setCameraFormat(chosen)
        self._camera.errorOccurred.connect(self._on_camera_error_occurred)
        self._session.setCamera(self._camera)
        self._last_frame_ms = None
        self._camera.start()

    def stop(self) -> None:
        if self._camera is not None:
            self._camera.stop()
            self._session.setCamera(None)
            self._camera.deleteLater()
            self._camera = None

    def _on_sink_video_frame_changed(self, frame: Any) -> None:
        now = self._clock()
        if self._last_frame_ms is not None and now - self._last_frame_ms < 1000 // PREVIEW_FPS:
            return
        self._last_frame_ms = now
        image = frame.toImage()
        if not image.isNull():
            self.frame_arrived.emit(image)

    def _on_camera_error_occurred(self, error: Any, text: str) -> None:
        _log.warning("camera error %s: %s", error, text)
        self.stop()
        self.failed.emit()


def _best_format(formats: list[Any]) -> Any:
    """The camera format closest to ``WANTED_SIZE`` at up to 30 frames a second."""
    if not formats:
        return None

    def distance(fmt: Any) -> tuple[int, int]:
        size = fmt.resolution()
        area = abs(size.width() * size.height() - WANTED_SIZE.width() * WANTED_SIZE.height())
        return (0 if fmt.maxFrameRate() >= 15 else 1, area)

    return min(formats, key=distance)
