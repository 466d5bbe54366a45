"""A small mission for the findings tests: two regions in two time zones, three stations, two
teams and the default checklist; and writers of the files the importers read."""

from __future__ import annotations

import csv
from collections.abc import Sequence
from datetime import date
from pathlib import Path

from openpyxl import Workbook

from observer_desk.core.db import Database
from observer_desk.core.models import ElectionType, UnitKind
from observer_desk.core.services.checklists import add_default_checklist
from observer_desk.core.services.itinerary import TeamRecord, add_teams
from observer_desk.core.services.missions import MissionData, create_mission
from observer_desk.core.services.places import (
    StationRecord,
    UnitRecord,
    add_admin_units,
    add_polling_stations,
)

STATIONS = {"101": 1000, "102": 1200, "201": 800}


def small_mission(db: Database, code: str = "TEST-KZ") -> tuple[int, int]:
    """(mission id, checklist id)."""
    mission_id = create_mission(db, MissionData(
        code=code, title="Test mission", organisation="Test organisation", host_country="KZ",
        election_type=ElectionType.PRESIDENTIAL, election_date=date(2022, 11, 20),
        period_start=date(2022, 11, 17), period_end=date(2022, 11, 21),
        time_zone="Asia/Almaty")).id
    add_admin_units(db, mission_id, [
        UnitRecord("astana", UnitKind.CITY, "Astana", "Астана", "阿斯塔纳", "Asia/Almaty"),
        UnitRecord("astana-yesil", UnitKind.DISTRICT, "Yesil District", "район Есиль", "叶西尔区",
                   "Asia/Almaty", parent_code="astana"),
        UnitRecord("aktobe", UnitKind.REGION, "Aktobe Region", "Актюбинская область", "阿克托别州",
                   "Asia/Aqtobe"),
    ])
    add_polling_stations(db, mission_id, [
        StationRecord("101", "astana-yesil", "School 1", registered_voters=STATIONS["101"]),
        StationRecord("102", "astana-yesil", "School 2", registered_voters=STATIONS["102"]),
        StationRecord("201", "aktobe", "School 3", registered_voters=STATIONS["201"]),
    ])
    add_teams(db, mission_id, [TeamRecord("Team 1"), TeamRecord("Team 2")])
    checklist_id = add_default_checklist(db, mission_id)
    return mission_id, checklist_id


def write_csv(path: Path, headers: Sequence[str], rows: Sequence[Sequence[object]], *,
              delimiter: str = ",", encoding: str = "utf-8") -> Path:
    with path.open("w", encoding=encoding, newline="") as handle:
        writer = csv.writer(handle, delimiter=delimiter)
        writer.writerow(headers)
        writer.writerows(rows)
    return path


def write_xlsx(path: Path, sheets: dict[str, Sequence[Sequence[object]]]) -> Path:
    workbook = Workbook()
    workbook.remove(workbook.active)
    for title, rows in sheets.items():
        sheet = workbook.create_sheet(title)
        for row in rows:
            sheet.append(list(row))
    workbook.save(path)
    return path
