"""Erasing a guest leaves no byte of their name or typed text in the database or its WAL files.

A walk-in with a unique generated name checks in, types tags holding their name (one stays
pending, one is approved), a wall in its own connection follows the change log and shows
them; then they are erased, the WAL is checkpointed (TRUNCATE), and the raw, casefolded and
accent-stripped forms of the name are searched for in every byte of the files.
"""

from __future__ import annotations

import secrets
from pathlib import Path

from kiosk.core.changes import ChangeKind
from kiosk.core.event import Event
from kiosk.core.guest import Consents, Guest, TagKind
from kiosk.core.text import fold, strip_accents, tag_key
from kiosk.services.checkin import CheckInService
from kiosk.services.guests import GuestService
from kiosk.services.moderation import ModerationService
from kiosk.services.room import RoomService
from kiosk.storage import Database, open_database
from kiosk.storage.follower import SqliteChangeFollower

SHOWN = Consents(on_wall=True, suggested_to_others=True)


def forms(text: str) -> set[str]:
    """The ways a name can sit in the files: as typed, casefolded, without accents, folded."""
    return {
        text,
        text.casefold(),
        strip_accents(text),
        strip_accents(text).casefold(),
        fold(text),
        tag_key(text),
    }


def leaks(files: list[Path], secrets_: set[str]) -> list[tuple[str, str]]:
    found = []
    for path in files:
        data = path.read_bytes() if path.exists() else b""
        for secret in secrets_:
            for encoded in {secret.encode("utf-8"), secret.encode("utf-16-le")}:
                if encoded in data:
                    found.append((path.name, secret))
    return found


def test_an_erased_guest_leaves_no_byte_of_their_name(
    db_path: Path, database: Database, event: Event, listed: list[Guest]
) -> None:
    token = secrets.token_hex(4).upper()
    first, last = f"Éloïse{token}", f"Quéméner{token[::-1]}"
    guest_id = f"walk-{secrets.token_hex(4)}"
    door = CheckInService(database, station="door-1")
    guests = GuestService(database, station="door-1")
    moderation = ModerationService(database, station="organiser")
    files = [db_path, Path(f"{db_path}-wal"), Path(f"{db_path}-shm")]

    # The wall: its own database connection, following the change log from the start.
    wall_db = open_database(f"sqlite:///{db_path}")
    follower = SqliteChangeFollower(wall_db.engine, after_id=wall_db.last_change_id())
    wall = RoomService(wall_db, event.id)
    try:
        walk_in = Guest(
            id=guest_id, event_id=event.id, first_name=first, last_name=last, consents=SHOWN
        )
        assert door.check_in_walk_in(walk_in, f"c-{guest_id}").ok
        typed = guests.set_tags(guest_id, TagKind.SKILL, ["jazz"], typed=[f"Atelier {first}"])
        assert typed.ok
        guests.set_tags(guest_id, TagKind.INTEREST, [], typed=[f"Club {last}"])
        moderation.approve_name(guest_id)
        moderation.approve_tag(event.id, tag_key(f"Club {last}"))
        # Someone else is there too, with an organiser's tag and a typed tag of their own.
        door.check_in(listed[0].id, "c-helene")
        guests.set_tags(listed[0].id, TagKind.INTEREST, ["jazz"], typed=["Origami"])

        wall.apply(follower.poll())
        assert first in wall.wall_state().names.values()
        assert leaks(files, forms(first) | forms(last))  # the search does find the name

        erased = guests.erase(guest_id)

        assert erased.erased
        wall.apply(follower.poll())
        assert not wall.is_present(guest_id)
        assert first not in wall.wall_state().names.values()
        assert database.checkpoint()  # TRUNCATE: the WAL file is emptied
        assert leaks(files, forms(first) | forms(last)) == []
        assert leaks(files, forms(guest_id)) != []  # the one guest_erased marker stays
        with database.reader() as uow:
            entries = uow.log.after(0)
            assert [c.kind for c in entries if c.guest_id == guest_id] == [ChangeKind.GUEST_ERASED]
            assert uow.tags.get(event.id, "origami") is not None  # not theirs: kept
    finally:
        follower.close()
        wall_db.close()
    assert leaks(files, forms(first) | forms(last)) == []
