"""Search keys: how names, queries and ticket codes are cut and compared; the masked hint."""

from __future__ import annotations

import re
import unicodedata

from rapidfuzz.distance import Prefix

from kiosk.core.text import fold

MIN_QUERY_LETTERS = 2
MIN_TYPO_LETTERS = 3
MASK = "•••"
_ASCII_WORD = re.compile(r"[a-z0-9]+")


def is_wide(ch: str) -> bool:
    """CJK characters: each one is a syllable, often a whole name part."""
    return unicodedata.east_asian_width(ch) in ("W", "F")


def name_words(folded: str) -> list[str]:
    """Words of a folded name or query: hyphens, apostrophes, spaces all separate words.

    CJK names are written without spaces and each character stands on its own
    (王芳 is 王 + 芳), so every wide character is a word of its own.
    """
    if folded.isascii():
        return _ASCII_WORD.findall(folded)
    words: list[str] = []
    current: list[str] = []
    for ch in folded:
        kind = unicodedata.category(ch)[0]
        wide = is_wide(ch)
        if kind in "LNM" and not wide:
            current.append(ch)
            continue
        if current:
            words.append("".join(current))
            current = []
        if wide and kind in "LN":
            words.append(ch)
    if current:
        words.append("".join(current))
    return words


def searchable(tokens: list[str]) -> bool:
    """Whether these query words are worth searching.

    The UI searches from the second letter, but one CJK character is already a name part (王).
    """
    return sum(map(len, tokens)) >= MIN_QUERY_LETTERS or any(is_wide(t[0]) for t in tokens)


def is_searchable(query: str) -> bool:
    """Whether ``search`` may find anything for what was typed, ticket codes aside."""
    return searchable(name_words(fold(query)))


def name_keys(folded: str) -> frozenset[str]:
    """Complete keys of one folded name field: each word, and the words run together from each.

    "de la fontaine" gives de, la, fontaine, delafontaine, lafontaine: so "fontaine",
    "de la f" and "delaf" all find it, and "n diaye" finds "n'diaye" through "ndiaye".
    """
    words = name_words(folded)
    return frozenset(words).union("".join(words[i:]) for i in range(len(words)))


def near_prefix(typed: str, key: str) -> bool:
    """Whether some prefix of ``key`` is at most one edit (or one swap) away from ``typed``."""
    n = len(typed)
    i = Prefix.similarity(typed, key)
    if i >= n - 1:
        return True  # exact, or only the last letter differs
    return (
        key.startswith(typed[i + 1 :], i + 1)  # a wrong letter
        or key.startswith(typed[i + 1 :], i)  # an extra letter typed
        or key.startswith(typed[i:], i + 1)  # a letter left out
        or (  # two letters swapped
            typed[i] == key[i + 1 : i + 2]
            and typed[i + 1] == key[i]
            and key.startswith(typed[i + 2 :], i + 2)
        )
    )


def masked_email(email: str) -> str:
    """The hint: first character of the mailbox and of the domain, and the top-level domain.

    "marie.dupont@example.fr" gives "m•••@e•••.fr". The mask has a fixed length so the
    hint does not even tell the length. "" when there is no usable email: ticket codes
    are never hinted, since scanning one checks its holder in.
    """
    local, at, domain = email.strip().lower().rpartition("@")
    name, dot, tld = domain.rpartition(".")
    if not (at and local and dot and name and tld):
        return ""
    return f"{local[0]}{MASK}@{name[0]}{MASK}.{tld}"


def last_initial(last_name: str) -> str:
    """First letter or digit of the last name as written, uppercase; "" when there is none."""
    for ch in last_name:
        if ch.isalnum():
            return ch.upper()
    return ""


def ticket_key(code: str) -> str:
    """Scanned and typed ticket codes compare trimmed and case-insensitively."""
    return code.strip().casefold()
