"""Event settings to and from plain JSON-compatible dicts (demo files, storage, exports)."""

from __future__ import annotations

from dataclasses import asdict
from datetime import datetime
from typing import Any

from kiosk.core.event import (
    Branding,
    ConsentWording,
    Event,
    LastInitial,
    WalkInFields,
    WallLanguage,
    WallOptions,
)
from kiosk.core.guest import Language
from kiosk.core.titles import TitleRules


class EventFormatError(ValueError):
    """A settings document that does not describe an event; the message names the field."""


def _section(data: dict[str, Any], name: str) -> dict[str, Any]:
    value = data.get(name, {})
    if not isinstance(value, dict):
        raise EventFormatError(f"'{name}' must be an object")
    return value


def event_from_dict(data: dict[str, Any], *, event_id: str | None = None) -> Event:
    try:
        name = str(data["name"]).strip()
        if not name:
            raise EventFormatError("'name' is empty")
        branding = _section(data, "branding")
        wall = _section(data, "wall")
        titles = _section(data, "titles")
        walk_in = _section(data, "walk_in")  # absent in older documents: first name only
        kwargs: dict[str, Any] = {}
        if "starts_at" in data:
            kwargs["starts_at"] = datetime.fromisoformat(data["starts_at"])
        if data.get("ends_at"):
            kwargs["ends_at"] = datetime.fromisoformat(data["ends_at"])
        if "languages" in data:
            kwargs["languages"] = tuple(Language(x) for x in data["languages"])
        if "default_language" in data:
            kwargs["default_language"] = Language(data["default_language"])
        if "idle_timeout_s" in data:
            kwargs["idle_timeout_s"] = int(data["idle_timeout_s"])
        if "purge_after_days" in data:
            kwargs["purge_after_days"] = int(data["purge_after_days"])
        if titles:
            kwargs["titles"] = TitleRules(
                block=tuple(titles.get("block", TitleRules.block)),
                allow=tuple(titles.get("allow", TitleRules.allow)),
            )
        return Event(
            id=event_id or str(data.get("id") or data.get("key") or ""),
            name=name,
            branding=Branding(
                **{k: v for k, v in branding.items() if v is not None or k == "logo"}
            ),
            consent_wording=ConsentWording(**_section(data, "consent_wording")),
            wall=WallOptions(
                last_initial=LastInitial(wall.get("last_initial", LastInitial.WHEN_AMBIGUOUS)),
                language=WallLanguage(wall.get("language", WallLanguage.BOTH)),
                show_unapproved_text=bool(wall.get("show_unapproved_text", False)),
            ),
            walk_in=WalkInFields(
                last_name_required=bool(walk_in.get("last_name_required", False)),
                organisation_required=bool(walk_in.get("organisation_required", False)),
            ),
            **kwargs,
        )
    except KeyError as exc:
        raise EventFormatError(f"missing field {exc}") from exc
    except (TypeError, ValueError) as exc:
        if isinstance(exc, EventFormatError):
            raise
        raise EventFormatError(str(exc)) from exc


def event_to_dict(event: Event) -> dict[str, Any]:
    default_titles = TitleRules()
    data: dict[str, Any] = {
        "id": event.id,
        "name": event.name,
        "starts_at": event.starts_at.isoformat(),
        "ends_at": event.ends_at.isoformat() if event.ends_at else None,
        "languages": [str(x) for x in event.languages],
        "default_language": str(event.default_language),
        "branding": asdict(event.branding),
        "idle_timeout_s": event.idle_timeout_s,
        "purge_after_days": event.purge_after_days,
        "consent_wording": asdict(event.consent_wording),
        "wall": {
            "last_initial": str(event.wall.last_initial),
            "language": str(event.wall.language),
            "show_unapproved_text": event.wall.show_unapproved_text,
        },
        "walk_in": asdict(event.walk_in),
    }
    # Only an edited blocklist is written out, so shipped improvements reach old events.
    if event.titles.block != default_titles.block or event.titles.allow != default_titles.allow:
        data["titles"] = {"block": list(event.titles.block), "allow": list(event.titles.allow)}
    return data
