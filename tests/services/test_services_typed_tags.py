"""What a guest typed leaves with them, whatever the organiser did with it in between.

The rule is kiosk.storage.tags's docstring. Each path that once let a typed tag outlive its
author is walked here: a vocabulary import, a duplicate merge, hide/show then a merge, a copy
into a new event. A tag holds a unique generated name; after the erasure (or wipe, or purge)
the WAL is checkpointed (TRUNCATE) and its raw, casefolded, accent-stripped, folded and slug
forms are searched for in every byte of the database, -wal and -shm files.
"""

from __future__ import annotations

import json
import secrets
from datetime import timedelta
from pathlib import Path

import pytest
from sqlalchemy import insert, select

from kiosk.core.event import Event
from kiosk.core.guest import Guest, TagKind
from kiosk.core.tags import Approval, Labels, Tag
from kiosk.core.text import fold, strip_accents, tag_key
from kiosk.services.checkin import CheckInService
from kiosk.services.corrections import CorrectionsService
from kiosk.services.events import create_event
from kiosk.services.guests import GuestService
from kiosk.services.moderation import ModerationService, Outcome
from kiosk.services.retention import preview_wipe, purge_due, purge_expired, wipe_event
from kiosk.services.vocabulary import VocabularyService
from kiosk.services.vocabularyio import ImportMode, VocabularyFiles
from kiosk.storage import Database
from kiosk.storage.models import TagRow


def secret() -> str:
    """A word found nowhere else; accents and case make its forms differ."""
    return f"Éloïse{secrets.token_hex(4).upper()}"


def forms(text: str) -> set[str]:
    return {
        text,
        text.casefold(),
        strip_accents(text),
        strip_accents(text).casefold(),
        fold(text),
        tag_key(text),
    }


def leaks(db_path: Path, *texts: str) -> list[tuple[str, str]]:
    """(file, form) of each form of ``texts`` found in the database, its -wal or its -shm."""
    found = []
    for path in (db_path, Path(f"{db_path}-wal"), Path(f"{db_path}-shm")):
        data = path.read_bytes() if path.exists() else b""
        for text in texts:
            for form in forms(text):
                if any(form.encode(e) in data for e in ("utf-8", "utf-16-le")):
                    found.append((path.name, form))
    return found


def checkpointed_leaks(database: Database, db_path: Path, *texts: str) -> list[tuple[str, str]]:
    assert database.checkpoint()  # TRUNCATE: the WAL file is emptied
    return leaks(db_path, *texts)


def author(database: Database, event_id: str, key: str) -> str | None:
    with database.reader() as uow:
        return uow.session.execute(
            select(TagRow.typed_by).where(TagRow.event_id == event_id, TagRow.key == key)
        ).scalar_one()


@pytest.fixture
def door(database: Database) -> CheckInService:
    return CheckInService(database, station="door-1")


@pytest.fixture
def moderation(database: Database) -> ModerationService:
    return ModerationService(database, station="organiser")


@pytest.fixture
def vocab(database: Database) -> VocabularyService:
    return VocabularyService(database, station="organiser")


def walk_in(door: CheckInService, event: Event, first: str) -> str:
    guest_id = f"walk-{secrets.token_hex(4)}"
    walker = Guest(id=guest_id, event_id=event.id, first_name=first, last_name="Q")
    assert door.check_in_walk_in(walker, f"c-{guest_id}").ok
    return guest_id


