"""Help > User Guide: the guide for secretariat staff, opened in the system's viewer.

A packaged build carries the guide as ``resources/docs``; a checkout has it in ``docs/`` beside the
package. The HTML version is preferred when there is one.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QMessageBox, QWidget

from observer_desk import APP_NAME
from observer_desk.resources import resources_dir

GUIDE_NAMES = ("user-guide.html", "user-guide.md")


def _t(text: str) -> str:
    return QCoreApplication.translate("UserGuide", text)


def guide_folders() -> list[Path]:
    try:
        resources = resources_dir()
    except FileNotFoundError:
        return []
    return [resources / "docs", resources.parent / "docs"]


def user_guide_path() -> Path | None:
    for folder in guide_folders():
        for name in GUIDE_NAMES:
            if (folder / name).is_file():
                return folder / name
    return None


def open_user_guide(parent: QWidget | None) -> bool:
    """Open the guide in the system's viewer; explain where it was looked for when it is missing."""
    path = user_guide_path()
    if path is not None and QDesktopServices.openUrl(QUrl.fromLocalFile(str(path))):
        return True
    box = QMessageBox(QMessageBox.Icon.Information, APP_NAME,
                      _t("The user guide could not be opened."), QMessageBox.StandardButton.Close, parent)
    box.setInformativeText(_t("It is looked for as user-guide.html or user-guide.md in: %1")
                           .replace("%1", ", ".join(str(folder) for folder in guide_folders())))
    box.open()
    return False
