"""Opening a database from the window: the offer to put the newest good backup in place of a
damaged or foreign file, and the backup taken each time the window opens a database."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from observer_desk.core.backup import restore_from, rotating_backup
from observer_desk.core.db import Database, DatabaseError, open_database


def _t(text: str) -> str:
    return QCoreApplication.translate("DatabaseOpening", text)


def take_opening_backup(parent: QWidget | None, db: Database) -> Path | None:
    """A backup each time the window opens a database (the command line takes none: on a large
    mission it takes a moment). A failure is said, never fatal: the database itself is fine."""
    try:
        return rotating_backup(db, "open")
    except (OSError, sqlite3.Error, DatabaseError) as exc:
        QMessageBox.warning(parent, _t("Backup not taken"), _t(
            "The database is open, but the backup taken on opening could not be written: %1")
            .replace("%1", str(exc)))
        return None


def restore_offered(parent: QWidget | None, target: str | None, error: DatabaseError) -> Database | None:
    """For a database refused with a good backup at hand: ask whether to restore that backup in
    its place (the refused file is kept) and return the database opened on it, or None."""
    if error.backup is None:
        return None
    answer = QMessageBox.question(
        parent, _t("The database cannot be opened"),
        str(error) + "\n\n" + _t("Restore the newest good backup (%1) in its place? The file as it "
                                  "is now is kept: beside it if it is damaged, else in the backups "
                                  "folder.").replace("%1", error.backup.name),
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, QMessageBox.StandardButton.No)
    if answer != QMessageBox.StandardButton.Yes:
        return None
    try:
        database = open_database(target, check=False, migrate=False)
        try:
            restore_from(database, error.backup)
        finally:
            database.dispose()
        return open_database(target)
    except (DatabaseError, OSError, sqlite3.Error) as exc:
        QMessageBox.critical(parent, _t("Cannot restore the backup"), str(exc))
        return None
