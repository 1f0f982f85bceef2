"""The wall names exactly the guests ``may_appear`` allows (its cached copy stays the same rule)."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from kiosk.core.event import WallOptions
from kiosk.core.guest import Consents, Guest
from kiosk.core.matching.guests import may_appear
from kiosk.core.tags import Vocabulary
from kiosk.core.wallview import build_wall_state

# Names that clean to nothing (spaces, invisible and control characters) must stay off too.
FIRST_NAMES = st.one_of(
    st.sampled_from(["Hélène", " ", "\u200b", "\t\u200d ", "Ana\u00ad", "", "Zoë"]),
    st.text(alphabet=st.sampled_from("aé \u200b\u200d\t\x07-'"), max_size=4),
)
GUESTS = st.lists(st.tuples(FIRST_NAMES, st.booleans(), st.booleans()), min_size=1, max_size=12)


@given(GUESTS, st.booleans())
def test_named_guests_are_those_that_may_appear(
    specs: list[tuple[str, bool, bool]], unapproved_ok: bool
) -> None:
    options = WallOptions(show_unapproved_text=unapproved_ok)
    guests = {
        f"g{i}": Guest(
            id=f"g{i}",
            event_id="e",
            first_name=first,
            consents=Consents(on_wall=on_wall),
            name_approved=approved,
        )
        for i, (first, on_wall, approved) in enumerate(specs)
    }
    state = build_wall_state([], guests, list(guests), Vocabulary(), options)
    assert set(state.names) == {g.id for g in guests.values() if may_appear(g, options)}
