"""The organiser's vocabulary: edits, merges followed by the room, title rules, JSON files."""

from __future__ import annotations

import json

import pytest

from kiosk.core.changes import ChangeKind
from kiosk.core.event import Event
from kiosk.core.guest import TagKind
from kiosk.core.refusal import RefusalCode, check_tag_label
from kiosk.core.tags import Approval
from kiosk.core.titles import TitleRules
from kiosk.core.titletest import PatternProblem, explain_phrase
from kiosk.core.vocabularyedit import EditProblem
from kiosk.core.vocabularyfile import FileProblemCode, read_vocabulary
from kiosk.services.checkin import CheckInService
from kiosk.services.guests import GuestService
from kiosk.services.room import RoomService
from kiosk.services.search import SearchService
from kiosk.services.vocabulary import VocabularyService
from kiosk.services.vocabularyio import (
    ImportMode,
    VocabularyFiles,
    starter_text,
    starters,
)
from kiosk.storage import Database

EVT = "evt-1"
HELENE, MARC, ZOE, ANA = (f"guest-{n}" for n in range(4))


@pytest.fixture
def vocab(database: Database) -> VocabularyService:
    return VocabularyService(database, station="organiser")


@pytest.fixture
def files(database: Database) -> VocabularyFiles:
    return VocabularyFiles(database, station="organiser")


def _tags(guests: GuestService, guest_id: str, skills: list[str], interests: list[str]) -> None:
    assert guests.set_tags(guest_id, TagKind.SKILL, skills).ok
    assert guests.set_tags(guest_id, TagKind.INTEREST, interests).ok


def _catch_up(database: Database, *followers: RoomService | SearchService) -> None:
    with database.reader() as uow:
        entries = uow.log.after(0)
    for follower in followers:
        follower.apply(entries)


def test_overview_counts_guests_per_tag_and_kind(
    vocab: VocabularyService, guests: GuestService
) -> None:
    _tags(guests, HELENE, ["python", "rust"], ["jazz"])
    _tags(guests, MARC, ["python"], ["python", "wine"])
    overview = vocab.overview(EVT)
    assert [c.key for c in overview.categories] == ["tech"]
    python = overview.usage("python")
    assert python is not None
    assert (python.skills, python.interests, python.guests) == (2, 1, 2)  # Marc counts once
    go = overview.usage("go")
    assert go is not None
    assert go.guests == 0


def test_add_tag_checks_labels_like_guest_text(vocab: VocabularyService) -> None:
    refused = vocab.add_tag(EVT, "Directrice marketing", "Marketing director")
    assert refused.refusal is not None
    assert refused.refusal.problem is EditProblem.LABEL
    assert refused.refusal.refusal is not None
    assert refused.refusal.refusal.code is RefusalCode.JOB_TITLE
    assert refused.refusal.language == "fr"
    offensive = vocab.add_tag(EVT, "Jazz", "Fucking jazz")
    assert offensive.refusal is not None
    assert offensive.refusal.problem is EditProblem.LABEL
    assert offensive.refusal.language == "en"
    too_long = vocab.add_tag(EVT, "x" * 41, "")
    assert too_long.refusal is not None
    assert too_long.refusal.refusal is not None
    assert too_long.refusal.refusal.code is RefusalCode.TOO_LONG
    duplicate = vocab.add_tag(EVT, "Py", "Py")  # a synonym of Python
    assert duplicate.refusal is not None
    assert (duplicate.refusal.problem, duplicate.refusal.detail) == (
        EditProblem.DUPLICATE,
        "python",
    )
    unknown = vocab.add_tag(EVT, "Kotlin", "Kotlin", "nowhere")
    assert unknown.refusal is not None
    assert unknown.refusal.problem is EditProblem.UNKNOWN_CATEGORY
    assert len(vocab.overview(EVT).tags) == 6  # nothing of the refusals was stored

    added = vocab.add_tag(EVT, "Lead generation", "", "tech")  # an allowed exception
    assert added.ok
    assert added.key == "lead-generation"
    assert [c.kind for c in added.changes] == [ChangeKind.TAG_CREATED]
    usage = vocab.overview(EVT).usage("lead-generation")
    assert usage is not None
    assert usage.tag.label.en == "Lead generation"  # an empty label takes the other one
    assert usage.tag.approval is Approval.VOCABULARY
    # C and C++ share a slug: the second gets its own key.
    assert vocab.add_tag(EVT, "C", "C").key == "c"
    assert vocab.add_tag(EVT, "C++", "C++").key == "c-2"


