"""Table models of the Statement area: the placeholders with their current values, and the
revisions of the statement shown."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from observer_desk.core.models import StatementStatus
from observer_desk.core.services.statement_facts import placeholder_description
from observer_desk.core.services.statements import PLACEHOLDERS, StatementSummary

from .labels import format_date

AnyIndex = QModelIndex | QPersistentModelIndex
NAME_ROLE = Qt.ItemDataRole.UserRole + 1


class PlaceholderModel(QAbstractTableModel):
    """Every placeholder the program fills, with the value it has for the statement shown."""

    def __init__(self, parent: Any = None):
        super().__init__(parent)
        self._names = list(PLACEHOLDERS)
        self._values: dict[str, str] = {}

    def set_values(self, values: dict[str, str] | None) -> None:
        self.beginResetModel()
        self._values = dict(values or {})
        # Names beyond the documented ones (findings of another checklist) come last.
        self._names = list(PLACEHOLDERS) + sorted(set(self._values) - set(PLACEHOLDERS))
        self.endResetModel()

    def value(self, name: str) -> str | None:
        return self._values.get(name)

    def name_at(self, row: int) -> str:
        return self._names[row]

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008 - Qt's own default
        return 0 if parent.isValid() else len(self._names)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 2

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return (self.tr("Placeholder"), self.tr("Current value"))[section]
        return None

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        name = self._names[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            if index.column() == 0:
                return "{" + name + "}"
            value = self._values.get(name)
            return value if value is not None else self.tr("(reading the data…)")
        if role == Qt.ItemDataRole.ToolTipRole:
            description = (placeholder_description(name)
                           or self.tr("a checklist finding as the texts quote it"))
            value = self._values.get(name)
            shown = f"\n\n{value}" if value else ""
            return f"{{{name}}}: {description}{shown}"
        if role == NAME_ROLE:
            return name
        return None


class RevisionModel(QAbstractTableModel):
    """The revisions of one statement (a kind in a language), newest first."""

    def __init__(self, parent: Any = None):
        super().__init__(parent)
        self._rows: list[StatementSummary] = []

    def load(self, rows: list[StatementSummary]) -> None:
        self.beginResetModel()
        self._rows = sorted(rows, key=lambda r: -r.revision)
        self.endResetModel()

    def revision_at(self, row: int) -> StatementSummary:
        return self._rows[row]

    def row_of(self, statement_id: int) -> int:
        return next((i for i, r in enumerate(self._rows) if r.id == statement_id), -1)

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 3

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return (self.tr("Revision"), self.tr("Status"), self.tr("Date"))[section]
        return None

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            if index.column() == 0:
                return str(row.revision)
            if index.column() == 1:
                return self.tr("Issued") if row.status is StatementStatus.ISSUED else self.tr("Draft")
            return format_date(row.issued_on)
        if role == Qt.ItemDataRole.ToolTipRole:
            return row.title
        return None
