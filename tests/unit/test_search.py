"""Guest search as the guest types: what finds whom, in which order, and what a result shows."""

from __future__ import annotations

import dataclasses

import pytest

from kiosk.core.search import (
    MASK,
    GuestEntry,
    GuestIndex,
    SearchHit,
    is_searchable,
    last_initial,
    masked_email,
)

GUESTS = [
    GuestEntry("helene", "Hélène", "Lefèvre", "helene.lefevre@example.fr", "T-001"),
    GuestEntry("jb", "Jean-Baptiste", "de la Fontaine", "jb@fontaine.fr", "T-002"),
    GuestEntry("aissatou", "Aïssatou", "N'Diaye", "a.ndiaye@example.sn"),
    GuestEntry("sean", "Seán", "O'Brien", "sean@example.ie"),
    GuestEntry("pieter", "Pieter", "Van der Berg", "p.vdb@example.nl"),
    GuestEntry("yann", "Yann", "Le Goff", "yann@example.bzh"),
    GuestEntry("marie", "Marie", "Dupont", "marie.dupont@example.fr", "AB-042"),
    GuestEntry("fang", "芳", "王"),
    GuestEntry("alexandros", "Αλέξανδρος", "Παπαδόπουλος"),
    GuestEntry("dmitri", "Дмитрий", "Иванов"),
    GuestEntry("paul-martin", "Paul", "Martin"),
    GuestEntry("martin-paul", "Martin", "Paul"),
]


@pytest.fixture
def index() -> GuestIndex:
    return GuestIndex(GUESTS)


def ids(hits: list[SearchHit]) -> list[str]:
    return [hit.guest_id for hit in hits]


@pytest.mark.parametrize(
    ("query", "guest"),
    [
        # accents and case
        ("helene", "helene"),
        ("HÉLÈNE", "helene"),
        ("hel lef", "helene"),
        ("Lefèvre", "helene"),
        ("aissatou", "aissatou"),
        # either order
        ("lef hel", "helene"),
        ("dupont marie", "marie"),
        ("ma du", "marie"),
        ("du ma", "marie"),
        # hyphens and apostrophes, typed any way
        ("jean baptiste", "jb"),
        ("jean-baptiste", "jb"),
        ("jeanbaptiste", "jb"),
        ("baptiste", "jb"),
        ("jean b de la", "jb"),
        ("n diaye", "aissatou"),
        ("ndiaye", "aissatou"),
        ("n'diaye", "aissatou"),
        ("N\u2019Diaye", "aissatou"),
        ("diaye", "aissatou"),
        ("aissatou ndi", "aissatou"),
        ("obrien", "sean"),
        ("o'brien", "sean"),
        ("o brien", "sean"),
        ("brien", "sean"),
        ("sean o", "sean"),
        # particles: by any word and by the whole name
        ("de la fontaine", "jb"),
        ("delafontaine", "jb"),
        ("la fontaine", "jb"),
        ("fontaine", "jb"),
        ("jean fontaine", "jb"),
        ("van der berg", "pieter"),
        ("vanderberg", "pieter"),
        ("berg", "pieter"),
        ("pieter van", "pieter"),
        ("le goff", "yann"),
        ("legoff", "yann"),
        ("goff", "yann"),
        ("yann le g", "yann"),
        # one typo in a part of 3 letters or more: wrong, extra, missing, swapped letters
        ("dupomt", "marie"),
        ("duppont", "marie"),
        ("dupnt", "marie"),
        ("dupnot", "marie"),
        ("mraie dupont", "marie"),
        ("marie dpu", "marie"),
        ("hel lefvre", "helene"),
        ("jean batpiste", "jb"),
        ("fonatine", "jb"),
        # other scripts, by their own characters
        ("王", "fang"),
        ("芳", "fang"),
        ("王芳", "fang"),
        ("Αλέξ", "alexandros"),
        ("αλεξανδρος", "alexandros"),
        ("ΑΛΕΞΑΝΔΡΟΣ ΠΑΠ", "alexandros"),
        ("Дмитрий", "dmitri"),
        ("дмит ив", "dmitri"),
        # ticket code typed at the keyboard
        ("ab-042", "marie"),
    ],
)
def test_finds(index: GuestIndex, query: str, guest: str) -> None:
    assert guest in ids(index.search(query))


