"""Two form fields of the event page: a colour (swatch + hex) and a logo file (path + Choose…)."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from PySide6.QtCore import (
    QCoreApplication,
    QDate,
    QDateTime,
    QRegularExpression,
    Qt,
    QTime,
    Signal,
)
from PySide6.QtGui import QColor, QImageReader, QRegularExpressionValidator, QResizeEvent
from PySide6.QtWidgets import (
    QColorDialog,
    QFileDialog,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QWidget,
)

from kiosk.ui.checkin.widgets import label


def to_qdatetime(when: datetime) -> QDateTime:
    """A naive local datetime as Qt's (seconds dropped: events start on the minute)."""
    return QDateTime(QDate(when.year, when.month, when.day), QTime(when.hour, when.minute))


def from_qdatetime(value: QDateTime) -> datetime:
    date, time = value.date(), value.time()
    return datetime(date.year(), date.month(), date.day(), time.hour(), time.minute())


_HEX = QRegularExpression("#[0-9A-Fa-f]{6}")
SWATCH_PX = 48  # touch target
PATH_MIN_PX = 240  # narrower, a logo's path is cut to a few letters


class ColourField(QWidget):
    """A colour as #RRGGBB: typed, or picked in Qt's own dialog from the swatch.

    ``colour()`` is the last complete colour; a half-typed one does not count.
    """

    colour_changed = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._colour = "#000000"
        self.swatch = QPushButton(self)
        self.swatch.setFixedSize(SWATCH_PX, SWATCH_PX)
        self.swatch.clicked.connect(self._on_swatch_clicked)
        self.hex = QLineEdit(self)
        self.hex.setValidator(QRegularExpressionValidator(_HEX, self.hex))
        self.hex.setMaxLength(7)
        self.hex.setMinimumHeight(SWATCH_PX)
        self.hex.textEdited.connect(self._on_hex_text_edited)
        self.hex.editingFinished.connect(self._on_hex_editing_finished)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.swatch)
        row.addWidget(self.hex, 1)
        self.retranslate()

    def colour(self) -> str:
        return self._colour

    def set_colour(self, colour: str) -> None:
        name = QColor(colour).name().upper() if QColor(colour).isValid() else "#000000"
        self.hex.setText(name)
        self._apply(name)

    def retranslate(self) -> None:
        self.swatch.setToolTip(self.tr("Pick a colour"))
        self.swatch.setAccessibleName(self.tr("Pick a colour"))

    @classmethod
    def pick_colour(cls, initial: str, parent: QWidget) -> str | None:
        """Qt's colour dialog (not the system's: it looks the same on every machine).
        Tests replace this seam."""
        chosen = QColorDialog.getColor(
            QColor(initial),
            parent,
            QCoreApplication.translate("ColourField", "Pick a colour"),
            QColorDialog.ColorDialogOption.DontUseNativeDialog,
        )
        return chosen.name().upper() if chosen.isValid() else None

    def _apply(self, name: str) -> None:
        # The swatch shows the colour itself: the one place a colour is set in code.
        self.swatch.setStyleSheet(f"background: {name}; border: 1px solid palette(mid);")
        if name != self._colour:
            self._colour = name
            self.colour_changed.emit(name)

    def _on_swatch_clicked(self) -> None:
        chosen = type(self).pick_colour(self._colour, self)
        if chosen is not None:
            self.set_colour(chosen)

    def _on_hex_text_edited(self, text: str) -> None:
        if _HEX.match(text).hasMatch() and len(text) == 7:
            self._apply(text.upper())

    def _on_hex_editing_finished(self) -> None:
        self.hex.setText(self._colour)  # a half-typed colour goes back to the last whole one


def image_problem(path: str) -> str | None:
    """None when ``path`` is an image Qt can load; else why not (for the organiser)."""
    file = Path(path)
    if not file.is_file():
        return "missing"
    reader = QImageReader(str(file))
    if not reader.canRead():
        return "unreadable"
    return None


