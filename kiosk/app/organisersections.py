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
    from kiosk.app.organisersetup import build_event_settings
    from kiosk.app.organisersetupstation import build_events, build_screens

    found += [build_event_settings, build_screens, build_events]
    from kiosk.app.organiserimport import build_import

    found.append(build_import)
    from kiosk.app.organiserdashboard import build_dashboard
    from kiosk.app.organiserguests import build_guests

    found += [build_dashboard, build_guests]
    from kiosk.app.organiservocabulary import build_vocabulary

    found.append(build_vocabulary)
    from kiosk.app.organiserafter import build_after
    from kiosk.app.organisermoderation import build_moderation

    found += [build_moderation, build_after]
    return found
