#!/usr/bin/env python3
"""Generate the demo guest list ``guests.csv`` for the Icebreaker demo event.

The guests are drawn from hand-written name lists and from the tag vocabulary in
``vocabulary.json`` (which sits next to this script and is edited by hand, like
``event.json``). Tags are drawn with the vocabulary's ``popularity`` weights, so a few
tags are very common and most are rare, as at a real event.

The script uses only the standard library and a fixed seed: running it twice gives a
byte-identical ``guests.csv``. Run it from anywhere::

    python3 db/demo/generate.py
"""

from __future__ import annotations

import csv
import json
import random
import unicodedata
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

SEED = 2026
GUEST_COUNT = 200
HERE = Path(__file__).resolve().parent
VOCABULARY_PATH = HERE / "vocabulary.json"
GUESTS_PATH = HERE / "guests.csv"

HEADER = [
    "ticket",
    "first_name",
    "last_name",
    "organisation",
    "email",
    "language",
    "skills",
    "interests",
    "address_form",
    "greeting",
    "consent_wall",
    "consent_suggest",
]

MAX_SAME_FIRST_NAME = 3

# --- Names -----------------------------------------------------------------------------

FRENCH_FIRST_NAMES = [
    "Hélène", "François", "Zoé", "Anaïs", "Gaël", "Noémie", "Jérôme", "Cécile", "Loïc",
    "Maëlle", "Jean-Baptiste", "Marie-Claire", "Camille", "Julien", "Sophie", "Thomas",
    "Léa", "Mathieu", "Élodie", "Nicolas", "Chloé", "Antoine", "Inès", "Benoît", "Margaux",
    "Raphaël", "Clémence", "Hugo", "Aurélie", "Yannick", "Sébastien", "Océane", "Théo",
    "Amélie", "Stéphane", "Agathe", "Karim", "Yasmine", "Mamadou", "Fatou", "Nadia",
    "Thibault", "Pauline", "Guillaume", "Laure", "Bastien", "Anne-Sophie", "Pierre-Yves",
    "Manon", "Lucas", "Émilie", "Frédéric", "Valérie", "Arnaud", "Solène", "Bérénice",
    "Gwenaëlle", "Rémi", "Axelle", "Samir", "Awa", "Joël", "Ophélie", "Maxime", "Adèle",
    "Baptiste", "Capucine", "Damien", "Estelle", "Fabrice", "Gaëtan", "Héloïse", "Isabelle",
    "Jeanne", "Kévin", "Lucie", "Marine", "Nathalie", "Olivier", "Perrine", "Quentin",
    "Romane", "Sylvain", "Tiphaine", "Victor", "Xavier", "Yanis", "Alexis", "Bruno",
    "Clément", "Delphine", "Florian", "Géraldine", "Hervé", "Ibrahim", "Justine", "Lina",
    "Mehdi", "Nolwenn", "Paul", "Salomé", "Vincent",
]  # fmt: skip

FRENCH_LAST_NAMES = [
    "Lefèvre", "Dubois", "Nguyen", "Le Goff", "Da Silva", "Martin", "Bernard", "Moreau",
    "Laurent", "Girard", "Roux", "Fournier", "Mercier", "Faure", "Chevalier", "Garnier",
    "Rousseau", "Blanc", "Guérin", "Boyer", "Lemaire", "Perrin", "Morel", "Caron", "Benali",
    "Haddad", "Traoré", "Diallo", "Le Gall", "Kergoat", "Saint-Martin", "N'Diaye",
    "de la Fontaine", "Ferreira", "Pereira", "Tran", "Petit", "Durand", "Lambert", "Bonnet",
    "Gauthier", "Barbier", "Lacroix", "Brun", "Marchand", "Dupont", "Hoarau", "Ménard",
    "Bouchard", "Vidal", "Meunier", "Le Bihan", "Delaunay", "Rivière", "Besnard", "Chauvin",
    "d'Almeida", "Sanchez", "Benoît", "Colin", "Pham", "Ould Ahmed", "Lebrun-Duval",
]  # fmt: skip