class LogoField(QWidget):
    """A logo file: its path (typed or chosen), whether it loads, and a way to remove it."""

    logo_changed = Signal(object)  # str | None

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.path = QLineEdit(self)
        self.path.setMinimumHeight(SWATCH_PX)
        self.path.editingFinished.connect(self._on_path_editing_finished)
        self.choose = QPushButton(self)
        self.choose.setProperty("role", "secondary")
        self.choose.setMinimumHeight(SWATCH_PX)
        self.choose.clicked.connect(self._on_choose_clicked)
        self.remove = QPushButton(self)
        self.remove.setProperty("role", "secondary")
        self.remove.setMinimumHeight(SWATCH_PX)
        self.remove.clicked.connect(lambda: self.set_logo(None, notify=True))
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        self._buttons = QHBoxLayout()
        self._buttons.setContentsMargins(0, 0, 0, 0)
        self._buttons.addWidget(self.choose)
        self._buttons.addWidget(self.remove)
        self._grid = QGridLayout(self)
        self._grid.setContentsMargins(0, 0, 0, 0)
        self._grid.setColumnStretch(0, 1)
        self._stacked: bool | None = None  # buttons under the path (narrow) or beside it
        self._arrange(stacked=False)
        self._logo: str | None = None
        self.retranslate()

    def logo(self) -> str | None:
        return self._logo

    def set_logo(self, logo: str | None, *, notify: bool = False) -> None:
        self._logo = logo or None
        self.path.setText(self._logo or "")
        self.path.setToolTip(self._logo or "")  # a long path, whole
        self._show_status()
        if notify:
            self.logo_changed.emit(self._logo)

    def problem(self) -> str | None:
        return image_problem(self._logo) if self._logo else None

    def retranslate(self) -> None:
        self.path.setPlaceholderText(self.tr("No logo: the event's name alone"))
        self.choose.setText(self.tr("Choose…"))
        self.remove.setText(self.tr("Remove"))
        self._show_status()

    @classmethod
    def choose_file(cls, start: str, parent: QWidget) -> str | None:
        """Qt's own file dialog (the same on every kiosk). Tests replace this seam."""
        path, _filter = QFileDialog.getOpenFileName(
            parent,
            QCoreApplication.translate("LogoField", "Choose a logo"),
            start,
            QCoreApplication.translate(
                "LogoField", "Images (*.png *.jpg *.jpeg *.svg *.bmp *.gif *.webp)"
            ),
            options=QFileDialog.Option.DontUseNativeDialog,
        )
        return path or None

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 (Qt override)
        super().resizeEvent(event)
        beside = PATH_MIN_PX + self._buttons.sizeHint().width() + self._grid.horizontalSpacing()
        self._arrange(stacked=event.size().width() < beside)

    def _arrange(self, *, stacked: bool) -> None:
        """The path and its buttons on one row, or the buttons on a row of their own when
        the path would be too short to read."""
        if stacked == self._stacked:
            return
        self._stacked = stacked
        for item in (self.path, self._buttons, self.status):
            if isinstance(item, QWidget):
                self._grid.removeWidget(item)
            else:
                self._grid.removeItem(item)
        self._grid.addWidget(self.path, 0, 0, 1, 2 if stacked else 1)
        if stacked:
            self._grid.addLayout(self._buttons, 1, 0, Qt.AlignmentFlag.AlignLeft)
        else:
            self._grid.addLayout(self._buttons, 0, 1)
        self._grid.addWidget(self.status, 2, 0, 1, 2)

    def _show_status(self) -> None:
        problem = self.problem()
        self.status.setObjectName("refusal" if problem else "muted")
        if problem == "missing":
            text = self.tr("No file at this path: the screens will show the name alone.")
        elif problem == "unreadable":
            text = self.tr("This file is not an image: the screens will show the name alone.")
        elif self._logo:
            text = self.tr("Image loaded.")
        else:
            text = ""
        self.status.setText(text)
        self.status.setVisible(bool(text))
        style = self.status.style()
        style.unpolish(self.status)
        style.polish(self.status)

    def _on_choose_clicked(self) -> None:
        start = str(Path(self._logo).parent) if self._logo else str(Path.home())
        chosen = type(self).choose_file(start, self)
        if chosen:
            self.set_logo(chosen, notify=True)

    def _on_path_editing_finished(self) -> None:
        typed = self.path.text().strip() or None
        if typed != self._logo:
            self.set_logo(typed, notify=True)


def field_name(parent: QWidget) -> QLabel:
    """A form field's name, as on the Event page: body text, level with its 48-px field."""
    name = label("fieldName", parent)
    name.setMinimumHeight(48)
    name.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
    return name
