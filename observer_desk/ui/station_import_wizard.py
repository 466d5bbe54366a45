"""Importing polling stations from the window: choose the workbook, read what the import would do
row by row, import all of it or nothing.

The work is station_import's: plan_station_import reads the workbook and compares it with the
stations stored (nothing written), commit_station_import writes a plan without errors in one
transaction and refuses one that the database moved away from. Both run on the wizard's worker
thread, with their progress on the page and a Stop button.
"""

from __future__ import annotations

import html
from collections.abc import Callable
from enum import IntEnum
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    QSettings,
    Qt,
    QTimer,
)
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QTableView,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from observer_desk.core.db import Database
from observer_desk.core.language import clauses, labelled, listed
from observer_desk.core.services.roster_import import RowAction
from observer_desk.core.services.station_import import (
    PlannedStation,
    StationImportPlan,
    StationImportResult,
    commit_station_import,
    plan_station_import,
)
from observer_desk.documents.nominations_reader import ReadCancelled, WorkbookError

from .background_wizard import MissionImportWizard
from .errors import describe
from .file_choice_page import FileChoicePage, ResultPage
from .import_plan_model import (
    action_icon,
    action_label,
    change_text,
    full_place,
    place_and_part,
    problem_text,
)
from .observer_labels import ERROR_COLOUR
from .progress_strip import ProgressStrip, rows_read
from .widgets import Banner, muted

FOLDER_KEY = "stationImportWizard/folder"
AnyIndex = QModelIndex | QPersistentModelIndex
SHOWN_NUMBERS = 30  # station numbers named on the last page


def _t(text: str) -> str:
    return QCoreApplication.translate("StationPlanModel", text)


class PageId(IntEnum):
    FILE = 0
    PLAN = 1
    DONE = 2


class StationPlanModel(QAbstractTableModel):
    """The plan's rows: what happens to each, the station, its unit, where it is in the file,
    and the changes or problems; filtered by action."""

    ACTION, NUMBER, UNIT, PLACE, DETAILS = range(5)

    def __init__(self, parent: Any = None):
        super().__init__(parent)
        self.plan: StationImportPlan | None = None
        self.rows: list[PlannedStation] = []
        self.action: RowAction | None = None

    def set_plan(self, plan: StationImportPlan | None, action: RowAction | None = None) -> None:
        self.beginResetModel()
        self.plan, self.action = plan, action
        rows = list(plan.rows) if plan else []
        self.rows = rows if action is None else [r for r in rows if r.action is action]
        self.endResetModel()

    def row_at(self, row: int) -> PlannedStation:
        return self.rows[row]

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else 5

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return (self.tr("Action"), self.tr("Station"), self.tr("Unit"), self.tr("Sheet, row"),
                self.tr("Changes or problems"))[section]

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row, column = self.rows[index.row()], index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if column == self.ACTION:
                return action_label(row.action)
            if column == self.NUMBER:
                return row.number
            if column == self.UNIT:
                return row.unit
            if column == self.PLACE:
                return place_and_part(row.sheet, str(row.row))
            return summary(row)
        if role == Qt.ItemDataRole.DecorationRole and column == self.ACTION:
            return action_icon(row.action)
        if role == Qt.ItemDataRole.ToolTipRole and column == self.DETAILS:
            return "\n".join(text for _, text in details(row))
        return None


def summary(row: PlannedStation) -> str:
    if row.action is RowAction.ERROR:
        return clauses(problem_text(p) for p in row.problems)
    if row.action is RowAction.UPDATE:
        return clauses(change_text(c) for c in row.changes)
    if row.action is RowAction.ADD:
        return _t("New station")
    return _t("Same as stored")


def details(row: PlannedStation) -> list[tuple[str, str]]:
    """(kind, text) lines: "error" for problems, "change" for changed fields, else "note"."""
    lines = [("error", labelled(full_place(p), p.message)) for p in row.problems]
    lines += [("change", change_text(c)) for c in row.changes]
    if row.action is RowAction.ADD:
        lines.append(("note", _t("A new polling station in %1.").replace("%1", row.unit)))
    elif not lines:
        lines.append(("note", _t("Stored exactly like this already; nothing changes.")))
    return lines


# --- page 1: the file -------------------------------------------------------------------------

