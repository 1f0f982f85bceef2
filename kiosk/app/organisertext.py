"""Words for the organiser's commands (set-pin, export, erase, wipe, purge): French, English."""

from __future__ import annotations

from kiosk.core.guest import Language

_MESSAGES: dict[str, dict[Language, str]] = {
    # set-pin
    "pin_prompt": {Language.FR: "Nouveau code PIN : ", Language.EN: "New PIN: "},
    "pin_confirm": {Language.FR: "Confirmez le code PIN : ", Language.EN: "Repeat the PIN: "},
    "pin_mismatch": {
        Language.FR: "Les deux saisies diffèrent : code PIN inchangé.",
        Language.EN: "The two entries differ: PIN unchanged.",
    },
    "pin_not_tty": {
        Language.FR: "kiosk set-pin se lance depuis la console de la machine (un terminal).",
        Language.EN: "Run kiosk set-pin at the machine's console (a terminal).",
    },
    "pin_exists": {
        Language.FR: "Un code PIN est déjà défini ({path}). Pour le remplacer :"
        " kiosk set-pin --reset",
        Language.EN: "A PIN is already set ({path}). To replace it: kiosk set-pin --reset",
    },
    "pin_saved": {
        Language.FR: "Code PIN enregistré (empreinte argon2id dans {path}).",
        Language.EN: "PIN saved (argon2id hash in {path}).",
    },
    "pin_cancelled": {
        Language.FR: "Annulé : code PIN inchangé.",
        Language.EN: "Cancelled: PIN unchanged.",
    },
    "pin_unwritable": {
        Language.FR: "Impossible d'écrire {path} : {reason}",
        Language.EN: "Cannot write {path}: {reason}",
    },
    "pin_not_digits": {
        Language.FR: "Le code PIN ne contient que des chiffres.",
        Language.EN: "The PIN is made of digits only.",
    },
    "pin_too_short": {
        Language.FR: "Le code PIN a au moins {min} chiffres.",
        Language.EN: "The PIN has at least {min} digits.",
    },
    "pin_too_long": {
        Language.FR: "Le code PIN a au plus {max} chiffres.",
        Language.EN: "The PIN has at most {max} digits.",
    },
    "pin_repeated": {
        Language.FR: "Trop facile à deviner (chiffres ou motif répétés) : choisissez-en un autre.",
        Language.EN: "Too easy to guess (repeated digits or pattern): choose another.",
    },
    "pin_sequence": {
        Language.FR: "Trop facile à deviner (suite de chiffres) : choisissez-en un autre.",
        Language.EN: "Too easy to guess (a run of digits): choose another.",
    },
    "pin_common": {
        Language.FR: "Code PIN trop courant : choisissez-en un autre.",
        Language.EN: "Too common a PIN: choose another.",
    },
    "pin_needed": {
        Language.FR: "Aucun code PIN organisateur : le mode invité verrouillé ne démarre pas."
        " Définissez-en un à la console : kiosk set-pin",
        Language.EN: "No organiser PIN: the locked guest mode will not start."
        " Set one at the console: kiosk set-pin",
    },
    # export
    "export_written": {
        Language.FR: "Exporté : {path} ({rows} lignes).",
        Language.EN: "Exported: {path} ({rows} rows).",
    },
    "export_failed": {
        Language.FR: "Export impossible vers {path} : {reason}",
        Language.EN: "Cannot export to {path}: {reason}",
    },
    "no_event": {
        Language.FR: "Aucun événement {event!r} (ou aucun événement actif).",
        Language.EN: "No event {event!r} (or no active event).",
    },
    # erase, wipe, purge
    "guest_not_found": {
        Language.FR: "Aucun invité {guest!r} (identifiant, billet ou e-mail) dans l'événement.",
        Language.EN: "No guest {guest!r} (id, ticket or email) in the event.",
    },
    "guest_erased": {
        Language.FR: "Invité {id} effacé : nom, choix, arrivées et historique supprimés.",
        Language.EN: "Guest {id} erased: name, choices, arrivals and history deleted.",
    },
    "wipe_preview": {
        Language.FR: "« {event} » : {guests} invités, {checkins} arrivées et {tags} étiquettes"
        " saisies par des invités seraient effacés définitivement. Relancez avec --yes.",
        Language.EN: "'{event}': {guests} guests, {checkins} arrivals and {tags} guest-typed tags"
        " would be erased for good. Run again with --yes.",
    },
    "wipe_done": {
        Language.FR: "« {event} » vidé : {guests} invités et {checkins} arrivées effacés{kept}.",
        Language.EN: "'{event}' wiped: {guests} guests and {checkins} arrivals erased{kept}.",
    },
    "wipe_kept": {
        Language.FR: " ; réglages et vocabulaire conservés",
        Language.EN: "; settings and vocabulary kept",
    },
    "wipe_dropped": {
        Language.FR: " ; événement supprimé",
        Language.EN: "; event deleted",
    },
    "checkpoint_later": {
        Language.FR: "Base occupée : le journal WAL sera vidé au prochain point de contrôle.",
        Language.EN: "Database busy: the WAL will be emptied at the next checkpoint.",
    },
    "purge_done": {
        Language.FR: "Purge automatique : « {event} » (fini le {end}, +{days} j) :"
        " {guests} invités effacés.",
        Language.EN: "Automatic purge: '{event}' (ended {end}, +{days} days):"
        " {guests} guests erased.",
    },
    "purge_none": {
        Language.FR: "Purge automatique : aucun événement échu.",
        Language.EN: "Automatic purge: no event due.",
    },
}


def say(key: str, language: Language, **values: object) -> str:
    return _MESSAGES[key][language].format(**values)


def has(key: str) -> bool:
    return key in _MESSAGES
