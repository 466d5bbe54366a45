"""The bulk services: observers, places, itinerary and reports go in whole or not at all."""

from __future__ import annotations

import io
from datetime import date, datetime, time, timedelta, timezone
from zoneinfo import ZoneInfo

import pytest
from PIL import Image
from sqlalchemy import func, select

from observer_desk.core.errors import NotFoundError, ValidationError
from observer_desk.core.models import (
    AccreditationEvent,
    AccreditationStatus,
    AdminUnit,
    Answer,
    AnswerType,
    AuditAction,
    Checklist,
    Choice,
    ChoiceList,
    ElectionType,
    Event,
    EventKind,
    EventParticipant,
    MissionRole,
    Observer,
    ObserverPhoto,
    Phase,
    PollingStation,
    Question,
    SendingBody,
    Sex,
    Team,
    TeamMember,
    UnitKind,
    VisitReport,
)
from observer_desk.core.services.bulk import CHUNK, Cancelled
from observer_desk.core.services.itinerary import (
    EventRecord,
    TeamRecord,
    add_events,
    add_teams,
)
from observer_desk.core.services.missions import (
    MissionData,
    SendingBodyData,
    create_mission,
    save_sending_bodies,
)
from observer_desk.core.services.observers import ObserverRecord, add_observers
from observer_desk.core.services.places import (
    StationRecord,
    UnitRecord,
    add_admin_units,
    add_polling_stations,
)
from observer_desk.core.services.reports import ReportRecord, add_reports

ALMATY = ZoneInfo("Asia/Almaty")
AQTOBE = ZoneInfo("Asia/Aqtobe")


def count(db, model, **where) -> int:
    query = select(func.count()).select_from(model)
    for name, value in where.items():
        query = query.where(getattr(model, name) == value)
    with db.reading() as session:
        return session.scalar(query)


def jpeg(width: int = 40, height: int = 52, colour: str = "navy", kind: str = "JPEG") -> bytes:
    buffer = io.BytesIO()
    Image.new("RGB", (width, height), colour).save(buffer, kind)
    return buffer.getvalue()


def new_mission(db, code: str = "TEST-KZ-2022") -> int:
    mission_id = create_mission(db, MissionData(
        code=code, title="Test mission", organisation="Org", host_country="KZ",
        election_type=ElectionType.EARLY_PRESIDENTIAL, election_date=date(2022, 11, 20),
        period_start=date(2022, 11, 17), period_end=date(2022, 11, 21),
        time_zone="Asia/Almaty")).id
    save_sending_bodies(db, mission_id, [
        SendingBodyData(code="CN", name_en="China", country_code="CN"),
        SendingBodyData(code="RU", name_en="Russia", country_code="RU"),
    ])
    return mission_id


@pytest.fixture
def mission_id(db) -> int:
    return new_mission(db)


def observer(code: str, **values) -> ObserverRecord:
    return ObserverRecord(code=code, family_name=values.pop("family_name", "Testova"),
                          sending_body_code=values.pop("sending_body_code", "RU"), **values)


def problem_text(info: pytest.ExceptionInfo[ValidationError]) -> list[str]:
    return [str(problem) for problem in info.value.problems]


# --- observers ------------------------------------------------------------------------------

