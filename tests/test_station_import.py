"""Importing polling stations from a workbook: a plan with per-row errors, then an all-or-nothing
commit that refuses stale plans."""

from __future__ import annotations

from datetime import time
from pathlib import Path

import pytest
from openpyxl import Workbook
from sqlalchemy import select

from itinerary_world import World, build_world  # noqa: E402
from observer_desk.core.db import Database
from observer_desk.core.errors import StaleEditError, ValidationError
from observer_desk.core.models import AuditEntry, PollingStation
from observer_desk.core.services.roster_import import RowAction
from observer_desk.core.services.station_import import (
    commit_station_import,
    parse_time_of_day,
    plan_station_import,
)
from observer_desk.documents.nominations_reader import WorkbookError


@pytest.fixture
def world(db: Database) -> World:
    return build_world(db)


def workbook(path: Path, rows: list[list[object]], *, headers: list[str] | None = None,
             title_rows: int = 2) -> Path:
    book = Workbook()
    sheet = book.active
    sheet.title = "Участки"
    for n in range(title_rows):
        sheet.append([f"Список избирательных участков, лист {n + 1}"])
    sheet.append(headers or ["№ п/п", "Номер участка", "Административная единица", "Помещение",
                             "Адрес", "Число избирателей", "Открытие", "Закрытие", "Широта",
                             "Долгота", "Примечание"])
    for row in rows:
        sheet.append(row)
    book.save(path)
    return path


def stations(db: Database, mission_id: int) -> dict[str, PollingStation]:
    with db.reading() as session:
        return {s.number: s for s in session.scalars(select(PollingStation).where(
            PollingStation.mission_id == mission_id))}


def test_plan_then_commit_adds_and_updates(db: Database, world: World, tmp_path: Path) -> None:
    path = workbook(tmp_path / "stations.xlsx", [
        [1, 103, "yesil", "School No. 3", "3 Turan Avenue, Astana", "2 431", time(7), time(20),
         51.12, 71.41, "ramp"],
        [2, "104", "Almaty District", "Gymnasium No. 4", "4 Abai Avenue", 1900, "7:00", "20.00",
         None, None, None],
        [3, "101", None, None, None, 2100, None, None, None, None, None],  # an update
        [4, "102", "almaty-d", "School No. 2", None, 1800, None, None, None, None, None],
        [5, "502", "Актюбинская область", "School No. 9", "9 Main Street, Aktobe", None,
         0.2916666666666667, "8 pm", "50,28", "57,17", None],
    ])
    plan = plan_station_import(db, world.mission_id, path)
    assert not plan.has_errors, [str(p) for p in plan.problems]
    assert [(r.row, r.action, r.number, r.unit) for r in plan.rows] == [
        (4, RowAction.ADD, "103", "Yesil District"),
        (5, RowAction.ADD, "104", "Almaty District"),
        (6, RowAction.UPDATE, "101", "Yesil District"),
        (7, RowAction.UNCHANGED, "102", "Almaty District"),
        (8, RowAction.ADD, "502", "Aktobe Region"),
    ]
    assert [str(c) for c in plan.rows[2].changes] == ["Registered voters: 2000 -> 2100"]
    assert plan.unknown_columns == ("sheet Участки, column K (Примечание)",)
    assert plan.summary() == "5 rows: 3 to add, 1 to update, 1 unchanged, 0 with errors"

    result = commit_station_import(db, plan)
    assert result.summary() == "3 added, 1 updated, 1 unchanged"
    found = stations(db, world.mission_id)
    assert found["103"].registered_voters == 2431 and found["103"].latitude == 51.12
    assert (found["502"].opens_at, found["502"].closes_at) == (time(7), time(20))
    assert (found["502"].latitude, found["502"].longitude) == (50.28, 57.17)
    assert found["101"].registered_voters == 2100 and found["101"].version == 2
    assert found["101"].address == "1 Turan Avenue, Astana"  # an empty cell clears nothing
    with db.reading() as session:
        audit = session.scalar(select(AuditEntry).where(AuditEntry.table_name == "polling_station"))
        assert audit.summary == "imported stations.xlsx: 3 added, 1 updated"


