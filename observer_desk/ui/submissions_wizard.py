"""Importing submissions from ODK Central or KoboToolbox: choose the export, read the plan,
settle the duplicates, import.

The work is submissions.py's: plan_submissions reads the CSV or XLSX and says row by row what
the import would do (add, flagged for completion, already imported, skipped, or why a row cannot
be used), and commit_submissions writes the chosen rows in one transaction. Both run on
TaskRunner's thread with their progress on the page and a Stop button. Duplicates are shown
group by group; the user keeps one row of each (or the stored report), and only then can the
import run. Nothing is written before the user chooses Import.
"""

from __future__ import annotations

import html
from collections.abc import Callable
from enum import IntEnum
from pathlib import Path
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, QSettings, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QRadioButton,
    QScrollArea,
    QSplitter,
    QTableView,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from observer_desk.core.db import Database
from observer_desk.core.errors import Problem
from observer_desk.core.language import clauses, labelled
from observer_desk.core.services.bulk import Cancelled
from observer_desk.core.services.submissions import (
    DuplicateGroup,
    PlannedSubmission,
    SubmissionAction,
    SubmissionImport,
    SubmissionPlan,
    commit_submissions,
    plan_submissions,
)
from observer_desk.documents.submissions_reader import SubmissionsFileError

from .background_wizard import MissionImportWizard
from .errors import describe
from .file_choice_page import FileChoicePage, ResultPage
from .findings_labels import FLAG_COLOUR, local_time, phase_label
from .labels import format_number
from .progress_strip import ProgressStrip
from .reports_model import compact_rows
from .widgets import ERROR_COLOUR, Banner

AnyIndex = QModelIndex | QPersistentModelIndex
FOLDER_KEY = "submissionsWizard/folder"
GREY = QColor("#7f8c8d")


class PageId(IntEnum):
    FILE = 0
    PLAN = 1
    DONE = 2


def action_label(row: PlannedSubmission) -> str:
    from PySide6.QtCore import QCoreApplication

    def t(text: str) -> str:
        return QCoreApplication.translate("SubmissionsWizard", text)

    if row.action is SubmissionAction.ADD:
        return t("Add, flagged") if row.flagged else t("Add")
    return {SubmissionAction.ALREADY_IMPORTED: t("Already imported"),
            SubmissionAction.SKIPPED: t("Skipped"), SubmissionAction.ERROR: t("Error")}[row.action]


def problem_text(problem: Problem, *, where: bool = False) -> str:
    """The problem in the punctuation of the interface language ("field: what is wrong"),
    with where it is in the file before it when asked."""
    text = labelled(problem.label, problem.message) if problem.field else problem.message
    return labelled(problem.where, text) if where and problem.where else text


def remarks(row: PlannedSubmission) -> str:
    """The row's problems, or its flags and note, in the interface language (the flags are stored
    in English; the user reads them here in their own)."""
    if row.problems:
        return clauses(problem_text(p) for p in row.problems)
    parts = list(row.shown_flags)
    if row.note:
        parts.append(row.note)
    return clauses(parts)


