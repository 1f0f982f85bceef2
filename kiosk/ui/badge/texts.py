"""The few words printed on a badge, in the badge's own language.

A badge speaks its guest's language whatever the screen shows, and a batch mixes languages
in one run, so these do not go through the application-wide Qt translator.
"""

from __future__ import annotations

from kiosk.core.guest import Language, TagKind

_CAPTIONS: dict[TagKind, dict[Language, str]] = {
    TagKind.SKILL: {Language.FR: "Je peux aider sur", Language.EN: "I can help with"},
    TagKind.INTEREST: {Language.FR: "J'aimerais parler de", Language.EN: "Let's talk about"},
}
_MORE = {Language.FR: "+{n}", Language.EN: "+{n}"}
_SCAN = {Language.FR: "Mon contact", Language.EN: "My contact"}


def caption(kind: TagKind, language: Language) -> str:
    return _CAPTIONS[kind][language]


def more(count: int, language: Language) -> str:
    """The chip standing for tags there was no room for."""
    return _MORE[language].format(n=count)


def scan_hint(language: Language) -> str:
    return _SCAN[language]
