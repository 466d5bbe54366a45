"""Entering and correcting one report: answers, incidents and the turnout reading in one
transaction, the checklist's rules applied, stale edits refused."""

from __future__ import annotations

from datetime import UTC, datetime
from zoneinfo import ZoneInfo

import pytest
from findings_fixtures import small_mission
from sqlalchemy import func, select

from observer_desk.core.db import Database
from observer_desk.core.errors import StaleEditError, ValidationError
from observer_desk.core.models import (
    Answer,
    Incident,
    Phase,
    PollingStation,
    Question,
    Severity,
    Team,
    TurnoutReading,
    VisitReport,
)
from observer_desk.core.services.report_editing import (
    IncidentDraft,
    ReportDraft,
    create_report,
    delete_report,
    entry_context,
    load_report,
    update_report,
)
from observer_desk.core.services.reports import ReportRecord, add_reports

ALMATY = ZoneInfo("Asia/Almaty")
AQTOBE = ZoneInfo("Asia/Aqtobe")


@pytest.fixture
def mission(db: Database) -> tuple[Database, int, int]:
    mission_id, checklist_id = small_mission(db)
    return db, mission_id, checklist_id


def ids(db: Database, mission_id: int) -> tuple[dict[str, int], dict[str, int]]:
    with db.reading() as session:
        stations = dict(session.execute(select(PollingStation.number, PollingStation.id).where(
            PollingStation.mission_id == mission_id)).all())
        teams = dict(session.execute(select(Team.name, Team.id).where(Team.mission_id == mission_id)).all())
    return stations, teams


def stored_answers(db: Database, report_id: int) -> dict[str, str]:
    with db.reading() as session:
        return dict(session.execute(select(Question.name, Answer.value).join(
            Answer, Answer.question_id == Question.id).where(Answer.report_id == report_id)).all())


def voting_draft(db: Database, mission_id: int, checklist_id: int, **answers: str) -> ReportDraft:
    stations, teams = ids(db, mission_id)
    return ReportDraft(
        checklist_id, Phase.VOTING, stations["101"], teams["Team 1"],
        datetime(2022, 11, 20, 10, 0, tzinfo=ALMATY), datetime(2022, 11, 20, 10, 40, tzinfo=ALMATY),
        {"registered_voters": "1000", "ballots_issued": "300", "ballots_issued_time": "10:15",
         "signposted": "yes", "voting_rating": "good", "group_voting": "no", **answers},
        notes="Calm.")


def test_entry_context_lists_stations_teams_and_the_visit_questions(mission) -> None:
    db, mission_id, checklist_id = mission
    context = entry_context(db, mission_id)
    assert context.checklist_id == checklist_id
    assert [s.number for s in context.stations] == ["101", "102", "201"]
    assert context.station(context.stations[2].id).time_zone == "Asia/Aqtobe"
    assert context.stations[0].unit_name == "Yesil District, Astana"
    assert context.stations[0].region_name == "Astana"
    assert [t.name for t in context.teams] == ["Team 1", "Team 2"]
    assert context.header_questions == {"station": "station_number", "phase": "phase",
                                        "arrival": "arrival_time", "departure": "departure_time"}
    assert context.unit_question == "unit_name"


def test_a_report_is_created_with_its_answers_incident_and_turnout_reading(mission) -> None:
    db, mission_id, checklist_id = mission
    draft = voting_draft(db, mission_id, checklist_id, group_voting_count="3")
    draft.incidents = [IncidentDraft("Secrecy of the vote", Severity.MINOR,
                                     datetime(2022, 11, 20, 10, 20, tzinfo=ALMATY), "A photo of a ballot.")]
    details = create_report(db, mission_id, draft)
    answers = stored_answers(db, details.id)
    # the visit's facts are also the answers of the visit questions, in the station's local time
    assert answers["station_number"] == "101" and answers["phase"] == "voting"
    assert answers["arrival_time"] == "10:00" and answers["departure_time"] == "10:40"
    assert answers["ballots_issued"] == "300" and answers["voting_rating"] == "good"
    # group_voting is 'no': the count does not apply and is not stored
    assert "group_voting_count" not in answers
    with db.reading() as session:
        report = session.get(VisitReport, details.id)
        assert (report.submitted_by, report.notes, report.flagged) == ("Team 1", "Calm.", False)
        assert report.arrived_at == datetime(2022, 11, 20, 4, 0, tzinfo=UTC)
        incident = session.scalars(select(Incident).where(Incident.report_id == details.id)).one()
        assert (incident.category, incident.severity, incident.mission_id) == (
            "Secrecy of the vote", Severity.MINOR, mission_id)
        assert incident.polling_station_id == report.polling_station_id
        reading = session.scalars(select(TurnoutReading).where(TurnoutReading.report_id == details.id)).one()
        assert (reading.registered_voters, reading.ballots_issued) == (1000, 300)
        assert reading.at == datetime(2022, 11, 20, 4, 15, tzinfo=UTC)
    assert load_report(db, details.id).incidents[0].description == "A photo of a ballot."


