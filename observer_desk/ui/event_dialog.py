"""Creating or editing one event of the programme. Times are typed in the local time of the
chosen place; what the service refuses is shown in the dialog, which stays open."""

from __future__ import annotations

from datetime import datetime, timedelta

from PySide6.QtCore import QT_TRANSLATE_NOOP, QDateTime, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from observer_desk.core.db import Database
from observer_desk.core.errors import StaleEditError, ValidationError
from observer_desk.core.language import labelled
from observer_desk.core.models import EventKind
from observer_desk.core.services.programme import EventData, create_event, update_event
from observer_desk.core.services.schedule import PlaceInfo, Schedule, ScheduledEvent, place_title, zone
from observer_desk.core.services.venues import VenueInfo

from .errors import describe
from .itinerary_model import KIND_LABELS, kind_label

FIELD_NAMES = {
    "kind": QT_TRANSLATE_NOOP("EventDialog", "Kind"),
    "title": QT_TRANSLATE_NOOP("EventDialog", "Title"),
    "starts_at": QT_TRANSLATE_NOOP("EventDialog", "Start"),
    "ends_at": QT_TRANSLATE_NOOP("EventDialog", "End"),
    "venue_id": QT_TRANSLATE_NOOP("EventDialog", "Place"),
    "polling_station_id": QT_TRANSLATE_NOOP("EventDialog", "Place"),
    "phase": QT_TRANSLATE_NOOP("EventDialog", "Place"),
    "observer_ids": QT_TRANSLATE_NOOP("EventDialog", "Participants"),
    "team_ids": QT_TRANSLATE_NOOP("EventDialog", "Participants"),
    "counterpart": QT_TRANSLATE_NOOP("EventDialog", "Counterpart"),
    "notes": QT_TRANSLATE_NOOP("EventDialog", "Notes"),
    "time_zone": QT_TRANSLATE_NOOP("EventDialog", "Place"),
}


