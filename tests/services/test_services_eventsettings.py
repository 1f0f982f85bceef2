"""Event settings and several events: checked, saved once, logged, created and activated."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime, timedelta

import pytest

from kiosk.core.changes import ChangeKind
from kiosk.core.event import Event, WalkInFields
from kiosk.core.eventcheck import SettingsProblem, check_settings
from kiosk.core.eventcodec import event_from_dict, event_to_dict
from kiosk.core.tags import Approval, Labels, Tag
from kiosk.services.events import activate_event, create_event, list_events
from kiosk.services.eventsettings import InvalidSettingsError, load_event, save_event_settings
from kiosk.services.importer import UnknownEventError
from kiosk.storage import Database

EVENT_ID = "evt-1"  # tests/services/conftest.py
START = datetime(2026, 5, 4, 18, 30)


def test_problems_are_listed_in_form_order() -> None:
    event = Event(
        id="x",
        name="  ",
        starts_at=START,
        ends_at=START - timedelta(hours=1),
        languages=(),
        idle_timeout_s=5,
        purge_after_days=0,
    )
    assert check_settings(event) == [
        SettingsProblem.NAME_EMPTY,
        SettingsProblem.END_BEFORE_START,
        SettingsProblem.NO_LANGUAGE,
        SettingsProblem.IDLE_TIMEOUT_OUT_OF_RANGE,
        SettingsProblem.PURGE_DAYS_OUT_OF_RANGE,
    ]
    fine = Event(id="x", name="Soirée", starts_at=START, idle_timeout_s=20)
    assert check_settings(fine) == []
    assert check_settings(replace(fine, idle_timeout_s=601)) == [
        SettingsProblem.IDLE_TIMEOUT_OUT_OF_RANGE
    ]


def test_walk_in_fields_round_trip_and_default_for_old_documents() -> None:
    event = Event(id="e", name="N", walk_in=WalkInFields(last_name_required=True))
    assert event_from_dict(event_to_dict(event), event_id="e").walk_in == event.walk_in
    old = event_to_dict(Event(id="e", name="N"))
    del old["walk_in"]
    assert event_from_dict(old, event_id="e").walk_in == WalkInFields()


def test_save_stores_and_logs_once(database: Database) -> None:
    event = load_event(database, EVENT_ID)
    edited = replace(
        event,
        name="Nouvelle soirée",
        idle_timeout_s=90,
        walk_in=WalkInFields(organisation_required=True),
    )
    saved = save_event_settings(database, edited, station="desk", op_id="op-1")
    assert saved.event == edited
    assert [c.kind for c in saved.changes] == [ChangeKind.EVENT_UPDATED]
    assert load_event(database, EVENT_ID) == edited
    again = save_event_settings(database, edited, station="desk", op_id="op-2")
    assert not again.changes  # nothing changed: nothing logged


def test_a_form_only_writes_what_it_changed(database: Database) -> None:
    """The form was opened, then the title rules were saved elsewhere: both changes stay."""
    loaded = load_event(database, EVENT_ID)
    elsewhere = replace(loaded, titles=replace(loaded.titles, block=("grand manitou",)))
    save_event_settings(database, elsewhere, station="vocabulary-page")
    edited = replace(loaded, name="Nouvelle soirée")
    saved = save_event_settings(database, edited, station="desk", based_on=loaded)
    assert saved.event.name == "Nouvelle soirée"
    assert saved.event.titles.block == ("grand manitou",)
    assert load_event(database, EVENT_ID) == saved.event


def test_refused_settings_store_nothing(database: Database) -> None:
    event = load_event(database, EVENT_ID)
    with pytest.raises(InvalidSettingsError) as refused:
        save_event_settings(database, replace(event, name=""), station="desk")
    assert refused.value.problems == [SettingsProblem.NAME_EMPTY]
    assert load_event(database, EVENT_ID) == event
    with pytest.raises(UnknownEventError):
        save_event_settings(database, replace(event, id="nope"), station="desk")


def test_create_copies_reviewed_vocabulary_and_is_idempotent(database: Database) -> None:
    with database.unit_of_work() as uow:
        uow.tags.add(EVENT_ID, Tag("typed", Labels("tapé", "typed"), approval=Approval.PENDING))
        uow.commit()
    created = create_event(
        database,
        name="  Lyon 2027 ",
        starts_at=START,
        ends_at=START + timedelta(hours=3),
        copy_vocabulary=True,
        station="desk",
        op_id="op-new",
    )
    assert created.event.name == "Lyon 2027"
    assert created.tags_copied == 6  # the conftest's six tags, not the pending one
    retry = create_event(
        database,
        name="Lyon 2027",
        starts_at=START,
        ends_at=START + timedelta(hours=3),
        copy_vocabulary=True,
        station="desk",
        op_id="op-new",
    )
    assert retry.event.id == created.event.id
    assert not retry.changes
    with database.reader() as uow:
        keys = {tag.key for tag in uow.tags.vocabulary(created.event.id)}
    assert "typed" not in keys
    assert "python" in keys
    rows = {row.id: row for row in list_events(database)}
    assert len(rows) == 2
    assert rows[EVENT_ID].active
    assert not rows[created.event.id].active
    assert rows[EVENT_ID].guests == 4
    assert rows[created.event.id].guests == 0


def test_create_empty_and_refused(database: Database) -> None:
    empty = create_event(
        database,
        name="Vide",
        starts_at=START,
        ends_at=None,
        copy_vocabulary=False,
        station="desk",
        op_id="op-empty",
    )
    assert empty.tags_copied == 0
    with pytest.raises(InvalidSettingsError):
        create_event(
            database,
            name="",
            starts_at=START,
            ends_at=START,
            copy_vocabulary=False,
            station="desk",
            op_id="op-bad",
        )


def test_activate_switches_the_active_event(database: Database) -> None:
    other = create_event(
        database,
        name="Autre",
        starts_at=START,
        ends_at=None,
        copy_vocabulary=False,
        station="desk",
        op_id="op-other",
    ).event
    changes = activate_event(database, other.id, station="desk")
    assert [c.kind for c in changes] == [ChangeKind.EVENT_ACTIVATED]
    assert [row.id for row in list_events(database) if row.active] == [other.id]
    assert not activate_event(database, other.id, station="desk")  # already active
    with pytest.raises(UnknownEventError):
        activate_event(database, "nope", station="desk")
