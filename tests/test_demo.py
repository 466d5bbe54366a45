"""The demo mission (SCO, Kazakhstan 2022) and the photo preparation it relies on."""

from __future__ import annotations

import io
import re
import struct
import time
import zlib
from collections import Counter, defaultdict
from collections.abc import Iterator
from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from PIL import Image
from sqlalchemy import and_, func, select, union_all
from sqlalchemy.orm import aliased

from observer_desk.core.db import Database, open_database
from observer_desk.core.errors import ValidationError
from observer_desk.core.models import (
    AccreditationStatus,
    AdminUnit,
    Answer,
    AnswerType,
    Base,
    BodyKind,
    BodyType,
    CecTurnout,
    Checklist,
    Choice,
    ElectionType,
    Event,
    EventKind,
    EventParticipant,
    Incident,
    Mission,
    MissionRole,
    Observer,
    ObserverPhoto,
    Phase,
    PollingStation,
    Question,
    SendingBody,
    Severity,
    Statement,
    StatementKind,
    Team,
    TeamMember,
    TurnoutReading,
    VisitReport,
)
from observer_desk.core.services.demo import DEMO_MISSION_CODE, create_demo_mission
from observer_desk.core.services.photos import prepare_photo

ASTANA = ZoneInfo("Asia/Almaty")
ACCREDITED = (AccreditationStatus.ACCREDITED, AccreditationStatus.BADGE_ISSUED)


@pytest.fixture(scope="module")
def demo(new_template_url) -> Iterator[tuple[Database, int]]:
    """One demo database shared by the read-only tests of this module."""
    database = open_database(new_template_url("demo"))
    create_demo_mission(database)
    with database.reading() as session:
        mission_id = session.scalar(select(Mission.id).where(Mission.code == DEMO_MISSION_CODE))
    assert mission_id is not None
    yield database, mission_id
    database.dispose()


def _local(moment: datetime) -> datetime:
    return moment.astimezone(ASTANA)


# --- the mission and its people -------------------------------------------------------------

def test_demo_mission_has_the_election_facts(demo: tuple[Database, int]) -> None:
    db, mission_id = demo
    with db.reading() as session:
        mission = session.get(Mission, mission_id)
        assert mission is not None
        assert mission.code == "SCO-KZ-2022"
        assert mission.organisation == "Shanghai Cooperation Organisation"
        assert mission.organisation_short == "SCO"
        assert mission.host_country == "KZ"
        assert mission.election_type.value == "early_presidential"
        assert mission.election_date == date(2022, 11, 20)
        assert (mission.period_start, mission.period_end) == (date(2022, 11, 17), date(2022, 11, 20))
        assert mission.time_zone == "Asia/Almaty"
        assert mission.languages == ["en", "ru", "zh"]
        assert mission.cec_name == "Central Election Commission of the Republic of Kazakhstan"
        assert mission.contact.strip()


def test_demo_has_seven_states_and_two_organisation_bodies(demo: tuple[Database, int]) -> None:
    db, mission_id = demo
    with db.reading() as session:
        bodies = list(session.scalars(select(SendingBody).where(SendingBody.mission_id == mission_id)))
    states = [b for b in bodies if b.kind is BodyKind.STATE]
    organisations = [b for b in bodies if b.kind is BodyKind.ORGANISATION]
    assert sorted(b.country_code for b in states) == ["CN", "IN", "KG", "PK", "RU", "TJ", "UZ"]
    assert all(b.body_type is BodyType.MEMBER_STATE for b in states)
    assert sorted(b.body_type.value for b in organisations) == ["rats", "secretariat"]
    assert all(b.name_en and b.name_ru and b.name_zh and b.quota for b in bodies)


