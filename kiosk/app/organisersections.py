"""The sections of organiser mode, in the order of its navigation.

A section is a function ``build(context) -> (page, controller)``: the passive page
(kiosk.ui.organiser) and the QObject that feeds it from the services through
``context.worker``. The controller is parented to the context by the caller.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject

from kiosk.app.organisercontext import OrganiserContext
from kiosk.ui.organiser.page import OrganiserPage

Section = Callable[[OrganiserContext], tuple[OrganiserPage, QObject]]


def sections() -> list[Section]:
    """Imported here, not at the top: each section pulls in its own pages and services."""
    found: list[Section] = []
    return found