class SubmissionRowsModel(QAbstractTableModel):
    """The plan's rows (all, or those of one kind) with what the import does with each."""

    ROW, ACTION, STATION, TEAM, PHASE, ARRIVED, SUBMITTED_BY, REMARKS = range(8)
    FILTERS = ("all", "add", "flagged", "error", "duplicates", "not added")

    def __init__(self, parent: Any = None):
        super().__init__(parent)
        self.plan: SubmissionPlan | None = None
        self.rows: list[PlannedSubmission] = []
        self.kind = "all"
        self.zone = "UTC"
        self.left_out: set[int] = set()

    def set_plan(self, plan: SubmissionPlan | None, zone: str) -> None:
        self.plan = plan
        self.zone = zone
        self._refilter()

    def set_kind(self, kind: str) -> None:
        self.kind = kind
        self._refilter()

    def set_left_out(self, rows: set[int]) -> None:
        self.left_out = set(rows)
        if self.rows:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self.rows) - 1, self.REMARKS))

    def _refilter(self) -> None:
        self.beginResetModel()
        rows = list(self.plan.rows) if self.plan else []
        duplicated = {r for g in (self.plan.duplicates if self.plan else []) for r in g.rows}
        if self.kind == "add":
            rows = [r for r in rows if r.action is SubmissionAction.ADD]
        elif self.kind == "flagged":
            rows = [r for r in rows if r.action is SubmissionAction.ADD and r.flagged]
        elif self.kind == "error":
            rows = [r for r in rows if r.action is SubmissionAction.ERROR]
        elif self.kind == "duplicates":
            rows = [r for r in rows if r.row in duplicated]
        elif self.kind == "not added":
            rows = [r for r in rows if r.action in (SubmissionAction.SKIPPED,
                                                    SubmissionAction.ALREADY_IMPORTED)]
        self.rows = rows
        self.endResetModel()

    def row_at(self, row: int) -> PlannedSubmission:
        return self.rows[row]

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 8

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return (self.tr("Row"), self.tr("Import"), self.tr("Station"), self.tr("Team"),
                    self.tr("Phase"), self.tr("Arrived"), self.tr("Submitted by"),
                    self.tr("Remarks"))[section]
        return None

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        column = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            if column == self.ROW:
                return str(row.row)
            if column == self.ACTION:
                if row.row in self.left_out and row.action is SubmissionAction.ADD:
                    return self.tr("Left out")
                return action_label(row)
            if column == self.STATION:
                return row.station_number or "—"
            if column == self.TEAM:
                return row.team_name or "—"
            if column == self.PHASE:
                return phase_label(row.phase)
            if column == self.ARRIVED:
                # The plan keeps times in the station's zone where it knows the station.
                zone = getattr(row.arrived_at.tzinfo, "key", self.zone) if row.arrived_at else self.zone
                return local_time(row.arrived_at, zone, with_date=True)
            if column == self.SUBMITTED_BY:
                return row.submitted_by
            return remarks(row)
        if role == Qt.ItemDataRole.ForegroundRole:
            if row.action is SubmissionAction.ERROR:
                return QColor(ERROR_COLOUR)
            if row.row in self.left_out or row.action in (SubmissionAction.SKIPPED,
                                                          SubmissionAction.ALREADY_IMPORTED):
                return GREY
            if row.flagged and column in (self.ACTION, self.REMARKS):
                return FLAG_COLOUR
        if role == Qt.ItemDataRole.TextAlignmentRole and column == self.ROW:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None


# --- page 1: the file ---------------------------------------------------------------------------

class FilePage(FileChoicePage):
    def __init__(self, wizard: SubmissionsWizard):
        super().__init__(
            wizard, folder_key=FOLDER_KEY, dialog_title=self.tr("Import submissions"),
            file_filter=self.tr("Submission exports (*.csv *.xlsx);;All files (*)"),
            placeholder=self.tr("Choose a .csv or .xlsx file, or paste its path and press Enter"),
            stopped=(Cancelled,), unusable=(SubmissionsFileError,))
        self.setTitle(self.tr("Choose the submissions export"))
        self.setSubTitle(self.tr(
            "A CSV or XLSX export of ODK Central or KoboToolbox for the mission's checklist. "
            "Columns are matched to the questions by name or label; group prefixes are "
            "understood."))

    def show_plan(self, plan: SubmissionPlan) -> None:
        lines = [plan.file, self.tr("Checklist: %1").replace("%1", plan.checklist),
                 self.tr("%n submission(s) in the file.", "", len(plan.rows))]
        lines += plan.notes
        self.found.setText("\n".join(lines))
        self.completeChanged.emit()

    def isComplete(self) -> bool:
        return self._wizard.plan is not None and not self._wizard.busy


# --- page 2: the plan ---------------------------------------------------------------------------

