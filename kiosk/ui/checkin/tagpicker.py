"""Pick tags: "I can help with" and "I'd like to talk about", one to five each, from chips."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QBoxLayout,
    QHBoxLayout,
    QScrollArea,
    QScroller,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from kiosk.core.guest import Language, TagKind
from kiosk.core.refusal import MAX_TAGS_PER_KIND, Refusal, RefusalCode
from kiosk.core.tags import Approval, Tag, Vocabulary
from kiosk.core.text import clean
from kiosk.ui.checkin.chips import ChipBoard
from kiosk.ui.checkin.keyboard import OnScreenKeyboard
from kiosk.ui.checkin.screen import Screen
from kiosk.ui.checkin.section import Section
from kiosk.ui.checkin.texts import fill, tag_refusal
from kiosk.ui.checkin.widgets import Field, button, label


class TagPickerScreen(Screen):
    """Two clearly separated sections; the chip board below fills whichever one is active.

    ``tags_chosen(skills, interests)`` when the guest continues with 1 to 5 of each;
    ``tag_add_requested(kind, text)`` for a tag of their own, answered by ``accept_tag``
    or ``show_refusal``.
    """

    tags_chosen = Signal(tuple, tuple)
    tag_add_requested = Signal(object, str)  # TagKind, text as typed
    back_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("tagPicker")
        self._selected: dict[TagKind, list[str]] = {TagKind.SKILL: [], TagKind.INTEREST: []}
        self._active = TagKind.SKILL
        # Until the guest taps a section, the first skill moves the chips on to interests:
        # three chips and one "continue" then fill both sections.
        self._guided = True
        self._pending_popularity: list[str] | None = None
        self._back = button("quiet", self, object_name="back")
        self._back.clicked.connect(self.back_requested)
        self._title = label("title", self)
        self.sections = {kind: Section(kind, self) for kind in TagKind}
        for kind, section in self.sections.items():
            section.activated.connect(lambda k=kind: self._on_section_activated(k))
            section.tag_removed.connect(lambda key, k=kind: self._toggle(k, key))
        self.search = Field(self, object_name="tagSearch")
        self.search.activated.connect(self._on_search_activated)
        self.search.textChanged.connect(self._on_search_text_changed)
        self._add = button("secondary", self, object_name="addTag")
        self._add.clicked.connect(self._on_add_clicked)
        self._hide_keyboard = button("quiet", self, object_name="hideKeyboard")
        self._hide_keyboard.clicked.connect(self._on_hide_keyboard_clicked)
        self._refusal = label("refusal", self)
        self._refusal.hide()
        self.board = ChipBoard()
        self.board.chip_tapped.connect(lambda key: self._toggle(self._active, key))
        self._scroll = QScrollArea(self)
        self._scroll.setObjectName("chipScroll")
        self._scroll.setWidgetResizable(True)
        self._scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self._scroll.setWidget(self.board)
        # The chips give way first (down to nothing) when the keyboard and a refusal are up.
        self._scroll.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Ignored)
        # Flick to scroll with a finger; a short tap still reaches the chip.
        QScroller.grabGesture(
            self._scroll.viewport(), QScroller.ScrollerGestureType.LeftMouseButtonGesture
        )
        self.keyboard = OnScreenKeyboard(self)
        self.keyboard.set_target(self.search)
        self.keyboard.hide()
        self._continue = button("primary", self, object_name="continue")
        self._continue.clicked.connect(self._on_continue_clicked)

        header = self._header(self._back, self._title)
        self._sections_row = QBoxLayout(QBoxLayout.Direction.LeftToRight)
        for section in self.sections.values():
            self._sections_row.addWidget(section, 1)
        search = QHBoxLayout()
        search.addWidget(self.search, 1)
        search.addWidget(self._add)
        search.addWidget(self._hide_keyboard)
        actions = QHBoxLayout()
        actions.addStretch(1)
        actions.addWidget(self._continue)
        outer = QVBoxLayout(self)
        outer.addLayout(header)
        outer.addLayout(self._sections_row)
        outer.addLayout(search)
        outer.addWidget(self._refusal)
        outer.addWidget(self._scroll, 1)
        outer.addWidget(self.keyboard)
        outer.addLayout(actions)
        self.retranslate()
        self._refresh()

    # -- setters -------------------------------------------------------------------------
    def set_vocabulary(self, vocabulary: Vocabulary) -> None:
        """The event's tags; text other guests typed shows only once approved."""
        shown = [t for t in vocabulary if t.approval in (Approval.VOCABULARY, Approval.APPROVED)]
        self.board.set_vocabulary(Vocabulary(vocabulary.categories, shown))
        self._refresh()

    def set_popularity(self, keys: Sequence[str]) -> None:
        """Most popular first. Held back while a guest is picking, so chips never jump."""
        if self.isVisible():
            self._pending_popularity = list(keys)
        else:
            self.board.set_popularity(keys)

    def set_selection(self, skills: Sequence[str], interests: Sequence[str]) -> None:
        """Start from a returning guest's tags."""
        self._selected = {TagKind.SKILL: list(skills), TagKind.INTEREST: list(interests)}
        self._refresh()

    def set_active(self, kind: TagKind) -> None:
        self._active = kind
        self._set_refusal("")
        self._refresh()

    def accept_tag(self, kind: TagKind, tag: Tag) -> None:
        """The guest's own tag was accepted: show it and pick it in ``kind``."""
        self.board.add_tag(tag)
        self.search.setText("")
        self._active = kind
        if tag.key not in self._selected[kind]:
            self._toggle(kind, tag.key)
        self._refresh()

    def _on_section_activated(self, kind: TagKind) -> None:
        self._guided = False  # the guest chose the section: it stays until they choose again
        self.set_active(kind)

    def show_refusal(self, refusal: Refusal) -> None:
        self._set_refusal(tag_refusal(refusal))

    def refusal_text(self) -> str:
        return self._refusal.text()

    def _set_refusal(self, text: str) -> None:
        self._refusal.setText(text)
        self._refusal.setVisible(bool(text))

    def selection(self, kind: TagKind) -> tuple[str, ...]:
        return tuple(self._selected[kind])

    @property
    def active(self) -> TagKind:
        return self._active

    def set_portrait(self, portrait: bool) -> None:
        """One section above the other on a totem: each keeps the full width for its title."""
        self._sections_row.setDirection(
            QBoxLayout.Direction.TopToBottom if portrait else QBoxLayout.Direction.LeftToRight
        )

    def set_language(self, language: Language) -> None:
        self.keyboard.set_language(language)
        self.board.set_language(language)
        super().set_language(language)

    def reset(self) -> None:
        self._selected = {TagKind.SKILL: [], TagKind.INTEREST: []}
        self._active = TagKind.SKILL
        self._guided = True
        self.search.setText("")
        self._set_refusal("")
        self.board.remove_added()
        self.keyboard.reset()
        self.keyboard.hide()
        if self._pending_popularity is not None:
            self.board.set_popularity(self._pending_popularity)
            self._pending_popularity = None
        self._scroll.verticalScrollBar().setValue(0)
        self._refresh()

    def retranslate(self) -> None:
        self._back.setText(self.tr("← Back"))
        self._title.setText(self.tr("Pick 1 to 5 tags in each box"))
        self.search.setPlaceholderText(self.tr("Search a tag, or type your own"))
        self._hide_keyboard.setText(self.tr("Hide keyboard"))
        for section in self.sections.values():
            section.retranslate()
        self.board.retranslate()
        self._refresh()

    # -- behaviour -----------------------------------------------------------------------
    def _toggle(self, kind: TagKind, key: str) -> None:
        chosen = self._selected[kind]
        self._set_refusal("")
        if key in chosen:
            chosen.remove(key)
        elif len(chosen) >= MAX_TAGS_PER_KIND:
            self.show_refusal(Refusal(RefusalCode.TOO_MANY, limit=MAX_TAGS_PER_KIND, kind=kind))
        else:
            chosen.append(key)
            if self._guided and kind is TagKind.SKILL and not self._selected[TagKind.INTEREST]:
                self._active = TagKind.INTEREST
            if self.search.text():  # the search found it: clear it for the next one
                self.search.setText("")
                self.keyboard.hide()
        self._refresh()

    def _refresh(self) -> None:
        typing = self.keyboard.isVisibleTo(self)
        for kind, section in self.sections.items():
            labels = [(key, self._label(key)) for key in self._selected[kind]]
            active = kind is self._active
            # The keyboard takes the room of the hint: the chips keep theirs on 800 px.
            section.show_state(labels, active=active, limit=MAX_TAGS_PER_KIND, hint=not typing)
        self.board.show_selection(self._selected[self._active], self._active)
        text = clean(self.search.text())
        self._add.setVisible(bool(text) and self.board.tag_for_text(text) is None)
        self._add.setText(fill(self.tr("+ Add “%1”"), text))
        self._hide_keyboard.setVisible(typing)
        self._continue.setVisible(not typing)  # room for the keyboard on a 800 px screen
        skills, interests = (self._selected[k] for k in TagKind)
        if self._active is TagKind.SKILL and skills and not interests:
            self._continue.setText(self.tr("Next: what I'd like to talk about →"))
        else:
            self._continue.setText(self.tr("Continue →"))

    def _label(self, key: str) -> str:
        tag = self.board.tag(key)
        return tag.label(self.language) if tag is not None else key

    def show_keyboard(self, shown: bool) -> None:
        """The keyboard takes room from the chips: it is only up while the guest searches."""
        if shown:
            self._continue.hide()  # hide first: the page never needs room for both
        self.keyboard.setVisible(shown)
        self._refresh()

    def _on_search_activated(self) -> None:
        self.show_keyboard(True)

    def _on_hide_keyboard_clicked(self) -> None:
        self.show_keyboard(False)

    def _on_search_text_changed(self, text: str) -> None:
        self.board.filter(text)
        self._refresh()

    def _on_add_clicked(self) -> None:
        self.tag_add_requested.emit(self._active, self.search.text())

    def _on_continue_clicked(self) -> None:
        skills, interests = (self._selected[k] for k in TagKind)
        if self._active is TagKind.SKILL and skills and not interests:
            self.set_active(TagKind.INTEREST)
            return
        for kind in TagKind:
            if not self._selected[kind]:
                self.set_active(kind)
                self.show_refusal(Refusal(RefusalCode.TOO_FEW, limit=1, kind=kind))
                return
        self.tags_chosen.emit(tuple(skills), tuple(interests))
