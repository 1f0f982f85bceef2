"""The wall window: cards, paging, departures, empty states, languages, arrivals."""

from __future__ import annotations

from collections.abc import Iterator, Sequence

import pytest
from PySide6.QtCore import QCoreApplication, QRect, QTimer, QTranslator
from PySide6.QtGui import QColor
from pytestqt.qtbot import QtBot

from kiosk.core.event import Branding, LastInitial, WallLanguage, WallOptions
from kiosk.core.guest import Consents, Guest, Language
from kiosk.core.matching.model import Reason, ReasonKind, WallPair
from kiosk.core.tags import Labels, Tag, Vocabulary
from kiosk.core.wallview import EmptyKind, WallState, arrival_message, build_wall_state
from kiosk.resources import asset
from kiosk.ui.wall import Timings, WallWindow
from kiosk.ui.wall.layout import NAME_MIN_PX, layout_for

VOCAB = Vocabulary(
    tags=[
        Tag("jazz", Labels("Jazz", "Jazz")),
        Tag("fundraising", Labels("Levée de fonds", "Fundraising")),
        Tag("python", Labels("Python", "Python")),
    ]
)
OPTIONS = WallOptions(last_initial=LastInitial.WHEN_AMBIGUOUS)
FAST = Timings(page_ms=60_000, fade_ms=20, stagger_ms=5, slide_ms=10, hold_ms=10, busy_hold_ms=5)
NB = "\u00a0"


def person(gid: str, first: str, **kw: object) -> Guest:
    return Guest(
        id=gid,
        event_id="e",
        first_name=first,
        consents=Consents(on_wall=True, suggested_to_others=True),
        skills=("python",),
        interests=("jazz",),
        **kw,  # type: ignore[arg-type]
    )


def state_for(people: Sequence[Guest], board: Sequence[WallPair]) -> WallState:
    guests = {g.id: g for g in people}
    return build_wall_state(board, guests, [g.id for g in people], VOCAB, OPTIONS)


def room(pairs: int) -> WallState:
    people = [person(f"g{i:03d}", f"Guest{i}") for i in range(2 * pairs)]
    board = [
        WallPair(
            f"g{2 * i + 1:03d}", f"g{2 * i:03d}", 1.0, Reason("jazz", ReasonKind.SHARED_INTEREST)
        )
        for i in range(pairs)
    ]
    return state_for(people, board)


HELENE_MARC = (
    [person("m", "Marc"), person("h", "Hélène")],
    [WallPair("h", "m", 1.0, Reason("fundraising", ReasonKind.A_HELPS_B, "h", "m"))],
)


@pytest.fixture
def timer() -> Iterator[QTimer]:
    timer = QTimer()
    yield timer
    timer.stop()


def make_wall(qtbot: QtBot, timer: QTimer, language: WallLanguage) -> WallWindow:
    wall = WallWindow(
        Branding(display_name="Soirée test"), language, page_timer=timer, timings=FAST
    )
    qtbot.addWidget(wall)
    wall.resize(1920, 1080)
    wall.show()
    qtbot.waitExposed(wall)
    return wall


@pytest.fixture
def wall(qtbot: QtBot, timer: QTimer) -> WallWindow:
    return make_wall(qtbot, timer, WallLanguage.FR)


def test_set_state_shows_the_cards_with_the_reason_in_words(wall: WallWindow) -> None:
    state = state_for(*HELENE_MARC)
    wall.set_state(state)
    assert wall.shown_cards == state.cards
    assert f"Hélène peut aider Marc{NB}: Levée de fonds" in wall.visible_text()
    image = wall.grab().toImage()
    slot = layout_for(1920, 1080).slots[0]
    colours = {
        image.pixelColor(x, slot.center().y()).name() for x in range(slot.left(), slot.right(), 3)
    }
    assert len(colours) > 3, "the first card should hold drawn text"
    empty_slot = layout_for(1920, 1080).slots[1]
    assert image.pixelColor(empty_slot.center()) == QColor(Branding().background_colour)


def test_pages_turn_on_the_injected_timer_and_report_pairs(
    qtbot: QtBot, wall: WallWindow, timer: QTimer
) -> None:
    state = room(14)
    wall.set_state(state)
    assert (wall.page_count, wall.page) == (3, 0)
    with qtbot.waitSignal(wall.pairs_shown) as shown:
        timer.timeout.emit()
    assert wall.page == 1
    assert wall.shown_cards == state.cards[6:12]
    assert shown.args == [tuple(c.key for c in state.cards[6:12])]
    timer.timeout.emit()
    assert wall.shown_cards == state.cards[12:]
    timer.timeout.emit()
    assert wall.page == 0
    assert wall.language is Language.FR
    qtbot.waitUntil(lambda: not wall.cascade.active)


def test_a_guest_who_leaves_disappears(wall: WallWindow) -> None:
    people, board = HELENE_MARC
    wall.set_state(state_for(people, board))
    assert any("Hélène" in t for t in wall.visible_text())
    wall.set_state(state_for(people[:1], board))  # Hélène checked out
    assert not any("Hélène" in t for t in wall.visible_text())
    assert wall.shown_cards == ()
    assert wall.state.empty is EmptyKind.ONE_GUEST


