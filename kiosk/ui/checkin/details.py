"""A few optional details: how to address and greet the guest, and a contact for the badge QR."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QSize, Signal
from PySide6.QtGui import QIcon, QPixmap
from PySide6.QtWidgets import QButtonGroup, QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from kiosk.core.event import Branding
from kiosk.core.guest import AddressForm, Etiquette, Greeting, Language
from kiosk.core.text import clean
from kiosk.ui.checkin import texts
from kiosk.ui.checkin.flowlayout import FlowLayout
from kiosk.ui.checkin.icons import address_icon, greeting_icon
from kiosk.ui.checkin.keyboard import OnScreenKeyboard
from kiosk.ui.checkin.screen import Screen
from kiosk.ui.checkin.views import DetailsForm
from kiosk.ui.checkin.widgets import Field, button, label
from kiosk.ui.style import Palette

CONTACT_MAX_LENGTH = 200
_ADDRESS_ORDER = (AddressForm.FIRST_NAME, AddressForm.FORMAL, AddressForm.EITHER)
_GREETING_ORDER = (
    Greeting.HANDSHAKE,
    Greeting.WAVE,
    Greeting.CHEEK_KISS,
    Greeting.NO_CONTACT,
    Greeting.EITHER,
)


class DetailsScreen(Screen):
    """All optional: ``details_skipped`` in one tap, or ``details_chosen(DetailsForm)``."""

    details_chosen = Signal(object)  # DetailsForm
    details_skipped = Signal()
    back_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("details")
        self._back = button("quiet", self, object_name="back")
        self._back.clicked.connect(self.back_requested)
        self._title = label("title", self)
        self._skip = button("secondary", self, object_name="skip")
        self._skip.clicked.connect(self.details_skipped)
        self._address_caption = label("caption", self)
        self._greeting_caption = label("caption", self)
        self._contact_caption = label("caption", self)
        self.address_buttons = {form: self._choice() for form in _ADDRESS_ORDER}
        self.greeting_buttons = {kind: self._choice() for kind in _GREETING_ORDER}
        self._address_group = self._group(self.address_buttons.values())
        self._greeting_group = self._group(self.greeting_buttons.values())
        self.contact = Field(self, object_name="contact")
        self.contact.setMaxLength(CONTACT_MAX_LENGTH)
        self.contact.activated.connect(self._on_contact_activated)
        self._contact_note = label("refusal", self)
        self._hide_keyboard = button("quiet", self, object_name="hideKeyboard")
        self._hide_keyboard.clicked.connect(lambda: self.show_keyboard(False))
        self.keyboard = OnScreenKeyboard(self)
        self.keyboard.set_target(self.contact)
        self._continue = button("primary", self, object_name="continue")
        self._continue.clicked.connect(self._on_continue_clicked)

        header = self._header(self._back, self._title, self._skip)
        # Choices wrap onto a second row rather than clip when the words are long (French).
        address = FlowLayout(spacing=12)
        for widget in self.address_buttons.values():
            address.addWidget(widget)
        greetings = FlowLayout(spacing=12)
        for widget in self.greeting_buttons.values():
            greetings.addWidget(widget)
        actions = QHBoxLayout()
        actions.addWidget(self._contact_note, 1)
        actions.addWidget(self._continue)
        # While the guest types a contact the keyboard needs the room of the choices.
        self._choices = QWidget(self)
        choices = QVBoxLayout(self._choices)
        choices.setContentsMargins(0, 0, 0, 0)
        choices.addWidget(self._address_caption)
        choices.addLayout(address)
        choices.addWidget(self._greeting_caption)
        choices.addLayout(greetings)
        contact = QHBoxLayout()
        contact.addWidget(self.contact, 1)
        contact.addWidget(self._hide_keyboard)
        outer = QVBoxLayout(self)
        outer.addLayout(header)
        outer.addWidget(self._choices)
        outer.addWidget(self._contact_caption)
        outer.addLayout(contact)
        outer.addStretch(1)
        outer.addWidget(self.keyboard)
        outer.addLayout(actions)
        self.set_colours(Palette.from_branding(Branding()))
        self.reset()
        self.retranslate()

    def set_details(self, etiquette: Etiquette, contact: str = "") -> None:
        """Start from what a returning guest chose before."""
        self.address_buttons[etiquette.address_form].setChecked(True)
        self.greeting_buttons[etiquette.greeting].setChecked(True)
        self.contact.setText(contact)

    def form(self) -> DetailsForm:
        address = next(f for f, b in self.address_buttons.items() if b.isChecked())
        greeting = next(g for g, b in self.greeting_buttons.items() if b.isChecked())
        return DetailsForm(Etiquette(address, greeting), clean(self.contact.text()))

    def show_contact_invalid(self) -> None:
        self._contact_note.setText(self.tr("That doesn't look like a link or an email address."))

    def set_colours(self, palette: Palette) -> None:
        """Icons are pixmaps: drawn again in the text colours of the current branding."""
        size = 48
        on, off = palette.on_accent, palette.text
        for form, widget in self.address_buttons.items():
            widget.setIcon(self._icon(address_icon(form, size, off), address_icon(form, size, on)))
        for kind, widget in self.greeting_buttons.items():
            widget.setIcon(
                self._icon(greeting_icon(kind, size, off), greeting_icon(kind, size, on))
            )
        for widget in (*self.address_buttons.values(), *self.greeting_buttons.values()):
            widget.setIconSize(QSize(size, size))

    def set_language(self, language: Language) -> None:
        self.keyboard.set_language(language)
        super().set_language(language)

    def reset(self) -> None:
        self.set_details(Etiquette())
        self.contact.setText("")
        self._contact_note.setText("")
        self.keyboard.reset()
        self.show_keyboard(False)

    def retranslate(self) -> None:
        self._back.setText(self.tr("← Back"))
        self._title.setText(self.tr("A few details, if you like"))
        self._skip.setText(self.tr("Skip"))
        self._address_caption.setText(self.tr("How would you like to be addressed?"))
        self._greeting_caption.setText(self.tr("How do you like to say hello?"))
        self._contact_caption.setText(
            self.tr("A link or an email to share through the QR code on your badge (optional)")
        )
        self.contact.setPlaceholderText(self.tr("e.g. linkedin.com/in/yourname"))
        self._continue.setText(self.tr("Continue →"))
        self._hide_keyboard.setText(self.tr("Hide keyboard"))
        for form, widget in self.address_buttons.items():
            widget.setText(texts.address_form(form))
        for kind, widget in self.greeting_buttons.items():
            widget.setText(texts.greeting(kind))

    def _choice(self) -> QPushButton:
        widget = button("choice", self)
        widget.setCheckable(True)
        return widget

    def _group(self, buttons: Iterable[QPushButton]) -> QButtonGroup:
        group = QButtonGroup(self)
        group.setExclusive(True)
        for widget in buttons:
            group.addButton(widget)
        return group

    @staticmethod
    def _icon(normal: QPixmap, checked: QPixmap) -> QIcon:
        icon = QIcon()
        icon.addPixmap(normal, QIcon.Mode.Normal, QIcon.State.Off)
        icon.addPixmap(checked, QIcon.Mode.Normal, QIcon.State.On)
        return icon

    def show_keyboard(self, shown: bool) -> None:
        # Hide before showing: the page never needs room for both at once.
        for widget, visible in sorted(
            ((self._choices, not shown), (self.keyboard, shown), (self._hide_keyboard, shown)),
            key=lambda pair: pair[1],
        ):
            widget.setVisible(visible)

    def _on_contact_activated(self) -> None:
        self._contact_note.setText("")
        self.show_keyboard(True)

    def _on_continue_clicked(self) -> None:
        self.details_chosen.emit(self.form())
