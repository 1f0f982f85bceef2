"""Sentences shared by the set-up pages: why settings cannot be saved."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from kiosk.core.eventcheck import (
    MAX_IDLE_TIMEOUT_S,
    MAX_PURGE_DAYS,
    MIN_IDLE_TIMEOUT_S,
    MIN_PURGE_DAYS,
    SettingsProblem,
)


def fill(template: str, *values: object) -> str:
    """``%1``, ``%2``... of a translated sentence replaced by ``values``."""
    for index, value in enumerate(values, start=1):
        template = template.replace(f"%{index}", str(value))
    return template


def problem_text(problem: SettingsProblem) -> str:
    """One plain sentence per problem, in the organiser's language."""
    if problem is SettingsProblem.NAME_EMPTY:
        return QCoreApplication.translate("setup", "Give the event a name.")
    if problem is SettingsProblem.END_BEFORE_START:
        return QCoreApplication.translate("setup", "The event must end after it starts.")
    if problem is SettingsProblem.NO_LANGUAGE:
        return QCoreApplication.translate("setup", "Tick at least one language.")
    if problem is SettingsProblem.DEFAULT_LANGUAGE_NOT_OFFERED:
        return QCoreApplication.translate(
            "setup", "The default language must be one of the ticked languages."
        )
    if problem is SettingsProblem.IDLE_TIMEOUT_OUT_OF_RANGE:
        return fill(
            QCoreApplication.translate(
                "setup", "The time before going back to welcome must be %1 to %2 seconds."
            ),
            MIN_IDLE_TIMEOUT_S,
            MAX_IDLE_TIMEOUT_S,
        )
    return fill(
        QCoreApplication.translate("setup", "Guests' data must be erased after %1 to %2 days."),
        MIN_PURGE_DAYS,
        MAX_PURGE_DAYS,
    )