@pytest.mark.parametrize(
    ("people", "kind", "title"),
    [
        (0, EmptyKind.NOBODY, f"Bienvenue{NB}!"),
        (1, EmptyKind.ONE_GUEST, f"Une première personne est arrivée{NB}!"),
        (2, EmptyKind.NO_MATCH, "Pas encore de point commun évident"),
    ],
)
def test_empty_states_say_why(wall: WallWindow, people: int, kind: EmptyKind, title: str) -> None:
    wall.set_state(state_for([person(f"p{i}", f"P{i}") for i in range(people)], []))
    assert wall.state.empty is kind
    assert title in wall.visible_text()
    assert f"{people} personne" in " ".join(wall.visible_text()) or people == 0


def test_both_languages_alternate_and_every_page_gets_both(qtbot: QtBot, timer: QTimer) -> None:
    wall = make_wall(qtbot, timer, WallLanguage.BOTH)
    wall.set_state(room(8))  # two pages
    seen = [(wall.page, wall.language)]
    for _ in range(4):
        timer.timeout.emit()
        seen.append((wall.page, wall.language))
    fr, en = Language.FR, Language.EN
    assert seen == [(0, fr), (1, en), (0, en), (1, fr), (0, fr)]
    assert "Ici maintenant" in wall.visible_text()
    timer.timeout.emit()
    assert "Here now" in wall.visible_text()
    wall.set_language(WallLanguage.EN)
    timer.timeout.emit()
    assert wall.language is Language.EN


def test_new_cards_bring_the_first_page_back_without_stopping_the_rotation(
    wall: WallWindow, timer: QTimer
) -> None:
    wall.set_state(room(20))  # four pages
    timer.timeout.emit()
    assert wall.page == 1
    wall.set_state(room(21))  # a new pair arrives first in the list
    timer.timeout.emit()
    assert wall.page == 0
    wall.set_state(room(22))  # seen at once: page 1 is on screen
    timer.timeout.emit()
    assert wall.page == 2  # the rotation goes on from where it was
    wall.set_state(room(23))
    timer.timeout.emit()
    assert wall.page == 0
    wall.set_state(room(24))
    timer.timeout.emit()
    assert wall.page == 3  # busy arrivals never pin the wall to page 1


def test_arrivals_are_queued_and_welcomed_in_turn(qtbot: QtBot, wall: WallWindow) -> None:
    names = ["Hélène", "Marc", "花子"]
    guests = [person(f"a{i}", n) for i, n in enumerate(names)]
    messages = [arrival_message(g, VOCAB, OPTIONS) for g in guests]
    welcomed: list[str] = []

    def record() -> None:
        current = wall.banner.current
        if current is not None and (not welcomed or welcomed[-1] != current.name):
            welcomed.append(current.name)

    wall.banner.animation.valueChanged.connect(record)
    for message in messages:
        assert message is not None
        wall.announce_arrival(message)
    assert f"Bienvenue Hélène{NB}!" in wall.visible_text()
    assert len(wall.banner.queue) == 2
    qtbot.waitUntil(lambda: wall.banner.current is None and not wall.banner.queue, timeout=5000)
    assert welcomed == names
    assert not any(name in t for t in wall.visible_text() for name in names)


def test_page_turn_fades_in_a_cascade_then_settles(
    qtbot: QtBot, wall: WallWindow, timer: QTimer
) -> None:
    wall.set_state(room(14))
    timer.timeout.emit()
    assert wall.cascade.active
    assert wall.cascade.progress(len(wall.cascade.regions) - 1) < 1.0
    qtbot.waitUntil(lambda: not wall.cascade.active)


@pytest.mark.parametrize(("width", "height"), [(1920, 1080), (1280, 800), (3840, 2160)])
def test_names_stay_readable_from_five_metres(width: int, height: int) -> None:
    lay = layout_for(width, height)
    assert lay.name_min_px >= 0.04 * height
    assert lay.name_min_px >= NAME_MIN_PX * height / 1080 - 1
    assert lay.per_page >= 4


def test_right_to_left_names_keep_their_place_in_the_sentence(timer: QTimer, qtbot: QtBot) -> None:
    wall = make_wall(qtbot, timer, WallLanguage.EN)
    people = [person("l", "ليلى", last_name="Amrani"), person("b", "Loïc", last_name="Bernard")]
    board = [WallPair("l", "b", 1.0, Reason("fundraising", ReasonKind.A_HELPS_B, "l", "b"))]
    guests = {g.id: g for g in people}
    options = WallOptions(last_initial=LastInitial.ALWAYS)
    wall.set_state(build_wall_state(board, guests, ["l", "b"], VOCAB, options))
    # Drawn left to right with each name isolated; what a reader sees has no control marks.
    assert "ليلى A. can help Loïc B. with Fundraising" in wall.visible_text()
    assert not any(ch in t for t in wall.visible_text() for ch in "\u2066\u2068\u2069")


def test_the_kiosk_language_never_changes_the_wall(qtbot: QtBot, timer: QTimer) -> None:
    app = QCoreApplication.instance()
    assert app is not None
    wall = make_wall(qtbot, timer, WallLanguage.EN)
    french = QTranslator()
    assert french.load(str(asset("i18n", "wall_fr.qm")))
    app.installTranslator(french)  # as install_language(app, FR) does for the kiosk
    try:
        wall.set_state(state_for(*HELENE_MARC))
        assert "Here now" in wall.visible_text()
        assert "Hélène can help Marc with Fundraising" in wall.visible_text()
    finally:
        app.removeTranslator(french)


def test_windowed_mode_takes_the_given_geometry(wall: WallWindow) -> None:
    wall.show_windowed(QRect(40, 30, 960, 540))
    assert wall.geometry() == QRect(40, 30, 960, 540)
    assert not wall.isFullScreen()
    assert wall.grab().size().width() == 960
