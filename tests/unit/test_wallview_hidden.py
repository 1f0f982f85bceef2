"""The organiser's "hide from the wall": the wall and matching drop the guest, consent or not."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from kiosk.core.event import WallOptions
from kiosk.core.guest import Consents, Guest
from kiosk.core.matching.guests import may_appear, profile
from kiosk.core.tags import Vocabulary
from kiosk.core.wallview import arrival_message, build_wall_state

SPECS = st.lists(st.tuples(st.booleans(), st.booleans(), st.booleans()), min_size=1, max_size=10)


@given(SPECS, st.booleans())
def test_hidden_guests_are_never_named_and_the_cached_rule_agrees(
    specs: list[tuple[bool, bool, bool]], unapproved_ok: bool
) -> None:
    options = WallOptions(show_unapproved_text=unapproved_ok)
    guests = {
        f"g{i}": Guest(
            id=f"g{i}",
            event_id="e",
            first_name="Anna",
            consents=Consents(on_wall=on_wall, suggested_to_others=True),
            name_approved=approved,
            hidden_from_wall=hidden,
        )
        for i, (on_wall, approved, hidden) in enumerate(specs)
    }
    state = build_wall_state([], guests, list(guests), Vocabulary(), options)
    assert set(state.names) == {g.id for g in guests.values() if may_appear(g, options)}
    for guest in guests.values():
        if guest.hidden_from_wall:
            assert not may_appear(guest, options)
            assert arrival_message(guest, Vocabulary(), options) is None
            seen = profile(guest, 0, options)
            assert not seen.on_wall
            assert not seen.suggestible  # nor suggested to anyone else
