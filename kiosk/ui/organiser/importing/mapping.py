"""The column mapping: one row per column of the file, a combo saying what it holds."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHeaderView,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from kiosk.core.guestlist import Field
from kiosk.ui.organiser.importing.texts import field_name, fill

CHOICES: tuple[Field | None, ...] = (None, *Field)
ROW_PX = 52  # a combo is a touch target


class MappingTable(QTableWidget):
    """Column, its first value, and a combo ("Ignore" or a guest field) per column.

    A field goes to one column only: choosing it for a column sets the column that had it
    back to "Ignore". ``mapping_changed(dict[int, Field])`` after every choice.
    """

    mapping_changed = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(0, 3, parent)
        self.setObjectName("mapping")
        self.verticalHeader().hide()
        self.verticalHeader().setDefaultSectionSize(ROW_PX)
        # Rows as tall as their combo, whatever size the stylesheet gives touch targets.
        self.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.setShowGrid(False)
        # A first value on one line, cut with "…" (whole in its tooltip): rows stay as tall
        # as their combo and the columns' names stay readable.
        self.setWordWrap(False)
        self.setTextElideMode(Qt.TextElideMode.ElideRight)
        header = self.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        self._headers: tuple[str, ...] = ()
        self.retranslate()

    def combo(self, column: int) -> QComboBox:
        widget = self.cellWidget(column, 2)
        assert isinstance(widget, QComboBox)
        return widget

    def mapping(self) -> dict[int, Field]:
        found: dict[int, Field] = {}
        for row in range(self.rowCount()):
            chosen = self.combo(row).currentData()
            if chosen:
                found[row] = Field(chosen)
        return found

    def set_columns(
        self, headers: tuple[str, ...], samples: tuple[str, ...], mapping: dict[int, Field]
    ) -> None:
        self._headers = headers
        self.setRowCount(len(headers))
        for row in range(len(headers)):
            name = QTableWidgetItem(self._header_text(row))
            sample = QTableWidgetItem(samples[row] if row < len(samples) else "")
            sample.setToolTip(sample.text())
            self.setItem(row, 0, name)
            self.setItem(row, 1, sample)
            combo = QComboBox(self)
            combo.setObjectName(f"mapping-{row}")
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
            for choice in CHOICES:
                combo.addItem(field_name(choice), "" if choice is None else str(choice))
            combo.setCurrentIndex(CHOICES.index(mapping.get(row)))
            combo.currentIndexChanged.connect(lambda _i, r=row: self._on_combo_changed(r))
            self.setCellWidget(row, 2, combo)

    def retranslate(self) -> None:
        self.setHorizontalHeaderLabels([self.tr("Column"), self.tr("First value"),
                                        self.tr("Imported as")])  # fmt: skip
        for row in range(self.rowCount()):
            item = self.item(row, 0)
            if item is not None:
                item.setText(self._header_text(row))
            combo = self.combo(row)
            for index, choice in enumerate(CHOICES):
                combo.setItemText(index, field_name(choice))

    def _header_text(self, row: int) -> str:
        header = self._headers[row] if row < len(self._headers) else ""
        return header or fill(self.tr("(column %1)"), row + 1)

    def _on_combo_changed(self, row: int) -> None:
        chosen = self.combo(row).currentData()
        if chosen:
            for other in range(self.rowCount()):
                combo = self.combo(other)
                if other != row and combo.currentData() == chosen:
                    combo.blockSignals(True)
                    combo.setCurrentIndex(0)
                    combo.blockSignals(False)
        self.mapping_changed.emit(self.mapping())
