"""The "Event" page: the active event's settings, a live preview, readability flags, Save."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor, QPixmap, QResizeEvent
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from kiosk.core.event import Event
from kiosk.core.eventcheck import SettingsProblem, check_settings
from kiosk.core.tags import Labels
from kiosk.core.wallview import WallState
from kiosk.ui.checkin.widgets import label as _label  # plain text, wrapped
from kiosk.ui.organiser.page import OrganiserPage
from kiosk.ui.organiser.setup.contrast import ContrastFlag, ContrastPlace, contrast_flags
from kiosk.ui.organiser.setup.eventform import EventForm
from kiosk.ui.organiser.setup.preview import BrandingPreview, PreviewContent
from kiosk.ui.organiser.setup.texts import fill, problem_text
from kiosk.ui.style import AA_TEXT

SWATCH = 24
# The preview column: this share of the page's width, within these bounds (pixels).
PREVIEW_SHARE = 0.3
PREVIEW_MIN = 260
PREVIEW_MAX = 520
PREVIEW_GAP = 24


class EventSettingsPage(OrganiserPage):
    """Edits the event the controller gives it; ``save_requested(Event)`` once it checks out."""

    save_requested = Signal(object)  # Event
    shown = Signal()  # the organiser opened the page: time to read the event again

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._event: Event | None = None
        # The room the preview shows: wall, people here, top interest's count and tag.
        self._room: tuple[WallState, int, int, Labels | None] = (WallState(), 0, 0, None)
        self._problems: list[SettingsProblem] = []
        self._status = ""  # "saved" | "failed" | "edited" | ""
        self._title = _label("title", self)
        self.form = EventForm(self)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(self.form)
        self.form.setObjectName("scrollContent")  # transparent in the organiser stylesheet
        scroll.viewport().setAutoFillBackground(False)
        self.preview = BrandingPreview(parent=self)
        self._readability_title = _label("caption", self)
        self.flags = QVBoxLayout()
        self.flag_labels: list[QLabel] = []
        self._flags_box = QWidget(self)
        self._flags_box.setLayout(self.flags)
        self.problems = _label("refusal", self)
        self.status = _label("muted", self)
        self.revert = QPushButton(self)
        self.revert.setProperty("role", "secondary")
        self.save = QPushButton(self)
        self.save.setProperty("role", "primary")
        for pressable in (self.revert, self.save):
            pressable.setMinimumHeight(48)
        self.save.clicked.connect(self._on_save_clicked)
        self.revert.clicked.connect(self._on_revert_clicked)
        self.form.edited.connect(self._on_form_edited)

        self.flags.setContentsMargins(0, 0, 0, 0)
        # The side column is as wide as the preview's pictures (set on resize); the form
        # takes the rest, so its fields stay wide enough for their words.
        # It scrolls on its own: four readability flags never push Save off the screen.
        side_content = QWidget(self)
        side_content.setObjectName("scrollContent")
        side = QVBoxLayout(side_content)
        side.setContentsMargins(0, 0, 0, 0)
        side.addWidget(self._readability_title)
        side.addWidget(self._flags_box)
        side.addWidget(self.preview, 1)
        self._side = QScrollArea(self)
        self._side.setWidgetResizable(True)
        self._side.setFrameShape(QFrame.Shape.NoFrame)
        self._side.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self._side.setWidget(side_content)
        self._side.viewport().setAutoFillBackground(False)
        body = QHBoxLayout()
        body.setSpacing(PREVIEW_GAP)
        body.addWidget(scroll, 1)
        body.addWidget(self._side)
        actions = QHBoxLayout()
        messages = QVBoxLayout()
        messages.addWidget(self.problems)
        messages.addWidget(self.status)
        actions.addLayout(messages, 1)
        actions.addWidget(self.revert)
        actions.addWidget(self.save)
        outer = QVBoxLayout(self)
        outer.addWidget(self._title)
        outer.addLayout(body, 1)
        outer.addLayout(actions)
        self.setEnabled(False)  # until the controller has read the event
        self.retranslate()

    def title(self) -> str:
        return self.tr("Event")

    def page_shown(self) -> None:
        self.shown.emit()

    def has_unsaved_edits(self) -> bool:
        return self._status == "edited"

    # -- what the controller calls ----------------------------------------------------------
    def set_event(self, event: Event) -> None:
        """The event as stored: the form starts from it again."""
        self._event = event
        self.form.set_event(event)
        self._problems = []
        self.setEnabled(True)
        self._refresh()

    def set_room_sample(
        self, wall: WallState, present: int, top_count: int = 0, top: Labels | None = None
    ) -> None:
        """What the preview's wall and welcome line show (the room now, or a sample)."""
        self._room = (wall, present, top_count, top)
        self._update_preview()

    def show_problems(self, problems: Sequence[SettingsProblem]) -> None:
        self._problems = list(problems)
        self._show_problems()

    def show_saved(self, event: Event) -> None:
        self.set_event(event)
        self.save.setEnabled(True)
        self._set_status("saved")

    def show_save_failed(self) -> None:
        self.save.setEnabled(True)
        self._set_status("failed")

    def show_load_failed(self) -> None:
        self._set_status("unread")

    def set_saving(self) -> None:
        self.save.setEnabled(False)

    def retranslate(self) -> None:
        self._title.setText(self.tr("Event settings"))
        self._readability_title.setText(self.tr("Readability"))
        self.save.setText(self.tr("Save"))
        self.revert.setText(self.tr("Undo my changes"))
        self.form.retranslate()
        self.preview.retranslate()
        self._show_problems()
        self._show_flags()
        self._set_status(self._status)

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 (Qt override)
        super().resizeEvent(event)
        width = max(PREVIEW_MIN, min(PREVIEW_MAX, int(self.width() * PREVIEW_SHARE)))
        bar = self._side.verticalScrollBar().sizeHint().width()
        self._side.setFixedWidth(width + bar)  # room for its scroll bar, when it needs one
        self.preview.set_picture_width(width)

    # -- words ------------------------------------------------------------------------------
    def flag_text(self, flag: ContrastFlag) -> str:
        places = {
            ContrastPlace.CHECKIN_TEXT: self.tr("Check-in: text on the background"),
            ContrastPlace.CHECKIN_ACCENT: self.tr("Check-in: accent text on the background"),
            ContrastPlace.WALL_TEXT: self.tr("Wall: names on the cards (primary colour)"),
            ContrastPlace.WALL_ACCENT: self.tr("Wall: accent text on the cards"),
        }
        locale = self.organiser_locale()
        return fill(
            self.tr("%1 reads at %2:1, below the %3:1 minimum. The screens will use %4 instead."),
            places[flag.place],
            locale.toString(flag.ratio, "f", 1),
            locale.toString(AA_TEXT, "f", 1),
            flag.used,
        )

    # -- inside -----------------------------------------------------------------------------
    def _refresh(self) -> None:
        self._show_problems()
        self._show_flags()
        self._update_preview()

    def _show_problems(self) -> None:
        self.problems.setText("\n".join(problem_text(p) for p in self._problems))
        self.problems.setVisible(bool(self._problems))

    def _show_flags(self) -> None:
        while self.flags.count():
            item = self.flags.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.hide()  # off screen now, not at the next turn of the event loop
                widget.deleteLater()
        self.flag_labels = []
        flags = contrast_flags(self.form.branding()) if self._event is not None else []
        for flag in flags:
            row = QWidget(self._flags_box)
            line = QHBoxLayout(row)
            line.setContentsMargins(0, 0, 0, 0)
            swatch = QLabel(row)
            picture = QPixmap(SWATCH, SWATCH)
            picture.fill(QColor(flag.used))
            swatch.setPixmap(picture)
            text = _label("refusal", row)
            text.setText(self.flag_text(flag))
            line.addWidget(swatch, 0, Qt.AlignmentFlag.AlignTop)
            line.addWidget(text, 1)
            self.flags.addWidget(row)
            self.flag_labels.append(text)
        if not flags:
            fine = _label("muted", self._flags_box)
            fine.setText(self.tr("Every text colour reads well (WCAG AA, 4.5:1)."))
            self.flags.addWidget(fine)
            self.flag_labels.append(fine)

    def _update_preview(self) -> None:
        if self._event is None:
            return
        event = self.form.edited_event()
        wall, present, top_count, top = self._room
        self.preview.set_content(
            PreviewContent(
                name=event.name,
                branding=event.branding,
                languages=event.languages,
                wall_language=event.wall.language,
                wall=wall,
                present=present,
                top_interest_count=top_count,
                top_interest=top,
            )
        )

    def _set_status(self, status: str) -> None:
        self._status = status
        words = {
            "saved": self.tr("Saved. The check-in screen and the wall use these settings now."),
            "failed": self.tr("Could not save: the database did not answer. Try again."),
            "edited": self.tr("Changes not saved yet."),
            "unread": self.tr("Could not read the event: the database did not answer."),
        }
        self.status.setText(words.get(status, ""))

    def _on_form_edited(self) -> None:
        if self._problems:  # a fixed problem disappears as soon as it is fixed
            self._problems = check_settings(self.form.edited_event())
            self._show_problems()
        self._show_flags()
        self._update_preview()
        self._set_status("edited")

    def _on_save_clicked(self) -> None:
        event = self.form.edited_event()
        problems = check_settings(event)
        self.show_problems(problems)
        if not problems:
            self.set_saving()
            self.save_requested.emit(event)

    def _on_revert_clicked(self) -> None:
        if self._event is not None:
            self.set_event(self._event)
            self._set_status("")
