"""`kiosk demo --text`: the demo event played through the real services and engine."""

from __future__ import annotations

import random
import tempfile
import time
import uuid
from collections.abc import Callable
from pathlib import Path
from typing import TextIO

from kiosk.app.clitext import say
from kiosk.core.changes import Changes
from kiosk.core.demo import DemoEvent
from kiosk.core.guest import Guest, Language
from kiosk.core.matching import ReasonKind
from kiosk.core.tags import Vocabulary
from kiosk.core.wallview import WallCard, WallState
from kiosk.services.checkin import CheckInService
from kiosk.services.eventsetup import install_demo
from kiosk.services.room import PersonalSuggestion, RoomService
from kiosk.storage import open_database
from kiosk.storage.exposure import ExposureLog

WALL_LINES = 6
_DEMO_NAMESPACE = uuid.UUID("0b7f6c1e-2d55-4f0c-9f5e-6a2d1c3b4e5f")


def _labels(keys: tuple[str, ...], vocabulary: Vocabulary, language: Language) -> str:
    tags = (vocabulary.get(k) for k in keys)
    return ", ".join(t.label(language) for t in tags if t is not None and not t.sensitive)


def _suggestion_line(suggestion: PersonalSuggestion, language: Language) -> str:
    other = f"{suggestion.first_name} {suggestion.last_initial}.".rstrip(" .")
    if suggestion.last_initial:
        other += "."
    key = {
        ReasonKind.B_HELPS_A: "they_help",
        ReasonKind.A_HELPS_B: "you_help",
        ReasonKind.SHARED_INTEREST: "shared",
    }[suggestion.reason.kind]
    sentence = say(key, language, other=other, tag=suggestion.tag(language))
    return "    - " + sentence[:1].upper() + sentence[1:]


def _card_line(card: WallCard, language: Language) -> str:
    tag = card.tag.label(language)
    if card.kind is ReasonKind.SHARED_INTEREST:
        return "    * " + say(
            "wall_shared", language, a=card.first.name, b=card.second.name, tag=tag
        )
    return "    * " + say(
        "wall_help", language, helper=card.first.name, asker=card.second.name, tag=tag
    )


def _print_wall(state: WallState, language: Language, out: TextIO) -> None:
    print(
        say(
            "wall_title_one" if len(state.cards) == 1 else "wall_title",
            language,
            present=state.pulse.present,
            pairs=len(state.cards),
        ),
        file=out,
    )
    if not state.cards:
        print(say("wall_empty", language), file=out)
    for card in state.cards[:WALL_LINES]:
        print(_card_line(card, language), file=out)
    if len(state.cards) > WALL_LINES:
        print(say("wall_more", language, n=len(state.cards) - WALL_LINES), file=out)


def _print_arrival(
    n: int, guest: Guest, room: RoomService, log: ExposureLog, language: Language, out: TextIO
) -> None:
    name = f"{guest.first_name} {guest.last_initial}." if guest.last_initial else guest.first_name
    print(say("arrival", language, n=n, name=name), file=out)
    print(
        say("can_help", language, tags=_labels(guest.skills, room.vocabulary, language)), file=out
    )
    print(
        say("wants", language, tags=_labels(guest.interests, room.vocabulary, language)), file=out
    )
    if not guest.consents.on_wall:
        print(say("not_on_wall", language), file=out)
    suggestions = room.top(guest.id, 3)
    if suggestions:
        print(say("top_title", language), file=out)
        for suggestion in suggestions:
            print(_suggestion_line(suggestion, language), file=out)
        _apply(room, log.record_suggested(guest.id, [s.guest_id for s in suggestions]))
    else:
        print(say("top_none", language), file=out)


def _apply(room: RoomService, changes: Changes) -> None:
    """One process, one thread: the counts just stored are read back at once."""
    if room.apply(changes).exposure_stale:
        room.install_exposure(room.read_exposure())


def play(
    demo: DemoEvent,
    *,
    database_url: str | None,
    language: Language | None,
    arrivals: int | None,
    interval_s: float,
    out: TextIO,
    sleep: Callable[[float], None] = time.sleep,
    seed: int = 2026,
) -> int:
    """Check demo guests in one by one; print each one's top 3 and the wall. Returns arrivals."""
    with tempfile.TemporaryDirectory(prefix="icebreaker-demo-") as folder:
        url = database_url or f"sqlite:///{Path(folder) / 'demo.sqlite3'}"
        with open_database(url) as database:
            event_id = install_demo(database, demo, station="demo")
            room = RoomService(database, event_id)
            checkins = CheckInService(database, station="demo")
            log = ExposureLog(database, event_id, station="demo")
            waiting = [g for g in demo.guests if not room.is_present(g.id)]
            random.Random(seed).shuffle(waiting)
            count = len(waiting) if arrivals is None else min(arrivals, len(waiting))
            for n, guest in enumerate(waiting[:count], start=1):
                check_in_id = str(uuid.uuid5(_DEMO_NAMESPACE, guest.id))
                room.apply(checkins.check_in(guest.id, check_in_id).changes)
                reader = language or guest.language
                _print_arrival(n, guest, room, log, reader, out)
                state = room.wall_state()
                _print_wall(state, language or demo.event.default_language, out)
                _apply(room, log.record_shown([c.key for c in state.cards[:WALL_LINES]]))
                print(file=out, flush=True)
                if n < count:
                    sleep(interval_s)
            return count
