"""What the kiosk remembers of the guest at the screen, from the first tap until they go."""

from __future__ import annotations

from dataclasses import dataclass, field

from kiosk.core.guest import Guest, Language, new_id


@dataclass
class Journey:
    """One guest's visit to the kiosk; replaced by a fresh one when they go (done, idle).

    ``generation`` tells a late service answer whether its guest is still at the screen.
    """

    generation: int = 0
    guest: Guest | None = None
    returning: bool = False  # already checked in when they came: "welcome back"
    walk_in: bool = False  # registered at the door during this visit
    checked_in_here: bool = False  # this visit checked them in (undone if they go back)
    # Who proved who they are (their ticket scanned, or their email picked): a guest id, so
    # a scan that failed cannot vouch for a name picked by hand afterwards.
    verified_id: str | None = None
    hints: tuple[str, ...] = ()
    right_hint: int = -1
    hint_refused: bool = False  # one guess per visit: after a wrong pick, scanning only
    language: Language | None = None  # chosen during the visit, saved with the details
    typed: dict[str, str] = field(default_factory=dict)  # tag key -> label the guest typed
    # One check-in id per guest picked: a retry after a failure reuses it (no duplicate),
    # and picking someone else never replays another guest's id.
    check_in_ids: dict[str, str] = field(default_factory=dict)
    walk_in_id: str = field(default_factory=new_id)

    def verified(self, guest_id: str) -> bool:
        return self.verified_id == guest_id

    def check_in_id(self, guest_id: str) -> str:
        return self.check_in_ids.setdefault(guest_id, new_id())

    def forget_check_in(self) -> None:
        """The check-in was undone (the guest went back): a new pick gets a new id."""
        if self.guest is not None:
            self.check_in_ids.pop(self.guest.id, None)
        if self.walk_in:
            self.walk_in_id = new_id()  # they may correct the name they typed
        self.guest = None
        self.checked_in_here = False
        self.walk_in = False

    def next(self) -> Journey:
        return Journey(generation=self.generation + 1)
