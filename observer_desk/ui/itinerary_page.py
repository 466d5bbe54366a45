"""The Itinerary area: the programme as a filtered list in local time, the conflicts found in it
(checked again after every change), and events created, edited and deleted in a dialog."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QSplitter,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from observer_desk.core.db import Database
from observer_desk.core.models import EventKind
from observer_desk.core.services.conflicts import ConflictReport, check_schedule
from observer_desk.core.services.itineraries import ExportSummary, export_itinerary
from observer_desk.core.services.overview import MissionOverview
from observer_desk.core.services.programme import delete_event, shift_events
from observer_desk.core.services.schedule import Schedule, ScheduledEvent, load_schedule
from observer_desk.core.services.venues import list_stations, list_venues

from .day_view import DayView
from .deployment_panel import DeploymentPanel
from .errors import show_error
from .event_dialog import EventDialog
from .flow_layout import FlowLayout
from .itinerary_model import KIND_LABELS, EventFilter, ItineraryModel, kind_label
from .labels import format_day
from .places_panel import PlacesPanel
from .teams_panel import TeamsPanel
from .translations import document_language
from .widgets import heading
from .workers import TaskRunner


def _together(*widgets: QWidget) -> QWidget:
    """Widgets that stay on one line when the filter row wraps (a label and its list, say)."""
    group = QWidget()
    row = QHBoxLayout(group)
    row.setContentsMargins(0, 0, 0, 0)
    for widget in widgets:
        row.addWidget(widget)
    return group


class ItineraryPage(QWidget):
    dataChanged = Signal()  # noqa: N815 - Qt's naming
    statusMessage = Signal(str, int)  # noqa: N815

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.db: Database | None = None
        self.mission_id: int | None = None
        self.schedule: Schedule | None = None
        self.report: ConflictReport | None = None

        self.day = QComboBox()
        self.kind = QComboBox()
        self.who = QComboBox()
        self.kind.addItem(self.tr("All kinds"), None)
        for kind in KIND_LABELS:
            self.kind.addItem(kind_label(kind), kind)
        self.new_button = QPushButton(self.tr("New event…"))
        self.edit_button = QPushButton(self.tr("Edit…"))
        self.delete_button = QPushButton(self.tr("Delete"))
        self.new_button.clicked.connect(self.new_event)
        self.edit_button.clicked.connect(self.edit_selected)
        self.delete_button.clicked.connect(self.delete_selected)
        self.shift_minutes = QSpinBox()
        self.shift_minutes.setRange(-24 * 60, 24 * 60)
        self.shift_minutes.setSingleStep(5)
        self.shift_minutes.setSuffix(self.tr(" min"))
        self.shift_button = QPushButton(self.tr("Shift selected"))
        self.shift_button.clicked.connect(self.shift_selected)
        self.export_button = QPushButton(self.tr("Export…"))
        self.export_button.setToolTip(self.tr("PDF itineraries, the Excel deployment plan or an iCalendar "
                                              "file, for everyone or for the team or observer chosen"))
        self.export_button.clicked.connect(self.choose_export)
        self.tasks = TaskRunner(self)
        self.last_export: ExportSummary | None = None

        # One line when there is room; in a language with longer words the buttons move to a
        # second line instead of squeezing the heading and the filters into cut-off words.
        self.title_label = heading(self.tr("Itinerary"), scale=1.3)
        self.title_label.setWordWrap(False)
        for combo in (self.day, self.kind):
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        # Team and observer names can be long: those show in full in the open list.
        self.who.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.who.setMinimumContentsLength(22)
        self.filter_bar = QWidget()
        filters = FlowLayout(self.filter_bar)
        filters.addWidget(self.title_label)
        for label, combo in ((self.tr("Day"), self.day), (self.tr("Kind"), self.kind),
                             (self.tr("Who"), self.who)):
            filters.addWidget(_together(QLabel(label), combo))
        filters.addStretch()
        actions = _together(self.new_button, self.edit_button, self.delete_button, self.shift_minutes,
                            self.shift_button, self.export_button)
        actions.layout().insertSpacing(3, 8)
        filters.addWidget(actions)

        self.model = ItineraryModel(self)
        for combo in (self.day, self.kind, self.who):
            combo.currentIndexChanged.connect(self._filter_changed)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        for column in (3, 4, 5):  # titles, places and lists of people can be long: the user sizes them
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
            header.resizeSection(column, 260)
        header.setStretchLastSection(True)
        self.table.doubleClicked.connect(lambda _index: self.edit_selected())
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)

        self.conflicts_title = QLabel()
        self.conflicts = QListWidget()
        self.conflicts.setWordWrap(True)
        self.conflicts.itemActivated.connect(self._conflict_chosen)
        self.conflicts.itemClicked.connect(self._conflict_chosen)
        panel = QWidget()
        panel_layout = QVBoxLayout(panel)
        panel_layout.setContentsMargins(0, 0, 0, 0)
        panel_layout.addWidget(self.conflicts_title)
        panel_layout.addWidget(self.conflicts)

        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.table)
        splitter.addWidget(panel)
        splitter.setStretchFactor(0, 4)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([600, 150])
        programme = QWidget()
        programme_layout = QVBoxLayout(programme)
        programme_layout.addWidget(self.filter_bar)
        programme_layout.addWidget(splitter, 1)
        self.teams = TeamsPanel()
        self.teams.changed.connect(self._teams_changed)
        self.tabs = QTabWidget()
        self.tabs.addTab(programme, self.tr("Programme"))
        self.tabs.addTab(self.teams, self.tr("Teams"))
        self.day_view = DayView()
        self.day_view.changed.connect(self.after_change)
        self.day_view.failed.connect(lambda _text: self.reload())
        self.tabs.addTab(self.day_view, self.tr("Day view"))
        self.deployment = DeploymentPanel()
        self.deployment.changed.connect(self._teams_changed)
        self.tabs.addTab(self.deployment, self.tr("Deployment plan"))
        self.places = PlacesPanel()
        self.places.changed.connect(self._teams_changed)  # a station's hours or a unit's zone
        self.tabs.addTab(self.places, self.tr("Places"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.tabs)
        self._selection_changed()

    # --- loading ---------------------------------------------------------------------------

    def load(self, db: Database, mission_id: int) -> None:
        self.db, self.mission_id = db, mission_id
        self.reload()

    def clear(self) -> None:
        """Forget the mission shown (another database opened, or one with no mission): nothing
        of the old programme stays on screen or can be edited."""
        self.db, self.mission_id, self.schedule, self.report = None, None, None, None
        self.model.set_schedule(None, {})
        for combo in (self.day, self.who):
            combo.blockSignals(True)
            combo.clear()
            combo.blockSignals(False)
        self.conflicts.clear()
        self.conflicts_title.clear()
        self.teams.clear()
        self.day_view.clear()
        self.deployment.clear()
        self.places.clear()
        self._selection_changed()

    def set_overview(self, _overview: MissionOverview) -> None:
        """The page reads its own data; the overview's counts add nothing here."""

    def reload(self) -> None:
        """Read the programme again and check it: after each change, so conflicts stay live."""
        if self.db is None or self.mission_id is None:
            return
        selected = self.selected_event()
        self.schedule = load_schedule(self.db, self.mission_id)
        self.report = check_schedule(self.schedule)
        self._fill_filters()
        self.model.set_schedule(self.schedule, self.report.by_event())
        self._fill_conflicts()
        self.teams.set_schedule(self.db, self.mission_id, self.schedule)
        self.day_view.set_schedule(self.db, self.schedule, self.report.by_event())
        self.deployment.set_schedule(self.db, self.mission_id, self.schedule)
        mission = self.schedule.mission
        self.places.set_mission(self.db, self.mission_id, mission.time_zone,
                                mission.travel_buffer_minutes)
        if selected is not None:
            self.select_event(selected.id)

    def _fill_filters(self) -> None:
        schedule = self.schedule
        for combo in (self.day, self.who):
            combo.blockSignals(True)
        day, who = self.day.currentData(), self.who.currentData()
        self.day.clear()
        self.day.addItem(self.tr("All days"), None)
        for d in schedule.days():
            self.day.addItem(format_day(d), d.isoformat())  # a string: QVariant keeps it as is
        self.who.clear()
        self.who.addItem(self.tr("Everyone"), None)
        for team in sorted(schedule.teams.values(), key=lambda t: t.name.casefold()):
            self.who.addItem(self.tr("Team: %1").replace("%1", team.name), f"team:{team.id}")
        for person in sorted(schedule.people.values(), key=lambda p: p.full_name.casefold()):
            self.who.addItem(person.label, f"observer:{person.id}")
        self.day.setCurrentIndex(max(0, self.day.findData(day)))
        self.who.setCurrentIndex(max(0, self.who.findData(who)))
        for combo in (self.day, self.who):
            combo.blockSignals(False)
        self._filter_changed()

    def chosen_who(self) -> tuple[str, int] | None:
        """("team", id), ("observer", id) or None; kept in the combo as "team:7", a string,
        because a tuple does not survive the trip through QVariant."""
        value = self.who.currentData()
        if not value:
            return None
        kind, _, item_id = value.partition(":")
        return kind, int(item_id)

    def _filter_changed(self) -> None:
        who = self.chosen_who()
        kind = self.kind.currentData()
        self.model.set_filter(EventFilter(
            day=date.fromisoformat(day) if (day := self.day.currentData()) else None, kind=EventKind(kind) if kind else None,
            team_id=who[1] if who and who[0] == "team" else None,
            observer_id=who[1] if who and who[0] == "observer" else None))
        self._selection_changed()

    def _fill_conflicts(self) -> None:
        self.conflicts.clear()
        report = self.report
        if report is None:
            return
        self.conflicts_title.setText(
            self.tr("Conflicts: none") if not report.conflicts
            else self.tr("Conflicts: %1").replace("%1", str(len(report.conflicts))))
        for conflict in report.conflicts:
            item = QListWidgetItem(f"⚠ {conflict}")
            item.setData(Qt.ItemDataRole.UserRole, conflict.event_ids)
            self.conflicts.addItem(item)

    def _conflict_chosen(self, item: QListWidgetItem) -> None:
        ids = item.data(Qt.ItemDataRole.UserRole)
        if ids:
            if self.model.row_of(ids[0]) < 0:  # hidden by a filter: show everything again
                for combo in (self.day, self.kind, self.who):
                    combo.setCurrentIndex(0)
            self.select_event(ids[0])

    # --- selection and editing -------------------------------------------------------------

    def selected_event(self) -> ScheduledEvent | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.event_at(rows[0].row()) if rows else None

    def select_event(self, event_id: int) -> None:
        row = self.model.row_of(event_id)
        if row >= 0:
            self.table.selectRow(row)
            self.table.scrollTo(self.model.index(row, 0))

    def _selection_changed(self) -> None:
        chosen = self.selected_event() is not None
        self.edit_button.setEnabled(chosen)
        self.delete_button.setEnabled(chosen)
        self.shift_button.setEnabled(chosen)
        self.new_button.setEnabled(self.db is not None)

    def event_dialog(self, event: ScheduledEvent | None = None) -> EventDialog:
        """The dialog, built but not shown (the tests fill it in and press Save)."""
        return EventDialog(self.db, self.mission_id, self.schedule, list_venues(self.db, self.mission_id),
                           list_stations(self.db, self.mission_id), event, self)

    def _run(self, dialog: EventDialog) -> None:
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.after_change(dialog.saved.id if dialog.saved else None)
        elif dialog.problems.isVisible():  # refused as stale: show what is there now
            self.reload()

    def new_event(self) -> None:
        if self.db is not None:
            self._run(self.event_dialog())

    def edit_selected(self) -> None:
        event = self.selected_event()
        if event is not None:
            self._run(self.event_dialog(event))

    def delete_selected(self) -> None:
        event = self.selected_event()
        if event is None:
            return
        answer = QMessageBox.question(self, self.tr("Delete event"), self.tr(
            "Delete '%1' (%2)?").replace("%1", event.title).replace("%2", event.span))
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            delete_event(self.db, event.id, event.version)
        except Exception as exc:  # noqa: BLE001
            show_error(self, self.tr("Cannot delete the event"), exc)
            self.reload()
            return
        self.after_change(None)

    def after_change(self, event_id: int | None) -> None:
        self.reload()
        if event_id is not None:
            self.select_event(event_id)
        count = len(self.report.conflicts) if self.report else 0
        self.statusMessage.emit(self.tr("Programme saved; %n conflict(s)", "", count), 5000)
        self.dataChanged.emit()

    def _teams_changed(self) -> None:
        """A team's members decide who is at its events: the conflicts are checked again."""
        self.reload()
        self.dataChanged.emit()

    # --- many events, and the files ----------------------------------------------------------

    def selected_events(self) -> list[ScheduledEvent]:
        rows = self.table.selectionModel().selectedRows()
        return [e for e in (self.model.event_at(r.row()) for r in rows) if e is not None]

    def shift_selected(self) -> None:
        events = self.selected_events()
        minutes = self.shift_minutes.value()
        if not events or not minutes:
            return
        try:
            moved = shift_events(self.db, self.mission_id, {e.id: e.version for e in events}, minutes)
        except Exception as exc:  # noqa: BLE001
            show_error(self, self.tr("Cannot shift the events"), exc)
            self.reload()
            return
        self.after_change(moved[0].id if moved else None)

    def export_scope(self) -> dict:
        """Who the file is for: the team or observer chosen in the Who filter, else everyone."""
        who = self.chosen_who()
        if who and who[0] == "team":
            return {"team_name": self.schedule.teams[who[1]].name}
        if who and who[0] == "observer":
            return {"observer_code": self.schedule.people[who[1]].code}
        return {}

    def choose_export(self) -> None:
        if self.db is None:
            return
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Export the itinerary"), "itinerary.pdf", self.tr(
            "Itineraries (PDF) (*.pdf);;Deployment plan and schedule (Excel) (*.xlsx);;Calendar (*.ics)"))
        if path:
            self.export(path)

    def export(self, path: str, language: str | None = None) -> None:
        """Write the file on a pool thread: a PDF for the whole mission takes a while. Its texts
        are in the interface language unless another document language is given."""
        db, mission_id, scope = self.db, self.mission_id, self.export_scope()
        language = language or document_language()
        self.export_button.setEnabled(False)
        self.statusMessage.emit(self.tr("Writing %1…").replace("%1", path), 0)
        self.tasks.start(lambda: export_itinerary(db, mission_id, path, language=language, **scope),
                         self._exported, self._export_failed)

    def _exported(self, summary: ExportSummary) -> None:
        self.export_button.setEnabled(True)
        self.last_export = summary
        self.statusMessage.emit(self.tr("Written: %1").replace("%1", summary.describe()), 8000)

    def _export_failed(self, exc: Exception) -> None:
        self.export_button.setEnabled(True)
        show_error(self, self.tr("Cannot export the itinerary"), exc)