def test_observers_are_added_with_photo_and_first_history_step(db, mission_id) -> None:
    photo = jpeg(413, 531)
    records = [
        observer("OBS-1", family_name="Wang", given_names="Ming", native_name="王明", sex=Sex.MALE,
                 sending_body_code="cn", citizenship="cn", mission_role=MissionRole.HEAD,
                 arrival_at=datetime(2022, 11, 17, 13, 40, tzinfo=ALMATY),
                 departure_at=datetime(2022, 11, 21, 9, 0, tzinfo=ALMATY),
                 photo=photo, status=AccreditationStatus.ACCREDITED),
        observer("OBS-2", family_name="Orlova", native_name="Орлова Анна", sex="F"),
    ]
    assert add_observers(db, mission_id, records) == 2

    with db.reading() as session:
        head, second = session.scalars(select(Observer).order_by(Observer.code)).all()
        photos = session.scalars(select(ObserverPhoto)).all()
        history = session.scalars(select(AccreditationEvent).order_by(AccreditationEvent.id)).all()
        bodies = dict(session.execute(select(SendingBody.id, SendingBody.code)).all())
    assert head.native_name == "王明"
    assert (bodies[head.sending_body_id], bodies[second.sending_body_id]) == ("CN", "RU")
    assert head.mission_role is MissionRole.HEAD
    assert head.citizenship == "CN"
    assert head.arrival_at == datetime(2022, 11, 17, 7, 40, tzinfo=timezone.utc)
    assert head.accreditation_status is AccreditationStatus.ACCREDITED
    assert (second.sex, second.accreditation_status) == (Sex.FEMALE, AccreditationStatus.NOMINATED)
    assert head.version == 1
    [stored] = photos
    assert (stored.observer_id, stored.width, stored.height, stored.image) == (head.id, 413, 531, photo)
    assert [(e.observer_id, e.from_status, e.to_status, e.user) for e in history] == [
        (head.id, None, AccreditationStatus.ACCREDITED, "test-user"),
        (second.id, None, AccreditationStatus.NOMINATED, "test-user"),
    ]


def test_observer_refusals_name_the_record_and_write_nothing(db, mission_id) -> None:
    add_observers(db, mission_id, [observer("OBS-1")])
    records = [
        observer("OBS-2"),
        observer("obs-1"),  # taken by the mission already (codes ignore case)
        observer("OBS-2"),  # twice in this batch
        observer("OBS-4", sending_body_code="XX"),
        observer("OBS-5", photo=jpeg(kind="PNG")),
        observer("OBS-6", arrival_at=datetime(2022, 11, 17, 10, 0)),
        observer("OBS-7", arrival_at=datetime(2022, 11, 18, 10, 0, tzinfo=ALMATY),
                 departure_at=datetime(2022, 11, 17, 10, 0, tzinfo=ALMATY)),
        observer("OBS-8", family_name=" ", sex="Q", email="nobody"),
        observer("OBS-9", photo=b"not an image"),
    ]
    with pytest.raises(ValidationError) as info:
        add_observers(db, mission_id, records)
    text = problem_text(info)
    assert "record 2: code: 'obs-1' is already used by an observer of this mission" in text
    assert "record 3: code: 'OBS-2' is given twice (also record 1)" in text
    assert any(t.startswith("record 4: sending body: no sending body with code 'XX'") for t in text)
    assert any(t.startswith("record 5: photo: is a PNG image") for t in text)
    assert any(t.startswith("record 6: arrival time: has no time zone") for t in text)
    assert "record 7: departure time: is before the arrival" in text
    assert {p.field for p in info.value.problems if p.where == "record 8"} == {"family_name", "sex", "email"}
    assert "record 9: photo: is not an image the program can read" in text
    assert count(db, Observer) == 1
    assert count(db, AccreditationEvent) == 1


def test_a_second_head_is_refused(db, mission_id) -> None:
    add_observers(db, mission_id, [observer("HEAD", mission_role=MissionRole.HEAD)])
    with pytest.raises(ValidationError, match="has a head already"):
        add_observers(db, mission_id, [observer("NEW", mission_role=MissionRole.HEAD)])
    other = new_mission(db, "OTHER")
    with pytest.raises(ValidationError, match=r"record 2: role in the mission: a mission has one head"):
        add_observers(db, other, [observer("A", mission_role="head"),
                                  observer("B", mission_role="head")])
    assert count(db, Observer) == 1


def test_unknown_mission_is_reported(db) -> None:
    with pytest.raises(NotFoundError):
        add_observers(db, 999, [observer("A")])


