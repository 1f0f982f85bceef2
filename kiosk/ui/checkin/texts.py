"""Sentences built from codes: refusals, suggestion reasons, notices, etiquette, the room pulse."""

from __future__ import annotations

import re

from PySide6.QtCore import QCoreApplication, QObject

from kiosk.core.guest import AddressForm, Greeting, Language, TagKind
from kiosk.core.refusal import Refusal, RefusalCode
from kiosk.core.tags import Labels
from kiosk.ui.checkin.views import Notice, ReasonKind, SuggestionRow

# lupdate only reads literal calls, so every sentence below spells out translate("texts", ...).
_PLACEHOLDER = re.compile(r"%([1-9])")


class Counted(QObject):
    """Sentences with a number: lupdate gives plural forms only to ``self.tr`` calls."""

    def too_long_tag(self, limit: int) -> str:
        return self.tr("That is a bit long: %n characters at most.", "", limit)

    def too_many_tags(self, limit: int) -> str:
        return self.tr("%n at most: remove one to add another.", "", limit)

    def too_long_name(self, limit: int) -> str:
        return self.tr("That is too long: %n characters at most.", "", limit)

    def people_here(self, present: int) -> str:
        return self.tr("%n people here", "", present)

    def want_to_talk(self, count: int) -> str:
        return self.tr("%n want to talk about %1", "", count)


def fill(template: str, *values: str) -> str:
    """Replace %1, %2... in one pass, so a name that contains "%2" is never read as a slot."""
    return _PLACEHOLDER.sub(
        lambda m: values[int(m[1]) - 1] if int(m[1]) <= len(values) else m[0], template
    )


def display_name(first_name: str, last_initial: str) -> str:
    """First name and last initial ("Marc D."): all a screen ever shows of a name."""
    return f"{first_name} {last_initial}." if last_initial else first_name


def tag_refusal(refusal: Refusal) -> str:
    """Why a tag was not accepted, in words that explain rather than scold."""
    code, limit = refusal.code, refusal.limit
    if code is RefusalCode.JOB_TITLE:
        return fill(
            QCoreApplication.translate(
                "texts",
                "“%1” sounds like a job title. Here people meet over what they know, not over "
                "rank: what could you help with, or talk about?",
            ),
            refusal.detail,
        )
    if code is RefusalCode.OFFENSIVE:
        return QCoreApplication.translate(
            "texts", "That word can't go on the screens. Could you say it another way?"
        )
    if code is RefusalCode.TOO_LONG:
        return Counted().too_long_tag(limit)
    if code is RefusalCode.EMPTY:
        return QCoreApplication.translate("texts", "Type a word or two first.")
    if code is RefusalCode.TOO_FEW:
        if refusal.kind is TagKind.INTEREST:
            return QCoreApplication.translate(
                "texts", "Pick at least one thing you'd like to talk about."
            )
        return QCoreApplication.translate("texts", "Pick at least one thing you can help with.")
    return Counted().too_many_tags(limit)


def name_refusal(refusal: Refusal) -> str:
    """Why a name typed at the door was not accepted."""
    limit = refusal.limit
    if refusal.code is RefusalCode.TOO_LONG:
        return Counted().too_long_name(limit)
    if refusal.code is RefusalCode.OFFENSIVE:
        return QCoreApplication.translate(
            "texts", "That can't go on the screens. Please type your name."
        )
    return QCoreApplication.translate("texts", "Please type your first name.")


def reason(row: SuggestionRow, language: Language) -> str:
    """Why the guest should meet this person, with the tag in the guest's language."""
    name, tag = display_name(row.first_name, row.last_initial), row.tag(language)
    if row.reason is ReasonKind.THEY_CAN_HELP:
        template = QCoreApplication.translate("texts", "%1 can help you with %2")
    elif row.reason is ReasonKind.YOU_CAN_HELP:
        template = QCoreApplication.translate("texts", "You can help %1 with %2")
    else:
        template = QCoreApplication.translate("texts", "%1 also wants to talk about %2")
    return fill(template, name, tag)


def notice(kind: Notice) -> str:
    """A calm sentence for something that did not work; the kiosk keeps going."""
    if kind is Notice.SAVE_FAILED:
        return QCoreApplication.translate(
            "texts", "We couldn't save that just now. Please try again in a moment."
        )
    if kind is Notice.TICKET_UNKNOWN:
        return QCoreApplication.translate(
            "texts", "We don't recognise this ticket. Please find your name instead."
        )
    if kind is Notice.TICKET_SHARED:
        return QCoreApplication.translate(
            "texts", "This ticket is on several names. Please find your name instead."
        )
    if kind is Notice.ALREADY_LEFT:
        return QCoreApplication.translate("texts", "You have already checked out. See you soon!")
    return QCoreApplication.translate("texts", "Please ask at the welcome desk: we'll sort it out.")


def address_form(form: AddressForm) -> str:
    if form is AddressForm.FIRST_NAME:
        return QCoreApplication.translate("texts", "First name is fine")
    if form is AddressForm.FORMAL:
        return QCoreApplication.translate("texts", "Formal, please")
    return QCoreApplication.translate("texts", "Either is fine")


def greeting(kind: Greeting) -> str:
    if kind is Greeting.HANDSHAKE:
        return QCoreApplication.translate("texts", "Handshake")
    if kind is Greeting.WAVE:
        return QCoreApplication.translate("texts", "A wave")
    if kind is Greeting.CHEEK_KISS:
        return QCoreApplication.translate("texts", "Cheek kiss")
    if kind is Greeting.NO_CONTACT:
        return QCoreApplication.translate("texts", "No contact")
    return QCoreApplication.translate("texts", "Any greeting")


def room_pulse(present: int, tag_count: int, tag: Labels | None, language: Language) -> str:
    """ "42 people here: 11 want to talk about design", or an invitation when nobody is."""
    if present <= 0:
        return QCoreApplication.translate("texts", "Doors are open: be among the first!")
    people = Counted().people_here(present)
    if tag is None or tag_count <= 0:
        return people
    wanting = fill(
        Counted().want_to_talk(tag_count),
        tag(language),
    )
    return fill(QCoreApplication.translate("texts", "%1: %2"), people, wanting)
