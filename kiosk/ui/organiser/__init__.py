"""Organiser mode: the pages behind the PIN (set-up, import, vocabulary, room, corrections)."""
