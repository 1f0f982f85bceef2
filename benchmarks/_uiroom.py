"""A big event for the kiosk benchmark, and another station writing check-ins into it.

``build`` makes an SQLite file: the demo event's settings and vocabulary, ``guests`` generated
guests (names from ``_names``, two or three tags each, consents given), ``present`` of them
checked in. Run as a module, it is the other station: ``python -m benchmarks._uiroom URL
EVENT FIRST COUNT RATE SECONDS`` checks guests bench-FIRST... in at RATE a second.
"""

from __future__ import annotations

import random
import sys
import time
from dataclasses import dataclass
from pathlib import Path

from benchmarks._names import NameGenerator
from kiosk.core.demo import load_demo
from kiosk.core.guest import Consents, Guest, Language
from kiosk.resources import db_file
from kiosk.services.checkin import CheckInService
from kiosk.storage import open_database


@dataclass(frozen=True, slots=True)
class Room:
    url: str
    event_id: str
    guest_ids: tuple[str, ...]


def guest_id(n: int) -> str:
    return f"bench-{n:05d}"


def build(folder: Path, *, guests: int, present: int, seed: int) -> Room:
    demo = load_demo(db_file("demo"))
    keys = [t.key for t in demo.vocabulary if not t.sensitive]
    weights = [demo.popularity.get(k, 1.0) for k in keys]
    rng = random.Random(seed)
    people = NameGenerator(seed).people(guests)
    url = f"sqlite:///{folder / 'kiosk.sqlite3'}"
    event = demo.event
    with open_database(url) as database:
        with database.unit_of_work(station="setup") as uow:
            uow.events.create(event, active=True)
            uow.tags.replace_vocabulary(event.id, demo.vocabulary)
            for n, person in enumerate(people):
                skills = set(rng.choices(keys, weights, k=3))
                interests = set(rng.choices(keys, weights, k=3)) - skills
                uow.guests.add(
                    Guest(
                        id=guest_id(n),
                        event_id=event.id,
                        first_name=person.first_name,
                        last_name=person.last_name,
                        email=person.email,
                        ticket=f"B-{n:05d}",
                        language=Language.FR if n % 3 else Language.EN,
                        consents=Consents(on_wall=True, suggested_to_others=True),
                        skills=tuple(sorted(skills)),
                        interests=tuple(sorted(interests)) or (keys[0],),
                    )
                )
            uow.commit()
        door = CheckInService(database, station="setup")
        for n in range(guests - present, guests):  # the last ones: journeys use the first
            door.check_in(guest_id(n), f"setup-{n}")
    return Room(url, event.id, tuple(guest_id(n) for n in range(guests)))


def write_check_ins(url: str, first: int, count: int, rate: float, seconds: float) -> int:
    """Check guests in one by one at ``rate`` a second; stops after ``seconds`` at the latest."""
    deadline = time.monotonic() + seconds
    done = 0
    with open_database(url, migrate=False) as database:
        door = CheckInService(database, station="door-2")
        start = time.monotonic()
        for n in range(first, first + count):
            if time.monotonic() > deadline:
                break
            door.check_in(guest_id(n), f"door-2-{n}")
            done += 1
            pause = start + done / rate - time.monotonic()
            if pause > 0:
                time.sleep(pause)
    return done


if __name__ == "__main__":
    url_, _event, first_, count_, rate_, seconds_ = sys.argv[1:7]
    written = write_check_ins(url_, int(first_), int(count_), float(rate_), float(seconds_))
    print(written)
