"""Details, consent, returning guest, verification and leaving screens."""

from __future__ import annotations

from checkin_support import hit
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QPushButton
from pytestqt.qtbot import QtBot

from kiosk.core.event import ConsentWording
from kiosk.core.guest import AddressForm, Consents, Etiquette, Greeting, Language
from kiosk.ui.checkin.clock import ManualTicker
from kiosk.ui.checkin.consent import ConsentScreen
from kiosk.ui.checkin.details import DetailsScreen
from kiosk.ui.checkin.leaving import LeavingScreen
from kiosk.ui.checkin.returning import ReturningScreen
from kiosk.ui.checkin.verify import VerifyScreen
from kiosk.ui.checkin.views import DetailsForm, ReturningGuest


def _button(screen: QPushButton | object, name: str) -> QPushButton:
    found = screen.findChild(QPushButton, name)  # type: ignore[attr-defined]
    assert isinstance(found, QPushButton), name
    return found


def test_details_skip_in_one_tap(qtbot: QtBot) -> None:
    screen = DetailsScreen()
    qtbot.addWidget(screen)
    with qtbot.waitSignal(screen.details_skipped):
        qtbot.mouseClick(_button(screen, "skip"), Qt.MouseButton.LeftButton)


def test_details_chosen(qtbot: QtBot) -> None:
    screen = DetailsScreen()
    qtbot.addWidget(screen)
    assert screen.form() == DetailsForm()  # "either" until the guest says otherwise
    qtbot.mouseClick(screen.address_buttons[AddressForm.FORMAL], Qt.MouseButton.LeftButton)
    qtbot.mouseClick(screen.greeting_buttons[Greeting.WAVE], Qt.MouseButton.LeftButton)
    qtbot.mouseClick(screen.contact, Qt.MouseButton.LeftButton)
    assert screen.keyboard.isVisibleTo(screen)
    screen.contact.setText(" linkedin.com/in/zoe ")
    with qtbot.waitSignal(screen.details_chosen) as blocker:
        qtbot.mouseClick(_button(screen, "continue"), Qt.MouseButton.LeftButton)
    assert blocker.args == [
        DetailsForm(Etiquette(AddressForm.FORMAL, Greeting.WAVE), "linkedin.com/in/zoe")
    ]
    screen.set_details(Etiquette(AddressForm.FIRST_NAME, Greeting.CHEEK_KISS), "x@y.fr")
    assert screen.greeting_buttons[Greeting.CHEEK_KISS].isChecked()
    screen.reset()
    assert screen.form() == DetailsForm()


def test_consent_unticked_by_default(qtbot: QtBot) -> None:
    screen = ConsentScreen()
    qtbot.addWidget(screen)
    assert screen.consents() == Consents()
    with qtbot.waitSignal(screen.consents_chosen) as blocker:
        qtbot.mouseClick(_button(screen, "continue"), Qt.MouseButton.LeftButton)
    assert blocker.args == [Consents()]
    qtbot.mouseClick(screen.on_wall, Qt.MouseButton.LeftButton)  # one tap each
    assert screen.consents() == Consents(on_wall=True)
    qtbot.mouseClick(screen.suggested, Qt.MouseButton.LeftButton)
    assert screen.consents() == Consents(on_wall=True, suggested_to_others=True)
    assert screen.on_wall.height() >= 48 or not screen.isVisible()
    screen.reset()
    assert screen.consents() == Consents()


def test_consent_uses_the_organiser_wording(qtbot: QtBot) -> None:
    screen = ConsentScreen()
    qtbot.addWidget(screen)
    screen.set_wording(ConsentWording(wall_en="Put me on the big screen", wall_fr="Sur l'écran"))
    screen.set_language(Language.EN)
    assert screen.on_wall.text() == "Put me on the big screen"
    assert screen.suggested.text() == "Suggest me to other guests"
    screen.set_language(Language.FR)
    assert screen.on_wall.text() == "Sur l'écran"


def test_returning_withdraws_in_one_tap(qtbot: QtBot) -> None:
    screen = ReturningScreen()
    qtbot.addWidget(screen)
    screen.set_guest(ReturningGuest("g1", "Zoé", Consents(on_wall=True)))
    withdraw = _button(screen, "withdraw")
    assert not withdraw.isHidden()
    with qtbot.waitSignal(screen.consent_withdrawal_requested) as blocker:
        qtbot.mouseClick(withdraw, Qt.MouseButton.LeftButton)
    assert blocker.args == ["g1"]
    screen.show_consent_withdrawn()
    assert withdraw.isHidden()
    with qtbot.waitSignal(screen.tag_change_requested) as blocker:
        qtbot.mouseClick(_button(screen, "changeTags"), Qt.MouseButton.LeftButton)
    assert blocker.args == ["g1"]
    with qtbot.waitSignal(screen.suggestions_requested):
        qtbot.mouseClick(_button(screen, "seeSuggestions"), Qt.MouseButton.LeftButton)
    assert "Welcome back, Zoé!" in [label.text() for label in screen.findChildren(QLabel)]


def test_verify_three_hints_one_guess(qtbot: QtBot) -> None:
    screen = VerifyScreen()
    qtbot.addWidget(screen)
    screen.set_hints("g1", ["a•••@b•••.fr", "z•••@q•••.com", "m•••@e•••.org"])
    assert [b.text() for b in screen.hint_buttons] == [
        "a•••@b•••.fr",
        "z•••@q•••.com",
        "m•••@e•••.org",
    ]
    with qtbot.waitSignal(screen.hint_chosen) as blocker:
        qtbot.mouseClick(screen.hint_buttons[2], Qt.MouseButton.LeftButton)
    assert blocker.args == ["g1", 2]
    screen.show_refused()
    assert all(b.isHidden() for b in screen.hint_buttons)
    with qtbot.assertNotEmitted(screen.hint_chosen):
        qtbot.mouseClick(screen.hint_buttons[0], Qt.MouseButton.LeftButton)


def test_leaving_confirm_then_farewell(qtbot: QtBot, ticker: ManualTicker) -> None:
    screen = LeavingScreen(ticker)
    qtbot.addWidget(screen)
    screen.set_guest(hit("g7", "Zoé", "Q"))
    assert "Leaving already, Zoé Q.?" in [label.text() for label in screen.findChildren(QLabel)]
    with qtbot.waitSignal(screen.check_out_requested) as blocker:
        qtbot.mouseClick(_button(screen, "confirmLeaving"), Qt.MouseButton.LeftButton)
    assert blocker.args == ["g7"]
    screen.show_farewell()
    assert _button(screen, "confirmLeaving").isHidden()
    with qtbot.waitSignal(screen.done_requested):
        qtbot.mouseClick(_button(screen, "finish"), Qt.MouseButton.LeftButton)
    with qtbot.waitSignal(screen.timed_out):  # or by itself, so the name does not linger
        ticker.advance(10)