def test_demo_has_eighteen_observers_and_one_head(demo: tuple[Database, int]) -> None:
    db, mission_id = demo
    with db.reading() as session:
        rows = session.execute(
            select(Observer, SendingBody).join(SendingBody).where(Observer.mission_id == mission_id)
        ).all()
    assert len(rows) == 18
    heads = [(o, b) for o, b in rows if o.mission_role is MissionRole.HEAD]
    assert len(heads) == 1
    head, body = heads[0]
    assert body.body_type is BodyType.SECRETARIAT
    assert "Secretary-General" in head.position
    roles = Counter(o.mission_role for o, _ in rows)
    assert {MissionRole.DEPUTY, MissionRole.COORDINATOR, MissionRole.INTERPRETER,
            MissionRole.STAFF} <= set(roles)
    # every state and body sends someone, within its quota
    per_body = Counter(b.code for _, b in rows)
    assert len(per_body) == 9
    assert all(per_body[b.code] <= b.quota for _, b in rows)
    authority_types = {o.authority_type for o, _ in rows}
    assert {BodyType.LEGISLATIVE, BodyType.EXECUTIVE, BodyType.ELECTION_AUTHORITY} <= authority_types


def test_demo_people_are_fictional_and_complete(demo: tuple[Database, int]) -> None:
    db, mission_id = demo
    with db.reading() as session:
        observers = list(session.scalars(select(Observer).where(Observer.mission_id == mission_id)))
    passports = [o.passport_number for o in observers]
    assert all(re.fullmatch(r"DEMO0000\d\d", p) for p in passports)
    assert len(set(passports)) == 18
    assert all(o.email.endswith("@example.org") for o in observers)
    for observer in observers:
        assert observer.family_name and observer.given_names and observer.sex
        assert observer.date_of_birth and observer.citizenship and observer.phone
        assert observer.institution and observer.position and observer.authority_type
        assert observer.languages and observer.hotel
        assert observer.arrival_flight and _local(observer.arrival_at).date() == date(2022, 11, 17)
        assert observer.departure_flight and _local(observer.departure_at).date() == date(2022, 11, 21)


def test_one_passport_expires_within_six_months_of_the_mission(demo: tuple[Database, int]) -> None:
    db, mission_id = demo
    with db.reading() as session:
        expiries = list(session.scalars(select(Observer.passport_expiry).where(
            Observer.mission_id == mission_id)))
    soon = [d for d in expiries if d <= date(2023, 5, 20)]
    assert len(soon) == 1 and soon[0] > date(2022, 11, 20)


def test_native_names_are_in_their_own_scripts(demo: tuple[Database, int]) -> None:
    db, mission_id = demo
    with db.reading() as session:
        observers = list(session.scalars(select(Observer).where(Observer.mission_id == mission_id)))
    chinese = re.compile(r"^[\u4e00-\u9fff]{2,4}$")
    cyrillic = re.compile(r"^[\u0400-\u04ff ]+$")
    by_country: dict[str, list[str]] = defaultdict(list)
    for observer in observers:
        by_country[observer.citizenship].append(observer.native_name)
    assert by_country["CN"] and all(chinese.match(n) for n in by_country["CN"])
    for country in ("RU", "KG", "TJ"):
        assert by_country[country] and all(cyrillic.match(n) for n in by_country[country]), country
    assert any(cyrillic.match(n) for n in by_country["UZ"])
    all_names = "".join(o.native_name for o in observers)
    for letter in "өүңҳӯӣқәі":
        assert letter in all_names.lower(), letter


# --- accreditation --------------------------------------------------------------------------

