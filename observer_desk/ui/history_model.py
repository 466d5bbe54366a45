"""An observer's accreditation history as a table: when (local time), who, from, to, the paper, the note."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from observer_desk.core.models import AccreditationEvent

from .labels import accreditation_status_label
from .observer_labels import local_time, short_date, status_colour, status_icon

AnyIndex = QModelIndex | QPersistentModelIndex


class HistoryModel(QAbstractTableModel):
    WHEN, WHO, FROM, TO, REFERENCE, NOTE = range(6)
    COLUMN_COUNT = 6

    def __init__(self, parent: Any = None):
        super().__init__(parent)
        self._events: list[AccreditationEvent] = []
        self._zone = "UTC"
        self._name_of: Callable[[int], str] = str

    def load(self, events: Sequence[AccreditationEvent], zone_name: str,
             name_of: Callable[[int], str] | None = None) -> None:
        """Newest step first: it is the one people look for."""
        self.beginResetModel()
        self._events = list(reversed(events))
        self._zone = zone_name
        if name_of is not None:
            self._name_of = name_of
        self.endResetModel()

    def event_at(self, row: int) -> AccreditationEvent:
        return self._events[row]

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008 - Qt's own default
        return 0 if parent.isValid() else len(self._events)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self.COLUMN_COUNT

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Vertical:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return (self.tr("When"), self.tr("Who"), self.tr("From"), self.tr("To"), self.tr("Reference"),
                    self.tr("Note"))[section]
        if role == Qt.ItemDataRole.ToolTipRole and section == self.WHEN:
            return self.tr("Local time of the mission (%1)").replace("%1", self._zone)
        return None

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._events):
            return None
        event = self._events[index.row()]
        column = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self._text(event, column)
        if role == Qt.ItemDataRole.DecorationRole and column == self.TO:
            return status_icon(event.to_status)
        if role == Qt.ItemDataRole.ForegroundRole and column == self.TO:
            return status_colour(event.to_status)
        return None

    def _text(self, event: AccreditationEvent, column: int) -> str:
        if column == self.WHEN:
            return local_time(event.at, self._zone)
        if column == self.WHO:
            return event.user
        if column == self.FROM:
            return accreditation_status_label(event.from_status) if event.from_status else self.tr("(new record)")
        if column == self.TO:
            return accreditation_status_label(event.to_status)
        if column == self.REFERENCE:
            parts = [event.reference, short_date(event.reference_date)]
            return ", ".join(part for part in parts if part)
        if column == self.NOTE:
            parts = [event.note]
            if event.replaced_by_id is not None:
                parts.insert(0, self.tr("Replaced by %1").replace("%1", self._name_of(event.replaced_by_id)))
            return " — ".join(part for part in parts if part)
        return ""
