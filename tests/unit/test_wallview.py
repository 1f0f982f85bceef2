"""The wall's view model: consent, approval, sensitive tags, names, order, pulse, empty states."""

from __future__ import annotations

from dataclasses import fields, is_dataclass, replace
from typing import Any

from hypothesis import given
from hypothesis import strategies as st

from kiosk.core.demo import load_demo
from kiosk.core.demoroom import sample_room
from kiosk.core.event import LastInitial, WallOptions
from kiosk.core.guest import Consents, Guest
from kiosk.core.matching.model import Reason, ReasonKind, WallPair
from kiosk.core.tags import Approval, Labels, Tag, Vocabulary
from kiosk.core.wallview import (
    EmptyKind,
    WallState,
    arrival_message,
    build_wall_state,
    display_names,
)
from kiosk.resources import db_file

YES = Consents(on_wall=True, suggested_to_others=True)
VOCAB = Vocabulary(
    tags=[
        Tag("python", Labels("Python", "Python")),
        Tag("jazz", Labels("Jazz", "Jazz")),
        Tag("fundraising", Labels("Levée de fonds", "Fundraising")),
        Tag("health", Labels("Santé", "Health"), sensitive=True),
        Tag("knitting", Labels("Tricot", "Knitting"), approval=Approval.PENDING),
        Tag("gone", Labels("Retiré", "Withdrawn"), approval=Approval.HIDDEN),
    ]
)
OPTIONS = WallOptions()


def guest(gid: str, first: str = "", last: str = "", **kw: Any) -> Guest:
    kw.setdefault("consents", YES)
    return Guest(id=gid, event_id="e", first_name=first or gid.title(), last_name=last, **kw)


def helps(a: str, b: str, tag: str, helper: str | None = None) -> WallPair:
    helper = helper or a
    asker = b if helper == a else a
    kind = ReasonKind.A_HELPS_B if helper == a else ReasonKind.B_HELPS_A
    return WallPair(a, b, 1.0, Reason(tag, kind, helper, asker))


def shared(a: str, b: str, tag: str) -> WallPair:
    return WallPair(a, b, 1.0, Reason(tag, ReasonKind.SHARED_INTEREST))


def build(board: list[WallPair], people: list[Guest], options: WallOptions = OPTIONS) -> WallState:
    return build_wall_state(
        board, {g.id: g for g in people}, [g.id for g in people], VOCAB, options
    )


def test_help_card_puts_the_helper_first_and_recent_arrivals_lead() -> None:
    people = [guest("marc"), guest("helene", "Hélène"), guest("ana"), guest("bob")]
    state = build(
        [shared("bob", "ana", "jazz"), helps("marc", "helene", "fundraising", "helene")], people
    )
    assert [c.key for c in state.cards] == [("ana", "bob"), ("helene", "marc")]
    card = state.cards[1]
    assert card.helper is not None
    assert card.helper.name == "Hélène"
    assert card.asker is not None
    assert card.asker.name == "Marc"
    assert card.tag.label.en == "Fundraising"
    assert state.cards[0].helper is None
    assert state.empty is None


def test_non_consenting_left_and_unapproved_guests_never_appear() -> None:
    shy = guest("shy", consents=Consents(on_wall=False, suggested_to_others=True))
    walkin = guest("walkin", name_approved=False)
    people = [guest("a"), guest("b"), shy, walkin, guest("c")]
    board = [
        helps("a", "shy", "python"),
        helps("walkin", "b", "python"),
        shared("c", "gone", "jazz"),
    ]
    assert build(board, people).cards == ()
    allowed = build(board, people, WallOptions(show_unapproved_text=True))
    assert [c.key for c in allowed.cards] == [("b", "walkin")]


def test_sensitive_withdrawn_and_pending_tags_stay_off_unless_allowed() -> None:
    people = [guest(x) for x in "abcdef"]
    board = [helps("a", "b", "health"), shared("c", "d", "gone"), shared("e", "f", "knitting")]
    assert build(board, people).cards == ()
    state = build(board, people, WallOptions(show_unapproved_text=True))
    assert [c.tag.key for c in state.cards] == ["knitting"]