@pytest.mark.parametrize("query", ["", "   ", "m", "é", "-", "'", "d -"])
def test_fewer_than_two_letters_find_nothing(index: GuestIndex, query: str) -> None:
    assert index.search(query) == []
    assert not is_searchable(query)


@pytest.mark.parametrize("query", ["ma", "m a", "王", "Αλ"])
def test_two_letters_or_one_cjk_character_are_searched(query: str) -> None:
    assert is_searchable(query)


@pytest.mark.parametrize(
    "query",
    [
        "ud",  # two letters: no typo is tolerated in so short a part
        "xyz",
        "marie zzz",
        "dupont zzz",
        "dpxnt",  # two typos
        "ab-04",  # a ticket code is exact
    ],
)
def test_finds_nobody(index: GuestIndex, query: str) -> None:
    assert index.search(query) == []


def test_exact_prefixes_rank_above_typos() -> None:
    index = GuestIndex(
        [
            GuestEntry("typo", "Marc", "Dpont"),  # shorter, so first if ranked alike
            GuestEntry("exact", "Marc", "Dupontel-Lafayette"),
        ]
    )
    assert ids(index.search("marc dupo")) == ["exact", "typo"]


def test_order_typed_ranks_above_reversed(index: GuestIndex) -> None:
    assert ids(index.search("paul mar"))[:2] == ["paul-martin", "martin-paul"]
    assert ids(index.search("martin pa"))[:2] == ["martin-paul", "paul-martin"]


def test_one_word_finds_first_names_before_last_names() -> None:
    index = GuestIndex(
        [
            GuestEntry("ines", "Inès", "Martin"),  # shorter, so first if ranked alike
            GuestEntry("marie", "Marie-Claire", "Le Bihan"),
            GuestEntry("elodie", "Élodie", "Saint-Martin"),
        ]
    )
    assert ids(index.search("mar")) == ["marie", "ines", "elodie"]
    assert ids(index.search("martin")) == ["ines", "elodie"]


def test_complete_words_rank_above_partial_ones() -> None:
    index = GuestIndex(
        [
            GuestEntry("jeanne", "Jeanne", "Mas"),  # shorter, so first if ranked alike
            GuestEntry("jean", "Jean", "Martinez-Lopez"),
        ]
    )
    assert ids(index.search("jean ma")) == ["jean", "jeanne"]
    assert ids(index.search("jeann ma")) == ["jeanne", "jean"]  # "jeann": a typo of "jean"


def test_ties_go_to_shorter_names_then_alphabetical_then_id() -> None:
    index = GuestIndex(
        [
            GuestEntry("4", "Martine", "Durand"),
            GuestEntry("3", "Marc", "Durand"),
            GuestEntry("2", "Marc", "Dubois"),
            GuestEntry("1", "Marc", "Dubois"),
        ]
    )
    # Same first name and initial: the namesakes come after the other names.
    assert ids(index.search("mar du")) == ["1", "4", "2", "3"]


def test_namesakes_do_not_hide_other_names() -> None:
    maries = [GuestEntry(f"marie-{i}", "Marie", f"Dubois{i}") for i in range(8)]
    index = GuestIndex([*maries, GuestEntry("margaux", "Margaux", "Dubreuil")])
    found = ids(index.search("mar dub"))
    assert len(found) == 5
    assert "margaux" in found
    assert found[0] == "marie-0"


def test_limit(index: GuestIndex) -> None:
    assert len(index.search("ma", limit=1)) == 1
    assert index.search("ma", limit=0) == []
    assert set(ids(index.search("ma", limit=50))) == {"marie", "paul-martin", "martin-paul"}


def test_a_ticket_code_typed_comes_first(index: GuestIndex) -> None:
    assert ids(index.search(" AB-042 ")) == ["marie"]


@pytest.mark.parametrize(
    ("code", "guest"),
    [
        ("T-001", "helene"),
        ("t-001", "helene"),
        ("  T-002\n", "jb"),
        ("AB-042", "marie"),
        ("T-00", None),
        ("T-0011", None),
        ("T 001", None),
        ("", None),
    ],
)
def test_by_ticket_is_exact_trimmed_and_case_insensitive(
    index: GuestIndex, code: str, guest: str | None
) -> None:
    assert index.by_ticket(code) == guest


