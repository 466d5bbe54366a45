"""The roster table: the mission's observers from roster_rows, filtered and sorted in memory.

The roster is read once (off the GUI thread, see observers_page) and kept as plain rows; typing in
the search box or choosing a filter then only walks a list of prepared search keys, so ten
thousand observers filter between two keystrokes without asking the database again. Sorting is a
Python sort over prepared keys too: QSortFilterProxyModel would call data() for every comparison.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor, QFont

from observer_desk.core.models import AccreditationStatus, MissionRole
from observer_desk.core.services.accreditation import ACTIVE_STATUSES
from observer_desk.core.services.roster import ROLE_ORDER, RosterRow, mask_passport

from .labels import accreditation_status_label
from .observer_labels import role_label, status_colour, status_icon

AnyIndex = QModelIndex | QPersistentModelIndex
KEEP = object()  # set_filters: leave this filter as it is
NO_BODY = -1  # the body filter's value for observers not assigned to a sending body yet
STATUS_ORDER = {status: rank for rank, status in enumerate(AccreditationStatus)}
PHOTO_COLOUR = QColor("#2f9e5b")
MISSING_COLOUR = QColor("#95a5a6")
_DIGITS = re.compile(r"(\d+)")


def natural_key(text: str) -> tuple:
    """"SCO-2" before "SCO-10", as people count."""
    return tuple(int(part) if part.isdigit() else part.casefold() for part in _DIGITS.split(text))


def search_key(row: RosterRow) -> str:
    return " ".join((row.code, row.family_name, row.given_names, row.native_name, row.institution,
                     row.position)).casefold()


class RosterModel(QAbstractTableModel):
    CODE, NAME, NATIVE, BODY, POSITION, ROLE, STATUS, PASSPORT, PHOTO = range(9)
    COLUMN_COUNT = 9
    ID_ROLE = Qt.ItemDataRole.UserRole + 1

    def __init__(self, parent: Any = None):
        super().__init__(parent)
        self._all: list[RosterRow] = []
        self._keys: list[str] = []  # search text of each row of _all, in the same order
        self._rows: list[RosterRow] = []
        self._row_of: dict[int, int] = {}
        self._search_words: list[str] = []
        self._body_id: int | None = None
        self._role: MissionRole | None = None
        self._status: AccreditationStatus | None = None
        self._sort_column = -1
        self._sort_order = Qt.SortOrder.AscendingOrder

    # content ---------------------------------------------------------------------------------

    def load(self, rows: Sequence[RosterRow]) -> None:
        self._all = list(rows)
        self._keys = [search_key(row) for row in self._all]
        self._refilter()

    def update_rows(self, rows: Iterable[RosterRow]) -> None:
        """Put fresh copies of some observers in place (new ones at the end), keeping the rest."""
        fresh = {row.id: row for row in rows}
        if not fresh:
            return
        self._all = [fresh.pop(row.id, row) for row in self._all] + list(fresh.values())
        self._keys = [search_key(row) for row in self._all]
        self._refilter()

    def all_rows(self) -> list[RosterRow]:
        return list(self._all)

    def total(self) -> int:
        return len(self._all)

    def row_at(self, row: int) -> RosterRow:
        return self._rows[row]

    def row_of(self, observer_id: int) -> int:
        return self._row_of.get(observer_id, -1)

    def find(self, observer_id: int) -> RosterRow | None:
        row = self.row_of(observer_id)
        if row >= 0:
            return self._rows[row]
        return next((r for r in self._all if r.id == observer_id), None)

    # filters ---------------------------------------------------------------------------------

    def set_filters(self, *, search: Any = KEEP, body_id: Any = KEEP, role: Any = KEEP,
                    status: Any = KEEP) -> None:
        """Change any of the filters (one left out stays as it is; None means any) and show
        what matches."""
        if search is not KEEP:
            self._search_words = (search or "").casefold().split()
        if body_id is not KEEP:
            self._body_id = body_id
        if role is not KEEP:
            self._role = role
        if status is not KEEP:
            self._status = status
        self._refilter()

    def filters_active(self) -> bool:
        return bool(self._search_words) or any(
            value is not None for value in (self._body_id, self._role, self._status))

    def _matching(self) -> list[RosterRow]:
        """One pass per active filter over plain lists: a few milliseconds for ten thousand rows."""
        rows, keys = self._all, self._keys
        chosen = range(len(rows))
        if self._body_id is not None:
            wanted = None if self._body_id == NO_BODY else self._body_id
            chosen = [i for i in chosen if rows[i].body_id == wanted]
        if self._role is not None:
            chosen = [i for i in chosen if rows[i].mission_role == self._role]
        if self._status is not None:
            chosen = [i for i in chosen if rows[i].status == self._status]
        for word in self._search_words:
            chosen = [i for i in chosen if word in keys[i]]
        return [rows[i] for i in chosen]

    def _refilter(self) -> None:
        self.beginResetModel()
        self._rows = self._matching()
        self._apply_sort()
        self.endResetModel()

    # sorting ---------------------------------------------------------------------------------

    def _sort_key(self, column: int):  # noqa: ANN202 - a key function for list.sort
        return {
            self.CODE: lambda r: natural_key(r.code),
            self.NAME: lambda r: (r.family_name.casefold(), r.given_names.casefold()),
            self.NATIVE: lambda r: (not r.native_name, r.native_name.casefold()),
            self.BODY: lambda r: (r.body_position, r.body_code),
            self.POSITION: lambda r: (not r.position, r.position.casefold()),
            self.ROLE: lambda r: ROLE_ORDER.get(r.mission_role, 99),
            self.STATUS: lambda r: STATUS_ORDER.get(r.status, 99),
            self.PASSPORT: lambda r: mask_passport(r.passport_number),
            self.PHOTO: lambda r: r.has_photo,
        }[column]

    def _apply_sort(self) -> None:
        if 0 <= self._sort_column < self.COLUMN_COUNT:
            self._rows.sort(key=self._sort_key(self._sort_column),
                            reverse=self._sort_order == Qt.SortOrder.DescendingOrder)
        self._row_of = {row.id: number for number, row in enumerate(self._rows)}

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        self.layoutAboutToBeChanged.emit()
        before = {index: self._rows[index.row()].id for index in self.persistentIndexList()
                  if 0 <= index.row() < len(self._rows)}
        self._sort_column, self._sort_order = column, order
        if column < 0:  # back to the roster's own order: by body, role and name
            position = {row.id: n for n, row in enumerate(self._all)}
            self._rows.sort(key=lambda r: position[r.id])
        self._apply_sort()
        for index, observer_id in before.items():
            self.changePersistentIndex(index, self.index(self._row_of[observer_id], index.column()))
        self.layoutChanged.emit()

    # Qt model interface ----------------------------------------------------------------------

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008 - Qt's own default
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self.COLUMN_COUNT

    def headers(self) -> tuple[str, ...]:
        return (self.tr("Code"), self.tr("Name"), self.tr("Name in own script"), self.tr("Body"),
                self.tr("Position"), self.tr("Role"), self.tr("Accreditation"), self.tr("Passport"),
                self.tr("Photo"))

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Vertical:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self.headers()[section]
        if role == Qt.ItemDataRole.ToolTipRole:
            return {
                self.NAME: self.tr("Family name in capitals, then given names, in Latin script as in the passport"),
                self.BODY: self.tr("The state or organisation body that sends the observer"),
                self.PASSPORT: self.tr("Only the last three characters are shown in lists"),
                self.PHOTO: self.tr("Whether a badge photo is on file"),
            }.get(section)
        return None

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(row, column)
        if role == self.ID_ROLE:
            return row.id
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(row, column)
        if role == Qt.ItemDataRole.DecorationRole and column == self.STATUS:
            return status_icon(row.status)
        if role == Qt.ItemDataRole.ForegroundRole:
            if column == self.STATUS:
                return status_colour(row.status)
            if column == self.PHOTO:
                return PHOTO_COLOUR if row.has_photo else MISSING_COLOUR
        if role == Qt.ItemDataRole.FontRole and row.status not in ACTIVE_STATUSES:
            font = QFont()
            font.setItalic(True)  # no longer part of the mission, but kept on record
            return font
        if role == Qt.ItemDataRole.TextAlignmentRole and column == self.PHOTO:
            return Qt.AlignmentFlag.AlignCenter
        return None

    def _display(self, row: RosterRow, column: int) -> str:
        if column == self.CODE:
            return row.code
        if column == self.NAME:
            return row.full_name
        if column == self.NATIVE:
            return row.native_name
        if column == self.BODY:
            return row.body_code
        if column == self.POSITION:
            return row.position
        if column == self.ROLE:
            return role_label(row.mission_role)
        if column == self.STATUS:
            return accreditation_status_label(row.status)
        if column == self.PASSPORT:
            return mask_passport(row.passport_number)
        if column == self.PHOTO:
            return "✓" if row.has_photo else "—"
        return ""

    def _tooltip(self, row: RosterRow, column: int) -> str | None:
        if column == self.BODY:
            return row.body_name or self.tr("Not assigned to a sending body")
        if column == self.POSITION:
            return "\n".join(part for part in (row.position, row.institution) if part) or None
        if column == self.NAME:
            return row.full_name
        if column == self.NATIVE:
            return row.native_name or None
        if column == self.PHOTO:
            return self.tr("Photo on file") if row.has_photo else self.tr("No photo yet")
        if column == self.STATUS:
            return accreditation_status_label(row.status)
        return None
