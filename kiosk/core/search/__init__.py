"""Guest search as the guest types: name prefixes, accents, one typo, ticket codes, in memory."""

from kiosk.core.search.index import GuestEntry, GuestIndex, SearchHit
from kiosk.core.search.keys import (
    MASK,
    MIN_QUERY_LETTERS,
    MIN_TYPO_LETTERS,
    is_searchable,
    last_initial,
    masked_email,
    name_keys,
    name_words,
    ticket_key,
)

__all__ = [
    "MASK",
    "MIN_QUERY_LETTERS",
    "MIN_TYPO_LETTERS",
    "GuestEntry",
    "GuestIndex",
    "SearchHit",
    "is_searchable",
    "last_initial",
    "masked_email",
    "name_keys",
    "name_words",
    "ticket_key",
]
