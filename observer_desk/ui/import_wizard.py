"""Importing nominations from the window: choose the workbook, say what its unknown columns hold,
read the plan, import.

The work is roster_import's: the file is read by read_nominations, planned by plan_rows and
written by commit_import in one transaction. Reading and planning ten thousand rows takes a few
seconds, so every step runs on TaskRunner's thread, with its progress on the page and a Stop
button; the window stays responsive and nothing is written before the user chooses Import on a
plan without errors.

Also here: saving the empty nominations template (save_nominations_template), which the roster
page offers next to the import.
"""

from __future__ import annotations

import html
from collections import Counter
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from enum import IntEnum
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

from PySide6.QtCore import QCoreApplication, QSettings, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QButtonGroup,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableView,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from observer_desk.core.db import Database
from observer_desk.core.language import clauses, listed, parenthesised, sentences
from observer_desk.core.services.missions import get_mission_by_id, sending_bodies
from observer_desk.core.services.roster_export import export_nominations_template
from observer_desk.core.services.roster_import import (
    ImportPlan,
    ImportResult,
    RowAction,
    commit_import,
    plan_rows,
)
from observer_desk.documents.nominations_reader import (
    NominationsFile,
    ReadCancelled,
    WorkbookError,
    read_nominations,
)
from observer_desk.documents.roster_columns import fold_header

from .background_wizard import MissionImportWizard
from .column_mapping_page import (
    ColumnMappingPage,
    MappableColumn,
    column_samples,
    mappable_columns,
    remembered_mapping,
)
from .errors import describe, show_error
from .file_choice_page import FileChoicePage, ResultPage
from .import_plan_model import ImportPlanModel, PlanContext, action_icon, action_label, row_details
from .labels import format_number
from .observer_labels import ERROR_COLOUR, WARNING_COLOUR
from .progress_strip import Job, ProgressStrip, rows_read
from .settings import application_settings
from .widgets import Banner, muted

FOLDER_KEY = "importWizard/folder"
LISTED_CODES = 30  # codes named on the last page; beyond that the count says enough


def _t(text: str) -> str:
    return QCoreApplication.translate("ImportWizard", text)


class PageId(IntEnum):
    FILE = 0
    COLUMNS = 1
    PLAN = 2
    DONE = 3


@dataclass
class ReadOutcome:
    source: NominationsFile
    used_mapping: dict[str, str | None]  # the choices that applied to this file's headers
    mappable: list[MappableColumn]
    plan: ImportPlan | None = None
    context: PlanContext = field(default_factory=PlanContext)


def plan_against_roster(db: Database, mission_id: int, outcome: ReadOutcome) -> ReadOutcome:
    """The plan for rows already read, with what it takes to word it (on the worker thread)."""
    mission = get_mission_by_id(db, mission_id)
    bodies = {count.body.id: count.body.code for count in sending_bodies(db, mission_id)}
    outcome.plan = plan_rows(db, mission_id, outcome.source)
    outcome.context = PlanContext(bodies, ZoneInfo(mission.time_zone))
    return outcome


def read_and_plan(db: Database, mission_id: int, path: Path, mapping: Mapping[str, str | None],
                  job: Job, *, plan: bool) -> ReadOutcome:
    """The file read with the user's column choices (and, if asked, planned against the roster);
    runs on the worker thread."""
    source = read_nominations(path, mapping, progress=job.report)
    headers = {fold_header(c.header) for sheet in source.sheets for c in sheet.columns}
    used = {header: target for header, target in mapping.items() if header in headers}
    mappable = mappable_columns(source, used)
    column_samples(source, mappable)
    if job.stopped:
        raise ReadCancelled(f"reading {path.name} was stopped; nothing was imported")
    outcome = ReadOutcome(source, used, mappable)
    return plan_against_roster(db, mission_id, outcome) if plan else outcome


# --- page 1: the file -------------------------------------------------------------------------

