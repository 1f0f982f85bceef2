"""The "After the event" page: export, erase one guest, wipe the event, the automatic purge."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

from PySide6.QtCore import QCoreApplication, QDateTime, QLocale, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from kiosk.core.guest import Language
from kiosk.core.text import fold
from kiosk.ui.organiser.moderation.dialogs import choose_folder, confirm
from kiosk.ui.organiser.moderation.guestrows import GuestSearch, RowAction, label, push
from kiosk.ui.organiser.moderation.views import AfterNotice, ExportedView, GuestView, RetentionView
from kiosk.ui.organiser.page import OrganiserPage

FORMATS = ("csv", "xlsx")


def when(moment: datetime, language: Language) -> str:
    """A date and time in the organiser's language, in this machine's time zone."""
    french = language is Language.FR
    locale = QLocale(QLocale.Language.French if french else QLocale.Language.English)
    local = QDateTime.fromSecsSinceEpoch(int(moment.timestamp()))
    return locale.toString(local, "d MMMM yyyy, HH:mm")


class AfterEventPage(OrganiserPage):
    """Passive: shows a ``RetentionView``, search results and outcomes; emits requests.

    ``export_requested(folder, format)``, ``erase_requested(guest_id, name)`` (once the organiser
    confirmed), ``wipe_requested()`` (after the event's name was typed), ``search_requested``.
    """

    shown = Signal()
    export_requested = Signal(str, str)
    erase_requested = Signal(str, str)  # guest id, name (for the outcome's words)
    wipe_requested = Signal()
    search_requested = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._view: RetentionView | None = None
        self._folder = ""
        self._exported: tuple[ExportedView, ...] = ()
        self._notice: tuple[AfterNotice, str] | None = None
        self._title = label("title", self)
        self.status = label("muted", self)
        self.export_caption = label("caption", self)
        self.export_text = label("muted", self)
        self.format = QComboBox(self)
        self.format.addItems([f.upper() for f in FORMATS])
        self.folder = label("muted", self)
        self.choose = push("secondary", self)
        self.export = push("primary", self)
        self.exported = label("muted", self)
        self.erase_caption = label("caption", self)
        self.erase_text = label("muted", self)
        self.search = GuestSearch(RowAction.ERASE, self)
        self.purge_caption = label("caption", self)
        self.purge_text = label("", self)
        self.last_purge = label("muted", self)
        self.wipe_caption = label("caption", self)
        self.wipe_text = label("", self)
        self.wipe_name = QLineEdit(self)
        self.wipe = push("danger", self)
        self._lay_out()
        self.choose.clicked.connect(self._on_choose_clicked)
        self.export.clicked.connect(self._on_export_clicked)
        self.wipe.clicked.connect(self._on_wipe_clicked)
        self.wipe_name.textChanged.connect(self._update_buttons)
        self.search.search_requested.connect(self.search_requested)
        self.search.erase_requested.connect(self._on_search_erase_requested)
        self.retranslate()

    def _lay_out(self) -> None:
        export_row = QHBoxLayout()
        export_row.addWidget(self.format)
        export_row.addWidget(self.choose)
        export_row.addWidget(self.export)
        export_row.addStretch(1)
        left = QVBoxLayout()
        for widget in (self.export_caption, self.export_text):
            left.addWidget(widget)
        left.addLayout(export_row)
        left.addWidget(self.folder)
        left.addWidget(self.exported)
        left.addSpacing(24)
        for widget in (self.purge_caption, self.purge_text, self.last_purge):
            left.addWidget(widget)
        left.addSpacing(24)
        for label_ in (self.wipe_caption, self.wipe_text):
            left.addWidget(label_)
        left.addWidget(self.wipe_name)
        wipe_row = QHBoxLayout()
        wipe_row.addWidget(self.wipe)
        wipe_row.addStretch(1)
        left.addLayout(wipe_row)
        left.addStretch(1)
        right = QVBoxLayout()
        right.addWidget(self.erase_caption)
        right.addWidget(self.erase_text)
        right.addWidget(self.search)
        right.addStretch(1)
        body = QGridLayout()
        body.addLayout(left, 0, 0)
        body.addLayout(right, 0, 1)
        body.setColumnStretch(0, 1)
        body.setColumnStretch(1, 1)
        body.setHorizontalSpacing(32)
        header = QHBoxLayout()
        header.addWidget(self._title)
        header.addStretch(1)
        header.addWidget(self.status, 2)
        layout = QVBoxLayout(self)
        layout.addLayout(header)
        layout.addLayout(body, 1)

    # -- what the controller gives ----------------------------------------------------------
    def show_retention(self, view: RetentionView) -> None:
        self._view = view
        self._show()

    def show_results(self, guests: Sequence[GuestView]) -> None:
        self.search.set_results(guests)

    def show_exported(self, files: Sequence[ExportedView]) -> None:
        self._exported = tuple(files)
        self._notice = None
        self._show()

    def show_notice(self, notice: AfterNotice, subject: str = "") -> None:
        self._notice = (notice, subject)
        self._show_notice()

    def set_folder(self, folder: str) -> None:
        self._folder = folder
        self._show()

    @property
    def chosen_format(self) -> str:
        return FORMATS[self.format.currentIndex()]

    # -- seams: tests replace these classmethods ------------------------------------------------
    @classmethod
    def ask_folder(cls, parent: QWidget, start: str) -> str | None:
        return choose_folder(parent, start)

    @classmethod
    def ask_erase(cls, parent: QWidget, name: str) -> bool:
        question = QCoreApplication.translate(
            "AfterEventPage",
            "Erase %1 for good? Their name, choices, arrivals and history are deleted; "
            "the wall and the stations drop them at once.",
        )
        return confirm(
            parent,
            QCoreApplication.translate("AfterEventPage", "Erase a guest"),
            question.replace("%1", name),
            QCoreApplication.translate("AfterEventPage", "Erase"),
        )

    # -- words ------------------------------------------------------------------------------
    def title(self) -> str:
        return self.tr("After the event")

    def page_shown(self) -> None:
        self.shown.emit()

    def retranslate(self) -> None:
        self._title.setText(self.title())
        self.export_caption.setText(self.tr("Export"))
        self.export_text.setText(
            self.tr(
                "Three files: attendance (names and emails: keep it private), tag statistics "
                "and a report without names."
            )
        )
        self.choose.setText(self.tr("Choose a folder…"))
        self.export.setText(self.tr("Export"))
        self.erase_caption.setText(self.tr("Erase one guest"))
        self.erase_text.setText(
            self.tr("Everything about them goes: name, choices, arrivals, history.")
        )
        self.purge_caption.setText(self.tr("Automatic purge"))
        self.wipe_caption.setText(self.tr("Wipe the event"))
        self.wipe_name.setPlaceholderText(self.tr("Type the event's name to confirm"))
        self.wipe.setText(self.tr("Wipe the event"))
        self._show()

    def _show(self) -> None:
        language = self.language
        self.folder.setText(
            self.tr("Folder: %1").replace("%1", self._folder)
            if self._folder
            else self.tr("No folder chosen yet (a USB stick shows up under /media).")
        )
        lines = [self._exported_line(f) for f in self._exported]
        self.exported.setText("\n".join(lines))
        self.exported.setVisible(bool(lines))
        view = self._view
        if view is None:
            self.purge_text.setText("")
            self.last_purge.setText("")
            self.wipe_text.setText("")
        else:
            self.purge_text.setText(
                self.tr(
                    "Personal data will be erased automatically on %1, %n days after the "
                    "event ends (at the kiosk's next start after that date).",
                    "",
                    view.purge_after_days,
                ).replace("%1", when(view.purge_at, language))
            )
            if view.last_purge_at is None:
                self.last_purge.setText(self.tr("No automatic purge has run for this event."))
            else:
                count = view.last_purge_guests
                text = self.tr("Last automatic purge: %1, %n guests erased.", "", count)
                self.last_purge.setText(text.replace("%1", when(view.last_purge_at, language)))
            self.wipe_text.setText(
                self.tr(
                    "Erases for good every guest of “%1”: %2 guests, %3 arrivals, %4 tags "
                    "typed by guests. Settings and vocabulary stay."
                )
                .replace("%4", str(view.typed_tags))
                .replace("%3", str(view.check_ins))
                .replace("%2", str(view.guests))
                .replace("%1", view.event_name)  # last: the name may hold "%2"
            )
        self._update_buttons()
        self._show_notice()

    def _exported_line(self, file: ExportedView) -> str:
        if file.personal:
            text = self.tr("%1 (%n rows, private)", "", file.rows)
        else:
            text = self.tr("%1 (%n rows)", "", file.rows)
        return text.replace("%1", file.path)

    def _show_notice(self) -> None:
        if self._notice is None:
            self.status.setText("")
            return
        notice, subject = self._notice
        words = {
            AfterNotice.ERASED: self.tr("%1 was erased."),
            AfterNotice.ERASE_GONE: self.tr("Already erased."),
            AfterNotice.WIPED: self.tr("The event was wiped: %1 guests erased."),
            AfterNotice.EXPORT_FAILED: self.tr("Export failed: %1"),
            AfterNotice.FAILED: self.tr("The database did not answer: nothing changed. Try again."),
        }
        failed = notice in (AfterNotice.EXPORT_FAILED, AfterNotice.FAILED)
        self.status.setObjectName("refusal" if failed else "muted")
        self.status.style().unpolish(self.status)
        self.status.style().polish(self.status)
        self.status.setText(words[notice].replace("%1", subject))

    def _update_buttons(self) -> None:
        self.export.setEnabled(bool(self._folder))
        view = self._view
        typed = fold(self.wipe_name.text())
        self.wipe.setEnabled(view is not None and bool(typed) and typed == fold(view.event_name))

    # -- what the organiser asks ------------------------------------------------------------
    def _on_choose_clicked(self) -> None:
        folder = self.ask_folder(self, self._folder or "/media")
        if folder:
            self.set_folder(folder)

    def _on_export_clicked(self) -> None:
        if self._folder:
            self.export_requested.emit(self._folder, self.chosen_format)

    def _on_wipe_clicked(self) -> None:
        if self.wipe.isEnabled():
            self.wipe_name.clear()
            self.wipe_requested.emit()

    def _on_search_erase_requested(self, guest_id: str, name: str) -> None:
        if self.ask_erase(self, name):
            self.erase_requested.emit(guest_id, name)
