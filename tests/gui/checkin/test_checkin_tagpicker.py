"""Tag picker: two sections, 1 to 5 each, popular first, search, add your own, refusals."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel, QPushButton, QWidget
from pytestqt.qtbot import QtBot

from kiosk.core.guest import Language, TagKind
from kiosk.core.refusal import Refusal, RefusalCode
from kiosk.core.tags import Approval, Category, Labels, Tag, Vocabulary
from kiosk.ui.checkin.tagpicker import TagPickerScreen
from kiosk.ui.i18n import install_language

VOCABULARY = Vocabulary(
    [Category("tech", Labels("Tech", "Tech")), Category("culture", Labels("Culture", "Culture"))],
    [
        Tag("python", Labels("Python", "Python"), "tech"),
        Tag("data", Labels("Analyse de données", "Data analysis"), "tech", ("dataviz",)),
        Tag("ml", Labels("Apprentissage automatique", "Machine learning"), "tech"),
        Tag("jazz", Labels("Jazz", "Jazz"), "culture"),
        Tag("wine", Labels("Œnologie", "Wine tasting"), "culture"),
        Tag("cooking", Labels("Cuisine", "Cooking"), "culture"),
        Tag("mandarin", Labels("Mandarin", "Mandarin"), "culture"),
        Tag("secret", Labels("Secret", "Secret"), "culture", approval=Approval.PENDING),
    ],
)


@pytest.fixture
def picker(qtbot: QtBot) -> TagPickerScreen:
    screen = TagPickerScreen()
    qtbot.addWidget(screen)
    screen.set_vocabulary(VOCABULARY)
    screen.set_language(Language.EN)
    return screen


def _tap_chip(qtbot: QtBot, screen: TagPickerScreen, key: str) -> None:
    chip = screen.board.chips(key)[-1]  # the one in its category
    qtbot.mouseClick(chip, Qt.MouseButton.LeftButton)


def test_chips_in_the_guest_language_pending_hidden(picker: TagPickerScreen) -> None:
    labels = {chip.text() for chip in picker.board.chips()}
    assert {"Data analysis", "Wine tasting", "Jazz"} <= labels
    assert "Secret" not in labels  # typed by another guest, not approved yet
    picker.set_language(Language.FR)
    assert "Œnologie" in {chip.text() for chip in picker.board.chips()}


def test_popular_first(picker: TagPickerScreen) -> None:
    picker.set_popularity(["jazz", "cooking", "python"])
    assert picker.board.visible_keys()[:3] == ["jazz", "cooking", "python"]
    culture = [c.tag.key for c in picker.board.chips() if c.tag.category == "culture"]
    assert culture[-4:] == ["jazz", "cooking", "mandarin", "wine"]  # popular, then A-Z


def test_popularity_waits_while_a_guest_picks(qtbot: QtBot, picker: TagPickerScreen) -> None:
    picker.show()
    qtbot.waitExposed(picker)
    picker.set_popularity(["wine"])
    assert picker.board.visible_keys()[0] != "wine"  # no chip jumps under a finger
    picker.reset()
    assert picker.board.visible_keys()[0] == "wine"


def test_first_skill_moves_on_to_interests(qtbot: QtBot, picker: TagPickerScreen) -> None:
    """Three chips and one "continue" fill both sections; tapping a section keeps it."""
    skills, interests = picker.sections[TagKind.SKILL], picker.sections[TagKind.INTEREST]
    assert skills.property("active") is True
    _tap_chip(qtbot, picker, "python")
    assert picker.active is TagKind.INTEREST
    assert interests.property("active") is True
    for key in ("jazz", "wine"):
        _tap_chip(qtbot, picker, key)
    assert picker.selection(TagKind.SKILL) == ("python",)
    assert picker.selection(TagKind.INTEREST) == ("jazz", "wine")
    qtbot.mouseClick(skills, Qt.MouseButton.LeftButton)  # the guest chooses: it stays
    _tap_chip(qtbot, picker, "data")
    assert picker.active is TagKind.SKILL
    assert picker.selection(TagKind.SKILL) == ("python", "data")
    with qtbot.waitSignal(picker.tags_chosen) as blocker:
        qtbot.mouseClick(picker.findChild(QPushButton, "continue"), Qt.MouseButton.LeftButton)
    assert blocker.args == [("python", "data"), ("jazz", "wine")]
    picker.reset()
    _tap_chip(qtbot, picker, "ml")
    assert picker.active is TagKind.INTEREST  # the next guest is guided again


def _visible_words(section: QWidget) -> set[str]:
    return {w.text() for w in section.findChildren(QLabel) if w.isVisibleTo(section)}


def test_after_moving_on_the_skills_box_says_how_to_add_another(
    qtbot: QtBot, qapp: QApplication, picker: TagPickerScreen
) -> None:
    """The trade-off of moving on after one skill: a second one is one visible tap away."""
    more = "Tap this box to add more."
    skills, interests = picker.sections[TagKind.SKILL], picker.sections[TagKind.INTEREST]
    assert more not in _visible_words(skills)  # nothing picked yet: "tap what you know"
    _tap_chip(qtbot, picker, "python")
    assert picker.active is TagKind.INTEREST
    assert more in _visible_words(skills)
    assert more not in _visible_words(interests)  # the box being filled needs no hint
    picker.show_keyboard(True)
    assert more not in _visible_words(skills)  # the keyboard needs the room on 800 px
    picker.show_keyboard(False)
    assert more in _visible_words(skills)
    qtbot.mouseClick(skills, Qt.MouseButton.LeftButton)  # the tap the hint asks for
    assert more not in _visible_words(skills)
    _tap_chip(qtbot, picker, "data")
    assert picker.selection(TagKind.SKILL) == ("python", "data")
    install_language(qapp, Language.FR)
    picker.set_language(Language.FR)
    _tap_chip(qtbot, picker, "ml")
    qtbot.mouseClick(interests, Qt.MouseButton.LeftButton)
    assert "Touchez ce cadre pour en ajouter." in _visible_words(skills)
    for key in ("cooking", "jazz"):
        qtbot.mouseClick(skills, Qt.MouseButton.LeftButton)
        _tap_chip(qtbot, picker, key)
    qtbot.mouseClick(interests, Qt.MouseButton.LeftButton)
    assert len(picker.selection(TagKind.SKILL)) == 5
    assert not any("Touchez" in t for t in _visible_words(skills))  # full: nothing to add


def test_sections_count_and_limit(qtbot: QtBot, picker: TagPickerScreen) -> None:
    skills = picker.sections[TagKind.SKILL]
    qtbot.mouseClick(skills, Qt.MouseButton.LeftButton)  # chosen: every chip goes there
    for key in ("python", "data"):
        _tap_chip(qtbot, picker, key)
    assert skills.count.text() == "2/5"
    assert picker.selection(TagKind.SKILL) == ("python", "data")
    assert any("Python" in t for t in skills.picked_texts())
    assert all(c.isChecked() for c in picker.board.chips("python"))
    for key in ("ml", "jazz", "wine"):
        _tap_chip(qtbot, picker, key)
    _tap_chip(qtbot, picker, "cooking")  # a sixth
    assert picker.selection(TagKind.SKILL) == ("python", "data", "ml", "jazz", "wine")
    assert picker.refusal_text() == "5 at most: remove one to add another."
    _tap_chip(qtbot, picker, "python")  # tapping again removes
    assert skills.count.text() == "4/5"


def test_removing_from_a_section(qtbot: QtBot, picker: TagPickerScreen) -> None:
    _tap_chip(qtbot, picker, "jazz")
    picked = [
        b for b in picker.sections[TagKind.SKILL].findChildren(QPushButton) if b.isVisibleTo(picker)
    ]
    qtbot.mouseClick(picked[0], Qt.MouseButton.LeftButton)
    assert picker.selection(TagKind.SKILL) == ()


def test_continue_goes_to_interests_then_emits(qtbot: QtBot, picker: TagPickerScreen) -> None:
    go = picker.findChild(QPushButton, "continue")
    assert go is not None
    _tap_chip(qtbot, picker, "python")
    qtbot.mouseClick(go, Qt.MouseButton.LeftButton)
    assert picker.active is TagKind.INTEREST
    qtbot.mouseClick(go, Qt.MouseButton.LeftButton)
    assert "at least one thing you'd like to talk about" in picker.refusal_text()
    _tap_chip(qtbot, picker, "jazz")
    assert picker.sections[TagKind.INTEREST].count.text() == "1/5"
    with qtbot.waitSignal(picker.tags_chosen) as blocker:
        qtbot.mouseClick(go, Qt.MouseButton.LeftButton)
    assert blocker.args == [("python",), ("jazz",)]


def test_section_tap_switches_kind(qtbot: QtBot, picker: TagPickerScreen) -> None:
    interests = picker.sections[TagKind.INTEREST]
    qtbot.mouseClick(interests, Qt.MouseButton.LeftButton)
    assert picker.active is TagKind.INTEREST
    assert interests.property("active") is True


def test_search_by_word_start_and_synonym(picker: TagPickerScreen) -> None:
    picker.search.setText("da")
    assert picker.board.visible_keys() == ["data"]  # not "Mandarin"
    picker.search.setText("DATAVIZ")
    assert picker.board.visible_keys() == ["data"]
    picker.search.setText("")
    assert len(picker.board.visible_keys()) == 7


def test_add_your_own(qtbot: QtBot, picker: TagPickerScreen) -> None:
    add = picker.findChild(QPushButton, "addTag")
    assert add is not None
    picker.search.setText("Jazz")
    assert add.isHidden()  # it exists already
    picker.search.setText("Origami")
    assert not add.isHidden()
    assert "Origami" in add.text()
    with qtbot.waitSignal(picker.tag_add_requested) as blocker:
        qtbot.mouseClick(add, Qt.MouseButton.LeftButton)
    assert blocker.args == [TagKind.SKILL, "Origami"]
    picker.accept_tag(
        TagKind.SKILL, Tag("origami", Labels("Origami", "Origami"), approval=Approval.PENDING)
    )
    assert picker.selection(TagKind.SKILL) == ("origami",)
    assert picker.search.text() == ""
    picker.reset()
    assert picker.board.chips("origami") == []
    assert picker.selection(TagKind.SKILL) == ()


def test_job_title_refusal_explains_know_how(picker: TagPickerScreen) -> None:
    picker.show_refusal(Refusal(RefusalCode.JOB_TITLE, detail="CEO"))
    text = picker.refusal_text()
    assert "“CEO” sounds like a job title" in text
    assert "not over rank" in text
    refusal = picker.findChild(QLabel, "refusal")
    assert refusal is not None
    assert not refusal.isHidden()


def test_returning_selection(picker: TagPickerScreen) -> None:
    picker.set_selection(["python"], ["jazz", "wine"])
    assert picker.sections[TagKind.INTEREST].count.text() == "2/5"
    assert picker.sections[TagKind.SKILL].count.text() == "1/5"
