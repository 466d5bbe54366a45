"""Help > User Guide: the guide for secretariat staff, shown in a window of the program's own.

The guide is Markdown with pictures beside it; a QTextBrowser renders both, so no Markdown viewer
needs to be installed on the secretariat's computers.

A packaged build carries the guide as ``resources/docs``; a checkout has it in ``docs/`` beside the
package. The HTML version is preferred when there is one.
"""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QMessageBox, QTextBrowser, QVBoxLayout, QWidget

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


PICTURE_WIDTH = 840  # the screenshots are 1,200 pixels wide: shown smaller, not scrolled sideways


def _guide_html(path: Path) -> str:
    text = path.read_text(encoding="utf-8")
    if path.suffix == ".html":
        return text
    document = QTextDocument()
    document.setMarkdown(text)
    return document.toHtml()


def _fitted_pictures(html: str, width: int) -> str:
    return re.sub(r"<img ", f'<img width="{width}" ', html)


class GuideWindow(QDialog):
    """The guide in a window that stays open beside the main window."""

    def __init__(self, path: Path, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(_t("%1 – User Guide").replace("%1", APP_NAME))
        self.setWindowFlag(Qt.WindowType.WindowContextHelpButtonHint, False)
        self.browser = QTextBrowser()
        self.browser.setOpenExternalLinks(True)
        self.browser.setSearchPaths([str(path.parent)])  # the pictures lie beside the guide
        self.browser.setHtml(_fitted_pictures(_guide_html(path), PICTURE_WIDTH))
        self.browser.setAccessibleName(_t("User guide"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.browser)
        layout.addWidget(buttons)
        self.resize(920, 760)


def open_user_guide(parent: QWidget | None) -> bool:
    """Show the guide; explain where it was looked for when it is missing."""
    path = user_guide_path()
    if path is not None:
        window = getattr(parent, "_guide_window", None)
        if not isinstance(window, GuideWindow):
            window = GuideWindow(path, parent)
            if parent is not None:
                parent._guide_window = window  # one guide window per main window
        window.show()
        window.raise_()
        window.activateWindow()
        return True
    box = QMessageBox(QMessageBox.Icon.Information, APP_NAME,
                      _t("The user guide could not be opened."), QMessageBox.StandardButton.Close, parent)
    box.setInformativeText(_t("It is looked for as user-guide.html or user-guide.md in: %1")
                           .replace("%1", ", ".join(str(folder) for folder in guide_folders())))
    box.open()
    return False