class FilePage(FileChoicePage):
    def __init__(self, wizard: StationImportWizard):
        super().__init__(
            wizard, folder_key=FOLDER_KEY, dialog_title=self.tr("Import polling stations"),
            file_filter=self.tr("Excel workbooks (*.xlsx);;All files (*)"),
            placeholder=self.tr("Choose an .xlsx file, or paste its path and press Enter"),
            stopped=(ReadCancelled,), unusable=(WorkbookError,))
        self.setTitle(self.tr("Choose the polling stations workbook"))
        self.setSubTitle(self.tr(
            "An .xlsx list with a column for the station number, and its unit (code or name), "
            "premises, address, registered voters, opening and closing times and coordinates. "
            "Title rows above the header and headers in Russian are understood."))
        self.path_edit.setObjectName("stationsPath")

    def show_plan(self, plan: StationImportPlan) -> None:
        lines = [self.tr("%n station row(s) read.", "", len(plan.rows))]
        lines += [self.tr("Not read: %1.").replace("%1", text)
                  for text in (*plan.unknown_columns, *plan.skipped_sheets)]
        self.found.setText("\n".join(lines))
        self.completeChanged.emit()

    def isComplete(self) -> bool:  # noqa: N802
        return self._wizard.plan is not None and not self._wizard.busy


# --- page 2: the plan -------------------------------------------------------------------------

FILTERS: tuple[RowAction | None, ...] = (None, RowAction.ADD, RowAction.UPDATE, RowAction.UNCHANGED,
                                         RowAction.ERROR)


