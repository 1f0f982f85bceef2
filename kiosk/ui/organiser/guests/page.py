"""The "Guests" page: search as you type, a guest's record and presence, merging a duplicate."""

from __future__ import annotations

from datetime import tzinfo

from PySide6.QtCore import QModelIndex, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from kiosk.core.attendance import CheckIn
from kiosk.core.guest import Guest, Language
from kiosk.core.guestedit import FieldRefusal
from kiosk.ui.checkin.widgets import label as _label  # plain text, wrapped
from kiosk.ui.organiser.guests.presence import PresencePanel
from kiosk.ui.organiser.guests.record import RecordForm
from kiosk.ui.organiser.guests.results import FoundModel
from kiosk.ui.organiser.guests.texts import notice_text
from kiosk.ui.organiser.guests.views import FoundRow, Notice
from kiosk.ui.organiser.page import OrganiserPage

TOUCH_ROW_PX = 48


def _button(role: str, parent: QWidget) -> QPushButton:
    button = QPushButton(parent)
    button.setProperty("role", role)
    return button


class GuestsPage(OrganiserPage):
    """Passive: emits what the organiser asks, shows what the controller answers.

    Merging: "Merge a duplicate" on the open guest (the one kept), then a pick in the
    results (the duplicate), then a confirmation that says what moves and what is erased.
    """

    shown = Signal()
    query_changed = Signal(str)
    guest_chosen = Signal(str)  # guest id
    save_requested = Signal(str, object)  # guest id, GuestEdit
    check_in_requested = Signal(str)  # guest id
    check_out_requested = Signal(str)  # check-in id
    undo_requested = Signal(str)  # check-in id
    merge_requested = Signal(str, str)  # kept guest id, duplicate guest id

    def __init__(self, parent: QWidget | None = None, *, tz: tzinfo | None = None) -> None:
        super().__init__(parent)
        self._picking = False  # the next result picked is the duplicate to merge
        self._duplicate: FoundRow | None = None
        self._title = _label("title", self)
        self.search = QLineEdit(self)
        self.search.setObjectName("search")
        self.search.setClearButtonEnabled(True)
        self.results_model = FoundModel(self)
        self.results = QTableView(self)
        self.results.setModel(self.results_model)
        self.results.verticalHeader().hide()
        # A tap picks a guest: rows are touch targets (the stylesheet's row height is a floor).
        self.results.verticalHeader().setDefaultSectionSize(TOUCH_ROW_PX)
        self.results.setShowGrid(False)
        self.results.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.results.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.results.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.results.setWordWrap(False)
        header = self.results.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        self.results_note = _label("muted", self)
        self.results_note.hide()
        self.name = _label("title", self)
        self.notice = _label("muted", self)
        self.presence = PresencePanel(self, tz=tz)
        self.form = RecordForm(self)
        self.merge = _button("secondary", self)
        self.pick_hint = _label("subtitle", self)
        self.cancel_pick = _button("secondary", self)
        self.confirm_text = _label("refusal", self)
        self.confirm_merge = _button("danger", self)
        self.placeholder = _label("muted", self)
        self._record_box = QWidget(self)
        self._pick_box = QFrame(self)
        self._lay_out()
        self._connect()
        self.retranslate()
        self._show_mode()

    def _lay_out(self) -> None:
        left = QVBoxLayout()
        left.addWidget(self._title)
        left.addWidget(self.search)
        left.addWidget(self.results_note)
        left.addWidget(self.results, 1)
        pick = QVBoxLayout(self._pick_box)
        pick.setContentsMargins(0, 0, 0, 0)
        pick.addWidget(self.pick_hint)
        pick.addWidget(self.confirm_text)
        pick_buttons = QHBoxLayout()
        pick_buttons.addWidget(self.cancel_pick)
        pick_buttons.addStretch(1)
        pick_buttons.addWidget(self.confirm_merge)
        pick.addLayout(pick_buttons)
        record = QVBoxLayout(self._record_box)
        record.setContentsMargins(0, 0, 8, 0)
        record.addWidget(self.name)
        record.addWidget(self.notice)
        record.addWidget(self.presence)
        record.addSpacing(8)
        record.addWidget(self.form)
        merge_row = QHBoxLayout()
        merge_row.addWidget(self.merge)
        merge_row.addStretch(1)
        record.addLayout(merge_row)
        record.addWidget(self._pick_box)
        record.addStretch(1)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(self._record_box)
        self._record_box.setObjectName("scrollContent")
        right = QVBoxLayout()
        right.addWidget(self.placeholder)
        right.addWidget(scroll, 1)
        self._scroll = scroll
        layout = QHBoxLayout(self)
        layout.addLayout(left, 4)
        layout.addSpacing(16)
        layout.addLayout(right, 5)

    def _connect(self) -> None:
        self.search.textChanged.connect(self.query_changed)
        self.results.clicked.connect(self._on_results_clicked)
        self.form.save_requested.connect(self._on_form_save_requested)
        self.presence.check_in_requested.connect(self._on_presence_check_in_requested)
        self.presence.check_out_requested.connect(self.check_out_requested)
        self.presence.undo_requested.connect(self.undo_requested)
        self.merge.clicked.connect(self._on_merge_clicked)
        self.cancel_pick.clicked.connect(self.cancel_merge)
        self.confirm_merge.clicked.connect(self._on_confirm_merge_clicked)

    # -- words ---------------------------------------------------------------------------------

    def title(self) -> str:
        return self.tr("Guests")

    def page_shown(self) -> None:
        self.shown.emit()

    def set_language(self, language: Language) -> None:
        self.presence.set_language(language)
        super().set_language(language)

    def retranslate(self) -> None:
        self._title.setText(self.title())
        self.search.setPlaceholderText(self.tr("First or last name, email or ticket"))
        self.results_model.retranslate()
        self.form.retranslate()
        self.presence.retranslate()
        self.merge.setText(self.tr("Merge a duplicate into this guest…"))
        self.cancel_pick.setText(self.tr("Cancel"))
        self.confirm_merge.setText(self.tr("Merge and erase the duplicate"))
        self.placeholder.setText(
            self.tr("Find a guest on the left to see and correct their record.")
        )
        self._show_mode()

    # -- what the controller shows ------------------------------------------------------------

    @property
    def guest(self) -> Guest | None:
        return self.form.guest

    def show_results(self, rows: tuple[FoundRow, ...], query: str) -> None:
        self.results_model.set_rows(rows)
        if not query.strip():
            self.results_note.setText(self.tr("Type two letters or more."))
        elif not rows:
            self.results_note.setText(
                self.tr("Nobody found. Check the spelling, or try the email.")
            )
        else:
            self.results_note.setText("")
        self.results_note.setVisible(bool(self.results_note.text()))

    def show_record(
        self, guest: Guest, check_ins: tuple[CheckIn, ...], notice: Notice | None = None
    ) -> None:
        """Show the guest as stored; a guest other than the open one ends a merge in progress."""
        if self.guest is not None and self.guest.id != guest.id:
            self.cancel_merge()
        self.form.set_guest(guest)
        self.presence.set_check_ins(check_ins)
        self.name.setText(f"{guest.first_name} {guest.last_name}".strip())
        self.show_notice(notice)
        self._show_mode()

    def show_notice(self, notice: Notice | None) -> None:
        self.notice.setObjectName("refusal" if notice in {Notice.GONE, Notice.FAILED} else "muted")
        self.notice.style().unpolish(self.notice)
        self.notice.style().polish(self.notice)
        self.notice.setText(notice_text(notice) if notice is not None else "")
        self.notice.setVisible(notice is not None)

    def show_gone(self) -> None:
        """The open guest was erased or merged elsewhere: nothing left to edit."""
        self.cancel_merge()
        self.form.setEnabled(False)
        self.presence.setEnabled(False)
        self.merge.setEnabled(False)
        self.show_notice(Notice.GONE)

    def show_refusal(self, refusal: FieldRefusal) -> None:
        self.form.show_refusal(refusal)

    # -- merging -------------------------------------------------------------------------------

    @property
    def picking_duplicate(self) -> bool:
        return self._picking

    def cancel_merge(self) -> None:
        self._picking, self._duplicate = False, None
        self._show_mode()

    def _on_merge_clicked(self) -> None:
        self._picking, self._duplicate = True, None
        self._show_mode()
        self.search.setFocus()

    def _on_results_clicked(self, index: QModelIndex) -> None:
        row = self.results_model.rows[index.row()]
        if self._picking and self.guest is not None:
            if row.guest_id == self.guest.id:
                self.show_notice(Notice.SAME_GUEST)
                return
            self._duplicate = row
            self._show_mode()
            return
        self.guest_chosen.emit(row.guest_id)

    def _on_confirm_merge_clicked(self) -> None:
        if self.guest is not None and self._duplicate is not None:
            self.merge_requested.emit(self.guest.id, self._duplicate.guest_id)

    def _show_mode(self) -> None:
        has_guest = self.guest is not None
        self.placeholder.setVisible(not has_guest)
        self._scroll.setVisible(has_guest)
        if has_guest:
            self.form.setEnabled(True)
            self.presence.setEnabled(True)
        self.merge.setVisible(has_guest and not self._picking)
        self.merge.setEnabled(has_guest)
        self._pick_box.setVisible(self._picking)
        kept = self.name.text()
        if self._duplicate is None:
            self.pick_hint.setText(
                self.tr("Find the duplicate of %1 on the left and pick it.").replace("%1", kept)
            )
        else:
            dup = self._duplicate
            details = " · ".join(p for p in (dup.full_name, dup.email, dup.ticket) if p)
            self.pick_hint.setText(self.tr("Duplicate: %1").replace("%1", details))
        self.confirm_text.setText(
            self.tr(
                "%1 keeps their record and gets the duplicate's check-ins, tags (five of each at "
                "most) and missing contact details; a consent refused in either stays refused. "
                "The duplicate is then erased."
            ).replace("%1", kept)
        )
        self.confirm_text.setVisible(self._duplicate is not None)
        self.confirm_merge.setVisible(self._duplicate is not None)
        if self._picking:  # below the form: bring the merge step into view
            self._scroll.ensureWidgetVisible(self._pick_box)

    def _on_form_save_requested(self, edit: object) -> None:
        if self.guest is not None:
            self.save_requested.emit(self.guest.id, edit)

    def _on_presence_check_in_requested(self) -> None:
        if self.guest is not None:
            self.check_in_requested.emit(self.guest.id)
