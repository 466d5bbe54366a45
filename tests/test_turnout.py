"""The mission's turnout readings against the CEC's figures, entered and from a workbook."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from findings_fixtures import small_mission
from openpyxl import Workbook
from sqlalchemy import select

from observer_desk.core.db import Database
from observer_desk.core.errors import ValidationError
from observer_desk.core.models import CecTurnout, PollingStation, TurnoutReading
from observer_desk.core.services.turnout import (
    CecFigure,
    curve_at,
    import_cec_workbook,
    list_cec_figures,
    save_cec_figures,
    turnout_comparison,
)

ALMATY = ZoneInfo("Asia/Almaty")
AQTOBE = ZoneInfo("Asia/Aqtobe")


def at(hour: int, minute: int = 0, zone: ZoneInfo = ALMATY) -> datetime:
    return datetime(2022, 11, 20, hour, minute, tzinfo=zone)


def test_the_curve_runs_from_opening_through_each_figure() -> None:
    points = [(at(10), 20.0), (at(12), 40.0)]
    assert curve_at(points, at(7), at(7)) == 0.0
    assert curve_at(points, at(7), at(8, 30)) == pytest.approx(10.0)
    assert curve_at(points, at(7), at(11)) == pytest.approx(30.0)
    assert curve_at(points, at(7), at(12)) == pytest.approx(40.0)
    assert curve_at(points, at(7), at(19)) == pytest.approx(40.0)


def _reading(db: Database, mission_id: int, number: str, moment: datetime, registered: int,
             issued: int) -> None:
    with db.transaction() as session:
        station = session.scalar(select(PollingStation).where(
            PollingStation.mission_id == mission_id, PollingStation.number == number))
        session.add(TurnoutReading(mission_id=mission_id, polling_station_id=station.id,
                                   at=moment, registered_voters=registered,
                                   ballots_issued=issued))


def test_readings_compare_with_the_curve_at_their_own_time(db: Database) -> None:
    mission_id, _ = small_mission(db)
    assert save_cec_figures(db, mission_id, [
        CecFigure("astana", at(10), 20.0, source="CEC"),
        CecFigure("astana", at(12), 40.0, source="CEC"),
        CecFigure(None, at(10), 25.0), CecFigure(None, at(12), 45.0),
    ]) == 4
    # 11:00: the Astana curve stands at 30 %; the two stations together counted 33 %
    _reading(db, mission_id, "101", at(11), 1000, 310)
    _reading(db, mission_id, "102", at(11), 1000, 350)
    # Aktobe has no regional curve: only the country's, read at 09:30 Astana time
    _reading(db, mission_id, "201", at(8, 30, AQTOBE), 800, 100)
    comparison = turnout_comparison(db, mission_id)
    rows = {(r.series, r.at): r for r in comparison.rows}
    astana = rows[("astana", at(10).astimezone(UTC))]  # 11:00 is as near 10 as 12
    assert (astana.readings, astana.stations) == (2, 2)
    assert astana.mission_percent == 33.0 and astana.cec_at_readings_percent == 30.0
    assert astana.difference_pp == 3.0 and astana.cec_percent == 20.0
    national = comparison.overall(None)
    # country curve: 35 % at 11:00 Almaty time (both Astana readings); the Aktobe station opened
    # at 07:00 its time (08:00 in Almaty), so at 09:30 Almaty time the curve stood at 3/4 of 25 %
    expected_cec = (35.0 * 2000 + 18.75 * 800) / 2800
    assert national.readings == 3
    assert national.cec_at_readings_percent == round(expected_cec, 2)
    assert national.mission_percent == round(760 / 2800 * 100, 2)
    assert comparison.overall("aktobe") is None and comparison.readings_without_curve == 0

    # entering a figure again replaces it
    save_cec_figures(db, mission_id, [CecFigure("astana", at(12), 42.0)])
    stored = {(f.unit_code, f.at): f.turnout_percent for f in list_cec_figures(db, mission_id)}
    assert stored[("astana", at(12).astimezone(UTC))] == 42.0 and len(stored) == 4


def test_wrong_figures_are_refused_whole(db: Database) -> None:
    mission_id, _ = small_mission(db)
    with pytest.raises(ValidationError) as refused:
        save_cec_figures(db, mission_id, [
            CecFigure("astana", at(10), 20.0),
            CecFigure("nowhere", at(10), 20.0),
            CecFigure(None, at(12), 120.0),
            CecFigure(None, at(14), 50.0, voters=600, registered_voters=500),
        ])
    messages = [f"{p.where}: {p.field}: {p.message}" for p in refused.value.problems]
    assert messages == [
        "record 2: region: no unit 'nowhere' in this mission",
        "record 3: turnout: 120.0 is not a percentage between 0 and 100",
        "record 4: voters: 600 voters exceed the 500 registered",
    ]
    with db.reading() as session:
        assert session.scalars(select(CecTurnout)).all() == []


def test_figures_imported_from_a_workbook(db: Database, tmp_path: Path) -> None:
    mission_id, _ = small_mission(db)
    workbook = Workbook()
    sheet = workbook.active
    sheet.append(["Turnout published by the CEC"])
    sheet.append(["Регион", "Дата", "Время", "Явка, %", "Проголосовало", "Избирателей"])
    sheet.append(["Astana", "20.11.2022", "10:00", 11.42, 92_800, 812_604])
    sheet.append(["", datetime(2022, 11, 20), "12:00", 0.3375, None, None])
    sheet["D4"].number_format = "0.00%"
    sheet.append(["Актюбинская область", "20.11.2022", "10:00", 15.0, None, None])
    path = tmp_path / "cec.xlsx"
    workbook.save(path)
    assert import_cec_workbook(db, mission_id, path) == 3
    figures = {(f.unit_code, f.at): f for f in list_cec_figures(db, mission_id)}
    astana = figures[("astana", at(10).astimezone(UTC))]
    assert astana.turnout_percent == 11.42 and astana.voters == 92_800
    assert figures[(None, at(12).astimezone(UTC))].turnout_percent == pytest.approx(33.75)
    # Aktobe's figure is in Aktobe's own time, an hour behind Astana
    assert (("aktobe", at(10, zone=AQTOBE).astimezone(UTC)) in figures)
    assert at(10, zone=AQTOBE) - at(10) == timedelta(hours=1)

    sheet.append(["Atlantis", "20.11.2022", "14:00", 50, None, None])
    workbook.save(path)
    with pytest.raises(ValidationError) as refused:
        import_cec_workbook(db, mission_id, path)
    assert [p.where for p in refused.value.problems] == ["sheet Sheet, row 6, column A"]
