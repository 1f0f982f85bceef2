"""The event's settings as a form: every field the organiser edits, to and from an Event."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QCheckBox,
    QComboBox,
    QDateTimeEdit,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from kiosk.core.event import (
    Branding,
    ConsentWording,
    Event,
    LastInitial,
    WalkInFields,
    WallLanguage,
    WallOptions,
)
from kiosk.core.guest import Language
from kiosk.ui.organiser.setup.fields import ColourField, LogoField, from_qdatetime, to_qdatetime

ROW_PX = 48  # every field a touch target
SECTION_GAP_PX = 12
SPIN_TEXT_MARGIN_PX = 10  # the spin box's own padding does not reach its text
# Field names wrap past this share of the form's width: the fields keep the rest.
CAPTION_SHARE = 0.34
CAPTION_MIN_PX = 140


def _heading(text_holder: list[QLabel], parent: QWidget) -> QLabel:
    heading = QLabel(parent)
    heading.setObjectName("caption")  # a section's heading, as on the other pages
    if text_holder:  # air above every section but the first
        heading.setContentsMargins(0, SECTION_GAP_PX, 0, 0)
    text_holder.append(heading)
    return heading


def _combo(parent: QWidget, values: tuple[object, ...]) -> QComboBox:
    combo = QComboBox(parent)
    combo.setMinimumHeight(ROW_PX)
    for value in values:
        combo.addItem("", value)
    return combo


def _select(combo: QComboBox, value: object) -> None:
    index = combo.findData(value)
    combo.setCurrentIndex(max(index, 0))


class EventForm(QWidget):
    """Passive: ``set_event`` fills it, ``edited_event()`` reads it back; ``edited`` on any change.

    Fields the form does not show (id, title rules) are kept from the event it was given.
    """

    edited = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._base = Event(id="", name="")
        self._headings: list[QLabel] = []
        self.name = QLineEdit(self)
        self.starts = QDateTimeEdit(self)
        self.ends = QDateTimeEdit(self)
        for edit in (self.starts, self.ends):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd HH:mm")
        self.languages = {lang: QCheckBox(self) for lang in Language}
        self.default_language = _combo(self, tuple(Language))
        self.display_name = QLineEdit(self)
        self.logo = LogoField(self)
        self.colours = {
            "primary_colour": ColourField(self),
            "accent_colour": ColourField(self),
            "background_colour": ColourField(self),
            "text_colour": ColourField(self),
        }
        self.idle_timeout = QSpinBox(self)
        self.idle_timeout.setRange(0, 9999)  # out of 20..600 gets a message, not a clamp
        self.last_name_rule = _combo(self, (False, True))
        self.organisation_rule = _combo(self, (False, True))
        self.consent = {
            name: QLineEdit(self) for name in ("wall_fr", "wall_en", "suggest_fr", "suggest_en")
        }
        self.last_initial = _combo(self, tuple(LastInitial))
        self.wall_language = _combo(self, tuple(WallLanguage))
        self.guest_text = _combo(self, (True, False))  # shown at once / after approval
        self.purge_days = QSpinBox(self)
        self.purge_days.setRange(0, 99999)
        for widget in self.findChildren(QWidget):
            if isinstance(widget, (QLineEdit, QDateTimeEdit, QSpinBox, QCheckBox)):
                widget.setMinimumHeight(ROW_PX)
        for spin in (self.idle_timeout, self.purge_days):
            # − and + side by side, a finger wide (organiser.qss); the number off the border
            spin.setButtonSymbols(QAbstractSpinBox.ButtonSymbols.PlusMinus)
            spin.lineEdit().setTextMargins(SPIN_TEXT_MARGIN_PX, 0, 0, 0)
        self._layout()
        self._connect()
        self.retranslate()

    # -- to and from an event ---------------------------------------------------------------
    def set_event(self, event: Event) -> None:
        self._base = event
        self.blockSignals(True)
        self.name.setText(event.name)
        self.starts.setDateTime(to_qdatetime(event.starts_at))
        self.ends.setDateTime(to_qdatetime(event.effective_end))
        for lang, box in self.languages.items():
            box.setChecked(lang in event.languages)
        _select(self.default_language, event.default_language)
        b = event.branding
        self.display_name.setText(b.display_name)
        self.logo.set_logo(b.logo)
        for key, field in self.colours.items():
            field.set_colour(getattr(b, key))
        self.idle_timeout.setValue(event.idle_timeout_s)
        _select(self.last_name_rule, event.walk_in.last_name_required)
        _select(self.organisation_rule, event.walk_in.organisation_required)
        for key, edit in self.consent.items():
            edit.setText(getattr(event.consent_wording, key))
        _select(self.last_initial, event.wall.last_initial)
        _select(self.wall_language, event.wall.language)
        _select(self.guest_text, event.wall.show_unapproved_text)
        self.purge_days.setValue(event.purge_after_days)
        self.blockSignals(False)

    def edited_event(self) -> Event:
        """The settings as the form shows them now (checked by the caller)."""
        languages = tuple(lang for lang, box in self.languages.items() if box.isChecked())
        return replace(
            self._base,
            name=self.name.text().strip(),
            starts_at=self._when(self.starts),
            ends_at=self._when(self.ends),
            languages=languages,
            default_language=Language(self.default_language.currentData()),
            branding=self.branding(),
            idle_timeout_s=self.idle_timeout.value(),
            walk_in=WalkInFields(
                last_name_required=bool(self.last_name_rule.currentData()),
                organisation_required=bool(self.organisation_rule.currentData()),
            ),
            consent_wording=ConsentWording(
                **{key: edit.text().strip() for key, edit in self.consent.items()}
            ),
            wall=WallOptions(
                last_initial=LastInitial(self.last_initial.currentData()),
                language=WallLanguage(self.wall_language.currentData()),
                show_unapproved_text=bool(self.guest_text.currentData()),
            ),
            purge_after_days=self.purge_days.value(),
        )

    def branding(self) -> Branding:
        return Branding(
            display_name=self.display_name.text().strip(),
            logo=self.logo.logo(),
            **{key: field.colour() for key, field in self.colours.items()},
        )

    @staticmethod
    def _when(edit: QDateTimeEdit) -> datetime:
        return from_qdatetime(edit.dateTime())

    # -- words ------------------------------------------------------------------------------
    def retranslate(self) -> None:
        headings = (
            self.tr("Event"),
            self.tr("Branding"),
            self.tr("Check-in"),
            self.tr("Consent wording"),
            self.tr("Wall"),
            self.tr("Personal data"),
        )
        for heading, text in zip(self._headings, headings, strict=True):
            heading.setText(text)
        self.languages[Language.FR].setText(self.tr("French"))
        self.languages[Language.EN].setText(self.tr("English"))
        for index, text in enumerate((self.tr("French"), self.tr("English"))):
            self.default_language.setItemText(index, text)
        self.display_name.setPlaceholderText(self.tr("Empty: the event's name"))
        self.idle_timeout.setSuffix(self.tr(" s"))
        self.purge_days.setSuffix(self.tr(" days"))
        for combo in (self.last_name_rule, self.organisation_rule):
            combo.setItemText(0, self.tr("Optional"))
            combo.setItemText(1, self.tr("Required"))
        for edit in self.consent.values():
            edit.setPlaceholderText(self.tr("Empty: the standard wording"))
        self.last_initial.setItemText(0, self.tr("Never"))
        self.last_initial.setItemText(1, self.tr("When two guests share a first name"))
        self.last_initial.setItemText(2, self.tr("Always"))
        self.wall_language.setItemText(0, self.tr("French"))
        self.wall_language.setItemText(1, self.tr("English"))
        self.wall_language.setItemText(2, self.tr("Both, alternating"))
        self.guest_text.setItemText(0, self.tr("Shown at once"))
        self.guest_text.setItemText(1, self.tr("Only after my approval"))
        labels = (
            (self.name, self.tr("Name")),
            (self.starts, self.tr("Starts")),
            (self.ends, self.tr("Ends")),
            (self._language_row, self.tr("Languages")),
            (self.default_language, self.tr("Default language")),
            (self.display_name, self.tr("Name on the screens")),
            (self.logo, self.tr("Logo")),
            (self.colours["primary_colour"], self.tr("Primary colour")),
            (self.colours["accent_colour"], self.tr("Accent colour")),
            (self.colours["background_colour"], self.tr("Background colour")),
            (self.colours["text_colour"], self.tr("Text colour")),
            (self.idle_timeout, self.tr("Back to welcome after")),
            (self.last_name_rule, self.tr("Walk-ins' last name")),
            (self.organisation_rule, self.tr("Walk-ins' organisation")),
            (self.consent["wall_fr"], self.tr("Wall consent (French)")),
            (self.consent["wall_en"], self.tr("Wall consent (English)")),
            (self.consent["suggest_fr"], self.tr("Suggestions consent (French)")),
            (self.consent["suggest_en"], self.tr("Suggestions consent (English)")),
            (self.last_initial, self.tr("Last initial")),
            (self.wall_language, self.tr("Wall language")),
            (self.guest_text, self.tr("Text typed by guests")),
            (self.purge_days, self.tr("Erase guests' data after the event")),
        )
        for widget, text in labels:
            caption = self._form.labelForField(widget)
            if isinstance(caption, QLabel):
                caption.setText(text)
        self.logo.retranslate()
        for field in self.colours.values():
            field.retranslate()
        self._fit_captions()

    # -- inside -----------------------------------------------------------------------------
    def _layout(self) -> None:
        self._language_row = QWidget(self)
        row = QHBoxLayout(self._language_row)
        row.setContentsMargins(0, 0, 0, 0)
        for box in self.languages.values():
            row.addWidget(box)
        row.addStretch(1)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setLabelAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        sections: tuple[tuple[QWidget, ...], ...] = (
            (self.name, self.starts, self.ends, self._language_row, self.default_language),
            (self.display_name, self.logo, *self.colours.values()),
            (self.idle_timeout, self.last_name_rule, self.organisation_rule),
            tuple(self.consent.values()),
            (self.last_initial, self.wall_language, self.guest_text),
            (self.purge_days,),
        )
        self._captions: list[QLabel] = []
        for widgets in sections:
            form.addRow(_heading(self._headings, self))
            for widget in widgets:
                caption = QLabel(self)
                caption.setWordWrap(True)
                caption.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
                self._captions.append(caption)
                form.addRow(caption, widget)
        self._form = form
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addLayout(form)

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 (Qt override)
        super().resizeEvent(event)
        self._fit_captions()

    def _fit_captions(self) -> None:
        """Every field name in one column as wide as the longest name on one line, or
        CAPTION_SHARE of the form if that is less: longer names wrap, all at one width."""
        longest = max(
            (c.fontMetrics().horizontalAdvance(c.text()) for c in self._captions), default=0
        )
        width = min(longest + 2, max(CAPTION_MIN_PX, int(self.width() * CAPTION_SHARE)))
        for caption in self._captions:
            if caption.minimumWidth() != width or caption.maximumWidth() != width:
                caption.setFixedWidth(width)
            # Level with the first 48 px of its field (a logo's field is taller).
            caption.setContentsMargins(0, 0, 0, 0)
            top = max(0, (ROW_PX - caption.heightForWidth(width)) // 2)
            if caption.contentsMargins().top() != top:
                caption.setContentsMargins(0, top, 0, 0)

    def _connect(self) -> None:
        edited = self._on_any_edited
        self.name.textEdited.connect(edited)
        self.display_name.textEdited.connect(edited)
        self.starts.dateTimeChanged.connect(edited)
        self.ends.dateTimeChanged.connect(edited)
        for box in self.languages.values():
            box.toggled.connect(edited)
        self.logo.logo_changed.connect(edited)
        for field in self.colours.values():
            field.colour_changed.connect(edited)
        for spin in (self.idle_timeout, self.purge_days):
            spin.valueChanged.connect(edited)
        for combo in (
            self.default_language,
            self.last_name_rule,
            self.organisation_rule,
            self.last_initial,
            self.wall_language,
            self.guest_text,
        ):
            combo.currentIndexChanged.connect(edited)
        for edit in self.consent.values():
            edit.textEdited.connect(edited)

    def _on_any_edited(self, *_values: object) -> None:
        self.edited.emit()