def test_accreditation_states_are_spread_realistically(demo: tuple[Database, int]) -> None:
    db, mission_id = demo
    with db.reading() as session:
        observers = list(session.scalars(select(Observer).where(Observer.mission_id == mission_id)))
    counts = Counter(o.accreditation_status for o in observers)
    assert counts[AccreditationStatus.ACCREDITED] >= 10
    assert counts[AccreditationStatus.BADGE_ISSUED] == 2
    assert counts[AccreditationStatus.SUBMITTED] in (1, 2)
    assert counts[AccreditationStatus.DOCUMENTS_COMPLETE] == 1
    assert counts[AccreditationStatus.NOMINATED] == 1
    for observer in observers:
        if observer.accreditation_status in ACCREDITED:
            assert observer.cec_certificate_number and observer.cec_certificate_date
        if observer.accreditation_status in (*ACCREDITED, AccreditationStatus.SUBMITTED):
            assert observer.cec_note_reference and observer.cec_note_date
        else:
            assert not observer.cec_note_reference and not observer.cec_certificate_number
    head = next(o for o in observers if o.mission_role is MissionRole.HEAD)
    assert head.accreditation_status in ACCREDITED


def test_every_accreditation_history_leads_to_the_current_status(demo: tuple[Database, int]) -> None:
    db, mission_id = demo
    with db.reading() as session:
        observers = list(session.scalars(select(Observer).where(Observer.mission_id == mission_id)))
        for observer in observers:
            history = observer.accreditation_history
            assert history, observer.code
            assert history[0].from_status is None
            assert history[0].to_status is AccreditationStatus.NOMINATED
            for before, after in zip(history, history[1:]):
                assert after.from_status is before.to_status
                assert after.at > before.at
            assert history[-1].to_status is observer.accreditation_status
            for step in history:
                assert step.user == "secretariat"
                assert date(2022, 10, 1) <= _local(step.at).date() <= date(2022, 11, 30)
                if step.to_status is AccreditationStatus.SUBMITTED:
                    assert step.reference == observer.cec_note_reference


def test_observers_not_yet_accredited_are_in_no_team(demo: tuple[Database, int]) -> None:
    db, mission_id = demo
    with db.reading() as session:
        members = session.scalars(
            select(Observer.accreditation_status).join(TeamMember, TeamMember.observer_id == Observer.id)
            .where(Observer.mission_id == mission_id)).all()
        interpreters = session.scalars(
            select(Observer.accreditation_status).join(Team, Team.interpreter_id == Observer.id)).all()
        teams = list(session.scalars(select(Team).where(Team.mission_id == mission_id)))
        sizes = [len(t.members) for t in teams]
    assert members and all(status in ACCREDITED for status in members)
    assert all(status in ACCREDITED for status in interpreters)
    assert len(teams) == 7
    assert all(2 <= size <= 3 for size in sizes)
    assert all(t.vehicle and t.driver_name and t.driver_phone and t.area and t.area_unit_id
               for t in teams)


# --- places ---------------------------------------------------------------------------------

EXPECTED_ZONES = {
    "Abai Region": "Asia/Almaty", "Akmola Region": "Asia/Almaty", "Aktobe Region": "Asia/Aqtobe",
    "Almaty Region": "Asia/Almaty", "Atyrau Region": "Asia/Atyrau",
    "East Kazakhstan Region": "Asia/Almaty", "Zhambyl Region": "Asia/Almaty",
    "Zhetisu Region": "Asia/Almaty", "West Kazakhstan Region": "Asia/Oral",
    "Karaganda Region": "Asia/Almaty", "Kostanay Region": "Asia/Qostanay",
    "Kyzylorda Region": "Asia/Qyzylorda", "Mangystau Region": "Asia/Aqtau",
    "Pavlodar Region": "Asia/Almaty", "North Kazakhstan Region": "Asia/Almaty",
    "Turkistan Region": "Asia/Almaty", "Ulytau Region": "Asia/Almaty", "Astana": "Asia/Almaty",
    "Almaty": "Asia/Almaty", "Shymkent": "Asia/Almaty",
}


def test_the_twenty_top_level_units_have_the_2022_time_zones(demo: tuple[Database, int]) -> None:
    db, mission_id = demo
    with db.reading() as session:
        top = list(session.scalars(select(AdminUnit).where(
            AdminUnit.mission_id == mission_id, AdminUnit.parent_id.is_(None))))
    assert {u.name_en: u.time_zone for u in top} == EXPECTED_ZONES
    assert all(u.name_ru and u.name_zh for u in top)
    offsets = {u.name_en: datetime(2022, 11, 20, 12, tzinfo=ZoneInfo(u.time_zone)).utcoffset()
               for u in top}
    assert sum(1 for o in offsets.values() if o == timedelta(hours=5)) == 5


