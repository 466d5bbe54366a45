"""The mission overview: key facts and per-area counts, computed without loading rows."""

from __future__ import annotations

from datetime import date, datetime, timezone

import pytest
from sqlalchemy import event

from observer_desk.core.db import Database
from observer_desk.core.errors import NotFoundError
from observer_desk.core.models import (
    AccreditationStatus,
    AdminUnit,
    BodyKind,
    BodyType,
    Checklist,
    ElectionType,
    Event,
    EventKind,
    MissionRole,
    Observer,
    Phase,
    PollingStation,
    Statement,
    StatementKind,
    Team,
    UnitKind,
    VisitReport,
)
from observer_desk.core.services.missions import (
    MissionData,
    SendingBodyData,
    create_mission,
    save_sending_bodies,
    set_head_of_mission,
)
from observer_desk.core.services.overview import mission_overview, mission_people


def _mission(db: Database, code: str = "TEST-1") -> int:
    mission = create_mission(db, MissionData(
        code=code, title="Test mission to Examplestan", organisation="Example Organisation",
        host_country="KZ", election_type=ElectionType.PARLIAMENTARY, election_date=date(2024, 3, 10),
        period_start=date(2024, 3, 7), period_end=date(2024, 3, 11), time_zone="Asia/Almaty",
        working_languages="en,ru", cec_name="Central Election Commission"))
    return mission.id


def _populate(db: Database, mission_id: int) -> None:
    bodies = save_sending_bodies(db, mission_id, [
        SendingBodyData(code="CN", name_en="China", country_code="CN", quota=3),
        SendingBodyData(code="RU", name_en="Russia", country_code="RU", quota=2, name_ru="Россия"),
        SendingBodyData(code="SEC", name_en="Secretariat", kind=BodyKind.ORGANISATION,
                        body_type=BodyType.SECRETARIAT),
    ])
    cn, ru, sec = (b.body.id for b in bodies)
    statuses = [
        (cn, AccreditationStatus.ACCREDITED), (cn, AccreditationStatus.ACCREDITED),
        (cn, AccreditationStatus.NOMINATED), (ru, AccreditationStatus.SUBMITTED),
        (ru, AccreditationStatus.WITHDRAWN), (sec, AccreditationStatus.BADGE_ISSUED),
    ]
    start = datetime(2024, 3, 10, 2, 0, tzinfo=timezone.utc)
    with db.transaction() as session:
        for n, (body_id, status) in enumerate(statuses, start=1):
            session.add(Observer(mission_id=mission_id, code=f"OBS-{n:02}", family_name=f"Family{n}",
                                 given_names="Given", sending_body_id=body_id, accreditation_status=status,
                                 native_name="张伟" if body_id == cn else ""))
        unit = AdminUnit(mission_id=mission_id, code="AST", kind=UnitKind.CITY, name_en="Astana",
                         time_zone="Asia/Almaty")
        session.add(unit)
        session.flush()
        stations = [PollingStation(mission_id=mission_id, unit_id=unit.id, number=str(100 + i))
                    for i in range(4)]
        session.add_all(stations)
        session.add_all([Team(mission_id=mission_id, name="Team 1"), Team(mission_id=mission_id, name="Team 2")])
        session.add_all([Event(mission_id=mission_id, kind=EventKind.MEETING, title=f"Meeting {i}",
                               starts_at=start, ends_at=start, time_zone="Asia/Almaty") for i in range(3)])
        checklist = Checklist(mission_id=mission_id, form_id="eday", form_version="1")
        session.add(checklist)
        session.flush()
        session.add(VisitReport(mission_id=mission_id, checklist_id=checklist.id, phase=Phase.VOTING,
                                polling_station_id=stations[0].id))
        session.add(Statement(mission_id=mission_id, kind=StatementKind.PRELIMINARY, language="en",
                              title="Preliminary statement"))


def test_empty_mission_has_zero_counts_and_its_facts(db: Database) -> None:
    mission_id = _mission(db)
    overview = mission_overview(db, mission_id)
    assert overview.code == "TEST-1"
    assert overview.election_type is ElectionType.PARLIAMENTARY
    assert overview.working_languages == ("en", "ru")
    assert overview.cec_name == "Central Election Commission"
    assert overview.observers == 0
    assert set(overview.observers_by_status) == set(AccreditationStatus)
    assert (overview.sending_bodies, overview.polling_stations, overview.teams, overview.events,
            overview.visit_reports, overview.statements) == (0, 0, 0, 0, 0, 0)
    assert overview.quota_total is None
    assert overview.head_of_mission is None


def test_counts_per_area_and_status(db: Database) -> None:
    mission_id = _mission(db)
    _populate(db, mission_id)
    overview = mission_overview(db, mission_id)
    assert overview.observers == 6
    assert overview.observers_by_status[AccreditationStatus.ACCREDITED] == 2
    assert overview.observers_by_status[AccreditationStatus.WITHDRAWN] == 1
    assert overview.observers_by_status[AccreditationStatus.REJECTED] == 0
    assert overview.active_observers == 5
    assert overview.accredited_observers == 3
    assert overview.sending_bodies == 3
    assert overview.quota_total == 5
    assert overview.polling_stations == 4
    assert overview.teams == 2
    assert overview.events == 3
    assert overview.visit_reports == 1
    assert overview.statements == 1


def test_counts_belong_to_one_mission(db: Database) -> None:
    first = _mission(db, "FIRST")
    second = _mission(db, "SECOND")
    _populate(db, first)
    overview = mission_overview(db, second)
    assert overview.observers == 0 and overview.sending_bodies == 0 and overview.events == 0


def test_head_of_mission_and_people_in_roster_order(db: Database) -> None:
    mission_id = _mission(db)
    _populate(db, mission_id)
    people = mission_people(db, mission_id)
    assert [p.code for p in people] == ["OBS-01", "OBS-02", "OBS-03", "OBS-04", "OBS-05", "OBS-06"]
    assert people[0].sending_body == "China"
    assert people[0].full_name == "FAMILY1 Given"
    assert "张伟" in people[0].label
    set_head_of_mission(db, mission_id, people[5].id)
    head = mission_overview(db, mission_id).head_of_mission
    assert head is not None and head.code == "OBS-06" and head.role is MissionRole.HEAD


def test_overview_uses_a_few_queries(db: Database) -> None:
    mission_id = _mission(db)
    _populate(db, mission_id)
    statements: list[str] = []

    def record(conn, cursor, statement, parameters, context, executemany):  # noqa: ANN001
        if statement.lstrip().upper().startswith("SELECT"):
            statements.append(statement)

    event.listen(db.engine, "before_cursor_execute", record)
    try:
        mission_overview(db, mission_id)
    finally:
        event.remove(db.engine, "before_cursor_execute", record)
    assert len(statements) <= 4


def test_unknown_mission_is_reported(db: Database) -> None:
    with pytest.raises(NotFoundError):
        mission_overview(db, 999)