class EventDialog(QDialog):
    def __init__(self, db: Database, mission_id: int, schedule: Schedule, venues: list[VenueInfo],
                 stations: list[PlaceInfo], event: ScheduledEvent | None = None,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.db, self.mission_id, self.schedule = db, mission_id, schedule
        self.editing = event  # not "event": that would hide QWidget.event, which Qt calls
        self.saved: ScheduledEvent | None = None
        self.setWindowTitle(self.tr("Edit event") if event else self.tr("New event"))
        self.kind = QComboBox()
        for kind in KIND_LABELS:
            self.kind.addItem(kind_label(kind), kind)
        self.title = QLineEdit()
        self.place = QComboBox()
        self.place.addItem(self.tr("(no place)"), None)
        for venue in venues:
            self.place.addItem(venue.name, ("venue", venue.id, venue.time_zone))
        for station in stations:
            self.place.addItem(place_title(station), ("station", station.id, station.time_zone))
        self.zone_label = QLabel()
        self.starts = QDateTimeEdit()
        self.ends = QDateTimeEdit()
        for edit in (self.starts, self.ends):
            edit.setDisplayFormat("yyyy-MM-dd HH:mm")
            edit.setCalendarPopup(True)
        self.counterpart = QLineEdit()
        self.participants = QListWidget()
        for team in sorted(schedule.teams.values(), key=lambda t: t.name.casefold()):
            item = QListWidgetItem(self.tr("Team: %1").replace("%1", team.name))
            item.setData(Qt.ItemDataRole.UserRole, ("team", team.id))
            item.setCheckState(Qt.CheckState.Unchecked)
            self.participants.addItem(item)
        for person in sorted(schedule.people.values(), key=lambda p: p.full_name.casefold()):
            item = QListWidgetItem(person.label + (f" · {person.native_name}" if person.native_name else ""))
            item.setData(Qt.ItemDataRole.UserRole, ("observer", person.id))
            item.setCheckState(Qt.CheckState.Unchecked)
            self.participants.addItem(item)
        self.notes = QPlainTextEdit()
        self.notes.setFixedHeight(70)
        self.problems = QLabel()
        self.problems.setWordWrap(True)
        self.problems.setStyleSheet("color: #b00020;")
        self.problems.hide()

        form = QFormLayout()
        form.addRow(self.tr("Kind"), self.kind)
        form.addRow(self.tr("Title"), self.title)
        form.addRow(self.tr("Place"), self.place)
        form.addRow(self.tr("Start (local)"), self.starts)
        form.addRow(self.tr("End (local)"), self.ends)
        form.addRow("", self.zone_label)
        form.addRow(self.tr("Counterpart"), self.counterpart)
        form.addRow(self.tr("Participants"), self.participants)
        form.addRow(self.tr("Notes"), self.notes)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.problems)
        layout.addWidget(self.buttons)
        self.place.currentIndexChanged.connect(self._zone_changed)
        self._fill(event)
        self.resize(560, 640)

    # --- times in the place's zone ---------------------------------------------------------

    def zone_name(self) -> str:
        place = self.place.currentData()
        return place[2] if place else self.schedule.mission.time_zone

    def _show(self, edit: QDateTimeEdit, moment: datetime) -> None:
        local = moment.astimezone(zone(self.zone_name()))
        edit.setDateTime(QDateTime(local.year, local.month, local.day, local.hour, local.minute, 0))

    def _read(self, edit: QDateTimeEdit) -> datetime:
        value = edit.dateTime()
        d, t = value.date(), value.time()
        return datetime(d.year(), d.month(), d.day(), t.hour(), t.minute(), tzinfo=zone(self.zone_name()))

    def _zone_changed(self) -> None:
        self.zone_label.setText(self.tr("Times are local to the place: %1").replace(
            "%1", self.zone_name()))

    def _fill(self, event: ScheduledEvent | None) -> None:
        if event is None:
            day = self.schedule.mission.period_start
            start = datetime(day.year, day.month, day.day, 9, 0, tzinfo=zone(self.zone_name()))
            self._show(self.starts, start)
            self._show(self.ends, start + timedelta(hours=1))
            self._zone_changed()
            return
        self.kind.setCurrentIndex(self.kind.findData(event.kind))
        self.title.setText(event.title)
        if event.place is not None:
            kind = "station" if event.place.kind.value == "station" else "venue"
            for i in range(self.place.count()):
                data = self.place.itemData(i)
                if data and data[0] == kind and data[1] == event.place.id:
                    self.place.setCurrentIndex(i)
                    break
        self._zone_changed()
        self._show(self.starts, event.starts_at)
        self._show(self.ends, event.ends_at)
        self.counterpart.setText(event.counterpart)
        self.notes.setPlainText(event.notes)
        chosen = {("team", t) for t in event.team_ids} | {("observer", o) for o in event.observer_ids}
        for i in range(self.participants.count()):
            item = self.participants.item(i)
            if tuple(item.data(Qt.ItemDataRole.UserRole)) in chosen:
                item.setCheckState(Qt.CheckState.Checked)

    def set_participant(self, kind: str, item_id: int, on: bool = True) -> None:
        for i in range(self.participants.count()):
            item = self.participants.item(i)
            if tuple(item.data(Qt.ItemDataRole.UserRole)) == (kind, item_id):
                item.setCheckState(Qt.CheckState.Checked if on else Qt.CheckState.Unchecked)

    def data(self) -> EventData:
        place = self.place.currentData()
        teams, observers = [], []
        for i in range(self.participants.count()):
            item = self.participants.item(i)
            if item.checkState() == Qt.CheckState.Checked:
                kind, item_id = item.data(Qt.ItemDataRole.UserRole)
                (teams if kind == "team" else observers).append(item_id)
        station = place[1] if place and place[0] == "station" else None
        return EventData(
            kind=self.kind.currentData(), title=self.title.text(),
            starts_at=self._read(self.starts), ends_at=self._read(self.ends),
            venue_id=place[1] if place and place[0] == "venue" else None,
            polling_station_id=station,
            phase=self.editing.phase if self.editing is not None and station is not None else None,
            counterpart=self.counterpart.text(), notes=self.notes.toPlainText(),
            observer_ids=observers, team_ids=teams)

    def save(self) -> None:
        try:
            if self.editing is None:
                self.saved = create_event(self.db, self.mission_id, self.data())
            else:
                self.saved = update_event(self.db, self.editing.id, self.editing.version, self.data())
        except ValidationError as exc:
            self.show_problems("\n".join(
                "• " + labelled(self.tr(FIELD_NAMES.get(p.field, p.field)), p.message) for p in exc.problems))
            return
        except StaleEditError as exc:
            self.show_problems(str(exc))
            self.buttons.button(QDialogButtonBox.StandardButton.Save).setEnabled(False)
            return
        except Exception as exc:  # noqa: BLE001 - shown in place, the dialog stays open
            self.show_problems(describe(exc))
            return
        self.accept()

    def show_problems(self, text: str) -> None:
        self.problems.setText(text)
        self.problems.show()
