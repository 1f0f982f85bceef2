"""The "Room" page: who is here, how arrivals went, what people offer and want, who to introduce."""

from __future__ import annotations

from datetime import tzinfo

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from kiosk.core.guest import Language
from kiosk.ui.checkin.widgets import label as _label  # plain text, wrapped
from kiosk.ui.organiser.dashboard.chart import ArrivalsChart
from kiosk.ui.organiser.dashboard.tables import TagCountModel, WaitingModel
from kiosk.ui.organiser.dashboard.views import DashboardView, clock_time
from kiosk.ui.organiser.page import OrganiserPage


def _table(model: TagCountModel | WaitingModel, parent: QWidget) -> QTableView:
    view = QTableView(parent)
    view.setModel(model)
    view.verticalHeader().hide()
    view.setShowGrid(False)
    view.setAlternatingRowColors(True)
    view.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    view.setWordWrap(False)
    view.setTextElideMode(Qt.TextElideMode.ElideRight)
    header = view.horizontalHeader()
    fitted = (1,) if isinstance(model, TagCountModel) else (0, 1)
    for column in range(model.columnCount()):
        fit = column in fitted
        mode = QHeaderView.ResizeMode.ResizeToContents if fit else QHeaderView.ResizeMode.Stretch
        header.setSectionResizeMode(column, mode)
    return view


