"""The camera scan from the welcome screen: preview, a ticket's QR checks in, and every way out."""

from __future__ import annotations

import threading

import pytest
from journey_support import Kiosk
from PySide6.QtCore import QObject
from PySide6.QtGui import QImage, QPainter
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from kiosk.app.camerascan import FAILURE_SECONDS, SCAN_SECONDS, CameraScan
from kiosk.ui.badge.qr import qr_image
from kiosk.ui.camera.frames import FrameSampler, multimedia
from kiosk.ui.camera.source import CameraSource
from kiosk.ui.checkin.clock import monotonic_ms
from kiosk.ui.checkin.qrview import scaled_qr


class FakeCamera(CameraSource):
    """Frames on demand: a rendered ticket, or a blank wall."""

    def __init__(self) -> None:
        super().__init__()
        self.on = False
        self.starts = 0

    def start(self) -> None:
        self.on = True
        self.starts += 1

    def stop(self) -> None:
        self.on = False

    def film(self, image: QImage) -> None:
        assert self.on, "a frame from a camera that is off"
        self.frame_arrived.emit(image)


def ticket_frame(code: str) -> QImage:
    """A 640x480 grey frame with the ticket's QR held up somewhere left of centre."""
    frame = QImage(640, 480, QImage.Format.Format_RGB32)
    frame.fill(0xFF808080)
    qr = scaled_qr(qr_image(code.encode(), 1), 260)
    painter = QPainter(frame)
    painter.drawImage(120, 100, qr)
    painter.end()
    return frame


@pytest.fixture
def camera(kiosk: Kiosk) -> tuple[CameraScan, FakeCamera]:
    source = FakeCamera()
    scan = CameraScan(
        kiosk.window, source, ticker=kiosk.ticker, clock=monotonic_ms, parent=kiosk.controller
    )
    return scan, source


def test_a_ticket_shown_to_the_camera_checks_in(
    kiosk: Kiosk, camera: tuple[CameraScan, FakeCamera]
) -> None:
    scan, source = camera
    w, guest = kiosk.window, kiosk.guest("ICE-0053")
    assert w.welcome.camera_button.isVisible()
    kiosk.tap(w.welcome.camera_button)
    assert scan.panel.isVisible()
    assert source.on
    source.film(ticket_frame(guest.ticket or ""))
    assert scan.panel.view.has_frame  # the guest sees themselves aiming
    kiosk.wait_for(w.tags)
    assert not source.on
    assert not scan.panel.isVisible()
    assert not scan.panel.view.has_frame  # no picture kept
    assert kiosk.controller.journey.verified(guest.id)
    with kiosk.database.reader() as uow:
        assert uow.checkins.active_for(guest.id) is not None


def test_frames_without_a_code_keep_the_camera_on(
    kiosk: Kiosk, camera: tuple[CameraScan, FakeCamera]
) -> None:
    scan, source = camera
    blank = QImage(640, 480, QImage.Format.Format_RGB32)
    blank.fill(0xFF808080)
    kiosk.tap(kiosk.window.welcome.camera_button)
    source.film(blank)
    kiosk.qtbot.waitUntil(lambda: not scan.sampler.busy)
    assert source.on
    assert kiosk.window.current() is kiosk.window.welcome


def test_cancel_turns_the_camera_off(kiosk: Kiosk, camera: tuple[CameraScan, FakeCamera]) -> None:
    scan, source = camera
    kiosk.tap(kiosk.window.welcome.camera_button)
    kiosk.tap(scan.panel.findChild(QObject, "cameraCancel"))  # type: ignore[arg-type]
    assert not source.on
    assert not scan.panel.isVisible()


def test_the_camera_stops_by_itself(kiosk: Kiosk, camera: tuple[CameraScan, FakeCamera]) -> None:
    scan, source = camera
    kiosk.tap(kiosk.window.welcome.camera_button)
    kiosk.ticker.advance(SCAN_SECONDS - 1)
    assert source.on
    kiosk.ticker.advance(1)
    assert not source.on
    assert not scan.panel.isVisible()


def test_a_broken_camera_says_so_then_gives_the_screen_back(
    kiosk: Kiosk, camera: tuple[CameraScan, FakeCamera]
) -> None:
    scan, source = camera
    kiosk.tap(kiosk.window.welcome.camera_button)
    source.failed.emit()
    texts = {label.text() for label in scan.panel.findChildren(QLabel)}
    assert "The camera isn't working right now." in texts
    assert not scan.running
    assert scan.panel.isVisible()
    kiosk.ticker.advance(FAILURE_SECONDS)
    assert not scan.panel.isVisible()
    kiosk.tap(kiosk.window.welcome.camera_button)  # another try starts the camera again
    assert source.on
    assert source.starts == 2


def test_a_journey_reset_turns_the_camera_off(
    kiosk: Kiosk, camera: tuple[CameraScan, FakeCamera]
) -> None:
    scan, source = camera
    kiosk.tap(kiosk.window.welcome.camera_button)
    kiosk.window.reset()
    kiosk.window.journey_finished.emit()
    assert not source.on
    assert not scan.panel.isVisible()


@pytest.mark.skipif(multimedia() is None, reason="QtMultimedia (the camera extra) not installed")
# QtMultimedia says which optional codec libraries it did not find: the machine's business.
@pytest.mark.qt_log_ignore("Couldn't (load|resolve)", "No RHI backend")
def test_qt_camera_source_turns_sink_frames_into_images(kiosk: Kiosk) -> None:
    from kiosk.ui.camera.source import QtCameraSource

    module = multimedia()
    assert module is not None
    now = [0]
    source = QtCameraSource(lambda: now[0])
    frames: list[QImage] = []
    source.frame_arrived.connect(frames.append)
    image = ticket_frame("ICE-0001")
    sink = source._sink
    sink.setVideoFrame(module.QVideoFrame(image))
    now[0] += 10
    sink.setVideoFrame(module.QVideoFrame(image))  # too soon for the preview: dropped
    assert len(frames) == 1
    assert frames[0].size() == image.size()
    failed: list[bool] = []
    source.failed.connect(lambda: failed.append(True))
    source.start()  # no camera on this machine: a calm failure, no exception
    assert failed == [True]


def test_a_decode_in_flight_holds_the_sampler_across_a_reset(qtbot: QtBot) -> None:
    """Closing and reopening the camera at once never runs two decoding threads."""
    release, started = threading.Event(), threading.Event()
    running: list[int] = []

    def slow_decode(image: QImage) -> str | None:
        running.append(1)
        started.set()
        release.wait(5)
        overlap = len(running)
        running.pop()
        return f"overlap-{overlap}"

    now = [0]
    sampler = FrameSampler(lambda: now[0], decode=slow_decode)
    seen: list[str] = []
    sampler.code_scanned.connect(seen.append)
    frame = ticket_frame("ICE-0001")
    sampler.offer(frame)
    assert started.wait(5)
    sampler.reset()  # the camera closed and opened again
    now[0] += 1000
    sampler.offer(frame)  # dropped: the first decode still runs
    assert sampler.busy
    release.set()
    qtbot.waitUntil(lambda: not sampler.busy)
    assert seen == []  # the old scan's answer is ignored
    now[0] += 1000
    sampler.offer(frame)
    qtbot.waitUntil(lambda: seen == ["overlap-1"])