@pytest.mark.parametrize("mode", ["merge", "replace", "adopt"])
def test_a_vocabulary_import_then_the_erasure(
    mode: str,
    database: Database,
    db_path: Path,
    event: Event,
    door: CheckInService,
    guests: GuestService,
    moderation: ModerationService,
) -> None:
    name = secret()
    label = f"Atelier {name}"
    guest_id = walk_in(door, event, name)
    assert guests.set_tags(guest_id, TagKind.SKILL, ["jazz"], typed=[label]).ok
    assert moderation.approve_tag(event.id, tag_key(label)).ok
    files = VocabularyFiles(database, station="organiser")
    tags = [{"key": "origami", "label": {"fr": "Origami", "en": "Origami"}}]
    if mode == "adopt":  # the file defines the typed key: adopted, still the guest's
        tags.append({"key": tag_key(label), "label": {"fr": "Atelier", "en": "Workshop"}})
    parsed = files.read(event.id, json.dumps({"tags": tags}).encode())
    assert parsed.problems == ()
    files.import_file(event.id, parsed, ImportMode.MERGE if mode == "merge" else ImportMode.REPLACE)
    assert author(database, event.id, tag_key(label)) == guest_id

    assert guests.erase(guest_id).erased

    assert checkpointed_leaks(database, db_path, name) == []
    with database.reader() as uow:
        assert uow.tags.get(event.id, "origami") is not None


@pytest.mark.parametrize("then", ["wipe", "erase the kept guest"])
def test_a_duplicate_merge_then_the_wipe(
    then: str,
    database: Database,
    db_path: Path,
    event: Event,
    listed: list[Guest],
    door: CheckInService,
    guests: GuestService,
    moderation: ModerationService,
) -> None:
    marc = listed[1].id
    first, kept_word, capped_word = secret(), secret(), secret()
    kept, capped = f"Club {kept_word}", f"Atelier {capped_word}"
    assert guests.set_tags(marc, TagKind.SKILL, ["python", "fundraising", "jazz", "wine", "go"]).ok
    dup = walk_in(door, event, first)
    assert guests.set_tags(dup, TagKind.SKILL, ["rust"], typed=[capped]).ok
    assert guests.set_tags(dup, TagKind.INTEREST, [], typed=[kept]).ok
    assert moderation.approve_tag(event.id, tag_key(capped)).ok  # approved: not "pending"
    corrections = CorrectionsService(database, event.id, station="organiser")

    merged = corrections.merge(marc, dup, op_id="merge-dup")

    assert merged.record is not None
    assert merged.record.guest.interests == (tag_key(kept),)
    assert tag_key(capped) not in merged.record.guest.skills  # past the five skills
    assert author(database, event.id, tag_key(kept)) == marc  # the person's words, still
    assert checkpointed_leaks(database, db_path, first, capped_word) == []  # nobody holds it
    assert leaks(db_path, kept_word)

    if then == "wipe":
        preview = preview_wipe(database, event.id)
        report = wipe_event(database, event.id, station="organiser")
        assert report.tags_deleted == preview.typed_tags == 1
    else:
        assert guests.erase(marc).erased

    assert checkpointed_leaks(database, db_path, first, kept_word, capped_word) == []


@pytest.mark.parametrize("merge", ["vocabulary page", "moderation", "no merge"])
def test_hide_and_show_then_a_merge_then_the_erasure(
    merge: str,
    database: Database,
    db_path: Path,
    event: Event,
    door: CheckInService,
    guests: GuestService,
    moderation: ModerationService,
    vocab: VocabularyService,
) -> None:
    name, word = secret(), secret()
    key = tag_key(f"Atelier {word}")
    guest_id = walk_in(door, event, name)
    assert guests.set_tags(guest_id, TagKind.SKILL, [], typed=[f"Atelier {word}"]).ok
    assert vocab.set_hidden(event.id, key, True).ok
    assert vocab.set_hidden(event.id, key, False).ok
    with database.reader() as uow:
        shown = uow.tags.get(event.id, key)
    assert shown is not None
    assert shown.approval is Approval.APPROVED  # a guest's tag shown again: approved
    assert author(database, event.id, key) == guest_id

    if merge == "vocabulary page":
        assert vocab.merge(event.id, key, "jazz").guests == 1
    elif merge == "moderation":
        assert moderation.merge_tag(event.id, key, "jazz").outcome is Outcome.DONE
    if merge != "no merge":
        stored = guests.get(guest_id)
        assert stored is not None
        assert stored.skills == ("jazz",)
        with database.reader() as uow:
            jazz = uow.tags.get(event.id, "jazz")
        assert jazz is not None
        assert jazz.synonyms == ()  # no synonym of a guest's words
        assert checkpointed_leaks(database, db_path, word) == []  # gone with the merge

    assert guests.erase(guest_id).erased

    assert checkpointed_leaks(database, db_path, name, word) == []