def test_stations_lie_in_four_districts_of_astana_and_one_of_akmola(demo: tuple[Database, int]) -> None:
    db, mission_id = demo
    with db.reading() as session:
        rows = session.execute(
            select(PollingStation, AdminUnit).join(AdminUnit, PollingStation.unit_id == AdminUnit.id)
            .where(PollingStation.mission_id == mission_id)).all()
        parents = {u.id: u.parent.name_en for _, u in rows}
    assert len(rows) == 22
    assert len({s.number for s, _ in rows}) == 22
    districts = {u.name_en: parents[u.id] for _, u in rows}
    assert districts == {
        "Almaty District": "Astana", "Baikonyr District": "Astana", "Yesil District": "Astana",
        "Saryarka District": "Astana", "Tselinograd District": "Akmola Region",
    }
    for station, _ in rows:
        assert station.address and station.registered_voters and station.registered_voters > 0
        assert (station.opens_at.hour, station.closes_at.hour) == (7, 20)


# --- itinerary ------------------------------------------------------------------------------

def test_no_observer_is_in_two_events_at_once(demo: tuple[Database, int]) -> None:
    db, mission_id = demo
    # Who attends an event: observers named directly, members of teams named, team interpreters.
    direct = select(EventParticipant.event_id, EventParticipant.observer_id).where(
        EventParticipant.observer_id.is_not(None))
    via_team = select(EventParticipant.event_id, TeamMember.observer_id).join(
        TeamMember, TeamMember.team_id == EventParticipant.team_id)
    via_interpreter = select(EventParticipant.event_id, Team.interpreter_id.label("observer_id")).join(
        Team, Team.id == EventParticipant.team_id).where(Team.interpreter_id.is_not(None))
    attendance = union_all(direct, via_team, via_interpreter).subquery()
    first, second = aliased(Event), aliased(Event)
    a, b = attendance.alias("a"), attendance.alias("b")
    clashes = (
        select(a.c.observer_id, first.title, second.title)
        .select_from(a)
        .join(b, and_(a.c.observer_id == b.c.observer_id, a.c.event_id < b.c.event_id))
        .join(first, first.id == a.c.event_id)
        .join(second, second.id == b.c.event_id)
        .where(first.mission_id == mission_id,
               first.starts_at < second.ends_at, second.starts_at < first.ends_at)
    )
    with db.reading() as session:
        assert session.execute(clashes).all() == []
        attended = session.scalar(select(func.count(func.distinct(attendance.c.observer_id))))
        events = session.scalar(select(func.count()).select_from(Event).where(
            Event.mission_id == mission_id))
        unattended = session.scalar(select(func.count()).select_from(Event).where(
            Event.mission_id == mission_id,
            ~Event.id.in_(select(EventParticipant.event_id))))
    assert attended == 18
    assert events > 40 and unattended == 0


def test_election_day_visits_cover_each_station_once(demo: tuple[Database, int]) -> None:
    db, mission_id = demo
    with db.reading() as session:
        visits = list(session.scalars(select(Event).where(
            Event.mission_id == mission_id, Event.kind == EventKind.VISIT)))
        teams_per_visit = {v.id: [p.team_id for p in v.participants] for v in visits}
    assert len(visits) == 22
    assert len({v.polling_station_id for v in visits}) == 22
    assert all(len(t) == 1 and t[0] is not None for t in teams_per_visit.values())
    phases = Counter(v.phase for v in visits)
    assert phases == {Phase.OPENING: 1, Phase.VOTING: 20, Phase.COUNT: 1}
    for visit in visits:
        start, end = _local(visit.starts_at), _local(visit.ends_at)
        assert start.date() == date(2022, 11, 20)
        if visit.phase is Phase.OPENING:
            assert (start.hour, start.minute) == (6, 45) and end.hour == 7
        elif visit.phase is Phase.COUNT:
            assert end.hour >= 21
        else:
            assert start.hour >= 7 and end.hour < 20