def test_cancelling_observers_midway_writes_nothing(db, mission_id) -> None:
    calls: list[tuple[int, int]] = []

    def progress(done: int, total: int) -> bool:
        calls.append((done, total))
        return done == 0  # go on at the start, stop after the first chunk is written

    records = [observer(f"OBS-{n}", photo=jpeg()) for n in range(CHUNK + 10)]
    with pytest.raises(Cancelled, match="nothing was saved"):
        add_observers(db, mission_id, records, progress=progress)
    assert calls == [(0, CHUNK + 10), (CHUNK, CHUNK + 10)]
    assert count(db, Observer) == count(db, ObserverPhoto) == count(db, AccreditationEvent) == 0


def test_a_progress_callback_that_returns_nothing_does_not_cancel(db, mission_id) -> None:
    seen: list[int] = []
    assert add_observers(db, mission_id, [observer("A"), observer("B")],
                         progress=lambda done, total: seen.append(done)) == 2
    assert seen == [0, 2]
    assert count(db, Observer) == 2


# --- places ---------------------------------------------------------------------------------

def test_units_go_in_parents_first_whatever_the_order(db, mission_id) -> None:
    units = [
        UnitRecord("AKT-01", UnitKind.DISTRICT, "Aktobe district 1", time_zone="Asia/Aqtobe",
                   parent_code="AKT"),
        UnitRecord("AKT", UnitKind.REGION, "Aktobe Region", "Актюбинская область", "阿克托别州",
                   time_zone="Asia/Aqtobe"),
        UnitRecord("AKT-01-A", "other", "Village A", time_zone="Asia/Aqtobe", parent_code="akt-01"),
    ]
    assert add_admin_units(db, mission_id, units) == 3
    add_admin_units(db, mission_id, [UnitRecord("AKT-02", UnitKind.DISTRICT, "Aktobe district 2",
                                                time_zone="Asia/Aqtobe", parent_code="AKT")])
    with db.reading() as session:
        by_code = {u.code: u for u in session.scalars(select(AdminUnit))}
    assert by_code["AKT"].parent_id is None
    assert by_code["AKT-01"].parent_id == by_code["AKT"].id
    assert by_code["AKT-01-A"].parent_id == by_code["AKT-01"].id
    assert by_code["AKT-02"].parent_id == by_code["AKT"].id
    assert (by_code["AKT"].name_zh, by_code["AKT"].time_zone) == ("阿克托别州", "Asia/Aqtobe")
    assert by_code["AKT-01-A"].kind is UnitKind.OTHER


def test_unit_refusals_write_nothing(db, mission_id) -> None:
    add_admin_units(db, mission_id, [UnitRecord("AST", UnitKind.CITY, "Astana", time_zone="Asia/Almaty")])
    units = [
        UnitRecord("A", UnitKind.REGION, "A", time_zone="Asia/Almaty", parent_code="B"),
        UnitRecord("B", UnitKind.REGION, "B", time_zone="Asia/Almaty", parent_code="A"),
        UnitRecord("C", UnitKind.REGION, "C", time_zone="Asia/Nowhere"),
        UnitRecord("D", UnitKind.DISTRICT, "D", time_zone="Asia/Almaty", parent_code="ZZZ"),
        UnitRecord("ast", UnitKind.CITY, "Astana again", time_zone="Asia/Almaty"),
        UnitRecord("F", UnitKind.REGION, "", time_zone="Asia/Almaty"),
        UnitRecord("F", UnitKind.REGION, "F", time_zone="Asia/Almaty"),
    ]
    with pytest.raises(ValidationError) as info:
        add_admin_units(db, mission_id, units)
    text = problem_text(info)
    assert "record 1: parent unit: units are their own ancestors (A -> B -> A)" in text
    assert any(t.startswith("record 3: time zone: 'Asia/Nowhere' is not an IANA time zone") for t in text)
    assert "record 4: parent unit: no unit with code 'ZZZ' in this mission or in this list" in text
    assert "record 5: code: 'ast' is already a unit of this mission" in text
    assert "record 6: name in English: the English name is required" in text
    assert "record 7: code: 'F' is given twice (also record 6)" in text
    assert count(db, AdminUnit) == 1


