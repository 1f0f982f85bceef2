"""Sentences of the guests page built from codes: refusals and notices, in the organiser's words."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject

from kiosk.core.guestedit import EditField, EditProblem, FieldRefusal
from kiosk.core.refusal import RefusalCode
from kiosk.ui.organiser.guests.views import Notice


class _Counted(QObject):
    """Sentences with a number: lupdate gives plural forms only to ``self.tr`` calls."""

    def too_long(self, limit: int) -> str:
        return self.tr("too long: %n characters at most.", "", limit)


def field_name(field: EditField) -> str:
    names = {
        EditField.FIRST_NAME: QCoreApplication.translate("guests", "First name"),
        EditField.LAST_NAME: QCoreApplication.translate("guests", "Last name"),
        EditField.ORGANISATION: QCoreApplication.translate("guests", "Organisation"),
        EditField.EMAIL: QCoreApplication.translate("guests", "Email"),
        EditField.TICKET: QCoreApplication.translate("guests", "Ticket"),
    }
    return names[field]


def refusal_text(refusal: FieldRefusal) -> str:
    """ "First name: required." and the like; nothing was saved."""
    if refusal.problem is EditProblem.BAD_EMAIL:
        why = QCoreApplication.translate("guests", "this does not look like an email address.")
    elif refusal.problem is EditProblem.TICKET_TAKEN:
        why = QCoreApplication.translate("guests", "another guest already holds this ticket.")
    else:
        code = refusal.refusal.code if refusal.refusal is not None else RefusalCode.EMPTY
        limit = refusal.refusal.limit if refusal.refusal is not None else 0
        if code is RefusalCode.TOO_LONG:
            why = _Counted().too_long(limit)
        elif code is RefusalCode.OFFENSIVE:
            why = QCoreApplication.translate(
                "guests", "a word in it cannot go on the screens; please write it another way."
            )
        else:
            why = QCoreApplication.translate("guests", "required.")
    template = QCoreApplication.translate("guests", "%1: %2 Nothing was saved.")
    return template.replace("%1", field_name(refusal.field)).replace("%2", why)


def notice_text(notice: Notice) -> str:
    texts = {
        Notice.SAVED: QCoreApplication.translate("guests", "Saved."),
        Notice.UNCHANGED: QCoreApplication.translate("guests", "Nothing to save: no change."),
        Notice.CHECKED_IN: QCoreApplication.translate("guests", "Checked in."),
        Notice.ALREADY_IN: QCoreApplication.translate(
            "guests", "Already checked in (perhaps at another station)."
        ),
        Notice.CHECKED_OUT: QCoreApplication.translate("guests", "Checked out."),
        Notice.UNDONE: QCoreApplication.translate(
            "guests", "Check-in undone: it no longer counts as an arrival."
        ),
        Notice.ALREADY_ENDED: QCoreApplication.translate(
            "guests", "That check-in had already ended (perhaps at another station)."
        ),
        Notice.MERGED: QCoreApplication.translate(
            "guests", "Merged: the duplicate was erased, its check-ins and tags are here."
        ),
        Notice.SAME_GUEST: QCoreApplication.translate(
            "guests", "That is the same guest: pick the other record."
        ),
        Notice.GONE: QCoreApplication.translate(
            "guests", "This guest no longer exists: erased or merged meanwhile. Search again."
        ),
        Notice.FAILED: QCoreApplication.translate(
            "guests", "Could not reach the database: nothing was changed. Try again in a moment."
        ),
    }
    return texts[notice]