def test_programme_has_the_key_meetings(demo: tuple[Database, int]) -> None:
    db, mission_id = demo
    with db.reading() as session:
        events = list(session.scalars(select(Event).where(Event.mission_id == mission_id)))
    titles = {(_local(e.starts_at).date(), e.title) for e in events}
    assert (date(2022, 11, 18), "Meeting with the leadership of the Central Election Commission") in titles
    days = Counter(_local(e.starts_at).date() for e in events)
    assert sorted(days) == [date(2022, 11, d) for d in range(17, 22)]
    assert any("OSCE/ODIHR" in title for _, title in titles)
    assert any("CIS" in title for _, title in titles)
    assert any("public observers" in title for _, title in titles)
    assert any("campaign headquarters" in title for _, title in titles)
    assert any("Press conference" in title for day, title in titles if day == date(2022, 11, 21))
    assert all(e.time_zone == "Asia/Almaty" for e in events)


# --- findings -------------------------------------------------------------------------------

def test_each_visit_has_one_report_with_valid_answers(demo: tuple[Database, int]) -> None:
    db, mission_id = demo
    with db.reading() as session:
        reports = list(session.scalars(select(VisitReport).where(VisitReport.mission_id == mission_id)))
        questions = {q.id: q for q in session.scalars(select(Question))}
        choices: dict[int, set[str]] = defaultdict(set)
        for list_id, value in session.execute(select(Choice.choice_list_id, Choice.value)):
            choices[list_id].add(value)
        events = {e.id: e for e in session.scalars(select(Event).where(Event.kind == EventKind.VISIT))}
        checklists = session.scalars(select(Checklist).where(Checklist.mission_id == mission_id)).all()
        answers_by_report = {r.id: {questions[a.question_id].name: a.value for a in r.answers}
                             for r in reports}
        for report in reports:
            for answer in report.answers:
                question = questions[answer.question_id]
                value = answer.value
                if question.answer_type is AnswerType.MULTIPLE:
                    assert value.split() and set(value.split()) <= choices[question.choice_list_id], \
                        (question.name, value)
                elif question.choice_list_id is not None:
                    assert value in choices[question.choice_list_id], (question.name, value)
                elif question.answer_type is AnswerType.INTEGER:
                    assert int(value) >= 0, question.name
                elif question.answer_type is AnswerType.TIME:
                    assert re.fullmatch(r"([01]\d|2[0-3]):[0-5]\d", value), question.name
                else:
                    assert value.strip(), question.name
    assert len(checklists) == 1
    assert len(reports) == 22
    assert {r.event_id for r in reports} == set(events)
    for report in reports:
        event = events[report.event_id]
        answers = answers_by_report[report.id]
        assert report.phase is event.phase and report.polling_station_id == event.polling_station_id
        assert report.arrived_at == event.starts_at and report.departed_at == event.ends_at
        assert report.checklist_id == checklists[0].id and report.team_id is not None
        assert answers["phase"] == report.phase.value
        assert answers["arrival_time"] == _local(report.arrived_at).strftime("%H:%M")
        assert int(answers["ballots_issued"]) <= int(answers["registered_voters"])
        # sections that do not apply to the phase are left unanswered
        assert ("opening_rating" in answers) == (report.phase is Phase.OPENING)
        assert ("count_rating" in answers) == (report.phase is Phase.COUNT)
        assert ("voting_rating" in answers) == (report.phase is not Phase.OPENING)