ENGLISH_FIRST_NAMES = [
    "Oliver", "Emma", "James", "Charlotte", "Aoife", "Siobhán", "Liam", "Niamh", "Ciarán",
    "Harry", "Amelia", "Emily", "Jack", "Hannah", "Matthew", "Rachel", "Daniel", "Priya",
    "Sanjay", "Grace", "Megan", "Ethan", "Rhys", "Seren", "Olivia", "William", "Sophie",
    "Thomas", "Ava", "Kwame", "Chidi", "Zainab", "Fiona", "Callum", "Eilidh", "Mary-Kate",
    "Tobias", "Ruth", "Declan", "Imogen", "Ben", "Catherine", "David", "Eleanor", "Freya",
    "George", "Isla", "Jamal", "Kate", "Lucy", "Michael", "Nathan", "Orla", "Patrick",
    "Rebecca", "Samuel", "Tara", "Victoria", "Adaeze", "Rohan", "Bronwen", "Connor",
]  # fmt: skip

ENGLISH_LAST_NAMES = [
    "O'Connor", "McAllister", "O'Brien", "Smith", "Jones", "Taylor", "Brown", "Williams",
    "Evans", "Walsh", "Murphy", "Kelly", "Byrne", "Patel", "Shah", "Okafor", "Mensah",
    "Campbell", "MacDonald", "Thompson", "Robinson", "Wright", "Hughes", "Fitzgerald",
    "Van der Berg", "Johnson", "Garcia", "Kowalski", "D'Amico", "Ní Bhriain", "Ó Súilleabháin",
    "Ashworth-Clarke", "Lloyd", "Reid", "Adeyemi", "Chaudhry", "Sullivan", "Morgan",
]  # fmt: skip


@dataclass(frozen=True)
class FeaturedName:
    """A name the demo must contain (unusual shapes and scripts), with its email form."""

    first_name: str
    last_name: str
    language: str
    email_first: str = ""
    email_last: str = ""


# Names that must appear: long, particles, apostrophes and non-Latin scripts. Non-Latin
# names carry a romanisation for the email address. East Asian names are stored with the
# given name in first_name and the family name in last_name.
FEATURED_NAMES = [
    FeaturedName("Anne-Charlotte", "de La Tour d'Auvergne-Lauraguais", "fr"),
    FeaturedName("Alexander", "Montgomery-Fitzwilliam-Harcourt", "en"),
    FeaturedName("Jean-Baptiste", "Van der Berg", "fr"),
    FeaturedName("Aminata", "N'Diaye", "fr"),
    FeaturedName("Seán", "O'Brien", "en"),
    FeaturedName("Marie-Claire", "Saint-Martin", "fr"),
    FeaturedName("Giulia", "D'Amico", "en"),
    FeaturedName("芳", "王", "en", "fang", "wang"),
    FeaturedName("静", "陈", "fr", "jing", "chen"),
    FeaturedName("花子", "佐藤", "en", "hanako", "sato"),
    FeaturedName("健太", "高橋", "fr", "kenta", "takahashi"),
    FeaturedName("민준", "김", "en", "minjun", "kim"),
    FeaturedName("يوسف", "المنصوري", "fr", "youssef", "almansouri"),
    FeaturedName("ليلى", "حداد", "en", "leila", "haddad"),
    FeaturedName("נועה", "כהן", "en", "noa", "cohen"),
    FeaturedName("Δημήτρης", "Παπαδόπουλος", "en", "dimitris", "papadopoulos"),
    FeaturedName("Анна", "Иванова", "fr", "anna", "ivanova"),
    FeaturedName("प्रिया", "शर्मा", "en", "priya", "sharma"),
    FeaturedName("สมชาย", "ใจดี", "en", "somchai", "jaidee"),
]

# --- Organisations ---------------------------------------------------------------------

# Fictional organisations that bring several colleagues (2 to 8 each).
SHARED_ORGANISATIONS = [
    ("Atelier Lumière", 8),
    ("Northwind Analytics", 7),
    ("Crédit Rhône-Alpes", 7),
    ("Canut Digital", 6),
    ("Fourvière Conseil", 6),
    ("Brightwater Legal", 5),
    ("Soierie Nouvelle", 5),
    ("Confluence Santé", 5),
    ("Kestrel & Pike", 4),
    ("Les Halles Numériques", 4),
    ("Greenlane Mobility", 3),
    ("Maison Vercors", 3),
    ("Thistle Bay Consulting", 3),
    ("Bureau Saône Énergie", 2),
    ("Orchard Row Ventures", 2),
]

# One-person organisations (freelancers, small studios) are built from these parts.
SOLO_PREFIXES = ["Studio", "Atelier", "Cabinet", "Collectif", "Agence", "Lab", "Maison"]
SOLO_NOUNS = [
    "Ardoise", "Presqu'île", "Croix-Rousse", "Tilleul", "Boussole", "Quai Nord", "Mistral",
    "Pollen", "Clairière", "Sextant", "Granite", "Marelle", "Harbour", "Lantern", "Copper Fox",
    "Juniper", "Kite", "Bramble", "Ferry Lane", "Saffron",
]  # fmt: skip
EMPTY_ORGANISATION_SHARE = 0.25

