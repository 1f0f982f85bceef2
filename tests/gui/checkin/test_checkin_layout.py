"""Sizes and colours: every page fits 1280x800, 1920x1080 and a 1080x1920 totem, touch targets
are at least 48 px, and text keeps WCAG AA contrast whatever the branding."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import QAbstractButton, QApplication, QLineEdit
from pytestqt.qtbot import QtBot

from kiosk.core.demo import DemoEvent
from kiosk.core.event import Branding
from kiosk.core.guest import Consents, Language, TagKind
from kiosk.core.refusal import Refusal, RefusalCode
from kiosk.core.search import SearchHit
from kiosk.ui.checkin.clock import ManualTicker
from kiosk.ui.checkin.screenshots import LONG_FIRST, render_screens
from kiosk.ui.checkin.views import ReasonKind, ReturningGuest, SuggestionRow, WalkInField
from kiosk.ui.checkin.window import KioskWindow
from kiosk.ui.style import (
    AA_TEXT,
    Metrics,
    Palette,
    contrast,
    ensure_contrast,
    size_class,
    stylesheet,
)

SIZES = [QSize(1280, 800), QSize(1920, 1080), QSize(1080, 1920)]
LONG_LAST = "de La Tour d'Auvergne-Lauraguais"


def _pages(window: KioskWindow, demo: DemoEvent) -> list[tuple[str, Callable[[], None]]]:
    tag = next(iter(demo.vocabulary))
    long_hit = SearchHit("g", LONG_FIRST, "D", "m•••@e•••.fr")
    rows = [SuggestionRow(LONG_FIRST, "D", kind, tag.label) for kind in ReasonKind]

    def walk_in() -> None:
        window.show_walk_in()
        window.walk_in.fields[WalkInField.LAST_NAME].setText(LONG_LAST)
        window.walk_in.show_refusal(WalkInField.LAST_NAME, Refusal(RefusalCode.OFFENSIVE))

    def tags_typing() -> None:
        window.show_tags(["python"], ["jazz"])
        window.tags.set_active(TagKind.INTEREST)
        window.tags.show_keyboard(True)
        window.tags.search.setText("Head of growth")
        window.tags.show_refusal(Refusal(RefusalCode.JOB_TITLE, detail="Head of growth"))

    def find() -> None:
        window.show_find()
        window.find_yourself.query.setText("marie")
        window.find_yourself.set_results([long_hit] * 5)

    return [
        ("welcome", window.show_welcome),
        ("find", find),
        ("walk-in", walk_in),
        ("tags", tags_typing),
        ("details", window.show_details),
        ("details-typing", lambda: window.details.show_keyboard(True)),
        ("consent", lambda: window.show_consent(Consents(on_wall=True))),
        ("done", lambda: window.show_done(LONG_FIRST, rows)),
        (
            "returning",
            lambda: window.show_returning(ReturningGuest("g", LONG_FIRST, Consents(True, True))),
        ),
        ("verify", lambda: window.show_verify("g", ["a•••@b•••.fr"] * 3)),
        ("leaving", lambda: window.show_leaving(long_hit)),
    ]


@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s.width()}x{s.height()}")
@pytest.mark.parametrize("language", [Language.FR, Language.EN])
def test_pages_fit_and_targets_are_big_enough(
    qtbot: QtBot, demo: DemoEvent, size: QSize, language: Language
) -> None:
    window = KioskWindow(windowed=True, ticker=ManualTicker())
    qtbot.addWidget(window)
    window.setAttribute(Qt.WidgetAttribute.WA_DontShowOnScreen)
    window.resize(size)
    window.set_event(demo.event)
    window.set_language(language)
    window.tags.set_vocabulary(demo.vocabulary)
    window.show()
    problems = []
    for name, show in _pages(window, demo):
        show()
        QApplication.processEvents()
        page = window.current()
        needed = max(page.minimumSizeHint().height(), page.heightForWidth(size.width()))
        if (
            window.size() != size
            or needed > size.height()
            or page.minimumSizeHint().width() > size.width()
        ):
            problems.append(f"{name}: needs {page.minimumSizeHint().toTuple()}, {needed} high")
        for widget in page.findChildren(QAbstractButton) + page.findChildren(QLineEdit):
            if widget.isVisibleTo(page) and min(widget.width(), widget.height()) < 48:
                problems.append(
                    f"{name}: {widget.objectName() or widget.text()!r} is {widget.size().toTuple()}"
                )
    assert problems == []


@pytest.mark.parametrize(
    "branding",
    [
        Branding(),
        Branding(
            background_colour="#FFFFFF",
            text_colour="#222222",
            primary_colour="#FFEE00",
            accent_colour="#0033AA",
        ),
        Branding(
            background_colour="#777777", text_colour="#808080", accent_colour="#7A7A7A"
        ),  # careless
    ],
)
def test_every_text_pair_meets_wcag_aa(branding: Branding) -> None:
    palette = Palette.from_branding(branding)
    failing = {
        name: round(contrast(*pair), 2)
        for name, pair in palette.text_pairs().items()
        if contrast(*pair) < AA_TEXT
    }
    failing |= {
        name: round(contrast(*pair), 2)
        for name, pair in palette.outline_pairs().items()
        if contrast(*pair) < 3.0
    }
    assert failing == {}


def test_demo_branding_keeps_its_colours() -> None:
    demo_palette = Palette.from_branding(Branding())
    assert demo_palette.background == "#0f1e2e"
    assert demo_palette.accent == "#f2a541"
    assert ensure_contrast("#ffffff", "#0f1e2e") == "#ffffff"


def test_metrics_touch_targets_follow_the_screen(qapp: QApplication) -> None:
    assert size_class(QSize(1280, 800)) == "compact"
    assert size_class(QSize(1920, 1080)) == "large"
    assert size_class(QSize(1080, 1920)) == "portrait"
    for size in SIZES:
        assert Metrics.for_size(size).touch >= 48
    dense = Metrics.for_size(QSize(1280, 800), dots_per_inch=300)  # 9 mm at 300 dpi = 106 px
    assert dense.touch >= 106
    assert dense.key >= 106


def test_stylesheet_has_no_unfilled_token(qtbot: QtBot) -> None:
    sheet = stylesheet(Palette.from_branding(Branding()), Metrics.for_size(QSize(1280, 800)))
    assert "@" not in sheet.replace("@@", "")
    assert "#kiosk" in sheet


def test_screenshots_render_every_page(qtbot: QtBot, demo: DemoEvent, tmp_path: Path) -> None:
    files = render_screens(tmp_path, demo, size=QSize(1280, 800), language=Language.FR)
    assert len(files) >= 14
    assert all(f.stat().st_size > 5000 for f in files)
