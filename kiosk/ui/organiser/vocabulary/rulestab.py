"""The "Job titles" tab: the event's blocklist and exceptions, and a phrase to try them on."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QGridLayout,
    QHBoxLayout,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from kiosk.core.titles import DEFAULT_ALLOW, DEFAULT_BLOCK, TitleRules
from kiosk.core.titletest import PhraseVerdict
from kiosk.ui.checkin.widgets import button, label
from kiosk.ui.organiser.vocabulary.texts import verdict_text
from kiosk.ui.style import repolish


def _patterns(editor: QPlainTextEdit) -> tuple[str, ...]:
    lines = (" ".join(line.split()) for line in editor.toPlainText().splitlines())
    return tuple(line for line in lines if line)


class TitleRulesTab(QWidget):
    """Passive: shows the stored rules, says what the organiser typed and asked."""

    save_requested = Signal(object, object)  # block patterns, allow patterns (tuples of str)
    phrase_test_requested = Signal(str, object, object)  # phrase, block, allow (as edited)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.explanation = label("muted", self)
        self.block_caption = label("caption", self)
        self.allow_caption = label("caption", self)
        self.block = QPlainTextEdit(self)
        self.allow = QPlainTextEdit(self)
        for editor in (self.block, self.allow):
            editor.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
            editor.textChanged.connect(self._on_editor_text_changed)
        self.try_caption = label("caption", self)
        self.phrase = QLineEdit(self)
        self.phrase.setClearButtonEnabled(True)
        self.verdict = label("muted", self)
        self.message = label("refusal", self)
        self.save = button("primary", self)
        self.restore = button("secondary", self)

        lists = QGridLayout()
        lists.setContentsMargins(0, 0, 0, 0)
        lists.addWidget(self.block_caption, 0, 0)
        lists.addWidget(self.allow_caption, 0, 1)
        lists.addWidget(self.block, 1, 0)
        lists.addWidget(self.allow, 1, 1)
        lists.setColumnStretch(0, 3)
        lists.setColumnStretch(1, 2)
        actions = QHBoxLayout()
        actions.addWidget(self.save)
        actions.addWidget(self.restore)
        actions.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 12, 12, 12)
        layout.addWidget(self.explanation)
        layout.addLayout(lists, 1)
        layout.addWidget(self.try_caption)
        layout.addWidget(self.phrase)
        layout.addWidget(self.verdict)
        layout.addWidget(self.message)
        layout.addLayout(actions)
        self.phrase.textChanged.connect(self._ask_verdict)
        self.save.clicked.connect(self._on_save_clicked)
        self.restore.clicked.connect(self._on_restore_clicked)
        self.message.hide()
        self.retranslate()

    def retranslate(self) -> None:
        self.explanation.setText(
            self.tr(
                "Tags say what people know, never their rank. A tag guests type (or you add) "
                "is refused when it matches a pattern on the left, unless it matches an "
                "exception on the right. One pattern per line; * stands for any words: "
                "“head of *”, “* manager”. Case and accents do not matter."
            )
        )
        self.block_caption.setText(self.tr("Refused patterns"))
        self.allow_caption.setText(self.tr("Exceptions (accepted)"))
        self.try_caption.setText(self.tr("Try a phrase"))
        self.phrase.setPlaceholderText(self.tr("e.g. Head of growth, Lead generation"))
        self.save.setText(self.tr("Save the rules"))
        self.restore.setText(self.tr("Standard rules"))
        self._ask_verdict()

    # -- what it shows --------------------------------------------------------------------------

    def set_rules(self, rules: TitleRules) -> None:
        self.block.setPlainText("\n".join(rules.block))
        self.allow.setPlainText("\n".join(rules.allow))

    def show_verdict(self, verdict: PhraseVerdict) -> None:
        if verdict.phrase != self.phrase.text():
            return  # an answer to an older phrase
        self.verdict.setText(verdict_text(verdict))
        name = "refusal" if verdict.refusal is not None else "muted"
        if self.verdict.objectName() != name:  # the stylesheet keys on the object name
            self.verdict.setObjectName(name)
            repolish(self.verdict)

    def show_message(self, text: str) -> None:
        self.message.setText(text)
        self.message.setVisible(bool(text))

    def patterns(self) -> tuple[tuple[str, ...], tuple[str, ...]]:
        return _patterns(self.block), _patterns(self.allow)

    # -- what the organiser asks ------------------------------------------------------------------

    def _ask_verdict(self) -> None:
        if not self.phrase.text().strip():
            self.verdict.clear()
            return
        block, allow = self.patterns()
        self.phrase_test_requested.emit(self.phrase.text(), block, allow)

    def _on_editor_text_changed(self) -> None:
        self.show_message("")
        self._ask_verdict()

    def _on_save_clicked(self) -> None:
        self.save_requested.emit(*self.patterns())

    def _on_restore_clicked(self) -> None:
        """The shipped lists in the editors; saving them is the organiser's next step."""
        self.set_rules(TitleRules(DEFAULT_BLOCK, DEFAULT_ALLOW))