def add_places(db, mission_id: int) -> None:
    add_admin_units(db, mission_id, [
        UnitRecord("AST", UnitKind.CITY, "Astana", time_zone="Asia/Almaty"),
        UnitRecord("AKT", UnitKind.REGION, "Aktobe Region", time_zone="Asia/Aqtobe"),
    ])
    add_polling_stations(db, mission_id, [
        StationRecord("101", "AST", "School No. 1", "1 Abai Street", 1500, latitude=51.13,
                      longitude=71.43),
        StationRecord("102", "ast", registered_voters=900, opens_at=time(8), closes_at=time(20)),
        StationRecord("201", "AKT", "Lyceum No. 2"),
    ])


def test_polling_stations_are_added_to_their_units(db, mission_id) -> None:
    add_places(db, mission_id)
    with db.reading() as session:
        rows = session.execute(select(PollingStation.number, AdminUnit.code,
                                      PollingStation.registered_voters, PollingStation.opens_at,
                                      PollingStation.latitude)
                               .join(AdminUnit).order_by(PollingStation.number)).all()
    assert rows == [("101", "AST", 1500, time(7), 51.13), ("102", "AST", 900, time(8), None),
                    ("201", "AKT", None, time(7), None)]


def test_polling_station_refusals_write_nothing(db, mission_id) -> None:
    add_places(db, mission_id)
    stations = [
        StationRecord("301", "NOWHERE"),
        StationRecord("101", "AST"),
        StationRecord("302", "AST", opens_at=time(20), closes_at=time(7)),
        StationRecord("303", "AST", registered_voters=-5, latitude=95.0),
        StationRecord("304", "AST"),
        StationRecord("304", "AST"),
    ]
    with pytest.raises(ValidationError) as info:
        add_polling_stations(db, mission_id, stations)
    text = problem_text(info)
    assert "record 1: unit code: no unit with code 'NOWHERE' in this mission (add the units first)" in text
    assert "record 2: number: station 101 is already in this mission" in text
    assert "record 3: closing time: 07:00 is not after the opening at 20:00" in text
    assert {p.field for p in info.value.problems if p.where == "record 4"} == {
        "registered_voters", "latitude"}
    assert "record 6: number: station 304 is given twice (also record 5)" in text
    assert count(db, PollingStation) == 3


# --- itinerary ------------------------------------------------------------------------------

def add_people(db, mission_id: int) -> None:
    add_observers(db, mission_id, [observer(code) for code in ("A", "B", "C", "D", "INT")])


def test_teams_keep_their_members_in_order(db, mission_id) -> None:
    add_places(db, mission_id)
    add_people(db, mission_id)
    assert add_teams(db, mission_id, [
        TeamRecord("Team 1", ["C", "a"], vehicle="123 AB01", interpreter_code="INT",
                   area="Astana, left bank", area_unit_code="AST"),
        TeamRecord("Team 2", ["B", "D"]),
    ]) == 2
    with db.reading() as session:
        teams = {t.name: t for t in session.scalars(select(Team))}
        members = session.execute(select(Team.name, Observer.code, TeamMember.position)
                                  .join(TeamMember, TeamMember.team_id == Team.id)
                                  .join(Observer, Observer.id == TeamMember.observer_id)
                                  .order_by(Team.name, TeamMember.position)).all()
        interpreter = session.get(Observer, teams["Team 1"].interpreter_id)
        unit = session.get(AdminUnit, teams["Team 1"].area_unit_id)
    assert members == [("Team 1", "C", 0), ("Team 1", "A", 1), ("Team 2", "B", 0), ("Team 2", "D", 1)]
    assert (interpreter.code, unit.code, teams["Team 1"].vehicle) == ("INT", "AST", "123 AB01")
    assert teams["Team 2"].interpreter_id is None