def test_findings_tell_the_missions_story(demo: tuple[Database, int]) -> None:
    db, mission_id = demo
    with db.reading() as session:
        rows = session.execute(
            select(Question.name, Answer.value).join(Answer, Answer.question_id == Question.id)
            .join(VisitReport, VisitReport.id == Answer.report_id)
            .where(VisitReport.mission_id == mission_id)).all()
        negative_answers = session.scalar(
            select(func.count()).select_from(Answer)
            .join(Question, Question.id == Answer.question_id)
            .join(Choice, and_(Choice.choice_list_id == Question.choice_list_id,
                               Choice.value == Answer.value))
            .where(Choice.negative.is_(True)))
        incidents = list(session.scalars(select(Incident).where(Incident.mission_id == mission_id)))
    by_question: dict[str, Counter[str]] = defaultdict(Counter)
    for name, value in rows:
        by_question[name][value] += 1
    assert by_question["observation_unrestricted"] == Counter({"yes": 22})
    assert by_question["help_elderly_disabled"] == Counter({"yes": 22})
    assert by_question["pressure_on_voters"] == Counter({"no": 21})
    assert by_question["id_checked"]["always"] >= 19
    assert by_question["violations_observed"]["yes"] <= 2
    assert set(by_question["violations_seriousness"]) <= {"minor"}
    assert by_question["voting_rating"]["very_good"] > by_question["voting_rating"]["good"] > 0
    assert 1 <= negative_answers <= 5  # a few minor remarks, so the charts are not flat
    assert incidents and all(i.severity is Severity.MINOR for i in incidents)


def _cec_curve(rows: list[CecTurnout]) -> list[tuple[datetime, float]]:
    points = sorted((r.at, r.turnout_percent) for r in rows)
    opening = _local(points[0][0]).replace(hour=7, minute=0)
    return [(opening, 0.0), *points]


def _read(curve: list[tuple[datetime, float]], at: datetime) -> float:
    for (t0, p0), (t1, p1) in zip(curve, curve[1:]):
        if t0 <= at <= t1:
            return p0 + (p1 - p0) * (at - t0) / (t1 - t0)
    return curve[-1][1]


def test_turnout_matches_the_cec_figures(demo: tuple[Database, int]) -> None:
    db, mission_id = demo
    with db.reading() as session:
        cec = list(session.scalars(select(CecTurnout).where(CecTurnout.mission_id == mission_id)))
        units = {u.id: u for u in session.scalars(select(AdminUnit).where(
            AdminUnit.mission_id == mission_id))}
        region_of = {u.id: u.parent.name_en for u in units.values() if u.parent is not None}
        readings = session.execute(
            select(TurnoutReading, PollingStation).join(
                PollingStation, PollingStation.id == TurnoutReading.polling_station_id)
            .where(TurnoutReading.mission_id == mission_id)).all()
    national = sorted((r for r in cec if r.unit_id is None), key=lambda r: r.at)
    final = national[-1]
    assert final.turnout_percent == 69.44 and final.voters == 8_300_046
    assert 11_900_000 <= final.registered_voters <= 12_000_000
    assert round(final.voters / final.registered_voters * 100, 2) == 69.44
    curves: dict[str, list[CecTurnout]] = defaultdict(list)
    for row in cec:
        if row.unit_id is not None:
            curves[units[row.unit_id].name_en].append(row)
    assert set(curves) == {"Astana", "Akmola Region"} and all(len(c) >= 5 for c in curves.values())

    assert len(readings) == 22
    mission_total: dict[str, list[tuple[int, float]]] = defaultdict(list)
    for reading, station in readings:
        assert 0 <= reading.ballots_issued <= reading.registered_voters == station.registered_voters
        region = region_of[station.unit_id]
        expected = _read(_cec_curve(curves[region]), reading.at)
        observed = reading.ballots_issued / reading.registered_voters * 100
        assert abs(observed - expected) <= max(0.05 * expected, 0.5), (station.number, observed, expected)
        mission_total[region].append((reading.registered_voters, observed - expected))
    # over all visited stations of a region the differences cancel out
    for region, diffs in mission_total.items():
        weighted = sum(w * d for w, d in diffs) / sum(w for w, _ in diffs)
        assert abs(weighted) < 1.0, region