FR_DOMAINS = ["example.fr", "example.fr", "example.com", "example.org"]
EN_DOMAINS = ["example.com", "example.com", "example.org", "example.fr"]
EMPTY_EMAIL_SHARE = 0.10

# --- Preferences -----------------------------------------------------------------------

TAG_COUNT_WEIGHTS = {1: 10, 2: 30, 3: 35, 4: 18, 5: 7}
# Hobbies are more often something to talk about than something to help with.
SKILL_CATEGORY_FACTOR = {"culture": 0.3, "health": 0.4, "languages": 0.7}
INTEREST_CATEGORY_FACTOR = {"culture": 1.3, "health": 1.2}
SKILL_INTEREST_OVERLAP_SHARE = 0.10
SENSITIVE_INTEREST_SHARE = 0.05

ADDRESS_FORMS = {
    "fr": {"first_name": 45, "formal": 25, "either": 30},
    "en": {"first_name": 65, "formal": 10, "either": 25},
}
GREETINGS = {
    "fr": {"handshake": 35, "wave": 15, "cheek_kiss": 15, "no_contact": 10, "either": 25},
    "en": {"handshake": 45, "wave": 20, "cheek_kiss": 2, "no_contact": 10, "either": 23},
}
CONSENT_SHARE = 0.85


@dataclass(frozen=True)
class Tag:
    """A vocabulary tag, as far as the generator needs it."""

    key: str
    category: str
    popularity: float
    sensitive: bool


@dataclass
class Guest:
    """One row of guests.csv, before the ticket is given."""

    first_name: str
    last_name: str
    language: str
    email_first: str
    email_last: str
    organisation: str = ""


def load_tags(path: Path) -> list[Tag]:
    """Read the tags of the vocabulary file, in file order."""
    data = json.loads(path.read_text(encoding="utf-8"))
    return [
        Tag(t["key"], t["category"], float(t["popularity"]), bool(t["sensitive"]))
        for t in data["tags"]
    ]


def pick(rng: random.Random, weights: dict[str, int]) -> str:
    """Pick one key of ``weights`` with probability proportional to its weight."""
    return rng.choices(list(weights), weights=list(weights.values()))[0]


def ascii_slug(text: str) -> str:
    """Lowercase ASCII form of a name for an email address ("Lefèvre" -> "lefevre")."""
    text = text.replace("œ", "oe").replace("Œ", "oe").replace("æ", "ae").replace("Æ", "ae")
    decomposed = unicodedata.normalize("NFKD", text)
    kept = [c for c in decomposed if c.isascii() and (c.isalnum() or c == "-")]
    return "".join(kept).lower().strip("-")


def draw_names(rng: random.Random) -> list[Guest]:
    """Draw GUEST_COUNT distinct guests: the featured names, then random ones."""
    guests = [
        Guest(
            f.first_name,
            f.last_name,
            f.language,
            f.email_first or f.first_name,
            f.email_last or f.last_name,
        )
        for f in FEATURED_NAMES
    ]
    first_counts = Counter(g.first_name for g in guests)
    full_names = {(g.first_name, g.last_name) for g in guests}
    while len(guests) < GUEST_COUNT:
        if rng.random() < 0.62:
            first = rng.choice(FRENCH_FIRST_NAMES)
            last = rng.choice(FRENCH_LAST_NAMES)
            language = "fr" if rng.random() < 0.9 else "en"
        else:
            first = rng.choice(ENGLISH_FIRST_NAMES)
            last = rng.choice(ENGLISH_LAST_NAMES)
            language = "en" if rng.random() < 0.85 else "fr"
        if first_counts[first] >= MAX_SAME_FIRST_NAME or (first, last) in full_names:
            continue
        first_counts[first] += 1
        full_names.add((first, last))
        guests.append(Guest(first, last, language, first, last))
    rng.shuffle(guests)
    return guests


def assign_organisations(rng: random.Random, guests: list[Guest]) -> None:
    """Give colleagues a shared organisation, some guests a solo one, the rest none."""
    order = list(range(len(guests)))
    rng.shuffle(order)
    position = 0
    for name, size in SHARED_ORGANISATIONS:
        for index in order[position : position + size]:
            guests[index].organisation = name
        position += size
    solo_names = [f"{prefix} {noun}" for prefix in SOLO_PREFIXES for noun in SOLO_NOUNS]
    rng.shuffle(solo_names)
    empty = round(len(guests) * EMPTY_ORGANISATION_SHARE)
    for index in order[position : len(guests) - empty]:
        guests[index].organisation = solo_names.pop()


