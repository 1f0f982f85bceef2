"""The optional camera scanner: is there a camera, and QR codes read from its frames."""

from __future__ import annotations

import importlib
import logging
from collections.abc import Callable
from types import ModuleType

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QImage

from kiosk.ui.badge.decode import decode_qr, decoder_available

_log = logging.getLogger(__name__)
# Decoding every frame (30 a second) would load the GUI thread for nothing: a guest holds a
# code in front of the camera for a second or more.
SAMPLE_MS = 300


def _multimedia() -> ModuleType | None:
    """QtMultimedia comes with PySide6-Addons, which a light install leaves out."""
    try:
        return importlib.import_module("PySide6.QtMultimedia")
    except ImportError:
        return None


def camera_available() -> bool:
    """A camera can scan: QtMultimedia, at least one video input, and the QR decoder."""
    multimedia = _multimedia()
    if multimedia is None or not decoder_available():
        return False
    try:
        return bool(multimedia.QMediaDevices.videoInputs())
    except Exception:  # a broken multimedia backend means no camera, never a crash
        _log.warning("listing the cameras failed", exc_info=True)
        return False


def decode_frame(image: QImage) -> str | None:
    """The first QR code's text in one camera frame, if any."""
    if image.isNull():
        return None
    codes = decode_qr(image)
    return codes[0] if codes else None


class FrameSampler(QObject):
    """Takes frames as they come, decodes one every ``SAMPLE_MS``; ``code_scanned(text)``.

    The same code held in front of the camera is reported once, until another one (or
    ``reset``): like one pass of a barcode scanner.
    """

    code_scanned = Signal(str)

    def __init__(self, clock: Callable[[], int], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._clock = clock
        self._last_sample: int | None = None
        self._last_code = ""

    def reset(self) -> None:
        self._last_sample = None
        self._last_code = ""

    def offer(self, image: QImage) -> None:
        """A frame from the camera (a QVideoSink's ``videoFrameChanged``, as a QImage)."""
        now = self._clock()
        if self._last_sample is not None and now - self._last_sample < SAMPLE_MS:
            return
        self._last_sample = now
        code = decode_frame(image)
        if code and code != self._last_code:
            self._last_code = code
            self.code_scanned.emit(code)
