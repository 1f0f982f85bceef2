"""Hand-made small rooms and the suggestions a person would expect in them."""

from __future__ import annotations

from dataclasses import dataclass, field, replace

import pytest

from kiosk.core.matching import MatchEngine, Profile, ReasonKind, TagPolicy


def guest(
    name: str,
    *,
    skills: str = "",
    interests: str = "",
    org: str | None = None,
    suggest: bool = True,
    wall: bool = True,
) -> Profile:
    return Profile(
        guest_id=name,
        organisation_key=org,
        skills=frozenset(skills.split()),
        interests=frozenset(interests.split()),
        suggestible=suggest,
        on_wall=wall,
    )


def engine_for(*guests: Profile, policy: TagPolicy | None = None) -> MatchEngine:
    engine = MatchEngine(policy)
    for seq, profile in enumerate(guests, start=1):
        engine.arrive(replace(profile, arrival_seq=seq))
    return engine


@dataclass
class Room:
    title: str
    guests: list[Profile]
    # reader -> expected suggestions, in order: (other, reason tag, reason kind for the reader)
    top: dict[str, list[tuple[str, str, ReasonKind]]]
    board: set[frozenset[str]] = field(default_factory=set)
    policy: TagPolicy = field(default_factory=TagPolicy)
    whole_board: bool = True  # False: the board holds these pairs, and maybe others


ROOMS = [
    Room(
        "Hélène can help with fundraising, which Marc wants: they pair",
        [guest("helene", skills="fundraising"), guest("marc", interests="fundraising")],
        top={
            "marc": [("helene", "fundraising", ReasonKind.B_HELPS_A)],
            "helene": [("marc", "fundraising", ReasonKind.A_HELPS_B)],
        },
        board={frozenset({"helene", "marc"})},
    ),
    Room(
        "two colleagues never pair, however well they fit",
        [
            guest("anna", skills="python", interests="design", org="acme"),
            guest("ben", skills="design", interests="python", org="acme"),
        ],
        top={"anna": [], "ben": []},
    ),
    Room(
        "an unknown organisation keeps nobody apart",
        [guest("anna", skills="python", org=""), guest("ben", interests="python", org="")],
        top={"ben": [("anna", "python", ReasonKind.B_HELPS_A)]},
        board={frozenset({"anna", "ben"})},
    ),
    Room(
        "a rare shared interest beats a popular one",
        [
            guest("alice", interests="networking jazz"),
            guest("carol", interests="networking"),
            guest("bob", interests="jazz"),
            *[guest(f"filler{i}", interests="networking") for i in range(6)],
        ],
        top={
            "alice": [
                ("bob", "jazz", ReasonKind.SHARED_INTEREST),
                ("carol", "networking", ReasonKind.SHARED_INTEREST),
                ("filler0", "networking", ReasonKind.SHARED_INTEREST),
            ]
        },
        board={frozenset({"alice", "bob"})},
        whole_board=False,
    ),
    Room(
        "helping both ways beats helping one way",
        [
            guest("zoe", skills="seo", interests="legal"),
            guest("yann", interests="seo"),
            guest("xavier", skills="legal", interests="seo"),
        ],
        top={
            "zoe": [
                ("xavier", "legal", ReasonKind.B_HELPS_A),
                ("yann", "seo", ReasonKind.A_HELPS_B),
            ]
        },
        board={frozenset({"zoe", "xavier"})},
    ),
    Room(
        "declining to be suggested hides you from others, not them from you",
        [guest("dana", skills="python", suggest=False), guest("eric", interests="python")],
        top={"eric": [], "dana": [("eric", "python", ReasonKind.A_HELPS_B)]},
    ),
    Room(
        "a sensitive tag is never a reason, even a shared one",
        [guest("fay", interests="religion cooking"), guest("gus", interests="religion cooking")],
        top={"fay": [("gus", "cooking", ReasonKind.SHARED_INTEREST)]},
        board={frozenset({"fay", "gus"})},
        policy=TagPolicy(sensitive=frozenset({"religion"})),
    ),
    Room(
        "a sensitive tag alone makes no suggestion",
        [guest("fay", interests="religion"), guest("gus", skills="religion")],
        top={"fay": [], "gus": []},
        policy=TagPolicy(sensitive=frozenset({"religion"})),
    ),
    Room(
        "an unapproved tag suggests personally but never makes a wall pair",
        [guest("hal", skills="crypto"), guest("ida", interests="crypto")],
        top={"ida": [("hal", "crypto", ReasonKind.B_HELPS_A)]},
        policy=TagPolicy(unapproved=frozenset({"crypto"})),
    ),
    Room(
        "a wall pair falls back on an approved reason",
        [guest("jo", interests="crypto hiking"), guest("kim", interests="crypto hiking")],
        top={"jo": [("kim", "hiking", ReasonKind.SHARED_INTEREST)]},  # the wall reason
        board={frozenset({"jo", "kim"})},
        policy=TagPolicy(unapproved=frozenset({"crypto"})),
    ),
    Room(
        "without the wall consent: suggestions yes, wall no",
        [guest("leo", skills="sql", wall=False), guest("max", interests="sql")],
        top={"max": [("leo", "sql", ReasonKind.B_HELPS_A)]},
    ),
    Room(
        "the wall partner comes first, then the best scores",
        [
            guest("mia", interests="crypto running", skills="ux"),
            guest("nora", skills="crypto", interests="ux"),
            guest("otto", skills="running"),
        ],
        top={
            "mia": [
                ("otto", "running", ReasonKind.B_HELPS_A),
                ("nora", "crypto", ReasonKind.B_HELPS_A),
            ]
        },
        board={frozenset({"mia", "otto"})},
        policy=TagPolicy(unapproved=frozenset({"crypto", "ux"})),
    ),
    Room(
        "nobody in common, nothing to suggest",
        [guest("pia", skills="wine"), guest("quentin", interests="golf")],
        top={"pia": [], "quentin": []},
    ),
]


@pytest.mark.parametrize("room", ROOMS, ids=[r.title for r in ROOMS])
def test_room_gives_the_expected_suggestions(room: Room) -> None:
    engine = engine_for(*room.guests, policy=room.policy)
    for reader, expected in room.top.items():
        got = [(s.guest_id, s.reason.tag, s.reason.kind) for s in engine.top(reader)]
        assert got == expected
    board = {frozenset({p.a, p.b}) for p in engine.board()}
    if room.whole_board:
        assert board == room.board
    else:
        assert board >= room.board
