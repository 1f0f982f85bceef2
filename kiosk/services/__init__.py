"""Use cases over a unit of work, returning plain values. No Qt."""