def test_add_is_idempotent_on_its_operation(vocab: VocabularyService) -> None:
    first = vocab.add_tag(EVT, "Kotlin", "Kotlin", op_id="op-kotlin")
    again = vocab.add_tag(EVT, "Kotlin", "Kotlin", op_id="op-kotlin")
    assert again.ok
    assert again.key == first.key == "kotlin"
    assert [c.id for c in again.changes] == [c.id for c in first.changes]
    assert len(vocab.overview(EVT).tags) == 7


def test_rename_keeps_the_key_and_the_guests(
    vocab: VocabularyService, guests: GuestService, database: Database
) -> None:
    _tags(guests, HELENE, ["wine"], ["jazz"])
    room = RoomService(database, EVT)
    result = vocab.rename_tag(EVT, "wine", "Œnologie", "Wine tasting")
    assert result.ok
    assert [(c.kind, c.entity_id, c.payload["fields"]) for c in result.changes] == [
        (ChangeKind.TAG_UPDATED, "wine", ("label",))
    ]
    room.apply(result.changes)
    wine = room.vocabulary.get("wine")
    assert wine is not None
    assert wine.label.fr == "Œnologie"
    helene = guests.get(HELENE)
    assert helene is not None
    assert helene.skills == ("wine",)
    refused = vocab.rename_tag(EVT, "wine", "Sommelier senior", "Wine")
    assert refused.refusal is not None
    assert refused.refusal.refusal is not None
    assert refused.refusal.refusal.code is RefusalCode.JOB_TITLE
    clash = vocab.rename_tag(EVT, "wine", "Jazz", "Jazz")
    assert clash.refusal is not None
    assert clash.refusal.problem is EditProblem.DUPLICATE
    same = vocab.rename_tag(EVT, "wine", "Œnologie", "Wine tasting")
    assert same.ok
    assert not same.changes  # nothing changed, nothing logged


def test_move_category_and_add_category(vocab: VocabularyService) -> None:
    made = vocab.add_category(EVT, "Loisirs", "Hobbies")
    assert made.key == "hobbies"
    assert [c.kind for c in made.changes] == [ChangeKind.VOCABULARY_REPLACED]
    assert vocab.add_category(EVT, "loisirs", "Spare time").refusal is not None
    assert vocab.move_tag(EVT, "jazz", "hobbies").ok
    assert vocab.move_tag(EVT, "jazz", "nowhere").refusal is not None
    jazz = vocab.overview(EVT).usage("jazz")
    assert jazz is not None
    assert jazz.tag.category == "hobbies"
    assert vocab.rename_category(EVT, "hobbies", "Temps libre", "Spare time").ok
    assert [c.label.en for c in vocab.overview(EVT).categories] == ["Tech", "Spare time"]


def test_hidden_and_sensitive_tags_leave_the_wall_of_a_running_room(
    vocab: VocabularyService,
    guests: GuestService,
    checkins: CheckInService,
    database: Database,
) -> None:
    _tags(guests, HELENE, ["jazz"], ["wine"])
    room = RoomService(database, EVT)
    assert room.engine.policy.on_wall("jazz")
    hidden = vocab.set_hidden(EVT, "jazz", True)
    assert [c.payload.get("approval") for c in hidden.changes] == ["hidden"]
    sensitive = vocab.set_sensitive(EVT, "wine", True)
    assert [c.payload.get("sensitive") for c in sensitive.changes] == [True]
    room.apply(hidden.changes + sensitive.changes)
    assert not room.engine.policy.on_wall("jazz")
    assert not room.engine.policy.on_wall("wine")
    helene = guests.get(HELENE)
    assert helene is not None
    assert helene.skills == ("jazz",)  # guests keep what they chose
    shown = vocab.set_hidden(EVT, "jazz", False)
    room.apply(shown.changes)
    assert room.engine.policy.on_wall("jazz")
    jazz = room.vocabulary.get("jazz")
    assert jazz is not None
    assert jazz.approval is Approval.VOCABULARY


