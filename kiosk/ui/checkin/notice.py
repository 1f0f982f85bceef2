"""A calm message across the top of the kiosk (save failed, unknown ticket), gone by itself."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QWidget

from kiosk.ui.checkin import texts
from kiosk.ui.checkin.clock import Countdown, Ticker
from kiosk.ui.checkin.views import Notice

NOTICE_SECONDS = 10


class NoticeBar(QLabel):
    """Shows one notice for ``NOTICE_SECONDS`` or until ``clear``; the words come from texts."""

    def __init__(self, ticker: Ticker, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("notice")
        self.setWordWrap(True)
        self._countdown = Countdown(ticker, NOTICE_SECONDS, self)
        self._countdown.finished.connect(self.clear)
        self.hide()

    def show_notice(self, notice: Notice) -> None:
        self.setText(texts.notice(notice))
        self.show()
        self._countdown.start()

    def clear(self) -> None:
        """Hidden and emptied: a notice about one guest must not wait for the next."""
        self._countdown.stop()
        self.setText("")
        self.hide()