class DuplicateChooser(QGroupBox):
    """One group of duplicates: keep one of its rows, or the stored report."""

    def __init__(self, group: DuplicateGroup, rows: dict[int, PlannedSubmission],
                 changed: Callable[[], None], parent: QWidget | None = None):
        super().__init__(parent)
        self.group = group
        self.setTitle(self.tr("Same %1: %2").replace(
            "%1", self.tr("submission id") if group.kind == "submission id" else self.tr("visit"))
            .replace("%2", group.key))
        self.buttons = QButtonGroup(self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 4, 8, 4)
        layout.setSpacing(2)
        for number in group.rows:
            row = rows.get(number)
            detail = ""
            if row is not None:
                parts = [row.team_name or "", row.submitted_by,
                         f"{row.arrived_at:%H:%M}" if row.arrived_at else "", row.instance_id or ""]
                detail = " · ".join(p for p in parts if p)
            button = QRadioButton(self.tr("Keep row %1").replace("%1", str(number))
                                  + (f"  ({detail})" if detail else ""))
            self.buttons.addButton(button, number)
            layout.addWidget(button)
        if group.existing_reports:
            button = QRadioButton(self.tr("Keep the report already stored (leave out every row)"))
            self.buttons.addButton(button, 0)
            layout.addWidget(button)
        self.buttons.idToggled.connect(lambda _id, on: on and changed())

    def keep(self, row: int) -> None:
        """Keep this file row (0: the stored report)."""
        button = self.buttons.button(row)
        if button is not None:
            button.setChecked(True)

    def left_out(self) -> set[int] | None:
        """The rows left out, or None while nothing is chosen."""
        chosen = self.buttons.checkedId()
        if chosen == -1:
            return None
        return {r for r in self.group.rows if r != chosen}


