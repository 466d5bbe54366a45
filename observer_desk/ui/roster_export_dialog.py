"""Exporting the roster workbook from the window: the whole roster or the chosen observers, full or
public, written by roster_export.export_roster off the GUI thread.

The full workbook carries passport numbers and dates of birth (its CEC submission sheet is what
the host authorities ask for); the public one leaves them out, with phone and e-mail, and is the
one to circulate. The dialog says which is which before anything is written.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QSettings, Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from observer_desk.core.db import Database
from observer_desk.core.services.missions import get_mission_by_id
from observer_desk.core.services.roster_export import export_roster

from .errors import describe
from .progress_strip import ProgressStrip
from .settings import application_settings
from .widgets import Banner, heading, muted
from .workers import TaskRunner

FOLDER_KEY = "rosterExport/folder"
PUBLIC_KEY = "rosterExport/public"


class RosterExportDialog(QDialog):
    def __init__(self, db: Database, mission_id: int, observer_ids: Sequence[int] | None = None,
                 settings: QSettings | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self._db = db
        self._mission_id = mission_id
        self._observer_ids = list(observer_ids) if observer_ids else None
        self._settings = settings if settings is not None else application_settings()
        self._tasks = TaskRunner(self)
        self._confirmed_path = ""  # a path the save dialog already asked about replacing
        self._suggested = ""
        self.exported_path: Path | None = None
        try:
            self._code = get_mission_by_id(db, mission_id).code
        except Exception:  # noqa: BLE001 - only the suggested file name needs it
            self._code = "roster"

        self.setWindowTitle(self.tr("Export the roster"))
        self.setMinimumWidth(600)
        self.title = heading(self.tr("Export the roster as a workbook"), scale=1.15)
        self.intro = muted(self.tr(
            "One sheet with every observer grouped by sending body, a count per body against its "
            "quota, and the list in the form the CEC asks for. The observer code stays in the first "
            "column, so a corrected copy can be imported again."))

        self.whole = QRadioButton(self.tr("The whole roster"))
        self.whole.setObjectName("wholeRoster")
        self.selection = QRadioButton()
        self.selection.setObjectName("selectionOnly")
        scope = QButtonGroup(self)
        scope.addButton(self.whole)
        scope.addButton(self.selection)
        if self._observer_ids:
            self.selection.setText(self.tr("Only the %Ln selected observer(s)", "", len(self._observer_ids)))
            self.selection.setChecked(True)
        else:
            self.selection.hide()
            self.whole.setChecked(True)
        scope_box = QVBoxLayout()
        scope_box.setSpacing(2)
        scope_box.addWidget(self.whole)
        scope_box.addWidget(self.selection)

        self.public = QCheckBox(self.tr("Public roster (no passport numbers, dates of birth, phone or e-mail)"))
        self.public.setObjectName("publicRoster")
        self.public.setChecked(str(self._settings.value(PUBLIC_KEY, "false")).lower() == "true")
        self.public_note = muted()
        self.public.toggled.connect(self._public_toggled)

        self.path_edit = QLineEdit()
        self.path_edit.setObjectName("exportPath")
        self.path_edit.textEdited.connect(self._path_edited)
        self.browse = QPushButton(self.tr("Choose…"))
        self.browse.clicked.connect(self.choose_path)
        file_row = QHBoxLayout()
        file_row.addWidget(self.path_edit, 1)
        file_row.addWidget(self.browse)

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setLabelAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        form.addRow(self.tr("Observers:"), scope_box)
        content = QVBoxLayout()
        content.setSpacing(2)
        content.addWidget(self.public)
        content.addWidget(self.public_note)
        form.addRow(self.tr("Content:"), content)
        form.addRow(self.tr("Save as:"), file_row)

        self.strip = ProgressStrip()
        self.banner = Banner()
        self.banner.actionTriggered.connect(self.open_folder)
        self.buttons = QDialogButtonBox()
        self.export_button = self.buttons.addButton(self.tr("Export"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.export_button.setObjectName("exportButton")
        self.export_button.setDefault(True)
        self.close_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Close)
        self.export_button.clicked.connect(self.export)
        self.close_button.clicked.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.intro)
        layout.addSpacing(6)
        layout.addLayout(form)
        layout.addWidget(self.strip)
        layout.addWidget(self.banner)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        self.whole.toggled.connect(self._suggest_path)
        self._public_toggled(self.public.isChecked())

    def _fit(self) -> None:
        """Grow (never shrink) when a progress line or message appears, instead of squeezing
        the wrapped text above it."""
        layout = self.layout()
        width = max(self.width(), self.minimumWidth())
        height = layout.totalHeightForWidth(width) if layout.hasHeightForWidth() \
            else layout.totalSizeHint().height()
        if height > self.height():
            self.resize(width, height)

    # choices ---------------------------------------------------------------------------------

    def _folder(self) -> Path:
        return Path(str(self._settings.value(FOLDER_KEY) or Path.home()))

    def suggested_name(self) -> str:
        parts = [self._code, self.tr("public roster") if self.public.isChecked() else self.tr("roster")]
        if self.selection.isChecked():
            parts.append(self.tr("selection"))
        return " ".join(parts) + ".xlsx"

    def _suggest_path(self, *_args: object) -> None:
        """Follow the choices with the suggested name, unless the user has named the file."""
        current = Path(self.path_edit.text()) if self.path_edit.text() else None
        if current is not None and current.name != self._suggested:
            return
        folder = current.parent if current is not None else self._folder()
        self._suggested = self.suggested_name()
        self.path_edit.setText(str(folder / self._suggested))
        self._confirmed_path = ""

    def _path_edited(self, _text: str) -> None:
        self._confirmed_path = ""

    def _public_toggled(self, public: bool) -> None:
        if public:
            self.public_note.setText(self.tr("The Roster and By body sheets only; safe to circulate."))
        else:
            self.public_note.setText(self.tr(
                "Includes passport numbers, dates of birth and contact details, and the CEC "
                "submission sheet: send it only to the host authorities."))
        self._suggest_path()
        self._fit()

    def choose_path(self) -> None:
        start = self.path_edit.text() or str(self._folder() / self.suggested_name())
        chosen, _ = QFileDialog.getSaveFileName(self, self.tr("Export the roster"), start,
                                                self.tr("Excel workbooks (*.xlsx)"))
        if not chosen:
            return
        if not chosen.lower().endswith(".xlsx"):
            chosen += ".xlsx"
        self.path_edit.setText(chosen)
        self._confirmed_path = chosen  # the save dialog has asked about replacing it

    def target(self) -> Path | None:
        text = self.path_edit.text().strip()
        if not text:
            return None
        return Path(text if text.lower().endswith(".xlsx") else text + ".xlsx").expanduser()

    # exporting -------------------------------------------------------------------------------

    def export(self) -> None:
        path = self.target()
        if path is None:
            self.banner.show_message("error", self.tr("Choose where to save the workbook."))
            self._fit()
            return
        if path.exists() and str(path) != self._confirmed_path:
            answer = QMessageBox.question(
                self, self.tr("Replace the file?"),
                self.tr("%1 exists already. Replace it with the new roster?").replace("%1", path.name),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, QMessageBox.StandardButton.No)
            if answer != QMessageBox.StandardButton.Yes:
                return
        db, mission_id, public = self._db, self._mission_id, self.public.isChecked()
        ids = self._observer_ids if self.selection.isChecked() else None
        self._settings.setValue(FOLDER_KEY, str(path.parent))
        self._settings.setValue(PUBLIC_KEY, "true" if public else "false")
        self.banner.clear()
        self._set_busy(True)
        self.strip.start(self.tr("Writing %1…").replace("%1", path.name), stoppable=False)
        self._fit()
        self._tasks.start(lambda: export_roster(db, mission_id, path, public, observer_ids=ids),
                          lambda count: self._exported(path, count), self._failed)

    def _set_busy(self, busy: bool) -> None:
        for widget in (self.export_button, self.close_button, self.browse, self.path_edit, self.public,
                       self.whole, self.selection):
            widget.setEnabled(not busy)

    def _exported(self, path: Path, count: int) -> None:
        self.strip.finish()
        self._set_busy(False)
        self.exported_path = path
        self._confirmed_path = str(path)
        text = self.tr("%Ln observer(s) exported to %1", "", count)
        self.banner.show_message("success", text.replace("%1", str(path)), self.tr("Open folder"))
        self._fit()
        self.close_button.setFocus()

    def _failed(self, exc: Exception) -> None:
        self.strip.finish()
        self._set_busy(False)
        self.banner.show_message("error", self.tr("The roster was not exported: %1").replace("%1", describe(exc)))
        self._fit()

    def open_folder(self) -> None:
        if self.exported_path is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.exported_path.parent)))

    def reject(self) -> None:
        if self._tasks.busy:
            return  # the workbook is being written; it takes a moment and cannot be half-done
        super().reject()

    def wait(self, msecs: int = -1) -> bool:
        return self._tasks.wait(msecs)


def open_roster_export(parent: QWidget | None, db: Database, mission_id: int,
                       observer_ids: Sequence[int] | None = None, *,
                       settings: QSettings | None = None) -> RosterExportDialog:
    """Show the export dialog (window-modal, without blocking); observer_ids None offers the whole
    roster only, otherwise the selection first."""
    dialog = RosterExportDialog(db, mission_id, observer_ids, settings, parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
    dialog.open()
    return dialog