class _Figure(QFrame):
    """A number and what it counts."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.number = _label("display", self)
        self.caption = _label("caption", self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.number)
        layout.addWidget(self.caption)


class _Listing(QWidget):
    """A caption over a table, and a sentence instead of the table when it has no rows."""

    def __init__(self, model: TagCountModel | WaitingModel, parent: QWidget) -> None:
        super().__init__(parent)
        self.caption = _label("caption", self)
        self.table = _table(model, self)
        self.empty = _label("muted", self)
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._layout.addWidget(self.caption)
        self._layout.addWidget(self.table, 1)
        self._layout.addWidget(self.empty)
        self._layout.addStretch(0)

    def add_note(self, note: QLabel) -> None:
        """A sentence between the caption and the table."""
        self._layout.insertWidget(1, note)

    def show_rows(self, count: int) -> None:
        self.table.setVisible(count > 0)
        self.empty.setVisible(count == 0)


class DashboardPage(OrganiserPage):
    """Shows a ``DashboardView``; emits ``shown`` when the organiser opens it (time to refresh).

    ``show_unavailable()`` keeps the last figures and says they could not be read now.
    """

    shown = Signal()

    def __init__(self, parent: QWidget | None = None, *, tz: tzinfo | None = None) -> None:
        super().__init__(parent)
        self._tz = tz
        self._view: DashboardView | None = None
        self._unavailable = False
        self._title = _label("title", self)
        self.status = _label("subtitle", self)
        self.present, self.checked_in, self.left = (_Figure(self) for _ in range(3))
        self.chart = ArrivalsChart(self)
        self.skills_model = TagCountModel(self)
        self.interests_model = TagCountModel(self)
        self.unoffered_model = TagCountModel(self)
        self.waiting_model = WaitingModel(self, tz)
        self.skills = _Listing(self.skills_model, self)
        self.interests = _Listing(self.interests_model, self)
        self.unoffered = _Listing(self.unoffered_model, self)
        self.waiting = _Listing(self.waiting_model, self)
        self.waiting_note = _label("muted", self)
        self._lay_out()
        self.retranslate()
        self._show()

    def _lay_out(self) -> None:
        header = QHBoxLayout()
        header.addWidget(self._title)
        # The status takes the rest of the line (right-aligned): it wraps only when the
        # line is really full, not at its own guessed width.
        self.status.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        header.addWidget(self.status, 1)
        figures = QHBoxLayout()
        for figure in (self.present, self.checked_in, self.left):
            figures.addWidget(figure, 1)
        self._main = main = QVBoxLayout()
        main.addLayout(figures)
        main.addWidget(self.chart, 3)
        self.waiting.add_note(self.waiting_note)
        main.addWidget(self.waiting, 2)
        self._side = side = QVBoxLayout()
        for listing in (self.skills, self.interests, self.unoffered):
            side.addWidget(listing, 1)
        side.addStretch(0)
        body = QGridLayout()
        body.addLayout(main, 0, 0)
        body.addLayout(side, 0, 1)
        body.setColumnStretch(0, 3)
        body.setColumnStretch(1, 2)
        body.setHorizontalSpacing(24)
        layout = QVBoxLayout(self)
        layout.addLayout(header)
        layout.addLayout(body, 1)

    def title(self) -> str:
        return self.tr("Room")

    def page_shown(self) -> None:
        self.shown.emit()

    @property
    def view(self) -> DashboardView | None:
        return self._view

    def show_dashboard(self, view: DashboardView) -> None:
        self._view, self._unavailable = view, False
        self._show()

    def show_unavailable(self) -> None:
        self._unavailable = True
        self._show_status()

    def set_language(self, language: Language) -> None:
        for model in (
            self.skills_model,
            self.interests_model,
            self.unoffered_model,
            self.waiting_model,
        ):
            model.set_language(language)
        self.chart.set_language(language)
        super().set_language(language)

    def retranslate(self) -> None:
        self._title.setText(self.title())
        self.present.caption.setText(self.tr("Present now"))
        self.checked_in.caption.setText(self.tr("Checked in in total"))
        self.left.caption.setText(self.tr("Have left"))
        self.skills.caption.setText(self.tr("Top skills here (can help with)"))
        self.interests.caption.setText(self.tr("Top interests here (would like to talk about)"))
        self.unoffered.caption.setText(self.tr("Wanted, but nobody here offers it"))
        self.waiting_note.setText(
            self.tr("Nobody to suggest to them yet: introduce them to someone by hand.")
        )
        for model in (self.skills_model, self.interests_model, self.unoffered_model):
            model.set_language(self.language)
        self.waiting_model.set_language(self.language)
        self._show()

    def _show(self) -> None:
        view = self._view
        present = view.present if view is not None else 0
        self.present.number.setText(str(present))
        self.checked_in.number.setText(str(view.checked_in if view is not None else 0))
        self.left.number.setText(str(view.left if view is not None else 0))
        nobody = self.tr("Nobody here yet.")
        if view is not None:
            self.chart.set_timeline(view.timeline, view.now, self.language, self._tz)
            self.skills_model.set_rows(view.top_skills)
            self.interests_model.set_rows(view.top_interests)
            self.unoffered_model.set_rows(view.unoffered)
            self.waiting_model.set_rows(view.waiting)
        counts = (
            (self.skills, view.top_skills if view else (), self.tr("No skills among guests here.")),
            (
                self.interests,
                view.top_interests if view else (),
                self.tr("No interests among guests here."),
            ),
            (
                self.unoffered,
                view.unoffered if view else (),
                self.tr("Everything wanted here is offered by someone here."),
            ),
        )
        for listing, rows, empty in counts:
            listing.show_rows(len(rows))
            self._side.setStretchFactor(listing, 1 if rows else 0)
            listing.empty.setText(nobody if present == 0 else empty)
        # With no table to grow, the trailing stretch keeps the empty sentences together.
        self._side.setStretch(len(counts), 0 if any(rows for _, rows, _ in counts) else 1)
        waiting = view.waiting if view is not None else ()
        self.waiting.caption.setText(self.tr("%n guests with no suggestion yet", "", len(waiting)))
        self.waiting.show_rows(len(waiting))
        self._main.setStretchFactor(self.waiting, 2 if waiting else 0)
        self.waiting_note.setVisible(bool(waiting))
        self.waiting.empty.setText(
            nobody if present == 0 else self.tr("Everyone here has at least one suggestion.")
        )
        self._show_status()

    def _show_status(self) -> None:
        view = self._view
        self.status.setObjectName("refusal" if self._unavailable else "subtitle")
        if self._unavailable:
            self.status.setText(self.tr("Cannot read the room just now; trying again."))
        elif view is None:
            self.status.setText(self.tr("Reading the room…"))
        else:
            self.status.setText(
                self.tr("Live, updated at %1").replace(
                    "%1", clock_time(view.now, self.language, self._tz)
                )
            )
        self.status.style().unpolish(self.status)
        self.status.style().polish(self.status)
