"""Messages put together from pieces stay in one language, and no code reads a translated text back
to decide what to do: rows, empty sheets and phases travel as data, not as words."""

from __future__ import annotations

import sys
from datetime import date
from pathlib import Path

import pytest
from openpyxl import Workbook
from sqlalchemy import select, update

from observer_desk.commands.roster import plan_notes
from observer_desk.core.db import Database
from observer_desk.core.errors import StaleEditError, ValidationError
from observer_desk.core.language import set_language
from observer_desk.core.models import AuditEntry, ElectionType, Team
from observer_desk.core.services import missions
from observer_desk.core.services.reports import ReportRecord, add_reports
from observer_desk.core.services.roster_import import plan_import
from observer_desk.core.services.station_import import commit_station_import, plan_station_import
from observer_desk.core.services.submissions import commit_submissions, plan_submissions

sys.path.insert(0, str(Path(__file__).parent))
from findings_fixtures import small_mission, write_csv  # noqa: E402
from itinerary_world import World, build_world  # noqa: E402
from test_roster_import import make_mission  # noqa: E402
from test_station_import import workbook  # noqa: E402
from test_submissions_import import KOBO_HEADERS, kobo_row  # noqa: E402


# --- who changed a record, in the refusal of a stale edit --------------------------------------

@pytest.fixture
def mission_id(db: Database) -> int:
    mission = missions.create_mission(db, missions.MissionData(
        code="M-1", title="Mission", organisation="Org", host_country="KZ",
        election_type=ElectionType.EARLY_PRESIDENTIAL, election_date=date(2022, 11, 20),
        period_start=date(2022, 11, 17), period_end=date(2022, 11, 20), time_zone="Asia/Almaty"))
    missions.save_sending_bodies(db, mission.id, [missions.SendingBodyData(
        code="RU", name_en="Russia", country_code="RU")])
    return mission.id


def _stale_mission_edit(db: Database, mission_id: int, monkeypatch: pytest.MonkeyPatch) -> str:
    version = missions.get_mission_by_id(db, mission_id).version
    monkeypatch.setenv("OBSERVER_DESK_USER", "Erlan")
    missions.update_mission(db, mission_id, version, {"cec_name": "Central Election Commission",
                                                      "title": "Another title"})
    monkeypatch.setenv("OBSERVER_DESK_USER", "me")
    with pytest.raises(StaleEditError) as refused:
        missions.update_mission(db, mission_id, version, {"title": "A third title"})
    return str(refused.value)


