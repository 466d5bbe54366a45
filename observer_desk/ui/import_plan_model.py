"""The import plan as a table: one line per row of the file, what the import would do with it, and
why (the fields that change, or what is wrong and where).

The plan comes whole from roster_import.plan_rows; the model only filters it by action and words
it. Details are worded when a cell is drawn, so ten thousand rows cost nothing until seen.
"""

from __future__ import annotations

import enum
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date, datetime
from functools import cache
from typing import Any
from zoneinfo import ZoneInfo

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    QSize,
    Qt,
)
from PySide6.QtGui import QColor, QIcon, QPainter, QPixmap

from observer_desk.core.countries import country_with_code
from observer_desk.core.language import clauses, labelled
from observer_desk.core.models import BodyType, MissionRole, Sex
from observer_desk.core.services.roster import mask_passport
from observer_desk.core.services.roster_import import (
    STORED_AS,
    FieldChange,
    ImportPlan,
    PlannedRow,
    RowAction,
    RowProblem,
)
from observer_desk.documents.roster_columns import COLUMNS

from .labels import body_type_label, format_number
from .observer_labels import ERROR_COLOUR, WARNING_COLOUR, role_label, sex_label

AnyIndex = QModelIndex | QPersistentModelIndex
ACTION_COLOURS = {
    RowAction.ADD: "#2f9e5b",
    RowAction.UPDATE: "#2a64a8",
    RowAction.UNCHANGED: "#7f8c8d",
    RowAction.ERROR: ERROR_COLOUR,
}
ARROW = "→"


def _t(text: str) -> str:
    return QCoreApplication.translate("ImportPlan", text)


@dataclass(frozen=True)
class PlanContext:
    """What it takes to word a new observer's values: the mission's sending bodies and zone."""

    body_codes: Mapping[int, str] = field(default_factory=dict)
    zone: ZoneInfo | None = None


def value_text(name: str, value: object, context: PlanContext) -> str:
    """A value about to be stored, as the roster would show it (passport numbers masked)."""
    if value is None or value == "":
        return ""
    if name == "sending_body":
        return context.body_codes.get(value, str(value))  # type: ignore[call-overload]
    if name == "passport_number":
        return mask_passport(str(value))
    if name == "citizenship":
        return country_with_code(str(value))
    if isinstance(value, MissionRole):
        return role_label(value)
    if isinstance(value, Sex):
        return sex_label(value)
    if isinstance(value, BodyType):
        return body_type_label(value)
    if isinstance(value, datetime):
        local = value.astimezone(context.zone) if context.zone is not None else value
        return local.strftime("%Y-%m-%d %H:%M")
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, enum.Enum):
        return str(value.value)
    return " ".join(str(value).split())


def new_values(row: PlannedRow, context: PlanContext) -> list[tuple[str, str]]:
    """(label, text) of what a new observer would hold, in the template's column order."""
    found = []
    for column in COLUMNS:
        text = value_text(column.field, row.values.get(STORED_AS[column.field]), context)
        if text and column.field not in ("code", "family_name", "given_names"):
            found.append((column.en, text))
    return found


def action_label(action: RowAction) -> str:
    return {
        RowAction.ADD: _t("Add"),
        RowAction.UPDATE: _t("Update"),
        RowAction.UNCHANGED: _t("Unchanged"),
        RowAction.ERROR: _t("Error"),
    }[RowAction(action)]


@cache
def action_icon(action: RowAction, size: int = 12) -> QIcon:
    pixmap = QPixmap(QSize(size, size))
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(QColor(ACTION_COLOURS[action]))
    painter.drawEllipse(1, 1, size - 2, size - 2)
    painter.end()
    return QIcon(pixmap)


def place_and_part(place: str, part: str) -> str:
    """A place in the file and a narrower one inside it: "Sheet Лист1, row 7, column F"."""
    return QCoreApplication.translate("ImportPlan", "%1, %2", "a place in the file, then a part of it") \
        .replace("%2", part).replace("%1", place)


def place_in_row(problem: RowProblem) -> str:
    """Where in its row a problem is: "column F (Дата рождения)", or "" for the whole row."""
    if not problem.column:
        return ""
    if problem.header:
        return _t("column %1 (%2)").replace("%1", problem.column).replace("%2", problem.header)
    return _t("column %1").replace("%1", problem.column)


def problem_text(problem: RowProblem) -> str:
    place = place_in_row(problem)
    return labelled(place, problem.message) if place else problem.message


def full_place(problem: RowProblem) -> str:
    """"Sheet Лист1, row 7, column F (Дата рождения)": enough to find the cell in Excel."""
    text = _t("Sheet %1, row %2").replace("%1", problem.sheet).replace("%2", str(problem.row))
    place = place_in_row(problem)
    return place_and_part(text, place) if place else text


