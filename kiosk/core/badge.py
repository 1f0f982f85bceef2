"""What goes on a badge (BadgeContent, applying the visibility rules) and the badge templates."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from kiosk.core.event import Event
from kiosk.core.guest import Etiquette, Guest, Language, TagKind
from kiosk.core.tags import Approval, Vocabulary
from kiosk.core.vcard import vcard_payload


class Orientation(StrEnum):
    PORTRAIT = "portrait"
    LANDSCAPE = "landscape"


@dataclass(frozen=True, slots=True)
class BadgeTemplate:
    """A badge stock: the media as loaded in the printer and how the badge sits on it.

    ``page_*_mm`` is the media (a 62 mm roll is 62 wide); ``orientation`` turns it, so
    ``width_mm``/``height_mm`` are the badge as a person reads it. ``font_scale`` scales
    every font size of the 4x3 in reference design; ``colour`` False prints black on white
    only (thermal label printers).
    """

    name: str
    page_width_mm: float
    page_height_mm: float
    orientation: Orientation
    margin_mm: float
    font_scale: float
    colour: bool = True

    @property
    def width_mm(self) -> float:
        landscape = self.orientation is Orientation.LANDSCAPE
        short, long = sorted((self.page_width_mm, self.page_height_mm))
        return long if landscape else short

    @property
    def height_mm(self) -> float:
        landscape = self.orientation is Orientation.LANDSCAPE
        short, long = sorted((self.page_width_mm, self.page_height_mm))
        return short if landscape else long


TEMPLATES: dict[str, BadgeTemplate] = {
    t.name: t
    for t in (
        BadgeTemplate("insert-4x3", 101.6, 76.2, Orientation.LANDSCAPE, 4.0, 1.0),
        BadgeTemplate("a6", 105.0, 148.0, Orientation.PORTRAIT, 6.0, 1.0),
        BadgeTemplate("card-54x86", 54.0, 86.0, Orientation.LANDSCAPE, 3.0, 0.6),
        BadgeTemplate("label-62x100", 62.0, 100.0, Orientation.LANDSCAPE, 3.0, 0.85, colour=False),
    )
}
DEFAULT_TEMPLATE = "insert-4x3"


class UnknownTemplateError(KeyError):
    """No template has this name; the message lists the known ones."""


def template(name: str) -> BadgeTemplate:
    """The template called ``name`` (empty: the default)."""
    try:
        return TEMPLATES[name or DEFAULT_TEMPLATE]
    except KeyError:
        raise UnknownTemplateError(f"{name!r}: choose one of {', '.join(TEMPLATES)}") from None


@dataclass(frozen=True, slots=True)
class BadgeColours:
    """Ink colours as #RRGGBB; a monochrome template turns them all black."""

    band: str  # header band behind the event name
    on_band: str  # event name and etiquette icons on the band
    ink: str  # names and captions
    skill: str  # filled chips
    interest: str  # outlined chips


@dataclass(frozen=True, slots=True)
class BadgeContent:
    """Everything printed on one badge, already filtered: the renderer applies no rule."""

    first_name: str
    last_name: str
    organisation: str  # empty unless the guest agreed to show it
    language: Language
    skills: tuple[str, ...]  # labels in the badge's language
    interests: tuple[str, ...]
    etiquette: Etiquette
    event_name: str
    colours: BadgeColours  # the renderer uses MONOCHROME instead on a black-only template
    qr_payload: bytes  # a vCard; always present (the name alone is worth scanning)

    def tags(self, kind: TagKind) -> tuple[str, ...]:
        return self.skills if kind is TagKind.SKILL else self.interests


def _labels(keys: tuple[str, ...], vocabulary: Vocabulary, language: Language) -> tuple[str, ...]:
    """Labels of the tags a badge may show: never a sensitive one, never one the organiser hid.

    A key missing from the vocabulary is skipped too: without its tag nobody can tell
    whether it is sensitive.
    """
    labels: list[str] = []
    for key in keys:
        tag = vocabulary.get(key)
        if tag is None or tag.sensitive or tag.approval is Approval.HIDDEN:
            continue
        label = tag.label(language).strip()
        if label and label not in labels:
            labels.append(label)
    return tuple(labels)


MONOCHROME = BadgeColours("#FFFFFF", "#000000", "#000000", "#000000", "#000000")


def badge_colours(event: Event) -> BadgeColours:
    """The event's colours on white stock: its primary colour for the band and the chips."""
    brand = event.branding
    return BadgeColours(
        band=brand.primary_colour,
        on_band=brand.text_colour,
        ink="#1A1A1A",
        skill=brand.primary_colour,
        interest=brand.primary_colour,
    )


def badge_content(
    guest: Guest,
    event: Event,
    vocabulary: Vocabulary,
    *,
    language: Language | None = None,
) -> BadgeContent:
    """The badge of ``guest``, in their own language unless ``language`` says otherwise.

    Never a job title (guests have none; tags refused titles at the door), the
    organisation only with the guest's consent, no sensitive or hidden tag.
    """
    lang = language or guest.language
    return BadgeContent(
        first_name=guest.first_name.strip(),
        last_name=guest.last_name.strip(),
        organisation=guest.organisation.strip() if guest.consents.organisation_on_badge else "",
        language=lang,
        skills=_labels(guest.skills, vocabulary, lang),
        interests=_labels(guest.interests, vocabulary, lang),
        etiquette=guest.etiquette,
        event_name=(event.branding.display_name or event.name).strip(),
        colours=badge_colours(event),
        qr_payload=vcard_payload(guest.first_name, guest.last_name, guest.contact),
    )