def test_a_stale_edit_names_who_and_what_in_russian(db: Database, mission_id: int,
                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    set_language("ru")
    message = _stale_mission_edit(db, mission_id, monkeypatch)
    assert message.startswith("миссия M-1 была изменена пользователем Erlan (")
    assert "; поля: название, избирательная комиссия) после того, как вы её открыли" in message
    assert " by " not in message and " at " not in message and "cec" not in message
    # The trail itself keeps the words it was written in, whatever the window's language.
    with db.reading() as session:
        entry = session.scalar(select(AuditEntry).where(AuditEntry.table_name == "mission")
                               .order_by(AuditEntry.id.desc()).limit(1))
    assert entry.summary == "mission M-1: title, cec name changed"


def test_a_stale_edit_names_who_and_what_in_chinese_and_english(
        db: Database, mission_id: int, monkeypatch: pytest.MonkeyPatch) -> None:
    set_language("zh_CN")
    message = _stale_mission_edit(db, mission_id, monkeypatch)
    assert "已被更改，更改人：Erlan，时间：" in message
    assert "，涉及：标题、选举委员会（版本 1，现为 2）" in message
    set_language("en")
    with pytest.raises(StaleEditError, match=r"^mission M-1 was changed by Erlan at \d{4}-\d\d-\d\d "
                                             r"\d\d:\d\d UTC: title, election commission since"):
        missions.update_mission(db, mission_id, 1, {"title": "A fourth title"})


def test_a_stale_list_of_sending_bodies_in_russian(db: Database, mission_id: int,
                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    (body,) = missions.sending_bodies(db, mission_id)
    data = missions.SendingBodyData(code="RU", name_en="Russia", id=body.body.id,
                                    version=body.body.version, quota=3)
    monkeypatch.setenv("OBSERVER_DESK_USER", "Farida")
    missions.save_sending_bodies(db, mission_id, [data])
    set_language("ru")
    with pytest.raises(StaleEditError) as refused:
        missions.save_sending_bodies(db, mission_id, [data])
    message = str(refused.value)
    assert "(изменено пользователем Farida (" in message and "; поля: код страны, квота))" in message
    assert " by " not in message


# --- reports written in bulk name their record by its place, not by a text read back -----------

def test_a_problem_of_a_report_in_bulk_carries_its_place(db: Database) -> None:
    mission_id, checklist_id = small_mission(db)
    set_language("zh_CN")
    records = [ReportRecord("101", "Team 1", "voting"), ReportRecord("999", "Team 1", "voting"),
               ReportRecord("102", "Team 9", "voting")]
    with pytest.raises(ValidationError) as refused:
        add_reports(db, mission_id, checklist_id, records)
    assert [(p.row, p.where) for p in refused.value.problems] == [(1, "第 2 条记录"),
                                                                (2, "第 3 条记录")]


@pytest.mark.parametrize("language, where", [("ru", "строка 3"), ("zh_CN", "第 3 行"),
                                             ("en", "row 3")])
def test_a_report_refused_at_commit_names_the_file_row_in_every_language(
        db: Database, tmp_path: Path, language: str, where: str) -> None:
    mission_id, _checklist_id = small_mission(db)
    path = write_csv(tmp_path / "kobo.csv", KOBO_HEADERS, [
        kobo_row(1, "101", "Team 1"), kobo_row(2, "102", "Team 2")], delimiter=";")
    set_language(language)
    plan = plan_submissions(db, mission_id, path)
    assert not plan.has_errors
    with db.transaction() as session:  # renamed after the plan was made
        session.execute(update(Team).where(Team.name == "Team 2").values(name="Team Two"))
    with pytest.raises(ValidationError) as refused:
        commit_submissions(db, plan)
    [problem] = refused.value.problems
    assert (problem.where, problem.row, problem.field) == (where, 3, "team_name")


# --- an empty sheet is known by a flag, not by the word "empty" ---------------------------------

def test_an_empty_sheet_is_left_out_of_the_notes_in_any_language(db: Database, tmp_path: Path) -> None:
    mission_id = make_mission(db)
    book = Workbook()
    sheet = book.active
    sheet.title = "Nominations"
    sheet.append(["Family name", "Given names", "Date of birth", "Citizenship", "Sending body"])
    sheet.append(["Wang", "Fang", "1979-08-14", "China", "CN"])
    book.create_sheet("Blank")
    book.create_sheet("Notes").append(["Sent by the embassy on 1 November"])
    path = tmp_path / "nominations.xlsx"
    book.save(path)
    for language in ("ru", "zh_CN", "en"):
        set_language(language)
        plan = plan_import(db, mission_id, path)
        assert [(s.name, s.empty) for s in plan.skipped_sheets] == [("Blank", True), ("Notes", False)]
        notes = plan_notes(plan)
        assert [n for n in notes if "Blank" in n] == [], (language, notes)
        assert [n for n in notes if "Notes" in n] != []


# --- the phase of a duplicated visit ------------------------------------------------------------

def test_duplicate_visits_name_the_phase_in_the_language_of_the_message(
        db: Database, tmp_path: Path) -> None:
    mission_id, _checklist_id = small_mission(db)
    path = write_csv(tmp_path / "dups.csv", KOBO_HEADERS, [
        kobo_row(1, "201", "Team 2", arrival="09:00"),
        kobo_row(2, "201", "Team 1", arrival="09:00")], delimiter=";")
    set_language("ru")
    [group] = plan_submissions(db, mission_id, path).duplicates
    assert group.key.startswith("участок 201, голосование, прибытие ")
    set_language("en")
    [group] = plan_submissions(db, mission_id, path).duplicates
    assert group.key.startswith("station 201, voting, arrived ")


# --- the stations import: labels, units and times -----------------------------------------------

@pytest.fixture
def world(db: Database) -> World:
    return build_world(db)


def test_station_changes_and_units_read_in_the_plan_language(db: Database, world: World,
                                                             tmp_path: Path) -> None:
    path = workbook(tmp_path / "stations.xlsx", [
        [1, "101", None, "Renamed school", "New street 1", 2100, None, None, None, None, None]])
    plan = plan_station_import(db, world.mission_id, path)
    english = [str(c) for c in plan.rows[0].changes]
    assert [c.split(":")[0] for c in english] == ["Premises", "Address", "Registered voters"]
    assert plan.rows[0].unit == "Yesil District"

    set_language("ru")
    plan = plan_station_import(db, world.mission_id, path)
    assert [c.label for c in plan.rows[0].changes] == ["Помещение", "Адрес", "Число избирателей"]

    set_language("zh_CN")
    plan = plan_station_import(db, world.mission_id, path)
    assert [c.label for c in plan.rows[0].changes] == ["场所", "地址", "选民人数"]


def test_the_unit_is_shown_by_its_name_in_the_plan_language(db: Database, tmp_path: Path) -> None:
    mission_id, _checklist_id = small_mission(db)
    path = workbook(tmp_path / "stations.xlsx", [
        [1, "301", "astana-yesil", "School 7", "Street 7", 700, None, None, None, None, None],
        [2, "302", "aktobe", "School 8", "Street 8", 800, None, None, None, None, None]])
    shown = {}
    for language in ("en", "ru", "zh_CN"):
        set_language(language)
        shown[language] = [r.unit for r in plan_station_import(db, mission_id, path).rows]
    assert shown == {"en": ["Yesil District", "Aktobe Region"],
                     "ru": ["район Есиль", "Актюбинская область"],
                     "zh_CN": ["叶西尔区", "阿克托别州"]}


def test_an_unreadable_time_is_not_also_compared(db: Database, world: World, tmp_path: Path) -> None:
    path = workbook(tmp_path / "times.xlsx", [
        [1, "401", "yesil", "School", "Street 1", 100, "25:00", "07:00", None, None, None],
        [2, "402", "yesil", "School", "Street 2", 100, "08:00", "31:00", None, None, None],
        [3, "403", "yesil", "School", "Street 3", 100, "21:00", None, None, None, None],
    ])
    plan = plan_station_import(db, world.mission_id, path)
    assert [str(p) for p in plan.problems] == [
        'sheet Участки, row 4, column G (Открытие): "25:00" is not a time of day; write it as '
        "07:00 or 20:00",
        'sheet Участки, row 5, column H (Закрытие): "31:00" is not a time of day; write it as '
        "07:00 or 20:00",
        "sheet Участки, row 6, column G (Открытие): closing at 20:00 is not after opening at 21:00",
    ]


def test_the_refused_station_import_glues_file_and_place_in_the_language(
        db: Database, world: World, tmp_path: Path) -> None:
    path = workbook(tmp_path / "bad.xlsx", [
        [1, "501x!", "yesil", "School", "Street 1", 100, None, None, None, None, None]])
    set_language("zh_CN")
    plan = plan_station_import(db, world.mission_id, path)
    with pytest.raises(ValidationError) as refused:
        commit_station_import(db, plan)
    [problem] = refused.value.problems
    assert problem.where.startswith("bad.xlsx：")
