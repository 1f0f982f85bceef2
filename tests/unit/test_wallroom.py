"""The wall's room kept guest by guest shows exactly what a full rebuild shows."""

from __future__ import annotations

import random
from dataclasses import replace

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kiosk.core.demo import DemoEvent, load_demo
from kiosk.core.demoroom import sample_room
from kiosk.core.event import LastInitial, WallOptions
from kiosk.core.guest import Consents, Guest
from kiosk.core.matching.model import Reason, ReasonKind, WallPair
from kiosk.core.tags import Approval, Labels, Tag, Vocabulary
from kiosk.core.wallroom import WallRoom
from kiosk.core.wallview import WallState, build_wall_state
from kiosk.resources import db_file

VOCAB = Vocabulary(
    tags=[
        Tag("python", Labels("Python", "Python")),
        Tag("jazz", Labels("Jazz", "Jazz")),
        Tag("health", Labels("Santé", "Health"), sensitive=True),
        Tag("knitting", Labels("Tricot", "Knitting"), approval=Approval.PENDING),
    ]
)
TAGS = ["python", "jazz", "health", "knitting"]
FIRSTS = ["Anna", "anna", "Ánna", "Bo", "Zoé", "Zoe", ""]


def _reference(
    room: dict[str, tuple[Guest, int]],
    board: list[WallPair],
    vocab: Vocabulary,
    options: WallOptions,
) -> WallState:
    order = sorted(room, key=lambda gid: (room[gid][1], gid))
    guests = {gid: g for gid, (g, _) in room.items()}
    return build_wall_state(board, guests, order, vocab, options)


def _same(kept: WallState, rebuilt: WallState) -> None:
    assert kept == rebuilt
    assert dict(kept.names) == dict(rebuilt.names)  # names do not take part in ==


def _guest(rng: random.Random, n: int) -> Guest:
    return Guest(
        id=f"g{n % 12:02d}",
        event_id="e",
        first_name=rng.choice(FIRSTS),
        last_name=rng.choice(["Lefèvre", "Zhang", "", "ßauer"]),
        consents=Consents(on_wall=rng.random() < 0.8, suggested_to_others=True),
        skills=tuple(rng.sample(TAGS, rng.randint(0, 2))),
        interests=tuple(rng.sample(TAGS, rng.randint(0, 3))),
        name_approved=rng.random() < 0.85,
        hidden_from_wall=rng.random() < 0.1,
    )


def _board(rng: random.Random, ids: list[str]) -> list[WallPair]:
    board = []
    for _ in range(rng.randint(0, 8)):
        a, b = rng.choice(ids), rng.choice(ids)
        tag = rng.choice(TAGS)
        if rng.random() < 0.5 or a == b:
            board.append(WallPair(a, b, 1.0, Reason(tag, ReasonKind.SHARED_INTEREST)))
        else:
            board.append(WallPair(a, b, 1.0, Reason(tag, ReasonKind.A_HELPS_B, a, b)))
    return board


@settings(max_examples=60, deadline=None)
@given(st.integers(0, 2**32 - 1))
def test_arrivals_changes_and_departures_match_a_full_rebuild(seed: int) -> None:
    rng = random.Random(seed)
    options = WallOptions(
        last_initial=rng.choice(list(LastInitial)), show_unapproved_text=rng.random() < 0.3
    )
    kept = WallRoom(VOCAB, options)
    room: dict[str, tuple[Guest, int]] = {}
    ids = [f"g{n:02d}" for n in range(12)]
    for step in range(40):
        if room and rng.random() < 0.25:
            gone = rng.choice(sorted(room))
            del room[gone]
            kept.remove(gone)
        else:
            guest = _guest(rng, rng.randrange(100))
            seq = room[guest.id][1] if guest.id in room else step // 2  # ties happen
            room[guest.id] = (guest, seq)
            kept.put(guest, seq)
        if rng.random() < 0.1:  # the organiser changes the rules: everyone looked at again
            options = replace(options, show_unapproved_text=not options.show_unapproved_text)
            kept.reset(VOCAB, options)
        board = _board(rng, ids)
        _same(kept.state(board), _reference(room, board, VOCAB, options))


@pytest.fixture(scope="module")
def demo() -> DemoEvent:
    return load_demo(db_file("demo"))


def test_the_demo_room_matches_and_equal_states_share_their_cards(demo: DemoEvent) -> None:
    sample = sample_room(demo, 300)
    options = demo.event.wall
    kept = WallRoom(demo.vocabulary, options)
    room: dict[str, tuple[Guest, int]] = {}
    for seq, guest_id in enumerate(sample.present_ids):
        room[guest_id] = (sample.guests[guest_id], seq)
        kept.put(sample.guests[guest_id], seq)
    board = list(sample.board)
    first = kept.state(board)
    _same(first, _reference(room, board, demo.vocabulary, options))
    assert len(first.cards) > 50
    again = kept.state(board)
    assert all(a is b for a, b in zip(again.cards, first.cards, strict=True))
    # One departure: only that guest's card goes.
    leaving = first.cards[0].first.guest_id
    del room[leaving]
    kept.remove(leaving)
    after = kept.state(board)
    _same(after, _reference(room, board, demo.vocabulary, options))
    assert after.cards == first.cards[1:]
