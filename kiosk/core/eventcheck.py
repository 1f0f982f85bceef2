"""What makes an event's settings unusable, as codes the screens turn into sentences."""

from __future__ import annotations

from enum import StrEnum

from kiosk.core.event import Event

MIN_IDLE_TIMEOUT_S = 20
MAX_IDLE_TIMEOUT_S = 600
MIN_PURGE_DAYS = 1
MAX_PURGE_DAYS = 3650


class SettingsProblem(StrEnum):
    NAME_EMPTY = "name_empty"
    END_BEFORE_START = "end_before_start"
    NO_LANGUAGE = "no_language"
    DEFAULT_LANGUAGE_NOT_OFFERED = "default_language_not_offered"
    IDLE_TIMEOUT_OUT_OF_RANGE = "idle_timeout_out_of_range"
    PURGE_DAYS_OUT_OF_RANGE = "purge_days_out_of_range"


def check_settings(event: Event) -> list[SettingsProblem]:
    """Every problem of these settings, in the order of the form (empty: fine to save)."""
    problems: list[SettingsProblem] = []
    if not event.name.strip():
        problems.append(SettingsProblem.NAME_EMPTY)
    if event.ends_at is not None and event.ends_at <= event.starts_at:
        problems.append(SettingsProblem.END_BEFORE_START)
    if not event.languages:
        problems.append(SettingsProblem.NO_LANGUAGE)
    elif event.default_language not in event.languages:
        problems.append(SettingsProblem.DEFAULT_LANGUAGE_NOT_OFFERED)
    if not MIN_IDLE_TIMEOUT_S <= event.idle_timeout_s <= MAX_IDLE_TIMEOUT_S:
        problems.append(SettingsProblem.IDLE_TIMEOUT_OUT_OF_RANGE)
    if not MIN_PURGE_DAYS <= event.purge_after_days <= MAX_PURGE_DAYS:
        problems.append(SettingsProblem.PURGE_DAYS_OUT_OF_RANGE)
    return problems