@pytest.mark.parametrize("then", ["wipe", "purge"])
@pytest.mark.parametrize("review", ["approved", "shown again"])
def test_a_new_event_copies_no_typed_tag_then_the_old_event_goes(
    then: str,
    review: str,
    database: Database,
    db_path: Path,
    event: Event,
    door: CheckInService,
    guests: GuestService,
    moderation: ModerationService,
    vocab: VocabularyService,
) -> None:
    name = secret()
    key = tag_key(f"Atelier {name}")
    guest_id = walk_in(door, event, name)
    assert guests.set_tags(guest_id, TagKind.SKILL, ["jazz"], typed=[f"Atelier {name}"]).ok
    if review == "approved":
        assert moderation.approve_tag(event.id, key).ok
    else:
        vocab.set_hidden(event.id, key, True)
        vocab.set_hidden(event.id, key, False)
    later = purge_due(event) + timedelta(days=10)

    created = create_event(
        database,
        name="Next",
        starts_at=later,
        ends_at=later + timedelta(hours=3),
        copy_vocabulary=True,
        station="organiser",
        op_id=secrets.token_hex(4),
    )

    assert created.tags_copied == 6  # the organiser's six, not the guest's
    with database.reader() as uow:
        assert key not in uow.tags.vocabulary(created.event.id)
    if then == "wipe":
        wipe_event(database, event.id, station="organiser")
    else:
        (report,) = purge_expired(database, purge_due(event) + timedelta(days=1))
        assert report.wipe.event_id == event.id
        assert report.wipe.tags_deleted == 1
    assert checkpointed_leaks(database, db_path, name) == []


def test_the_wipe_preview_counts_what_the_wipe_deletes(
    database: Database,
    event: Event,
    listed: list[Guest],
    guests: GuestService,
    moderation: ModerationService,
    vocab: VocabularyService,
) -> None:
    helene, marc = listed[0].id, listed[1].id
    typed = ["Pending one", "Approved one", "Hidden one", "Shown again", "Dropped"]
    assert guests.set_tags(helene, TagKind.SKILL, [], typed=typed[:4]).ok
    assert guests.set_tags(marc, TagKind.SKILL, [], typed=typed[4:]).ok
    assert guests.set_tags(marc, TagKind.SKILL, ["jazz"]).ok  # dropped, still Marc's
    moderation.approve_tag(event.id, "approved-one")
    moderation.hide_tag(event.id, "hidden-one")
    vocab.set_hidden(event.id, "shown-again", True)
    vocab.set_hidden(event.id, "shown-again", False)
    vocab.set_hidden(event.id, "wine", True)  # the organiser's: stays
    files = VocabularyFiles(database, station="organiser")
    adopting = {"tags": [{"key": "pending-one", "label": {"fr": "Adopté", "en": "Adopted"}}]}
    files.import_file(
        event.id, files.read(event.id, json.dumps(adopting).encode()), ImportMode.MERGE
    )
    with database.unit_of_work() as uow:  # stored before authors were recorded (0002)
        uow.tags.add(event.id, Tag("legacy", Labels("Legacy", "Legacy"), approval=Approval.PENDING))
        row = {"event_id": event.id, "label_fr": "x", "label_en": "x", "category": ""}
        uow.session.execute(  # an author erased by an earlier version
            insert(TagRow).values(
                **row,
                key="orphan",
                synonyms=[],
                sensitive=False,
                approval="approved",
                position=99,
                typed_by="long-gone",
            )
        )
        uow.commit()

    preview = preview_wipe(database, event.id)
    report = wipe_event(database, event.id, station="organiser")

    assert report.tags_deleted == preview.typed_tags == 7
    with database.reader() as uow:
        assert uow.tags.typed_count(event.id) == 0
        left = uow.tags.vocabulary(event.id)
        assert {t.key for t in left} == {"python", "fundraising", "jazz", "wine", "rust", "go"}
        assert not [c for c in uow.log.after(0) if c.entity_id in {"pending-one", "orphan"}]
