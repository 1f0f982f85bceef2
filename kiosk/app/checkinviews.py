"""From service values to what the check-in screens show: suggestions, hints, tag choices."""

from __future__ import annotations

import random
import string
from collections.abc import Iterable, Mapping, Sequence

from kiosk.core.guest import Guest
from kiosk.core.matching import ReasonKind as EngineReason
from kiosk.core.search import MASK, masked_email
from kiosk.core.tags import Approval, Vocabulary
from kiosk.services.room import PersonalSuggestion
from kiosk.ui.checkin.views import ReasonKind, ReturningGuest, SuggestionRow

DECOYS = 2

# The engine orients a suggestion from the asking guest's side (a = the guest at the kiosk).
_REASONS = {
    EngineReason.A_HELPS_B: ReasonKind.YOU_CAN_HELP,
    EngineReason.B_HELPS_A: ReasonKind.THEY_CAN_HELP,
    EngineReason.SHARED_INTEREST: ReasonKind.SHARED_INTEREST,
}


def suggestion_rows(suggestions: Iterable[PersonalSuggestion]) -> list[SuggestionRow]:
    return [
        SuggestionRow(s.first_name, s.last_initial, _REASONS[s.reason.kind], s.tag, s.etiquette)
        for s in suggestions
    ]


def returning_guest(guest: Guest) -> ReturningGuest:
    return ReturningGuest(guest.id, guest.first_name, guest.consents)


def verification_hints(
    guest: Guest, others: Iterable[Guest], rng: random.Random
) -> tuple[tuple[str, ...], int]:
    """The guest's masked email among two decoys from other guests, shuffled; the right index.

    No email: no hints (scanning the ticket is the only way). Too few other guests with an
    email: decoys are made up, which a passer-by cannot tell from real ones either.
    """
    right = masked_email(guest.email)
    if not right:
        return (), -1
    pool = sorted({h for h in (masked_email(o.email) for o in others) if h and h != right})
    decoys = rng.sample(pool, min(DECOYS, len(pool)))
    tld = right.rsplit(".", 1)[1]
    while len(decoys) < DECOYS:
        made_up = f"{rng.choice(string.ascii_lowercase)}{MASK}@"
        made_up += f"{rng.choice(string.ascii_lowercase)}{MASK}.{tld}"
        if made_up != right and made_up not in decoys:
            decoys.append(made_up)
    hints = [right, *decoys]
    rng.shuffle(hints)
    return tuple(hints), hints.index(right)


def split_tags(
    keys: Sequence[str], vocabulary: Vocabulary, typed: Mapping[str, str]
) -> tuple[list[str], list[str]]:
    """Keys for ``GuestService.set_tags``: (vocabulary keys, labels typed by guests).

    A tag still awaiting approval goes by its label: the service finds it again if it is
    stored, or creates it if another station's clean-up removed it since. A tag the organiser
    merged into another while the guest was choosing is that other tag (``Vocabulary.absorbed_by``).
    """
    chosen: list[str] = []
    labels: list[str] = []
    for key in keys:
        tag = vocabulary.get(key)
        if tag is None and key not in typed:
            tag = vocabulary.absorbed_by(key)
        if tag is not None and tag.approval is not Approval.PENDING:
            if tag.key not in chosen:  # the guest had picked both: kept once
                chosen.append(tag.key)
        elif key in typed:
            labels.append(typed[key])
        elif tag is not None:
            labels.append(tag.label.fr)  # a guest-typed tag has one label in both languages
    return chosen, labels


def popular_tags(guests: Iterable[Guest]) -> list[str]:
    """Tag keys by how many present guests hold them (skills and interests), most first."""
    counts: dict[str, int] = {}
    for guest in guests:
        for key in {*guest.skills, *guest.interests}:
            counts[key] = counts.get(key, 0) + 1
    return sorted(counts, key=lambda k: (-counts[k], k))
