"""Event settings codec, the shipped demo event, and the data-folder resolver."""

from __future__ import annotations

from datetime import datetime

import pytest

from kiosk.core.demo import load_demo
from kiosk.core.event import Event, LastInitial, WallLanguage, WallOptions
from kiosk.core.eventcodec import EventFormatError, event_from_dict, event_to_dict
from kiosk.core.guest import Language
from kiosk.core.titles import TitleRules
from kiosk.resources import asset, data_root, db_file


def test_event_round_trip_with_edited_titles() -> None:
    event = Event(
        id="e1",
        name="Soirée réseau",
        starts_at=datetime(2026, 12, 3, 18, 30),
        ends_at=datetime(2026, 12, 3, 22, 0),
        languages=(Language.EN,),
        default_language=Language.EN,
        wall=WallOptions(LastInitial.ALWAYS, WallLanguage.EN, show_unapproved_text=True),
        titles=TitleRules(block=("* guru",), allow=()),
    )
    assert event_from_dict(event_to_dict(event)) == event


def test_default_titles_are_not_frozen_into_stored_settings() -> None:
    assert "titles" not in event_to_dict(Event(id="e", name="x"))


@pytest.mark.parametrize(
    ("data", "message"),
    [
        ({}, "missing field 'name'"),
        ({"name": "  "}, "'name' is empty"),
        ({"name": "x", "wall": []}, "'wall' must be an object"),
        ({"name": "x", "starts_at": "tomorrow"}, "Invalid isoformat"),
        ({"name": "x", "languages": ["de"]}, "'de' is not a valid Language"),
    ],
)
def test_bad_settings_name_the_field(data: dict[str, object], message: str) -> None:
    with pytest.raises(EventFormatError, match=message):
        event_from_dict(data)


def test_demo_event_is_complete_and_consistent() -> None:
    demo = load_demo(db_file("demo"))
    assert demo.event.name
    assert 180 <= len(demo.guests) <= 250
    assert 100 <= len(demo.vocabulary) <= 140
    tickets = [g.ticket for g in demo.guests]
    assert len(set(tickets)) == len(tickets)
    for guest in demo.guests:
        assert guest.first_name
        for key in guest.skills + guest.interests:
            assert key in demo.vocabulary, (guest.ticket, key)
        assert 1 <= len(guest.skills) <= 5
        assert 1 <= len(guest.interests) <= 5
    for tag in demo.vocabulary:
        assert tag.label.fr
        assert tag.label.en
        assert TitleRules().matched_title(tag.label.fr) is None, tag.label.fr
        assert TitleRules().matched_title(tag.label.en) is None, tag.label.en
    # A realistic skew: a few popular tags, most rare.
    weights = sorted(demo.popularity.values(), reverse=True)
    assert weights[0] > 10 * weights[len(weights) // 2]


def test_demo_guest_ids_are_stable() -> None:
    first = load_demo(db_file("demo")).guests[0].id
    assert load_demo(db_file("demo")).guests[0].id == first


def test_vocabulary_finds_tags_by_any_label_or_synonym() -> None:
    vocabulary = load_demo(db_file("demo")).vocabulary
    tag = vocabulary.get("fundraising")
    assert tag is not None
    assert vocabulary.find("LEVÉE DE FONDS") == tag
    assert vocabulary.find("fundraising") == tag


def test_resolver_finds_data_folders() -> None:
    assert (data_root() / "kiosk").is_dir()
    assert db_file("demo", "event.json").is_file()
    assert asset().is_dir()
