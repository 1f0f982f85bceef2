"""Find yourself: type a few letters on the on-screen keyboard, tap your name in the results."""

from __future__ import annotations

from collections.abc import Sequence
from typing import ClassVar

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGridLayout,
    QLineEdit,
    QListView,
    QVBoxLayout,
    QWidget,
)

from kiosk.core.guest import Language
from kiosk.core.search import SearchHit, is_searchable
from kiosk.ui.checkin.keyboard import OnScreenKeyboard
from kiosk.ui.checkin.results import ResultDelegate, ResultRole, ResultsModel
from kiosk.ui.checkin.screen import Screen
from kiosk.ui.checkin.views import FindMode
from kiosk.ui.checkin.widgets import button, label
from kiosk.ui.style import Metrics


class FindYourselfScreen(Screen):
    """Name search for arriving guests, or for guests saying they are leaving.

    Emits ``query_changed`` on every change; shows what ``set_results`` gives it, and no
    result at all below two letters (a list of every "M" tells strangers too much).
    """

    accepts_scans: ClassVar[bool] = True

    query_changed = Signal(str)
    check_in_requested = Signal(str)  # guest id, in check-in mode
    leaving_guest_chosen = Signal(str)  # guest id, in leaving mode
    walk_in_requested = Signal()
    back_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("findYourself")
        self._mode = FindMode.CHECK_IN
        self._back = button("quiet", self, object_name="back")
        self._back.clicked.connect(self.back_requested)
        self._title = label("title", self)
        self.query = QLineEdit(self)
        self.query.setObjectName("query")
        self.query.setContextMenuPolicy(Qt.ContextMenuPolicy.NoContextMenu)
        self.query.textChanged.connect(self._on_query_text_changed)
        self._prompt = label("muted", self)
        self.model = ResultsModel(self)
        self.results = QListView(self)
        self.results.setObjectName("results")
        self.results.setModel(self.model)
        self._delegate = ResultDelegate(76, self.results)
        self.results.setItemDelegate(self._delegate)
        self.results.setUniformItemSizes(True)
        self.results.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.results.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.results.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.results.clicked.connect(self._on_results_clicked)
        self._empty = label("muted", self)
        self._walk_in = button("secondary", self, object_name="walkIn")
        self._walk_in.clicked.connect(self.walk_in_requested)
        self.keyboard = OnScreenKeyboard(self)
        self.keyboard.set_target(self.query)

        header = self._header(self._back, self._title)
        self._search_block = QWidget(self)
        search = QVBoxLayout(self._search_block)
        search.setContentsMargins(0, 0, 0, 0)
        search.addWidget(self.query)
        search.addWidget(self._prompt)
        self._results_block = QWidget(self)
        found = QVBoxLayout(self._results_block)
        found.setContentsMargins(0, 0, 0, 0)
        found.addWidget(self.results, 1)
        found.addWidget(self._empty)
        found.addWidget(self._walk_in)
        self._grid = QGridLayout()
        outer = QVBoxLayout(self)
        outer.addLayout(header)
        outer.addLayout(self._grid, 1)
        self._portrait = True
        self.set_portrait(False)
        self.retranslate()
        self._refresh_states()

    # -- setters -------------------------------------------------------------------------
    def set_mode(self, mode: FindMode) -> None:
        self._mode = mode
        self._walk_in.setVisible(mode is FindMode.CHECK_IN)
        self.retranslate()

    @property
    def mode(self) -> FindMode:
        return self._mode

    def set_results(self, hits: Sequence[SearchHit]) -> None:
        """Show these guests; ignored below two letters so a late answer cannot reappear."""
        self.model.set_hits(hits if is_searchable(self.query.text()) else ())
        self._refresh_states()

    def set_metrics(self, metrics: Metrics) -> None:
        super().set_metrics(metrics)
        self._delegate.set_row_height(metrics.row)
        self.model.layoutChanged.emit()

    def set_language(self, language: Language) -> None:
        self.keyboard.set_language(language)
        super().set_language(language)

    def set_portrait(self, portrait: bool) -> None:
        if portrait == self._portrait:
            return
        self._portrait = portrait
        for block in (self._search_block, self._results_block, self.keyboard):
            self._grid.removeWidget(block)
        if portrait:  # the keyboard stays at the bottom, within reach of a standing guest
            self._grid.addWidget(self._search_block, 0, 0)
            self._grid.addWidget(self._results_block, 1, 0)
            self._grid.addWidget(self.keyboard, 2, 0)
            self._grid.setRowStretch(1, 1)
            self._grid.setRowStretch(2, 0)
            self._grid.setColumnStretch(0, 1)
            self._grid.setColumnStretch(1, 0)
        else:
            self._grid.addWidget(self._search_block, 0, 0)
            self._grid.addWidget(self.keyboard, 2, 0)
            self._grid.addWidget(self._results_block, 0, 1, 3, 1)
            self._grid.setRowStretch(1, 1)
            self._grid.setRowStretch(2, 0)
            self._grid.setColumnStretch(0, 3)
            self._grid.setColumnStretch(1, 2)

    def reset(self) -> None:
        self.query.setText("")  # setText, not clear(): it also drops the undo history
        self.model.set_hits(())
        self.keyboard.reset()
        self.set_mode(FindMode.CHECK_IN)
        self._refresh_states()

    def retranslate(self) -> None:
        self._back.setText(self.tr("← Back"))
        if self._mode is FindMode.LEAVING:
            self._title.setText(self.tr("Leaving? Find your name"))
        else:
            self._title.setText(self.tr("Find your name"))
        self.query.setPlaceholderText(self.tr("Your first or last name"))
        self._walk_in.setText(self.tr("I'm not on the list"))
        self._prompt.setText(self.tr("Type the first letters of your first or last name."))
        if self._mode is FindMode.LEAVING:
            self._empty.setText(self.tr("Nobody by that name is here. Check the spelling."))
        else:
            self._empty.setText(
                self.tr(
                    "Nobody by that name yet. Check the spelling, or tap “I'm not on the list”."
                )
            )

    # -- slots ---------------------------------------------------------------------------
    def _on_query_text_changed(self, text: str) -> None:
        if not is_searchable(text):
            self.model.set_hits(())
        self._refresh_states()
        self.query_changed.emit(text)

    def _on_results_clicked(self, index: QModelIndex) -> None:
        guest_id = str(index.data(ResultRole.GUEST_ID))
        if self._mode is FindMode.LEAVING:
            self.leaving_guest_chosen.emit(guest_id)
        else:
            self.check_in_requested.emit(guest_id)

    def _refresh_states(self) -> None:
        searching = is_searchable(self.query.text())
        self._prompt.setVisible(not searching)
        self._empty.setVisible(searching and self.model.rowCount() == 0)