class FilePage(FileChoicePage):
    def __init__(self, wizard: ImportWizard):
        super().__init__(
            wizard, folder_key=FOLDER_KEY, dialog_title=self.tr("Import nominations"),
            file_filter=self.tr("Excel workbooks (*.xlsx);;All files (*)"),
            placeholder=self.tr("Choose an .xlsx file, or paste its path and press Enter"),
            stopped=(ReadCancelled,), unusable=(WorkbookError,))
        self.setTitle(self.tr("Choose the nominations workbook"))
        self.setSubTitle(self.tr(
            "An .xlsx list from a sending state, the nominations template, or a roster exported "
            "earlier. Title rows above the header, headers in Russian and dates written as text "
            "are all understood."))
        self.path_edit.setObjectName("importPath")
        template_text = html.escape(self.tr("Save an empty nominations template…"))
        self.template_link = QLabel(f'<a href="template">{template_text}</a>')
        self.template_link.setToolTip(self.tr("The workbook to send to the sending states; it imports without questions"))
        self.template_link.linkActivated.connect(lambda _link: wizard.save_template())
        self.page_layout.addWidget(self.template_link)

    def show_outcome(self, outcome: ReadOutcome) -> None:
        source = outcome.source
        per_sheet = Counter(row.sheet for row in source.rows)
        lines = []
        for sheet in source.sheets:
            lines.append(self.tr("Sheet “%1”: header in row %2, %n observer row(s).", "",
                                 per_sheet[sheet.name])
                         .replace("%1", sheet.name).replace("%2", str(sheet.header_row)))
        for skipped in source.skipped:
            lines.append(self.tr("Sheet “%1” is not read: %2.").replace("%1", skipped.name)
                         .replace("%2", skipped.reason))
        unknown = [c for c in outcome.mappable if c.choice is None]
        remembered = len(outcome.mappable) - len(unknown)
        if unknown:
            lines.append(self.tr("%n column(s) not recognised; the next page asks what they hold.", "",
                                 len(unknown)))
        if remembered:
            lines.append(self.tr("%n column(s) read as you chose before; you can change that on the "
                                 "next page.", "", remembered))
        self.found.setText("\n".join(lines))
        self.completeChanged.emit()

    def isComplete(self) -> bool:
        return self._wizard.outcome is not None and not self._wizard.busy

    def nextId(self) -> int:
        outcome = self._wizard.outcome
        return PageId.COLUMNS if outcome is not None and outcome.mappable else PageId.PLAN


# --- page 3: the plan -------------------------------------------------------------------------

FILTERS: tuple[RowAction | None, ...] = (None, RowAction.ADD, RowAction.UPDATE, RowAction.UNCHANGED, RowAction.ERROR)