class PlanPage(QWizardPage):
    def __init__(self, wizard: SubmissionsWizard):
        super().__init__()
        self._wizard = wizard
        self.setTitle(self.tr("What the import will do"))
        self.setSubTitle(self.tr("Nothing is written until you choose Import. Flagged reports are "
                                 "imported for someone to complete; rows with errors stop the "
                                 "import until the file is corrected."))
        self.setCommitPage(True)
        self.setButtonText(QWizard.WizardButton.CommitButton, self.tr("Import"))
        self.banner = Banner()
        self.banner.close_button.hide()
        self.banner.actionTriggered.connect(wizard.plan_again)
        self.strip = ProgressStrip()
        self.strip.stopRequested.connect(wizard.stop_job)
        self.kind_box = QComboBox()
        for kind, text in zip(SubmissionRowsModel.FILTERS, (
                self.tr("All rows"), self.tr("To add"), self.tr("Flagged for completion"),
                self.tr("With errors"), self.tr("Duplicates"), self.tr("Not added")), strict=True):
            self.kind_box.addItem(text, kind)
        self.kind_box.currentIndexChanged.connect(
            lambda: self.model.set_kind(self.kind_box.currentData()))
        self.model = SubmissionRowsModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        compact_rows(self.table)
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setStretchLastSection(True)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.selectionModel().currentRowChanged.connect(
            lambda current, _previous: self._show_details(current.row()))
        self.details = QTextBrowser()
        self.details.setMaximumHeight(110)
        self.duplicates_box = QWidget()
        self.duplicates_layout = QVBoxLayout(self.duplicates_box)
        self.duplicates_layout.setContentsMargins(0, 0, 0, 0)
        self.duplicates_scroll = QScrollArea()
        self.duplicates_scroll.setWidgetResizable(True)
        self.duplicates_scroll.setWidget(self.duplicates_box)
        self.duplicates_title = QLabel()
        self.duplicates_title.setWordWrap(True)
        self.choosers: list[DuplicateChooser] = []

        filters = QHBoxLayout()
        filters.addWidget(QLabel(self.tr("Show:")))
        filters.addWidget(self.kind_box)
        filters.addStretch(1)
        top = QWidget()
        top_layout = QVBoxLayout(top)
        top_layout.setContentsMargins(0, 0, 0, 0)
        top_layout.addLayout(filters)
        top_layout.addWidget(self.table, 1)
        top_layout.addWidget(self.details)
        bottom = QWidget()
        bottom_layout = QVBoxLayout(bottom)
        bottom_layout.setContentsMargins(0, 0, 0, 0)
        bottom_layout.addWidget(self.duplicates_title)
        bottom_layout.addWidget(self.duplicates_scroll, 1)
        self.splitter = QSplitter(Qt.Orientation.Vertical)
        self.splitter.addWidget(top)
        self.splitter.addWidget(bottom)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.banner)
        layout.addWidget(self.strip)
        layout.addWidget(self.splitter, 1)

    def initializePage(self) -> None:
        plan = self._wizard.plan
        self.model.set_plan(plan, self._wizard.zone)
        while self.duplicates_layout.count():
            item = self.duplicates_layout.takeAt(0)
            if item.widget() is not None:
                item.widget().deleteLater()
        self.choosers = []
        if plan is not None:
            rows = {r.row: r for r in plan.rows}
            for group in plan.duplicates:
                chooser = DuplicateChooser(group, rows, self._choices_changed)
                self.duplicates_layout.addWidget(chooser)
                self.choosers.append(chooser)
        self.duplicates_layout.addStretch(1)
        self.duplicates_title.setText(
            self.tr("Duplicates: keep one of each group. Nothing is merged or deleted; the rows "
                    "left out are simply not imported.") if self.choosers else
            self.tr("No duplicates: no submission id twice, no station visited twice in the same "
                    "phase at the same time."))
        self.duplicates_scroll.setVisible(bool(self.choosers))
        self.splitter.setSizes([400, 160 if self.choosers else 30])
        for column, width in ((0, 50), (1, 130), (2, 70), (3, 90), (4, 120), (5, 130), (6, 110)):
            self.table.setColumnWidth(column, width)
        self._choices_changed()
        if self.model.rowCount():
            self.table.selectRow(0)

    def left_out(self) -> set[int]:
        rows: set[int] = set()
        for chooser in self.choosers:
            rows |= chooser.left_out() or set()
        return rows

    def _choices_changed(self) -> None:
        plan = self._wizard.plan
        left_out = self.left_out()
        self.model.set_left_out(left_out)
        if plan is None:
            self.completeChanged.emit()
            return
        unresolved = plan.unresolved(left_out)
        text = html.escape(plan.summary(left_out))
        if plan.has_errors:
            self.banner.show_message("error", self.tr("Rows with errors stop the import: correct the "
                                                      "file and read it again. %1").replace("%1", text),
                                     self.tr("Read again"))
        elif unresolved:
            self.banner.show_message("warning", self.tr("Keep one of each group of duplicates below. %1")
                                     .replace("%1", text))
        elif not self.rows_to_add(left_out):
            self.banner.show_message("info", self.tr("Nothing to import. %1").replace("%1", text))
        elif plan.flagged_rows:
            self.banner.show_message("warning", text)
        else:
            self.banner.show_message("success", text)
        self.completeChanged.emit()

    def rows_to_add(self, left_out: set[int]) -> int:
        plan = self._wizard.plan
        return sum(1 for r in plan.rows if r.action is SubmissionAction.ADD and r.row not in left_out) \
            if plan else 0

    def _show_details(self, row: int) -> None:
        if not 0 <= row < self.model.rowCount():
            self.details.clear()
            return
        planned = self.model.row_at(row)
        plan = self._wizard.plan
        row_text = self.tr("Row %1").replace("%1", str(planned.row))
        lines = [f"<b>{html.escape(row_text)}</b> — "
                 f"{html.escape(action_label(planned))}"]
        for problem in planned.problems:
            lines.append(f"<span style='color:{ERROR_COLOUR}'>"
                         f"{html.escape(problem_text(problem, where=True))}</span>")
        for flag in planned.shown_flags:
            lines.append(f"<span style='color:{FLAG_COLOUR.name()}'>{html.escape(flag)}</span>")
        if planned.note:
            lines.append(html.escape(planned.note))
        if plan is not None:
            answered = len(plan.answers(planned))
            lines.append(html.escape(self.tr("%n answer(s)", "", answered)
                                     + (f" · {planned.instance_id}" if planned.instance_id else "")))
        self.details.setHtml("<br>".join(lines))

    def committing(self) -> None:
        self.banner.clear()
        self.completeChanged.emit()

    def writing(self, done: int, total: int) -> str:
        return self.tr("Writing reports: %1 of %2").replace("%1", format_number(done)) \
            .replace("%2", format_number(total))

    def commit_failed(self, exc: Exception, stopped: bool) -> None:
        if stopped or isinstance(exc, Cancelled):
            self.banner.show_message("info", self.tr("Import stopped: nothing was written."))
        else:
            self.banner.show_message("error", self.tr("Nothing was imported: %1").replace("%1", describe(exc)),
                                     self.tr("Read again"))
        self.completeChanged.emit()

    def isComplete(self) -> bool:
        plan = self._wizard.plan
        if plan is None or plan.has_errors or self._wizard.busy:
            return False
        left_out = self.left_out()
        return not plan.unresolved(left_out) and self.rows_to_add(left_out) > 0

    def validatePage(self) -> bool:
        if self._wizard.result is not None:
            return True
        if self.isComplete():
            self._wizard.commit(self.left_out())
        return False