def test_team_refusals_write_nothing(db, mission_id) -> None:
    add_places(db, mission_id)
    add_people(db, mission_id)
    add_teams(db, mission_id, [TeamRecord("Team 1", ["A", "B"])])
    with pytest.raises(ValidationError) as info:
        add_teams(db, mission_id, [
            TeamRecord("team 1", ["C"]),
            TeamRecord("Team 2", ["C", "NOBODY", "c"], interpreter_code="GHOST", area_unit_code="XX"),
            TeamRecord("", ["D"]),
            TeamRecord("Team 3", ["D"]),
            TeamRecord("Team 3", ["D"]),
        ])
    text = problem_text(info)
    assert "record 1: name: the mission has a team 'team 1' already" in text
    assert "record 2: members: no observer 'NOBODY' in this mission" in text
    assert "record 2: members: 'c' is listed twice" in text
    assert "record 2: interpreter: no observer 'GHOST' in this mission" in text
    assert "record 2: area: no unit 'XX' in this mission" in text
    assert "record 3: name: is required" in text
    assert "record 5: name: team 'Team 3' is given twice (also record 4)" in text
    assert count(db, Team) == 1
    assert count(db, TeamMember) == 2


def test_events_are_stored_in_utc_with_their_participants(db, mission_id) -> None:
    add_places(db, mission_id)
    add_people(db, mission_id)
    add_teams(db, mission_id, [TeamRecord("Team 1", ["A", "B"]), TeamRecord("Team 2", ["C", "D"])])
    start = datetime(2022, 11, 20, 7, 0, tzinfo=AQTOBE)
    visit = dict(kind=EventKind.VISIT, title="Polling station 201", starts_at=start,
                 ends_at=start + timedelta(minutes=40), time_zone="Asia/Aqtobe",
                 station_number="201", phase=Phase.OPENING)
    assert add_events(db, mission_id, [
        # Two events alike in every column: each must still get exactly its own team.
        EventRecord(**visit, team_names=["Team 1"]),
        EventRecord(**visit, team_names=["team 2"]),
        EventRecord(EventKind.MEETING, "Meeting with the CEC",
                    datetime(2022, 11, 18, 15, 0, tzinfo=ALMATY),
                    datetime(2022, 11, 18, 16, 0, tzinfo=ALMATY), "Asia/Almaty",
                    counterpart="CEC", observer_codes=["A", "INT"], team_names=["Team 2"]),
    ]) == 3
    with db.reading() as session:
        events = session.scalars(select(Event).order_by(Event.id)).all()
        participants = session.execute(
            select(EventParticipant.event_id, Team.name, Observer.code)
            .outerjoin(Team, Team.id == EventParticipant.team_id)
            .outerjoin(Observer, Observer.id == EventParticipant.observer_id)).all()
        station = session.get(PollingStation, events[0].polling_station_id)
    assert events[0].starts_at == datetime(2022, 11, 20, 2, 0, tzinfo=timezone.utc)
    assert (events[0].time_zone, events[0].phase, station.number) == ("Asia/Aqtobe", Phase.OPENING, "201")
    by_event: dict[int, set[str]] = {}
    for event_id, team, code in participants:
        by_event.setdefault(event_id, set()).add(team or code)
    assert sorted(map(sorted, by_event.values())) == [["A", "INT", "Team 2"], ["Team 1"], ["Team 2"]]
    assert by_event[events[2].id] == {"A", "INT", "Team 2"}