def test_a_ticket_held_by_two_guests_checks_in_nobody() -> None:
    index = GuestIndex([GuestEntry("a", "Ann", "Lee", ticket_code="X1")])
    index.add(GuestEntry("b", "Bob", "Lee", ticket_code="x1 "))
    assert index.by_ticket("X1") is None
    index.remove("b")
    assert index.by_ticket("X1") == "a"


def test_update_is_visible_at_once(index: GuestIndex) -> None:
    index.update(GuestEntry("marie", "Marie", "Durand", "marie@example.com", "AB-043"))
    assert "marie" not in ids(index.search("marie dupont"))
    assert ids(index.search("marie durand")) == ["marie"]
    assert index.by_ticket("AB-042") is None
    assert index.by_ticket("AB-043") == "marie"
    assert index.search("marie durand")[0].hint == f"m{MASK}@e{MASK}.com"
    assert len(index) == len(GUESTS)


def test_remove_is_visible_at_once(index: GuestIndex) -> None:
    index.remove("jb")
    assert index.search("jean baptiste") == []
    assert index.search("fontaine") == []
    assert index.by_ticket("T-002") is None
    assert "jb" not in index
    assert len(index) == len(GUESTS) - 1


def test_add_is_visible_at_once(index: GuestIndex) -> None:
    index.add(GuestEntry("new", "Zoé", "Quentin", ticket_code="W-1"))
    assert ids(index.search("zoe q")) == ["new"]
    assert index.by_ticket("w-1") == "new"
    assert "new" in index


def test_changes_to_unknown_or_duplicate_ids_are_refused(index: GuestIndex) -> None:
    with pytest.raises(ValueError, match="marie"):
        index.add(GuestEntry("marie", "Marie", "Twice"))
    with pytest.raises(KeyError):
        index.update(GuestEntry("nobody", "No", "Body"))
    with pytest.raises(KeyError):
        index.remove("nobody")
    assert len(index) == len(GUESTS)


def test_a_hit_shows_first_name_last_initial_and_masked_email(index: GuestIndex) -> None:
    assert index.search("marie dupont") == [SearchHit("marie", "Marie", "D", f"m{MASK}@e{MASK}.fr")]
    assert index.search("jean baptiste")[0].last_initial == "D"
    assert index.search("王")[0] == SearchHit("fang", "芳", "王", "")


def test_a_hit_carries_no_other_personal_data() -> None:
    assert [f.name for f in dataclasses.fields(SearchHit)] == [
        "guest_id",
        "first_name",
        "last_initial",
        "hint",
    ]


def test_the_email_stays_out_of_logs() -> None:
    assert "marie.dupont" not in repr(GUESTS[6])


@pytest.mark.parametrize(
    ("email", "hint"),
    [
        ("marie.dupont@example.fr", f"m{MASK}@e{MASK}.fr"),
        ("  Marie.Dupont@Example.FR ", f"m{MASK}@e{MASK}.fr"),
        ("m@x.io", f"m{MASK}@x{MASK}.io"),
        ("jo@mail.example.co.uk", f"j{MASK}@m{MASK}.uk"),
        ('"odd@local"@example.org', f'"{MASK}@e{MASK}.org'),
        ("", ""),
        ("not an email", ""),
        ("nobody@localhost", ""),
        ("@example.fr", ""),
        ("someone@.fr", ""),
        ("someone@example.", ""),
    ],
)
def test_masked_email(email: str, hint: str) -> None:
    assert masked_email(email) == hint


@pytest.mark.parametrize(
    ("last_name", "initial"),
    [
        ("Dupont", "D"),
        ("de la Fontaine", "D"),
        ("'t Hooft", "T"),
        ("王", "王"),
        ("", ""),
        ("-", ""),
    ],
)
def test_last_initial(last_name: str, initial: str) -> None:
    assert last_initial(last_name) == initial


def test_a_guest_with_no_last_name_is_found_by_first_name() -> None:
    index = GuestIndex([GuestEntry("walk-in", "Zoé")])
    assert index.search("zoe") == [SearchHit("walk-in", "Zoé", "", "")]
