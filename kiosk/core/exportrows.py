"""What the organiser exports, as rows of text: attendance, tag statistics, a report without names.

Pure: the export service reads guests, check-ins and the vocabulary and writes the files.
Headers of the attendance sheet are ones the guest-list parser recognises, so an export can
be imported again.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime, tzinfo

from kiosk.core.attendance import CheckIn
from kiosk.core.guest import Guest, Language, Source
from kiosk.core.tags import Vocabulary

SMALL_COUNT = 5  # a sensitive tag used by fewer guests is shown as "<5": nobody singled out
TOP_TAGS = 10
TIME_FORMAT = "%Y-%m-%d %H:%M"

_ATTENDANCE_HEADERS: dict[Language, tuple[str, ...]] = {
    Language.FR: ("Prénom", "Nom", "Organisation", "E-mail", "Billet", "Arrivée", "Départ",
                  "Poste", "Provenance", "Accord mur", "Accord suggestions",
                  "Accord organisation sur badge"),
    Language.EN: ("First name", "Last name", "Organisation", "Email", "Ticket", "Checked in at",
                  "Checked out at", "Station", "Origin", "Consent wall", "Consent suggestions",
                  "Consent organisation on badge"),
}  # fmt: skip
_TAG_HEADERS: dict[Language, tuple[str, ...]] = {
    Language.FR: ("Clé", "Libellé FR", "Libellé EN", "Catégorie", "Compétences",
                  "Centres d'intérêt", "Sensible"),
    Language.EN: ("Key", "Label FR", "Label EN", "Category", "Skills", "Interests", "Sensitive"),
}  # fmt: skip
_REPORT_HEADERS: dict[Language, tuple[str, ...]] = {
    Language.FR: ("Indicateur", "Valeur"),
    Language.EN: ("Measure", "Value"),
}
_WORDS = {
    Language.FR: {"yes": "oui", "no": "non", Source.PRE_REGISTERED: "inscrit",
                  Source.WALK_IN: "sur place"},
    Language.EN: {"yes": "yes", "no": "no", Source.PRE_REGISTERED: "pre-registered",
                  Source.WALK_IN: "walk-in"},
}  # fmt: skip
_MEASURES = {
    "registered": ("Invités enregistrés", "Guests registered"),
    "pre_registered": ("Inscrits à l'avance", "Pre-registered"),
    "walk_ins": ("Venus sans inscription", "Walk-ins"),
    "arrived": ("Arrivés", "Arrived"),
    "arrived_pre_registered": ("Inscrits arrivés", "Pre-registered who came"),
    "no_shows": ("Inscrits absents", "Pre-registered no-shows"),
    "consent_wall": ("Accord mur (arrivés)", "Consent to the wall (arrived)"),
    "consent_suggested": ("Accord suggestions (arrivés)", "Consent to suggestions (arrived)"),
    "consent_badge": ("Organisation sur badge (arrivés)", "Organisation on badge (arrived)"),
    "with_tags": ("Arrivés avec au moins une étiquette", "Arrived with at least one tag"),
    "unreviewed_tag_uses": ("Étiquettes saisies non relues", "Guest-typed tags not reviewed"),
    "top_tag": ("Étiquette n°{n}", "Tag #{n}"),
}

Table = tuple[tuple[str, ...], list[tuple[str, ...]]]  # headers, rows


def _first_arrivals(check_ins: Iterable[CheckIn]) -> dict[str, list[CheckIn]]:
    by_guest: dict[str, list[CheckIn]] = {}
    for check_in in sorted(check_ins, key=lambda c: c.checked_in_at):
        if check_in.undone_at is None:  # an undone check-in was a mistake, not an arrival
            by_guest.setdefault(check_in.guest_id, []).append(check_in)
    return by_guest


def _local(at: datetime | None, tz: tzinfo | None) -> str:
    return at.astimezone(tz).strftime(TIME_FORMAT) if at is not None else ""


def attendance(
    guests: Sequence[Guest], check_ins: Iterable[CheckIn], language: Language, tz: tzinfo | None
) -> Table:
    """One row per guest: who they are, when they arrived and left (local time), their consents.

    ``tz`` None is the machine's local time zone.
    """
    words = _WORDS[language]
    visits = _first_arrivals(check_ins)
    rows: list[tuple[str, ...]] = []
    for guest in guests:
        mine = visits.get(guest.id, [])
        left = None if not mine or mine[-1].active else mine[-1].checked_out_at
        rows.append(
            (
                guest.first_name,
                guest.last_name,
                guest.organisation,
                guest.email,
                guest.ticket or "",
                _local(mine[0].checked_in_at, tz) if mine else "",
                _local(left, tz),
                mine[0].station if mine else "",
                words[guest.source],
                words["yes" if guest.consents.on_wall else "no"],
                words["yes" if guest.consents.suggested_to_others else "no"],
                words["yes" if guest.consents.organisation_on_badge else "no"],
            )
        )
    return _ATTENDANCE_HEADERS[language], rows


@dataclass(frozen=True, slots=True)
class TagStat:
    """How many arrived guests can help with / want to talk about one reviewed tag."""

    key: str
    label_fr: str
    label_en: str
    category: str
    skills: int
    interests: int
    sensitive: bool

    def shown(self, count: int) -> str:
        return f"<{SMALL_COUNT}" if self.sensitive and 0 < count < SMALL_COUNT else str(count)


def arrived(guests: Sequence[Guest], check_ins: Iterable[CheckIn]) -> list[Guest]:
    """Guests with at least one check-in that was not undone."""
    visits = _first_arrivals(check_ins)
    return [g for g in guests if g.id in visits]


def tag_stats(present: Sequence[Guest], vocabulary: Vocabulary) -> list[TagStat]:
    """Reviewed tags (organiser's or approved) with their counts, most used first.

    Guest-typed tags nobody reviewed are left out: their label is free text from one person.
    """
    skills = Counter(key for g in present for key in g.skills)
    interests = Counter(key for g in present for key in g.interests)
    stats = [
        TagStat(
            tag.key,
            tag.label.fr,
            tag.label.en,
            tag.category,
            skills[tag.key],
            interests[tag.key],
            tag.sensitive,
        )
        for tag in vocabulary
        if tag.approval.shown_on_wall
    ]
    return sorted(stats, key=lambda s: (-(s.skills + s.interests), s.key))


def tag_table(stats: Sequence[TagStat], vocabulary: Vocabulary, language: Language) -> Table:
    categories = {c.key: c.label(language) for c in vocabulary.categories}
    yes, no = _WORDS[language]["yes"], _WORDS[language]["no"]
    rows: list[tuple[str, ...]] = [
        (s.key, s.label_fr, s.label_en, categories.get(s.category, s.category),
         s.shown(s.skills), s.shown(s.interests), yes if s.sensitive else no)
        for s in stats
    ]  # fmt: skip
    return _TAG_HEADERS[language], rows


def _share(count: int, total: int) -> str:
    return f"{count} ({round(100 * count / total)}%)" if total else "0"


def report(
    guests: Sequence[Guest],
    check_ins: Iterable[CheckIn],
    vocabulary: Vocabulary,
    language: Language,
) -> Table:
    """Counts and rates for the whole event: no name, no email, no per-guest line."""
    came = arrived(guests, check_ins)
    pre = [g for g in guests if g.source is Source.PRE_REGISTERED]
    came_pre = sum(1 for g in came if g.source is Source.PRE_REGISTERED)
    reviewed = {t.key for t in vocabulary if t.approval.shown_on_wall}
    values: list[tuple[str, str]] = [
        ("registered", str(len(guests))),
        ("pre_registered", str(len(pre))),
        ("walk_ins", str(len(guests) - len(pre))),
        ("arrived", str(len(came))),
        ("arrived_pre_registered", str(came_pre)),
        ("no_shows", str(len(pre) - came_pre)),
        ("consent_wall", _share(sum(g.consents.on_wall for g in came), len(came))),
        ("consent_suggested", _share(sum(g.consents.suggested_to_others for g in came), len(came))),
        ("consent_badge", _share(sum(g.consents.organisation_on_badge for g in came), len(came))),
        ("with_tags", _share(sum(bool(g.skills or g.interests) for g in came), len(came))),
        (
            "unreviewed_tag_uses",
            str(sum(k not in reviewed for g in came for k in (*g.skills, *g.interests))),
        ),
    ]
    index = 0 if language is Language.FR else 1
    rows: list[tuple[str, ...]] = [(_MEASURES[code][index], value) for code, value in values]
    top = [s for s in tag_stats(came, vocabulary) if not s.sensitive and s.skills + s.interests]
    for n, stat in enumerate(top[:TOP_TAGS], start=1):
        label = stat.label_fr if language is Language.FR else stat.label_en
        uses = stat.skills + stat.interests
        rows.append((_MEASURES["top_tag"][index].format(n=n), f"{label} ({uses})"))
    return _REPORT_HEADERS[language], rows
