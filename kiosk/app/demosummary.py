"""`kiosk demo --summary`: what the shipped demo event holds, in French or English."""

from __future__ import annotations

from typing import TextIO

from kiosk.core.demo import DemoEvent
from kiosk.core.guest import Language

_TEXT = {
    Language.FR: {
        "title": "Événement de démonstration : {name}",
        "when": "Le {start:%d/%m/%Y} de {start:%H:%M} à {end:%H:%M}",
        "guests": "{guests} invités inscrits, {organisations} organisations",
        "tags": "{tags} tags dans {categories} catégories ({sensitive} sensibles, jamais au mur) :",
        "category": "  {label:<28} {count:>3} tags",
    },
    Language.EN: {
        "title": "Demo event: {name}",
        "when": "On {start:%d %b %Y} from {start:%H:%M} to {end:%H:%M}",
        "guests": "{guests} registered guests, {organisations} organisations",
        "tags": "{tags} tags in {categories} categories"
        " ({sensitive} sensitive, never on the wall):",
        "category": "  {label:<28} {count:>3} tags",
    },
}


def print_summary(demo: DemoEvent, language: Language, out: TextIO) -> None:
    text = _TEXT[language]
    summary = demo.summary()
    event = demo.event
    print(text["title"].format(name=event.name), file=out)
    print(text["when"].format(start=event.starts_at, end=event.effective_end), file=out)
    print(
        text["guests"].format(guests=summary.guests, organisations=summary.organisations),
        file=out,
    )
    print(
        text["tags"].format(
            tags=summary.tags,
            categories=len(summary.tags_by_category),
            sensitive=summary.sensitive_tags,
        ),
        file=out,
    )
    for label, count in summary.tags_by_category:
        print(text["category"].format(label=label(language), count=count), file=out)
