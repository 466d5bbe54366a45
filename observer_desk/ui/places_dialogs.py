"""Dialogs of the Places tab: a unit, a polling station, a venue, a travel time. What the service
refuses is listed in the dialog, which stays open with everything typed; an edit refused as
stale says so and closes, and the tab reads the list again."""

from __future__ import annotations

from collections.abc import Callable
from datetime import time
from typing import Any
from zoneinfo import available_timezones

from PySide6.QtCore import QTime
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from observer_desk.core.db import Database
from observer_desk.core.errors import NotFoundError, StaleEditError, ValidationError
from observer_desk.core.models import UnitKind, VenueKind
from observer_desk.core.services.place_editing import (
    StationData,
    StationRow,
    UnitData,
    UnitRow,
    create_station,
    create_unit,
    update_station,
    update_unit,
)
from observer_desk.core.services.schedule import UnitInfo
from observer_desk.core.services.station_import import MOST_VOTERS
from observer_desk.core.services.venues import (
    LONGEST_BUFFER,
    VenueData,
    VenueInfo,
    create_venue,
    set_travel_buffer,
    update_venue,
)

from .errors import describe
from .places_models import UNIT_KINDS, VENUE_KINDS
from .places_models import _t as kind_text
from .widgets import ERROR_COLOUR

NO_VALUE = -1000.0  # a spin box's "special value": shown as empty, stored as None


def zone_names() -> list[str]:
    """IANA zones for the pickers: the named areas (Asia/Almaty), not the legacy aliases."""
    return sorted(z for z in available_timezones()
                  if "/" in z and not z.startswith(("Etc/", "SystemV/", "US/", "posix/", "right/")))


def zone_picker(current: str = "") -> QComboBox:
    combo = QComboBox()
    combo.setEditable(True)  # type to jump: the list is long
    combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
    combo.addItems(zone_names())
    combo.setCurrentText(current)
    return combo


def coordinate_box(bound: int, value: float | None) -> QDoubleSpinBox:
    box = QDoubleSpinBox()
    box.setDecimals(6)
    box.setRange(NO_VALUE, bound)
    box.setSpecialValueText(" ")
    box.setValue(NO_VALUE if value is None else value)
    return box


def unit_picker(units: list[UnitInfo], current: int | None, none_text: str | None) -> QComboBox:
    combo = QComboBox()
    if none_text is not None:
        combo.addItem(none_text, None)
    for unit in units:
        combo.addItem(f"{unit.name_en} ({unit.code})", unit.id)
    combo.setCurrentIndex(max(0, combo.findData(current)))
    return combo


class PlaceDialog(QDialog):
    """A form that saves through one service call; `saved` holds what the service returned."""

    def __init__(self, title: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(title)
        self.saved: Any = None
        self.stale = False
        self.form = QFormLayout()
        self.fields: dict[str, QWidget] = {}
        self.problems = QLabel()
        self.problems.setObjectName("problems")
        self.problems.setWordWrap(True)
        self.problems.setStyleSheet(f"color: {ERROR_COLOUR};")
        self.problems.hide()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.problems)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(460)

    def add_field(self, name: str, label: str, widget: QWidget) -> QWidget:
        self.fields[name] = widget
        self.form.addRow(label, widget)
        return widget

    def write(self) -> Any:
        raise NotImplementedError

    def save(self) -> None:
        for widget in self.fields.values():
            widget.setStyleSheet("")
        try:
            self.saved = self.write()
        except ValidationError as exc:
            labels = []
            for problem in exc.problems:
                widget = self.fields.get(problem.field)
                if widget is not None:
                    widget.setStyleSheet(f"border: 1px solid {ERROR_COLOUR};")
                    label = self.form.labelForField(widget)
                    labels.append(f"{label.text()}: {problem.message}" if label else problem.message)
                else:
                    labels.append(str(problem))
            self._say("\n".join(labels))
            return
        except (StaleEditError, NotFoundError) as exc:
            self.stale = True
            self._say(describe(exc))
            self.buttons.button(QDialogButtonBox.StandardButton.Save).setEnabled(False)
            return
        except Exception as exc:  # noqa: BLE001 - shown in place; nothing was saved
            self._say(describe(exc))
            return
        self.accept()

    def _say(self, text: str) -> None:
        self.problems.setText(text)
        self.problems.show()