class PlanPage(QWizardPage):
    def __init__(self, wizard: StationImportWizard):
        super().__init__()
        self._wizard = wizard
        self.setTitle(self.tr("Check what the import will do"))
        self.setSubTitle(self.tr("Nothing is written until you choose Import, and then every row "
                                 "is written or none. Select a row to see all of it."))
        self.setCommitPage(True)
        self.summary = QLabel()
        self.summary.setObjectName("planSummary")
        self.summary.setWordWrap(True)
        font = self.summary.font()
        font.setBold(True)
        self.summary.setFont(font)
        self.show_only = QComboBox()
        self.show_only.setObjectName("planFilter")
        self.show_only.currentIndexChanged.connect(self._filter_changed)
        filters = QHBoxLayout()
        filters.addWidget(QLabel(self.tr("Show")))
        filters.addWidget(self.show_only)
        filters.addStretch(1)
        self.banner = Banner()
        self.banner.close_button.hide()
        self.banner.actionTriggered.connect(wizard.check_again)
        self.strip = ProgressStrip()
        self.strip.stopRequested.connect(wizard.stop_job)
        self.model = StationPlanModel(self)
        self.table = QTableView()
        self.table.setObjectName("planTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        metrics = self.table.fontMetrics()
        for column, sample in ((0, "Unchanged"), (1, "00000"), (2, "Almaty District, Astana"),
                               (3, "Участки, 1000")):
            header.resizeSection(column, metrics.horizontalAdvance(sample) + 36)
        self.table.selectionModel().currentRowChanged.connect(
            lambda current, _previous: self._show_details(current.row()))
        self.model.modelReset.connect(lambda: self.table.selectRow(0) if self.model.rowCount() else
                                      self.details.clear())
        self.details = QTextBrowser()
        self.details.setObjectName("rowDetails")
        self.details.setMaximumHeight(metrics.height() * 6 + 16)
        self.notes = muted()
        self.notes.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addLayout(filters)
        layout.addWidget(self.banner)
        layout.addWidget(self.strip)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.details)
        layout.addWidget(self.notes)

    def initializePage(self) -> None:  # noqa: N802
        plan = self._wizard.plan
        if plan is not None:
            self.show_plan(plan)

    def show_plan(self, plan: StationImportPlan) -> None:
        counts = {action: plan.count(action) for action in RowAction}
        self.summary.setText(self.tr("%1 in %2: %3 to add, %4 to update, %5 unchanged, %6 with errors")
                             .replace("%1", self.tr("%n row(s)", "", len(plan.rows)))
                             .replace("%2", plan.source.name)
                             .replace("%3", str(counts[RowAction.ADD]))
                             .replace("%4", str(counts[RowAction.UPDATE]))
                             .replace("%5", str(counts[RowAction.UNCHANGED]))
                             .replace("%6", str(counts[RowAction.ERROR])))
        names = {None: self.tr("All rows"), RowAction.ADD: self.tr("To add"),
                 RowAction.UPDATE: self.tr("To update"), RowAction.UNCHANGED: self.tr("Unchanged"),
                 RowAction.ERROR: self.tr("With errors")}
        self.show_only.blockSignals(True)
        self.show_only.clear()
        for action in FILTERS:
            count = len(plan.rows) if action is None else counts[action]
            if count or action is None:
                self.show_only.addItem(f"{names[action]} ({count})", action.value if action else "")
        # Errors first: they are what stands between the user and the import.
        self.show_only.setCurrentIndex(max(0, self.show_only.findData(RowAction.ERROR.value))
                                       if counts[RowAction.ERROR] else 0)
        self.show_only.blockSignals(False)
        self._filter_changed()
        if counts[RowAction.ERROR]:
            self.banner.show_message("error", self.tr(
                "%n row(s) with errors: nothing will be imported until they are fixed. Correct "
                "them in the file, save it, and choose Check again.", "", counts[RowAction.ERROR]),
                self.tr("Check again"))
        elif counts[RowAction.ADD] + counts[RowAction.UPDATE] == 0:
            self.banner.show_message("info", self.tr(
                "Every station is stored like this already: there is nothing to import."),
                self.tr("Check again"))
        else:
            self.banner.show_message("success", self.tr(
                "Ready: choose Import to add %1 and update %2.")
                .replace("%1", self.tr("%n station(s)", "", counts[RowAction.ADD]))
                .replace("%2", self.tr("%n station(s)", "", counts[RowAction.UPDATE])))
        notes = [*plan.unknown_columns, *plan.skipped_sheets]
        self.notes.setText(self.tr("Not imported: %1.").replace("%1", "; ".join(notes)) if notes else "")
        self.notes.setVisible(bool(notes))
        self.completeChanged.emit()

    def _filter_changed(self) -> None:
        value = self.show_only.currentData()
        self.model.set_plan(self._wizard.plan, RowAction(value) if value else None)

    def _show_details(self, row: int) -> None:
        if not 0 <= row < self.model.rowCount():
            self.details.clear()
            return
        planned = self.model.row_at(row)
        row_text = planned.number or self.tr("Row %1").replace("%1", str(planned.row))
        lines = [f"<b>{html.escape(row_text)}"
                 f"</b> — {html.escape(action_label(planned.action))}"]
        for kind, text in details(planned):
            style = f' style="color:{ERROR_COLOUR}"' if kind == "error" else ""
            lines.append(f"<span{style}>{html.escape(text)}</span>")
        self.details.setHtml("<br>".join(lines))

    def planning(self) -> None:
        self.model.set_plan(None)
        self.summary.setText(self.tr("Reading the file…"))
        self.banner.clear()
        self.completeChanged.emit()

    def show_failure(self, exc: Exception, stopped: bool) -> None:
        self.summary.setText(self.tr("No plan"))
        if stopped or isinstance(exc, ReadCancelled):
            text = self.tr("Stopped. Nothing was imported.")
        elif isinstance(exc, WorkbookError):
            text = self.tr("This file cannot be imported: %1").replace("%1", str(exc))
        else:
            text = describe(exc)
        self.banner.show_message("info" if stopped else "error", text, self.tr("Check again"))
        self.completeChanged.emit()

    def committing(self) -> None:
        self.banner.clear()
        self.completeChanged.emit()

    def writing(self, done: int, total: int) -> str:
        return self.tr("Writing stations: %1 of %2").replace("%1", str(done)).replace("%2", str(total))

    def commit_failed(self, exc: Exception, stopped: bool) -> None:
        text = self.tr("Stopped. Nothing was imported.") if stopped else self.tr(
            "Nothing was imported: %1").replace("%1", describe(exc))
        self.banner.show_message("error", text, self.tr("Check again"))
        self.completeChanged.emit()

    def isComplete(self) -> bool:  # noqa: N802
        plan = self._wizard.plan
        return (plan is not None and not plan.has_errors and not self._wizard.busy
                and plan.count(RowAction.ADD) + plan.count(RowAction.UPDATE) > 0)

    def validatePage(self) -> bool:  # noqa: N802
        if self._wizard.result is not None:
            return True
        if self.isComplete():
            self._wizard.commit()
        return False


# --- page 3: done -----------------------------------------------------------------------------

class DonePage(ResultPage):
    def __init__(self, wizard: StationImportWizard):
        super().__init__(wizard, self.tr("Imported"),
                         self.tr("The polling stations are stored; events can visit them now."))

    def initializePage(self) -> None:  # noqa: N802
        result = self._wizard.result
        if result is None:
            return
        lines = [self.tr("%1 added, %2 updated, %3 unchanged.")
                 .replace("%1", self.tr("%n station(s)", "", len(result.added)))
                 .replace("%2", str(len(result.updated))).replace("%3", str(result.unchanged))]
        for numbers, label in ((result.added, self.tr("Added: %1")), (result.updated, self.tr("Updated: %1"))):
            if numbers:
                shown = listed(numbers[:SHOWN_NUMBERS])
                if len(numbers) > SHOWN_NUMBERS:
                    shown += " " + self.tr("and %n more", "", len(numbers) - SHOWN_NUMBERS)
                lines.append(label.replace("%1", shown))
        self.summary.setText("\n\n".join(lines))


