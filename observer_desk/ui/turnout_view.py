"""Turnout: the mission's readings against the CEC's published figures, and the CEC's figures
themselves, entered one by one or imported from a workbook.

The comparison is turnout_comparison's: per CEC series (a region, the whole country) and
published time, the mission's turnout at the stations it read near that time, the CEC's curve
at the same moments and the difference in percentage points; the series' overall line is bold.
"""

from __future__ import annotations

from datetime import date, datetime, time
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

from PySide6.QtCore import QAbstractTableModel, QDate, QModelIndex, QLocale, QPersistentModelIndex, Qt, QTime, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from observer_desk.core.db import Database
from observer_desk.core.services.turnout import (
    CecFigure,
    StoredCecFigure,
    TurnoutComparison,
    TurnoutRow,
    import_cec_workbook,
    list_cec_figures,
    save_cec_figures,
    turnout_comparison,
)
from observer_desk.core.services.venues import list_units

from .errors import describe
from .findings_labels import NEGATIVE_COLOUR, local_time, points
from .labels import format_number
from .settings import application_settings
from .reports_model import compact_rows
from .widgets import Banner, error_label, heading, muted

AnyIndex = QModelIndex | QPersistentModelIndex
FOLDER_KEY = "turnout/folder"
DIFFERENCE_NOTED = 2.0  # percentage points from which a difference is shown in colour


def _percent(value: float | None) -> str:
    """A turnout percentage with the interface language's decimal mark, as points() writes it."""
    return "—" if value is None else QLocale().toString(value, "f", 2) + " %"


class ComparisonModel(QAbstractTableModel):
    SERIES, TIME, CEC, READINGS, STATIONS, MISSION, CEC_SAME, DIFFERENCE = range(8)

    def __init__(self, parent: Any = None):
        super().__init__(parent)
        self.rows: list[TurnoutRow] = []

    def set_comparison(self, comparison: TurnoutComparison | None) -> None:
        self.beginResetModel()
        self.rows = list(comparison.rows) if comparison else []
        self.endResetModel()

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 8

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return (self.tr("CEC series"), self.tr("Published at"), self.tr("CEC"),
                    self.tr("Readings"), self.tr("Stations"), self.tr("Mission"),
                    self.tr("CEC, same moments"), self.tr("Difference"))[section]
        if role == Qt.ItemDataRole.ToolTipRole:
            return {
                self.TIME: self.tr("Local time of the series; readings are grouped under the "
                                   "published time nearest to them"),
                self.MISSION: self.tr("Ballots issued of the voters on the list, at the stations "
                                      "the mission read"),
                self.CEC_SAME: self.tr("The CEC's curve read at each reading's own time"),
                self.DIFFERENCE: self.tr("Mission minus CEC at the same moments, in percentage "
                                         "points"),
            }.get(section)
        return None

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if column == self.SERIES:
                return row.series_name
            if column == self.TIME:
                return local_time(row.at, row.time_zone) if row.at else self.tr("Overall")
            if column == self.CEC:
                return _percent(row.cec_percent)
            if column == self.READINGS:
                return format_number(row.readings)
            if column == self.STATIONS:
                return format_number(row.stations)
            if column == self.MISSION:
                return _percent(row.mission_percent)
            if column == self.CEC_SAME:
                return _percent(row.cec_at_readings_percent)
            return points(row.difference_pp)
        if role == Qt.ItemDataRole.FontRole and row.at is None:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.TextAlignmentRole and column >= self.CEC:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ForegroundRole and column == self.DIFFERENCE \
                and abs(row.difference_pp) >= DIFFERENCE_NOTED:
            return NEGATIVE_COLOUR
        return None


class CecFiguresModel(QAbstractTableModel):
    REGION, TIME, PERCENT, VOTERS, REGISTERED, SOURCE = range(6)

    def __init__(self, parent: Any = None):
        super().__init__(parent)
        self.rows: list[StoredCecFigure] = []

    def set_figures(self, figures: list[StoredCecFigure]) -> None:
        self.beginResetModel()
        self.rows = list(figures)
        self.endResetModel()

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 6

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return (self.tr("Region"), self.tr("Time (local)"), self.tr("Turnout"),
                    self.tr("Voters"), self.tr("Registered"), self.tr("Source"))[section]
        return None

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        column = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            if column == self.REGION:
                return row.unit_name
            if column == self.TIME:
                return local_time(row.at, row.time_zone, with_date=True)
            if column == self.PERCENT:
                return _percent(row.turnout_percent)
            if column == self.VOTERS:
                return format_number(row.voters) if row.voters is not None else ""
            if column == self.REGISTERED:
                return format_number(row.registered_voters) if row.registered_voters is not None else ""
            return row.source
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (self.PERCENT, self.VOTERS,
                                                                    self.REGISTERED):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None


