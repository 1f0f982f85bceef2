"""The engine's behaviour over time: departures, tag changes, policy, freshness, rebuilds."""

from __future__ import annotations

import random
from concurrent.futures import ThreadPoolExecutor

import pytest

from kiosk.core.matching import (
    BoardDelta,
    Exposure,
    MatchConfig,
    MatchEngine,
    Profile,
    Reason,
    ReasonKind,
    TagPolicy,
    solve_board,
)
from kiosk.core.matching import reference as ref


class Room:
    """Builds profiles with growing arrival numbers."""

    def __init__(self, engine: MatchEngine) -> None:
        self.engine = engine
        self.seq = 0

    def arrive(
        self,
        name: str,
        *,
        skills: str = "",
        interests: str = "",
        org: str | None = None,
        suggest: bool = True,
        wall: bool = True,
    ) -> BoardDelta:
        self.seq += 1
        return self.engine.arrive(
            Profile(
                name,
                org,
                frozenset(skills.split()),
                frozenset(interests.split()),
                suggest,
                wall,
                self.seq,
            )
        )


def pairs(engine: MatchEngine) -> set[frozenset[str]]:
    return {frozenset({p.a, p.b}) for p in engine.board()}


def names(engine: MatchEngine, guest_id: str) -> list[str]:
    return [s.guest_id for s in engine.top(guest_id)]


def test_an_arrival_reports_the_new_pair() -> None:
    room = Room(MatchEngine())
    assert room.arrive("helene", skills="fundraising") == BoardDelta()
    delta = room.arrive("marc", interests="fundraising")
    assert [(p.a, p.b) for p in delta.added] == [("marc", "helene")]  # newest first
    assert delta.removed == ()
    assert delta.added[0].reason == Reason(
        "fundraising", ReasonKind.B_HELPS_A, helper_id="helene", asker_id="marc"
    )


def test_a_departure_clears_the_guest_from_board_and_suggestions() -> None:
    engine = MatchEngine()
    room = Room(engine)
    room.arrive("ana", skills="python")
    room.arrive("bo", interests="python")
    room.arrive("cy", skills="golf", suggest=False)
    assert pairs(engine) == {frozenset({"ana", "bo"})}
    delta = engine.leave("ana")
    assert [frozenset({p.a, p.b}) for p in delta.removed] == [frozenset({"ana", "bo"})]
    assert delta.added == ()
    assert pairs(engine) == set()
    assert "ana" not in engine
    assert names(engine, "bo") == []
    assert engine.leave("ana") == BoardDelta()  # leaving twice changes nothing


def test_the_freed_partner_finds_someone_else() -> None:
    engine = MatchEngine()
    room = Room(engine)
    room.arrive("ana", skills="python")
    room.arrive("bo", interests="python")
    room.arrive("cy", skills="python", interests="golf")
    room.arrive("dee", skills="golf")
    assert pairs(engine) == {frozenset({"ana", "bo"}), frozenset({"cy", "dee"})}
    engine.leave("ana")
    engine.leave("dee")
    assert pairs(engine) == {frozenset({"bo", "cy"})}


def test_a_tag_change_updates_board_and_suggestions() -> None:
    engine = MatchEngine()
    room = Room(engine)
    room.arrive("ana", skills="python")
    room.arrive("bo", interests="python")
    assert names(engine, "bo") == ["ana"]
    engine.update(Profile("ana", skills=frozenset({"golf"}), suggestible=True, on_wall=True))
    assert names(engine, "bo") == []
    assert pairs(engine) == set()
    assert engine.update(engine.profile("ana")) == BoardDelta()  # no change, no delta


def test_arriving_twice_is_an_update_and_updating_a_stranger_an_arrival() -> None:
    engine = MatchEngine()
    profile = Profile("ana", skills=frozenset({"python"}), suggestible=True, on_wall=True)
    engine.update(profile)
    engine.arrive(profile)
    assert len(engine) == 1
    assert engine.profile("ana") == profile


