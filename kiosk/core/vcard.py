"""The badge QR's payload: a vCard 3.0 with the guest's name and the contact they chose to share."""

from __future__ import annotations

import re
import unicodedata
from enum import StrEnum

# A QR code holds at most 2,331 bytes at error correction M; names and contacts are capped so
# that even a 500-character name in a 3-byte script stays a small, easily scanned code.
NAME_MAX_CHARS = 40
CONTACT_MAX_CHARS = 200

_SCHEME = re.compile(r"^[a-z][a-z0-9+.-]*://", re.IGNORECASE)
# A bare link as guests type it: "linkedin.com/in/jane", "www.example.fr".
_BARE_LINK = re.compile(r"^[^\s@/]+\.[a-z]{2,}(?:[/?#:]\S*)?$", re.IGNORECASE)


class ContactKind(StrEnum):
    NONE = "none"
    EMAIL = "email"
    URL = "url"
    OTHER = "other"  # a handle ("@jane") or anything else: kept as a NOTE


def classify_contact(contact: str) -> tuple[ContactKind, str]:
    """What the shared contact is, and its value as the vCard field wants it."""
    value = contact.strip()
    if not value:
        return ContactKind.NONE, ""
    if value.lower().startswith("mailto:"):
        value = value[len("mailto:") :]
    local, at, domain = value.rpartition("@")
    spaced = any(c.isspace() for c in value)
    if at and local and "." in domain.strip(".") and not spaced and "/" not in value:
        return ContactKind.EMAIL, value
    if _SCHEME.match(value) and not spaced:
        return ContactKind.URL, value
    if _BARE_LINK.match(value):
        return ContactKind.URL, f"https://{value}"
    return ContactKind.OTHER, value


def escape(value: str) -> str:
    """RFC 2426 text escaping: backslash, comma, semicolon and newlines."""
    value = value.replace("\\", "\\\\").replace(",", "\\,").replace(";", "\\;")
    return value.replace("\r\n", "\\n").replace("\r", "\\n").replace("\n", "\\n")


def truncate(value: str, limit: int) -> str:
    """At most ``limit`` characters, never cutting a letter from its marks (accents, matras)."""
    if len(value) <= limit:
        return value
    cut = limit
    while cut > 0 and unicodedata.category(value[cut]).startswith("M"):
        cut -= 1  # the first dropped character is a mark: drop its letter too
    return value[:cut]


def vcard(first_name: str, last_name: str = "", contact: str = "") -> str:
    """A vCard 3.0 (CRLF line ends) any phone camera offers to add as a contact.

    Name parts are capped at NAME_MAX_CHARS and the contact at CONTACT_MAX_CHARS; a guest who
    shared nothing still gets a card with their name (it saves typing it).
    """
    first = truncate(first_name.strip(), NAME_MAX_CHARS)
    last = truncate(last_name.strip(), NAME_MAX_CHARS)
    full = " ".join(part for part in (first, last) if part)
    lines = [
        "BEGIN:VCARD",
        "VERSION:3.0",
        f"N:{escape(last)};{escape(first)};;;",
        f"FN:{escape(full)}",
    ]
    kind, value = classify_contact(truncate(contact, CONTACT_MAX_CHARS))
    if kind is ContactKind.EMAIL:
        lines.append(f"EMAIL;TYPE=INTERNET:{escape(value)}")
    elif kind is ContactKind.URL:
        lines.append(f"URL:{value}")  # a URI value: escaping a comma would change the link
    elif kind is ContactKind.OTHER:
        lines.append(f"NOTE:{escape(value)}")
    lines.append("END:VCARD")
    return "\r\n".join(lines) + "\r\n"


def vcard_payload(first_name: str, last_name: str = "", contact: str = "") -> bytes:
    """The QR code's bytes: the vCard in UTF-8."""
    return vcard(first_name, last_name, contact).encode("utf-8")
