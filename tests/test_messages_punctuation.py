"""Messages put together from pieces read right in each language: Chinese joins them with its
full-width colon, semicolon, enumeration comma and brackets, names scripts and layouts in its own
words and quotes a value the way its other messages do; English stays as it was."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime, timezone

import pytest
from itinerary_world import World, at, build_world
from observer_desk.core.db import Database
from observer_desk.core.errors import Problem, ValidationError
from observer_desk.core.language import set_language
from observer_desk.core.models import EventKind, Phase
from observer_desk.core.parsing import ParseError, parse_latin_name
from observer_desk.core.scripts import script_name, script_word
from observer_desk.core.services.badges import (
    BadgeProblem,
    check_badges,
    load_badges,
    select_observers,
)
from observer_desk.core.services.bulk import where
from observer_desk.core.services.conflicts import ConflictKind, check_conflicts
from observer_desk.core.services.demo import create_demo_mission
from observer_desk.core.services.missions import get_mission
from observer_desk.core.services.observers import ObserverRecord, add_observers
from observer_desk.core.services.place_editing import delete_station, list_station_rows
from observer_desk.core.services.programme import EventData, create_event
from observer_desk.core.services.teams import TeamData, create_team
from observer_desk.documents.badges.layouts import LAYOUTS


@pytest.fixture
def world(db: Database) -> World:
    return build_world(db)


def unknown_bodies(db: Database, world: World) -> ValidationError:
    with pytest.raises(ValidationError) as caught:
        add_observers(db, world.mission_id, [
            ObserverRecord("X-01", "DOE", sending_body_code="NOPE"),
            ObserverRecord("X-02", "ROE", sending_body_code="NOPE")])
    return caught.value


def test_a_problem_and_a_validation_error_in_chinese(db: Database, world: World) -> None:
    set_language("zh_CN")
    assert str(Problem("sending_body", "本观察团中没有该派遣方", where(1))) == (
        "第 1 条记录：派遣方：本观察团中没有该派遣方")
    error = unknown_bodies(db, world)
    assert str(error).startswith("第 1 条记录：派遣方：本观察团中没有代码为 'NOPE' 的派遣方")
    assert "；第 2 条记录：派遣方：" in str(error)
    assert ": " not in str(error) and "; " not in str(error)


def test_the_same_problems_in_english_and_russian_keep_their_colons(db: Database,
                                                                     world: World) -> None:
    assert str(Problem("host_country", "give the two-letter ISO code", "record 2")) == (
        "record 2: host country: give the two-letter ISO code")
    assert str(Problem("", "the file is empty", "sheet 1")) == "sheet 1: the file is empty"
    english = str(unknown_bodies(db, world))
    assert english.startswith("record 1: sending body: no sending body with code 'NOPE'")
    assert "; record 2: sending body: " in english
    set_language("ru")
    russian = str(unknown_bodies(db, world))
    assert russian.startswith("запись 1: направляющая сторона: ") and "; запись 2: " in russian


def visit(world: World, station: str, start, end, phase: Phase, team_id: int) -> EventData:
    return EventData(kind=EventKind.VISIT, title=f"Visit to station {station}", starts_at=start,
                     ends_at=end, polling_station_id=world.stations[station], phase=phase,
                     team_ids=[team_id])


def test_conflicts_in_chinese(db: Database, world: World) -> None:
    team_one = create_team(db, world.mission_id, TeamData(
        name="Team 1", member_ids=[world.observers["T-01"], world.observers["T-02"]])).id
    create_event(db, world.mission_id, visit(world, "101", at(20, "06:30"), at(20, "07:15"),
                                             Phase.VOTING, team_one))
    create_event(db, world.mission_id, EventData(
        kind=EventKind.MEETING, title="Debrief", starts_at=at(20, "07:00"), ends_at=at(20, "07:30"),
        venue_id=world.venues["hotel"], observer_ids=[world.observers["T-01"]]))
    set_language("zh_CN")
    report = check_conflicts(db, world.mission_id)
    [hours] = [c for c in report.conflicts if c.kind is ConflictKind.OPENING_HOURS]
    assert hours.message.endswith(
        "2022-11-20 06:30-07:15 UTC+6 Asia/Almaty［投票］（Team 1：ZHANG Wei (T-01)、IVANOV Sergei (T-02)）"
        "开始时间早于投票站 07:00 开放（只有开站可以提前）")
    [double] = [c for c in report.conflicts if c.kind is ConflictKind.DOUBLE_BOOKED]
    assert str(double).startswith("观察员重复安排：ZHANG Wei (T-01)（随Team 1）同时被安排在两地：")
    set_language("ru")
    [double] = [c for c in check_conflicts(db, world.mission_id).conflicts
                if c.kind is ConflictKind.DOUBLE_BOOKED]
    assert str(double).startswith("наблюдатель занят дважды: ZHANG Wei (T-01) (в составе Team 1) "
                                  "одновременно в двух местах: ")
    set_language("en")
    [double] = [c for c in check_conflicts(db, world.mission_id).conflicts
                if c.kind is ConflictKind.DOUBLE_BOOKED]
    assert str(double).startswith("two places at once: ZHANG Wei (T-01) through Team 1 in two places "
                                  "at once: ")


def test_a_station_in_use_is_refused_in_chinese(db: Database, world: World) -> None:
    row = next(r for r in list_station_rows(db, world.mission_id) if r.number == "102")
    create_event(db, world.mission_id, EventData(
        kind=EventKind.VISIT, title="Visit", polling_station_id=row.id,
        starts_at=datetime(2022, 11, 20, 2, 0, tzinfo=timezone.utc),
        ends_at=datetime(2022, 11, 20, 3, 0, tzinfo=timezone.utc)))
    world_team = create_team(db, world.mission_id, TeamData(name="Team 9", member_ids=[])).id
    create_event(db, world.mission_id, EventData(
        kind=EventKind.VISIT, title="Second visit", polling_station_id=row.id, team_ids=[world_team],
        starts_at=datetime(2022, 11, 20, 4, 0, tzinfo=timezone.utc),
        ends_at=datetime(2022, 11, 20, 5, 0, tzinfo=timezone.utc)))
    with pytest.raises(ValidationError) as english:
        delete_station(db, row.id, row.version)
    assert str(english.value) == ("Station 102 cannot be deleted: 2 events depend on it; move or "
                                  "delete those first")
    set_language("zh_CN")
    with pytest.raises(ValidationError) as chinese:
        delete_station(db, row.id, row.version)
    assert str(chinese.value) == "无法删除 102 号投票站：有 2 项活动与其关联；请先移动或删除这些记录"


def test_a_badge_problem_and_a_script_in_chinese(db: Database) -> None:
    create_demo_mission(db)
    mission_id = get_mission(db).id
    mission, badges = load_badges(db, mission_id, select_observers(db, mission_id, codes=("SCO-09",)))
    kavita = replace(badges[0], native_name="कविता")
    set_language("zh_CN")
    [problem] = check_badges(mission, [kavita], "cr80")
    assert str(problem) == (
        "SCO-09 DESHPANDE Kavita：本国文字姓名：内置字体均不含 'क' U+0915、'व' U+0935、'ि' U+093F、"
        "'त' U+0924、'ा' U+093E（天城文）：打印出来将是空方框")
    assert str(BadgeProblem("", "", "组织", "内置字体均不含 X")) == "观察团：组织：内置字体均不含 X"
    set_language("en")
    [problem] = check_badges(mission, [kavita], "cr80")
    assert str(problem) == (
        "SCO-09 DESHPANDE Kavita: name in own script: no bundled font has 'क' U+0915, 'व' U+0935, "
        "'ि' U+093F, 'त' U+0924, 'ा' U+093E (Devanagari): they would print as empty boxes")


def test_script_names_in_each_language() -> None:
    assert [script_name(script_word(c)) for c in "Жक漢α"] == ["Cyrillic", "Devanagari", "Chinese",
                                                              "Greek"]
    assert script_name("CHEROKEE") == "Cherokee"  # none of ours: the English name
    set_language("zh_CN")
    assert [script_name(script_word(c)) for c in "Жक漢α"] == ["西里尔字母", "天城文", "汉字", "希腊字母"]
    assert script_name("Chinese") == "汉字" and script_name("CHEROKEE") == "Cherokee"
    set_language("ru")
    assert script_name("Cyrillic") == "кириллица"


def test_a_name_in_another_script_names_it_and_quotes_it_in_each_language() -> None:
    with pytest.raises(ParseError, match=r'^"Иванов" is written in Cyrillic script; '):
        parse_latin_name("Иванов")
    set_language("ru")
    with pytest.raises(ParseError, match=r"^«Иванов» написано не латиницей \(письменность: кириллица\); "):
        parse_latin_name("Иванов")
    set_language("zh_CN")
    with pytest.raises(ParseError, match=r"^“Иванов”使用西里尔字母书写；"):
        parse_latin_name("Иванов")


def test_layout_titles_are_shown_in_the_language_and_kept_in_english() -> None:
    layout = LAYOUTS["cr80"]
    assert layout.display_title == layout.title == "CR80 card, portrait (53.98 x 85.60 mm)"
    set_language("zh_CN")
    assert layout.display_title == "CR80 卡片，纵向（53.98 × 85.60 毫米）"
    assert layout.title == "CR80 card, portrait (53.98 x 85.60 mm)" and layout.name == "cr80"
    set_language("ru")
    assert {name: shown.display_title for name, shown in LAYOUTS.items()}["a6"] == "Вкладыш A6 (105 × 148 мм)"