def test_events_in_the_repeated_hour_of_a_clock_change_keep_their_teams(db, mission_id) -> None:
    add_places(db, mission_id)
    add_people(db, mission_id)
    add_teams(db, mission_id, [TeamRecord("Early", ["A"]), TeamRecord("Late", ["B"])])
    berlin = ZoneInfo("Europe/Berlin")  # 30 October 2022: 03:00 CEST became 02:00 CET
    first = datetime(2022, 10, 30, 2, 30, tzinfo=berlin)
    second = first.replace(fold=1)
    ride = timedelta(minutes=20)
    # Same clock times, an hour apart: the services must compare them as instants.
    with pytest.raises(ValidationError, match="record 1: end: is before the start"):
        add_events(db, mission_id, [EventRecord(EventKind.TRAVEL, "Night train", second,
                                                first + ride, "Europe/Berlin")])
    add_events(db, mission_id, [
        EventRecord(EventKind.TRAVEL, "Night train", first, first + ride, "Europe/Berlin",
                    team_names=["Early"]),
        EventRecord(EventKind.TRAVEL, "Night train", second, second.astimezone(timezone.utc) + ride,
                    "Europe/Berlin", team_names=["Late"]),
    ])
    with db.reading() as session:
        rows = session.execute(select(Event.starts_at, Team.name)
                               .join(EventParticipant, EventParticipant.event_id == Event.id)
                               .join(Team, Team.id == EventParticipant.team_id)
                               .order_by(Event.starts_at)).all()
    assert rows == [(datetime(2022, 10, 30, 0, 30, tzinfo=timezone.utc), "Early"),
                    (datetime(2022, 10, 30, 1, 30, tzinfo=timezone.utc), "Late")]


def test_event_refusals_write_nothing(db, mission_id) -> None:
    add_places(db, mission_id)
    add_people(db, mission_id)
    add_teams(db, mission_id, [TeamRecord("Team 1", ["A", "B"])])
    later = datetime(2022, 11, 20, 12, 0, tzinfo=ALMATY)
    with pytest.raises(ValidationError) as info:
        add_events(db, mission_id, [
            EventRecord(EventKind.VISIT, "Naive", datetime(2022, 11, 20, 9, 0), later, "Asia/Almaty"),
            EventRecord(EventKind.VISIT, "Backwards", later, later - timedelta(hours=1), "Asia/Almaty"),
            EventRecord(EventKind.VISIT, "Nowhere", later, later, "Mars/Base", station_number="999",
                        team_names=["Team 9"], observer_codes=["ZED"]),
            EventRecord("party", "", later, later, "Asia/Almaty"),
        ])
    text = problem_text(info)
    assert any(t.startswith("record 1: start: has no time zone") for t in text)
    assert "record 2: end: is before the start" in text
    assert {p.field for p in info.value.problems if p.where == "record 3"} == {
        "time_zone", "station_number", "team_names", "observer_codes"}
    assert {p.field for p in info.value.problems if p.where == "record 4"} == {"kind", "title"}
    assert count(db, Event) == 0
    assert count(db, EventParticipant) == 0


# --- reports --------------------------------------------------------------------------------

def small_checklist(db, mission_id: int) -> int:
    """A four-question checklist written directly, so these tests depend on no form file."""
    with db.transaction() as session:
        yes_no = ChoiceList(name="yes_no", choices=[
            Choice(position=1, value="yes"), Choice(position=2, value="no", negative=True),
            Choice(position=3, value="not_observed", excluded=True)])
        groups = ChoiceList(name="groups", choices=[
            Choice(position=1, value="parties"), Choice(position=2, value="media"),
            Choice(position=3, value="none")])
        checklist = Checklist(mission_id=mission_id, form_id="test", form_version="1",
                              choice_lists=[yes_no, groups])
        checklist.questions = [
            Question(position=1, name="on_time", answer_type=AnswerType.YES_NO, choice_list=yes_no),
            Question(position=2, name="observers", answer_type=AnswerType.MULTIPLE, choice_list=groups),
            Question(position=3, name="voters", answer_type=AnswerType.INTEGER),
            Question(position=4, name="arrival_time", answer_type=AnswerType.TIME),
            Question(position=5, name="notes", answer_type=AnswerType.TEXT),
        ]
        session.add(checklist)
        session.flush()
        return checklist.id


