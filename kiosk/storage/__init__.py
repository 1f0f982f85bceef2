"""Persistence: SQLAlchemy models, engine set-up, repositories, unit of work, change log. No Qt."""

from kiosk.storage.database import Database, open_database
from kiosk.storage.follower import ChangeFollower
from kiosk.storage.guests import IMPORT_FIELDS, ImportResult, ImportStatus
from kiosk.storage.migrate import DatabaseTooNewError
from kiosk.storage.unitofwork import UnitOfWork

__all__ = [
    "IMPORT_FIELDS",
    "ChangeFollower",
    "Database",
    "DatabaseTooNewError",
    "ImportResult",
    "ImportStatus",
    "UnitOfWork",
    "open_database",
]