def test_rules_refuse_the_report_and_write_nothing(mission) -> None:
    db, mission_id, checklist_id = mission
    draft = voting_draft(db, mission_id, checklist_id, ballots_issued="1200", signposted="maybe")
    draft.answers.pop("voting_rating")
    draft.departed_at = datetime(2022, 11, 20, 9, 30, tzinfo=ALMATY)
    draft.team_id = None
    draft.incidents = [IncidentDraft("  ", Severity.MINOR)]
    with pytest.raises(ValidationError) as caught:
        create_report(db, mission_id, draft)
    found = {(p.field, p.message) for p in caught.value.problems}
    assert ("team", "choose the team that made the visit") in found
    assert ("departure", "is before the arrival") in found
    assert ("ballots_issued", "Ballots issued cannot exceed the number of voters on the list.") in found
    assert ("signposted", "'maybe' is not one of the choices") in found
    assert ("voting_rating", "an answer is required") in found
    assert ("category", "is required") in found
    # the departure's problem is said once, by the visit's own field
    assert sum(1 for field, _message in found if field == "departure") == 1
    with db.reading() as session:
        assert session.scalar(select(func.count()).select_from(VisitReport)) == 0
        assert session.scalar(select(func.count()).select_from(Answer)) == 0


def test_an_edit_replaces_answers_and_incidents_and_moves_the_version_on(mission) -> None:
    db, mission_id, checklist_id = mission
    draft = voting_draft(db, mission_id, checklist_id)
    draft.incidents = [IncidentDraft("Queue", Severity.MINOR, None, "Long queue")]
    first = create_report(db, mission_id, draft)
    edit = first.draft()
    edit.answers["signposted"] = "no"
    edit.answers["ballots_issued"] = "420"
    del edit.answers["ballots_issued_time"]
    edit.incidents[0].severity = Severity.SERIOUS
    edit.incidents.append(IncidentDraft("Pressure on voters", Severity.CRITICAL, None, "Seen twice"))
    second = update_report(db, first.id, first.version, edit)
    assert second.version == first.version + 1
    assert stored_answers(db, first.id)["signposted"] == "no"
    assert "ballots_issued_time" not in stored_answers(db, first.id)
    assert [(i.category, i.severity) for i in second.incidents] == [
        ("Queue", Severity.SERIOUS), ("Pressure on voters", Severity.CRITICAL)]
    assert second.incidents[0].id == first.incidents[0].id  # edited, not replaced
    with db.reading() as session:
        reading = session.scalars(select(TurnoutReading).where(TurnoutReading.report_id == first.id)).one()
        assert reading.ballots_issued == 420
        assert reading.at == datetime(2022, 11, 20, 4, 0, tzinfo=UTC)  # the arrival, without a time
    with pytest.raises(StaleEditError):
        update_report(db, first.id, first.version, edit)
    # removing the incidents removes them
    edit = second.draft()
    edit.incidents = []
    third = update_report(db, first.id, second.version, edit)
    assert third.incidents == ()
    with db.reading() as session:
        assert session.scalar(select(func.count()).select_from(Incident)) == 0


def test_a_station_in_another_zone_keeps_its_local_clock(mission) -> None:
    db, mission_id, checklist_id = mission
    stations, teams = ids(db, mission_id)
    draft = voting_draft(db, mission_id, checklist_id)
    draft.polling_station_id = stations["201"]
    draft.arrived_at = datetime(2022, 11, 20, 10, 0, tzinfo=AQTOBE)
    draft.departed_at = datetime(2022, 11, 20, 10, 30, tzinfo=AQTOBE)
    details = create_report(db, mission_id, draft)
    assert details.time_zone == "Asia/Aqtobe"
    assert stored_answers(db, details.id)["arrival_time"] == "10:00"
    assert details.arrived_at == datetime(2022, 11, 20, 5, 0, tzinfo=UTC)


def test_completing_a_flagged_import_clears_the_flag(mission) -> None:
    db, mission_id, checklist_id = mission
    add_reports(db, mission_id, checklist_id, [ReportRecord(
        station_number=None, team_name=None, phase=Phase.VOTING, answers={"signposted": "yes"},
        instance_id="uuid:1", flagged=True, flag_reason="no polling station given; no team given")])
    with db.reading() as session:
        report_id = session.scalar(select(VisitReport.id))
    details = load_report(db, report_id)
    assert details.flagged and details.station_number == ""
    edit = details.draft()
    with pytest.raises(ValidationError):  # still without a station and a team
        update_report(db, report_id, details.version, edit)
    stations, teams = ids(db, mission_id)
    complete = voting_draft(db, mission_id, checklist_id)
    complete.answers = {**complete.answers, **edit.answers}
    saved = update_report(db, report_id, details.version, complete)
    assert not saved.flagged and saved.flag_reason == ""
    assert saved.instance_id == "uuid:1"  # still the same submission


def test_delete_takes_answers_incidents_and_reading(mission) -> None:
    db, mission_id, checklist_id = mission
    draft = voting_draft(db, mission_id, checklist_id)
    draft.incidents = [IncidentDraft("Queue", Severity.MINOR)]
    details = create_report(db, mission_id, draft)
    with pytest.raises(StaleEditError):
        delete_report(db, details.id, details.version + 1)
    delete_report(db, details.id, details.version)
    with db.reading() as session:
        for model in (VisitReport, Answer, Incident, TurnoutReading):
            assert session.scalar(select(func.count()).select_from(model)) == 0
