"""The "Screens" page: the screens Qt sees, which one shows what, and this station's name."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from kiosk.core.machine import Role
from kiosk.ui.checkin.widgets import label as _label  # plain text, wrapped
from kiosk.ui.organiser.page import OrganiserPage
from kiosk.ui.organiser.setup.fields import field_name
from kiosk.ui.organiser.setup.texts import fill


@dataclass(frozen=True, slots=True)
class ScreenInfo:
    """One detected screen, numbered as "Identify" shows it."""

    number: int
    name: str
    width: int
    height: int
    x: int
    y: int
    primary: bool


@dataclass(frozen=True, slots=True)
class ScreenChoice:
    """What the organiser chose for this machine (kiosk.core.machine.MachineConfig keys)."""

    checkin_screen: str
    wall_screen: str
    station_name: str
    role: Role


class ScreensPage(OrganiserPage):
    """Passive; ``save_requested(ScreenChoice)``, ``identify_requested``, ``apply_requested``."""

    save_requested = Signal(object)  # ScreenChoice
    identify_requested = Signal()
    apply_requested = Signal()
    shown = Signal()  # the organiser opened the page

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._screens: list[ScreenInfo] = []
        self._choice = ScreenChoice("", "", "", Role.BOTH)
        self._host = ""
        self._status = ""
        self._title = _label("title", self)
        self._intro = _label("muted", self)
        self.model = QStandardItemModel(0, 5, self)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().setDefaultSectionSize(48)
        self.identify = QPushButton(self)
        self.identify.setProperty("role", "secondary")
        self.identify.clicked.connect(self.identify_requested)
        self.role = QComboBox(self)
        for role in (Role.BOTH, Role.CHECKIN, Role.WALL):
            self.role.addItem("", role)
        self.checkin = QComboBox(self)
        self.wall = QComboBox(self)
        self.station = QLineEdit(self)
        self.problem = _label("refusal", self)
        self.status = _label("muted", self)
        self.save = QPushButton(self)
        self.save.setProperty("role", "primary")
        self.save.clicked.connect(self._on_save_clicked)
        self.apply = QPushButton(self)
        self.apply.setProperty("role", "secondary")
        self.apply.clicked.connect(self._on_apply_clicked)
        for widget in (self.identify, self.role, self.checkin, self.wall, self.station,
                       self.save, self.apply):  # fmt: skip
            widget.setMinimumHeight(48)

        self._form = QFormLayout()
        self._form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        for field in (self.role, self.checkin, self.wall, self.station):
            self._form.addRow(field_name(self), field)
        top = QHBoxLayout()
        top.addWidget(self._intro, 1)
        top.addWidget(self.identify)
        actions = QHBoxLayout()
        messages = QVBoxLayout()
        messages.addWidget(self.problem)
        messages.addWidget(self.status)
        actions.addLayout(messages, 1)
        actions.addWidget(self.apply)
        actions.addWidget(self.save)
        outer = QVBoxLayout(self)
        outer.addWidget(self._title)
        outer.addLayout(top)
        outer.addWidget(self.table, 1)
        outer.addLayout(self._form)
        outer.addStretch(0)
        outer.addLayout(actions)
        self.retranslate()

    def title(self) -> str:
        return self.tr("Screens")

    def page_shown(self) -> None:
        self.shown.emit()

    # -- what the controller calls ----------------------------------------------------------
    def set_screens(self, screens: Sequence[ScreenInfo]) -> None:
        self._screens = list(screens)
        self._fill()

    def set_choice(self, choice: ScreenChoice, host_name: str) -> None:
        """The machine configuration as saved; ``host_name`` is the default station name."""
        self._choice, self._host = choice, host_name
        self._fill()

    def choice(self) -> ScreenChoice:
        return ScreenChoice(
            checkin_screen=str(self.checkin.currentData() or ""),
            wall_screen=str(self.wall.currentData() or ""),
            station_name=self.station.text().strip(),
            role=Role(self.role.currentData()),
        )

    def show_saved(self, path: str) -> None:
        self.save.setEnabled(True)
        self._status = fill(self.tr("Saved in %1. Apply now to restart the station."), path)
        self.status.setText(self._status)
        self.problem.clear()

    def show_save_failed(self, detail: str) -> None:
        self.save.setEnabled(True)
        self.problem.setText(fill(self.tr("Could not save the machine configuration: %1"), detail))

    @classmethod
    def confirm_restart(cls, parent: QWidget) -> bool:
        """Asked before restarting the station; tests replace this seam."""
        answer = QMessageBox.question(
            parent,
            parent.windowTitle(),
            QCoreApplication.translate(
                "ScreensPage", "Restart the station now? Guests at the check-in go back to welcome."
            ),
        )
        return answer == QMessageBox.StandardButton.Yes

    def retranslate(self) -> None:
        self._title.setText(self.tr("Screens"))
        self._intro.setText(
            self.tr("The screens connected to this machine. Identify shows each one's number.")
        )
        self.identify.setText(self.tr("Identify"))
        self.save.setText(self.tr("Save"))
        self.apply.setText(self.tr("Apply now (restart)"))
        self.model.setHorizontalHeaderLabels(
            [self.tr("Number"), self.tr("Name"), self.tr("Size"), self.tr("Position"),
             self.tr("Primary")]
        )  # fmt: skip
        for index, text in enumerate(
            (self.tr("Check-in and wall"), self.tr("Check-in only"), self.tr("Wall only"))
        ):
            self.role.setItemText(index, text)
        captions = (
            self.tr("This station shows"),
            self.tr("Check-in screen"),
            self.tr("Wall screen"),
            self.tr("Station name"),
        )
        for row, text in enumerate(captions):
            item = self._form.itemAt(row, QFormLayout.ItemRole.LabelRole)
            if item is not None and isinstance(item.widget(), QLabel):
                item.widget().setText(text)  # type: ignore[union-attr]
        if self._status:
            self.status.setText(self._status)
        # Words change, the organiser's unsaved choices stay.
        self._fill(self.choice() if self.checkin.count() else None)

    # -- inside -----------------------------------------------------------------------------
    def _fill(self, shown: ScreenChoice | None = None) -> None:
        self.model.setRowCount(0)
        for info in self._screens:
            cells = (
                str(info.number),
                info.name,
                f"{info.width} × {info.height}",
                f"{info.x}, {info.y}",
                self.tr("Yes") if info.primary else "",
            )
            self.model.appendRow([QStandardItem(text) for text in cells])
        chosen = shown or self._choice
        names = [info.name for info in self._screens]
        self._fill_combo(self.checkin, self.tr("The primary screen"), names, chosen.checkin_screen)
        self._fill_combo(
            self.wall,
            self.tr("Automatic: the other screen, or beside the check-in on one screen"),
            names,
            chosen.wall_screen,
        )
        self.role.setCurrentIndex(max(0, self.role.findData(chosen.role)))
        self.station.setText(chosen.station_name)
        self.station.setPlaceholderText(
            fill(self.tr("Empty: the computer's name (%1)"), self._host)
        )

    def _fill_combo(self, combo: QComboBox, automatic: str, names: list[str], chosen: str) -> None:
        combo.clear()
        combo.addItem(automatic, "")
        for number, name in enumerate(names, start=1):
            combo.addItem(fill(self.tr("%1: %2"), number, name), name)
        if chosen and chosen not in names:  # kept, so saving never loses it silently
            combo.addItem(fill(self.tr("%1 (not connected)"), chosen), chosen)
        combo.setCurrentIndex(max(0, combo.findData(chosen)))

    def _on_save_clicked(self) -> None:
        choice = self.choice()
        if choice.checkin_screen and choice.checkin_screen == choice.wall_screen:
            self.problem.setText(self.tr("Choose two different screens, or Automatic."))
            return
        self.problem.clear()
        self.save.setEnabled(False)
        self._choice = choice
        self.save_requested.emit(choice)

    def _on_apply_clicked(self) -> None:
        if type(self).confirm_restart(self):
            self.apply_requested.emit()
