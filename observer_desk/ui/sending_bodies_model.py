"""The editable table of a mission's sending bodies and their quotas.

The model holds the user's working copy (SendingBodyData rows plus each body's observer count)
and hands it back whole to missions.save_sending_bodies, which replaces the list in one
transaction. Nothing is written while the user edits.
"""

from __future__ import annotations

import copy
from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QBrush, QColor

from observer_desk.core.countries import country_with_code
from observer_desk.core.models import BodyKind, BodyType
from observer_desk.core.services.missions import BodyCount, SendingBodyData

from .labels import body_kind_label, body_type_label, format_number
from .translations import document_language

AnyIndex = QModelIndex | QPersistentModelIndex
OVER_QUOTA = QColor("#c0392b")
PROBLEM_BACKGROUND = QColor(192, 57, 43, 40)
NO_QUOTA = -1  # what the quota editor's "no quota" position stands for


@dataclass
class BodyRow:
    data: SendingBodyData
    observers: int = 0
    problems: list[str] = field(default_factory=list)


class SendingBodiesModel(QAbstractTableModel):
    CODE, NAME_EN, NAME_RU, NAME_ZH, KIND, TYPE, COUNTRY, QUOTA, OBSERVERS = range(9)
    COLUMN_COUNT = 9
    TEXT_ATTRIBUTES = {CODE: "code", NAME_EN: "name_en", NAME_RU: "name_ru", NAME_ZH: "name_zh"}

    dirtyChanged = Signal(bool)

    def __init__(self, parent: Any = None):
        super().__init__(parent)
        self._rows: list[BodyRow] = []
        self._dirty = False

    # loading and handing back --------------------------------------------------------------

    def load(self, counts: list[BodyCount]) -> None:
        self.beginResetModel()
        self._rows = [
            BodyRow(
                SendingBodyData(
                    code=c.body.code, name_en=c.body.name_en, name_ru=c.body.name_ru or "",
                    name_zh=c.body.name_zh or "", kind=BodyKind(c.body.kind),
                    body_type=BodyType(c.body.body_type), country_code=c.body.country_code,
                    quota=c.body.quota, id=c.body.id, version=c.body.version,
                ),
                observers=c.observers,
            )
            for c in counts
        ]
        self.endResetModel()
        self._set_dirty(False)

    def bodies(self) -> list[SendingBodyData]:
        return [copy.copy(row.data) for row in self._rows]

    def body(self, row: int) -> SendingBodyData:
        return self._rows[row].data

    def observers_in(self, row: int) -> int:
        return self._rows[row].observers

    @property
    def is_dirty(self) -> bool:
        return self._dirty

    def _set_dirty(self, dirty: bool) -> None:
        if dirty != self._dirty:
            self._dirty = dirty
            self.dirtyChanged.emit(dirty)

    # Qt model interface -----------------------------------------------------------------

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008 - Qt's own default
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self.COLUMN_COUNT

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Vertical:
            return str(section + 1) if role == Qt.ItemDataRole.DisplayRole else None
        if role == Qt.ItemDataRole.DisplayRole:
            return (
                self.tr("Code"), self.tr("Name (English)"), self.tr("Name (Russian)"),
                self.tr("Name (Chinese)"), self.tr("Kind"), self.tr("Type"), self.tr("Country"),
                self.tr("Quota"), self.tr("Observers"),
            )[section]
        if role == Qt.ItemDataRole.ToolTipRole:
            return {
                self.CODE: self.tr("A short code, unique in the mission (e.g. CN, SEC)"),
                self.COUNTRY: self.tr("Two-letter ISO code of the sending state"),
                self.QUOTA: self.tr("How many observers the body may send; empty for no limit"),
                self.OBSERVERS: self.tr("Observers of this body in the roster, against its quota"),
            }.get(section)
        return None

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.column() != self.OBSERVERS:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self._rows[index.row()]
        body, column = row.data, index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(row, column)
        if role == Qt.ItemDataRole.EditRole:
            return self._edit_value(body, column)
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (self.QUOTA, self.OBSERVERS, self.COUNTRY):
            return int(Qt.AlignmentFlag.AlignCenter)
        if role == Qt.ItemDataRole.ForegroundRole and column == self.OBSERVERS and self._over_quota(row):
            return QBrush(OVER_QUOTA)
        if role == Qt.ItemDataRole.BackgroundRole and row.problems:
            return QBrush(PROBLEM_BACKGROUND)
        if role == Qt.ItemDataRole.ToolTipRole:
            if row.problems:
                return "\n".join(row.problems)
            if column == self.OBSERVERS:
                return self._quota_tooltip(row)
            if column == self.COUNTRY:  # the column is only wide enough for the code
                return country_with_code(body.country_code) or None
            if column in self.TEXT_ATTRIBUTES:
                return getattr(body, self.TEXT_ATTRIBUTES[column]) or None  # names are often cut short
        return None

    def _display(self, row: BodyRow, column: int) -> str:
        body = row.data
        if column in self.TEXT_ATTRIBUTES:
            return getattr(body, self.TEXT_ATTRIBUTES[column])
        if column == self.KIND:
            return body_kind_label(body.kind)
        if column == self.TYPE:
            return body_type_label(body.body_type)
        if column == self.COUNTRY:
            return body.country_code or ""
        if column == self.QUOTA:
            return "—" if body.quota is None else format_number(body.quota)
        if column == self.OBSERVERS:
            if body.quota is None:
                return format_number(row.observers)
            return self.tr("%1 of %2").replace("%1", format_number(row.observers)).replace(
                "%2", format_number(body.quota))
        return ""

    def _edit_value(self, body: SendingBodyData, column: int) -> Any:
        if column in self.TEXT_ATTRIBUTES:
            return getattr(body, self.TEXT_ATTRIBUTES[column])
        if column == self.KIND:
            return body.kind.value
        if column == self.TYPE:
            return body.body_type.value
        if column == self.COUNTRY:
            return body.country_code or ""
        if column == self.QUOTA:
            return NO_QUOTA if body.quota is None else body.quota
        return None

    @staticmethod
    def _over_quota(row: BodyRow) -> bool:
        return row.data.quota is not None and row.observers > row.data.quota

    def _quota_tooltip(self, row: BodyRow) -> str:
        quota = row.data.quota
        if quota is None:
            return self.tr("No quota set for this body")
        if row.observers > quota:
            return self.tr("Over quota by %1").replace("%1", format_number(row.observers - quota))
        if row.observers < quota:
            return self.tr("%Ln place(s) still open", "", quota - row.observers)
        return self.tr("Quota filled")

    def setData(self, index: AnyIndex, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or role != Qt.ItemDataRole.EditRole or index.column() == self.OBSERVERS:
            return False
        row = self._rows[index.row()]
        body, column = row.data, index.column()
        try:
            if column in self.TEXT_ATTRIBUTES:
                new = str(value or "").strip()
                changed = getattr(body, self.TEXT_ATTRIBUTES[column]) != new
                setattr(body, self.TEXT_ATTRIBUTES[column], new)
            elif column == self.KIND:
                new_kind = BodyKind(value)
                changed, body.kind = body.kind != new_kind, new_kind
            elif column == self.TYPE:
                new_type = BodyType(value)
                changed, body.body_type = body.body_type != new_type, new_type
            elif column == self.COUNTRY:
                country = str(value or "").strip().upper() or None
                changed, body.country_code = body.country_code != country, country
            elif column == self.QUOTA:
                quota = None if value in (None, "") or int(value) < 0 else int(value)
                changed, body.quota = body.quota != quota, quota
            else:
                return False
        except (TypeError, ValueError):
            return False
        if changed:
            row.problems = []
            self.dataChanged.emit(self.index(index.row(), 0), self.index(index.row(), self.COLUMN_COUNT - 1))
            self._set_dirty(True)
        return True

    # editing the list ---------------------------------------------------------------------

    def add_body(self, data: SendingBodyData | None = None) -> int:
        """Append a body (a blank state by default) and return its row."""
        row = len(self._rows)
        self.beginInsertRows(QModelIndex(), row, row)
        self._rows.append(BodyRow(data or SendingBodyData(code="", name_en="")))
        self.endInsertRows()
        self._set_dirty(True)
        return row

    def removal_problem(self, row: int) -> str | None:
        """Why the body in `row` cannot be removed, or None if it can."""
        body_row = self._rows[row]
        if body_row.observers:
            data = body_row.data
            local = {"ru": data.name_ru, "zh": data.name_zh}.get(document_language(), "")
            name = local or data.name_en or data.code or self.tr("This body")
            return self.tr(
                "%1 cannot be removed: %Ln observer(s) belong to it. "
                "Move them to another sending body first.", "", body_row.observers
            ).replace("%1", name)
        return None

    def remove_body(self, row: int) -> bool:
        if not 0 <= row < len(self._rows) or self.removal_problem(row):
            return False
        self.beginRemoveRows(QModelIndex(), row, row)
        del self._rows[row]
        self.endRemoveRows()
        self._set_dirty(True)
        return True

    def move_body(self, row: int, delta: int) -> bool:
        target = row + delta
        if delta == 0 or not 0 <= row < len(self._rows) or not 0 <= target < len(self._rows):
            return False
        # Qt's destination is the row *before which* the moved row lands, counted before the move.
        destination = target + 1 if delta > 0 else target
        if not self.beginMoveRows(QModelIndex(), row, row, QModelIndex(), destination):
            return False
        self._rows.insert(target, self._rows.pop(row))
        self.endMoveRows()
        self._set_dirty(True)
        return True

    def mark_problems(self, problems_by_row: dict[int, list[str]]) -> None:
        for number, row in enumerate(self._rows):
            row.problems = problems_by_row.get(number, [])
        if self._rows:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._rows) - 1, self.COLUMN_COUNT - 1))

    # summaries -------------------------------------------------------------------------

    def total_quota(self) -> int | None:
        quotas = [row.data.quota for row in self._rows if row.data.quota is not None]
        return sum(quotas) if quotas else None

    def total_observers(self) -> int:
        return sum(row.observers for row in self._rows)
