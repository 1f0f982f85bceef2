"""Walk-in registration: first name required; last name and organisation as the event says."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QGridLayout, QHBoxLayout, QVBoxLayout, QWidget

from kiosk.core.guest import Language
from kiosk.core.refusal import Refusal, RefusalCode, check_name
from kiosk.core.text import clean
from kiosk.ui.checkin.keyboard import OnScreenKeyboard
from kiosk.ui.checkin.screen import Screen
from kiosk.ui.checkin.texts import name_refusal
from kiosk.ui.checkin.views import WalkInField, WalkInForm
from kiosk.ui.checkin.widgets import Field, button, label, set_style_property


class WalkInScreen(Screen):
    """Three fields and a keyboard; ``registration_requested`` carries the cleaned form."""

    registration_requested = Signal(object)  # WalkInForm
    back_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("walkIn")
        self._back = button("quiet", self, object_name="back")
        self._back.clicked.connect(self.back_requested)
        self._title = label("title", self)
        self.fields = {
            WalkInField.FIRST_NAME: Field(self, object_name="firstName"),
            WalkInField.LAST_NAME: Field(self, object_name="lastName"),
            WalkInField.ORGANISATION: Field(self, object_name="organisation"),
        }
        self._captions = {name: label("caption", self, wrap=False) for name in self.fields}
        self._why_organisation = label("muted", self)
        self._refusal = label("refusal", self)
        self._continue = button("primary", self, object_name="continue")
        self._continue.clicked.connect(self._on_continue_clicked)
        self.keyboard = OnScreenKeyboard(self)
        self.keyboard.set_auto_capitalise(True)
        for name, field in self.fields.items():
            field.activated.connect(lambda n=name: self._on_field_activated(n))
            field.textChanged.connect(self._on_field_text_changed)

        header = self._header(self._back, self._title)
        self._form = QGridLayout()
        self._portrait = True
        self.set_portrait(False)
        actions = QHBoxLayout()
        actions.addWidget(self._refusal, 1)
        actions.addWidget(self._continue)
        outer = QVBoxLayout(self)
        outer.addLayout(header)
        outer.addLayout(self._form)
        outer.addLayout(actions)
        outer.addStretch(1)
        outer.addWidget(self.keyboard)
        self._active = WalkInField.FIRST_NAME
        self._required = {WalkInField.FIRST_NAME}
        self._on_field_activated(WalkInField.FIRST_NAME)
        self.retranslate()
        self._on_field_text_changed()

    def form(self) -> WalkInForm:
        """What the guest typed, cleaned as it will be stored."""
        return WalkInForm(*(clean(field.text()) for field in self.fields.values()))

    def set_required(self, last_name: bool, organisation: bool) -> None:
        """The event's rule (kiosk.core.event.WalkInFields); the first name is always required."""
        required = {WalkInField.FIRST_NAME}
        required |= {WalkInField.LAST_NAME} if last_name else set()
        required |= {WalkInField.ORGANISATION} if organisation else set()
        if required != self._required:
            self._required = required
            self.retranslate()

    def show_refusal(self, name: WalkInField, refusal: Refusal) -> None:
        """The controller (or this screen) refused a field: say why and put the cursor there."""
        if refusal.code is RefusalCode.EMPTY and name is WalkInField.LAST_NAME:
            self._refusal.setText(self.tr("Please type your last name: this event asks for it."))
        elif refusal.code is RefusalCode.EMPTY and name is WalkInField.ORGANISATION:
            self._refusal.setText(self.tr("Please type your organisation: this event asks for it."))
        else:
            self._refusal.setText(name_refusal(refusal))
        self._on_field_activated(name)

    def set_portrait(self, portrait: bool) -> None:
        """Captions beside the fields on a wide screen, above them on a totem (long names)."""
        if portrait == self._portrait:
            return
        self._portrait = portrait
        widgets = [*self._captions.values(), *self.fields.values(), self._why_organisation]
        for widget in widgets:
            self._form.removeWidget(widget)
        for index, name in enumerate(self.fields):
            if portrait:
                self._form.addWidget(self._captions[name], index * 2, 0)
                self._form.addWidget(self.fields[name], index * 2 + 1, 0)
            else:
                self._form.addWidget(self._captions[name], index, 0)
                self._form.addWidget(self.fields[name], index, 1)
        note_row = len(self.fields) * 2 if portrait else len(self.fields)
        self._form.addWidget(self._why_organisation, note_row, 0 if portrait else 1)
        self._form.setColumnStretch(0, 1 if portrait else 0)
        self._form.setColumnStretch(1, 0 if portrait else 1)

    def set_language(self, language: Language) -> None:
        self.keyboard.set_language(language)
        super().set_language(language)

    def reset(self) -> None:
        for field in self.fields.values():
            field.setText("")  # setText drops the undo history too
        self._refusal.setText("")
        self.keyboard.reset()
        self._on_field_activated(WalkInField.FIRST_NAME)

    def retranslate(self) -> None:
        self._back.setText(self.tr("← Back"))
        self._title.setText(self.tr("Welcome! What is your name?"))
        self._captions[WalkInField.FIRST_NAME].setText(self.tr("First name"))
        if WalkInField.LAST_NAME in self._required:
            self._captions[WalkInField.LAST_NAME].setText(self.tr("Last name"))
        else:
            self._captions[WalkInField.LAST_NAME].setText(self.tr("Last name (optional)"))
        if WalkInField.ORGANISATION in self._required:
            self._captions[WalkInField.ORGANISATION].setText(self.tr("Organisation"))
        else:
            self._captions[WalkInField.ORGANISATION].setText(self.tr("Organisation (optional)"))
        self._why_organisation.setText(
            self.tr("Only used to avoid suggesting your own colleagues. Never shown.")
        )
        self._continue.setText(self.tr("Continue"))

    def _on_field_activated(self, name: WalkInField) -> None:
        self._active = name
        field = self.fields[name]
        self.keyboard.set_target(field)
        for other in self.fields.values():
            set_style_property(other, "active", other is field)
        if self.isVisible():
            field.setFocus()

    def _on_field_text_changed(self) -> None:
        self._continue.setEnabled(bool(clean(self.fields[WalkInField.FIRST_NAME].text())))
        self._refusal.setText("")

    def _on_continue_clicked(self) -> None:
        form = self.form()
        checks = (
            (WalkInField.FIRST_NAME, form.first_name),
            (WalkInField.LAST_NAME, form.last_name),
            (WalkInField.ORGANISATION, form.organisation),
        )
        for name, value in checks:
            # A required field must be there; an optional one is checked when filled.
            refusal = check_name(value) if value or name in self._required else None
            if refusal is not None:
                self.show_refusal(name, refusal)
                return
        self.registration_requested.emit(form)