# --- page 3: done -------------------------------------------------------------------------------

class DonePage(ResultPage):
    def __init__(self, wizard: SubmissionsWizard):
        super().__init__(wizard, self.tr("Imported"),
                         self.tr("The reports are in the list; flagged ones wait to be completed."))

    def initializePage(self) -> None:
        result = self._wizard.result
        if result is None:
            return
        lines = [self.tr("%n report(s) added, %1 of them flagged for completion.", "", result.added)
                 .replace("%1", format_number(result.flagged)),
                 self.tr("%n turnout reading(s) taken from them.", "", result.readings)]
        if result.left_out:
            lines.append(self.tr("%n row(s) left out as duplicates.", "", result.left_out))
        if result.already_imported:
            lines.append(self.tr("%n submission(s) were imported before and left as they are.", "",
                                 result.already_imported))
        if result.flagged:
            lines.append(self.tr("Show the flagged reports with the “Flagged for completion” filter "
                                 "of the reports list, and open each to complete it."))
        self.summary.setText("\n\n".join(lines))


# --- the wizard ---------------------------------------------------------------------------------

class SubmissionsWizard(MissionImportWizard):
    def __init__(self, db: Database, mission_id: int, zone: str = "UTC",
                 on_imported: Callable[[SubmissionImport], Any] | None = None,
                 settings: QSettings | None = None, parent: QWidget | None = None):
        super().__init__(db, mission_id, on_imported, settings, parent)
        self.zone = zone
        self.plan: SubmissionPlan | None = None
        self.result: SubmissionImport | None = None

        self.setWindowTitle(self.tr("Import submissions"))
        self.file_page = FilePage(self)
        self.plan_page = PlanPage(self)
        self.done_page = DonePage(self)
        self.setPage(PageId.FILE, self.file_page)
        self.setPage(PageId.PLAN, self.plan_page)
        self.setPage(PageId.DONE, self.done_page)
        self.setMinimumSize(820, 560)
        self.resize(1040, 700)

    # the steps ---------------------------------------------------------------------------------

    def read_file(self, path: Path) -> None:
        self.abandon_job()
        self.path = path
        self.plan = None
        self.file_page.reading(path)
        db, mission_id = self.db, self.mission_id

        def counting(done: int, total: int) -> str:
            return self.tr("Reading submissions: %1 of %2").replace("%1", format_number(done)) \
                .replace("%2", format_number(total))

        self._start(self.file_page.strip, self.tr("Reading %1…").replace("%1", path.name),
                    lambda job: plan_submissions(db, mission_id, path, progress=job.report),
                    self._planned, self.file_page.show_failure, counting=counting)
        self.file_page.completeChanged.emit()

    def _planned(self, plan: SubmissionPlan) -> None:
        self.plan = plan
        self.file_page.show_plan(plan)
        if self.currentId() == PageId.PLAN:
            self.plan_page.initializePage()

    def plan_again(self) -> None:
        if self.path is not None and not self.committing:
            if self.currentId() == PageId.PLAN:
                self.back()
            self.read_file(self.path)

    def commit(self, left_out: set[int]) -> None:
        plan = self.plan
        if plan is None or self.committing:
            return
        db = self.db
        self.plan_page.committing()
        self._start_commit(self.plan_page.strip, self.tr("Importing…"),
                           lambda job: commit_submissions(db, plan, left_out, progress=job.report),
                           self._committed, self.plan_page.commit_failed,
                           counting=self.plan_page.writing)

    def _committed(self, result: SubmissionImport) -> None:
        self.result = result
        self._tell_imported(self.on_imported, self.tr("The reports list could not be refreshed"),
                            result)
        self.next()


def open_submissions_wizard(parent: QWidget | None, db: Database, mission_id: int, zone: str,
                            on_imported: Callable[[SubmissionImport], Any] | None = None, *,
                            settings: QSettings | None = None) -> SubmissionsWizard:
    wizard = SubmissionsWizard(db, mission_id, zone, on_imported, settings, parent)
    wizard.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
    wizard.open()
    return wizard