# --- photos ---------------------------------------------------------------------------------

def test_most_observers_have_a_413_by_531_jpeg_photo(demo: tuple[Database, int]) -> None:
    db, mission_id = demo
    with db.reading() as session:
        photos = session.execute(
            select(ObserverPhoto, Observer.accreditation_status).join(Observer)
            .where(Observer.mission_id == mission_id)).all()
    assert len(photos) == 15
    images = []
    for photo, status in photos:
        assert (photo.mime_type, photo.width, photo.height) == ("image/jpeg", 413, 531)
        image = Image.open(io.BytesIO(photo.image))
        assert image.format == "JPEG" and image.size == (413, 531)
        assert image.info.get("dpi") == (300, 300)
        images.append(photo.image)
    assert len(set(images)) == 15  # one silhouette per person, not one picture for all
    statuses = {status for _, status in photos}
    assert AccreditationStatus.BADGE_ISSUED in statuses


# --- statement ------------------------------------------------------------------------------

def test_draft_statement_in_three_languages_with_placeholders(demo: tuple[Database, int]) -> None:
    db, mission_id = demo
    with db.reading() as session:
        statements = list(session.scalars(select(Statement).where(Statement.mission_id == mission_id)))
        head = session.scalar(select(Observer).where(
            Observer.mission_id == mission_id, Observer.mission_role == MissionRole.HEAD))
        sections = {s.language: [(x.key, x.body) for x in s.sections] for s in statements}
    assert sorted(s.language for s in statements) == ["en", "ru", "zh"]
    assert all(s.kind is StatementKind.PRELIMINARY and s.issued_on == date(2022, 11, 21)
               for s in statements)
    english = next(s for s in statements if s.language == "en")
    assert english.place == "Astana"
    assert head is not None and head.family_name in english.signatory_name
    for language, parts in sections.items():
        assert [key for key, _ in parts] == ["members", "activities", "findings", "conclusions"]
        text = "\n".join(body for _, body in parts)
        for placeholder in ("{observers_count}", "{states_count}", "{stations_visited}",
                            "{turnout_cec}"):
            assert placeholder in text, (language, placeholder)


# --- creating it ----------------------------------------------------------------------------

def _row_counts(db: Database) -> dict[str, int]:
    with db.reading() as session:
        return {table.name: session.scalar(select(func.count()).select_from(table))
                for table in Base.metadata.sorted_tables}


def test_creating_the_demo_twice_changes_nothing(db: Database) -> None:
    assert create_demo_mission(db) == "SCO-KZ-2022"
    before = _row_counts(db)
    assert before["observer"] == 18 and before["visit_report"] == 22
    with db.reading() as session:
        versions = dict(session.execute(select(Observer.code, Observer.updated_at)).all())
    assert create_demo_mission(db) == "SCO-KZ-2022"
    assert _row_counts(db) == before
    with db.reading() as session:
        assert dict(session.execute(select(Observer.code, Observer.updated_at)).all()) == versions


def test_demo_creation_is_quick(db: Database) -> None:
    # CPU time of this process: what the demo costs, not how busy the machine happens to be.
    started = time.process_time()
    create_demo_mission(db)
    assert time.process_time() - started < 3.0


def test_demo_sits_beside_other_missions(db: Database) -> None:
    with db.transaction() as session:
        session.add(Mission(code="OTHER", organisation="Other", title="Other mission",
                            host_country="KG", election_type=ElectionType.PARLIAMENTARY,
                            election_date=date(2024, 1, 1), period_start=date(2024, 1, 1),
                            period_end=date(2024, 1, 1)))
    create_demo_mission(db)
    with db.reading() as session:
        assert session.scalar(select(func.count()).select_from(Mission)) == 2


