"""The Places tab of the Itinerary area: administrative units with their time zones, polling
stations (typed one by one or imported from a workbook), the other venues of the programme, and
the travel time to allow between units. Each list is a table; New, Edit and Delete open a dialog
or ask, and what the service refuses is said in words."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from observer_desk.core.db import Database
from observer_desk.core.services.place_editing import (
    delete_station,
    delete_unit,
    list_station_rows,
    list_unit_rows,
)
from observer_desk.core.services.schedule import UnitInfo
from observer_desk.core.services.venues import (
    delete_venue,
    list_units,
    list_venues,
    set_travel_buffer,
    travel_buffers,
)

from .errors import show_error
from .places_dialogs import BufferDialog, PlaceDialog, StationDialog, UnitDialog, VenueDialog
from .places_models import BuffersModel, RowsModel, StationsModel, UnitsModel, VenuesModel
from .station_import_wizard import StationImportWizard
from .widgets import muted


class PlacesSection(QWidget):
    """One list with its New, Edit and Delete buttons."""

    changed = Signal()

    def __init__(self, model: RowsModel, note: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.model = model
        self.make_dialog: Callable[[Any | None], PlaceDialog] | None = None
        self.remove: Callable[[Any], None] | None = None
        self.describe_row: Callable[[Any], str] = str
        self.table = QTableView()
        self.table.setModel(model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setSortingEnabled(False)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        self.table.doubleClicked.connect(lambda _index: self.edit_selected())
        self.new_button = QPushButton(self.tr("New…"))
        self.edit_button = QPushButton(self.tr("Edit…"))
        self.delete_button = QPushButton(self.tr("Delete"))
        self.new_button.clicked.connect(self.new)
        self.edit_button.clicked.connect(self.edit_selected)
        self.delete_button.clicked.connect(self.delete_selected)
        self.count = QLabel()
        self.buttons = QHBoxLayout()
        self.buttons.addWidget(self.count)
        self.buttons.addStretch(1)
        for button in (self.new_button, self.edit_button, self.delete_button):
            self.buttons.addWidget(button)
        layout = QVBoxLayout(self)
        if note:
            layout.addWidget(muted(note))
        layout.addLayout(self.buttons)
        layout.addWidget(self.table, 1)
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        self._selection_changed()

    def set_rows(self, rows: list, count_text: str) -> None:
        chosen = self.selected()
        self.model.set_rows(rows)
        self.count.setText(count_text)
        self.table.resizeColumnsToContents()
        for column in range(self.model.columnCount()):
            self.table.setColumnWidth(column, min(320, max(110, self.table.columnWidth(column))))
        if chosen is not None and getattr(chosen, "id", None) is not None:
            self.select(chosen.id)
        self._selection_changed()

    def selected(self) -> Any | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.row_at(rows[0].row()) if rows else None

    def select(self, record_id: int) -> None:
        row = self.model.row_of(record_id)
        if row >= 0:
            self.table.selectRow(row)

    def _selection_changed(self) -> None:
        chosen = self.selected() is not None
        self.edit_button.setEnabled(chosen)
        self.delete_button.setEnabled(chosen)

    def dialog(self, row: Any | None = None) -> PlaceDialog:
        """The dialog for a new record (row None) or the one chosen, built but not shown."""
        return self.make_dialog(row)

    def run(self, dialog: PlaceDialog) -> None:
        accepted = dialog.exec() == QDialog.DialogCode.Accepted
        if accepted or dialog.stale:
            self.changed.emit()
        if accepted and getattr(dialog.saved, "id", None) is not None:
            self.select(dialog.saved.id)

    def new(self) -> None:
        if self.make_dialog is not None:
            self.run(self.dialog())

    def edit_selected(self) -> None:
        row = self.selected()
        if row is not None and self.make_dialog is not None:
            self.run(self.dialog(row))

    def delete_selected(self) -> None:
        row = self.selected()
        if row is None or self.remove is None:
            return
        answer = QMessageBox.question(self, self.tr("Delete"), self.tr("Delete %1?").replace(
            "%1", self.describe_row(row)))
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            self.remove(row)
        except Exception as exc:  # noqa: BLE001 - refused (in use, or changed meanwhile): said
            show_error(self, self.tr("Not deleted"), exc)
        self.changed.emit()


class PlacesPanel(QWidget):
    changed = Signal()  # units, stations, venues or travel times were written

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.db: Database | None = None
        self.mission_id: int | None = None
        self.mission_zone = "UTC"
        self.default_buffer = 20
        self.units_info: list[UnitInfo] = []
        self.units = PlacesSection(UnitsModel(self), self.tr(
            "Regions, cities and districts, each with its time zone: the local time of every "
            "station and venue in it."))
        self.stations = PlacesSection(StationsModel(self), self.tr(
            "The polling stations teams may visit, with their opening hours (visits outside them "
            "are conflicts, except an opening and a count)."))
        self.import_button = QPushButton(self.tr("Import from a workbook…"))
        self.import_button.clicked.connect(self.import_stations)
        self.stations.buttons.insertWidget(2, self.import_button)
        self.venues = PlacesSection(VenuesModel(self), self.tr(
            "The hotel, the election commission, ministries and other places of meetings."))
        self.buffers = PlacesSection(BuffersModel(self), "")
        self.buffers.describe_row = lambda b: self.tr("the travel time %1 – %2").replace(
            "%1", b.unit_a).replace("%2", b.unit_b)
        self.units.describe_row = lambda u: u.name_en
        self.stations.describe_row = lambda s: self.tr("station %1").replace("%1", s.number)
        self.venues.describe_row = lambda v: v.name
        self.units.make_dialog = lambda row: UnitDialog(self.db, self.mission_id, self.units_info,
                                                        self.mission_zone, row, self)
        self.stations.make_dialog = lambda row: StationDialog(self.db, self.mission_id,
                                                              self.units_info, row, self)
        self.venues.make_dialog = lambda row: VenueDialog(self.db, self.mission_id, self.units_info,
                                                          row, self)
        self.buffers.make_dialog = lambda row: BufferDialog(
            self.db, self.mission_id, self.units_info, self.default_buffer,
            row.unit_a_id if row else None, row.unit_b_id if row else None,
            row.minutes if row else None, self)
        self.units.remove = lambda u: delete_unit(self.db, u.id, u.version)
        self.stations.remove = lambda s: delete_station(self.db, s.id, s.version)
        self.venues.remove = lambda v: delete_venue(self.db, v.id, v.version)
        self.buffers.remove = lambda b: set_travel_buffer(self.db, self.mission_id, b.unit_a_id,
                                                          b.unit_b_id, None)
        self.sections = QTabWidget()
        self.sections.setDocumentMode(True)
        for section, title in ((self.units, self.tr("Units")), (self.stations, self.tr("Polling stations")),
                               (self.venues, self.tr("Venues")), (self.buffers, self.tr("Travel times"))):
            section.changed.connect(self._changed)
            self.sections.addTab(section, title)
        self.import_wizard: StationImportWizard | None = None
        self._stale = False
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.sections)
        self._enable()

    def set_mission(self, db: Database, mission_id: int, mission_zone: str, default_buffer: int) -> None:
        """The lists are read now if the tab is shown, else when it next is: a country's ten
        thousand stations need not be read again after every change to the programme."""
        self.db, self.mission_id = db, mission_id
        self.mission_zone, self.default_buffer = mission_zone, default_buffer
        self._stale = True
        if self.isVisible():
            self.reload()

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt's name
        super().showEvent(event)
        if self._stale:
            self.reload()

    def reload(self) -> None:
        if self.db is None or self.mission_id is None:
            return
        self._stale = False
        db, mission_id = self.db, self.mission_id
        self.units_info = list_units(db, mission_id)
        units = list_unit_rows(db, mission_id)
        stations = list_station_rows(db, mission_id)
        venues = list_venues(db, mission_id)
        buffers = travel_buffers(db, mission_id)
        self.units.set_rows(units, self.tr("%n unit(s)", "", len(units)))
        self.stations.set_rows(stations, self.tr("%n station(s)", "", len(stations)))
        self.venues.set_rows(venues, self.tr("%n venue(s)", "", len(venues)))
        self.buffers.set_rows(buffers, self.tr(
            "Between any other pair of units: the mission's default of %n minute(s).", "",
            self.default_buffer))
        self._enable()

    def clear(self) -> None:
        self.db, self.mission_id, self.units_info, self._stale = None, None, [], False
        for section in (self.units, self.stations, self.venues, self.buffers):
            section.set_rows([], "")
        self._enable()

    def _enable(self) -> None:
        has_units = bool(self.units_info)
        self.units.new_button.setEnabled(self.db is not None)
        for button in (self.stations.new_button, self.venues.new_button, self.buffers.new_button,
                       self.import_button):
            button.setEnabled(self.db is not None and (has_units or button is self.venues.new_button))
        tip = "" if has_units else self.tr("Add the units first: every station lies in one")
        self.stations.new_button.setToolTip(tip)
        self.import_button.setToolTip(tip)

    def _changed(self) -> None:
        self.reload()
        self.changed.emit()

    def import_stations(self) -> StationImportWizard | None:
        """Open the import wizard (window-modal, without blocking); the lists and the programme
        are read again once stations have been written."""
        if self.db is None:
            return None
        wizard = StationImportWizard(self.db, self.mission_id, self._changed, parent=self)
        self.import_wizard = wizard
        wizard.finished.connect(wizard.deleteLater)
        wizard.open()
        return wizard
