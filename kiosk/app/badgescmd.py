"""`kiosk badges --out FILE.pdf`: every pre-registered guest's badge in one PDF, ready to cut."""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import TextIO

from PySide6.QtGui import QGuiApplication

from kiosk.core.badge import TEMPLATES, UnknownTemplateError
from kiosk.core.badge import template as find_template
from kiosk.core.badgesheet import sheet_layout
from kiosk.core.guest import Guest, Language, Source
from kiosk.core.text import fold
from kiosk.storage import Database
from kiosk.ui.badge.printing import BadgeOutputError, write_batch_pdf

_MESSAGES: dict[str, dict[Language, str]] = {
    "done": {
        Language.FR: "{file} : {badges} badges sur {pages} pages"
        " ({per_page} par page, {template}).",
        Language.EN: "{file}: {badges} badges on {pages} pages ({per_page} a page, {template}).",
    },
    "none": {
        Language.FR: "Aucun invité préinscrit pour cet événement : aucun fichier écrit.",
        Language.EN: "No pre-registered guest for this event: no file written.",
    },
    "no_event": {
        Language.FR: "Événement introuvable ({event}) dans {db}.",
        Language.EN: "Event not found ({event}) in {db}.",
    },
    "bad_template": {
        Language.FR: "Modèle de badge inconnu « {template} » ; au choix : {choices}.",
        Language.EN: "Unknown badge template '{template}'; choose one of: {choices}.",
    },
    "unwritable": {
        Language.FR: "Impossible d'écrire le PDF : {reason}",
        Language.EN: "Cannot write the PDF: {reason}",
    },
}


def _say(key: str, language: Language, **values: object) -> str:
    return _MESSAGES[key][language].format(**values)


def _ensure_gui_application() -> None:
    """Fonts and QPrinter need a QGuiApplication; on a machine without a display, offscreen."""
    if QGuiApplication.instance() is not None:
        return
    if not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    QGuiApplication([sys.argv[0] if sys.argv else "kiosk"])


def _sort_key(guest: Guest) -> tuple[str, str]:
    # Sorted as a welcome desk lays badges out: by last name, then first name.
    return fold(guest.last_name or guest.first_name), fold(guest.first_name)


def run_badges(
    database: Database,
    out_path: Path,
    *,
    event_id: str | None,
    template: str,
    language: Language,
    out: TextIO | None = None,
    err: TextIO | None = None,
) -> int:
    """Exit status: 0 written, 1 nobody to print, 2 unknown event or template, or unwritable."""
    out = out or sys.stdout
    err = err or sys.stderr
    try:
        chosen = find_template(template)
    except UnknownTemplateError:
        choices = ", ".join(TEMPLATES)
        print(_say("bad_template", language, template=template, choices=choices), file=err)
        return 2
    with database.reader() as uow:
        event = uow.events.get(event_id) if event_id else uow.events.active()
        if event is None:
            url = database.url.render_as_string(hide_password=True)
            print(_say("no_event", language, event=event_id or "", db=url), file=err)
            return 2
        guests = [g for g in uow.guests.for_event(event.id) if g.source is Source.PRE_REGISTERED]
        vocabulary = uow.tags.vocabulary(event.id)
    if not guests:
        print(_say("none", language), file=err)
        return 1
    guests.sort(key=_sort_key)
    _ensure_gui_application()
    try:
        pages = write_batch_pdf(guests, event, vocabulary, out_path, chosen)
    except BadgeOutputError as exc:
        print(_say("unwritable", language, reason=exc), file=err)
        return 2
    per_page = sheet_layout(chosen).per_page
    summary = _say(
        "done",
        language,
        file=out_path,
        badges=len(guests),
        pages=pages,
        per_page=per_page,
        template=chosen.name,
    )
    print(summary, file=out)
    return 0