# --- prepare_photo --------------------------------------------------------------------------

def _png_header_only(width: int, height: int) -> bytes:
    """A PNG that declares a size but carries (almost) no pixels: what a decompression bomb
    looks like to the code that opens it."""
    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))
    header = struct.pack(">IIBBBBB", width, height, 1, 0, 0, 0, 0)
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header)
            + chunk(b"IDAT", zlib.compress(b"\x00")) + chunk(b"IEND", b""))


@pytest.mark.parametrize("data", [b"", b"not an image at all", b"%PDF-1.7\n1 0 obj\n",
                                  b"\xff\xd8\xff\xe0" + b"\x00" * 40])
def test_prepare_photo_refuses_what_is_not_an_image(data: bytes) -> None:
    with pytest.raises(ValidationError) as refused:
        prepare_photo(data)
    assert refused.value.problems[0].field == "photo"
    assert "JPEG or PNG" in str(refused.value) or "damaged" in str(refused.value)


@pytest.mark.parametrize("size", [(9_000, 9_000), (100_000, 100_000)])
def test_prepare_photo_refuses_images_too_large_to_open_safely(size: tuple[int, int]) -> None:
    with pytest.raises(ValidationError, match="too large"):
        prepare_photo(_png_header_only(*size))


def _encoded(image: Image.Image, fmt: str = "PNG", **options: object) -> bytes:
    out = io.BytesIO()
    image.save(out, format=fmt, **options)
    return out.getvalue()


def test_prepare_photo_crops_to_35_by_45_at_300_dpi() -> None:
    landscape = Image.new("RGB", (1600, 900), (200, 30, 30))
    prepared = prepare_photo(_encoded(landscape, "JPEG"))
    assert (prepared.width, prepared.height, prepared.mime_type) == (413, 531, "image/jpeg")
    result = Image.open(io.BytesIO(prepared.data))
    assert result.size == (413, 531) and result.info["dpi"] == (300, 300)


def test_prepare_photo_uses_the_crop_frame() -> None:
    image = Image.new("RGB", (1000, 1000), (0, 0, 255))
    image.paste((0, 255, 0), (600, 100, 950, 550))  # a green 350 x 450 frame
    prepared = prepare_photo(_encoded(image), crop_box=(600, 100, 950, 550))
    red, green, blue = Image.open(io.BytesIO(prepared.data)).convert("RGB").getpixel((206, 265))
    assert green > 200 and blue < 60 and red < 60
    with pytest.raises(ValidationError, match="crop frame"):
        prepare_photo(_encoded(image), crop_box=(900, 100, 1200, 500))
    with pytest.raises(ValidationError, match="crop frame"):
        prepare_photo(_encoded(image), crop_box=(500, 500, 500, 800))


def test_prepare_photo_turns_phone_photos_upright_and_drops_metadata() -> None:
    upright = Image.new("RGB", (600, 800), (0, 0, 255))
    upright.paste((255, 0, 0), (0, 0, 600, 400))  # red on top
    sideways = upright.rotate(90, expand=True)  # how the phone stored it
    exif = Image.Exif()
    exif[0x0112] = 6  # "rotate 90 degrees clockwise to view"
    exif[0x010F] = "Demo camera maker"
    prepared = prepare_photo(_encoded(sideways, "JPEG", exif=exif.tobytes()))
    result = Image.open(io.BytesIO(prepared.data))
    top, bottom = result.getpixel((206, 20)), result.getpixel((206, 510))
    assert top[0] > 200 and top[2] < 60
    assert bottom[2] > 200 and bottom[0] < 60
    assert not result.getexif()


def test_prepare_photo_puts_transparent_images_on_white() -> None:
    transparent = Image.new("RGBA", (350, 450), (0, 0, 0, 0))
    prepared = prepare_photo(_encoded(transparent))
    assert Image.open(io.BytesIO(prepared.data)).getpixel((10, 10)) >= (250, 250, 250)
