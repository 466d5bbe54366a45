"""About Observer Desk: what it is, which version, and the licences of what it bundles."""

from __future__ import annotations

import html
import platform
from pathlib import Path

from PySide6 import QtCore
from PySide6.QtCore import QLibraryInfo, QSize, Qt, qVersion
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from observer_desk import APP_NAME, __version__
from observer_desk.resources import resource_path

from .icons import app_icon
from .widgets import heading, muted

QT_SOURCE = "https://download.qt.io/official_releases/qt/"
PYSIDE_SOURCE = "https://download.qt.io/official_releases/QtForPython/"


class AboutDialog(QDialog):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("About Observer Desk"))
        logo = QLabel()
        logo.setPixmap(app_icon().pixmap(QSize(72, 72)))
        logo.setAlignment(Qt.AlignmentFlag.AlignTop)
        name = heading(APP_NAME, scale=1.6)
        self.version_label = QLabel(self.tr("Version %1").replace("%1", __version__))
        self.version_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        description = QLabel(self.tr(
            "The desktop workbench of an election observation mission's secretariat."))
        description.setWordWrap(True)
        runtime = muted(self.tr("Python %1 · Qt %2 · PySide6 %3").replace("%1", platform.python_version())
                        .replace("%2", qVersion()).replace("%3", getattr(QtCore, "__version__", qVersion())))
        header_text = QVBoxLayout()
        header_text.addWidget(name)
        header_text.addWidget(self.version_label)
        header_text.addWidget(description)
        header_text.addWidget(runtime)
        header = QHBoxLayout()
        header.addWidget(logo)
        header.addSpacing(12)
        header.addLayout(header_text, 1)

        self.licences = QTextBrowser()
        self.licences.setOpenExternalLinks(True)
        self.licences.setHtml(self.licences_html())
        self.licences.setMinimumHeight(240)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        about_qt = buttons.addButton(self.tr("About &Qt"), QDialogButtonBox.ButtonRole.HelpRole)
        about_qt.clicked.connect(lambda: QApplication.aboutQt())
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addLayout(header)
        layout.addSpacing(8)
        layout.addWidget(QLabel(self.tr("Components bundled with Observer Desk and their licences:")))
        layout.addWidget(self.licences, 1)
        layout.addWidget(buttons)
        self.resize(620, 520)

    def components(self) -> list[tuple[str, str, str]]:
        """(component, licence, note) for everything a built copy of the program carries."""
        return [
            ("Observer Desk", self.tr("MIT"), self.tr("This program itself; see the LICENSE file.")),
            ("Qt " + qVersion() + ", PySide6", self.tr("GNU LGPL v3"), self.tr(
                "Observer Desk uses the Qt libraries as separate shared libraries, unmodified; you may "
                "replace them with your own build of the same Qt version. The source code of Qt and "
                "PySide6 is available from the Qt Project.")),
            ("Shiboken6", self.tr("GNU LGPL v3"), ""),
            ("SQLAlchemy", self.tr("MIT"), ""),
            ("Alembic", self.tr("MIT"), ""),
            ("openpyxl", self.tr("MIT"), ""),
            ("platformdirs", self.tr("MIT"), ""),
            ("reportlab", self.tr("BSD"), ""),
            ("Pillow", self.tr("MIT-CMU (HPND)"), ""),
            ("defusedxml", self.tr("PSF licence"), ""),
            ("tzdata", self.tr("Apache 2.0"), self.tr("The time zone data itself is in the public domain.")),
            ("pycountry", self.tr("LGPL 2.1"), self.tr("Country names from the ISO 3166 lists of Debian's iso-codes.")),
            ("icalendar", self.tr("BSD"), ""),
            ("psycopg", self.tr("LGPL 3"), self.tr("Used as its own unmodified package.")),
            (self.tr("DejaVu Sans font"), self.tr("Bitstream Vera / DejaVu font licence"), ""),
            (self.tr("WenQuanYi Micro Hei font"), self.tr("Apache 2.0, or GPL v3 with font exception"), ""),
        ]

    def qt_notice_html(self) -> str:
        """What the LGPL asks us to tell: the licence, where the source is, how to replace Qt."""
        try:
            licences = resource_path("licences")
            folder = f"<a href='{licences.as_uri()}'>{html.escape(str(licences))}</a>"
        except FileNotFoundError:
            folder = "licences"
        qt_files = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.LibrariesPath))
        parts = [
            self.tr("Qt and PySide6 are licensed under the GNU Lesser General Public License version 3, "
                    "which adds permissions to the GNU General Public License version 3. Both texts, "
                    "with the licences of the fonts and the other components, are in %1.").replace("%1", folder),
            self.tr("The Qt libraries are the separate files in %1. To use a modified Qt, build the same "
                    "Qt and PySide6 version from source and put your libraries in place of those files.")
            .replace("%1", html.escape(str(qt_files))),
            self.tr("Source code: %1 (Qt) and %2 (PySide6).")
            .replace("%1", f"<a href='{QT_SOURCE}'>{QT_SOURCE}</a>")
            .replace("%2", f"<a href='{PYSIDE_SOURCE}'>{PYSIDE_SOURCE}</a>"),
        ]
        return "".join(f"<p>{part}</p>" for part in parts)

    def licences_html(self) -> str:
        rows = []
        for component, licence, note in self.components():
            note_html = f"<br><small>{html.escape(note)}</small>" if note else ""
            rows.append(
                f"<tr><td style='padding:4px 12px 4px 0'><b>{html.escape(component)}</b>{note_html}</td>"
                f"<td style='padding:4px 0'>{html.escape(licence)}</td></tr>")
        return ("<table width='100%' cellspacing='0'>" + "".join(rows) + "</table>"
                + self.qt_notice_html())
