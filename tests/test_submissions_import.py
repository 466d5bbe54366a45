"""Importing ODK Central and KoboToolbox submission exports: the plan, flags, duplicates, odd
files, and what the commit stores."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest
from findings_fixtures import small_mission, write_csv, write_xlsx
from hostile import files as hostile
from sqlalchemy import func, select

from observer_desk.cli import main
from observer_desk.core.db import Database
from observer_desk.core.errors import ValidationError
from observer_desk.core.models import (
    Answer,
    AuditEntry,
    Question,
    ReportSource,
    TurnoutReading,
    VisitReport,
)
from observer_desk.core.services.submissions import (
    SubmissionAction,
    commit_submissions,
    plan_submissions,
)
from observer_desk.documents.submissions_reader import SubmissionsFileError

KOBO_HEADERS = [
    "start", "end", "visit/station_number", "visit/arrival_time", "visit/departure_time",
    "visit/phase", "premises/signposted", "premises/aids_impaired", "voting/id_checked",
    "transparency/domestic_observers", "transparency/domestic_observers/candidates",
    "transparency/domestic_observers/parties", "transparency/domestic_observers/public_associations",
    "transparency/domestic_observers/media", "transparency/domestic_observers/none",
    "turnout/registered_voters", "turnout/ballots_issued", "turnout/ballots_issued_time",
    "summary/voting_rating", "team", "remarks_for_hq", "_id", "_uuid", "_submission_time",
    "_validation_status", "_submitted_by", "__version__", "_index",
]


def kobo_row(n: int, station: str, team: str, *, arrival: str = "10:05", signposted: str = "yes",
             domestic: str = "candidates parties", issued: str = "300", offset: str = "+06:00",
             uuid: str | None = None) -> list[str]:
    chosen = domestic.split()
    flags = [("1" if v in chosen else "0") for v in
             ("candidates", "parties", "public_associations", "media", "none")]
    return [f"2022-11-20T{arrival}:12.345{offset}", f"2022-11-20T11:40:00.000{offset}", station,
            f"{arrival}:00.000{offset}", "11:30:00.000" + offset, "voting", signposted,
            "not_observed", "always", domestic, *flags, "", issued, "11:00:00.000" + offset,
            "very_good", team, "note for HQ", str(n), uuid or f"0000-{n:04d}",
            "2022-11-20T06:00:00", "", team.lower().replace(" ", ""), "v1", str(n)]


@pytest.fixture
def mission(db: Database) -> tuple[Database, int, int]:
    mission_id, checklist_id = small_mission(db)
    return db, mission_id, checklist_id


def _stored(db: Database, mission_id: int) -> dict[str, dict[str, object]]:
    """{instance id: the report's fields and answers}, read back from the database."""
    with db.reading() as session:
        names = dict(session.execute(select(Question.id, Question.name)).all())
        result = {}
        for report in session.scalars(select(VisitReport).where(VisitReport.mission_id == mission_id)):
            result[report.instance_id] = {
                "station": report.polling_station_id, "team": report.team_id,
                "arrived": report.arrived_at, "departed": report.departed_at,
                "flagged": report.flagged, "reason": report.flag_reason, "source": report.source,
                "answers": {names[a.question_id]: a.value for a in report.answers},
            }
        return result


def test_a_kobo_csv_with_semicolons_imports_with_flags_for_unknown_places(
        mission: tuple[Database, int, int], tmp_path: Path) -> None:
    db, mission_id, _ = mission
    path = write_csv(tmp_path / "kobo.csv", KOBO_HEADERS, [
        kobo_row(1, "101", "Team 1"),
        kobo_row(2, "0102", "Team 2", signposted="no", domestic="none", issued="600"),
        kobo_row(3, "999", "Team 1"),
        kobo_row(4, "", "Team 9"),
        kobo_row(5, "201", "Team 2", arrival="10:00", offset="+05:00", issued="200"),
    ], delimiter=";")
    plan = plan_submissions(db, mission_id, path)
    assert plan.source is ReportSource.KOBO and "semicolon" in plan.file
    assert [r.action for r in plan.rows] == [SubmissionAction.ADD] * 5
    assert not plan.has_errors and plan.duplicates == []
    assert [c.header for c in plan.unknown_columns] == ["remarks_for_hq"]
    assert any("remarks_for_hq" in note for note in plan.notes)
    flagged = {r.row: r.flag_reason for r in plan.flagged_rows}
    assert flagged == {4: "no polling station 999 in this mission",
                       5: "no polling station given; no team 'Team 9' in this mission"}

    result = commit_submissions(db, plan)
    assert (result.added, result.flagged, result.readings) == (5, 2, 3)
    stored = _stored(db, mission_id)
    first = stored["uuid:0000-0001"]
    assert first["answers"] == {
        "station_number": "101", "arrival_time": "10:05", "departure_time": "11:30",
        "phase": "voting", "signposted": "yes", "aids_impaired": "not_observed",
        "id_checked": "always", "domestic_observers": "candidates parties",
        "ballots_issued": "300", "ballots_issued_time": "11:00", "voting_rating": "very_good"}
    assert first["arrived"] == datetime(2022, 11, 20, 4, 5, tzinfo=UTC)
    assert first["departed"] == datetime(2022, 11, 20, 5, 30, tzinfo=UTC)
    assert first["source"] is ReportSource.KOBO and not first["flagged"]
    assert stored["uuid:0000-0002"]["answers"]["domestic_observers"] == "none"
    assert stored["uuid:0000-0002"]["station"] is not None  # "0102" is station 102
    assert stored["uuid:0000-0003"]["station"] is None and stored["uuid:0000-0003"]["flagged"]
    assert stored["uuid:0000-0003"]["answers"]["station_number"] == "999"
    aktobe = stored["uuid:0000-0005"]
    assert aktobe["arrived"] == datetime(2022, 11, 20, 5, 0, tzinfo=UTC)  # 10:00 at +05
    with db.reading() as session:
        readings = sorted((r.registered_voters, r.ballots_issued, r.at) for r in session.scalars(
            select(TurnoutReading).where(TurnoutReading.mission_id == mission_id)))
        audit = session.scalars(select(AuditEntry).where(AuditEntry.mission_id == mission_id)).all()
    assert readings == [(800, 200, datetime(2022, 11, 20, 6, 0, tzinfo=UTC)),
                        (1000, 300, datetime(2022, 11, 20, 5, 0, tzinfo=UTC)),
                        (1200, 600, datetime(2022, 11, 20, 5, 0, tzinfo=UTC))]
    assert any("5 report(s) imported from kobo.csv" in a.summary for a in audit)

    again = plan_submissions(db, mission_id, path)
    assert [r.action for r in again.rows] == [SubmissionAction.ALREADY_IMPORTED] * 5
    assert commit_submissions(db, again).added == 0


def test_kobo_label_headers_label_values_and_choice_columns(
        mission: tuple[Database, int, int], tmp_path: Path) -> None:
    db, mission_id, _ = mission
    headers = ["Polling station number", "Phase observed", "Time of arrival",
               "Was the polling station clearly signposted?",
               "Which domestic observers were present?",
               "Which domestic observers were present?/Candidates' representatives",
               "Which domestic observers were present?/Media",
               "Overall rating of the voting", "_uuid", "_submission_time"]
    rows = [
        ["101", "Voting", "09:15", "Yes", "", "1", "1", "Very good", "a-1", "2022-11-20T05:00:00"],
        # labels in Russian, and Kobo's space-joined labels of a multiple choice
        ["102", "Голосование", "09:40", "Нет", "Candidates' representatives Media", "", "",
         "Хорошо", "a-2", "2022-11-20T05:10:00"],
    ]
    plan = plan_submissions(db, mission_id, write_csv(tmp_path / "labels.csv", headers, rows))
    assert not plan.has_errors, plan.problems
    uses = {c.header: (c.use, c.question, c.choice) for c in plan.columns}
    assert uses["Which domestic observers were present?/Media"] == (
        "choice", "domestic_observers", "media")
    answers = [plan.answers(r) for r in plan.rows]
    assert answers[0]["domestic_observers"] == "candidates media"
    assert answers[0]["phase"] == "voting" and answers[0]["voting_rating"] == "very_good"
    assert answers[1]["signposted"] == "no" and answers[1]["voting_rating"] == "good"
    assert answers[1]["domestic_observers"] == "candidates media"
    assert all("no team given" in r.flag_reason for r in plan.rows)


def test_an_odk_central_csv_with_dash_groups_and_review_states(
        mission: tuple[Database, int, int], tmp_path: Path) -> None:
    db, mission_id, _ = mission
    headers = ["SubmissionDate", "start", "end", "visit-station_number", "visit-phase",
               "premises-signposted", "transparency-domestic_observers", "meta-instanceID", "KEY",
               "SubmitterID", "SubmitterName", "AttachmentsPresent", "AttachmentsExpected",
               "Status", "ReviewState", "DeviceID", "Edits", "FormVersion"]
    rows = [
        ["2022-11-20T05:21:31.534Z", "2022-11-20T11:02:10.119+06:00",
         "2022-11-20T11:40:00.000+06:00", "101", "voting", "yes", "media parties", "uuid:c-1",
         "uuid:c-1", "5", "Team 1", "0", "0", "", "approved", "collect:x", "0", "2022.1"],
        ["2022-11-20T05:31:31.534Z", "2022-11-20T12:02:10.119+06:00",
         "2022-11-20T12:40:00.000+06:00", "102", "voting", "no", "", "uuid:c-2", "uuid:c-2", "5",
         "Team 1", "0", "0", "", "rejected", "collect:x", "0", "2022.1"],
        ["2022-11-20T05:41:31.534Z", "2022-11-20T13:02:10.119+06:00",
         "2022-11-20T13:40:00.000+06:00", "102", "voting", "no", "", "uuid:c-3", "uuid:c-3", "6",
         "Team 2", "0", "0", "", "hasIssues", "collect:y", "0", "2022.1"],
    ]
    plan = plan_submissions(db, mission_id, write_csv(tmp_path / "central.csv", headers, rows))
    assert plan.source is ReportSource.ODK
    assert [r.action for r in plan.rows] == [SubmissionAction.ADD, SubmissionAction.SKIPPED,
                                            SubmissionAction.ADD]
    assert plan.rows[1].note == "rejected in ODK Central's review"
    assert plan.rows[0].flags == ()  # team from the submitter, times from start and end
    assert plan.rows[0].arrived_at == datetime(2022, 11, 20, 5, 2, 10, 119000, tzinfo=UTC)
    assert plan.rows[2].flag_reason == "ODK Central's review says it has issues"
    assert plan.answers(plan.rows[0])["domestic_observers"] == "parties media"
    result = commit_submissions(db, plan)
    assert (result.added, result.flagged) == (2, 1)
    assert set(_stored(db, mission_id)) == {"uuid:c-1", "uuid:c-3"}


def test_row_errors_are_placed_and_nothing_is_written(
        mission: tuple[Database, int, int], tmp_path: Path, db_url: str,
        capsys: pytest.CaptureFixture[str]) -> None:
    db, mission_id, _ = mission
    bad = kobo_row(2, "102", "Team 1", signposted="maybe")
    bad[KOBO_HEADERS.index("turnout/ballots_issued")] = "many"
    path = write_csv(tmp_path / "bad.csv", KOBO_HEADERS, [kobo_row(1, "101", "Team 1"), bad],
                     delimiter=";")
    plan = plan_submissions(db, mission_id, path)
    assert [r.action for r in plan.rows] == [SubmissionAction.ADD, SubmissionAction.ERROR]
    assert {(p.where, p.field) for p in plan.problems} == {
        ("row 3, column 'premises/signposted'", "signposted"),
        ("row 3, column 'turnout/ballots_issued'", "ballots_issued")}
    assert "'maybe' is not one of the question's choices (yes, no, not_observed)" in str(
        plan.problems)
    with pytest.raises(ValidationError):
        commit_submissions(db, plan)
    assert _stored(db, mission_id) == {}
    code = main(["--db", db_url, "findings", "import", str(path)])
    assert code == 2
    err = capsys.readouterr().err
    assert "row 3, column 'premises/signposted': signposted: 'maybe'" in err
    assert "nothing was imported: 1 row(s) with errors" in err
    assert _stored(db, mission_id) == {}


def test_duplicates_are_listed_and_must_be_resolved(
        mission: tuple[Database, int, int], tmp_path: Path, db_url: str,
        capsys: pytest.CaptureFixture[str]) -> None:
    db, mission_id, _ = mission
    path = write_csv(tmp_path / "dups.csv", KOBO_HEADERS, [
        kobo_row(1, "101", "Team 1", uuid="same"),
        kobo_row(2, "102", "Team 1", uuid="same"),  # same submission id
        kobo_row(3, "201", "Team 2", arrival="09:00"),
        kobo_row(4, "201", "Team 1", arrival="09:00"),  # same station, phase and arrival
    ], delimiter=";")
    plan = plan_submissions(db, mission_id, path)
    assert sorted((g.kind, g.rows) for g in plan.duplicates) == [
        ("submission id", (2, 3)), ("visit", (4, 5))]
    with pytest.raises(ValidationError, match="keep one"):
        commit_submissions(db, plan)
    assert _stored(db, mission_id) == {}
    assert main(["--db", db_url, "findings", "import", str(path)]) == 1
    assert "duplicates (to resolve): same submission id (uuid:same): rows 2, 3" in \
        capsys.readouterr().out
    assert main(["--db", db_url, "findings", "import", str(path), "--skip", "3",
                 "--skip", "5"]) == 0
    stored = _stored(db, mission_id)
    assert sorted(stored) == ["uuid:0000-0003", "uuid:same"] and len(stored) == 2
    # a report of the same visit as a stored one is a duplicate too
    again = write_csv(tmp_path / "again.csv", KOBO_HEADERS,
                      [kobo_row(9, "201", "Team 2", arrival="09:00")], delimiter=";")
    plan = plan_submissions(db, mission_id, again)
    assert [(g.kind, g.rows, len(g.existing_reports)) for g in plan.duplicates] == [
        ("visit", (2,), 1)]


@pytest.mark.parametrize("encoding", ["utf-16", "utf-8-sig", "cp1251"])
def test_other_encodings_are_detected(mission: tuple[Database, int, int], tmp_path: Path,
                                      encoding: str) -> None:
    db, mission_id, _ = mission
    headers = ["visit/station_number", "visit/phase", "premises/signposted", "summary/notes",
               "_uuid"]
    rows = [["101", "Голосование", "Да", "Очередь у входа", "e-1"]]
    path = write_csv(tmp_path / "enc.csv", headers, rows, delimiter=";", encoding=encoding)
    plan = plan_submissions(db, mission_id, path)
    assert not plan.has_errors, plan.problems
    answers = plan.answers(plan.rows[0])
    assert answers["phase"] == "voting" and answers["signposted"] == "yes"
    assert answers["notes"] == "Очередь у входа"
    if encoding == "cp1251":
        assert any("Windows-1251" in note for note in plan.notes)


def test_unusable_files_are_refused_with_one_line(mission: tuple[Database, int, int],
                                                  tmp_path: Path) -> None:
    db, mission_id, _ = mission
    latin = tmp_path / "latin.csv"
    latin.write_bytes("station_number;phase;notes\n101;voting;café\n".encode("latin-1"))
    with pytest.raises(SubmissionsFileError, match=r"not UTF-8 text \(byte 0xE9 on line 2"):
        plan_submissions(db, mission_id, latin)
    binary = tmp_path / "binary.csv"
    binary.write_bytes(b"a,b\n\x00\x01\x02\x03\xff\x00\x10")
    with pytest.raises(SubmissionsFileError, match="binary file"):
        plan_submissions(db, mission_id, binary)
    other = write_csv(tmp_path / "other.csv", ["name", "age"], [["x", "3"]])
    with pytest.raises(ValidationError, match="no column of other.csv is a question"):
        plan_submissions(db, mission_id, other)


def test_a_kobo_workbook_export(mission: tuple[Database, int, int], tmp_path: Path) -> None:
    db, mission_id, _ = mission
    headers = ["start", "visit/station_number", "visit/phase", "turnout/ballots_issued",
               "transparency/domestic_observers/media", "transparency/domestic_observers/parties",
               "team", "_uuid", "_submission_time"]
    path = write_xlsx(tmp_path / "kobo.xlsx", {
        "Election-day observation form": [
            headers,
            [datetime(2022, 11, 20, 9, 30), 101, "voting", 250.0, 1, 0, "Team 1", "x-1",
             datetime(2022, 11, 20, 4, 0)],
        ],
        "repeat_group": [["_index", "_parent_index"], [1, 1]],
    })
    plan = plan_submissions(db, mission_id, path)
    assert not plan.has_errors, plan.problems
    row = plan.rows[0]
    assert plan.answers(row) == {"station_number": "101", "phase": "voting",
                                 "ballots_issued": "250", "domestic_observers": "media"}
    assert row.arrived_at == datetime(2022, 11, 20, 3, 30, tzinfo=UTC)
    assert any("repeat_group" in note for note in plan.notes)
    commit_submissions(db, plan)
    with db.reading() as session:
        assert session.scalar(select(func.count()).select_from(Answer)) == 4


@pytest.mark.parametrize("name", ["password-protected", "legacy .xls", "compression bomb",
                                  "declared huge", "entities in shared strings",
                                  "entities in a sheet", "truncated zip"])
def test_hostile_workbooks_are_refused_before_they_are_opened(
        mission: tuple[Database, int, int], tmp_path: Path, name: str) -> None:
    db, mission_id, _ = mission
    maker, words = hostile.HOSTILE[name]
    with pytest.raises(SubmissionsFileError, match=words) as refused:
        plan_submissions(db, mission_id, maker(tmp_path))
    assert "\n" not in str(refused.value)
