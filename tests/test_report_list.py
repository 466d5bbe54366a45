"""The reports list service: ids by filter and order, and the columns of a page of them."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest
from findings_fixtures import small_mission
from sqlalchemy import select

from observer_desk.core.db import Database
from observer_desk.core.models import Incident, Phase, Severity, VisitReport
from observer_desk.core.services.report_list import (
    NO_REGION,
    NO_TEAM,
    Flag,
    ReportFilter,
    SortKey,
    filter_options,
    report_ids,
    report_rows,
)
from observer_desk.core.services.reports import ReportRecord, add_reports

ALMATY = ZoneInfo("Asia/Almaty")


def at(hour: int, minute: int = 0) -> datetime:
    return datetime(2022, 11, 20, hour, minute, tzinfo=ALMATY)


@pytest.fixture
def mission(db: Database) -> tuple[Database, int, dict[str, int]]:
    """Five reports: by station, team, phase and time, one flagged, one negative, one with an
    incident."""
    mission_id, checklist_id = small_mission(db)
    add_reports(db, mission_id, checklist_id, [
        ReportRecord("101", "Team 1", Phase.OPENING, at(7), at(7, 40), {"signposted": "yes"}, "a"),
        ReportRecord("102", "Team 1", Phase.VOTING, at(10), at(10, 30), {"signposted": "no"}, "b"),
        ReportRecord("201", "Team 2", Phase.VOTING, at(9), at(9, 30),
                     {"voting_rating": "very_bad"}, "c"),
        ReportRecord(None, None, Phase.VOTING, None, None, {"signposted": "yes"}, "d",
                     flagged=True, flag_reason="no polling station given"),
        ReportRecord("102", "Team 2", Phase.COUNT, at(20), at(22), {"count_rating": "good"}, "e"),
    ])
    with db.transaction() as session:
        reports = {r.instance_id: r.id for r in session.scalars(select(VisitReport))}
        session.add(Incident(mission_id=mission_id, report_id=reports["e"], category="Count",
                             severity=Severity.SERIOUS))
    return db, mission_id, reports


def names(db: Database, mission_id: int, ids: list[int]) -> list[str]:
    by_id = {}
    with db.reading() as session:
        by_id = dict(session.execute(select(VisitReport.id, VisitReport.instance_id)).all())
    return [by_id[i] for i in ids]


def test_filters(mission) -> None:
    db, mission_id, reports = mission
    options = filter_options(db, mission_id)
    regions = dict((name, unit_id) for unit_id, name in options.regions)
    teams = dict((name, team_id) for team_id, name in options.teams)
    assert list(regions) == ["Aktobe Region", "Astana"] and options.total == 5

    def found(**where) -> set[str]:
        return set(names(db, mission_id, report_ids(db, mission_id, ReportFilter(**where))))

    assert found() == {"a", "b", "c", "d", "e"}
    assert found(phase=Phase.VOTING) == {"b", "c", "d"}
    assert found(region_id=regions["Astana"]) == {"a", "b", "e"}  # the districts' stations too
    assert found(region_id=regions["Aktobe Region"]) == {"c"}
    assert found(region_id=NO_REGION) == {"d"}
    assert found(team_id=teams["Team 2"]) == {"c", "e"}
    assert found(team_id=NO_TEAM) == {"d"}
    assert found(flag=Flag.FLAGGED) == {"d"}
    assert found(flag=Flag.NEGATIVE) == {"b", "c"}  # signposted 'no', a 'very bad' rating
    assert found(flag=Flag.INCIDENTS) == {"e"}
    assert found(flag=Flag.CLEAN) == {"a"}
    assert found(station="10") == {"a", "b", "e"}
    assert found(phase=Phase.VOTING, team_id=teams["Team 1"]) == {"b"}


def test_orders(mission) -> None:
    db, mission_id, _ = mission

    def ordered(key: SortKey, descending: bool = False) -> list[str]:
        return names(db, mission_id, report_ids(db, mission_id, order=key, descending=descending))

    arrived = ordered(SortKey.ARRIVED)
    assert arrived.index("a") < arrived.index("c") < arrived.index("b") < arrived.index("e")
    assert ordered(SortKey.PHASE)[0] == "a" and ordered(SortKey.PHASE)[-1] == "e"
    station = ordered(SortKey.STATION)
    assert station.index("a") < station.index("b") < station.index("c")
    assert ordered(SortKey.STATION, descending=True)[0] in ("c", "d")


def test_rows_of_a_page_in_the_order_asked(mission) -> None:
    db, mission_id, reports = mission
    wanted = [reports["e"], reports["d"], reports["c"], 999_999]
    rows = report_rows(db, mission_id, wanted)
    assert [r.id for r in rows] == wanted[:3]  # an id no longer there is left out
    e, d, c = rows
    assert (e.station_number, e.station_name, e.region_name, e.team_name, e.phase) == (
        "102", "School 2", "Astana", "Team 2", Phase.COUNT)
    assert e.incidents == 1 and e.negative_answers == 0
    assert d.flagged and d.flag_reason == "no polling station given" and d.station_number == ""
    assert c.time_zone == "Asia/Aqtobe" and c.negative_answers == 1
    assert c.region_name == "Aktobe Region"
    assert report_rows(db, mission_id, [reports["a"]], "ru")[0].region_name == "Астана"