def test_each_guest_in_at_most_one_card_and_bad_reasons_dropped() -> None:
    people = [guest(x) for x in "abcd"]
    odd = WallPair("c", "d", 1.0, Reason("python", ReasonKind.A_HELPS_B, "a", "b"))
    state = build(
        [shared("a", "b", "jazz"), shared("b", "c", "jazz"), odd, shared("d", "d", "x")], people
    )
    assert [c.key for c in state.cards] == [("a", "b")]


def test_last_initial_rules_fold_case_and_accents() -> None:
    people = [
        guest("1", "Hélène", "Lefèvre"),
        guest("2", "HELENE", "martin"),
        guest("3", "Jo", "ß"),
    ]
    assert display_names(people, LastInitial.WHEN_AMBIGUOUS) == {
        "1": "Hélène L.",
        "2": "HELENE M.",
        "3": "Jo",
    }
    assert display_names(people, LastInitial.NEVER)["1"] == "Hélène"
    assert display_names(people, LastInitial.ALWAYS)["3"] == "Jo ß."
    assert display_names([guest("4", "Ann", "")], LastInitial.ALWAYS)["4"] == "Ann"
    assert display_names([guest("5", "Ann", "O'Brien")], LastInitial.ALWAYS)["5"] == "Ann O."


def test_ambiguity_counts_only_guests_the_wall_names() -> None:
    shy = guest("2", "Marc", "Durand", consents=Consents())
    state = build([], [guest("1", "Marc", "Petit"), shy])
    assert state.names == {"1": "Marc"}


def test_pulse_counts_consenting_guests_and_never_sensitive_tags() -> None:
    shy = guest("s", interests=("python", "jazz"), consents=Consents())
    a = guest("a", interests=("python", "jazz", "health"), skills=("fundraising",))
    b = guest("b", interests=("python", "fundraising", "gone"), skills=("jazz",))
    pulse = build([], [a, b, shy]).pulse
    assert pulse.present == 3
    assert [(p.tag.key, p.count) for p in pulse.wanted] == [
        ("python", 2),
        ("fundraising", 1),
        ("jazz", 1),
    ]
    assert [p.tag.key for p in pulse.unoffered] == ["python"]


def test_empty_states() -> None:
    assert build([], []).empty is EmptyKind.NOBODY
    assert build([], [guest("a")]).empty is EmptyKind.ONE_GUEST
    assert build([], [guest("a"), guest("b")]).empty is EmptyKind.NO_MATCH
    shy = guest("s", consents=Consents())
    assert build([], [shy]).empty is EmptyKind.ONE_GUEST  # counted, never named


def test_arrival_message_shows_two_approved_tags_of_each_kind() -> None:
    g = guest(
        "h",
        "Hélène",
        "Lefèvre",
        skills=("health", "python", "knitting", "fundraising", "jazz"),
        interests=("jazz", "gone"),
    )
    message = arrival_message(g, VOCAB, OPTIONS)
    assert message is not None
    assert message.name == "Hélène"
    assert [t.key for t in message.skills] == ["python", "fundraising"]
    assert [t.key for t in message.interests] == ["jazz"]
    state = build([], [g, guest("x", "helene", "Martin")])
    named = arrival_message(g, VOCAB, OPTIONS, state=state)
    assert named is not None
    assert named.name == "Hélène L."
    assert arrival_message(replace(g, consents=Consents()), VOCAB, OPTIONS) is None
    assert arrival_message(replace(g, name_approved=False), VOCAB, OPTIONS) is None


