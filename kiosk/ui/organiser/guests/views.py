"""What the guests page is given and what its answers mean, as plain values."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum


@dataclass(frozen=True, slots=True)
class FoundRow:
    """One search result: the organiser sees the whole name and contact details."""

    guest_id: str
    first_name: str
    last_name: str
    email: str = ""
    ticket: str = ""
    organisation: str = ""
    present: bool = False

    @property
    def full_name(self) -> str:
        return f"{self.first_name} {self.last_name}".strip()


class Notice(StrEnum):
    """The outcome of the organiser's last action, said on the page."""

    SAVED = "saved"
    UNCHANGED = "unchanged"
    CHECKED_IN = "checked_in"
    ALREADY_IN = "already_in"
    CHECKED_OUT = "checked_out"
    UNDONE = "undone"
    ALREADY_ENDED = "already_ended"  # checked out or undone before (elsewhere, or a retry)
    MERGED = "merged"
    SAME_GUEST = "same_guest"
    GONE = "gone"  # the guest was erased or merged meanwhile
    FAILED = "failed"  # the database could not be reached: nothing changed
