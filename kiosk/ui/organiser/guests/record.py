"""A guest's record as a form: names, contact, ticket, language, etiquette and consents."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from kiosk.core.guest import AddressForm, Consents, Etiquette, Greeting, Guest, Language
from kiosk.core.guestedit import EditField, FieldRefusal, GuestEdit, edit_of
from kiosk.ui.checkin import texts as guest_texts
from kiosk.ui.checkin.widgets import label as _label  # plain text, wrapped
from kiosk.ui.organiser.guests.texts import field_name, refusal_text

CAPTION_ROW_PX = 48  # a field's height: its name sits level with it

_LANGUAGES = (Language.FR, Language.EN)
_ADDRESS_FORMS = (AddressForm.EITHER, AddressForm.FIRST_NAME, AddressForm.FORMAL)
_GREETINGS = (
    Greeting.EITHER,
    Greeting.HANDSHAKE,
    Greeting.WAVE,
    Greeting.CHEEK_KISS,
    Greeting.NO_CONTACT,
)


class RecordForm(QWidget):
    """Shows one guest; ``save_requested(GuestEdit)`` with what the organiser typed.

    ``edited`` tells whether the form differs from the guest as stored.
    """

    save_requested = Signal(object)  # GuestEdit

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._guest: Guest | None = None
        self.fields: dict[EditField, QLineEdit] = {}
        for field in EditField:
            line = QLineEdit(self)
            line.setObjectName(field.value)
            line.textChanged.connect(self._on_edited)
            self.fields[field] = line
        self.language = QComboBox(self)
        self.address_form = QComboBox(self)
        self.greeting = QComboBox(self)
        for combo, count in (
            (self.language, len(_LANGUAGES)),
            (self.address_form, len(_ADDRESS_FORMS)),
            (self.greeting, len(_GREETINGS)),
        ):
            for _ in range(count):
                combo.addItem("")
            combo.activated.connect(self._on_edited)
        self.on_wall = QCheckBox(self)
        self.suggested = QCheckBox(self)
        self.organisation_on_badge = QCheckBox(self)
        for box in (self.on_wall, self.suggested, self.organisation_on_badge):
            box.toggled.connect(self._on_edited)
        self.refusal = _label("refusal", self)
        self.refusal.hide()
        self.save = QPushButton(self)
        self.save.setProperty("role", "primary")
        self.revert = QPushButton(self)
        self.revert.setProperty("role", "secondary")
        self.save.clicked.connect(self._on_save_clicked)
        self.revert.clicked.connect(self._on_revert_clicked)
        self._captions: dict[str, QLabel] = {}
        self._lay_out()
        self._on_edited()

    def _caption(self, key: str) -> QLabel:
        label = _label("muted", self)
        # Level with its 48-px field, as on the other organiser forms.
        label.setMinimumHeight(CAPTION_ROW_PX)
        label.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        self._captions[key] = label
        return label

    def _lay_out(self) -> None:
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        for field, line in self.fields.items():
            form.addRow(self._caption(field.value), line)
        form.addRow(self._caption("language"), self.language)
        form.addRow(self._caption("address_form"), self.address_form)
        form.addRow(self._caption("greeting"), self.greeting)
        consents = QVBoxLayout()
        for box in (self.on_wall, self.suggested, self.organisation_on_badge):
            consents.addWidget(box)
        form.addRow(self._caption("consents"), consents)
        buttons = QHBoxLayout()
        buttons.addWidget(self.revert)
        buttons.addStretch(1)
        buttons.addWidget(self.save)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(form)
        layout.addWidget(self.refusal)
        layout.addLayout(buttons)

    def retranslate(self) -> None:
        for field in EditField:
            self._captions[field.value].setText(field_name(field))
        self._captions["language"].setText(self.tr("Language"))
        self._captions["address_form"].setText(self.tr("Addressed by"))
        self._captions["greeting"].setText(self.tr("Greeting"))
        self._captions["consents"].setText(self.tr("Consents"))
        for i, text in enumerate(("Français", "English")):
            self.language.setItemText(i, text)
        for i, form in enumerate(_ADDRESS_FORMS):
            self.address_form.setItemText(i, guest_texts.address_form(form))
        for i, greeting in enumerate(_GREETINGS):
            self.greeting.setItemText(i, guest_texts.greeting(greeting))
        self.on_wall.setText(self.tr("Shown on the wall"))
        self.suggested.setText(self.tr("Suggested to other guests"))
        self.organisation_on_badge.setText(self.tr("Organisation on the badge"))
        self.save.setText(self.tr("Save changes"))
        self.revert.setText(self.tr("Undo my edits"))

    # -- showing -------------------------------------------------------------------------------

    @property
    def guest(self) -> Guest | None:
        return self._guest

    def set_guest(self, guest: Guest) -> None:
        """Show the guest as stored (what the organiser typed is replaced)."""
        self._guest = guest
        self._fill(edit_of(guest))
        self.refusal.hide()

    def _fill(self, edit: GuestEdit) -> None:
        values = {
            EditField.FIRST_NAME: edit.first_name,
            EditField.LAST_NAME: edit.last_name,
            EditField.ORGANISATION: edit.organisation,
            EditField.EMAIL: edit.email,
            EditField.TICKET: edit.ticket,
        }
        for field, value in values.items():
            self.fields[field].setText(value)
        self.language.setCurrentIndex(_LANGUAGES.index(edit.language))
        self.address_form.setCurrentIndex(_ADDRESS_FORMS.index(edit.etiquette.address_form))
        self.greeting.setCurrentIndex(_GREETINGS.index(edit.etiquette.greeting))
        for box, ticked in (
            (self.on_wall, edit.consents.on_wall),
            (self.suggested, edit.consents.suggested_to_others),
            (self.organisation_on_badge, edit.consents.organisation_on_badge),
        ):
            box.blockSignals(True)
            box.setChecked(ticked)
            box.blockSignals(False)
        self._on_edited()

    def show_refusal(self, refusal: FieldRefusal) -> None:
        self.refusal.setText(refusal_text(refusal))
        self.refusal.show()
        self.fields[refusal.field].setFocus()

    def edit(self) -> GuestEdit:
        """The form as typed."""
        return GuestEdit(
            first_name=self.fields[EditField.FIRST_NAME].text(),
            last_name=self.fields[EditField.LAST_NAME].text(),
            organisation=self.fields[EditField.ORGANISATION].text(),
            email=self.fields[EditField.EMAIL].text(),
            ticket=self.fields[EditField.TICKET].text(),
            language=_LANGUAGES[self.language.currentIndex()],
            etiquette=Etiquette(
                _ADDRESS_FORMS[self.address_form.currentIndex()],
                _GREETINGS[self.greeting.currentIndex()],
            ),
            consents=Consents(
                on_wall=self.on_wall.isChecked(),
                suggested_to_others=self.suggested.isChecked(),
                organisation_on_badge=self.organisation_on_badge.isChecked(),
            ),
        )

    @property
    def edited(self) -> bool:
        return self._guest is not None and self.edit() != edit_of(self._guest)

    def _on_edited(self) -> None:
        self.save.setEnabled(self.edited)
        self.revert.setEnabled(self.edited)

    def _on_save_clicked(self) -> None:
        if self._guest is not None:
            self.refusal.hide()
            self.save_requested.emit(self.edit())

    def _on_revert_clicked(self) -> None:
        if self._guest is not None:
            self.set_guest(self._guest)