def test_withdrawing_consent_takes_the_guest_off_the_wall_and_out_of_suggestions() -> None:
    engine = MatchEngine()
    room = Room(engine)
    room.arrive("ana", skills="python")
    room.arrive("bo", interests="python")
    engine.update(Profile("ana", skills=frozenset({"python"}), arrival_seq=1))
    assert pairs(engine) == set()
    assert names(engine, "bo") == []
    assert names(engine, "ana") == ["bo"]  # she still receives hers


def test_marking_a_tag_sensitive_takes_its_pairs_off_the_wall_at_once() -> None:
    engine = MatchEngine()
    room = Room(engine)
    room.arrive("ana", interests="faith")
    room.arrive("bo", interests="faith")
    assert pairs(engine) == {frozenset({"ana", "bo"})}
    delta = engine.set_policy(TagPolicy(sensitive=frozenset({"faith"})))
    assert len(delta.removed) == 1
    assert pairs(engine) == set()
    assert names(engine, "ana") == []


def test_approving_a_tag_asks_for_a_rebuild_that_shows_the_pair() -> None:
    engine = MatchEngine(TagPolicy(unapproved=frozenset({"crypto"})))
    room = Room(engine)
    room.arrive("ana", skills="crypto")
    room.arrive("bo", interests="crypto")
    engine.rebuild_board()
    assert pairs(engine) == set()
    assert not engine.needs_rebuild()
    engine.set_policy(TagPolicy())
    assert engine.needs_rebuild()
    delta = engine.rebuild_board()
    assert [frozenset({p.a, p.b}) for p in delta.added] == [frozenset({"ana", "bo"})]
    assert not engine.needs_rebuild()


def test_pairs_shown_many_times_make_room_at_the_next_rebuild() -> None:
    engine = MatchEngine()
    room = Room(engine)
    for name in ("ana", "bo", "cy", "dee"):
        room.arrive(name, interests="jazz")
    before = pairs(engine)
    assert len(before) == 2
    for _ in range(4):
        counts = engine.record_shown([(p.a, p.b) for p in engine.board()])
    assert set(counts.values()) == {Exposure(shown=4)}
    engine.rebuild_board()
    assert len(pairs(engine)) == 2
    assert pairs(engine).isdisjoint(before)


def test_suggestions_already_given_fade_behind_new_ones() -> None:
    engine = MatchEngine()
    room = Room(engine)
    room.arrive("ana", interests="jazz", wall=False)
    room.arrive("bo", interests="jazz", wall=False)
    room.arrive("cy", interests="jazz", wall=False)
    assert names(engine, "ana") == ["bo", "cy"]
    counts = engine.record_suggested("ana", ["bo"])
    assert counts == {("ana", "bo"): Exposure(suggested=1)}
    assert names(engine, "ana") == ["cy", "bo"]
    assert engine.exposure("bo", "ana") == Exposure(suggested=1)


def test_exposure_counts_come_in_and_go_out() -> None:
    engine = MatchEngine()
    engine.set_exposure("ana", "bo", shown=3, suggested=1)
    engine.record_shown([("bo", "ana")])
    assert engine.exposures() == {("ana", "bo"): Exposure(shown=4, suggested=1)}
    assert engine.exposure("cy", "ana") == Exposure()
    with pytest.raises(ValueError, match="negative"):
        engine.set_exposure("ana", "bo", shown=-1, suggested=0)


def test_a_new_arrival_gets_priority_over_an_old_pair() -> None:
    for config, newcomer_paired in ((MatchConfig(), True), (MatchConfig().plain(), False)):
        engine = MatchEngine(config=config)
        room = Room(engine)
        room.arrive("ana", skills="python")
        room.arrive("bo", interests="python")
        for i in range(config.arrival_window):
            room.arrive(f"filler-{i}", wall=False)
        room.arrive("cy", interests="python")
        assert (engine.partner("cy") == "ana") is newcomer_paired


def test_the_board_lists_recent_arrivals_first() -> None:
    engine = MatchEngine(config=MatchConfig().plain())
    room = Room(engine)
    for i in range(3):
        room.arrive(f"old-{i}", skills=f"tag{i}")
    for i in range(3):
        room.arrive(f"new-{i}", interests=f"tag{i}")
    assert [p.a for p in engine.board()] == ["new-2", "new-1", "new-0"]