def change_text(change: FieldChange) -> str:
    return labelled(change.label, f"{change.old or _t('(empty)')} {ARROW} {change.new}")


def row_summary(row: PlannedRow, context: PlanContext = PlanContext()) -> str:
    """One line for the table; the full list is in the tooltip and under the table."""
    if row.action is RowAction.ERROR:
        parts = [problem_text(p) for p in row.problems]
    elif row.action is RowAction.UPDATE:
        parts = [change_text(c) for c in row.changes]
    elif row.action is RowAction.ADD:
        # Enough to recognise the person: own-script name, body, position.
        shown = [value_text(n, row.values.get(STORED_AS[n]), context)
                 for n in ("native_name", "sending_body", "position")]
        parts = [_t("New observer") + "".join(f" · {text}" for text in shown if text)]
    else:
        parts = [_t("Same as the roster")]
    parts += ["⚠ " + problem_text(w) for w in row.warnings]
    return clauses(parts)


def row_details(row: PlannedRow, context: PlanContext = PlanContext()) -> list[tuple[str, str]]:
    """(kind, text) lines describing a row fully; kind is "error", "warning", "change", "value"
    or "note"."""
    lines: list[tuple[str, str]] = []
    for problem in row.problems:
        lines.append(("error", labelled(full_place(problem), problem.message)))
    for change in row.changes:
        lines.append(("change", change_text(change)))
    for warning in row.warnings:
        lines.append(("warning", labelled(full_place(warning), warning.message)))
    if row.action is RowAction.ADD:
        lines.append(("note", _t("A new observer, nominated on import:")))
        lines += [("value", labelled(label, text)) for label, text in new_values(row, context)]
    elif not lines:
        lines.append(("note", _t("Already in the roster exactly like this; nothing changes.")))
    return lines


class ImportPlanModel(QAbstractTableModel):
    ACTION, CODE, NAME, PLACE, DETAILS = range(5)
    COLUMN_COUNT = 5

    def __init__(self, parent: Any = None):
        super().__init__(parent)
        self.context = PlanContext()
        self._plan: ImportPlan | None = None
        self._rows: list[PlannedRow] = []
        self._action: RowAction | None = None
        self._several_sheets = False

    def headers(self) -> list[str]:
        place = _t("Sheet, row") if self._several_sheets else _t("Row")
        return [_t("Action"), _t("Code"), _t("Name"), place, _t("Changes or problems")]

    # contents ---------------------------------------------------------------------------------

    def set_plan(self, plan: ImportPlan | None) -> None:
        self.beginResetModel()
        self._plan = plan
        self._several_sheets = plan is not None and len({r.sheet for r in plan.rows}) > 1
        self._rows = self._filtered()
        self.endResetModel()

    def set_action_filter(self, action: RowAction | None) -> None:
        if action == self._action:
            return
        self.beginResetModel()
        self._action = action
        self._rows = self._filtered()
        self.endResetModel()

    def action_filter(self) -> RowAction | None:
        return self._action

    def _filtered(self) -> list[PlannedRow]:
        if self._plan is None:
            return []
        if self._action is None:
            return list(self._plan.rows)
        return [r for r in self._plan.rows if r.action is self._action]

    def row_at(self, row: int) -> PlannedRow:
        return self._rows[row]

    def plan(self) -> ImportPlan | None:
        return self._plan

    # Qt ---------------------------------------------------------------------------------------

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else self.COLUMN_COUNT

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.headers()[section]
        return None

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self._rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(row, column)
        if role == Qt.ItemDataRole.DecorationRole and column == self.ACTION:
            return action_icon(row.action)
        if role == Qt.ItemDataRole.ForegroundRole:
            if column == self.ACTION:
                return QColor(ACTION_COLOURS[row.action])
            if column == self.DETAILS:
                if row.action is RowAction.ERROR:
                    return QColor(ERROR_COLOUR)
                if row.warnings:
                    return QColor(WARNING_COLOUR)
            return None
        if role == Qt.ItemDataRole.ToolTipRole and column in (self.DETAILS, self.NAME):
            return "\n".join(text for _kind, text in row_details(row, self.context))
        if role == Qt.ItemDataRole.TextAlignmentRole and column == self.PLACE:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def _display(self, row: PlannedRow, column: int) -> str:
        if column == self.ACTION:
            return action_label(row.action)
        if column == self.CODE:
            return row.code
        if column == self.NAME:
            return row.name
        if column == self.PLACE:
            return place_and_part(row.sheet, format_number(row.row)) if self._several_sheets \
                else format_number(row.row)
        return row_summary(row, self.context)
