"""The demo event shipped in db/demo: settings, bilingual vocabulary and about 200 guests."""

from __future__ import annotations

import csv
import json
import uuid
from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from kiosk.core.event import Event
from kiosk.core.eventcodec import event_from_dict
from kiosk.core.guest import AddressForm, Consents, Etiquette, Greeting, Guest, Language, Source
from kiosk.core.tags import Category, Labels, Tag, Vocabulary

# Demo ids are derived from the ticket, so loading the demo twice gives the same guests.
_DEMO_NAMESPACE = uuid.UUID("6f1c1e52-8a43-4b8e-9a51-1c3f0e0d2b7a")


@dataclass(frozen=True, slots=True)
class DemoEvent:
    event: Event
    vocabulary: Vocabulary
    guests: tuple[Guest, ...]
    popularity: dict[str, float]  # demo-only weight per tag key, for simulated rooms

    def summary(self) -> DemoSummary:
        by_category = Counter(tag.category for tag in self.vocabulary)
        labels = {c.key: c.label for c in self.vocabulary.categories}
        return DemoSummary(
            guests=len(self.guests),
            organisations=len({g.organisation for g in self.guests if g.organisation}),
            tags=len(self.vocabulary),
            sensitive_tags=sum(tag.sensitive for tag in self.vocabulary),
            tags_by_category=tuple(
                (labels[key] if key in labels else Labels(key, key), count)
                for key, count in by_category.most_common()
            ),
        )


@dataclass(frozen=True, slots=True)
class DemoSummary:
    guests: int
    organisations: int
    tags: int
    sensitive_tags: int
    tags_by_category: tuple[tuple[Labels, int], ...]


def _vocabulary(data: dict[str, Any]) -> tuple[Vocabulary, dict[str, float]]:
    categories = [Category(c["key"], Labels(**c["label"])) for c in data["categories"]]
    tags: list[Tag] = []
    popularity: dict[str, float] = {}
    for raw in data["tags"]:
        tags.append(
            Tag(
                key=raw["key"],
                label=Labels(**raw["label"]),
                category=raw["category"],
                synonyms=tuple(raw.get("synonyms", ())),
                sensitive=bool(raw.get("sensitive", False)),
            )
        )
        popularity[raw["key"]] = float(raw.get("popularity", 1.0))
    return Vocabulary(categories, tags), popularity


def _guest(row: dict[str, str], event_id: str) -> Guest:
    def keys(field: str) -> tuple[str, ...]:
        return tuple(k for k in row[field].split("|") if k)

    return Guest(
        id=str(uuid.uuid5(_DEMO_NAMESPACE, f"{event_id}/{row['ticket']}")),
        event_id=event_id,
        first_name=row["first_name"],
        last_name=row["last_name"],
        organisation=row["organisation"],
        email=row["email"],
        language=Language(row["language"]),
        etiquette=Etiquette(AddressForm(row["address_form"]), Greeting(row["greeting"])),
        consents=Consents(
            on_wall=row["consent_wall"] == "yes",
            suggested_to_others=row["consent_suggest"] == "yes",
        ),
        ticket=row["ticket"],
        source=Source.PRE_REGISTERED,
        skills=keys("skills"),
        interests=keys("interests"),
    )


def load_demo(folder: Path) -> DemoEvent:
    """Read event.json, vocabulary.json and guests.csv from ``folder``."""
    event_data = json.loads((folder / "event.json").read_text(encoding="utf-8"))
    event = event_from_dict(event_data)
    vocabulary, popularity = _vocabulary(
        json.loads((folder / "vocabulary.json").read_text(encoding="utf-8"))
    )
    with (folder / "guests.csv").open(encoding="utf-8", newline="") as handle:
        guests = tuple(_guest(row, event.id) for row in csv.DictReader(handle))
    return DemoEvent(event, vocabulary, guests, popularity)