def test_rows_with_errors_name_sheet_row_and_column_and_nothing_is_written(
        db: Database, world: World, tmp_path: Path) -> None:
    path = workbook(tmp_path / "bad.xlsx", [
        [1, "201", "Nowhere", "School", "Street 1", 100, None, None, None, None, None],
        [2, "202", None, "School", "Street 2", "many", None, None, None, None, None],
        [3, "203", "yesil", "School", "Street 3", 100, "20:00", "07:00", 95, None, None],
        [4, "203", "yesil", "School", "Street 3", 100, None, None, None, None, None],
        [5, "204", "yesil", "School", "Street 4", 100, "noon", None, None, None, None],
        [6, "205", "yesil", "School", "Street 5", 100, None, None, None, None, None],
    ])
    plan = plan_station_import(db, world.mission_id, path)
    assert plan.has_errors
    assert [str(p) for p in plan.problems] == [
        'sheet Участки, row 4, column C (Административная единица): "Nowhere" is not a unit of '
        "this mission; write its code or its name (add the unit first if it is missing)",
        'sheet Участки, row 5, column F (Число избирателей): "many" is not a number of voters '
        "(write digits only, e.g. 2318)",
        "sheet Участки, row 5, column C (Административная единица): is empty; a new station needs "
        "its unit (code or name)",
        "sheet Участки, row 6, column I (Широта): 95.0 is not between -90 and 90",
        "sheet Участки, row 6, column H (Закрытие): closing at 07:00 is not after opening at 20:00",
        "sheet Участки, row 7, column B (Номер участка): station 203 is also on row 6; keep one "
        "of the two rows",
        'sheet Участки, row 8, column G (Открытие): "noon" is not a time of day; write it as '
        "07:00 or 20:00",
    ]
    assert plan.rows[-1].action is RowAction.ADD
    with pytest.raises(ValidationError) as caught:
        commit_station_import(db, plan)
    assert "bad.xlsx: sheet Участки, row 4" in str(caught.value)
    assert set(stations(db, world.mission_id)) == {"101", "102", "501"}


def test_a_plan_gone_stale_is_refused_whole(db: Database, world: World, tmp_path: Path) -> None:
    path = workbook(tmp_path / "stations.xlsx", [
        [1, "101", None, "Renamed school", None, None, None, None, None, None, None],
        [2, "301", "yesil", "New school", "Street", 500, None, None, None, None, None],
    ])
    plan = plan_station_import(db, world.mission_id, path)
    assert [r.action for r in plan.rows] == [RowAction.UPDATE, RowAction.ADD]
    with db.transaction() as session:  # someone edits station 101 meanwhile
        station = session.scalar(select(PollingStation).where(PollingStation.number == "101"))
        station.registered_voters = 2222
    with pytest.raises(StaleEditError, match="station 101 .* changed since the import was planned"):
        commit_station_import(db, plan)
    found = stations(db, world.mission_id)
    assert "301" not in found and found["101"].name == "School No. 1"
    # Planned again, it goes through.
    commit_station_import(db, plan_station_import(db, world.mission_id, path))
    assert stations(db, world.mission_id)["101"].name == "Renamed school"


def test_english_headers_and_a_header_row_further_down(db: Database, world: World,
                                                       tmp_path: Path) -> None:
    path = workbook(tmp_path / "en.xlsx", [["7", "yesil", "Library", "Opens at 8", 900, "08:00"]],
                    headers=["Polling station", "District", "Premises", "Address",
                             "Registered voters", "Opening time"], title_rows=5)
    plan = plan_station_import(db, world.mission_id, path)
    assert [(r.row, r.action, r.number) for r in plan.rows] == [(7, RowAction.ADD, "7")]
    commit_station_import(db, plan)
    assert stations(db, world.mission_id)["7"].opens_at == time(8)


def test_files_that_are_not_station_lists_are_refused(db: Database, world: World,
                                                      tmp_path: Path) -> None:
    text = tmp_path / "stations.xlsx"
    text.write_text("number;unit\n1;yesil\n")
    with pytest.raises(WorkbookError, match="not an Excel workbook"):
        plan_station_import(db, world.mission_id, text)
    other = workbook(tmp_path / "other.xlsx", [["x", "y"]], headers=["Family name", "Given names"])
    with pytest.raises(WorkbookError, match="no header row that names the station number"):
        plan_station_import(db, world.mission_id, other)


@pytest.mark.parametrize(("value", "expected"), [
    ("07:00", time(7)), ("7.30", time(7, 30)), ("8 pm", time(20)), (0.5, time(12)),
    (time(6, 45, 12), time(6, 45)),
])
def test_times_of_day_are_read_as_people_write_them(value: object, expected: time) -> None:
    assert parse_time_of_day(value) == expected
