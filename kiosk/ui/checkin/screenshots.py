"""Renders every check-in screen with sample data to PNG files (offscreen), for review and docs."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSize, Qt

from kiosk.core.demo import DemoEvent
from kiosk.core.guest import AddressForm, Consents, Etiquette, Greeting, Language, TagKind
from kiosk.core.refusal import Refusal, RefusalCode
from kiosk.core.search import GuestEntry, GuestIndex, SearchHit
from kiosk.core.vcard import vcard_payload
from kiosk.ui.badge.printing import PrintResult
from kiosk.ui.badge.qr import qr_image
from kiosk.ui.checkin.clock import ManualTicker
from kiosk.ui.checkin.views import FindMode, ReasonKind, ReturningGuest, SuggestionRow
from kiosk.ui.checkin.window import KioskWindow

LONG_FIRST = "Marie-Clémentine"
LONG_LAST = "de La Tour d'Auvergne-Lauraguais"


def _suggestions(demo: DemoEvent) -> list[SuggestionRow]:
    guests = [g for g in demo.guests if g.skills and g.interests][:3]
    kinds = (ReasonKind.THEY_CAN_HELP, ReasonKind.SHARED_INTEREST, ReasonKind.YOU_CAN_HELP)
    rows = []
    for guest, kind in zip(guests, kinds, strict=False):
        key = guest.skills[0] if kind is ReasonKind.THEY_CAN_HELP else guest.interests[0]
        tag = demo.vocabulary.get(key)
        if tag is not None:
            rows.append(
                SuggestionRow(
                    guest.first_name, guest.last_initial, kind, tag.label, guest.etiquette
                )
            )
    rows[0] = SuggestionRow(
        LONG_FIRST,
        "D",
        rows[0].reason,
        rows[0].tag,
        Etiquette(AddressForm.FORMAL, Greeting.HANDSHAKE),
    )
    return rows


def _hits(demo: DemoEvent, query: str) -> list[SearchHit]:
    index = GuestIndex(
        GuestEntry(g.id, g.first_name, g.last_name, g.email, g.ticket) for g in demo.guests
    )
    index.add(GuestEntry("long", LONG_FIRST, LONG_LAST, "marie.clementine@example.fr"))
    return index.search(query)


def render_screens(
    directory: Path, demo: DemoEvent, *, size: QSize, language: Language
) -> list[Path]:
    """Render each screen state of the journey to ``directory``; returns the files written.

    Needs a QApplication. Time is a manual ticker, so no countdown moves while rendering.
    """
    directory.mkdir(parents=True, exist_ok=True)
    window = KioskWindow(windowed=True, ticker=ManualTicker())
    window.setAttribute(Qt.WidgetAttribute.WA_DontShowOnScreen)
    window.resize(size)
    window.set_event(demo.event)
    window.set_language(language)
    window.tags.set_vocabulary(demo.vocabulary)
    window.tags.set_popularity(sorted(demo.popularity, key=lambda k: -demo.popularity[k]))
    design = demo.vocabulary.get("ui-design") or next(iter(demo.vocabulary))
    window.set_room_pulse(42, 11, design.label)
    window.show()
    written: list[Path] = []

    def shot(name: str, setup: Callable[[], None]) -> None:
        setup()
        QCoreApplication.processEvents()
        path = (
            directory
            / f"{language.value}-{size.width()}x{size.height()}-{len(written):02d}-{name}.png"
        )
        window.grab().save(str(path))
        written.append(path)

    def find() -> None:
        window.show_find()
        window.find_yourself.query.setText("mar")
        window.find_yourself.set_results(_hits(demo, "mar"))

    def find_leaving() -> None:
        window.show_find(FindMode.LEAVING)
        window.find_yourself.query.setText("de la tour")
        window.find_yourself.set_results(_hits(demo, "de la tour"))

    def walk_in() -> None:
        window.show_walk_in()
        fields = list(window.walk_in.fields.values())
        for field, text in zip(fields, (LONG_FIRST, LONG_LAST, "Atelier Presqu'île"), strict=True):
            field.setText(text)

    def tags() -> None:
        window.show_tags(("python", "ui-design"), ("generative-ai",))
        window.tags.show_refusal(Refusal(RefusalCode.JOB_TITLE, detail="Head of Sales"))

    def tags_search() -> None:
        window.tags.set_active(TagKind.INTEREST)
        window.tags.search.setText("da")
        window.tags.show_keyboard(True)

    shot("welcome", window.show_welcome)
    shot("find", find)
    shot("walk-in", walk_in)
    shot("tags", tags)
    shot("tags-search", tags_search)
    shot(
        "details",
        lambda: window.show_details(Etiquette(AddressForm.FIRST_NAME, Greeting.CHEEK_KISS)),
    )
    shot("details-typing", lambda: window.details.show_keyboard(True))
    shot("consent", lambda: window.show_consent(Consents(on_wall=True)))
    shot("done", lambda: window.show_done(LONG_FIRST, _suggestions(demo)))
    shot("done-printing", lambda: window.done.show_print_result(PrintResult.PRINTED))
    shot("done-no-printer", lambda: window.done.show_print_result(PrintResult.NO_PRINTER))
    contact = "https://example.org/in/marie-clementine"
    shot(
        "done-qr",
        lambda: window.done.show_qr(qr_image(vcard_payload(LONG_FIRST, LONG_LAST, contact), 1)),
    )

    def done_nobody() -> None:
        window.done.reset()
        window.show_done("Léa", [])

    shot("done-nobody", done_nobody)
    shot(
        "returning",
        lambda: window.show_returning(ReturningGuest("long", LONG_FIRST, Consents(True, True))),
    )
    shot(
        "verify",
        lambda: window.show_verify("long", ["m•••@e•••.fr", "l•••@g•••.com", "c•••@o•••.org"]),
    )
    shot("find-leaving", find_leaving)
    shot("leaving", lambda: window.show_leaving(_hits(demo, "de la tour")[0]))
    shot("farewell", window.show_farewell)

    def idle() -> None:
        window.show_find()
        window.idle.set_idle_seconds(1)
        assert isinstance(window.ticker, ManualTicker)
        window.ticker.advance(4)

    shot("idle-warning", idle)
    window.unlock()
    window.close()
    window.deleteLater()
    return written
