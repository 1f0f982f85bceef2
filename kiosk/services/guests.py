"""A guest's own choices (tags, etiquette, contact, language, consents) and their erasure."""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace

from sqlalchemy.exc import OperationalError

from kiosk.core.changes import Changes
from kiosk.core.guest import Consents, Etiquette, Guest, Language, TagKind
from kiosk.core.refusal import Refusal, check_tag_count, check_tag_label, check_text
from kiosk.core.tags import Approval, Labels, Tag, Vocabulary
from kiosk.core.text import clean, tag_key
from kiosk.services.station import StationService
from kiosk.storage.unitofwork import UnitOfWork

log = logging.getLogger(__name__)

CONTACT_MAX_LENGTH = 200  # a profile URL or a handle


@dataclass(frozen=True, slots=True)
class GuestResult:
    """The guest as stored after the call (None: no such guest), or why it was refused."""

    guest: Guest | None
    refusal: Refusal | None = None
    created_tags: tuple[Tag, ...] = ()  # tags the guest typed, new and pending approval
    changes: Changes = field(default_factory=Changes)

    @property
    def ok(self) -> bool:
        return self.guest is not None and self.refusal is None


@dataclass(frozen=True, slots=True)
class EraseResult:
    erased: bool  # False: there was no such guest (an erasure repeated is not an error)
    changes: Changes = field(default_factory=Changes)


class GuestService(StationService):
    """What a guest sets at the kiosk, saved screen by screen. Every method is one unit of work."""

    def get(self, guest_id: str) -> Guest | None:
        with self._reader() as uow:
            return uow.guests.get(guest_id)

    def set_tags(
        self, guest_id: str, kind: TagKind, chosen: Sequence[str], typed: Sequence[str] = ()
    ) -> GuestResult:
        """Set the guest's skills or interests: ``chosen`` vocabulary keys, then ``typed`` labels.

        A typed label that names a known tag (any language, synonym, case or accents) is that
        tag; otherwise it is checked (no job titles, nothing offensive) and created pending
        approval. A key the organiser merged into another tag meanwhile (the kiosk had not
        heard of it yet) is that other tag; any other unknown key is a caller bug (ValueError).
        """

        def action(uow: UnitOfWork, guest: Guest) -> GuestResult:
            # Chips only (the usual case): check the keys, without loading every tag.
            known = uow.tags.known_keys(guest.event_id, chosen)
            keys = list(chosen)
            if len(known) < len(set(chosen)):
                vocabulary = uow.tags.vocabulary(guest.event_id)
                keys = []
                for key in chosen:
                    tag = None if key in known else vocabulary.absorbed_by(key)
                    if key not in known and tag is None:
                        raise ValueError(f"not in the event's vocabulary: {key!r}")
                    keys.append(key if tag is None else tag.key)
            created: list[Tag] = []
            if typed:
                event = uow.events.get(guest.event_id)
                if event is None:
                    raise LookupError(f"no event {guest.event_id!r}")
                vocabulary = uow.tags.vocabulary(guest.event_id)
                for label in typed:
                    tag = _known(vocabulary, label)
                    if tag is None:
                        refusal = check_tag_label(label, event.titles)
                        if refusal is not None:
                            return GuestResult(guest, replace(refusal, kind=kind))
                        tag = Tag(tag_key(label), Labels(clean(label), clean(label)))
                        tag = replace(tag, approval=Approval.PENDING)
                        vocabulary.add(tag)
                        created.append(tag)
                    keys.append(tag.key)
            keys = list(dict.fromkeys(keys))
            refusal = check_tag_count(kind, keys)
            if refusal is not None:
                return GuestResult(guest, refusal)
            for tag in created:
                uow.tags.add(guest.event_id, tag, typed_by=guest.id)
            uow.guests.set_tags(guest.id, kind, keys)
            if kind is TagKind.SKILL:
                guest = replace(guest, skills=tuple(keys))
            else:
                guest = replace(guest, interests=tuple(keys))
            return GuestResult(guest, None, tuple(created))

        return self._update(guest_id, action)

    def set_preferences(
        self,
        guest_id: str,
        *,
        language: Language | None = None,
        etiquette: Etiquette | None = None,
        contact: str | None = None,
    ) -> GuestResult:
        """Change what is given (None keeps the stored value; "" clears the contact)."""

        def action(uow: UnitOfWork, guest: Guest) -> GuestResult:
            new = guest
            if language is not None:
                new = replace(new, language=language)
            if etiquette is not None:
                new = replace(new, etiquette=etiquette)
            if contact is not None:
                cleaned = clean(contact)
                if cleaned:
                    refusal = check_text(cleaned, max_length=CONTACT_MAX_LENGTH)
                    if refusal is not None:
                        return GuestResult(guest, refusal)
                new = replace(new, contact=cleaned)
            uow.guests.save(new)
            return GuestResult(new)

        return self._update(guest_id, action)

    def set_consents(self, guest_id: str, consents: Consents) -> GuestResult:
        """Give or withdraw consents (withdrawing takes effect on the wall at once)."""

        def action(uow: UnitOfWork, guest: Guest) -> GuestResult:
            new = replace(guest, consents=consents)
            uow.guests.save(new)
            return GuestResult(new)

        return self._update(guest_id, action)

    def erase(self, guest_id: str) -> EraseResult:
        """Delete everything about the guest: tag links, check-ins, pair counts, log entries.

        One ``guest_erased`` entry with the id remains, so that followers drop the guest and a
        replayed check-in cannot bring them back. Tags they typed that nobody else uses go,
        and their keys (slugs of what the guest typed) leave the change log with them.
        """
        with self._unit() as uow:
            guest = uow.guests.get(guest_id)
            if guest is None:
                return EraseResult(False)
            uow.guests.erase(guest_id)
            uow.tags.release_typed(guest.event_id, guest_id, guest.skills + guest.interests)
            changes = uow.commit()
        try:
            # Old page versions holding the name may sit in the WAL until a checkpoint.
            self._database.checkpoint()
        except OperationalError:
            log.warning("checkpoint after erasure postponed (database busy)", exc_info=True)
        return EraseResult(True, changes)

    def _update(
        self, guest_id: str, action: Callable[[UnitOfWork, Guest], GuestResult]
    ) -> GuestResult:
        with self._unit() as uow:
            guest = uow.guests.get(guest_id)
            if guest is None:
                return GuestResult(None)
            result = action(uow, guest)
            if result.refusal is not None:
                return result  # leaving the block rolls back: nothing of a refused call stays
            return replace(result, changes=uow.commit())


def _known(vocabulary: Vocabulary, label: str) -> Tag | None:
    """The tag a typed label means: by label or synonym, else by the key it would get."""
    return vocabulary.find(label) or vocabulary.get(tag_key(label))
