"""The Findings area: the reports the teams filed, the numbers they add up to, turnout against
the CEC's figures, and the checklist itself.

- Reports: the list (filters by phase, region, team, and flagged, negative or incident reports;
  a hundred thousand reports open at once, see reports_model) beside the report chosen; New
  Report opens the entry form, Edit the same form on the chosen report.
- Analysis: summarise_findings as tables and charts, per question, by phase or region, and the
  incidents by severity (computed off the GUI thread, when the tab is shown after a change).
- Turnout: the comparison with the CEC and the CEC's figures.
- Checklist: the editor, with XLSForm import and export.
Import Submissions opens the ODK / Kobo wizard; Export Data Set writes the findings workbook.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QItemSelectionModel, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from observer_desk.core.db import Database
from observer_desk.core.models import Phase
from observer_desk.core.services.checklists import label_languages
from observer_desk.core.services.findings_export import export_findings
from observer_desk.core.services.findings_summary import FindingsSummary, summarise_findings
from observer_desk.core.services.overview import MissionOverview
from observer_desk.core.services.report_editing import (
    EntryContext,
    ReportDetails,
    checklist_of_report,
    delete_report,
    entry_context,
    load_report,
)
from observer_desk.core.services.report_list import NO_REGION, NO_TEAM, Flag, ReportFilter, filter_options

from .checklist_editor import ChecklistEditor
from .errors import describe, show_error
from .flow_layout import FlowLayout
from .findings_labels import LANGUAGES, interface_language_code, phase_label
from .labels import format_number, language_label
from .report_form import ReportForm
from .report_viewer import ReportViewer
from .reports_model import ReportsModel, compact_rows
from .settings import application_settings
from .submissions_wizard import SubmissionsWizard, open_submissions_wizard
from .summary_view import SummaryView
from .turnout_view import TurnoutView
from .widgets import Banner, heading, muted
from .workers import TaskRunner

EXPORT_FOLDER_KEY = "findings/exportFolder"
SEARCH_DELAY_MS = 250
COLUMN_WIDTHS = {ReportsModel.STATION: 70, ReportsModel.NAME: 200, ReportsModel.REGION: 130,
                 ReportsModel.TEAM: 80, ReportsModel.PHASE: 120, ReportsModel.ARRIVED: 74,
                 ReportsModel.DEPARTED: 62, ReportsModel.SOURCE: 90, ReportsModel.INCIDENTS: 70,
                 ReportsModel.NEGATIVE: 70}


class FindingsPage(QWidget):
    """The Findings area. `database` gives the window's current database (it changes when the
    user opens another file)."""

    dataChanged = Signal()
    statusMessage = Signal(str, int)

    def __init__(self, database: Callable[[], Database], parent: QWidget | None = None):
        super().__init__(parent)
        self._database = database
        self.db: Database | None = None
        self.mission_id: int | None = None
        self.overview: MissionOverview | None = None
        self.language = "en"
        self.summary: FindingsSummary | None = None
        self._summary_stale = True
        self._turnout_stale = True
        self._summary_generation = 0
        self._contexts: dict[int | None, EntryContext] = {}
        self._definitions: dict[int, dict] = {}
        self.forms: list[ReportForm] = []
        self.wizard: SubmissionsWizard | None = None
        self._runner = TaskRunner(self)
        self._export_runner = TaskRunner(self)

        self.title = heading(self.tr("Findings"), scale=1.4)
        self.title.setWordWrap(False)
        self.count = muted()
        self.incident_count = muted()
        for label in (self.count, self.incident_count):
            label.setWordWrap(False)
        self.language_box = QComboBox()
        for code in LANGUAGES:
            self.language_box.addItem(language_label(code), code)
        self.language_box.setToolTip(self.tr("The language of the checklist's labels and answers"))
        self.language_box.currentIndexChanged.connect(self._language_changed)
        self.new_button = QPushButton(self.tr("&New Report…"))
        self.new_button.setShortcut("Ctrl+Shift+N")
        self.new_button.clicked.connect(lambda: self.open_report_form())
        self.import_button = QPushButton(self.tr("&Import Submissions…"))
        self.import_button.setToolTip(self.tr("A CSV or XLSX export of ODK Central or KoboToolbox"))
        self.import_button.clicked.connect(self.import_submissions)
        self.export_button = QPushButton(self.tr("E&xport Data Set…"))
        self.export_button.setToolTip(self.tr("One row per report, with a codebook sheet and the "
                                              "incidents, for Excel, SPSS or R"))
        self.export_button.clicked.connect(lambda: self.export_data_set())
        self.banner = Banner()

        # The counts get a line of their own under the title and the buttons, so a long
        # translation of them is never squeezed by the buttons beside it; the buttons move onto a
        # second line when the window is too narrow for them beside the title.
        self.header = QWidget()
        header = FlowLayout(self.header)
        header.addWidget(self.title)
        header.addStretch()
        labels_in = QWidget()
        labels_in_row = QHBoxLayout(labels_in)
        labels_in_row.setContentsMargins(0, 0, 12, 0)
        labels_in_row.addWidget(QLabel(self.tr("Labels in:")))
        labels_in_row.addWidget(self.language_box)
        header.addWidget(labels_in)
        header.addWidget(self.new_button)
        header.addWidget(self.import_button)
        header.addWidget(self.export_button)

        self.tabs = QTabWidget()
        self.tabs.addTab(self._build_reports(), self.tr("Reports"))
        self.summary_view = SummaryView()
        self.tabs.addTab(self.summary_view, self.tr("Analysis"))
        self.turnout_view = TurnoutView()
        self.turnout_view.dataChanged.connect(self._turnout_changed)
        self.tabs.addTab(self.turnout_view, self.tr("Turnout"))
        self.checklist_editor = ChecklistEditor()
        self.checklist_editor.saved.connect(self._checklist_saved)
        self.checklist_editor.statusMessage.connect(self.statusMessage)
        self.tabs.addTab(self.checklist_editor, self.tr("Checklist"))
        self.tabs.currentChanged.connect(self._tab_changed)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.addWidget(self.header)
        counts = QHBoxLayout()
        counts.addWidget(self.count)
        counts.addWidget(self.incident_count)
        counts.addStretch(1)
        layout.addLayout(counts)
        layout.addWidget(self.banner)
        layout.addWidget(self.tabs, 1)
        self._set_enabled(False)

    def _build_reports(self) -> QWidget:
        self.phase_filter = QComboBox()
        self.phase_filter.addItem(self.tr("All phases"), None)
        for phase in Phase:
            self.phase_filter.addItem(phase_label(phase), phase.value)
        self.region_filter = QComboBox()
        self.team_filter = QComboBox()
        self.flag_filter = QComboBox()
        for text, flag in ((self.tr("All reports"), None),
                           (self.tr("Flagged for completion"), Flag.FLAGGED),
                           (self.tr("With negative answers"), Flag.NEGATIVE),
                           (self.tr("With incidents"), Flag.INCIDENTS),
                           (self.tr("Without remarks"), Flag.CLEAN)):
            self.flag_filter.addItem(text, flag.value if flag else None)
        self.station_filter = QLineEdit()
        self.station_filter.setPlaceholderText(self.tr("Station number"))
        self.station_filter.setClearButtonEnabled(True)
        self.station_filter.setMaximumWidth(150)
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self.apply_filters)
        self.station_filter.textEdited.connect(lambda _text: self._search_timer.start())
        for box in (self.phase_filter, self.region_filter, self.team_filter, self.flag_filter):
            box.currentIndexChanged.connect(self.apply_filters)
        self.shown = muted()

        self.model = ReportsModel(self)
        self.table = QTableView()
        self.table.setObjectName("reportsTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(ReportsModel.ARRIVED, Qt.SortOrder.AscendingOrder)
        self.table.setWordWrap(False)
        compact_rows(self.table)
        # Fixed row heights: the view never measures rows it does not show.
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        for column, width in COLUMN_WIDTHS.items():
            self.table.setColumnWidth(column, width)
        self.table.selectionModel().currentRowChanged.connect(lambda current, _p: self.show_report_at(current.row()))
        self.table.doubleClicked.connect(lambda index: self.edit_report(self.model.report_id(index.row())))
        self.table.activated.connect(lambda index: self.edit_report(self.model.report_id(index.row())))

        self.viewer = ReportViewer()
        self.viewer.editRequested.connect(self.edit_report)
        self.viewer.deleteRequested.connect(self.remove_report)

        for box in (self.phase_filter, self.region_filter, self.team_filter, self.flag_filter):
            box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        # The first item of each filter says what it filters ("All regions"): no labels needed.
        # The row wraps rather than cutting the filters' texts when the list pane is narrow.
        self.filter_bar = QWidget()
        filters = FlowLayout(self.filter_bar)
        for widget, tip in ((self.phase_filter, self.tr("Phase observed")),
                            (self.region_filter, self.tr("Region of the station")),
                            (self.team_filter, self.tr("Team that filed the report")),
                            (self.flag_filter, self.tr("Reports to look at first"))):
            widget.setToolTip(tip)
            filters.addWidget(widget)
        filters.addWidget(self.station_filter)
        self.shown.setWordWrap(False)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.filter_bar)
        left_layout.addWidget(self.table, 1)
        left_layout.addWidget(self.shown)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(left)
        splitter.addWidget(self.viewer)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setSizes([820, 400])
        self.reports_splitter = splitter
        return splitter

    # loading -----------------------------------------------------------------------------------

    def set_overview(self, overview: MissionOverview) -> None:
        """The window shows this mission (again): load it when it is another mission or another
        database, else keep what is shown (the page refreshes itself after its own changes)."""
        db = self._database()
        self.overview = overview
        if db is not self.db or overview.mission_id != self.mission_id:
            self.load(db, overview.mission_id, self._first_language(db, overview))
        self._show_counts()

    @staticmethod
    def _first_language(db: Database, overview: MissionOverview) -> str:
        """The interface language when the checklist has labels in it, else the mission's first
        working language that has them, else English."""
        labelled = label_languages(db, overview.mission_id)
        wanted = [interface_language_code(), *overview.working_languages]
        return next((code for code in wanted if code in LANGUAGES and code in labelled), "en")

    def load(self, db: Database, mission_id: int, language: str = "en") -> None:
        self.db, self.mission_id = db, mission_id
        self.language_box.blockSignals(True)
        self.language_box.setCurrentIndex(max(self.language_box.findData(language), 0))
        self.language_box.blockSignals(False)
        self.language = language
        self._contexts.clear()
        self._definitions.clear()
        self.summary = None
        self._summary_stale = True
        self.banner.clear()
        self._fill_filters()
        self.model.load(db, mission_id, language)
        self._after_refilter()
        self.checklist_editor.load(db, mission_id, language)
        zone = self.overview.time_zone if self.overview and self.overview.mission_id == mission_id else "UTC"
        election_day = self.overview.election_date if self.overview and \
            self.overview.mission_id == mission_id else None
        if election_day is not None:
            self.turnout_view.set_mission(db, mission_id, language, election_day, zone)
        self._turnout_stale = True
        self._set_enabled(True)
        self._tab_changed()

    def clear(self) -> None:
        self.db = self.mission_id = None
        self.model.clear()
        self.viewer.show_report(None, None, self.language)
        self._set_enabled(False)

    def _set_enabled(self, enabled: bool) -> None:
        for widget in (self.new_button, self.import_button, self.export_button, self.tabs):
            widget.setEnabled(enabled)

    def _fill_filters(self) -> None:
        options = filter_options(self.db, self.mission_id, self.language)
        for box in (self.region_filter, self.team_filter):
            box.blockSignals(True)
            box.clear()
        self.region_filter.addItem(self.tr("All regions"), None)
        for unit_id, name in options.regions:
            self.region_filter.addItem(name, unit_id)
        self.region_filter.addItem(self.tr("No station given"), NO_REGION)
        self.team_filter.addItem(self.tr("All teams"), None)
        for team_id, name in options.teams:
            self.team_filter.addItem(name, team_id)
        self.team_filter.addItem(self.tr("No team given"), NO_TEAM)
        for box in (self.region_filter, self.team_filter):
            box.blockSignals(False)

    def _show_counts(self) -> None:
        overview = self.overview
        if overview is None:
            self.count.setText("")
            self.incident_count.setText("")
            return
        self.count.setText(self.tr("%Ln visit report(s) in this mission", "", overview.visit_reports))
        self.incident_count.setText("· " + self.tr("%Ln incident(s) recorded", "", overview.incidents))

    def has_unsaved_changes(self) -> bool:
        return self.checklist_editor.has_unsaved_changes() or any(
            form.has_unsaved_changes() for form in self.forms if form.isVisible())

    def wait(self, msecs: int = 30_000) -> bool:
        """For tests and closing: let the background work finish (its results are delivered)."""
        done = self._runner.wait(msecs) and self._export_runner.wait(msecs)
        QApplication.processEvents()
        return done

    # the reports list --------------------------------------------------------------------------

    def current_filter(self) -> ReportFilter:
        phase = self.phase_filter.currentData()
        flag = self.flag_filter.currentData()
        return ReportFilter(phase=Phase(phase) if phase else None,
                            region_id=self.region_filter.currentData(),
                            team_id=self.team_filter.currentData(),
                            flag=Flag(flag) if flag else None,
                            station=self.station_filter.text().strip())

    def apply_filters(self) -> None:
        if self.db is None:
            return
        try:
            self.model.set_filter(self.current_filter())
        except Exception as exc:  # noqa: BLE001
            show_error(self, self.tr("Cannot read the reports"), exc)
            return
        self._after_refilter()

    def _after_refilter(self) -> None:
        total = self.overview.visit_reports if self.overview and self.overview.mission_id == self.mission_id \
            else None
        shown = self.model.rowCount()
        if total is None or total == shown:
            self.shown.setText(self.tr("%Ln report(s)", "", shown))
        else:
            self.shown.setText(self.tr("%1 of %Ln report(s)", "", total).replace("%1", format_number(shown)))
        if shown:
            self.table.selectionModel().setCurrentIndex(
                self.model.index(0, 0), QItemSelectionModel.SelectionFlag.ClearAndSelect
                | QItemSelectionModel.SelectionFlag.Rows)
        else:
            self.viewer.show_report(None, None, self.language)

    def definition(self, checklist_id: int) -> dict:
        if checklist_id not in self._definitions:
            self._definitions[checklist_id] = checklist_of_report(self.db, checklist_id)
        return self._definitions[checklist_id]

    def show_report_at(self, row: int) -> None:
        report_id = self.model.report_id(row)
        if report_id is None or self.db is None:
            self.viewer.show_report(None, None, self.language)
            return
        try:
            details = load_report(self.db, report_id, self.language)
            self.viewer.show_report(details, self.definition(details.checklist_id), self.language)
        except Exception as exc:  # noqa: BLE001 - deleted meanwhile, say
            self.viewer.show_report(None, None, self.language)
            self.statusMessage.emit(describe(exc), 5000)

    def select_report(self, report_id: int) -> bool:
        row = self.model.row_of(report_id)
        if row < 0:
            return False
        self.table.selectRow(row)
        self.table.scrollTo(self.model.index(row, 0))
        self.show_report_at(row)
        return True

    # entering and editing ----------------------------------------------------------------------

    def context(self, checklist_id: int | None = None) -> EntryContext:
        if checklist_id not in self._contexts:
            self._contexts[checklist_id] = entry_context(self.db, self.mission_id, checklist_id,
                                                         self.language)
        return self._contexts[checklist_id]

    def open_report_form(self, details: ReportDetails | None = None) -> ReportForm | None:
        if self.db is None or self.mission_id is None:
            return None
        try:
            context = self.context(details.checklist_id if details else None)
        except Exception as exc:  # noqa: BLE001 - no checklist yet, say
            show_error(self, self.tr("Cannot open the report form"), exc)
            return None
        form = ReportForm(self.db, context, self.language, details, self)
        form.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
        form.saved.connect(self._report_saved)
        form.destroyed.connect(lambda _=None, form=form: self.forms.remove(form) if form in self.forms else None)
        self.forms.append(form)
        form.show()
        return form

    def edit_report(self, report_id: int | None) -> ReportForm | None:
        if report_id is None or self.db is None:
            return None
        try:
            details = load_report(self.db, report_id, self.language)
        except Exception as exc:  # noqa: BLE001
            show_error(self, self.tr("Cannot open the report"), exc)
            return None
        return self.open_report_form(details)

    def refresh_reports(self) -> None:
        """Read the reports list again after others changed reports: the report shown and the
        scroll position stay where they were; the analysis is read again when next shown."""
        if self.db is None or self.mission_id is None:
            return
        shown = self.model.report_id(self.table.currentIndex().row())
        scroll = self.table.verticalScrollBar().value()
        self.model.refresh()
        self._after_refilter()
        if shown is not None:
            self.select_report(shown)
        self.table.verticalScrollBar().setValue(scroll)
        self._summary_stale = self._turnout_stale = True
        self._tab_changed()

    def _report_saved(self, details: ReportDetails) -> None:
        self._data_changed()
        self.model.refresh()
        self._after_refilter()
        self.select_report(details.id)
        self.statusMessage.emit(self.tr("Report %1 saved (station %2)").replace("%1", str(details.id))
                                .replace("%2", details.station_number), 5000)

    def remove_report(self, report_id: int) -> bool:
        details = self.viewer.details
        if details is None or details.id != report_id or self.db is None:
            return False
        answer = QMessageBox.question(
            self, self.tr("Delete report"),
            self.tr("Delete the report of station %1 with its answers and incidents? This cannot be "
                    "undone.").replace("%1", details.station_number or "—"))
        if answer != QMessageBox.StandardButton.Yes:
            return False
        try:
            delete_report(self.db, report_id, details.version)
        except Exception as exc:  # noqa: BLE001
            show_error(self, self.tr("The report was not deleted"), exc)
            return False
        self._data_changed()
        self.model.refresh()
        self._after_refilter()
        self.statusMessage.emit(self.tr("Report deleted"), 4000)
        return True

    def _data_changed(self) -> None:
        self._summary_stale = self._turnout_stale = True
        self._tab_changed()
        self.dataChanged.emit()

    # analysis ----------------------------------------------------------------------------------

    def _tab_changed(self) -> None:
        """The analysis and the turnout comparison are read when their tab is shown after a
        change, not on every change (each reads every report or reading of the mission)."""
        current = self.tabs.currentWidget()
        if current is self.summary_view and self._summary_stale:
            self.refresh_summary()
        elif current is self.turnout_view and self._turnout_stale:
            self._turnout_stale = False
            self.turnout_view.reload()

    def refresh_summary(self) -> None:
        if self.db is None or self.mission_id is None:
            return
        self._summary_stale = False
        self._summary_generation += 1
        generation = self._summary_generation
        db, mission_id, language = self.db, self.mission_id, self.language
        self.summary_view.totals.setText(self.tr("Counting the answers…"))

        def done(summary: FindingsSummary) -> None:
            if generation == self._summary_generation:
                self.summary = summary
                self.summary_view.set_summary(summary, self.overview.time_zone if self.overview else "UTC")

        def failed(exc: Exception) -> None:
            if generation == self._summary_generation:
                self.summary_view.set_summary(None, "UTC")
                self.summary_view.totals.setText(describe(exc))

        self._runner.start(lambda: summarise_findings(db, mission_id, language=language), done, failed)

    # other changes -----------------------------------------------------------------------------

    def _language_changed(self) -> None:
        language = self.language_box.currentData()
        if language == self.language or self.db is None:
            return
        self.language = language
        self._contexts.clear()
        current = self.model.report_id(self.table.currentIndex().row())
        self._fill_filters()
        self.model.set_language(language)
        self._after_refilter()
        if current is not None:
            self.select_report(current)
        self.checklist_editor.set_language(language)
        if self.overview is not None:
            self.turnout_view.set_mission(self.db, self.mission_id, language,
                                          self.overview.election_date, self.overview.time_zone)
        self._summary_stale = self._turnout_stale = True
        self._tab_changed()

    def _checklist_saved(self, _result: Any) -> None:
        self._contexts.clear()
        self._summary_stale = True
        self.dataChanged.emit()

    def _turnout_changed(self) -> None:
        self._summary_stale = True
        self.dataChanged.emit()

    # import and export -------------------------------------------------------------------------

    def import_submissions(self) -> SubmissionsWizard | None:
        if self.db is None or self.mission_id is None:
            return None
        zone = self.overview.time_zone if self.overview else "UTC"
        self.wizard = open_submissions_wizard(self, self.db, self.mission_id, zone, self._imported)
        return self.wizard

    def _imported(self, result: Any) -> None:
        self._fill_filters()
        self._data_changed()
        self.model.refresh()
        self._after_refilter()
        self.statusMessage.emit(self.tr("%Ln report(s) imported", "", result.added), 5000)

    def export_data_set(self, path: str | None = None) -> bool:
        if self.db is None or self.mission_id is None or self._export_runner.busy:
            return False
        settings = application_settings()
        if not path:
            code = self.overview.code if self.overview else "findings"
            suggested = Path(str(settings.value(EXPORT_FOLDER_KEY) or Path.home())) / \
                f"{code} findings ({self.language}).xlsx"
            path, _ = QFileDialog.getSaveFileName(self, self.tr("Export the findings data set"),
                                                  str(suggested), self.tr("Excel workbooks (*.xlsx)"))
        if not path:
            return False
        target = Path(path if path.lower().endswith(".xlsx") else path + ".xlsx")
        settings.setValue(EXPORT_FOLDER_KEY, str(target.parent))
        db, mission_id, language = self.db, self.mission_id, self.language
        self.export_button.setEnabled(False)
        self.statusMessage.emit(self.tr("Exporting the data set…"), 0)

        def done(result: Any) -> None:
            self.export_button.setEnabled(True)
            self.banner.show_message("success", self.tr("Data set exported: %Ln report(s), %1 columns, to %2", "",
                                                        result.reports)
                                     .replace("%1", format_number(result.columns)).replace("%2", str(target)))
            self.statusMessage.emit(self.tr("Data set exported"), 4000)

        def failed(exc: Exception) -> None:
            self.export_button.setEnabled(True)
            self.banner.show_message("error", self.tr("The data set was not exported: %1")
                                     .replace("%1", describe(exc)))
            self.statusMessage.emit("", 1)

        self._export_runner.start(lambda: export_findings(db, mission_id, target, language=language),
                                  done, failed)
        return True
