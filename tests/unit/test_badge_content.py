"""What goes on a badge: visibility rules, language, templates, sheets for batch printing."""

from __future__ import annotations

from dataclasses import replace

import pytest

from kiosk.core.badge import (
    DEFAULT_TEMPLATE,
    TEMPLATES,
    Orientation,
    UnknownTemplateError,
    badge_content,
    template,
)
from kiosk.core.badgesheet import A4_MM, SHEET_MARGIN_MM, page_count, sheet_layout
from kiosk.core.event import Branding, Event
from kiosk.core.guest import AddressForm, Consents, Etiquette, Greeting, Guest, Language
from kiosk.core.tags import Approval, Labels, Tag, Vocabulary
from kiosk.core.vcard import vcard_payload

EVENT = Event(id="e", name="Rencontres", branding=Branding(display_name="Les Rencontres"))
VOCABULARY = Vocabulary(
    tags=[
        Tag("python", Labels("Python", "Python")),
        Tag("fundraising", Labels("Levée de fonds", "Fundraising")),
        Tag("jazz", Labels("Jazz", "Jazz")),
        Tag("health", Labels("Santé mentale", "Mental health"), sensitive=True),
        Tag("faith", Labels("Foi", "Faith"), sensitive=True),
        Tag("typed", Labels("Tapé", "Typed"), approval=Approval.PENDING),
        Tag("withdrawn", Labels("Retiré", "Withdrawn"), approval=Approval.HIDDEN),
    ]
)
GUEST = Guest(
    id="g",
    event_id="e",
    first_name=" Hélène ",
    last_name="Lefèvre",
    organisation="Acme",
    email="private@example.org",
    contact="helene.example.org",
    language=Language.FR,
    etiquette=Etiquette(AddressForm.FORMAL, Greeting.WAVE),
    skills=("fundraising", "health", "typed", "withdrawn", "unknown-key"),
    interests=("jazz", "faith", "python"),
)


def test_organisation_hidden_without_consent() -> None:
    assert badge_content(GUEST, EVENT, VOCABULARY).organisation == ""


def test_organisation_shown_with_consent() -> None:
    agreed = replace(GUEST, consents=Consents(organisation_on_badge=True))
    assert badge_content(agreed, EVENT, VOCABULARY).organisation == "Acme"


def test_no_sensitive_hidden_or_unknown_tag() -> None:
    content = badge_content(GUEST, EVENT, VOCABULARY)
    shown = content.skills + content.interests
    for word in ("Santé mentale", "Foi", "Retiré", "unknown-key"):
        assert word not in shown
    assert content.skills == ("Levée de fonds", "Tapé")
    assert content.interests == ("Jazz", "Python")


def test_labels_follow_the_guest_language_unless_told() -> None:
    english = replace(GUEST, language=Language.EN)
    assert badge_content(english, EVENT, VOCABULARY).skills[0] == "Fundraising"
    forced = badge_content(GUEST, EVENT, VOCABULARY, language=Language.EN)
    assert forced.skills[0] == "Fundraising"
    assert forced.language is Language.EN


def test_names_event_etiquette_and_colours() -> None:
    content = badge_content(GUEST, EVENT, VOCABULARY)
    assert (content.first_name, content.last_name) == ("Hélène", "Lefèvre")
    assert content.event_name == "Les Rencontres"
    assert content.etiquette == GUEST.etiquette
    assert content.colours.band == EVENT.branding.primary_colour
    plain = badge_content(GUEST, replace(EVENT, branding=Branding()), VOCABULARY)
    assert plain.event_name == "Rencontres"


def test_qr_payload_is_the_vcard_and_never_the_private_email() -> None:
    content = badge_content(GUEST, EVENT, VOCABULARY)
    assert content.qr_payload == vcard_payload(" Hélène ", "Lefèvre", "helene.example.org")
    assert b"private@example.org" not in content.qr_payload
    assert b"Acme" not in content.qr_payload


def test_templates_registry() -> None:
    assert set(TEMPLATES) == {"insert-4x3", "a6", "card-54x86", "label-62x100"}
    assert template("") is TEMPLATES[DEFAULT_TEMPLATE]
    four_by_three = template("insert-4x3")
    assert (four_by_three.width_mm, four_by_three.height_mm) == (101.6, 76.2)
    a6 = template("a6")
    assert a6.orientation is Orientation.PORTRAIT
    assert (a6.width_mm, a6.height_mm) == (105.0, 148.0)
    label = template("label-62x100")
    assert (label.width_mm, label.height_mm) == (100.0, 62.0)
    assert not label.colour
    with pytest.raises(UnknownTemplateError, match="insert-4x3"):
        template("business-card")


@pytest.mark.parametrize("name", sorted(TEMPLATES))
def test_sheet_slots_stay_on_the_sheet_and_never_overlap(name: str) -> None:
    sheet = sheet_layout(TEMPLATES[name])
    assert sheet.per_page >= 2
    slots = sheet.slots()
    assert len(slots) == sheet.per_page
    for slot in slots:
        assert slot.x_mm >= SHEET_MARGIN_MM - 1e-9
        assert slot.y_mm >= SHEET_MARGIN_MM - 1e-9
        assert slot.x_mm + slot.width_mm <= A4_MM[0] - SHEET_MARGIN_MM + 1e-9
        assert slot.y_mm + slot.height_mm <= A4_MM[1] - SHEET_MARGIN_MM + 1e-9
    for i, a in enumerate(slots):
        for b in slots[i + 1 :]:
            apart_x = a.x_mm + a.width_mm <= b.x_mm + 1e-9 or b.x_mm + b.width_mm <= a.x_mm + 1e-9
            apart_y = a.y_mm + a.height_mm <= b.y_mm + 1e-9 or b.y_mm + b.height_mm <= a.y_mm + 1e-9
            assert apart_x or apart_y


@pytest.mark.parametrize("name", sorted(TEMPLATES))
def test_crop_marks_stay_off_the_badges(name: str) -> None:
    sheet = sheet_layout(TEMPLATES[name])
    marks = sheet.marks()
    assert len(marks) == 2 * (sheet.columns + 1) + 2 * (sheet.rows + 1)
    x0, y0 = sheet.origin
    x1, y1 = x0 + sheet.columns * sheet.cell_width_mm, y0 + sheet.rows * sheet.cell_height_mm
    for mark in marks:
        inside_x = x0 < mark.x1 < x1 or x0 < mark.x2 < x1
        inside_y = y0 < mark.y1 < y1 or y0 < mark.y2 < y1
        assert not (inside_x and inside_y)
        assert min(mark.x1, mark.x2, mark.y1, mark.y2) >= 0
        assert max(mark.x1, mark.x2) <= A4_MM[0]
        assert max(mark.y1, mark.y2) <= A4_MM[1]


def test_four_by_three_sheet_holds_four_turned_badges() -> None:
    sheet = sheet_layout(template("insert-4x3"))
    assert (sheet.per_page, sheet.rotated) == (4, True)


@pytest.mark.parametrize(("guests", "pages"), [(0, 0), (1, 1), (4, 1), (5, 2), (9, 3)])
def test_page_count(guests: int, pages: int) -> None:
    assert page_count(guests, sheet_layout(template("insert-4x3"))) == pages


def test_turned_badges_come_in_reading_order() -> None:
    sheet = sheet_layout(template("insert-4x3"))
    first, second = sheet.slots()[:2]
    # Turned so their top faces the sheet's right: the first is top right, the next below it.
    assert first.x_mm > second.x_mm - 1e-9
    assert first.x_mm == second.x_mm
    assert second.y_mm > first.y_mm