def test_top_respects_n_and_puts_the_partner_first() -> None:
    engine = MatchEngine()
    room = Room(engine)
    room.arrive("ana", interests="jazz golf wine ux")
    for name, tag in (("bo", "jazz"), ("cy", "golf"), ("dee", "wine"), ("eve", "ux")):
        room.arrive(name, skills=tag)
    partner = engine.partner("ana")
    assert partner is not None
    assert names(engine, "ana")[0] == partner
    assert [s.guest_id for s in engine.top("ana", n=1)] == [partner]
    assert len(engine.top("ana", n=10)) == 4
    assert engine.top("ana", n=0) == []
    with pytest.raises(KeyError):
        engine.top("nobody")


def test_a_board_solved_off_thread_is_swapped_in_with_later_changes_replayed() -> None:
    engine = MatchEngine()
    room = Room(engine)
    for i in range(20):
        room.arrive(f"g{i}", skills=f"t{i % 5}", interests=f"t{(i + 1) % 5}")
    snapshot = engine.snapshot()
    with ThreadPoolExecutor(max_workers=1) as pool:
        future = pool.submit(solve_board, snapshot)
        engine.leave("g0")
        engine.leave("g1")
        room.arrive("late", skills="t0 t1 t2 t3 t4")
        plan = future.result()
    engine.install_board(plan)
    members = [g for p in engine.board() for g in (p.a, p.b)]
    assert len(members) == len(set(members))
    assert "g0" not in members
    assert "g1" not in members
    assert "late" in members
    assert engine.drift() == 0.0


def test_drift_grows_with_local_repairs_and_a_rebuild_resets_it() -> None:
    rng = random.Random(7)
    engine = MatchEngine()
    room = Room(engine)
    tags = [f"t{i}" for i in range(12)]
    for i in range(60):
        room.arrive(f"g{i}", skills=" ".join(rng.sample(tags, 2)), interests=rng.choice(tags))
    assert engine.drift() > 0
    assert engine.needs_rebuild()
    engine.rebuild_board()
    assert engine.drift() == 0.0
    assert not engine.needs_rebuild()


@pytest.mark.parametrize(
    ("make", "message"),
    [
        (lambda: Reason("jazz", ReasonKind.SHARED_INTEREST, helper_id="ana"), "helper"),
        (lambda: Reason("jazz", ReasonKind.A_HELPS_B), "helper"),
        (lambda: MatchConfig(shown_fade=0.0), "fades"),
        (lambda: MatchConfig(arrival_window=0), "window"),
        (lambda: MatchConfig(help_weight=-1), "negative"),
        (lambda: MatchConfig(candidates_per_guest=0), "candidate"),
        (lambda: MatchConfig(rebuild_drift=1.5), "rebuild_drift"),
        (lambda: MatchConfig(keep_bonus=-0.1), "keep_bonus"),
        (lambda: MatchEngine().score("ana", "ana"), "two different"),
    ],
)
def test_bad_input_is_refused_with_a_clear_message(make: object, message: str) -> None:
    with pytest.raises(ValueError, match=message):
        make()  # type: ignore[operator]


def test_many_tags_and_guests_grow_the_room_without_changing_results() -> None:
    rng = random.Random(3)
    engine = MatchEngine(TagPolicy(unapproved=frozenset({"tag-7"})))
    tags = [f"tag-{i}" for i in range(300)]
    for i in range(150):
        engine.arrive(
            Profile(
                f"g{i}",
                organisation_key=f"org-{i % 7}" if i % 3 == 0 else None,
                skills=frozenset(rng.sample(tags[: 20 + 2 * i], 3)),
                interests=frozenset(rng.sample(tags[: 20 + 2 * i], 3)),
                suggestible=i % 5 != 0,
                on_wall=True,
                arrival_seq=i,
            )
        )
    for i in range(0, 150, 3):
        engine.leave(f"g{i}")
    room = ref.Room(engine.profiles(), engine.policy, engine.config, engine.exposures())
    for guest_id in ("g1", "g50", "g149"):
        pair = next((p for p in engine.board() if guest_id in (p.a, p.b)), None)
        assert engine.top(guest_id, n=5) == ref.top(room, guest_id, 5, pair)
