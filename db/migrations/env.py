"""Alembic environment: runs on the connection kiosk.storage.migrate hands over, or on a URL.

A new revision (then update SCHEMA_HEAD in kiosk/storage/migrate.py; a test checks it)::

    python -c "from alembic.config import Config; from alembic import command; c = Config();
    c.set_main_option('script_location', 'db/migrations');
    c.set_main_option('sqlalchemy.url', 'sqlite:////tmp/scratch.sqlite3');
    command.upgrade(c, 'head'); command.revision(c, 'what changed', autogenerate=True)"
"""

from __future__ import annotations

from alembic import context

from kiosk.storage.engine import create_database_engine, writer
from kiosk.storage.models import Base

config = context.config
target_metadata = Base.metadata


def _configure(**kwargs: object) -> None:
    context.configure(
        target_metadata=target_metadata,
        # SQLite alters tables by copying them: batch mode does that for future migrations.
        render_as_batch=True,
        compare_type=True,
        **kwargs,  # type: ignore[arg-type]
    )


def run_offline() -> None:
    _configure(url=config.get_main_option("sqlalchemy.url"), literal_binds=True)
    with context.begin_transaction():
        context.run_migrations()


def run_online() -> None:
    connection = config.attributes.get("connection")
    if connection is not None:
        # kiosk.storage.migrate already began the transaction (and holds the lock): Alembic
        # runs inside it and the caller commits.
        _configure(connection=connection)
        with context.begin_transaction():
            context.run_migrations()
        return
    url = config.get_main_option("sqlalchemy.url")
    if not url:
        raise RuntimeError("set sqlalchemy.url (alembic -x or a config) to run Alembic directly")
    engine = create_database_engine(url)
    with writer(engine).connect() as conn, conn.begin():
        _configure(connection=conn)
        context.run_migrations()
    engine.dispose()


if context.is_offline_mode():
    run_offline()
else:
    run_online()
