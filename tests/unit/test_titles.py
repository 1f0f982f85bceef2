"""Job titles are refused as tags; real skills pass, in French and in English."""

from __future__ import annotations

import pytest

from kiosk.core.titles import TitleRules

TITLES = [
    "CEO",
    "PDG",
    "DG",
    "DGA",
    "VP",
    "VP Sales",
    "Vice-président",
    "CTO",
    "DRH",
    "DAF",
    "Directeur commercial",
    "Directrice de la communication",
    "Director of Engineering",
    "Head of Data",
    "head of",
    "Chief Marketing Officer",
    "Chief Happiness Officer",
    "Project Manager",
    "Community manager",
    "Product manager",
    "Responsable RH",
    "Responsable marketing",
    "Président",
    "Présidente",
    "Fondateur",
    "Fondatrice",
    "Co-founder",
    "Cofondatrice",
    "Founder & CEO",
    "Associé",
    "Associée",
    "Partner",
    "Managing partner",
    "Stagiaire",
    "Intern",
    "Senior developer",
    "Junior analyst",
    "Consultant senior",
    "Lead developer",
    "Tech lead",
    "ex-CEO",
    "Chef de projet",
    "Cheffe de produit",
    "Manager",
    "Gérante",
    "Directeur",
    "Sales executive",
]
SKILLS = [
    "project management", "Project Management", "lead generation", "Lead generation",
    "IA responsable", "partenariats", "Partnerships", "accompagnement des seniors",
    "management d'équipe", "Team management", "Python", "Levée de fonds", "Fundraising",
    "Jazz", "Leadership", "Management", "Investissement responsable", "Data science",
    "Cuisine", "Négociation", "Prise de parole en public", "UX research", "RSE",
    "Direction artistique", "Gestion de projet", "Marchés publics", "Export Asie",
    "Running", "Œnologie", "Financement participatif", "Recrutement", "Design thinking",
]  # fmt: skip


@pytest.mark.parametrize("label", TITLES)
def test_titles_are_refused(label: str) -> None:
    assert TitleRules().matched_title(label) is not None


@pytest.mark.parametrize("label", SKILLS)
def test_skills_pass(label: str) -> None:
    assert TitleRules().matched_title(label) is None


def test_organiser_can_add_and_allow_patterns() -> None:
    rules = TitleRules(block=(*TitleRules().block, "* evangelist"), allow=("chef * cuisine",))
    assert rules.matched_title("Developer Evangelist") is not None
    assert rules.matched_title("Chef de cuisine") is None
    assert TitleRules().matched_title("Chef de cuisine") is None  # shipped allow list


def test_patterns_are_folded_like_labels() -> None:
    rules = TitleRules(block=("Trésorière *",), allow=())
    assert rules.matched_title("tresoriere de l'association") is not None


def test_empty_rules_refuse_nothing() -> None:
    assert TitleRules(block=(), allow=()).matched_title("CEO") is None