def _line(text: str = "") -> QLineEdit:
    edit = QLineEdit()
    edit.setText(text)
    return edit


def _kind_combo(labels: dict, current: object, translate: Callable[[str], str]) -> QComboBox:
    combo = QComboBox()
    for kind, label in labels.items():
        combo.addItem(translate(label), kind.value)
    combo.setCurrentIndex(max(0, combo.findData(getattr(current, "value", current))))
    return combo


class UnitDialog(PlaceDialog):
    def __init__(self, db: Database, mission_id: int, units: list[UnitInfo], mission_zone: str,
                 unit: UnitRow | None = None, parent: QWidget | None = None):
        super().__init__(self.tr("Edit unit") if unit else self.tr("New unit"), parent)
        self.db, self.mission_id, self.editing = db, mission_id, unit
        self.code = self.add_field("code", self.tr("Code"), _line(unit.code if unit else ""))
        self.name_en = self.add_field("name_en", self.tr("Name (English)"), _line(unit.name_en if unit else ""))
        self.name_ru = self.add_field("name_ru", self.tr("Name (Russian)"), _line(unit.name_ru if unit else ""))
        self.name_zh = self.add_field("name_zh", self.tr("Name (Chinese)"), _line(unit.name_zh if unit else ""))
        self.kind = self.add_field("kind", self.tr("Kind"), _kind_combo(
            UNIT_KINDS, unit.kind if unit else UnitKind.DISTRICT, kind_text))
        others = [u for u in units if unit is None or u.id != unit.id]
        self.parent_unit = self.add_field("parent_id", self.tr("Within"), unit_picker(
            others, unit.parent_id if unit else None, self.tr("(top level)")))
        self.zone = self.add_field("time_zone", self.tr("Time zone"),
                                   zone_picker(unit.time_zone if unit else mission_zone))

    def data(self) -> UnitData:
        return UnitData(code=self.code.text(), name_en=self.name_en.text(),
                        kind=UnitKind(self.kind.currentData()), time_zone=self.zone.currentText(),
                        name_ru=self.name_ru.text(), name_zh=self.name_zh.text(),
                        parent_id=self.parent_unit.currentData())

    def write(self) -> UnitRow:
        if self.editing is None:
            return create_unit(self.db, self.mission_id, self.data())
        return update_unit(self.db, self.editing.id, self.editing.version, self.data())


def _time_edit(value: time) -> QTimeEdit:
    edit = QTimeEdit()
    edit.setDisplayFormat("HH:mm")
    edit.setTime(QTime(value.hour, value.minute))
    return edit


class StationDialog(PlaceDialog):
    def __init__(self, db: Database, mission_id: int, units: list[UnitInfo],
                 station: StationRow | None = None, parent: QWidget | None = None):
        super().__init__(self.tr("Edit polling station") if station else self.tr("New polling station"),
                         parent)
        self.db, self.mission_id, self.editing = db, mission_id, station
        s = station
        self.number = self.add_field("number", self.tr("Number"), _line(s.number if s else ""))
        self.unit = self.add_field("unit_id", self.tr("Unit"), unit_picker(
            units, s.unit_id if s else None, self.tr("(choose)")))
        self.premises = self.add_field("name", self.tr("Premises"), _line(s.name if s else ""))
        self.address = self.add_field("address", self.tr("Address"), _line(s.address if s else ""))
        voters = QSpinBox()
        voters.setRange(-1, MOST_VOTERS)
        voters.setSpecialValueText(self.tr("unknown"))
        voters.setValue(-1 if s is None or s.registered_voters is None else s.registered_voters)
        self.voters = self.add_field("registered_voters", self.tr("Registered voters"), voters)
        self.opens = self.add_field("opens_at", self.tr("Opens"), _time_edit(s.opens_at if s else time(7)))
        self.closes = self.add_field("closes_at", self.tr("Closes"), _time_edit(s.closes_at if s else time(20)))
        self.latitude = self.add_field("latitude", self.tr("Latitude"),
                                       coordinate_box(90, s.latitude if s else None))
        self.longitude = self.add_field("longitude", self.tr("Longitude"),
                                        coordinate_box(180, s.longitude if s else None))

    def data(self) -> StationData:
        def coordinate(box: QDoubleSpinBox) -> float | None:
            return None if box.value() <= NO_VALUE else box.value()

        return StationData(
            number=self.number.text(), unit_id=self.unit.currentData(), name=self.premises.text(),
            address=self.address.text(),
            registered_voters=None if self.voters.value() < 0 else self.voters.value(),
            opens_at=self.opens.time().toPython(), closes_at=self.closes.time().toPython(),
            latitude=coordinate(self.latitude), longitude=coordinate(self.longitude))

    def write(self) -> StationRow:
        if self.editing is None:
            return create_station(self.db, self.mission_id, self.data())
        return update_station(self.db, self.editing.id, self.editing.version, self.data())


