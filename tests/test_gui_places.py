"""The Places tab of the Itinerary area, driven through its dialogs and the station import wizard:
units, stations, venues and travel times written, refusals said, and the programme checked again
after a change of opening hours."""

from __future__ import annotations

import re
from datetime import datetime, time, timezone
from pathlib import Path

import pytest
from openpyxl import Workbook
from PySide6.QtCore import QTime, QTimer
from PySide6.QtWidgets import QMessageBox, QWizard

from itinerary_world import World, build_world
from observer_desk.core.db import Database
from observer_desk.core.models import EventKind
from observer_desk.core.services.conflicts import ConflictKind
from observer_desk.core.services.place_editing import StationData, list_station_rows, update_station
from observer_desk.core.services.programme import EventData, create_event
from observer_desk.core.services.venues import list_venues, travel_buffers
from observer_desk.ui.itinerary_page import ItineraryPage
from observer_desk.ui.places_dialogs import PlaceDialog
from observer_desk.ui.places_panel import PlacesSection


@pytest.fixture
def world(db: Database) -> World:
    return build_world(db)


@pytest.fixture
def page(qtbot, db: Database, world: World) -> ItineraryPage:  # noqa: ANN001
    widget = ItineraryPage()
    qtbot.addWidget(widget)
    widget.load(db, world.mission_id)
    widget.tabs.setCurrentWidget(widget.places)
    widget.show()  # the lists are read when the tab is shown
    return widget


