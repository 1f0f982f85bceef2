"""SQLAlchemy tables of the domain; rows never leave the storage package (repositories map them)."""

from __future__ import annotations

from datetime import datetime
from typing import Any, ClassVar

from sqlalchemy import (
    JSON,
    Boolean,
    CheckConstraint,
    ForeignKey,
    ForeignKeyConstraint,
    Index,
    Integer,
    MetaData,
    String,
    UniqueConstraint,
    false,
    text,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

from kiosk.storage.types import UTCDateTime

ID = String(64)  # UUIDs, or short keys such as a demo event's
KEY = String(100)  # tag and category keys (slugs of labels of at most 40 characters)
CODE = String(32)  # enum values

# Stable constraint names, so that Alembic migrations can name what they alter.
NAMING = {
    "ix": "ix_%(table_name)s_%(column_0_N_name)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}

# A check-in is active until it is checked out or undone; at most one per guest.
ACTIVE_CHECKIN = "checked_out_at IS NULL AND undone_at IS NULL"


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)
    type_annotation_map: ClassVar[dict[Any, Any]] = {
        datetime: UTCDateTime(),
        dict[str, Any]: JSON(),
        list[str]: JSON(),
    }


class EventRow(Base):
    __tablename__ = "events"
    __table_args__ = (
        # One active event per database: a unique index over the rows where active is true.
        Index(
            "uq_events_active",
            "active",
            unique=True,
            sqlite_where=text("active"),
            postgresql_where=text("active"),
        ),
    )

    id: Mapped[str] = mapped_column(ID, primary_key=True)
    name: Mapped[str] = mapped_column(String)
    settings: Mapped[dict[str, Any]]  # kiosk.core.eventcodec.event_to_dict
    active: Mapped[bool] = mapped_column(Boolean, server_default=false())
    created_at: Mapped[datetime]


class CategoryRow(Base):
    __tablename__ = "categories"

    event_id: Mapped[str] = mapped_column(
        ID, ForeignKey("events.id", ondelete="CASCADE"), primary_key=True
    )
    key: Mapped[str] = mapped_column(KEY, primary_key=True)
    label_fr: Mapped[str] = mapped_column(String)
    label_en: Mapped[str] = mapped_column(String)
    position: Mapped[int] = mapped_column(Integer)


class TagRow(Base):
    __tablename__ = "tags"

    event_id: Mapped[str] = mapped_column(
        ID, ForeignKey("events.id", ondelete="CASCADE"), primary_key=True
    )
    key: Mapped[str] = mapped_column(KEY, primary_key=True)
    label_fr: Mapped[str] = mapped_column(String)
    label_en: Mapped[str] = mapped_column(String)
    category: Mapped[str] = mapped_column(KEY)  # "" for none; not a foreign key on purpose
    synonyms: Mapped[list[str]]
    sensitive: Mapped[bool] = mapped_column(Boolean)
    approval: Mapped[str] = mapped_column(CODE)
    position: Mapped[int] = mapped_column(Integer)
    # A guest-typed tag: the guest whose erasure takes it away (its author, then whoever still
    # uses it). Not a foreign key: erasure decides what happens to the tag. NULL: organiser's.
    typed_by: Mapped[str | None] = mapped_column(ID)


class GuestRow(Base):
    __tablename__ = "guests"
    __table_args__ = (
        UniqueConstraint("event_id", "ticket"),
        Index(None, "event_id", "email_folded"),
    )

    id: Mapped[str] = mapped_column(ID, primary_key=True)
    event_id: Mapped[str] = mapped_column(ID, ForeignKey("events.id", ondelete="CASCADE"))
    # Free text has no length limit here: the rules on what people type live in kiosk.core.
    first_name: Mapped[str] = mapped_column(String)
    last_name: Mapped[str] = mapped_column(String)
    organisation: Mapped[str] = mapped_column(String)
    email: Mapped[str] = mapped_column(String)
    email_folded: Mapped[str] = mapped_column(String)  # re-imports match on it
    contact: Mapped[str] = mapped_column(String)
    language: Mapped[str] = mapped_column(CODE)
    address_form: Mapped[str] = mapped_column(CODE)
    greeting: Mapped[str] = mapped_column(CODE)
    consent_on_wall: Mapped[bool] = mapped_column(Boolean)
    consent_suggested: Mapped[bool] = mapped_column(Boolean)
    consent_organisation_on_badge: Mapped[bool] = mapped_column(Boolean)
    ticket: Mapped[str | None] = mapped_column(String)
    source: Mapped[str] = mapped_column(CODE)
    name_approved: Mapped[bool] = mapped_column(Boolean)
    hidden_from_wall: Mapped[bool] = mapped_column(Boolean, server_default=false())
    created_at: Mapped[datetime]
    updated_at: Mapped[datetime]


class GuestTagRow(Base):
    __tablename__ = "guest_tags"
    __table_args__ = (Index(None, "tag_key"),)

    guest_id: Mapped[str] = mapped_column(
        ID, ForeignKey("guests.id", ondelete="CASCADE"), primary_key=True
    )
    kind: Mapped[str] = mapped_column(CODE, primary_key=True)
    # Not a foreign key: an imported list may name tags the organiser has not defined yet.
    tag_key: Mapped[str] = mapped_column(KEY, primary_key=True)
    position: Mapped[int] = mapped_column(Integer)


class CheckInRow(Base):
    __tablename__ = "checkins"
    __table_args__ = (
        # The database itself refuses a second active check-in for a guest, whatever the code.
        Index(
            "uq_checkins_active_guest",
            "guest_id",
            unique=True,
            sqlite_where=text(ACTIVE_CHECKIN),
            postgresql_where=text(ACTIVE_CHECKIN),
        ),
        Index(None, "guest_id"),
        Index(None, "event_id"),
    )

    id: Mapped[str] = mapped_column(ID, primary_key=True)  # chosen by the station: idempotency
    event_id: Mapped[str] = mapped_column(ID, ForeignKey("events.id", ondelete="CASCADE"))
    guest_id: Mapped[str] = mapped_column(ID, ForeignKey("guests.id", ondelete="CASCADE"))
    station: Mapped[str] = mapped_column(String)
    checked_in_at: Mapped[datetime]
    checked_out_at: Mapped[datetime | None]
    undone_at: Mapped[datetime | None]


class ChangeRow(Base):
    """The change log. Append-only except that erasing a guest deletes the guest's entries,
    and that a deleted guest-typed tag's key is replaced by an opaque id in its entries.

    SQLite AUTOINCREMENT: without it a deleted last row's id would be handed out again, and a
    follower that had seen the old entry would skip the new one.
    """

    __tablename__ = "change_log"
    __table_args__ = (
        Index(None, "op_id"),
        Index(None, "entity_id"),
        Index(None, "guest_id"),
        {"sqlite_autoincrement": True},
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    op_id: Mapped[str] = mapped_column(ID)  # the user action (idempotency key) that wrote it
    event_id: Mapped[str] = mapped_column(ID)
    station: Mapped[str] = mapped_column(String)
    at: Mapped[datetime]
    kind: Mapped[str] = mapped_column(CODE)
    entity_id: Mapped[str] = mapped_column(KEY)
    guest_id: Mapped[str | None] = mapped_column(ID)
    payload: Mapped[dict[str, Any]]  # ids, counts and flags only: never personal data


class PairExposureRow(Base):
    __tablename__ = "pair_exposure"
    __table_args__ = (
        CheckConstraint("guest_a < guest_b", name="ordered_pair"),
        ForeignKeyConstraint(["guest_a"], ["guests.id"], ondelete="CASCADE"),
        ForeignKeyConstraint(["guest_b"], ["guests.id"], ondelete="CASCADE"),
        Index(None, "guest_a"),
        Index(None, "guest_b"),
    )

    event_id: Mapped[str] = mapped_column(
        ID, ForeignKey("events.id", ondelete="CASCADE"), primary_key=True
    )
    guest_a: Mapped[str] = mapped_column(ID, primary_key=True)
    guest_b: Mapped[str] = mapped_column(ID, primary_key=True)
    shown: Mapped[int] = mapped_column(Integer, server_default=text("0"))
    suggested: Mapped[int] = mapped_column(Integer, server_default=text("0"))


# Core tables, for statements built once at import and reused with bound parameters: on the
# check-in path that is about 50 us a statement instead of 200 us for one built per call.
EVENTS = Base.metadata.tables["events"]
GUESTS = Base.metadata.tables["guests"]
GUEST_TAGS = Base.metadata.tables["guest_tags"]
CHECKINS = Base.metadata.tables["checkins"]
CHANGE_LOG = Base.metadata.tables["change_log"]