def test_merge_moves_every_guest_within_the_limit_and_rooms_follow(
    vocab: VocabularyService,
    guests: GuestService,
    checkins: CheckInService,
    database: Database,
) -> None:
    _tags(guests, HELENE, ["rust", "go"], ["jazz"])
    _tags(guests, MARC, ["go", "python", "rust", "wine", "fundraising"], ["rust"])
    _tags(guests, ZOE, ["jazz"], ["go"])
    for guest_id in (HELENE, MARC, ZOE):
        checkins.check_in(guest_id, f"ci-{guest_id}")
    room = RoomService(database, EVT)  # built before the merge, as on a running station
    search = SearchService(database, EVT)
    before = room.engine.profile(MARC)
    assert "rust" in before.skills

    result = vocab.merge(EVT, "rust", "go", op_id="merge-1")
    assert result.ok
    assert result.guests == 2
    assert {c.op_id for c in result.changes} == {"merge-1"}
    kinds = [(c.kind, c.entity_id) for c in result.changes]
    assert kinds[0] == (ChangeKind.TAG_UPDATED, "go")
    assert kinds[-1] == (ChangeKind.TAG_DELETED, "rust")
    assert sorted(k for k in kinds if k[0] is ChangeKind.GUEST_TAGS_SET) == [
        (ChangeKind.GUEST_TAGS_SET, HELENE),
        (ChangeKind.GUEST_TAGS_SET, MARC),
        (ChangeKind.GUEST_TAGS_SET, MARC),
    ]
    helene, marc, zoe = (guests.get(g) for g in (HELENE, MARC, ZOE))
    assert helene is not None
    assert marc is not None
    assert zoe is not None
    assert helene.skills == ("go",)  # rust and go were both there: one is left
    assert marc.skills == ("go", "python", "wine", "fundraising")
    assert marc.interests == ("go",)
    assert zoe.interests == ("go",)  # untouched
    # The retry of the same operation changes nothing more.
    again = vocab.merge(EVT, "rust", "go", op_id="merge-1")
    assert [c.id for c in again.changes] == [c.id for c in result.changes]

    _catch_up(database, room, search)
    assert room.vocabulary.get("rust") is None
    go = room.vocabulary.find("Rust")  # the old label is now a synonym
    assert go is not None
    assert go.key == "go"
    assert room.engine.profile(MARC).skills == frozenset({"go", "python", "wine", "fundraising"})
    assert room.engine.profile(HELENE).skills == frozenset({"go"})
    assert all("rust" not in (p.reason.tag,) for p in room.board())
    assert [h.guest_id for h in search.search("Marc")][:1] == [MARC]
    overview = vocab.overview(EVT)
    assert overview.usage("rust") is None
    go_usage = overview.usage("go")
    assert go_usage is not None
    assert (go_usage.skills, go_usage.interests) == (2, 2)


def test_merge_refusals_and_sensitivity(vocab: VocabularyService, guests: GuestService) -> None:
    same = vocab.merge(EVT, "go", "go")
    assert same.refusal is not None
    assert same.refusal.problem is EditProblem.SAME_TAG
    missing = vocab.merge(EVT, "cobol", "go")
    assert missing.refusal is not None
    assert (missing.refusal.problem, missing.refusal.detail) == (EditProblem.UNKNOWN_TAG, "cobol")
    vocab.set_sensitive(EVT, "wine", True)
    _tags(guests, ANA, ["wine"], ["jazz"])
    assert vocab.merge(EVT, "wine", "jazz").ok
    jazz = vocab.overview(EVT).usage("jazz")
    assert jazz is not None
    assert jazz.tag.sensitive  # who chose a sensitive tag stays off the wall with it
    assert set(jazz.tag.synonyms) >= {"Vin", "Wine"}
    ana = guests.get(ANA)
    assert ana is not None
    assert (ana.skills, ana.interests) == (("jazz",), ("jazz",))


