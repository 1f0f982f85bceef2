"""From stored guests and the event's vocabulary to what the engine knows: profiles, policy."""

from __future__ import annotations

from kiosk.core.event import WallOptions
from kiosk.core.guest import Guest
from kiosk.core.matching.model import Profile, TagPolicy
from kiosk.core.tags import Approval, Vocabulary
from kiosk.core.text import clean, fold


def may_appear(guest: Guest, options: WallOptions) -> bool:
    """Consent given, not hidden by the organiser, and a name the wall may print (approved,
    or the event allows it)."""
    if not guest.consents.on_wall or guest.hidden_from_wall or not clean(guest.first_name):
        return False
    return guest.name_approved or options.show_unapproved_text


def tag_policy(vocabulary: Vocabulary, options: WallOptions | None = None) -> TagPolicy:
    """Sensitive and withdrawn tags never count; tags awaiting approval stay off the wall."""
    hidden = {t.key for t in vocabulary if t.sensitive or t.approval is Approval.HIDDEN}
    show_pending = options is not None and options.show_unapproved_text
    pending = (
        set() if show_pending else {t.key for t in vocabulary if t.approval is Approval.PENDING}
    )
    return TagPolicy(sensitive=frozenset(hidden), unapproved=frozenset(pending))


def profile(guest: Guest, arrival_seq: int, options: WallOptions | None = None) -> Profile:
    """What the matching engine knows of a present guest."""
    return Profile(
        guest_id=guest.id,
        organisation_key=fold(guest.organisation) or None,
        skills=frozenset(guest.skills),
        interests=frozenset(guest.interests),
        # Hidden by the organiser: off the wall and out of everyone else's suggestions too.
        suggestible=guest.consents.suggested_to_others and not guest.hidden_from_wall,
        on_wall=may_appear(guest, options or WallOptions()),
        arrival_seq=arrival_seq,
    )
