"""The reports list as a Qt table model that reads rows only when the view shows them.

Filtering or sorting asks report_list.report_ids for the matching ids (one query, whatever the
number of reports); rowCount is the number of ids at once, so the scroll bar is right from the
start. The columns of a row are read a page at a time (report_rows) the first time the view
asks for any row of the page, and only a bounded number of pages is kept. A hundred thousand
reports therefore cost the view a list of integers and a few pages of rows.
"""

from __future__ import annotations

from collections import OrderedDict
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QFont, QGuiApplication

from observer_desk.core.db import Database
from observer_desk.core.services.report_list import (
    ReportFilter,
    ReportRow,
    SortKey,
    report_ids,
    report_rows,
)

from .findings_labels import FLAG_COLOUR, NEGATIVE_COLOUR, local_time, phase_label, source_label

AnyIndex = QModelIndex | QPersistentModelIndex
PAGE = 200
KEPT_PAGES = 40


class ReportsModel(QAbstractTableModel):
    STATION, NAME, REGION, TEAM, PHASE, ARRIVED, DEPARTED, SOURCE, INCIDENTS, NEGATIVE, FLAG = range(11)
    COLUMN_COUNT = 11
    ID_ROLE = Qt.ItemDataRole.UserRole + 1
    SORT_KEYS = {STATION: SortKey.STATION, REGION: SortKey.REGION, TEAM: SortKey.TEAM,
                 PHASE: SortKey.PHASE, ARRIVED: SortKey.ARRIVED, DEPARTED: SortKey.ARRIVED,
                 SOURCE: SortKey.SOURCE}

    def __init__(self, parent: Any = None):
        super().__init__(parent)
        self.db: Database | None = None
        self.mission_id: int | None = None
        self.language = "en"
        self.where = ReportFilter()
        self.order = SortKey.ARRIVED
        self.descending = False
        self._ids: list[int] = []
        self._row_of: dict[int, int] = {}
        self._pages: OrderedDict[int, list[ReportRow | None]] = OrderedDict()
        self.pages_read = 0  # how many pages were read from the database (for tests)

    # content -----------------------------------------------------------------------------------

    def load(self, db: Database, mission_id: int, language: str = "en") -> None:
        self.db, self.mission_id, self.language = db, mission_id, language
        self.refresh()

    def clear(self) -> None:
        self.beginResetModel()
        self.db = self.mission_id = None
        self._ids, self._row_of = [], {}
        self._pages.clear()
        self.endResetModel()

    def set_filter(self, where: ReportFilter) -> None:
        self.where = where
        self.refresh()

    def set_language(self, language: str) -> None:
        self.language = language
        self.refresh()

    def refresh(self) -> None:
        """Read the matching ids again (after a filter, a sort or a change of data)."""
        self.beginResetModel()
        self._pages.clear()
        # A heavy filter over a hundred thousand reports takes a second or so: say so.
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            if self.db is None or self.mission_id is None:
                self._ids = []
            else:
                self._ids = report_ids(self.db, self.mission_id, self.where, self.order,
                                       self.descending, self.language)
        finally:
            QGuiApplication.restoreOverrideCursor()
            self._row_of = {}
            self.endResetModel()

    def ids(self) -> list[int]:
        return list(self._ids)

    def report_id(self, row: int) -> int | None:
        return self._ids[row] if 0 <= row < len(self._ids) else None

    def row_of(self, report_id: int) -> int:
        if not self._row_of and self._ids:
            self._row_of = {report_id: row for row, report_id in enumerate(self._ids)}
        return self._row_of.get(report_id, -1)

    def row_data(self, row: int) -> ReportRow | None:
        if not 0 <= row < len(self._ids):
            return None
        page = row // PAGE
        rows = self._pages.get(page)
        if rows is None:
            rows = self._read_page(page)
        else:
            self._pages.move_to_end(page)
        return rows[row % PAGE]

    def _read_page(self, page: int) -> list[ReportRow | None]:
        ids = self._ids[page * PAGE:(page + 1) * PAGE]
        found = {r.id: r for r in report_rows(self.db, self.mission_id, ids, self.language)} \
            if self.db is not None and self.mission_id is not None else {}
        rows: list[ReportRow | None] = [found.get(i) for i in ids]
        self.pages_read += 1
        self._pages[page] = rows
        while len(self._pages) > KEPT_PAGES:
            self._pages.popitem(last=False)
        return rows

    def forget(self, report_ids: list[int]) -> None:
        """Read these reports again when next shown (after they were edited)."""
        for report_id in report_ids:
            row = self.row_of(report_id)
            if row >= 0:
                self._pages.pop(row // PAGE, None)
                self.dataChanged.emit(self.index(row, 0), self.index(row, self.COLUMN_COUNT - 1))

    # Qt model interface ------------------------------------------------------------------------

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._ids)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self.COLUMN_COUNT

    def headers(self) -> tuple[str, ...]:
        return (self.tr("Station"), self.tr("Name"), self.tr("Region"), self.tr("Team"),
                self.tr("Phase"), self.tr("Arrived"), self.tr("Left"), self.tr("Source"),
                self.tr("Incidents"), self.tr("Negative"), self.tr("Flag"))

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Vertical:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self.headers()[section]
        if role == Qt.ItemDataRole.ToolTipRole:
            return {
                self.ARRIVED: self.tr("Local time of the station"),
                self.NEGATIVE: self.tr("Answers that count as negative (a 'no' where 'yes' is "
                                       "good, a bad rating...)"),
                self.FLAG: self.tr("Imported reports the secretariat must complete"),
            }.get(section)
        return None

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        if role == self.ID_ROLE:
            return self.report_id(index.row())
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole,
                        Qt.ItemDataRole.ForegroundRole, Qt.ItemDataRole.TextAlignmentRole,
                        Qt.ItemDataRole.FontRole):
            return None
        row = self.row_data(index.row())
        if row is None:
            return None
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(row, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == self.FLAG and row.flagged:
                return row.flag_reason
            if column in (self.ARRIVED, self.DEPARTED):
                return f"{local_time(row.arrived_at, row.time_zone, with_date=True)} ({row.time_zone})"
            if column == self.NAME:
                return row.station_name or None
            return None
        if role == Qt.ItemDataRole.ForegroundRole:
            if column == self.FLAG and row.flagged:
                return FLAG_COLOUR
            if column == self.NEGATIVE and row.negative_answers:
                return NEGATIVE_COLOUR
            return None
        if role == Qt.ItemDataRole.TextAlignmentRole:
            if column in (self.INCIDENTS, self.NEGATIVE, self.ARRIVED, self.DEPARTED):
                return int(Qt.AlignmentFlag.AlignCenter)
            return None
        if role == Qt.ItemDataRole.FontRole and row.flagged and column == self.STATION:
            font = QFont()
            font.setBold(True)
            return font
        return None

    def _display(self, row: ReportRow, column: int) -> str:
        if column == self.STATION:
            return row.station_number or "—"
        if column == self.NAME:
            return row.station_name
        if column == self.REGION:
            return row.region_name
        if column == self.TEAM:
            return row.team_name or "—"
        if column == self.PHASE:
            return phase_label(row.phase)
        if column == self.ARRIVED:
            return local_time(row.arrived_at, row.time_zone)
        if column == self.DEPARTED:
            return local_time(row.departed_at, row.time_zone)
        if column == self.SOURCE:
            return source_label(row.source)
        if column == self.INCIDENTS:
            return str(row.incidents) if row.incidents else ""
        if column == self.NEGATIVE:
            return str(row.negative_answers) if row.negative_answers else ""
        if column == self.FLAG:
            return self.tr("to complete") if row.flagged else ""
        return ""

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        key = self.SORT_KEYS.get(column)
        if key is None:
            return
        self.order = key
        self.descending = order == Qt.SortOrder.DescendingOrder
        self.refresh()


def compact_rows(view) -> None:  # noqa: ANN001 - a QTableView
    """Rows as high as a line of text, without the vertical header: lists of many short rows."""
    view.verticalHeader().hide()
    view.verticalHeader().setDefaultSectionSize(view.fontMetrics().height() + 8)