class CecFigureDialog(QDialog):
    """One published figure: region (or the whole country), local date and time, turnout."""

    def __init__(self, units: list[tuple[str | None, str, str]], day: date,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("CEC turnout figure"))
        self.units = units  # (code or None for the country, name, zone)
        self.region = QComboBox()
        for code, name, zone in units:
            self.region.addItem(f"{name} ({zone})", code)
        self.day = QDateEdit(QDate(day.year, day.month, day.day))
        self.day.setDisplayFormat("dd.MM.yyyy")
        self.clock = QTimeEdit(QTime(12, 0))
        self.clock.setDisplayFormat("HH:mm")
        self.percent = QDoubleSpinBox()
        self.percent.setRange(0, 100)
        self.percent.setDecimals(2)
        self.percent.setSuffix(" %")
        self.voters = QLineEdit()
        self.registered = QLineEdit()
        self.source = QLineEdit()
        self.problem = error_label()
        form = QFormLayout()
        form.addRow(self.tr("&Region:"), self.region)
        form.addRow(self.tr("&Date:"), self.day)
        form.addRow(self.tr("&Time (local):"), self.clock)
        form.addRow(self.tr("T&urnout:"), self.percent)
        form.addRow(self.tr("&Voters (optional):"), self.voters)
        form.addRow(self.tr("Re&gistered voters (optional):"), self.registered)
        form.addRow(self.tr("&Source:"), self.source)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.problem)
        layout.addWidget(buttons)

    def figure(self) -> CecFigure | None:
        index = self.region.currentIndex()
        code, _name, zone = self.units[index]
        numbers = []
        for edit in (self.voters, self.registered):
            text = edit.text().replace(" ", "").replace("\u202f", "").replace(",", "")
            if text and not text.isdigit():
                self.problem.setText(self.tr("Voters and registered voters are whole numbers."))
                self.problem.show()
                return None
            numbers.append(int(text) if text else None)
        value = self.day.date()
        clock = self.clock.time()
        moment = datetime.combine(date(value.year(), value.month(), value.day()),
                                  time(clock.hour(), clock.minute()), tzinfo=ZoneInfo(zone))
        return CecFigure(code, moment, round(self.percent.value(), 4), numbers[0], numbers[1],
                         self.source.text().strip())

    def accept(self) -> None:
        if self.figure() is not None:
            super().accept()