def test_title_rules_edit_and_try_a_phrase(
    vocab: VocabularyService, guests: GuestService, event: Event
) -> None:
    rules = vocab.title_rules(EVT)
    verdict = explain_phrase(rules, "Head of growth")
    assert verdict.refusal is not None
    assert verdict.block == "head of *"
    passed = explain_phrase(rules, "Lead generation")
    assert passed.refusal is None
    assert (passed.block, passed.allow) == ("lead *", "lead generation")
    assert explain_phrase(rules, "Jazz").block is None

    bad = vocab.set_title_rules(EVT, [*rules.block, "*"], rules.allow)
    assert bad.refusal is not None
    assert bad.refusal.pattern == PatternProblem.ONLY_WILDCARDS
    twice = vocab.set_title_rules(EVT, ["* guru", "* Guru"], [])
    assert twice.refusal is not None
    assert twice.refusal.pattern == PatternProblem.DUPLICATE

    saved = vocab.set_title_rules(EVT, [*rules.block, "*  guru"], rules.allow)
    assert saved.event is not None
    assert saved.event.titles.block[-1] == "* guru"
    assert [c.kind for c in saved.changes] == [ChangeKind.EVENT_UPDATED]
    refused = guests.set_tags(HELENE, TagKind.SKILL, [], ["Marketing guru"])
    assert refused.refusal is not None
    assert refused.refusal.code is RefusalCode.JOB_TITLE
    unchanged = vocab.set_title_rules(EVT, saved.event.titles.block, saved.event.titles.allow)
    assert not unchanged.changes


def test_json_round_trip(vocab: VocabularyService, files: VocabularyFiles) -> None:
    vocab.set_hidden(EVT, "wine", True)
    vocab.set_sensitive(EVT, "jazz", True)
    text = files.export_json(EVT)
    data = json.loads(text)
    assert set(data) == {"categories", "tags"}
    parsed = files.read(EVT, text.encode("utf-8"))
    assert parsed.problems == ()
    stored = {u.tag.key: u.tag for u in vocab.overview(EVT).tags}
    assert {t.key: t for t in parsed.tags} == stored
    result = files.import_file(EVT, parsed, ImportMode.REPLACE)
    assert (result.added, result.updated, result.removed) == (0, 6, 0)
    assert {u.tag.key: u.tag for u in vocab.overview(EVT).tags} == stored


def test_import_reports_problems_by_line_and_keeps_tags_in_use(
    vocab: VocabularyService, files: VocabularyFiles, guests: GuestService
) -> None:
    _tags(guests, HELENE, ["go"], ["jazz"])
    text = """{
  "categories": [{"key": "music", "label": {"fr": "Musique", "en": "Music"}}],
  "tags": [
    {"key": "blues", "category": "music", "label": {"fr": "Blues", "en": "Blues"}},
    {"key": "Bad Key", "label": {"fr": "Soul", "en": "Soul"}},
    {"label": {"fr": "Directeur artistique", "en": "Art director"}},
    {"key": "funk", "category": "nowhere", "label": {"fr": "Funk", "en": "Funk"}},
    {"key": "rap", "label": {"fr": "Rap"}},
    {"key": "opera", "label": {"fr": "Opéra", "en": "Opera"}, "sensitive": "no"},
    {"key": "blues", "label": {"fr": "Blues 2", "en": "Blues 2"}},
    {"key": "reggae", "label": {"fr": "Reggae", "en": "Reggae"}, "synonyms": ["CEO"]}
  ]
}"""
    parsed = files.read(EVT, text.encode("utf-8"))
    found = [(p.code, p.entry, p.line) for p in parsed.problems]
    assert found == [
        (FileProblemCode.BAD_KEY, 2, 5),
        (FileProblemCode.BAD_LABEL, 3, 6),
        (FileProblemCode.UNKNOWN_CATEGORY, 4, 7),
        (FileProblemCode.MISSING_LABEL, 5, 8),
        (FileProblemCode.BAD_FIELD, 6, 9),
        (FileProblemCode.DUPLICATE_KEY, 7, 10),
        (FileProblemCode.BAD_SYNONYM, 8, 11),
    ]
    assert [t.key for t in parsed.tags] == ["blues", "reggae"]
    assert parsed.tags[1].synonyms == ()

    result = files.import_file(EVT, parsed, ImportMode.REPLACE)
    assert (result.added, result.kept, result.removed) == (2, 2, 4)
    keys = [u.tag.key for u in vocab.overview(EVT).tags]
    assert keys == ["blues", "reggae", "jazz", "go"]  # go and jazz are held by Hélène
    assert {c.key for c in vocab.overview(EVT).categories} == {"music"}

    syntax = files.read(EVT, b'{"tags": [\n  {"key": "x",\n}')
    assert [(p.code, p.line) for p in syntax.problems] == [(FileProblemCode.SYNTAX, 3)]
    assert files.read(EVT, b"\xff\xfe\x00").problems[0].code is FileProblemCode.SYNTAX
    deep = files.read(EVT, b"[" * 100_000)  # nested past Python's recursion limit
    assert deep.problems[0].code is FileProblemCode.SYNTAX