@pytest.fixture
def findings(db, mission_id) -> tuple[int, int]:
    add_places(db, mission_id)
    add_people(db, mission_id)
    add_teams(db, mission_id, [TeamRecord("Team 1", ["A", "B"])])
    return mission_id, small_checklist(db, mission_id)


def report(**values) -> ReportRecord:
    arrived = datetime(2022, 11, 20, 9, 0, tzinfo=ALMATY)
    defaults = dict(station_number="101", team_name="Team 1", phase=Phase.VOTING,
                    arrived_at=arrived, departed_at=arrived + timedelta(minutes=30),
                    answers={"on_time": "yes"})
    return ReportRecord(**(defaults | values))


def stored_answers(db) -> dict[int, dict[str, str]]:
    with db.reading() as session:
        rows = session.execute(select(Answer.report_id, Question.name, Answer.value)
                               .join(Question, Question.id == Answer.question_id)).all()
    result: dict[int, dict[str, str]] = {}
    for report_id, name, value in rows:
        result.setdefault(report_id, {})[name] = value
    return result


def test_reports_and_answers_are_added(db, findings) -> None:
    mission_id, checklist_id = findings
    records = [
        report(answers={"on_time": "yes", "observers": " media  parties ", "voters": "1432",
                        "arrival_time": "09:00", "notes": "  Calm.  "},
               instance_id="uuid:1", submitted_by="Team 1"),
        report(station_number="201", phase="count", answers={"on_time": "no", "voters": ""},
               arrived_at=None, departed_at=None),
        # Alike in every column but the answers: each keeps its own.
        report(answers={"on_time": "not_observed"}),
        report(answers={"notes": "second of the twins"}),
    ]
    assert add_reports(db, mission_id, checklist_id, records) == 4

    with db.reading() as session:
        reports = session.scalars(select(VisitReport).order_by(VisitReport.id)).all()
        numbers = {s.id: s.number for s in session.scalars(select(PollingStation))}
    assert [numbers[r.polling_station_id] for r in reports] == ["101", "201", "101", "101"]
    assert reports[0].arrived_at == datetime(2022, 11, 20, 3, 0, tzinfo=timezone.utc)
    assert (reports[0].instance_id, reports[0].submitted_by, reports[0].version) == ("uuid:1", "Team 1", 1)
    assert reports[1].phase is Phase.COUNT and reports[1].arrived_at is None
    answers = stored_answers(db)
    assert answers[reports[0].id] == {"on_time": "yes", "observers": "media parties",
                                      "voters": "1432", "arrival_time": "09:00", "notes": "Calm."}
    assert answers[reports[1].id] == {"on_time": "no"}  # the empty answer is left out
    twins = sorted(map(str, (answers[reports[2].id], answers[reports[3].id])))
    assert twins == sorted(map(str, ({"on_time": "not_observed"}, {"notes": "second of the twins"})))


def test_a_bulk_add_leaves_one_audit_entry_that_other_windows_see(db, findings) -> None:
    from observer_desk.core.services.live_changes import ChangeWatcher

    mission_id, checklist_id = findings
    watcher = ChangeWatcher(db)
    watcher.start()
    with pytest.raises(ValidationError):
        add_reports(db, mission_id, checklist_id, [report(), report(station_number="999")])
    assert not watcher.poll().for_mission(mission_id)  # refused: no trace
    assert add_reports(db, mission_id, checklist_id, [report(), report(phase="count")]) == 2
    changes = watcher.poll().for_mission(mission_id).changes
    assert [(c.table, c.action, c.summary) for c in changes] == [
        ("visit_report", AuditAction.INSERT, "2 reports added")]


