"""The programme as a table: one row per event, in the local time of its place, filtered by day,
kind and who takes part; rows in conflict are marked so the list and the panel agree."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor

from observer_desk.core.language import listed
from observer_desk.core.models import EventKind
from observer_desk.core.services.conflicts import Conflict
from observer_desk.core.services.schedule import Schedule, ScheduledEvent, offset_label, place_title

from .labels import format_day

_Index = QModelIndex | QPersistentModelIndex
CONFLICT_COLOUR = QColor(255, 222, 214)

KIND_LABELS = {
    EventKind.MEETING: QT_TRANSLATE_NOOP("ItineraryModel", "Meeting"),
    EventKind.BRIEFING: QT_TRANSLATE_NOOP("ItineraryModel", "Briefing"),
    EventKind.VISIT: QT_TRANSLATE_NOOP("ItineraryModel", "Polling-station visit"),
    EventKind.TRAVEL: QT_TRANSLATE_NOOP("ItineraryModel", "Travel"),
    EventKind.OTHER: QT_TRANSLATE_NOOP("ItineraryModel", "Other"),
}


def kind_label(kind: EventKind) -> str:
    """The kind of event in the interface language (the list, its filter and the event dialog)."""
    return QCoreApplication.translate("ItineraryModel", KIND_LABELS[kind])


class EventFilter:
    """What the list shows: None in a field means any."""

    def __init__(self, day: date | None = None, kind: EventKind | None = None,
                 team_id: int | None = None, observer_id: int | None = None):
        self.day, self.kind, self.team_id, self.observer_id = day, kind, team_id, observer_id


class ItineraryModel(QAbstractTableModel):
    COLUMNS = (
        QT_TRANSLATE_NOOP("ItineraryModel", "Day"),
        QT_TRANSLATE_NOOP("ItineraryModel", "Time"),
        QT_TRANSLATE_NOOP("ItineraryModel", "Kind"),
        QT_TRANSLATE_NOOP("ItineraryModel", "Title"),
        QT_TRANSLATE_NOOP("ItineraryModel", "Place"),
        QT_TRANSLATE_NOOP("ItineraryModel", "Participants"),
        QT_TRANSLATE_NOOP("ItineraryModel", "Counterpart"),
    )

    def __init__(self, parent=None):  # noqa: ANN001
        super().__init__(parent)
        self.schedule: Schedule | None = None
        self.conflicts: dict[int, list[Conflict]] = {}
        self.filter = EventFilter()
        self.rows: list[ScheduledEvent] = []
        self.two_zones = False

    def set_schedule(self, schedule: Schedule | None, conflicts: dict[int, list[Conflict]]) -> None:
        self.beginResetModel()
        self.schedule = schedule
        self.conflicts = conflicts
        # Name the zone only where it can be mistaken: when the mission's events sit in more
        # than one UTC offset (Kazakhstan: +06 and +05).
        offsets = {e.local_start.utcoffset() for e in schedule.events} if schedule else set()
        self.two_zones = len(offsets) > 1
        self.rows = self._filtered()
        self.endResetModel()

    def set_filter(self, event_filter: EventFilter) -> None:
        self.beginResetModel()
        self.filter = event_filter
        self.rows = self._filtered()
        self.endResetModel()

    def _filtered(self) -> list[ScheduledEvent]:
        schedule, wanted = self.schedule, self.filter
        if schedule is None:
            return []
        events = schedule.events
        if wanted.team_id is not None and wanted.team_id in schedule.teams:
            events = schedule.events_of_team(wanted.team_id)
        if wanted.observer_id is not None:
            events = [e for e in events if schedule.via(e, wanted.observer_id) is not None]
        if wanted.day is not None:
            events = [e for e in events if e.local_day == wanted.day]
        if wanted.kind is not None:
            events = [e for e in events if e.kind is wanted.kind]
        return list(events)

    def event_at(self, row: int) -> ScheduledEvent | None:
        return self.rows[row] if 0 <= row < len(self.rows) else None

    def row_of(self, event_id: int) -> int:
        for row, event in enumerate(self.rows):
            if event.id == event_id:
                return row
        return -1

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.tr(self.COLUMNS[section])
        return None

    def time_text(self, event: ScheduledEvent) -> str:
        start, end = event.local_start, event.local_end
        text = f"{start:%H:%M}–{end:%H:%M}" if end.date() == start.date() else (
            f"{start:%H:%M}–{end:%d %b %H:%M}")
        return f"{text} {offset_label(start)}" if self.two_zones else text

    def participants_text(self, event: ScheduledEvent) -> str:
        schedule = self.schedule
        names = [schedule.teams[t].name for t in event.team_ids if t in schedule.teams]
        names += [schedule.people[o].full_name for o in event.observer_ids if o in schedule.people]
        return listed(names)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        event = self.event_at(index.row())
        if event is None:
            return None
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if column == 0:
                return format_day(event.local_start.date(), year=False)
            if column == 1:
                return self.time_text(event)
            if column == 2:
                return kind_label(event.kind)
            if column == 3:
                return ("⚠ " if event.id in self.conflicts else "") + event.title
            if column == 4:
                return place_title(event.place) if event.place else ""
            if column == 5:
                return self.participants_text(event)
            if column == 6:
                return event.counterpart
        if role == Qt.ItemDataRole.BackgroundRole and event.id in self.conflicts:
            return QBrush(CONFLICT_COLOUR)
        if role == Qt.ItemDataRole.ToolTipRole:
            found = self.conflicts.get(event.id)
            lines = [event.span] + [str(c) for c in found or ()]
            return "\n".join(lines)
        if role == Qt.ItemDataRole.UserRole:
            return event.id
        return None
