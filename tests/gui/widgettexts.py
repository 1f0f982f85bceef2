"""Every text a person could read in a widget tree: the "nothing of the last guest" checks."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import QAbstractButton, QAbstractItemView, QLabel, QLineEdit, QWidget


def all_texts(root: QWidget) -> list[str]:
    """Every text a person could read (or a widget still holds) under ``root``."""
    texts: list[str] = []
    for widget in [root, *root.findChildren(QWidget)]:
        texts += [widget.toolTip(), widget.accessibleName(), widget.windowTitle()]
        if isinstance(widget, (QLabel, QAbstractButton)):
            texts.append(widget.text())
        if isinstance(widget, QLineEdit):
            texts.append(widget.text())
            assert not widget.isUndoAvailable(), f"{widget.objectName()} can undo back to old text"
        if isinstance(widget, QAbstractItemView) and widget.model() is not None:
            model = widget.model()
            for row in range(model.rowCount(QModelIndex())):
                index = model.index(row, 0)
                for role in range(0, Qt.ItemDataRole.UserRole + 16):
                    value = model.data(index, role)
                    if isinstance(value, str):
                        texts.append(value)
    return [t for t in texts if t]