def test_import_merge_adds_and_updates(vocab: VocabularyService, files: VocabularyFiles) -> None:
    text = json.dumps(
        {
            "categories": [{"key": "tech", "label": {"fr": "Technique", "en": "Tech"}}],
            "tags": [
                {"key": "go", "category": "tech", "label": {"fr": "Go", "en": "Golang"}},
                {"key": "kotlin", "category": "tech", "label": {"fr": "Kotlin", "en": "Kotlin"}},
                {"key": "python-3", "label": {"fr": "Python", "en": "Python"}},
            ],
        }
    )
    parsed = files.read(EVT, text.encode("utf-8"))
    result = files.import_file(EVT, parsed, ImportMode.MERGE, op_id="imp-1")
    assert (result.added, result.updated) == (1, 1)
    assert [(p.code, p.entry, p.detail) for p in result.problems] == [
        (FileProblemCode.DUPLICATE_LABEL, 3, "python")
    ]
    overview = vocab.overview(EVT)
    assert len(overview.tags) == 7
    go = overview.usage("go")
    assert go is not None
    assert (go.tag.label.en, go.tag.category) == ("Golang", "tech")
    assert overview.categories[0].label.fr == "Technique"
    again = files.import_file(EVT, parsed, ImportMode.MERGE, op_id="imp-1")
    assert not again.changes
    assert len(vocab.overview(EVT).tags) == 7


@pytest.mark.parametrize("starter", starters(), ids=lambda s: s.name)
def test_starter_vocabularies_are_valid(starter: object) -> None:
    name = getattr(starter, "name")  # noqa: B009
    data = json.loads(starter_text(name))
    parsed = read_vocabulary(starter_text(name), TitleRules())
    assert parsed.problems == ()
    assert len(parsed.tags) == len(data["tags"])
    assert 60 <= len(parsed.tags) <= 120
    assert parsed.name is not None
    keys = [t.key for t in parsed.tags]
    assert len(set(keys)) == len(keys)
    for tag in parsed.tags:
        for text in (*tag.names(),):
            assert check_tag_label(text, TitleRules()) is None, text
        assert tag.label.fr
        assert tag.label.en
        assert tag.category
    assert {t.category for t in parsed.tags} == {c.key for c in parsed.categories}
    # French really is French: most labels differ between the languages.
    assert sum(t.label.fr != t.label.en for t in parsed.tags) > len(parsed.tags) // 2


def test_there_are_starters_and_an_empty_event_starts_from_one(
    database: Database, files: VocabularyFiles, vocab: VocabularyService
) -> None:
    assert len(starters()) >= 2
    with database.unit_of_work() as uow:
        uow.events.create(Event(id="evt-2", name="Empty"), active=False)
        uow.commit()
    assert vocab.overview("evt-2").tags == ()
    result = files.import_starter("evt-2", "business-tech", ImportMode.REPLACE)
    assert result.added == len(vocab.overview("evt-2").tags) >= 60
    assert [c.kind for c in result.changes] == [ChangeKind.VOCABULARY_REPLACED]
    with pytest.raises(LookupError):
        starter_text("../db/demo/vocabulary")


def test_merging_a_guest_typed_tag_takes_its_key_out_of_the_log(
    vocab: VocabularyService, guests: GuestService, database: Database
) -> None:
    typed = guests.set_tags(HELENE, TagKind.SKILL, ["go"], ["Origami géant"])
    assert typed.ok
    assert [t.key for t in typed.created_tags] == ["origami-geant"]
    result = vocab.merge(EVT, "origami-geant", "jazz")
    assert result.ok
    helene = guests.get(HELENE)
    assert helene is not None
    assert helene.skills == ("go", "jazz")
    with database.reader() as uow:
        entries = uow.log.after(0)
    assert all(c.entity_id != "origami-geant" for c in entries)
    assert entries[-1].kind is ChangeKind.TAG_DELETED
    jazz = vocab.overview(EVT).usage("jazz")
    assert jazz is not None
    # What a guest typed does not live on as a synonym (it would outlive their erasure).
    assert jazz.tag.synonyms == ()
