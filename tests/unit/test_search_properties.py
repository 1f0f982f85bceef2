"""Search invariants on generated guest lists: own prefixes find you, changes leave no trace."""

from __future__ import annotations

import copy
import random
import re
from typing import Any

import pytest
from hypothesis import assume, given
from hypothesis import strategies as st
from rapidfuzz.distance import OSA

from kiosk.core.search import GuestEntry, GuestIndex, masked_email
from kiosk.core.search.field import NameField
from kiosk.core.search.keys import MASK, name_keys
from kiosk.core.text import fold

LIMIT = 5
# Few letters, so that generated guests share prefixes and ranking really matters;
# spaces, hyphens and apostrophes anywhere, accents and capitals.
NAMES = st.text(alphabet="abcdeéAÉ -'", min_size=1, max_size=14).filter(
    lambda name: any(ch.isalpha() for ch in name)
)
PEOPLE = st.lists(st.tuples(NAMES, NAMES), min_size=1, max_size=20)
TYPED = st.text(alphabet="abcdeéx -'", max_size=9)


def entries_of(people: list[tuple[str, str]]) -> list[GuestEntry]:
    return [
        GuestEntry(f"g{i}", first, last, f"{i}@example.fr", f"T{i}")
        for i, (first, last) in enumerate(people)
    ]


def letters(name: str) -> str:
    return "".join(re.findall(r"[a-z0-9]+", fold(name)))


def keys_of(name: str) -> set[str]:
    """Independent of the index: each word, and the words run together from each word on."""
    words = re.findall(r"[a-z0-9]+", fold(name))
    return set(words) | {"".join(words[i:]) for i in range(len(words))}


def near(typed: str, key: str) -> bool:
    """Some prefix of ``key`` is one edit or swap from ``typed``, by brute force."""
    n = len(typed)
    return any(OSA.distance(typed, key[:size]) <= 1 for size in (n - 1, n, n + 1))


def typed_with_typo(data: st.DataObject, name: str) -> str:
    """A prefix of ``name`` (3 letters or more) with one typo; "" if the name is too short.

    The typo is one letter wrong, extra, missing, or swapped with the next.
    """
    edit = data.draw(st.sampled_from(["wrong", "extra", "missing", "swapped"]))
    shortest = 4 if edit == "missing" else 3  # still 3 letters once one is missing
    if len(name) < shortest:
        return ""
    word = name[: data.draw(st.integers(shortest, len(name)))]
    at = data.draw(st.integers(0, len(word) - 1))
    letter = data.draw(st.sampled_from("abcdex"))
    if edit == "wrong":
        return word[:at] + letter + word[at + 1 :]
    if edit == "extra":
        return word[:at] + letter + word[at:]
    if edit == "missing":
        return word[:at] + word[at + 1 :]
    return word[:at] + word[at + 1 : at + 2] + word[at] + word[at + 2 :]


def state(index: GuestIndex) -> dict[str, Any]:
    """Everything the index holds but its caches, copied."""
    fields = {
        f"{name}.{part}": getattr(getattr(index, name), part)
        for name in ("_first", "_last")
        for part in ("_prefixes", "_words", "_keys", "_probes", "_alphabet")
    }
    own = {part: getattr(index, part) for part in ("_hits", "_order", "_tickets", "_tickets_of")}
    return copy.deepcopy({**fields, **own})


@given(people=PEOPLE, data=st.data())
def test_own_first_and_last_prefixes_find_the_guest(
    people: list[tuple[str, str]], data: st.DataObject
) -> None:
    entries = entries_of(people)
    me = data.draw(st.sampled_from(entries))
    first, last = letters(me.first_name), letters(me.last_name)
    assume(len(first) >= 2)
    typed_first = first[: data.draw(st.integers(2, len(first)))]
    typed_last = last[: data.draw(st.integers(1, len(last)))]
    sharing = [
        e
        for e in entries
        if any(k.startswith(typed_first) for k in keys_of(e.first_name))
        and any(k.startswith(typed_last) for k in keys_of(e.last_name))
    ]
    assume(len(sharing) < LIMIT)

    found = GuestIndex(entries).search(f"{typed_first} {typed_last}", LIMIT)

    assert me.guest_id in [hit.guest_id for hit in found]
    # And the guests sharing those prefixes come before anyone else.
    assert {hit.guest_id for hit in found[: len(sharing)]} == {e.guest_id for e in sharing}


