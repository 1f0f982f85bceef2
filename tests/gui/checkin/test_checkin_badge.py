"""The done screen's badge buttons, its QR view, and the camera option left out without a camera."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import QApplication, QLabel, QPushButton
from pytestqt.qtbot import QtBot

from kiosk.core.guest import Language
from kiosk.core.vcard import vcard, vcard_payload
from kiosk.ui.badge.decode import decode_qr
from kiosk.ui.badge.printing import PrintResult
from kiosk.ui.badge.qr import qr_image
from kiosk.ui.camera.frames import FrameSampler, camera_available, decode_frame
from kiosk.ui.checkin.clock import ManualTicker
from kiosk.ui.checkin.done import DoneScreen
from kiosk.ui.checkin.qrview import scaled_qr
from kiosk.ui.checkin.window import KioskWindow
from kiosk.ui.i18n import install_language

SENTENCES = {
    PrintResult.PRINTED: "Your badge is printing: pick it up at the printer.",
    PrintResult.NO_PRINTER: "There is no printer here: ask at the desk for your badge.",
    PrintResult.PRINTER_STOPPED: "The printer is paused: ask at the desk for your badge.",
    PrintResult.PRINTER_OFFLINE: "The printer is offline: ask at the desk for your badge.",
    PrintResult.FAILED: "Your badge could not be printed. You can try again or ask at the desk.",
}
PAYLOAD = vcard_payload("Léa", "Delaunay", "lea@example.fr")


@pytest.fixture
def done(qtbot: QtBot, ticker: ManualTicker) -> DoneScreen:
    screen = DoneScreen(ticker)
    qtbot.addWidget(screen)
    screen.resize(1280, 800)
    screen.set_language(Language.EN)
    screen.set_suggestions("Léa", ())
    screen.show()
    return screen


def _shown_texts(screen: DoneScreen) -> list[str]:
    return [w.text() for w in screen.findChildren(QLabel) if w.isVisibleTo(screen)]


def test_print_button_asks_once_until_the_answer(qtbot: QtBot, done: DoneScreen) -> None:
    assert done.print_button.text() == "Print my badge"
    with qtbot.waitSignal(done.badge_print_requested):
        qtbot.mouseClick(done.print_button, Qt.MouseButton.LeftButton)
    assert not done.print_button.isEnabled()  # a second tap must not print two badges
    done.show_print_result(PrintResult.FAILED)
    assert done.print_button.isEnabled()  # a failure can be tried again
    done.show_print_result(PrintResult.PRINTED)
    assert not done.print_button.isEnabled()


@pytest.mark.parametrize("result", list(PrintResult))
def test_each_print_result_has_its_calm_sentence(done: DoneScreen, result: PrintResult) -> None:
    assert SENTENCES[result] not in _shown_texts(done)
    done.show_print_result(result)
    assert SENTENCES[result] in _shown_texts(done)
    assert sum(text in SENTENCES.values() for text in _shown_texts(done)) == 1


def test_print_sentence_follows_the_language(qapp: QApplication, done: DoneScreen) -> None:
    done.show_print_result(PrintResult.NO_PRINTER)
    install_language(qapp, Language.FR)
    done.set_language(Language.FR)
    assert "Pas d'imprimante ici : demandez votre badge à l'accueil." in _shown_texts(done)
    assert done.print_button.text() == "Imprimer mon badge"


def test_qr_view_shows_a_code_that_decodes_to_the_vcard(qtbot: QtBot, done: DoneScreen) -> None:
    with qtbot.waitSignal(done.qr_requested):
        qtbot.mouseClick(done.qr_button, Qt.MouseButton.LeftButton)
    done.show_qr(qr_image(PAYLOAD, 1))
    assert done.showing_qr
    shown = done.qr_view.image()
    assert shown.width() >= 250  # large enough to scan from a phone at arm's length
    assert decode_qr(shown) == [vcard("Léa", "Delaunay", "lea@example.fr")]
    back = done.qr_view.close_button
    assert back.isVisibleTo(done)
    qtbot.mouseClick(back, Qt.MouseButton.LeftButton)
    assert not done.showing_qr
    assert not done.cards[0].isVisibleTo(done)
    assert done.qr_button.isVisibleTo(done)


def test_touch_targets_are_large_enough(qtbot: QtBot, ticker: ManualTicker) -> None:
    kiosk = KioskWindow(windowed=True, ticker=ticker)
    qtbot.addWidget(kiosk)
    kiosk.resize(1280, 800)
    kiosk.show()
    kiosk.show_done("Léa", [])
    kiosk.done.show_qr(qr_image(PAYLOAD, 1))
    qtbot.waitExposed(kiosk)
    for name in ("printBadge", "finish", "closeQr"):
        widget = kiosk.done.findChild(QPushButton, name)
        assert widget is not None, name
        assert widget.isVisible(), name
        size: QSize = widget.size()
        assert min(size.height(), size.width()) >= 48, (name, size)
    code = kiosk.done.qr_view.code
    shown = code.pixmap().size()
    assert shown.height() <= code.contentsRect().height()  # never cropped: scannable
    assert shown.width() >= 250
    assert decode_qr(kiosk.grab().toImage()) == [PAYLOAD.decode()]  # as a phone sees it
    kiosk.done.hide_qr()
    assert kiosk.done.qr_button.height() >= 48


def test_reset_forgets_the_code_and_the_result(done: DoneScreen) -> None:
    done.show_qr(qr_image(PAYLOAD, 1))
    done.show_print_result(PrintResult.PRINTER_OFFLINE)
    done.reset()
    assert not done.showing_qr
    assert done.qr_view.code.pixmap().isNull()
    assert not any(text in SENTENCES.values() for text in _shown_texts(done))
    assert done.print_button.isEnabled()


def test_scaled_qr_keeps_whole_pixels_per_module() -> None:
    one = qr_image(PAYLOAD, 1)
    big = scaled_qr(one, 420)
    assert big.width() % one.width() == 0
    assert big.width() <= 420
    assert decode_qr(big) == [PAYLOAD.decode()]


# -- camera -----------------------------------------------------------------------------------
def test_no_camera_here_so_no_camera_option(qtbot: QtBot, window: KioskWindow) -> None:
    assert camera_available() is False  # no QtMultimedia (PySide6-Addons) on this machine
    window.show()
    window.show_welcome()
    assert not window.welcome.camera_button.isVisible()
    window.welcome.set_camera_available(True)  # where there is one, the option is offered
    assert window.welcome.camera_button.isVisible()
    assert window.welcome.camera_button.text() == "Scan a code with the camera"


def test_a_frame_with_a_ticket_code_decodes() -> None:
    assert decode_frame(scaled_qr(qr_image(b"ICE-0044", 1), 300)) == "ICE-0044"
    blank = qr_image(b"x", 1)
    blank.fill(0xFFFFFFFF)
    assert decode_frame(blank) is None


def test_frames_are_sampled_and_a_code_reported_once(qtbot: QtBot) -> None:
    now = [0]
    sampler = FrameSampler(lambda: now[0], background=False)
    seen: list[str] = []
    sampler.code_scanned.connect(seen.append)
    ticket = scaled_qr(qr_image(b"ICE-0044", 1), 300)
    other = scaled_qr(qr_image(b"ICE-0045", 1), 300)
    sampler.offer(ticket)
    now[0] += 100
    sampler.offer(other)  # too soon: not even decoded
    now[0] += 300
    sampler.offer(ticket)  # still held in front of the camera: once is enough
    now[0] += 300
    sampler.offer(other)
    assert seen == ["ICE-0044", "ICE-0045"]
    sampler.reset()
    sampler.offer(other)
    assert seen == ["ICE-0044", "ICE-0045", "ICE-0045"]