def make_emails(rng: random.Random, guests: list[Guest]) -> list[str]:
    """Email addresses derived from the names, unique, on reserved example domains."""
    emails: list[str] = []
    used: set[str] = set()
    for guest in guests:
        if rng.random() < EMPTY_EMAIL_SHARE:
            emails.append("")
            continue
        local = f"{ascii_slug(guest.email_first)}.{ascii_slug(guest.email_last)}"
        domains = FR_DOMAINS if guest.language == "fr" else EN_DOMAINS
        domain = rng.choice(domains)
        email = f"{local}@{domain}"
        suffix = 2
        while email in used:
            email = f"{local}{suffix}@{domain}"
            suffix += 1
        used.add(email)
        emails.append(email)
    return emails


def draw_tags(
    rng: random.Random,
    tags: list[Tag],
    factors: dict[str, float],
    count: int,
    exclude: set[str],
) -> list[str]:
    """Draw ``count`` distinct non-sensitive tag keys weighted by popularity."""
    pool = [t for t in tags if not t.sensitive and t.key not in exclude]
    weights = [t.popularity * factors.get(t.category, 1.0) for t in pool]
    chosen: list[str] = []
    while len(chosen) < count:
        key = rng.choices(pool, weights=weights)[0].key
        if key not in chosen:
            chosen.append(key)
    return chosen


def draw_preferences(rng: random.Random, tags: list[Tag]) -> tuple[list[str], list[str]]:
    """Skills and interests of one guest (1 to 5 keys each, mostly 2 to 4)."""
    counts = list(TAG_COUNT_WEIGHTS)
    count_weights = list(TAG_COUNT_WEIGHTS.values())
    skill_count = rng.choices(counts, weights=count_weights)[0]
    interest_count = rng.choices(counts, weights=count_weights)[0]
    skills = draw_tags(rng, tags, SKILL_CATEGORY_FACTOR, skill_count, set())
    interests = draw_tags(rng, tags, INTEREST_CATEGORY_FACTOR, interest_count, set(skills))
    if rng.random() < SKILL_INTEREST_OVERLAP_SHARE:
        # Someone who can help with a topic and still wants to talk about it.
        add_interest(interests, rng.choice(skills))
    if rng.random() < SENSITIVE_INTEREST_SHARE:
        sensitive = [t for t in tags if t.sensitive]
        choice = rng.choices(sensitive, weights=[t.popularity for t in sensitive])[0]
        add_interest(interests, choice.key)
    return skills, interests


def add_interest(interests: list[str], key: str) -> None:
    """Append ``key`` to the interests, replacing the last one when there are already 5."""
    if len(interests) >= max(TAG_COUNT_WEIGHTS):
        interests[-1] = key
    else:
        interests.append(key)


def yes_no(rng: random.Random, share: float) -> str:
    """``yes`` with probability ``share``, else ``no``."""
    return "yes" if rng.random() < share else "no"


def build_rows(rng: random.Random, tags: list[Tag]) -> list[list[str]]:
    """All CSV rows, header excluded."""
    guests = draw_names(rng)
    assign_organisations(rng, guests)
    emails = make_emails(rng, guests)
    rows: list[list[str]] = []
    for number, (guest, email) in enumerate(zip(guests, emails, strict=True), start=1):
        skills, interests = draw_preferences(rng, tags)
        rows.append(
            [
                f"ICE-{number:04d}",
                guest.first_name,
                guest.last_name,
                guest.organisation,
                email,
                guest.language,
                "|".join(skills),
                "|".join(interests),
                pick(rng, ADDRESS_FORMS[guest.language]),
                pick(rng, GREETINGS[guest.language]),
                yes_no(rng, CONSENT_SHARE),
                yes_no(rng, CONSENT_SHARE),
            ]
        )
    return rows


def main() -> None:
    """Write guests.csv next to this script."""
    rng = random.Random(SEED)
    rows = build_rows(rng, load_tags(VOCABULARY_PATH))
    with GUESTS_PATH.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle, lineterminator="\n")
        writer.writerow(HEADER)
        writer.writerows(rows)
    print(f"wrote {len(rows)} guests to {GUESTS_PATH}")


if __name__ == "__main__":
    main()
