"""The check-in controller: drives the passive kiosk window from the services, guest by guest."""

from __future__ import annotations

import random
from dataclasses import replace

from PySide6.QtCore import QObject, Signal

from kiosk.app.badgesteps import BadgeSteps, PrinterStatus, default_badge_printer
from kiosk.app.changefeed import ChangeFeed
from kiosk.app.checkinviews import returning_guest, verification_hints
from kiosk.app.journey import Journey
from kiosk.app.journeyrunner import CheckInServices, JourneyRunner
from kiosk.app.profilesteps import ProfileSteps
from kiosk.app.roomviews import RoomViews
from kiosk.app.worker import ServiceWorker
from kiosk.core.guest import Guest, Language, Source
from kiosk.core.refusal import Refusal, RefusalCode, check_name
from kiosk.services.checkin import CheckInOutcome, CheckInResult, CheckOutOutcome, CheckOutResult
from kiosk.ui.badge.printing import BadgePrinter
from kiosk.ui.checkin.views import FindMode, Notice, WalkInField, WalkInForm
from kiosk.ui.checkin.window import KioskWindow


class CheckInController(QObject):
    """Connects to the window's intent signals, calls the services, shows their answers.

    Writes go through ``worker`` (one thread, in order); the in-memory search and room are
    used here. ``changes_applied(Changes)``: every new change-log entry, from any station.
    Badges print on ``badge_printer`` (default: CUPS, the default printer and template).
    """

    changes_applied = Signal(object)  # Changes

    def __init__(
        self,
        window: KioskWindow,
        services: CheckInServices,
        *,
        worker: ServiceWorker,
        feed: ChangeFeed,
        rng: random.Random | None = None,
        badge_printer: BadgePrinter | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.window = window
        self.services = services
        self._worker = worker
        self._feed = feed
        self._rng = rng or random.Random()
        self._runner = JourneyRunner(window, services, worker, feed)
        self._steps = ProfileSteps(self._runner, self)
        printer = badge_printer or default_badge_printer()
        self._badges = BadgeSteps(self._runner, printer, self)
        self._room_views = RoomViews(window, services.room, self._runner.after_paint, self)
        self._connect()

    @property
    def feed(self) -> ChangeFeed:
        """The change feed this station follows; the wall in the same process can share it."""
        return self._feed

    @property
    def printer_status(self) -> PrinterStatus:
        """The badge printer's trouble, if any, for organiser mode to show."""
        return self._badges.status

    @property
    def caught_up(self) -> bool:
        """Nothing waits for the next paint: the room and search hold every answer received."""
        return self._runner.after_paint.pending == 0

    @property
    def journey(self) -> Journey:
        """The guest at the screen, as far as the kiosk knows (tests read it)."""
        return self._runner.journey

    def start(self) -> None:
        """Show the event and the room, then follow the change log."""
        self._room_views.refresh_all()
        self._feed.start()

    def close(self) -> None:
        """Stop following and let the write in progress finish. Safe to call twice."""
        self._runner.after_paint.close()
        self._feed.close()
        self._worker.close()
        self._badges.close()

    def _connect(self) -> None:
        w = self.window
        self._feed.changes_applied.connect(self._room_views.on_changes_applied)
        self._feed.changes_applied.connect(self.changes_applied)
        w.code_scanned.connect(self._on_window_code_scanned)
        w.journey_finished.connect(self._on_window_journey_finished)
        w.idle_timed_out.connect(self._on_window_journey_finished)
        w.welcome.language_requested.connect(self._on_guest_language_chosen)
        for screen in w.screens():  # connected after the window's own slot: already switched
            screen.language_toggle_requested.connect(lambda: self._on_guest_language_chosen())
        w.find_yourself.query_changed.connect(self._on_find_query_changed)
        w.find_yourself.check_in_requested.connect(self._check_in)
        w.find_yourself.walk_in_requested.connect(self._on_find_walk_in_requested)
        w.walk_in.registration_requested.connect(self._on_walk_in_registration_requested)
        w.returning.tag_change_requested.connect(self._on_returning_tag_change_requested)
        w.returning.consent_withdrawal_requested.connect(self._on_returning_withdrawal_requested)
        w.verify.hint_chosen.connect(self._on_verify_hint_chosen)
        w.leaving.check_out_requested.connect(self._on_leaving_check_out_requested)

    # -- who is at the screen ----------------------------------------------------------------
    def _on_find_query_changed(self, text: str) -> None:
        self.window.find_yourself.set_results(self.services.search.search(text))

    def _on_window_code_scanned(self, code: str) -> None:
        w, journey, search = self.window, self.journey, self.services.search
        guest_id = search.by_ticket(code)
        if w.current() is w.verify:
            if journey.guest is not None and guest_id == journey.guest.id:
                journey.verified_id = guest_id
                self._steps.show_tags(journey.guest)
            else:
                w.verify.show_refused()
        elif guest_id is None:
            w.show_notice(Notice.TICKET_UNKNOWN)
        elif w.current() is w.find_yourself and w.find_yourself.mode is FindMode.LEAVING:
            hit = next((h for h in search.search(code) if h.guest_id == guest_id), None)
            if hit is not None:
                w.show_leaving(hit)
        elif not self._runner.waiting:
            journey.verified_id = guest_id  # a ticket in hand proves who they are
            self._check_in(guest_id)

    def _check_in(self, guest_id: str) -> None:
        check_in_id = self.journey.check_in_id(guest_id)
        checkins = self.services.checkins
        self._runner.run(lambda: checkins.check_in(guest_id, check_in_id), self._on_checked_in)

    def _on_find_walk_in_requested(self) -> None:
        # Read at each visit: the organiser may have changed the event's rule meanwhile.
        rule = self.services.room.event.walk_in
        self.window.walk_in.set_required(rule.last_name_required, rule.organisation_required)

    def _on_walk_in_registration_requested(self, form: WalkInForm) -> None:
        rule = self.services.room.event.walk_in
        for field, value, required in (
            (WalkInField.LAST_NAME, form.last_name, rule.last_name_required),
            (WalkInField.ORGANISATION, form.organisation, rule.organisation_required),
        ):
            if required and not value:  # the rule changed after the screen was shown
                self.window.walk_in.show_refusal(field, Refusal(RefusalCode.EMPTY))
                return
        journey = self.journey
        guest = Guest(
            id=journey.walk_in_id,
            event_id=self.services.room.event_id,
            first_name=form.first_name,
            last_name=form.last_name,
            organisation=form.organisation,
            language=self.window.language,
            source=Source.WALK_IN,
            name_approved=False,  # typed at the door: the organiser approves it for the wall
        )
        check_in_id = journey.check_in_id(guest.id)
        journey.walk_in = True
        self._runner.run(
            lambda: self.services.checkins.check_in_walk_in(guest, check_in_id),
            lambda result: self._on_checked_in(result, form),
        )

    def _on_checked_in(self, result: CheckInResult, form: WalkInForm | None = None) -> None:
        journey, guest = self.journey, result.guest
        if result.ok and guest is not None:
            journey.guest, journey.checked_in_here = guest, True
            self._steps.show_tags(guest)
        elif result.outcome is CheckInOutcome.ALREADY_CHECKED_IN and guest is not None:
            journey.guest, journey.returning = guest, True
            self._speak_their_language(guest)
            self.window.show_returning(returning_guest(guest))
        elif result.outcome is CheckInOutcome.REFUSED and result.refusal and form is not None:
            bad_first = check_name(form.first_name) is not None
            field = WalkInField.FIRST_NAME if bad_first else WalkInField.LAST_NAME
            self.window.walk_in.show_refusal(field, result.refusal)
        else:  # not found, or erased meanwhile: someone at the desk can sort it out
            self.window.show_notice(Notice.ASK_DESK)

    # -- welcome back --------------------------------------------------------------------------
    def _on_returning_tag_change_requested(self, guest_id: str) -> None:
        journey = self.journey
        if journey.guest is None or journey.guest.id != guest_id:
            return
        if journey.verified(guest_id):
            self._steps.show_tags(journey.guest)
            return
        if not journey.hints and not journey.hint_refused:
            room = self.services.room
            others = [room.guest(g) for g in room.present_ids() if g != guest_id]
            people = [g for g in others if g is not None]
            journey.hints, journey.right_hint = verification_hints(journey.guest, people, self._rng)
        # One guess per visit: after a wrong pick only the ticket proves who they are.
        self.window.show_verify(guest_id, () if journey.hint_refused else journey.hints)

    def _on_verify_hint_chosen(self, guest_id: str, index: int) -> None:
        journey = self.journey
        if journey.guest is None or journey.guest.id != guest_id or journey.hint_refused:
            return
        if index == journey.right_hint:
            journey.verified_id = guest_id
            self._steps.show_tags(journey.guest)
        else:
            journey.hint_refused = True
            self.window.verify.show_refused()

    def _on_returning_withdrawal_requested(self, guest_id: str) -> None:
        guest = self.journey.guest
        if guest is None or guest.id != guest_id:
            return
        consents = replace(guest.consents, on_wall=False, suggested_to_others=False)
        self._runner.save_guest(
            lambda: self.services.guests.set_consents(guest_id, consents),
            lambda _stored: self.window.returning.show_consent_withdrawn(),
        )

    # -- leaving, language, the end of a journey ----------------------------------------------
    def _on_leaving_check_out_requested(self, guest_id: str) -> None:
        def left(result: CheckOutResult) -> None:
            self.window.show_farewell()
            if result.outcome is not CheckOutOutcome.DONE:
                self.window.show_notice(Notice.ALREADY_LEFT)

        self._runner.run(lambda: self.services.checkins.check_out_guest(guest_id), left)

    def _speak_their_language(self, guest: Guest) -> None:
        """Welcome back in the language the guest chose last time, unless they just chose one.

        Only a returning guest's stored language was theirs (a first visit starts from the
        guest list's guess); the switch on every screen still changes it.
        """
        language = guest.language
        if (
            self.journey.language is None
            and language is not self.window.language
            and language in self.services.room.event.languages
        ):
            self.window.set_language(language)

    def _on_guest_language_chosen(self, language: Language | None = None) -> None:
        # Only the guest's own choice is saved with their details, never a reset to the default.
        self.journey.language = language or self.window.language

    def _on_window_journey_finished(self) -> None:
        self._runner.finish()