@given(people=PEOPLE, data=st.data())
def test_one_typo_in_a_single_word_still_finds_the_guest(
    people: list[tuple[str, str]], data: st.DataObject
) -> None:
    entries = entries_of(people)
    names = [(e, n) for e in entries for n in map(letters, (e.first_name, e.last_name))]
    long_names = [(e, n) for e, n in names if len(n) >= 3]
    assume(long_names)
    me, name = data.draw(st.sampled_from(long_names))
    typed = typed_with_typo(data, name)
    assume(typed)
    matching = [
        e
        for e in entries
        if any(near(typed, k) for k in keys_of(e.first_name) | keys_of(e.last_name))
    ]
    assume(len(matching) < LIMIT)

    found = {hit.guest_id for hit in GuestIndex(entries).search(typed, LIMIT)}

    assert me.guest_id in found
    assert found == {e.guest_id for e in matching}


# Each way of finding near prefixes alone: spelling out one-edit variants, or checking
# guests one by one (the index switches between them; the test above covers that mix).
@pytest.mark.parametrize("verify_at_most", [0, 1_000])
@given(
    names=st.lists(NAMES, min_size=1, max_size=30),
    within=st.none() | st.sets(st.integers(0, 29)),
    keep=st.integers(0, 3),
    data=st.data(),
)
def test_near_matches_brute_force(
    verify_at_most: int,
    names: list[str],
    within: set[int] | None,
    keep: int,
    data: st.DataObject,
) -> None:
    field = NameField({}, verify_at_most)
    for i, name in enumerate(names):
        field.add(str(i), name_keys(fold(name)))
    long_keys = sorted(k for name in names for k in keys_of(name) if len(k) >= 3)
    assume(long_keys)
    typed = typed_with_typo(data, data.draw(st.sampled_from(long_keys)))
    assume(typed)
    allowed = None if within is None else {str(i) for i in within if i < len(names)}
    expected = {
        str(i)
        for i, name in enumerate(names)
        if len(typed) - keep >= 3  # a typo is looked for in 3 letters or more
        and (allowed is None or str(i) in allowed)
        and any(k.startswith(typed[:keep]) and near(typed, k) for k in keys_of(name))
    }
    assert field.near(typed, within=allowed, keep=keep) == expected


@given(people=PEOPLE, extra=st.tuples(NAMES, NAMES), queries=st.lists(TYPED, max_size=10))
def test_add_then_remove_leaves_the_index_as_it_was(
    people: list[tuple[str, str]], extra: tuple[str, str], queries: list[str]
) -> None:
    index = GuestIndex(entries_of(people))
    before = state(index)
    answers = [index.search(q) for q in queries]

    index.add(GuestEntry("extra", *extra, email="x@example.fr", ticket_code="T0"))
    index.remove("extra")

    assert state(index) == before
    assert [index.search(q) for q in queries] == answers


@given(people=PEOPLE, other=st.tuples(NAMES, NAMES), queries=st.lists(TYPED, max_size=10))
def test_update_and_back_leaves_the_index_as_it_was(
    people: list[tuple[str, str]], other: tuple[str, str], queries: list[str]
) -> None:
    entries = entries_of(people)
    index = GuestIndex(entries)
    before = state(index)
    answers = [index.search(q) for q in queries]

    index.update(GuestEntry("g0", *other))
    index.update(entries[0])

    assert state(index) == before
    assert [index.search(q) for q in queries] == answers


@given(people=PEOPLE, seed=st.integers(0, 2**32), queries=st.lists(TYPED, max_size=15))
def test_results_are_deterministic_whatever_the_order_guests_came_in(
    people: list[tuple[str, str]], seed: int, queries: list[str]
) -> None:
    entries = entries_of(people)
    shuffled = entries[:]
    random.Random(seed).shuffle(shuffled)
    index, other = GuestIndex(entries), GuestIndex(shuffled)
    for query in queries:
        answer = index.search(query)
        assert len(answer) <= LIMIT
        assert index.search(query) == answer
        assert other.search(query) == answer


@given(email=st.emails() | st.text(max_size=30))
def test_the_hint_never_reveals_the_email(email: str) -> None:
    hint = masked_email(email)
    if not hint:
        return
    local, _, domain = email.strip().lower().rpartition("@")
    assert hint != email.strip().lower()
    assert hint == f"{local[0]}{MASK}@{domain[0]}{MASK}.{domain.rpartition('.')[2]}"
