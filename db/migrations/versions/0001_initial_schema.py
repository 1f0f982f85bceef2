"""Initial schema: events, vocabulary, guests, check-ins, change log, pair exposure.

Revision ID: 0001
Revises:
Create Date: 2026-11-26
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0001"
down_revision: str | None = None
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# Migrations are frozen snapshots: plain SQLAlchemy types, never the application's classes.
ID = sa.String(length=64)
KEY = sa.String(length=100)
CODE = sa.String(length=32)
UTC_TIME = sa.DateTime(timezone=True)
ACTIVE_CHECKIN = "checked_out_at IS NULL AND undone_at IS NULL"


def upgrade() -> None:
    op.create_table(
        "change_log",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("op_id", ID, nullable=False),
        sa.Column("event_id", ID, nullable=False),
        sa.Column("station", sa.String(), nullable=False),
        sa.Column("at", UTC_TIME, nullable=False),
        sa.Column("kind", CODE, nullable=False),
        sa.Column("entity_id", KEY, nullable=False),
        sa.Column("guest_id", ID, nullable=True),
        sa.Column("payload", sa.JSON(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_change_log")),
        sqlite_autoincrement=True,
    )
    op.create_index(op.f("ix_change_log_entity_id"), "change_log", ["entity_id"])
    op.create_index(op.f("ix_change_log_guest_id"), "change_log", ["guest_id"])
    op.create_index(op.f("ix_change_log_op_id"), "change_log", ["op_id"])

    op.create_table(
        "events",
        sa.Column("id", ID, nullable=False),
        sa.Column("name", sa.String(), nullable=False),
        sa.Column("settings", sa.JSON(), nullable=False),
        sa.Column("active", sa.Boolean(), server_default=sa.false(), nullable=False),
        sa.Column("created_at", UTC_TIME, nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_events")),
    )
    op.create_index(
        "uq_events_active",
        "events",
        ["active"],
        unique=True,
        sqlite_where=sa.text("active"),
        postgresql_where=sa.text("active"),
    )

    op.create_table(
        "categories",
        sa.Column("event_id", ID, nullable=False),
        sa.Column("key", KEY, nullable=False),
        sa.Column("label_fr", sa.String(), nullable=False),
        sa.Column("label_en", sa.String(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["event_id"], ["events.id"],
            name=op.f("fk_categories_event_id_events"), ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("event_id", "key", name=op.f("pk_categories")),
    )

    op.create_table(
        "tags",
        sa.Column("event_id", ID, nullable=False),
        sa.Column("key", KEY, nullable=False),
        sa.Column("label_fr", sa.String(), nullable=False),
        sa.Column("label_en", sa.String(), nullable=False),
        sa.Column("category", KEY, nullable=False),
        sa.Column("synonyms", sa.JSON(), nullable=False),
        sa.Column("sensitive", sa.Boolean(), nullable=False),
        sa.Column("approval", CODE, nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["event_id"], ["events.id"],
            name=op.f("fk_tags_event_id_events"), ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("event_id", "key", name=op.f("pk_tags")),
    )

    op.create_table(
        "guests",
        sa.Column("id", ID, nullable=False),
        sa.Column("event_id", ID, nullable=False),
        sa.Column("first_name", sa.String(), nullable=False),
        sa.Column("last_name", sa.String(), nullable=False),
        sa.Column("organisation", sa.String(), nullable=False),
        sa.Column("email", sa.String(), nullable=False),
        sa.Column("email_folded", sa.String(), nullable=False),
        sa.Column("contact", sa.String(), nullable=False),
        sa.Column("language", CODE, nullable=False),
        sa.Column("address_form", CODE, nullable=False),
        sa.Column("greeting", CODE, nullable=False),
        sa.Column("consent_on_wall", sa.Boolean(), nullable=False),
        sa.Column("consent_suggested", sa.Boolean(), nullable=False),
        sa.Column("consent_organisation_on_badge", sa.Boolean(), nullable=False),
        sa.Column("ticket", sa.String(), nullable=True),
        sa.Column("source", CODE, nullable=False),
        sa.Column("name_approved", sa.Boolean(), nullable=False),
        sa.Column("created_at", UTC_TIME, nullable=False),
        sa.Column("updated_at", UTC_TIME, nullable=False),
        sa.ForeignKeyConstraint(
            ["event_id"], ["events.id"],
            name=op.f("fk_guests_event_id_events"), ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_guests")),
        sa.UniqueConstraint("event_id", "ticket", name=op.f("uq_guests_event_id_ticket")),
    )
    op.create_index(
        op.f("ix_guests_event_id_email_folded"), "guests", ["event_id", "email_folded"]
    )

    op.create_table(
        "guest_tags",
        sa.Column("guest_id", ID, nullable=False),
        sa.Column("kind", CODE, nullable=False),
        sa.Column("tag_key", KEY, nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["guest_id"], ["guests.id"],
            name=op.f("fk_guest_tags_guest_id_guests"), ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("guest_id", "kind", "tag_key", name=op.f("pk_guest_tags")),
    )
    op.create_index(op.f("ix_guest_tags_tag_key"), "guest_tags", ["tag_key"])

    op.create_table(
        "checkins",
        sa.Column("id", ID, nullable=False),
        sa.Column("event_id", ID, nullable=False),
        sa.Column("guest_id", ID, nullable=False),
        sa.Column("station", sa.String(), nullable=False),
        sa.Column("checked_in_at", UTC_TIME, nullable=False),
        sa.Column("checked_out_at", UTC_TIME, nullable=True),
        sa.Column("undone_at", UTC_TIME, nullable=True),
        sa.ForeignKeyConstraint(
            ["event_id"], ["events.id"],
            name=op.f("fk_checkins_event_id_events"), ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["guest_id"], ["guests.id"],
            name=op.f("fk_checkins_guest_id_guests"), ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_checkins")),
    )
    op.create_index(op.f("ix_checkins_event_id"), "checkins", ["event_id"])
    op.create_index(op.f("ix_checkins_guest_id"), "checkins", ["guest_id"])
    op.create_index(
        "uq_checkins_active_guest",
        "checkins",
        ["guest_id"],
        unique=True,
        sqlite_where=sa.text(ACTIVE_CHECKIN),
        postgresql_where=sa.text(ACTIVE_CHECKIN),
    )

    op.create_table(
        "pair_exposure",
        sa.Column("event_id", ID, nullable=False),
        sa.Column("guest_a", ID, nullable=False),
        sa.Column("guest_b", ID, nullable=False),
        sa.Column("shown", sa.Integer(), server_default=sa.text("0"), nullable=False),
        sa.Column("suggested", sa.Integer(), server_default=sa.text("0"), nullable=False),
        sa.CheckConstraint("guest_a < guest_b", name=op.f("ck_pair_exposure_ordered_pair")),
        sa.ForeignKeyConstraint(
            ["event_id"], ["events.id"],
            name=op.f("fk_pair_exposure_event_id_events"), ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["guest_a"], ["guests.id"],
            name=op.f("fk_pair_exposure_guest_a_guests"), ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["guest_b"], ["guests.id"],
            name=op.f("fk_pair_exposure_guest_b_guests"), ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("event_id", "guest_a", "guest_b", name=op.f("pk_pair_exposure")),
    )
    op.create_index(op.f("ix_pair_exposure_guest_a"), "pair_exposure", ["guest_a"])
    op.create_index(op.f("ix_pair_exposure_guest_b"), "pair_exposure", ["guest_b"])


def downgrade() -> None:
    for table in (
        "pair_exposure", "checkins", "guest_tags", "guests", "tags", "categories", "events",
        "change_log",
    ):
        op.drop_table(table)  # their indexes go with them