def test_demo_room_builds_a_disjoint_board() -> None:
    demo = load_demo(db_file("demo"))
    room = sample_room(demo, 300)
    state = build_wall_state(
        room.board, room.guests, room.present_ids, demo.vocabulary, demo.event.wall
    )
    ids = [gid for c in state.cards for gid in c.key]
    assert len(ids) == len(set(ids))
    assert len(state.cards) > 60
    assert state.pulse.present == 300


# -- property: nothing private ever reaches a string of the wall ------------------------------

SECRET = st.integers(0, 10_000)
NAMES = st.sampled_from(["Anna", "anna", "Ånna", "Bo", "Chloé", "花子", "Marie-Clémentine"])


@st.composite
def rooms(draw: st.DrawFn) -> tuple[list[Guest], list[WallPair], WallOptions]:
    keys = ["python", "jazz", "fundraising", "health", "knitting", "gone"]
    people = []
    for i in range(draw(st.integers(0, 8))):
        people.append(
            Guest(
                id=f"g{i}",
                event_id="e",
                first_name=draw(NAMES),
                last_name=draw(st.sampled_from(["", "Lefèvre", "Zed"])),
                organisation=f"ORG#{draw(SECRET)}",
                email=f"mail{draw(SECRET)}@x.example",
                contact=f"https://c.example/{draw(SECRET)}",
                consents=Consents(on_wall=draw(st.booleans()), suggested_to_others=True),
                name_approved=draw(st.booleans()),
                skills=tuple(draw(st.lists(st.sampled_from(keys), max_size=4))),
                interests=tuple(draw(st.lists(st.sampled_from(keys), max_size=4))),
            )
        )
    ids = [g.id for g in people] + ["ghost"]
    board = []
    for _ in range(draw(st.integers(0, 10))):
        a, b = draw(st.sampled_from(ids)), draw(st.sampled_from(ids))
        kind = draw(st.sampled_from(list(ReasonKind)))
        tag = draw(st.sampled_from(keys))
        if kind is ReasonKind.SHARED_INTEREST or a == b:
            board.append(WallPair(a, b, 1.0, Reason(tag, ReasonKind.SHARED_INTEREST)))
        else:
            helper, asker = (a, b) if kind is ReasonKind.A_HELPS_B else (b, a)
            board.append(WallPair(a, b, 1.0, Reason(tag, kind, helper, asker)))
    options = WallOptions(
        last_initial=draw(st.sampled_from(list(LastInitial))),
        show_unapproved_text=draw(st.booleans()),
    )
    return people, board, options


def strings(value: object) -> list[str]:
    if isinstance(value, str):
        return [value]
    if is_dataclass(value) and not isinstance(value, type):
        return [s for f in fields(value) for s in strings(getattr(value, f.name))]
    if isinstance(value, dict):
        return [s for k, v in value.items() for s in strings(k) + strings(v)]
    if isinstance(value, tuple | list):
        return [s for v in value for s in strings(v)]
    return []


@given(rooms(), st.randoms())
def test_no_private_text_and_only_consenting_guests(
    room: tuple[list[Guest], list[WallPair], WallOptions], rng: Any
) -> None:
    people, board, options = room
    present = [g.id for g in people if rng.random() < 0.9]
    state = build_wall_state(board, {g.id: g for g in people}, present, VOCAB, options)
    texts = strings(state)
    for message in (arrival_message(g, VOCAB, options, state=state) for g in people):
        texts += strings(message)
    forbidden = {"Santé", "Health", "health", "Retiré", "Withdrawn", "gone", "@", "ORG#", "https"}
    assert not [t for t in texts for f in forbidden if f in t]
    if not options.show_unapproved_text:
        assert not [t for t in texts if "Tricot" in t or "Knitting" in t]
    by_id = {g.id: g for g in people}
    seen = [gid for card in state.cards for gid in card.key]
    assert len(seen) == len(set(seen))
    for gid in seen:
        g = by_id[gid]
        assert gid in present
        assert g.consents.on_wall
        assert g.name_approved or options.show_unapproved_text
    assert set(state.names) <= {gid for gid in present if by_id[gid].consents.on_wall}
