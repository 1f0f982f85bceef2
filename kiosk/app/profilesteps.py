"""The steps after the guest is known: tags, details, consent, then the people to meet."""

from __future__ import annotations

from dataclasses import dataclass, replace

from PySide6.QtCore import QObject

from kiosk.app.checkinviews import returning_guest, split_tags, suggestion_rows
from kiosk.app.journeyrunner import JourneyRunner
from kiosk.core.changes import Changes
from kiosk.core.guest import Consents, Guest, TagKind
from kiosk.core.refusal import check_tag_label
from kiosk.core.tags import Approval, Labels, Tag
from kiosk.core.text import clean, tag_key
from kiosk.services.checkin import CheckOutResult
from kiosk.services.guests import EraseResult, GuestResult
from kiosk.ui.checkin.views import DetailsForm, FindMode

SUGGESTIONS = 3


@dataclass(frozen=True, slots=True)
class TagsSaved:
    """Both kinds saved, or the first refusal; ``last`` holds the guest as stored."""

    last: GuestResult
    changes: Changes


class ProfileSteps(QObject):
    """Each screen saves when the guest moves on; "back" from the tags undoes a wrong pick."""

    def __init__(self, runner: JourneyRunner, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._runner = runner
        self._window = w = runner.window
        self._services = runner.services
        w.tags.tag_add_requested.connect(self._on_tags_tag_add_requested)
        w.tags.tags_chosen.connect(self._on_tags_tags_chosen)
        w.tags.back_requested.connect(self._on_tags_back_requested)
        w.details.details_chosen.connect(self._on_details_details_chosen)
        w.details.details_skipped.connect(self._on_details_details_skipped)
        w.consent.consents_chosen.connect(self._on_consent_consents_chosen)
        w.returning.suggestions_requested.connect(self.show_done)

    def show_tags(self, guest: Guest) -> None:
        self._window.show_tags(guest.skills, guest.interests)

    def show_done(self, guest_id: str) -> None:
        guest = self._runner.journey.guest
        if guest is None or guest.id != guest_id:
            return
        self._runner.absorb_now()  # the room as stored, before reading the people to meet
        suggestions = self._services.room.top(guest_id, SUGGESTIONS)
        self._window.show_done(guest.first_name, suggestion_rows(suggestions))
        others = [s.guest_id for s in suggestions]
        if others:  # told to meet them: these pairs fade a little, here and on the wall
            record = self._services.suggestions.record_suggested
            self._runner.background(lambda: record(guest_id, others), "recording suggestions")

    # -- tags ----------------------------------------------------------------------------------
    def _on_tags_tag_add_requested(self, kind: TagKind, text: str) -> None:
        room = self._services.room
        refusal = check_tag_label(text, room.event.titles)
        if refusal is not None:
            self._window.tags.show_refusal(replace(refusal, kind=kind))
            return
        tag = room.vocabulary.find(text) or room.vocabulary.get(tag_key(text))
        if tag is None:  # new: stored with the guest's tags, pending the organiser's approval
            label = clean(text)
            tag = Tag(tag_key(label), Labels(label, label), approval=Approval.PENDING)
            self._runner.journey.typed[tag.key] = label
        self._window.tags.accept_tag(kind, tag)

    def _on_tags_tags_chosen(self, skills: tuple[str, ...], interests: tuple[str, ...]) -> None:
        guest = self._runner.journey.guest
        if guest is None:
            return
        vocabulary, typed = self._services.room.vocabulary, self._runner.journey.typed
        plan = [
            (kind, *split_tags(keys, vocabulary, typed))
            for kind, keys in ((TagKind.SKILL, skills), (TagKind.INTEREST, interests))
            if keys != guest.tags(kind)  # unchanged (a returning guest's other kind): no write
        ]
        if not plan:
            self._window.show_details(guest.etiquette, guest.contact)
            return
        set_tags = self._services.guests.set_tags

        def save() -> TagsSaved:
            changes = Changes()
            for kind, chosen, labels in plan:
                result = set_tags(guest.id, kind, chosen, labels)
                changes = changes + result.changes
                if not result.ok:
                    break
            return TagsSaved(result, changes)

        def saved(result: TagsSaved) -> None:
            if result.last.refusal is not None:
                self._window.tags.show_refusal(result.last.refusal)
            elif self._runner.update_guest(result.last) and result.last.guest is not None:
                stored = result.last.guest
                self._window.show_details(stored.etiquette, stored.contact)

        self._runner.run(save, saved)

    def _on_tags_back_requested(self) -> None:
        journey = self._runner.journey
        if journey.returning and journey.guest is not None:
            self._window.show_returning(returning_guest(journey.guest))
        elif journey.guest is not None and journey.walk_in and journey.checked_in_here:
            # A walk-in going back is correcting what they typed, or changing their mind:
            # the registration is withdrawn whole (no second guest when they register again,
            # nothing kept if they walk away); the form still holds what they typed.
            guest_id = journey.guest.id
            self._runner.run(lambda: self._services.guests.erase(guest_id), self._on_undone)
        elif journey.guest is not None and journey.checked_in_here:
            # Most likely the wrong name: someone who is not here must not stay checked in.
            check_in_id = journey.check_in_ids[journey.guest.id]
            self._runner.run(lambda: self._services.checkins.undo(check_in_id), self._on_undone)

    def _on_undone(self, _result: CheckOutResult | EraseResult) -> None:
        walk_in = self._runner.journey.walk_in
        self._runner.journey.forget_check_in()
        if walk_in:
            self._window.show_walk_in()
        else:
            self._window.show_find(FindMode.CHECK_IN)

    # -- details and consent -------------------------------------------------------------------
    def _on_details_details_chosen(self, form: DetailsForm) -> None:
        self._save_details(form)

    def _on_details_details_skipped(self) -> None:
        self._save_details(None)

    def _save_details(self, form: DetailsForm | None) -> None:
        guest, language = self._runner.journey.guest, self._runner.journey.language
        if guest is None:
            return
        if form is None and language is None:
            self._show_consent()  # skipped, and nothing new to store
            return
        etiquette = form.etiquette if form is not None else None
        contact = form.contact if form is not None else None

        def save() -> GuestResult:
            return self._services.guests.set_preferences(
                guest.id, language=language, etiquette=etiquette, contact=contact
            )

        def saved(result: GuestResult) -> None:
            if result.refusal is not None:
                self._window.details.show_contact_invalid()
            elif self._runner.update_guest(result):
                self._show_consent()

        self._runner.run(save, saved)

    def _show_consent(self) -> None:
        journey, guest = self._runner.journey, self._runner.journey.guest
        # Never pre-ticked on a first visit; a returning guest starts from what they chose.
        self._window.show_consent(
            guest.consents if guest is not None and journey.returning else None
        )

    def _on_consent_consents_chosen(self, chosen: Consents) -> None:
        guest = self._runner.journey.guest
        if guest is None:
            return
        consents = replace(
            guest.consents, on_wall=chosen.on_wall, suggested_to_others=chosen.suggested_to_others
        )
        self._runner.save_guest(
            lambda: self._services.guests.set_consents(guest.id, consents),
            lambda stored: self.show_done(stored.id),
            room_first=True,  # the people to meet depend on what the guest just consented to
        )