# --- the wizard -------------------------------------------------------------------------------

class StationImportWizard(MissionImportWizard):
    def __init__(self, db: Database, mission_id: int, on_imported: Callable[[], Any] | None = None,
                 settings: QSettings | None = None, parent: QWidget | None = None):
        super().__init__(db, mission_id, on_imported, settings, parent)
        self.plan: StationImportPlan | None = None
        self.result: StationImportResult | None = None
        self.setWindowTitle(self.tr("Import polling stations"))
        self.setButtonText(QWizard.WizardButton.CommitButton, self.tr("Import"))
        self.file_page = FilePage(self)
        self.plan_page = PlanPage(self)
        self.done_page = DonePage(self)
        self.setPage(PageId.FILE, self.file_page)
        self.setPage(PageId.PLAN, self.plan_page)
        self.setPage(PageId.DONE, self.done_page)
        self.setMinimumSize(760, 520)
        self.resize(940, 640)
        self.currentIdChanged.connect(lambda _id: QTimer.singleShot(0, self.fit_subtitle))

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802
        super().resizeEvent(event)
        QTimer.singleShot(0, self.fit_subtitle)

    def fit_subtitle(self) -> None:
        """Give the page's subtitle all the lines it wraps to: the wizard's header keeps it at
        the height of its unwrapped hint, which cuts a long (e.g. Russian) subtitle short."""
        page = self.currentPage()
        if page is None or not page.subTitle():
            return
        for label in self.findChildren(QLabel):
            in_header = not isinstance(label.parent(), QWizardPage)
            if in_header and label.wordWrap() and label.text() == page.subTitle():
                needed = label.heightForWidth(label.width())
                header = label.parentWidget()
                if needed <= 0 or header is None or needed == label.height():
                    continue
                header.setFixedHeight(max(header.height() + needed - label.height(), 0))
                label.setMinimumHeight(needed)

    def read_file(self, path: Path) -> None:
        """Read and plan on the worker thread; the plan page shows the outcome once it is there."""
        self.abandon_job()
        self.path, self.plan = path, None
        self.file_page.reading(path)
        db, mission_id = self.db, self.mission_id
        on_plan_page = self.currentId() == PageId.PLAN
        if on_plan_page:
            self.plan_page.planning()
        strip = self.plan_page.strip if on_plan_page else self.file_page.strip
        failure = self.plan_page.show_failure if on_plan_page else self.file_page.show_failure
        self._start(strip, self.tr("Reading %1…").replace("%1", path.name),
                    lambda job: plan_station_import(db, mission_id, path, progress=job.report),
                    self._planned, failure, counting=rows_read)
        self.file_page.completeChanged.emit()

    def _planned(self, plan: StationImportPlan) -> None:
        self.plan = plan
        self.file_page.show_plan(plan)
        if self.currentId() == PageId.PLAN:
            self.plan_page.show_plan(plan)

    def check_again(self) -> None:
        """The file was corrected, or the stations changed meanwhile: read and plan again."""
        if self.path is not None and not self.committing:
            self.read_file(self.path)

    def commit(self) -> None:
        plan = self.plan
        if plan is None or plan.has_errors or self.committing:
            return
        db = self.db
        self.plan_page.committing()
        self._start_commit(self.plan_page.strip, self.tr("Importing…"),
                           lambda job: commit_station_import(db, plan, progress=job.report),
                           self._committed, self._commit_failed, counting=self.plan_page.writing)

    def _committed(self, result: StationImportResult) -> None:
        self.result = result
        self._tell_imported(self.on_imported, self.tr("The stations could not be shown again"))
        self.next()

    def _commit_failed(self, exc: Exception, stopped: bool) -> None:
        if not stopped:
            self.plan = None  # stale or refused: only a new plan may be imported
        self.plan_page.commit_failed(exc, stopped)


def open_station_import_wizard(parent: QWidget | None, db: Database, mission_id: int,
                               on_imported: Callable[[], Any] | None = None, *,
                               settings: QSettings | None = None) -> StationImportWizard:
    """Show the wizard (window-modal, without blocking); `on_imported` runs once stations have
    been written."""
    wizard = StationImportWizard(db, mission_id, on_imported, settings, parent)
    wizard.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
    wizard.open()
    return wizard