class PlanPage(QWizardPage):
    def __init__(self, wizard: ImportWizard):
        super().__init__()
        self._wizard = wizard
        self.setTitle(self.tr("Check what the import will do"))
        self.setSubTitle(self.tr("Nothing is written until you choose Import. Select a row to see "
                                 "every change or problem in it."))
        self.setCommitPage(True)

        self.summary = QLabel()
        self.summary.setObjectName("planSummary")
        font = self.summary.font()
        font.setBold(True)
        self.summary.setFont(font)
        self.summary.setWordWrap(True)
        self.filter_group = QButtonGroup(self)
        self.filter_group.setExclusive(True)
        self.filter_buttons: dict[RowAction | None, QPushButton] = {}
        filters = QHBoxLayout()
        filters.setSpacing(4)
        for position, action in enumerate(FILTERS):
            button = QPushButton()
            button.setCheckable(True)
            button.setObjectName(f"filter:{action.value if action else 'all'}")
            if action is not None:
                button.setIcon(action_icon(action))
            self.filter_group.addButton(button, position)
            self.filter_buttons[action] = button
            filters.addWidget(button)
        filters.addStretch(1)
        self.filter_buttons[None].setChecked(True)
        self.filter_group.idClicked.connect(lambda position: self.show_only(FILTERS[position]))

        self.banner = Banner()
        self.banner.close_button.hide()
        self.banner.actionTriggered.connect(wizard.check_again)
        self.strip = ProgressStrip()
        self.strip.stopRequested.connect(wizard.stop_job)

        self.model = ImportPlanModel(self)
        self.table = QTableView()
        self.table.setObjectName("planTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.table.verticalHeader().setDefaultSectionSize(self.table.fontMetrics().height() + 10)
        header = self.table.horizontalHeader()
        header.setHighlightSections(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        metrics = self.table.fontMetrics()
        widths = {ImportPlanModel.ACTION: metrics.horizontalAdvance(action_label(RowAction.UNCHANGED)) + 44,
                  ImportPlanModel.CODE: metrics.horizontalAdvance("SCO-KZ-00") + 20,
                  ImportPlanModel.NAME: metrics.horizontalAdvance("M") * 16,
                  ImportPlanModel.PLACE: metrics.horizontalAdvance(self.tr("Sheet, row")) + 24}
        for column, width in widths.items():
            header.resizeSection(column, width)
        self.model.modelReset.connect(self._select_first)
        self.table.selectionModel().currentRowChanged.connect(lambda current, _previous: self._show_details(current.row()))

        self.details = QTextBrowser()
        self.details.setObjectName("rowDetails")
        self.details.setOpenLinks(False)
        self.details.setMaximumHeight(metrics.height() * 6 + 16)
        self.notes = muted()
        self.notes.setObjectName("planNotes")
        self.notes.setTextFormat(Qt.TextFormat.PlainText)
        self.notes.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addLayout(filters)
        layout.addWidget(self.banner)
        layout.addWidget(self.strip)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.details)
        layout.addWidget(self.notes)

    def initializePage(self) -> None:
        self._wizard.make_plan()

    def cleanupPage(self) -> None:
        # Going back: whatever is being read or planned is no longer wanted.
        self._wizard.abandon_job()

    def planning(self, rereading: bool) -> None:
        self.model.set_plan(None)
        self.summary.setText(self.tr("Reading the file…") if rereading else self.tr("Comparing with the roster…"))
        self.banner.clear()
        self.notes.clear()
        self.details.clear()
        for button in self.filter_buttons.values():
            button.setEnabled(False)
        self.completeChanged.emit()

    def show_plan(self, plan: ImportPlan) -> None:
        counts = {action: plan.count(action) for action in RowAction}
        total = len(plan.rows)
        self.summary.setText(
            self.tr("%1 in %2: %3 to add, %4 to update, %5 unchanged, %6 with errors")
            .replace("%1", self.tr("%n row(s)", "", total))
            .replace("%2", plan.source.name)
            .replace("%3", format_number(counts[RowAction.ADD]))
            .replace("%4", format_number(counts[RowAction.UPDATE]))
            .replace("%5", format_number(counts[RowAction.UNCHANGED]))
            .replace("%6", format_number(counts[RowAction.ERROR])))
        names = {None: self.tr("All"), RowAction.ADD: self.tr("To add"), RowAction.UPDATE: self.tr("To update"),
                 RowAction.UNCHANGED: self.tr("Unchanged"), RowAction.ERROR: self.tr("Errors")}
        for action, button in self.filter_buttons.items():
            count = total if action is None else counts[action]
            button.setText(f"{names[action]} ({format_number(count)})")
            button.setEnabled(count > 0 or action is None)
        chosen = RowAction.ERROR if counts[RowAction.ERROR] else None
        self.filter_buttons[chosen].setChecked(True)
        self.model.set_action_filter(chosen)
        self.model.set_plan(plan)
        self._show_banner(plan, counts)
        self.notes.setText(self._notes(plan))
        self.notes.setVisible(bool(self.notes.text()))
        self.completeChanged.emit()

    def _show_banner(self, plan: ImportPlan, counts: dict[RowAction, int]) -> None:
        warned = sum(1 for row in plan.rows if row.warnings and row.action is not RowAction.ERROR)
        warning_text = self.tr("%n row(s) with warnings (in amber); warnings do not stop the import.",
                               "", warned)
        if counts[RowAction.ERROR]:
            text = self.tr("%n row(s) with errors: nothing will be imported until they are fixed.", "",
                           counts[RowAction.ERROR])
            text = sentences((text, self.tr("Correct them in the file, save it, and choose Check again.")))
            self.banner.show_message("error", text, self.tr("Check again"))
        elif counts[RowAction.ADD] + counts[RowAction.UPDATE] == 0:
            self.banner.show_message("info", self.tr("Every row matches the roster already: there is nothing to import."),
                                     self.tr("Check again"))
        else:
            added = self.tr("%n observer(s)", "", counts[RowAction.ADD])
            updated = self.tr("%n observer(s)", "", counts[RowAction.UPDATE])
            if not counts[RowAction.UPDATE]:
                text = self.tr("Ready: choose Import to add %1.").replace("%1", added)
            elif not counts[RowAction.ADD]:
                text = self.tr("Ready: choose Import to update %1.").replace("%1", updated)
            else:
                text = self.tr("Ready: choose Import to add %1 and update %2.").replace("%1", added) \
                    .replace("%2", format_number(counts[RowAction.UPDATE]))
            if warned:
                text = sentences((text, warning_text))
            self.banner.show_message("warning" if warned else "success", text)

    def _notes(self, plan: ImportPlan) -> str:
        several = len({c.sheet for c in (*plan.ignored_columns, *plan.unknown_columns)}) > 1
        parts = []
        for column in (*plan.unknown_columns, *plan.ignored_columns):
            where = (self.tr("sheet %1, column %2").replace("%1", column.sheet).replace("%2", column.letter)
                     if several else self.tr("column %1").replace("%1", column.letter))
            note = self.tr("not recognised, left out") if column.unknown else column.note
            parts.append(parenthesised(f"{where} “{column.header}”", note))
        for column in plan.unheaded_columns:
            parts.append(self.tr("column %1 on sheet %2 has %n value(s) but no header", "", column.count)
                         .replace("%1", column.letter).replace("%2", column.sheet))
        for sheet in plan.skipped_sheets:
            parts.append(self.tr("sheet %1 (%2)").replace("%1", sheet.name).replace("%2", sheet.reason))
        parts += list(plan.notes)
        if not parts:
            return ""
        return self.tr("Not imported: %1.").replace("%1", clauses(parts))

    def show_failure(self, exc: Exception, stopped: bool) -> None:
        self.summary.setText(self.tr("No plan"))
        if stopped or isinstance(exc, ReadCancelled):
            self.banner.show_message("info", self.tr("Stopped. Nothing was imported."), self.tr("Check again"))
        elif isinstance(exc, WorkbookError):
            self.banner.show_message("error", self.tr("This file cannot be imported: %1").replace("%1", str(exc)),
                                     self.tr("Check again"))
        else:
            self.banner.show_message("error", describe(exc), self.tr("Check again"))
        self.completeChanged.emit()

    def committing(self) -> None:
        self.banner.clear()
        self.completeChanged.emit()

    def writing(self, done: int, total: int) -> str:
        return self.tr("Writing observers: %1 of %2").replace("%1", format_number(done)) \
            .replace("%2", format_number(total))

    def commit_failed(self, exc: Exception, stopped: bool) -> None:
        if stopped:
            self.banner.show_message("info", self.tr("Import stopped: nothing was written."))
        else:
            self.banner.show_message("error", self.tr("Nothing was imported: %1").replace("%1", describe(exc)),
                                     self.tr("Check again"))
        self.completeChanged.emit()

    def show_only(self, action: RowAction | None) -> None:
        self.filter_buttons[action].setChecked(True)
        self.model.set_action_filter(action)

    def _select_first(self) -> None:
        if self.model.rowCount():
            self.table.selectRow(0)
        else:
            self.details.clear()

    def _show_details(self, row: int) -> None:
        if row < 0 or row >= self.model.rowCount():
            self.details.clear()
            return
        planned = self.model.row_at(row)
        colours = {"error": ERROR_COLOUR, "warning": WARNING_COLOUR}
        heading = html.escape(" ".join(part for part in (planned.code, planned.name) if part)
                              or self.tr("Row %1").replace("%1", str(planned.row)))
        lines = [f"<b>{heading}</b> — {html.escape(action_label(planned.action))}"]
        details = row_details(planned, self.model.context)
        for kind, text in details:
            if kind == "value":
                continue
            style = f' style="color:{colours[kind]}"' if kind in colours else ""
            lines.append(f"<span{style}>{html.escape(text)}</span>")
        # A new observer's values run on as one paragraph: there are many, each short.
        values = [html.escape(text) for kind, text in details if kind == "value"]
        if values:
            lines.append(" · ".join(values))
        self.details.setHtml("<br>".join(lines))

    def isComplete(self) -> bool:
        plan = self._wizard.plan
        return (plan is not None and not plan.has_errors and not self._wizard.busy
                and plan.count(RowAction.ADD) + plan.count(RowAction.UPDATE) > 0)

    def validatePage(self) -> bool:
        if self._wizard.result is not None:
            return True
        if self.isComplete():
            self._wizard.commit()
        return False


# --- page 4: done -----------------------------------------------------------------------------

class DonePage(ResultPage):
    def __init__(self, wizard: ImportWizard):
        super().__init__(wizard, self.tr("Imported"), self.tr("The observers are in the roster."))

    def initializePage(self) -> None:
        result = self._wizard.result
        if result is None:
            return
        lines = [self.tr("%1 added, %2 updated, %3 unchanged.")
                 .replace("%1", format_number(len(result.added)))
                 .replace("%2", format_number(len(result.updated)))
                 .replace("%3", format_number(result.unchanged))]
        for codes, label in ((result.added, self.tr("Added: %1")), (result.updated, self.tr("Updated: %1"))):
            if codes:
                shown = listed(codes[:LISTED_CODES])
                if len(codes) > LISTED_CODES:
                    shown += " " + self.tr("and %1 more").replace("%1", format_number(len(codes) - LISTED_CODES))
                lines.append(label.replace("%1", shown))
        if result.added:
            lines.append(self.tr("New observers start as Nominated. The roster shows them now; open "
                                 "each one to complete the record and add the photo."))
        self.summary.setText("\n\n".join(lines))


# --- the wizard -------------------------------------------------------------------------------

class ImportWizard(MissionImportWizard):
    def __init__(self, db: Database, mission_id: int, on_imported: Callable[[], Any] | None = None,
                 settings: QSettings | None = None, parent: QWidget | None = None):
        super().__init__(db, mission_id, on_imported, settings, parent)
        self.outcome: ReadOutcome | None = None
        self.plan: ImportPlan | None = None
        self.result: ImportResult | None = None

        self.setWindowTitle(self.tr("Import nominations"))
        self.setButtonText(QWizard.WizardButton.CommitButton, self.tr("Import"))
        self.file_page = FilePage(self)
        self.columns_page = ColumnMappingPage()
        self.plan_page = PlanPage(self)
        self.done_page = DonePage(self)
        self.setPage(PageId.FILE, self.file_page)
        self.setPage(PageId.COLUMNS, self.columns_page)
        self.setPage(PageId.PLAN, self.plan_page)
        self.setPage(PageId.DONE, self.done_page)
        self.setMinimumSize(780, 540)
        self.resize(980, 660)

    # what the pages read -----------------------------------------------------------------------

    @property
    def source(self) -> NominationsFile | None:
        return self.outcome.source if self.outcome else None

    @property
    def used_mapping(self) -> dict[str, str | None]:
        return self.outcome.used_mapping if self.outcome else {}

    @property
    def mappable(self) -> list[MappableColumn]:
        return self.outcome.mappable if self.outcome else []

    # the steps ---------------------------------------------------------------------------------

    def read_file(self, path: Path) -> None:
        self.abandon_job()
        self.path = path
        self.outcome = self.plan = None
        self.file_page.reading(path)
        mapping = remembered_mapping(self.settings)
        db, mission_id = self.db, self.mission_id
        self._start(self.file_page.strip, self.tr("Reading %1…").replace("%1", path.name),
                    lambda job: read_and_plan(db, mission_id, path, mapping, job, plan=False),
                    self._file_read, self._file_failed, counting=rows_read)
        self.file_page.completeChanged.emit()

    def _file_read(self, outcome: ReadOutcome) -> None:
        self.outcome = outcome
        self.file_page.show_outcome(outcome)

    def _file_failed(self, exc: Exception, stopped: bool) -> None:
        self.outcome = None
        self.file_page.show_failure(exc, stopped)

    def make_plan(self, *, reread: bool = False) -> None:
        """Plan against the roster as it is now; read the file again first if the column choices
        changed since it was read, or if the user asked (the file was corrected meanwhile)."""
        self.abandon_job()
        self.plan = None
        outcome, path = self.outcome, self.path
        if outcome is None or path is None:
            return
        chosen = self.columns_page.chosen_mapping() if outcome.mappable else {}
        for entry in outcome.mappable:
            entry.choice = chosen.get(entry.folded, entry.choice)
        mapping = {**outcome.used_mapping, **chosen}
        # Choosing Ignore changes nothing that is read; choosing a field does.
        reread = reread or ({h: t for h, t in chosen.items() if t}
                            != {h: t for h, t in outcome.used_mapping.items() if t})
        db, mission_id = self.db, self.mission_id
        self.plan_page.planning(reread)
        if reread:
            self._start(self.plan_page.strip, self.tr("Reading %1…").replace("%1", path.name),
                        lambda job: read_and_plan(db, mission_id, path, mapping, job, plan=True),
                        self._planned, self.plan_page.show_failure, counting=rows_read)
            return
        already_read = ReadOutcome(outcome.source, outcome.used_mapping, outcome.mappable)

        def work(job: Job) -> ReadOutcome:
            planned = plan_against_roster(db, mission_id, already_read)
            if job.stopped:
                raise ReadCancelled("planning was stopped; nothing was imported")
            return planned

        self._start(self.plan_page.strip, self.tr("Comparing with the roster…"), work,
                    self._planned, self.plan_page.show_failure)

    def _planned(self, outcome: ReadOutcome) -> None:
        self.outcome = outcome
        self.plan = outcome.plan
        self.plan_page.model.context = outcome.context
        self.plan_page.show_plan(outcome.plan)

    def check_again(self) -> None:
        if self.currentId() == PageId.PLAN and not self.committing:
            self.make_plan(reread=True)

    def commit(self) -> None:
        plan = self.plan
        if plan is None or plan.has_errors or self.committing:
            return
        db = self.db
        self.plan_page.committing()
        self._start_commit(self.plan_page.strip, self.tr("Importing…"),
                           lambda job: commit_import(db, plan, progress=job.report),
                           self._committed, self._commit_failed, counting=self.plan_page.writing)

    def _committed(self, result: ImportResult) -> None:
        self.result = result
        self._tell_imported(self.on_imported, self.tr("The roster could not be refreshed"))
        self.next()

    def _commit_failed(self, exc: Exception, stopped: bool) -> None:
        if not stopped:
            # The roster moved under the plan (or the database refused): only a new plan can
            # be imported, so Import waits for Check again.
            self.plan = None
        self.plan_page.commit_failed(exc, stopped)

    def save_template(self) -> None:
        save_nominations_template(self, self.db, self.mission_id, settings=self.settings)


def open_import_wizard(parent: QWidget | None, db: Database, mission_id: int,
                       on_imported: Callable[[], Any] | None = None, *,
                       settings: QSettings | None = None) -> ImportWizard:
    """Show the wizard (window-modal, without blocking); `on_imported` runs once observers have
    been written, so the roster can read them."""
    wizard = ImportWizard(db, mission_id, on_imported, settings, parent)
    wizard.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
    wizard.open()
    return wizard


def save_nominations_template(parent: QWidget | None, db: Database, mission_id: int, *,
                              settings: QSettings | None = None) -> Path | None:
    """Ask where to save the empty nominations template, write it, and say where it went."""
    settings = settings if settings is not None else application_settings()
    try:
        code = get_mission_by_id(db, mission_id).code
    except Exception as exc:  # noqa: BLE001
        show_error(parent, _t("The template was not saved"), exc)
        return None
    folder = Path(str(settings.value(FOLDER_KEY) or Path.home()))
    suggested = folder / _t("%1 nominations template.xlsx").replace("%1", code)
    chosen, _ = QFileDialog.getSaveFileName(parent, _t("Save the nominations template"), str(suggested),
                                            _t("Excel workbooks (*.xlsx)"))
    if not chosen:
        return None
    path = Path(chosen if chosen.lower().endswith(".xlsx") else chosen + ".xlsx")
    settings.setValue(FOLDER_KEY, str(path.parent))
    QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        export_nominations_template(db, mission_id, path)
    except Exception as exc:  # noqa: BLE001 - ExportError and the like, in words
        QApplication.restoreOverrideCursor()
        show_error(parent, _t("The template was not saved"), exc)
        return None
    QApplication.restoreOverrideCursor()
    QMessageBox.information(parent, _t("Nominations template"), _t(
        "The nominations template is saved as\n%1\n\nSend it to the sending states: it lists this "
        "mission's sending bodies, and a filled-in copy imports without questions.").replace("%1", str(path)))
    return path
