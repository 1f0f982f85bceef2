"""The small dialogs of the moderation and after-the-event pages (tests replace the seams)."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, QUrl
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from kiosk.core.guest import Language
from kiosk.core.text import fold
from kiosk.ui.organiser.moderation.views import TagView, TargetView

# Where removable drives are mounted on Linux desktops and kiosk shells.
MOUNT_ROOTS = (Path("/media"), Path("/run/media"), Path("/mnt"))


def organiser_look(dialog: QDialog) -> None:
    """The organiser window's background (its stylesheet keys it on this name): a dialog is
    a window of its own, and would otherwise paint the light default under light text."""
    dialog.setObjectName("organiser")
    dialog.setAttribute(Qt.WidgetAttribute.WA_StyledBackground)


def _buttons(dialog: QDialog, ok: str) -> QDialogButtonBox:
    box = QDialogButtonBox(
        QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, dialog
    )
    ok_button = box.button(QDialogButtonBox.StandardButton.Ok)
    ok_button.setText(ok)
    ok_button.setProperty("role", "primary")
    cancel = box.button(QDialogButtonBox.StandardButton.Cancel)
    cancel.setText(QCoreApplication.translate("ModerationDialogs", "Cancel"))
    cancel.setProperty("role", "secondary")
    box.accepted.connect(dialog.accept)
    box.rejected.connect(dialog.reject)
    return box


class TranslateDialog(QDialog):
    """Both labels of a typed tag, the one the guest typed filled in."""

    def __init__(self, tag: TagView, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Translate a tag"))
        organiser_look(self)
        self.french = QLineEdit(tag.label_fr, self)
        self.english = QLineEdit(tag.label_en, self)
        form = QFormLayout()
        form.addRow(self.tr("French"), self.french)
        form.addRow(self.tr("English"), self.english)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(_buttons(self, self.tr("Save")))
        self.resize(560, self.sizeHint().height())

    def labels(self) -> tuple[str, str]:
        return self.french.text(), self.english.text()


class MergeDialog(QDialog):
    """Pick the tag a typed one becomes (filtered as the organiser types)."""

    def __init__(
        self,
        tag: TagView,
        targets: Sequence[TargetView],
        language: Language,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Merge into a tag"))
        organiser_look(self)
        typed = tag.label_fr if language is Language.FR else tag.label_en
        self.intro = QLabel(
            self.tr("Guests holding “%1” will hold the tag you pick instead.").replace("%1", typed),
            self,
        )
        self.intro.setWordWrap(True)
        self.intro.setTextFormat(Qt.TextFormat.PlainText)
        self.filter = QLineEdit(self)
        self.filter.setPlaceholderText(self.tr("Filter"))
        self.list = QListWidget(self)
        for target in targets:
            text = target.label_fr if language is Language.FR else target.label_en
            other = target.label_en if language is Language.FR else target.label_fr
            shown = text if fold(text) == fold(other) else f"{text} ({other})"
            item = QListWidgetItem(shown, self.list)
            item.setData(Qt.ItemDataRole.UserRole, target.key)
            item.setData(Qt.ItemDataRole.UserRole + 1, fold(f"{text} {other}"))
        self.filter.textChanged.connect(self._on_filter_text_changed)
        self.box = _buttons(self, self.tr("Merge"))
        self.list.currentItemChanged.connect(self._update_ok)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.filter)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.box)
        self._update_ok()
        self.resize(560, 560)

    def chosen(self) -> str | None:
        item = self.list.currentItem()
        return str(item.data(Qt.ItemDataRole.UserRole)) if item is not None else None

    def _update_ok(self) -> None:
        ok = self.box.button(QDialogButtonBox.StandardButton.Ok)
        item = self.list.currentItem()
        ok.setEnabled(item is not None and not item.isHidden())

    def _on_filter_text_changed(self, text: str) -> None:
        wanted = fold(text)
        for i in range(self.list.count()):
            item = self.list.item(i)
            item.setHidden(wanted not in str(item.data(Qt.ItemDataRole.UserRole + 1)))
        self._update_ok()


def confirm(parent: QWidget, title: str, text: str, action: str) -> bool:
    """A yes/no question whose yes names the action ("Erase"), no "Cancel"."""
    box = QMessageBox(parent)
    organiser_look(box)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(title)
    box.setText(text)
    box.setTextFormat(Qt.TextFormat.PlainText)
    yes = box.addButton(action, QMessageBox.ButtonRole.DestructiveRole)
    yes.setProperty("role", "danger")
    no = box.addButton(
        QCoreApplication.translate("ModerationDialogs", "Cancel"), QMessageBox.ButtonRole.RejectRole
    )
    no.setProperty("role", "secondary")
    box.setDefaultButton(no)
    box.exec()
    return box.clickedButton() is yes


def mounted_drives(roots: Sequence[Path] = MOUNT_ROOTS) -> list[Path]:
    """Folders of removable drives: /media/<user>/<drive>, /run/media/<user>/<drive>, /mnt/x."""
    found: list[Path] = []
    for root in roots:
        try:
            children = sorted(p for p in root.iterdir() if p.is_dir())
        except OSError:
            continue
        for child in children:
            try:
                inner = sorted(p for p in child.iterdir() if p.is_dir())
            except OSError:
                inner = []
            # /media/<user>/<drive> on desktops; /media/<drive> or /mnt/<drive> elsewhere.
            found += inner if inner and root != Path("/mnt") else [child]
    return found


def choose_folder(parent: QWidget, start: str) -> str | None:
    """Qt's own folder dialog (works under any kiosk shell), removable drives in its sidebar."""
    dialog = QFileDialog(
        parent, QCoreApplication.translate("ModerationDialogs", "Where to export"), start
    )
    organiser_look(dialog)
    dialog.setFileMode(QFileDialog.FileMode.Directory)
    dialog.setOption(QFileDialog.Option.ShowDirsOnly, True)
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
    places = [Path.home(), *mounted_drives(), *(r for r in MOUNT_ROOTS if r.is_dir())]
    dialog.setSidebarUrls([QUrl.fromLocalFile(str(p)) for p in dict.fromkeys(places)])
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    chosen = dialog.selectedFiles()
    return chosen[0] if chosen else None
