"""Pure domain: guests, events, tags, text rules and matching. No Qt, no SQLAlchemy."""
