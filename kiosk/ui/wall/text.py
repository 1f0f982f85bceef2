"""Every sentence of the wall, in one language, from the wall's own translator."""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum

from PySide6.QtCore import QObject, QTranslator

from kiosk.core.guest import AddressForm, Greeting, Language
from kiosk.core.wallview import ArrivalMessage, EmptyKind, WallCard
from kiosk.resources import asset

_CONTEXT = "WallText"
LRI, PDI = "\u2066", "\u2069"  # Unicode bidi isolate marks


def plain(text: str) -> str:
    """``text`` without the bidi isolate marks (what a reader sees)."""
    return text.replace(LRI, "").replace(PDI, "")


class Role(Enum):
    """How a run of a sentence is drawn."""

    PLAIN = "plain"
    NAME = "name"
    TAG = "tag"


Run = tuple[str, Role]


@dataclass(frozen=True, slots=True)
class EmptyText:
    title: str
    body: str


class WallText(QObject):
    """The wall's strings in ``language``, whatever language the kiosk screens use.

    The wall follows the event's wall setting (French, English, or both alternating), not the
    guest at the kiosk, so it does not read the application's installed translators: ``tr``
    looks up this object's own QTranslator, loaded from ``assets/i18n/wall_<lang>.qm``. The
    calls keep the ``self.tr("...")`` form so pyside6-lupdate extracts them (context
    ``WallText``). English also has a catalogue: it holds the plural forms.
    """

    def __init__(self, language: Language, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.language = language
        self._translator = QTranslator(self)
        self.loaded = self._translator.load(str(asset("i18n", f"wall_{language.value}.qm")))

    def tr(self, sourceText: str, /, disambiguation: str | None = None, n: int = -1) -> str:  # noqa: N803 (Qt's name)
        text = self._translator.translate(_CONTEXT, sourceText, disambiguation, n) or sourceText
        return text.replace("%n", str(n)) if n >= 0 else text

    # -- cards ---------------------------------------------------------------------------------

    def reason(self, card: WallCard) -> list[Run]:
        """The card's sentence as runs, so names and the tag can be drawn apart."""
        tag = card.tag.label(self.language)
        if card.helper is not None and card.asker is not None:
            template = self.tr("{helper} can help {asker} with {tag}")
            values = {"helper": card.helper.name, "asker": card.asker.name, "tag": tag}
        else:
            template = self.tr("Both would like to talk about {tag}")
            values = {"tag": tag}
        return _runs(template, values)

    # -- arrivals ------------------------------------------------------------------------------

    def welcome(self, message: ArrivalMessage) -> list[Run]:
        return _runs(self.tr("Welcome {name}!"), {"name": message.name})

    def arrival_details(self, message: ArrivalMessage) -> list[Run]:
        """ "can help with Python, wants to talk about jazz", or nothing without tags."""
        parts: list[list[Run]] = []
        if message.skills:
            labels = ", ".join(t.label(self.language) for t in message.skills)
            parts.append(_runs(self.tr("can help with {tags}"), {"tags": labels}))
        if message.interests:
            labels = ", ".join(t.label(self.language) for t in message.interests)
            parts.append(_runs(self.tr("would like to talk about {tags}"), {"tags": labels}))
        runs: list[Run] = []
        for i, part in enumerate(parts):
            if i:
                runs.append((self.tr(" · "), Role.PLAIN))
            runs.extend(part)
        return runs

    # -- header, pulse, empty states -----------------------------------------------------------

    def title(self) -> str:
        return self.tr("Talk to these people")

    def page(self, page: int, count: int) -> str:
        return self.tr("{page} / {count}").format(page=page, count=count)

    def here_now(self) -> str:
        return self.tr("Here now")

    def people(self, count: int) -> str:
        return self.tr("%n people", "", count)

    def most_wanted(self) -> str:
        return self.tr("Most wanted topics")

    def unoffered(self) -> str:
        return self.tr("Nobody here offers yet")

    def speak_up(self) -> str:
        return self.tr("You know about it? Say hello!")

    def empty(self, kind: EmptyKind) -> EmptyText:
        if kind is EmptyKind.NOBODY:
            return EmptyText(
                self.tr("Welcome!"),
                self.tr("Check in at the kiosk: conversations to start will appear here."),
            )
        if kind is EmptyKind.ONE_GUEST:
            return EmptyText(
                self.tr("The first guest is here!"),
                self.tr("As soon as someone else arrives, we suggest who to talk to."),
            )
        return EmptyText(
            self.tr("No obvious match yet"),
            self.tr(
                "Add what you can help with and what you would like to talk about at the "
                "kiosk, or simply go and say hello!"
            ),
        )

    # -- etiquette -----------------------------------------------------------------------------

    def address_badge(self, form: AddressForm) -> str:
        """The word inside the speech-bubble icon."""
        if form is AddressForm.FIRST_NAME:
            return self.tr("Hi", "first-name terms icon: French 'tu'")
        return self.tr("Mr/Ms", "formal address icon: French 'vous'")

    def address_legend(self, form: AddressForm) -> str:
        if form is AddressForm.FIRST_NAME:
            return self.tr("First-name terms")
        return self.tr("Formal address")

    def greeting_legend(self, greeting: Greeting) -> str:
        return {
            Greeting.HANDSHAKE: self.tr("Handshake"),
            Greeting.WAVE: self.tr("Wave"),
            Greeting.CHEEK_KISS: self.tr("Cheek kiss"),
            Greeting.NO_CONTACT: self.tr("No contact"),
        }.get(greeting, "")


def _runs(template: str, values: dict[str, str]) -> list[Run]:
    """Split "{helper} can help {asker}" into runs; names and tags keep their own role."""
    roles = {"helper": Role.NAME, "asker": Role.NAME, "name": Role.NAME}
    runs: list[Run] = []
    rest = template
    while rest:
        start = rest.find("{")
        end = rest.find("}", start)
        key = rest[start + 1 : end] if start >= 0 and end > start else ""
        if key not in values:
            runs.append((rest, Role.PLAIN))
            break
        if start:
            runs.append((rest[:start], Role.PLAIN))
        # A left-to-right isolate: an Arabic or Hebrew name keeps its initial on the right
        # and never reorders the sentence around it.
        runs.append((f"{LRI}{values[key]}{PDI}", roles.get(key, Role.TAG)))
        rest = rest[end + 1 :]
    return runs