class TurnoutView(QWidget):
    """The Turnout tab."""

    dataChanged = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.db: Database | None = None
        self.mission_id: int | None = None
        self.language = "en"
        self.election_day = date.today()
        self.zone = "UTC"
        self.banner = Banner()
        self.comparison = ComparisonModel(self)
        self.comparison_table = QTableView()
        self.comparison_table.setModel(self.comparison)
        compact_rows(self.comparison_table)
        self.comparison_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.comparison_table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.comparison_table.horizontalHeader().setStretchLastSection(True)
        self.comparison_note = muted()
        self.figures = CecFiguresModel(self)
        self.figures_table = QTableView()
        self.figures_table.setModel(self.figures)
        compact_rows(self.figures_table)
        self.figures_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.figures_table.horizontalHeader().setStretchLastSection(True)
        self.add_button = QPushButton(self.tr("&Add CEC Figure…"))
        self.add_button.clicked.connect(self.add_figure)
        self.import_button = QPushButton(self.tr("&Import CEC Workbook…"))
        self.import_button.setToolTip(self.tr("A workbook with columns such as Region, Date, Time, "
                                              "Turnout % (or Регион, Дата, Время, Явка, %)"))
        self.import_button.clicked.connect(self.import_workbook)

        upper = QWidget()
        upper_layout = QVBoxLayout(upper)
        upper_layout.setContentsMargins(0, 0, 0, 0)
        upper_layout.addWidget(heading(self.tr("The mission's turnout against the CEC's"), scale=1.1))
        upper_layout.addWidget(self.comparison_table, 1)
        upper_layout.addWidget(self.comparison_note)
        lower = QWidget()
        lower_layout = QVBoxLayout(lower)
        lower_layout.setContentsMargins(0, 0, 0, 0)
        buttons = QHBoxLayout()
        buttons.addWidget(heading(self.tr("The CEC's published figures"), scale=1.1), 1)
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.import_button)
        lower_layout.addLayout(buttons)
        lower_layout.addWidget(self.figures_table, 1)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(upper)
        splitter.addWidget(lower)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.banner)
        layout.addWidget(splitter, 1)

    def set_mission(self, db: Database, mission_id: int, language: str, election_day: date,
                    zone: str) -> None:
        """What to show; read when reload() is called (the page does so when the tab is shown)."""
        self.db, self.mission_id, self.language = db, mission_id, language
        self.election_day, self.zone = election_day, zone

    def load(self, db: Database, mission_id: int, language: str, election_day: date, zone: str) -> None:
        self.set_mission(db, mission_id, language, election_day, zone)
        self.reload()

    def reload(self) -> None:
        if self.db is None or self.mission_id is None:
            return
        try:
            comparison = turnout_comparison(self.db, self.mission_id, self.language)
            figures = list_cec_figures(self.db, self.mission_id, self.language)
        except Exception as exc:  # noqa: BLE001
            self.banner.show_message("error", describe(exc))
            return
        self.comparison.set_comparison(comparison)
        self.figures.set_figures(figures)
        self.figures_table.resizeColumnsToContents()
        note = self.tr("%Ln turnout reading(s) by the mission.", "", comparison.readings)
        if comparison.readings_without_curve:
            note += " " + self.tr("%Ln reading(s) have no CEC figures to compare with.", "",
                                  comparison.readings_without_curve)
        self.comparison_note.setText(note)

    def _units(self) -> list[tuple[str | None, str, str]]:
        units = list_units(self.db, self.mission_id) if self.db is not None else []
        country = {"ru": "Вся страна", "zh": "全国"}.get(self.language, self.tr("Whole country"))
        return [(None, country, self.zone)] + [(u.code, u.name(self.language), u.time_zone)
                                               for u in units if u.parent_id is None]

    def add_figure(self) -> CecFigureDialog | None:
        if self.db is None:
            return None
        dialog = CecFigureDialog(self._units(), self.election_day, self)
        dialog.accepted.connect(lambda: self._save_figure(dialog))
        dialog.open()
        return dialog

    def _save_figure(self, dialog: CecFigureDialog) -> None:
        figure = dialog.figure()
        if figure is None or self.db is None or self.mission_id is None:
            return
        try:
            save_cec_figures(self.db, self.mission_id, [figure])
        except Exception as exc:  # noqa: BLE001 - ValidationError and the like, in words
            self.banner.show_message("error", self.tr("The figure was not saved: %1").replace("%1", describe(exc)))
            return
        self.banner.show_message("success", self.tr("CEC figure saved."))
        self.reload()
        self.dataChanged.emit()

    def import_workbook(self, path: str | None = None) -> int:
        if self.db is None or self.mission_id is None:
            return 0
        settings = application_settings()
        if not path:
            path, _ = QFileDialog.getOpenFileName(
                self, self.tr("Import CEC figures"), str(settings.value(FOLDER_KEY) or Path.home()),
                self.tr("Excel workbooks (*.xlsx);;All files (*)"))
        if not path:
            return 0
        settings.setValue(FOLDER_KEY, str(Path(path).parent))
        try:
            stored = import_cec_workbook(self.db, self.mission_id, path)
        except Exception as exc:  # noqa: BLE001 - problems by sheet, row and column
            self.banner.show_message("error", self.tr("Nothing was imported from %1:\n%2")
                                     .replace("%1", Path(path).name).replace("%2", describe(exc)))
            return 0
        self.banner.show_message("success", self.tr("%Ln CEC figure(s) imported from %1.", "", stored)
                                 .replace("%1", Path(path).name))
        self.reload()
        self.dataChanged.emit()
        return stored

