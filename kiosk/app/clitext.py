"""Words for the terminal (demo, import): French or English, picked from the locale or a flag."""

from __future__ import annotations

import locale
import os

from kiosk.core.guest import Language

_MESSAGES: dict[str, dict[Language, str]] = {
    # text demo
    "no_display": {
        Language.FR: "Pas d'écran disponible : démonstration en mode texte.",
        Language.EN: "No display available: running the demo in text mode.",
    },
    "arrival": {
        Language.FR: "Arrivée n°{n} : {name}",
        Language.EN: "Arrival #{n}: {name}",
    },
    "can_help": {Language.FR: "  peut aider sur : {tags}", Language.EN: "  can help with: {tags}"},
    "wants": {
        Language.FR: "  aimerait parler de : {tags}",
        Language.EN: "  would like to talk about: {tags}",
    },
    "not_on_wall": {
        Language.FR: "  (n'a pas souhaité apparaître au mur)",
        Language.EN: "  (chose not to appear on the wall)",
    },
    "top_title": {
        Language.FR: "  À rencontrer maintenant :",
        Language.EN: "  Talk to these people now:",
    },
    "top_none": {
        Language.FR: "  Vous êtes parmi les premiers : regardez le mur au fil des arrivées.",
        Language.EN: "  You are among the first: watch the wall as people arrive.",
    },
    "they_help": {
        Language.FR: "{other} peut vous aider sur « {tag} »",
        Language.EN: "{other} can help you with {tag}",
    },
    "you_help": {
        Language.FR: "vous pouvez aider {other} sur « {tag} »",
        Language.EN: "you can help {other} with {tag}",
    },
    "shared": {
        Language.FR: "{other} aimerait aussi parler de « {tag} »",
        Language.EN: "{other} also wants to talk about {tag}",
    },
    "wall_title": {
        Language.FR: "  Mur ({present} présents, {pairs} conversations suggérées) :",
        Language.EN: "  Wall ({present} here, {pairs} suggested conversations):",
    },
    "wall_title_one": {
        Language.FR: "  Mur ({present} présents, 1 conversation suggérée) :",
        Language.EN: "  Wall ({present} here, 1 suggested conversation):",
    },
    "wall_help": {
        Language.FR: "{helper} peut aider {asker} sur « {tag} »",
        Language.EN: "{helper} can help {asker} with {tag}",
    },
    "wall_shared": {
        Language.FR: "{a} et {b} aimeraient parler de « {tag} »",
        Language.EN: "{a} and {b} both want to talk about {tag}",
    },
    "wall_more": {Language.FR: "    … et {n} autres", Language.EN: "    … and {n} more"},
    "wall_empty": {
        Language.FR: "    (pas encore de conversation à suggérer)",
        Language.EN: "    (no conversation to suggest yet)",
    },
    "no_event_to_run": {
        Language.FR: "Aucun événement actif dans cette base : importez une liste d'invités"
        " (kiosk import) ou essayez kiosk demo.",
        Language.EN: "No active event in this database: import a guest list (kiosk import)"
        " or try kiosk demo.",
    },
    # import
    "import_summary": {
        Language.FR: "{file} : {created} invités créés, {updated} mis à jour,"
        " {unchanged} inchangés, {failed} lignes en erreur"
        " (encodage {encoding}, séparateur {delimiter!r}).",
        Language.EN: "{file}: {created} guests created, {updated} updated, {unchanged} unchanged,"
        " {failed} rows failed (encoding {encoding}, separator {delimiter!r}).",
    },
    "import_row": {
        Language.FR: "  ligne {line}, colonne « {column} » : {problem}{value}",
        Language.EN: "  line {line}, column '{column}': {problem}{value}",
    },
    "import_unreadable": {
        Language.FR: "{file} : fichier illisible : {reason}",
        Language.EN: "{file}: cannot read the file: {reason}",
    },
    "import_no_event": {
        Language.FR: "Aucun événement {event!r} dans {db} (ou aucun événement actif).",
        Language.EN: "No event {event!r} in {db} (or no active event).",
    },
    "bad_map": {
        Language.FR: "--map attend COLONNE=CHAMP avec un champ parmi : {fields}",
        Language.EN: "--map expects COLUMN=FIELD with a field among: {fields}",
    },
    "missing_first_name": {Language.FR: "prénom manquant", Language.EN: "first name missing"},
    "bad_name": {Language.FR: "nom refusé", Language.EN: "name refused"},
    "bad_email": {Language.FR: "adresse e-mail invalide", Language.EN: "invalid email address"},
    "too_long": {Language.FR: "texte trop long", Language.EN: "text too long"},
    "bad_language": {
        Language.FR: "langue inconnue (fr ou en)",
        Language.EN: "unknown language (fr or en)",
    },
    "duplicate_ticket": {
        Language.FR: "billet en double",
        Language.EN: "duplicate ticket",
    },
    "too_many_columns": {
        Language.FR: "plus de colonnes que l'en-tête",
        Language.EN: "more columns than the header",
    },
}


def system_language() -> Language:
    """French when the terminal's locale says so, English otherwise."""
    for variable in ("LC_ALL", "LC_MESSAGES", "LANG"):
        value = os.environ.get(variable)
        if value:
            return Language.FR if value.lower().startswith("fr") else Language.EN
    code = locale.getlocale()[0] or ""
    return Language.FR if code.lower().startswith("fr") else Language.EN


def say(key: str, language: Language, **values: object) -> str:
    return _MESSAGES[key][language].format(**values)
