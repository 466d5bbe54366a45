"""File › Backups…: the backups of the open database (when, why, how large), a backup on demand,
how many to keep, and restoring one.

A dialog of the File menu rather than a page of the Mission area: backups are copies of the
database file, which may hold several missions or none yet, and restoring one replaces them all.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from observer_desk.core.backup import BackupFile, backups_dir, list_backups, rotating_backup
from observer_desk.core.db import Database
from observer_desk.core.preferences import MAX_BACKUPS_TO_KEEP, backups_to_keep, set_backups_to_keep

from .errors import describe
from .labels import format_number
from .widgets import Banner, muted

AnyIndex = QModelIndex | QPersistentModelIndex


def reason_label(reason: str) -> str:
    def t(text: str) -> str:
        return BackupsModel.tr(text)

    if reason == "open":
        return t("Database opened")
    if reason == "before-restore":
        return t("Before a restore")
    if reason == "before-import":
        return t("Before an import")
    if reason == "manual":
        return t("Taken on request")
    if reason.startswith("before-upgrade-from-"):
        return t("Before a schema upgrade (from revision %1)").replace(
            "%1", reason.removeprefix("before-upgrade-from-"))
    return reason.replace("-", " ").replace("_", " ")


def size_label(size: int) -> str:
    if size < 1024 * 1024:
        return BackupsModel.tr("%1 KB").replace("%1", format_number(max(1, round(size / 1024))))
    return BackupsModel.tr("%1 MB").replace("%1", f"{size / (1024 * 1024):.1f}")


class BackupsModel(QAbstractTableModel):
    WHEN, WHY, SIZE = range(3)

    def __init__(self, parent: Any = None):
        super().__init__(parent)
        self._backups: list[BackupFile] = []

    def load(self, backups: list[BackupFile]) -> None:
        self.beginResetModel()
        self._backups = list(backups)
        self.endResetModel()

    def backup_at(self, row: int) -> BackupFile:
        return self._backups[row]

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._backups)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 3

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return (self.tr("When"), self.tr("Why"), self.tr("Size"))[section]
        return None

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._backups):
            return None
        backup = self._backups[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            if index.column() == self.WHEN:
                return backup.taken_at.astimezone().strftime("%Y-%m-%d %H:%M:%S")
            if index.column() == self.WHY:
                return reason_label(backup.reason)
            return size_label(backup.size)
        if role == Qt.ItemDataRole.ToolTipRole:
            return str(backup.path)
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() == self.SIZE:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None


class BackupsDialog(QDialog):
    restoreRequested = Signal(object)  # the Path of the backup to restore

    def __init__(self, db: Database, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("backupsDialog")
        self.setWindowTitle(self.tr("Backups"))
        self._db = db
        self.banner = Banner()
        self.intro = muted()
        self.model = BackupsModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.doubleClicked.connect(lambda _index: self.restore_selected())
        self.table.selectionModel().selectionChanged.connect(lambda *_a: self._update_buttons())

        self.keep = QSpinBox()
        self.keep.setRange(1, MAX_BACKUPS_TO_KEEP)
        self.keep.setValue(backups_to_keep())
        self.keep.valueChanged.connect(self._keep_changed)
        keep_row = QHBoxLayout()
        keep_label = QLabel(self.tr("&Keep the newest"))
        keep_label.setBuddy(self.keep)
        keep_row.addWidget(keep_label)
        keep_row.addWidget(self.keep)
        keep_row.addWidget(QLabel(self.tr("backups of each database")))
        keep_row.addStretch(1)

        self.backup_button = QPushButton(self.tr("&Back Up Now"))
        self.backup_button.clicked.connect(self.back_up_now)
        self.restore_button = QPushButton(self.tr("&Restore…"))
        self.restore_button.clicked.connect(self.restore_selected)
        self.folder_button = QPushButton(self.tr("Show &Folder"))
        self.folder_button.clicked.connect(
            lambda: QDesktopServices.openUrl(QUrl.fromLocalFile(str(backups_dir()))))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        buttons.addButton(self.backup_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.restore_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.folder_button, QDialogButtonBox.ButtonRole.ActionRole)

        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.banner)
        layout.addWidget(self.table, 1)
        layout.addLayout(keep_row)
        layout.addWidget(buttons)
        self.resize(640, 420)
        self.reload()

    def reload(self) -> None:
        path = self._db.path
        if path is None:
            self.intro.setText(self.tr("This is a shared database on a server: back it up with the "
                                       "server's own tools (pg_dump)."))
            self.model.load([])
        else:
            self.intro.setText(self.tr(
                "Copies of %1 taken when the program opens it and before imports, schema "
                "upgrades and restores. They are kept in %2.").replace("%1", path.name)
                .replace("%2", str(backups_dir())))
            self.model.load(list_backups(path))
        if self.model.rowCount():
            self.table.selectRow(0)
        self._update_buttons()

    def _update_buttons(self) -> None:
        shared = self._db.path is None
        self.backup_button.setEnabled(not shared)
        self.restore_button.setEnabled(not shared and self.selected() is not None)

    def selected(self) -> BackupFile | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.backup_at(rows[0].row()) if rows else None

    def _keep_changed(self, value: int) -> None:
        try:
            set_backups_to_keep(value)
        except (OSError, ValueError) as exc:
            self.banner.show_message("error", str(exc))

    def back_up_now(self) -> Path | None:
        try:
            made = rotating_backup(self._db, "manual", self.keep.value())
        except Exception as exc:  # noqa: BLE001 - disk full, folder gone: say so, keep the dialog
            self.banner.show_message("error", self.tr("No backup was taken: %1").replace("%1", describe(exc)))
            return None
        if made is None:
            self.banner.show_message("info", self.tr("The database holds no mission yet: there is "
                                                     "nothing to back up."))
        else:
            self.banner.show_message("success", self.tr("Backup taken: %1").replace("%1", made.name))
        self.reload()
        return made

    def restore_selected(self) -> bool:
        backup = self.selected()
        if backup is None:
            return False
        when = backup.taken_at.astimezone().strftime("%Y-%m-%d %H:%M")
        answer = QMessageBox.question(
            self, self.tr("Restore this backup?"),
            self.tr("Replace everything in the database with the backup of %1 (%2)?\n\nChanges "
                    "made since then are lost from the database; the present content is first "
                    "saved as a backup, so this step can be undone by restoring that one.")
            .replace("%1", when).replace("%2", reason_label(backup.reason)),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel)
        if answer != QMessageBox.StandardButton.Yes:
            return False
        self.restoreRequested.emit(backup.path)
        return True

    def set_database(self, db: Database) -> None:
        self._db = db
        self.reload()