@pytest.fixture
def warnings(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    said: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", staticmethod(lambda _p, _t, text, *_a: said.append(text)))
    monkeypatch.setattr(QMessageBox, "question", staticmethod(
        lambda *_a, **_k: QMessageBox.StandardButton.Yes))
    return said


def counted(text: str, what: str, then: str = "") -> bool:
    """A counted text, as the English translation words it ("4 units") or as the source does
    ("4 unit(s)") while the translation has not caught up."""
    return re.search(re.escape(what) + r"(s|\(s\))" + re.escape(then), text) is not None


def save_through(section: PlacesSection, dialog: PlaceDialog) -> None:
    """Press Save once the dialog is up, as the user would."""
    QTimer.singleShot(0, dialog.save)
    section.run(dialog)
    assert dialog.saved is not None, dialog.problems.text()


def test_a_unit_is_added_with_its_zone_and_a_bad_zone_is_said_in_the_dialog(page: ItineraryPage) -> None:
    units = page.places.units
    assert units.model.rowCount() == 4 and counted(units.count.text(), "4 unit")
    dialog = units.dialog()
    dialog.code.setText("aqtau")
    dialog.name_en.setText("Mangystau Region")
    dialog.zone.setCurrentText("Asia/Nowhere")
    dialog.save()
    assert dialog.saved is None and not dialog.problems.isHidden()
    assert "Time zone" in dialog.problems.text() and "IANA" in dialog.problems.text()
    dialog.zone.setCurrentText("Asia/Aqtau")
    save_through(units, dialog)
    row = units.model.row_at(units.model.row_of(dialog.saved.id))
    assert (row.name_en, row.time_zone) == ("Mangystau Region", "Asia/Aqtau")
    assert units.selected().id == dialog.saved.id


def test_new_hours_of_a_station_make_a_visit_a_conflict_at_once(page: ItineraryPage, db: Database,
                                                                world: World) -> None:
    create_event(db, world.mission_id, EventData(
        kind=EventKind.VISIT, title="Visit to 101", polling_station_id=world.stations["101"],
        starts_at=datetime(2022, 11, 20, 1, 30, tzinfo=timezone.utc),  # 07:30 in Astana
        ends_at=datetime(2022, 11, 20, 2, 30, tzinfo=timezone.utc)))
    page.reload()
    assert page.report.conflicts == []
    stations = page.places.stations
    stations.select(world.stations["101"])
    assert stations.selected().events == 1
    dialog = stations.dialog(stations.selected())
    dialog.opens.setTime(QTime(8, 0))
    save_through(stations, dialog)
    assert [c.kind for c in page.report.conflicts] == [ConflictKind.OPENING_HOURS]
    assert "opens at 08:00" in str(page.report.conflicts[0])
    assert next(r for r in list_station_rows(db, world.mission_id) if r.number == "101").opens_at == time(8)


def test_a_visited_station_is_not_deleted_and_the_user_is_told_why(page: ItineraryPage, db: Database,
                                                                   world: World, warnings) -> None:  # noqa: ANN001
    create_event(db, world.mission_id, EventData(
        kind=EventKind.VISIT, title="Visit to 102", polling_station_id=world.stations["102"],
        starts_at=datetime(2022, 11, 20, 3, 0, tzinfo=timezone.utc),
        ends_at=datetime(2022, 11, 20, 4, 0, tzinfo=timezone.utc)))
    page.reload()
    stations = page.places.stations
    stations.select(world.stations["102"])
    stations.delete_selected()
    assert warnings and "1 event depends on it" in warnings[0]
    assert stations.model.rowCount() == 3
    stations.select(world.stations["501"])
    stations.delete_selected()
    assert [r.number for r in stations.model.rows] == ["101", "102"]


def test_a_stale_station_edit_is_said_and_the_list_read_again(page: ItineraryPage, db: Database,
                                                              world: World) -> None:
    stations = page.places.stations
    stations.select(world.stations["101"])
    first = stations.dialog(stations.selected())
    second = stations.dialog(stations.selected())
    first.premises.setText("School No. 1, new building")
    save_through(stations, first)
    second.premises.setText("Something else")
    second.save()
    assert second.stale and "changed by someone else" in second.problems.text()
    assert stations.selected().name == "School No. 1, new building"


def test_a_venue_and_a_travel_time_are_added(page: ItineraryPage, db: Database, world: World) -> None:
    venues = page.places.venues
    dialog = venues.dialog()
    dialog.name.setText("Ministry of Foreign Affairs")
    dialog.kind.setCurrentIndex(dialog.kind.findData("ministry"))
    dialog.unit.setCurrentIndex(dialog.unit.findData(world.units["yesil"]))
    save_through(venues, dialog)
    made = next(v for v in list_venues(db, world.mission_id) if v.name == "Ministry of Foreign Affairs")
    assert made.time_zone == "Asia/Almaty"  # the unit's, as the zone was left empty
    assert venues.model.row_of(made.id) >= 0

    buffers = page.places.buffers
    dialog = buffers.dialog()
    dialog.unit_a.setCurrentIndex(dialog.unit_a.findData(world.units["yesil"]))
    dialog.unit_b.setCurrentIndex(dialog.unit_b.findData(world.units["aktobe"]))
    dialog.minutes.setValue(90)
    save_through(buffers, dialog)
    assert [({b.unit_a, b.unit_b}, b.minutes) for b in travel_buffers(db, world.mission_id)] == [
        ({"Yesil District", "Aktobe Region"}, 90)]
    assert buffers.model.rowCount() == 1 and buffers.model.index(0, 2).data() == "90"


def stations_workbook(path: Path, rows: list[list[object]]) -> Path:
    book = Workbook()
    sheet = book.active
    sheet.title = "Stations"
    sheet.append(["Station number", "Unit", "Premises", "Address", "Registered voters", "Opens", "Closes"])
    for row in rows:
        sheet.append(row)
    book.save(path)
    return path


def test_stations_imported_through_the_wizard_all_or_nothing(qtbot, page: ItineraryPage, db: Database,  # noqa: ANN001
                                                            world: World, tmp_path: Path) -> None:
    path = stations_workbook(tmp_path / "stations.xlsx", [
        ["103", "yesil", "School No. 3", "3 Turan Avenue", 2431, "07:00", "20:00"],
        ["104", "Nowhere District", "School No. 4", "4 Abai Avenue", 1900, "07:00", "20:00"],
        ["101", "yesil", "School No. 1", "1 Turan Avenue, Astana", 2100, None, None],
    ])
    wizard = page.places.import_stations()
    qtbot.addWidget(wizard)
    wizard.read_file(path)
    qtbot.waitUntil(lambda: wizard.plan is not None, timeout=20000)
    assert wizard.file_page.isComplete()
    wizard.next()
    plan_page = wizard.plan_page
    assert counted(plan_page.summary.text(), "3 row") and "1 with errors" in plan_page.summary.text()
    assert plan_page.model.rowCount() == 1  # errors first
    assert "Nowhere District" in plan_page.model.index(0, 4).data()
    assert "is not a unit of this mission" in plan_page.details.toPlainText()
    assert not plan_page.isComplete()  # nothing can be imported while a row is wrong
    assert not wizard.button(QWizard.WizardButton.CommitButton).isEnabled()

    stations_workbook(path, [
        ["103", "yesil", "School No. 3", "3 Turan Avenue", 2431, "07:00", "20:00"],
        ["104", "almaty-d", "School No. 4", "4 Abai Avenue", 1900, "07:00", "20:00"],
        ["101", "yesil", "School No. 1", "1 Turan Avenue, Astana", 2100, None, None],
    ])
    wizard.check_again()
    qtbot.waitUntil(lambda: wizard.plan is not None and not wizard.busy, timeout=20000)
    assert plan_page.isComplete() and plan_page.model.rowCount() == 3
    assert "Registered voters: 2000" in plan_page.model.index(
        next(r for r in range(3) if plan_page.model.row_at(r).number == "101"), 4).data()
    wizard.next()  # Import
    qtbot.waitUntil(lambda: wizard.result is not None, timeout=20000)
    assert wizard.currentPage() is wizard.done_page
    assert counted(wizard.done_page.summary.text(), "2 station", " added, 1 updated")
    numbers = [r.number for r in page.places.stations.model.rows]
    assert numbers == ["101", "102", "103", "104", "501"]  # the tab read the list again
    assert next(r for r in list_station_rows(db, world.mission_id) if r.number == "101").registered_voters == 2100


def test_clearing_the_page_empties_the_places(page: ItineraryPage) -> None:
    page.clear()
    places = page.places
    assert all(section.model.rowCount() == 0 for section in
               (places.units, places.stations, places.venues, places.buffers))
    assert not places.units.new_button.isEnabled() and not places.import_button.isEnabled()


def test_the_lists_are_read_when_the_tab_is_shown_not_after_every_change(qtbot, db: Database,  # noqa: ANN001
                                                                         world: World) -> None:
    page = ItineraryPage()
    qtbot.addWidget(page)
    page.load(db, world.mission_id)
    page.show()
    assert page.places.stations.model.rowCount() == 0  # the Programme tab is in front
    page.tabs.setCurrentWidget(page.places)
    assert page.places.stations.model.rowCount() == 3


def test_a_plan_overtaken_by_an_edit_imports_nothing_until_checked_again(
        qtbot, page: ItineraryPage, db: Database, world: World, tmp_path: Path) -> None:  # noqa: ANN001
    path = stations_workbook(tmp_path / "stations.xlsx", [
        ["101", "yesil", "School No. 1", "1 Turan Avenue, Astana", 2100, None, None],
        ["105", "yesil", "School No. 5", "5 Turan Avenue", 1500, "07:00", "20:00"],
    ])
    wizard = page.places.import_stations()
    qtbot.addWidget(wizard)
    wizard.read_file(path)
    qtbot.waitUntil(lambda: wizard.plan is not None, timeout=20000)
    wizard.next()
    row = next(r for r in list_station_rows(db, world.mission_id) if r.number == "101")
    update_station(db, row.id, row.version, StationData(number="101", unit_id=row.unit_id,
                                                        name="School No. 1", registered_voters=2050))
    wizard.next()  # Import, on a plan made before that edit
    qtbot.waitUntil(lambda: not wizard.busy, timeout=20000)
    assert wizard.result is None and wizard.currentPage() is wizard.plan_page
    assert "Nothing was imported" in wizard.plan_page.banner.text()
    assert "changed since the import was planned" in wizard.plan_page.banner.text()
    assert not wizard.plan_page.isComplete()
    assert "105" not in {r.number for r in list_station_rows(db, world.mission_id)}
    assert wizard.button(QWizard.WizardButton.CancelButton).isEnabled()

    wizard.check_again()
    qtbot.waitUntil(lambda: wizard.plan is not None and not wizard.busy, timeout=20000)
    wizard.next()
    qtbot.waitUntil(lambda: wizard.result is not None, timeout=20000)
    stored = {r.number: r for r in list_station_rows(db, world.mission_id)}
    assert stored["101"].registered_voters == 2100 and "105" in stored
