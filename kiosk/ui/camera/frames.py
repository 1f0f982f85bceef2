"""Is there a camera, and QR codes read from its frames (decoded off the GUI thread)."""

from __future__ import annotations

import importlib
import logging
import threading
from collections.abc import Callable
from types import ModuleType

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QImage

from kiosk.ui.badge.decode import decode_qr, decoder_available

_log = logging.getLogger(__name__)
# Decoding every frame (30 a second) would load a core for nothing: a guest holds a code in
# front of the camera for a second or more.
SAMPLE_MS = 300


def multimedia() -> ModuleType | None:
    """QtMultimedia comes with PySide6-Addons, which a light install leaves out."""
    try:
        return importlib.import_module("PySide6.QtMultimedia")
    except ImportError:
        return None


def camera_available() -> bool:
    """A camera can scan: QtMultimedia, at least one video input, and the QR decoder."""
    module = multimedia()
    if module is None or not decoder_available():
        return False
    try:
        return bool(module.QMediaDevices.videoInputs())
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

    With ``background`` (the camera's case) decoding runs on a short-lived thread, one frame
    at a time: a 720p frame takes tens of milliseconds, which the guest's taps must not wait
    for; frames arriving meanwhile are dropped. The same code held in front of the camera is
    reported once, until another one (or ``reset``): like one pass of a barcode scanner.
    """

    code_scanned = Signal(str)
    _decoded = Signal(int, str)  # generation, code ("" for none): from the decoding thread

    def __init__(
        self,
        clock: Callable[[], int],
        *,
        decode: Callable[[QImage], str | None] = decode_frame,
        background: bool = True,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._clock = clock
        self._decode = decode
        self._background = background
        self._last_sample: int | None = None
        self._last_code = ""
        self._busy = False
        self._generation = 0
        self._decoded.connect(self._on_decoded)

    @property
    def busy(self) -> bool:
        """A frame is being decoded on its thread."""
        return self._busy

    def reset(self) -> None:
        """Forget the last code; a decode in flight is ignored when it answers (it still
        holds ``busy`` until then, so two decoding threads never overlap)."""
        self._generation += 1
        self._last_sample = None
        self._last_code = ""

    def offer(self, image: QImage) -> None:
        """A frame from the camera (as a QImage)."""
        now = self._clock()
        if self._busy or (self._last_sample is not None and now - self._last_sample < SAMPLE_MS):
            return
        self._last_sample = now
        if not self._background:
            self._on_decoded(self._generation, self._decode(image) or "")
            return
        self._busy = True
        generation, frame = self._generation, image.copy()  # the sink reuses its buffer
        threading.Thread(
            target=self._decode_on_thread, args=(generation, frame), daemon=True
        ).start()

    def _decode_on_thread(self, generation: int, image: QImage) -> None:
        try:
            code = self._decode(image) or ""
        except Exception:  # a decoder bug must not kill scanning: log, treat as no code
            _log.exception("decoding a camera frame failed")
            code = ""
        try:
            self._decoded.emit(generation, code)  # queued to the sampler's (GUI) thread
        except RuntimeError:  # the sampler was deleted meanwhile (the app quit): nobody to tell
            _log.debug("camera frame decoded after the scanner closed")

    def _on_decoded(self, generation: int, code: str) -> None:
        self._busy = False  # whichever scan it was for, its thread is done
        if generation != self._generation:
            return  # reset meanwhile: another guest, another scan
        if code and code != self._last_code:
            self._last_code = code
            self.code_scanned.emit(code)
