"""The organiser's "hide from the wall" flag on guests; who typed a guest-typed tag.

Revision ID: 0002
Revises: 0001
Create Date: 2026-12-01
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0002"
down_revision: str | None = "0001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

ID = sa.String(length=64)


def upgrade() -> None:
    # Plain ADD COLUMN (no table copy): existing guests are shown, existing tags have no author.
    op.add_column(
        "guests",
        sa.Column("hidden_from_wall", sa.Boolean(), server_default=sa.false(), nullable=False),
    )
    op.add_column("tags", sa.Column("typed_by", ID, nullable=True))


def downgrade() -> None:
    # SQLite (3.35+) drops a column in place; Alembic's batch copy would drop and recreate the
    # guests table, cascading to its children's rows with foreign keys on.
    for table, column in (("tags", "typed_by"), ("guests", "hidden_from_wall")):
        if op.get_bind().dialect.name == "sqlite":
            op.execute(f"ALTER TABLE {table} DROP COLUMN {column}")
        else:
            op.drop_column(table, column)
