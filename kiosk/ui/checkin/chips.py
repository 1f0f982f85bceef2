"""Tag chips: the board of every tag grouped by category, popular first, filtered by a search."""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import QPushButton, QVBoxLayout, QWidget

from kiosk.core.guest import Language, TagKind
from kiosk.core.tags import Tag, Vocabulary
from kiosk.core.text import fold
from kiosk.ui.checkin.flowlayout import FlowLayout
from kiosk.ui.checkin.widgets import label, set_style_property

POPULAR_COUNT = 8
_POPULAR = "__popular__"
_ADDED = "__added__"


def chip_text(text: str) -> str:
    return text.replace("&", "&&")  # "R&D" must not become a keyboard shortcut


class Chip(QPushButton):
    """One tag as a checkable pill; the same tag may appear twice (popular and its category)."""

    def __init__(self, tag: Tag, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.tag = tag
        self.setProperty("role", "chip")
        self.setCheckable(True)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.names = tuple(fold(n) for n in tag.names())
        self.sort_key = ""

    def nextCheckState(self) -> None:  # noqa: N802 (Qt override)
        """A tap only asks; the tag picker decides (it may refuse a sixth tag)."""

    def relabel(self, language: Language) -> None:
        label = self.tag.label(language)
        self.setText(chip_text(label))
        self.sort_key = fold(label)  # computed once per language, not per sort

    def matches(self, word_start: re.Pattern[str] | None) -> bool:
        """Whether a word of a label or synonym starts with the query ("da" finds "data",
        not "Mandarin")."""
        return word_start is None or any(word_start.search(name) for name in self.names)

    def show_selected(self, selected: bool, kind: TagKind) -> None:
        if selected:
            set_style_property(self, "kind", kind.value)  # colour of the section it is in
        self.setChecked(selected)


class _Group(QWidget):
    """A heading and its chips, wrapped in rows."""

    def __init__(self, key: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.key = key
        self.heading = label("groupHeading", self, wrap=False)
        self.flow = FlowLayout(spacing=12)
        self.chips: list[Chip] = []
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.heading)
        layout.addLayout(self.flow)

    def set_chips(self, chips: Sequence[Chip]) -> None:
        """Put these chips in this order; chips already here are moved, not rebuilt."""
        if list(chips) == self.chips:
            return  # same order: nothing to lay out again
        while self.flow.count():
            self.flow.takeAt(0)
        for chip in chips:
            self.flow.addWidget(chip)
        self.chips = list(chips)
        self.flow.invalidate()


class ChipBoard(QWidget):
    """Every tag of the event: "popular right now" first, then each category.

    ``chip_tapped(key)`` says the guest touched a tag; the board does not decide what it means.
    """

    chip_tapped = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("chipBoard")
        self._language = Language.FR
        self._vocabulary = Vocabulary()
        self._rank: dict[str, int] = {}
        self._groups: dict[str, _Group] = {}
        self._query = ""
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._layout.setSpacing(18)
        self._layout.addStretch(1)
        self._empty = label("muted", self)
        self._layout.insertWidget(0, self._empty)
        self._empty.hide()

    # -- content -------------------------------------------------------------------------
    def set_vocabulary(self, vocabulary: Vocabulary) -> None:
        """Rebuild every chip: only when the event's vocabulary changes, never per keystroke."""
        self._vocabulary = vocabulary
        for group in self._groups.values():
            self._layout.removeWidget(group)
            group.deleteLater()
        self._groups = {}
        self._add_group(_POPULAR)
        for category in vocabulary.categories:
            self._add_group(category.key)
        uncategorised = {t.category for t in vocabulary} - {c.key for c in vocabulary.categories}
        for key in sorted(uncategorised):
            self._add_group(key)
        self._add_group(_ADDED)
        for tag in vocabulary:
            self._groups[tag.category].chips.append(self._chip(tag))
        self._arrange()

    def set_popularity(self, keys: Sequence[str]) -> None:
        """Most popular first; reorders existing chips and refills the "popular" group."""
        self._rank = {key: i for i, key in enumerate(keys)}
        self._arrange()

    def add_tag(self, tag: Tag) -> None:
        """A tag the guest added: it goes in its own group, gone at the next reset."""
        if any(c.tag.key == tag.key for c in self.chips()):
            return
        group = self._groups[_ADDED]
        group.set_chips([*group.chips, self._chip(tag)])
        self._refresh_visibility()

    def remove_added(self) -> None:
        """Forget the guest's own tags at once: detached now, deleted at the next loop."""
        group = self._groups.get(_ADDED)
        if group is None:
            return
        added = group.chips
        group.set_chips([])
        for chip in added:
            chip.setParent(None)  # out of the screen's tree this instant
            chip.deleteLater()
        self._refresh_visibility()

    def tag(self, key: str) -> Tag | None:
        found = self._vocabulary.get(key)
        return found or next((c.tag for c in self.chips() if c.tag.key == key), None)

    def tag_for_text(self, text: str) -> Tag | None:
        """The tag this exact text names (label or synonym, any language), if there is one."""
        found = self._vocabulary.find(text)
        if found is not None:
            return found
        folded = fold(text)
        added = self._groups[_ADDED].chips if _ADDED in self._groups else []
        return next((c.tag for c in added if folded in c.names), None)

    def chips(self, key: str | None = None) -> list[Chip]:
        every = [chip for group in self._groups.values() for chip in group.chips]
        return every if key is None else [c for c in every if c.tag.key == key]

    def visible_keys(self) -> list[str]:
        """Keys in on-screen order, each once (for tests and the "add your own" decision)."""
        seen: dict[str, None] = {}
        for group in self._groups.values():
            if group.isVisibleTo(self):
                for chip in group.chips:
                    if chip.isVisibleTo(self):
                        seen.setdefault(chip.tag.key)
        return list(seen)

    # -- state ---------------------------------------------------------------------------
    def show_selection(self, selected: Iterable[str], kind: TagKind) -> None:
        chosen = set(selected)
        for chip in self.chips():
            chip.show_selected(chip.tag.key in chosen, kind)

    def filter(self, query: str) -> None:
        """Show only chips whose label or synonym contains ``query`` (case and accents ignored)."""
        self._query = fold(query)
        self._refresh_visibility()

    def set_language(self, language: Language) -> None:
        self._language = language
        for chip in self.chips():
            chip.relabel(language)
        self._arrange()
        self.retranslate()

    def retranslate(self) -> None:
        labels = {c.key: c.label(self._language) for c in self._vocabulary.categories}
        for key, group in self._groups.items():
            if key == _POPULAR:
                group.heading.setText(self.tr("Popular right now"))
            elif key == _ADDED:
                group.heading.setText(self.tr("Added by you"))
            else:
                group.heading.setText(labels.get(key, self.tr("Other")))
        self._empty.setText(self.tr("No tag matches yet: add yours."))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt override)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # -- inside --------------------------------------------------------------------------
    def _add_group(self, key: str) -> None:
        group = _Group(key, self)
        self._groups[key] = group
        self._layout.insertWidget(self._layout.count() - 1, group)

    def _chip(self, tag: Tag) -> Chip:
        chip = Chip(tag, self)
        chip.relabel(self._language)
        chip.clicked.connect(lambda _=False, key=tag.key: self.chip_tapped.emit(key))
        return chip

    def _order(self, chip: Chip) -> tuple[int, str]:
        return (self._rank.get(chip.tag.key, len(self._rank)), chip.sort_key)

    def _arrange(self) -> None:
        popular_group = self._groups.get(_POPULAR)
        if popular_group is None:
            return
        for key, group in self._groups.items():
            if key not in (_POPULAR, _ADDED):
                group.set_chips(sorted(group.chips, key=self._order))
        top = sorted(
            (t for t in self._vocabulary if t.key in self._rank), key=lambda t: self._rank[t.key]
        )
        reused = {c.tag.key: c for c in popular_group.chips}
        chips = [
            reused.pop(t.key) if t.key in reused else self._chip(t) for t in top[:POPULAR_COUNT]
        ]
        for stale in reused.values():
            stale.deleteLater()
        popular_group.set_chips(chips)
        self.retranslate()
        self._refresh_visibility()

    def _refresh_visibility(self) -> None:
        searching = bool(self._query)
        word_start = re.compile(r"(?:^|\W)" + re.escape(self._query)) if searching else None
        any_visible = False
        for key, group in self._groups.items():
            shown = 0
            changed = False
            for chip in group.chips:
                visible = chip.matches(word_start)
                if chip.isHidden() == visible:  # only a real change costs a relayout
                    chip.setVisible(visible)
                    changed = True
                shown += visible
            # While searching, the popular group would only repeat what the categories show.
            group.setVisible(shown > 0 and not (searching and key == _POPULAR))
            if changed:  # heights depend on the width (wrapped rows): cached ones are wrong
                group.flow.invalidate()
                group.updateGeometry()
            any_visible = any_visible or (shown > 0 and key != _POPULAR)
        self._empty.setVisible(searching and not any_visible)
