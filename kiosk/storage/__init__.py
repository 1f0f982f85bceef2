"""Persistence: SQLAlchemy models, engine set-up, repositories, unit of work, change log. No Qt."""
