"""Properties of the matching engine after any sequence of arrivals, departures and changes."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from kiosk.core.matching import (
    Exposure,
    MatchConfig,
    MatchEngine,
    Profile,
    Reason,
    ReasonKind,
    TagPolicy,
    pair_key,
    solve_board,
)
from kiosk.core.matching import reference as ref

TAGS = ("ai", "jazz", "seo", "legal", "golf", "wine", "ux")
IDS = tuple(f"guest-{i}" for i in range(9))
SETTINGS = settings(
    deadline=None,
    derandomize=True,
    max_examples=120,
    suppress_health_check=[HealthCheck.too_slow],
)

tags = st.frozensets(st.sampled_from(TAGS), max_size=3)
mostly_yes = st.sampled_from([True, True, True, False])
fields = st.fixed_dictionaries(
    {
        "org": st.sampled_from([None, None, "acme", "globex"]),
        "skills": tags,
        "interests": tags,
        "suggestible": mostly_yes,
        "on_wall": mostly_yes,
    }
)
operation = st.one_of(
    st.tuples(st.just("arrive"), st.sampled_from(IDS), fields),
    st.tuples(st.just("arrive"), st.sampled_from(IDS), fields),
    st.tuples(st.just("leave"), st.sampled_from(IDS)),
    st.tuples(st.just("policy"), st.frozensets(st.sampled_from(TAGS), max_size=2), tags),
    st.tuples(st.just("shown"), st.integers(1, 3)),
    st.tuples(st.just("suggested"), st.sampled_from(IDS)),
    st.tuples(st.just("rebuild")),
)
operations = st.lists(operation, min_size=1, max_size=25)


@dataclass
class Driver:
    """Plays operations on an engine and keeps its own record of the room to check against."""

    config: MatchConfig = field(default_factory=MatchConfig)
    rebuild_when_drifted: bool = False
    present: dict[str, Profile] = field(default_factory=dict)
    policy: TagPolicy = field(default_factory=TagPolicy)
    exposures: dict[tuple[str, str], Exposure] = field(default_factory=dict)
    seq: int = 0

    def __post_init__(self) -> None:
        self.engine = MatchEngine(config=self.config)

    def apply(self, op: tuple[Any, ...]) -> None:
        engine = self.engine
        if op[0] == "arrive":
            _, guest_id, f = op
            old = self.present.get(guest_id)
            if old is None:
                self.seq += 1
            seq = self.seq if old is None else old.arrival_seq
            profile = Profile(
                guest_id,
                f["org"],
                f["skills"],
                f["interests"],
                f["suggestible"],
                f["on_wall"],
                seq,
            )
            self.present[guest_id] = profile
            engine.arrive(profile)
        elif op[0] == "leave":
            self.present.pop(op[1], None)
            engine.leave(op[1])
        elif op[0] == "policy":
            self.policy = TagPolicy(sensitive=op[1], unapproved=op[2])
            engine.set_policy(self.policy)
        elif op[0] == "shown":
            pairs = [(p.a, p.b) for p in engine.board()[: op[1]]]
            self._count(pairs, shown=1)
            assert engine.record_shown(pairs) == {k: self.exposures[k] for k in map(_key, pairs)}
        elif op[0] == "suggested" and op[1] in self.present:
            pairs = [(op[1], s.guest_id) for s in engine.top(op[1])]
            self._count(pairs, suggested=1)
            engine.record_suggested(op[1], [b for _, b in pairs])
        elif op[0] == "rebuild":
            engine.rebuild_board()
        if self.rebuild_when_drifted and engine.needs_rebuild():
            engine.rebuild_board()

    def _count(self, pairs: list[tuple[str, str]], *, shown: int = 0, suggested: int = 0) -> None:
        for key in map(_key, pairs):
            old = self.exposures.get(key, Exposure())
            self.exposures[key] = Exposure(old.shown + shown, old.suggested + suggested)

    @property
    def room(self) -> ref.Room:
        profiles = sorted(self.present.values(), key=lambda p: p.guest_id)
        return ref.Room(profiles, self.policy, self.config, dict(self.exposures))


def _key(pair: tuple[str, str]) -> tuple[str, str]:
    return pair_key(*pair)


def reason_holds(reason: Reason, a: Profile, b: Profile) -> bool:
    """The reason, read for the pair (a, b), is true of both guests."""
    tag = reason.tag
    if reason.kind is ReasonKind.A_HELPS_B:
        return (reason.helper_id, reason.asker_id) == (a.guest_id, b.guest_id) and (
            tag in a.skills and tag in b.interests
        )
    if reason.kind is ReasonKind.B_HELPS_A:
        return (reason.helper_id, reason.asker_id) == (b.guest_id, a.guest_id) and (
            tag in b.skills and tag in a.interests
        )
    return tag in a.interests and tag in b.interests


def colleagues(a: Profile, b: Profile) -> bool:
    return bool(a.organisation_key) and a.organisation_key == b.organisation_key


def check_hard_rules(driver: Driver) -> None:
    engine, present, policy = driver.engine, driver.present, driver.policy
    seen: set[str] = set()
    for pair in engine.board():
        a, b = present[pair.a], present[pair.b]  # KeyError: someone who left
        assert not {pair.a, pair.b} & seen, "the board is a matching: nobody twice"
        seen |= {pair.a, pair.b}
        assert pair.a != pair.b
        for p in (a, b):
            assert p.on_wall, "only guests who agreed to the wall"
            assert p.suggestible, "only guests who agreed to be suggested"
        assert not colleagues(a, b)
        assert reason_holds(pair.reason, a, b)
        assert policy.on_wall(pair.reason.tag), "never a sensitive or unapproved wall reason"
        assert engine.partner(pair.a) == pair.b
        assert engine.partner(pair.b) == pair.a
    for reader_id, reader in present.items():
        for suggestion in engine.top(reader_id):
            other = present[suggestion.guest_id]
            assert other.guest_id != reader_id
            assert other.suggestible, "never someone who declined to be suggested"
            assert not colleagues(reader, other)
            assert reason_holds(suggestion.reason, reader, other)
            assert policy.counts(suggestion.reason.tag), "never a sensitive reason"
            assert suggestion.score > 0


@SETTINGS
@given(operations)
def test_hard_rules_hold_after_every_operation(ops: list[tuple[Any, ...]]) -> None:
    driver = Driver()
    for op in ops:
        driver.apply(op)
        check_hard_rules(driver)


@SETTINGS
@given(operations)
def test_top_three_equals_brute_force(ops: list[tuple[Any, ...]]) -> None:
    driver = Driver()
    for op in ops:
        driver.apply(op)
        room = driver.room
        for guest_id in driver.present:
            partner = next(
                (p for p in driver.engine.board() if guest_id in (p.a, p.b)),
                None,
            )
            assert driver.engine.top(guest_id) == ref.top(room, guest_id, 3, partner)


@SETTINGS
@given(operations, st.sampled_from(IDS), st.sampled_from(IDS))
def test_score_is_symmetric_and_exact(ops: list[tuple[Any, ...]], a: str, b: str) -> None:
    assume(a != b)
    driver = Driver()
    for op in ops:
        driver.apply(op)
    if a not in driver.present or b not in driver.present:
        return
    engine = driver.engine
    assert engine.score(a, b) == engine.score(b, a)
    reason = engine.reason(a, b)
    back = engine.reason(b, a)
    assert (reason is None) == (back is None)
    if reason is not None and back is not None:
        assert back == reason.flipped()
        assert reason_holds(reason, driver.present[a], driver.present[b])
    help_w, shared_w = driver.room.weights(wall=False)
    terms = ref.terms(driver.present[a], driver.present[b], help_w, shared_w)
    assert engine.score(a, b) == sum(w for w, _ in terms)


def board_value(driver: Driver, pairs: list[tuple[str, str]]) -> float:
    room = driver.room
    return sum(ref.wall_weight(room, room.by_id(a), room.by_id(b))[0] for a, b in pairs)


@SETTINGS
@given(operations)
def test_incremental_board_stays_within_5_percent_of_a_fresh_one(
    ops: list[tuple[Any, ...]],
) -> None:
    driver = Driver(config=MatchConfig().plain(), rebuild_when_drifted=True)
    for op in ops:
        if op[0] != "rebuild":
            driver.apply(op)
        kept = board_value(driver, [(p.a, p.b) for p in driver.engine.board()])
        fresh = board_value(driver, list(solve_board(driver.engine.snapshot()).pairs))
        assert kept >= 0.95 * fresh - 1e-9


@SETTINGS
@given(operations)
def test_fresh_board_is_close_to_the_best_matching(ops: list[tuple[Any, ...]]) -> None:
    driver = Driver(config=MatchConfig().plain())
    for op in ops:
        driver.apply(op)
    fresh = board_value(driver, list(solve_board(driver.engine.snapshot()).pairs))
    assert fresh >= 0.98 * ref.best_board_value(driver.room) - 1e-9


@SETTINGS
@given(operations)
def test_same_operations_give_the_same_results(ops: list[tuple[Any, ...]]) -> None:
    first, second = Driver(), Driver()
    for op in ops:
        first.apply(op)
        second.apply(op)
    assert first.engine.board() == second.engine.board()
    for guest_id in first.present:
        assert first.engine.top(guest_id) == second.engine.top(guest_id)
    assert first.engine.exposures() == second.engine.exposures()
