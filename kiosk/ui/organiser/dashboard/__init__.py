"""The organiser's live view of the room: arrivals chart, counts, top tags, guests to introduce."""
