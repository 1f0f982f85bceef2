"""The organiser's corrections: find a guest, edit them, fix their presence, merge duplicates."""
