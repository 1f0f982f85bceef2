"""The organiser edits the vocabulary while a guest is choosing tags: the guest's choice stays."""

from __future__ import annotations

from dataclasses import replace

from journey_support import Kiosk

from kiosk.app.checkinviews import split_tags
from kiosk.core.guest import TagKind
from kiosk.core.tags import Approval, Labels, Tag, Vocabulary
from kiosk.core.vocabularyedit import merged_synonyms
from kiosk.services.vocabulary import VocabularyService


def test_a_tag_merged_while_the_guest_chooses_is_kept_as_the_tag_it_went_into(
    kiosk: Kiosk,
) -> None:
    w, guest = kiosk.window, kiosk.guest("ICE-0044")  # Samuel: imported with 2 skills
    room = kiosk.controller.services.room
    kiosk.start()
    kiosk.find_and_pick(guest)
    kiosk.wait_for(w.tags)
    new = [k for k in w.tags.board.visible_keys() if k not in guest.skills]
    # A key that is no label's fold ("generative-ai" is "IA générative"): found by the key.
    merged = next(k for k in new if room.vocabulary.find(k) is None)
    other = next(k for k in new if k != merged)
    into = next(
        t.key for t in room.vocabulary if t.key not in {merged, other, *guest.tags(TagKind.SKILL)}
    )
    kiosk.tap_chip(merged)
    kiosk.tap_chip(other)
    assert w.tags.selection(TagKind.SKILL) == (*guest.skills, merged, other)

    organiser = VocabularyService(kiosk.database, station="organiser")
    assert organiser.merge(guest.event_id, merged, into).ok
    kiosk.qtbot.waitUntil(lambda: room.vocabulary.get(merged) is None, timeout=5000)
    assert w.tags.selection(TagKind.SKILL) == (*guest.skills, merged, other)  # unchanged
    kiosk.tap_button(w.tags, "continue")
    kiosk.wait_for(w.details)

    with kiosk.database.reader() as uow:
        stored = uow.guests.get(guest.id)
    assert stored is not None
    assert stored.skills == (*guest.skills, into, other)
    assert stored.interests == guest.interests


def test_split_tags_maps_a_merged_key_to_the_tag_that_absorbed_it() -> None:
    cloud = Tag("cloud", Labels("Cloud & infrastructure", "Cloud & infrastructure"))
    hosting = Tag("hosting", Labels("Hébergement", "Hosting"))
    python = Tag("python", Labels("Python", "Python"))
    coding = Tag("coding", Labels("Programmation", "Coding"))
    vocabulary = Vocabulary(
        tags=[
            Tag("cloud-2", Labels("Cloud", "Cloud")),  # its label folds like the merged key
            replace(hosting, synonyms=merged_synonyms(hosting, cloud)),
            replace(coding, synonyms=merged_synonyms(coding, python)),
            Tag("jam", Labels("Jam", "Jam"), approval=Approval.PENDING),
        ]
    )
    # The recorded key wins over another tag's label; a key folding like a label is not
    # recorded again and is found by that label; a merged tag and its target chosen: once.
    assert split_tags(["cloud", "hosting", "python", "coding"], vocabulary, {}) == (
        ["hosting", "coding"],
        [],
    )
    assert split_tags(["cloud-2", "jam", "gone"], vocabulary, {"gone": "Gone"}) == (
        ["cloud-2"],
        ["Jam", "Gone"],
    )