class VenueDialog(PlaceDialog):
    def __init__(self, db: Database, mission_id: int, units: list[UnitInfo],
                 venue: VenueInfo | None = None, parent: QWidget | None = None):
        super().__init__(self.tr("Edit venue") if venue else self.tr("New venue"), parent)
        self.db, self.mission_id, self.editing = db, mission_id, venue
        v = venue
        self.name = self.add_field("name", self.tr("Name"), _line(v.name if v else ""))
        self.kind = self.add_field("kind", self.tr("Kind"), _kind_combo(
            VENUE_KINDS, v.kind if v else VenueKind.OTHER, kind_text))
        self.unit = self.add_field("unit_id", self.tr("Unit"), unit_picker(
            units, v.unit_id if v else None, self.tr("(none)")))
        self.address = self.add_field("address", self.tr("Address"), _line(v.address if v else ""))
        zone = zone_picker(v.time_zone if v else "")
        zone.lineEdit().setPlaceholderText(self.tr("the unit's zone"))
        self.zone = self.add_field("time_zone", self.tr("Time zone"), zone)
        self.latitude = self.add_field("latitude", self.tr("Latitude"),
                                       coordinate_box(90, v.latitude if v else None))
        self.longitude = self.add_field("longitude", self.tr("Longitude"),
                                        coordinate_box(180, v.longitude if v else None))
        notes = QPlainTextEdit(v.notes if v else "")
        notes.setFixedHeight(60)
        self.notes = self.add_field("notes", self.tr("Notes"), notes)

    def data(self) -> VenueData:
        def coordinate(box: QDoubleSpinBox) -> float | None:
            return None if box.value() <= NO_VALUE else box.value()

        return VenueData(name=self.name.text(), kind=VenueKind(self.kind.currentData()),
                         unit_id=self.unit.currentData(), address=self.address.text(),
                         time_zone=self.zone.currentText().strip() or None,
                         latitude=coordinate(self.latitude), longitude=coordinate(self.longitude),
                         notes=self.notes.toPlainText())

    def write(self) -> VenueInfo:
        if self.editing is None:
            return create_venue(self.db, self.mission_id, self.data())
        return update_venue(self.db, self.editing.id, self.editing.version, self.data())


class BufferDialog(PlaceDialog):
    """The travel time between two units (the same unit twice: within it)."""

    def __init__(self, db: Database, mission_id: int, units: list[UnitInfo], default_minutes: int,
                 unit_a: int | None = None, unit_b: int | None = None, minutes: int | None = None,
                 parent: QWidget | None = None):
        super().__init__(self.tr("Travel time"), parent)
        self.db, self.mission_id = db, mission_id
        self.unit_a = self.add_field("unit", self.tr("From"), unit_picker(units, unit_a, None))
        self.unit_b = self.add_field("unit_b", self.tr("To"), unit_picker(units, unit_b, None))
        for picker in (self.unit_a, self.unit_b):
            picker.setEnabled(unit_a is None)  # editing a pair's time, not moving it to another pair
        spin = QSpinBox()
        spin.setRange(0, LONGEST_BUFFER)
        spin.setSingleStep(5)
        spin.setSuffix(self.tr(" min"))
        spin.setValue(default_minutes if minutes is None else minutes)
        self.minutes = self.add_field("minutes", self.tr("Allow"), spin)
        note = QLabel(self.tr("Choose the same unit twice for the time within it. Other pairs take "
                              "the mission's default of %n minute(s).", "", default_minutes))
        note.setWordWrap(True)
        self.form.addRow("", note)

    def write(self) -> int:
        set_travel_buffer(self.db, self.mission_id, self.unit_a.currentData(),
                          self.unit_b.currentData(), self.minutes.value())
        return self.minutes.value()