def test_reports_with_submission_ids_keep_their_own_answers(db, findings) -> None:
    mission_id, checklist_id = findings
    values = ["yes", "no", "not_observed"] * 3
    add_reports(db, mission_id, checklist_id, [
        report(instance_id=f"uuid:{n}", answers={"on_time": value, "voters": str(n)})
        for n, value in enumerate(values)])
    with db.reading() as session:
        instances = dict(session.execute(select(VisitReport.id, VisitReport.instance_id)).all())
    got = {instances[report_id]: given for report_id, given in stored_answers(db).items()}
    assert got == {f"uuid:{n}": {"on_time": value, "voters": str(n)} for n, value in enumerate(values)}


def test_report_refusals_name_record_and_question(db, findings) -> None:
    mission_id, checklist_id = findings
    add_reports(db, mission_id, checklist_id, [report(instance_id="uuid:old")])
    records = [
        report(answers={"on_time": "maybe"}),
        report(answers={"observers": "media press"}),
        report(answers={"voters": "many", "arrival_time": "25:99"}),
        report(answers={"no_such_question": "yes"}),
        report(station_number="999", team_name="Team 9"),
        report(instance_id="uuid:old"),
        report(instance_id="uuid:new"),
        report(instance_id="UUID:NEW"),
        report(departed_at=datetime(2022, 11, 20, 8, 0, tzinfo=ALMATY)),
        report(phase="afternoon"),
    ]
    with pytest.raises(ValidationError) as info:
        add_reports(db, mission_id, checklist_id, records)
    text = problem_text(info)
    assert ("record 1: on_time: answer 'maybe' is not one of the question's choices "
            "(no, not_observed, yes)") in text
    assert ("record 2: observers: answer 'press' is not among the question's choices "
            "(media, none, parties)") in text
    assert "record 3: voters: answer 'many' is not a whole number" in text
    assert "record 3: arrival_time: answer '25:99' is not a time of day (HH:MM)" in text
    assert "record 4: no_such_question: is not the name of a question of this checklist" in text
    assert "record 5: station number: no polling station 999 in this mission" in text
    assert "record 5: team: no team 'Team 9' in this mission" in text
    assert "record 6: submission ID: submission uuid:old was added already" in text
    assert "record 8: submission ID: submission UUID:NEW is in this list twice (also record 7)" in text
    assert "record 9: departure time: is before the arrival" in text
    assert any(t.startswith("record 10: phase: 'afternoon' is not one of") for t in text)
    assert count(db, VisitReport) == 1
    assert count(db, Answer) == 1


def test_a_problem_in_a_late_chunk_undoes_the_chunks_already_written(db, findings) -> None:
    mission_id, checklist_id = findings
    records = [report() for _ in range(CHUNK + 5)] + [report(answers={"on_time": "perhaps"})]
    with pytest.raises(ValidationError, match=f"record {CHUNK + 6}: on_time"):
        add_reports(db, mission_id, checklist_id, records)
    assert count(db, VisitReport) == 0
    assert count(db, Answer) == 0


def test_cancelling_reports_writes_nothing(db, findings) -> None:
    mission_id, checklist_id = findings
    records = [report() for _ in range(CHUNK + 5)]
    with pytest.raises(Cancelled):
        add_reports(db, mission_id, checklist_id, records,
                    progress=lambda done, total: done < CHUNK)
    assert count(db, VisitReport) == 0
    assert count(db, Answer) == 0


def test_a_checklist_of_another_mission_is_refused(db, findings) -> None:
    _mission_id, checklist_id = findings
    other = new_mission(db, "OTHER-2024")
    with pytest.raises(NotFoundError, match="not a checklist of this mission"):
        add_reports(db, other, checklist_id, [report(station_number=None, team_name=None)])
    assert count(db, VisitReport) == 0
