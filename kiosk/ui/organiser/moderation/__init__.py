"""Organiser pages: guest-typed text and the wall ("Moderation"), "After the event"."""
