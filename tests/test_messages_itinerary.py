"""The programme's messages in the user's language: conflicts, refusals and problems from the
itinerary services read in Russian and Chinese once the language is chosen, with the counted
words in the form their number needs, and stay in English otherwise."""

from __future__ import annotations

import pytest

from itinerary_world import World, at, build_world
from observer_desk.core.db import Database
from observer_desk.core.errors import ValidationError
from observer_desk.core.language import set_language
from observer_desk.core.models import EventKind, Phase
from observer_desk.core.services.conflicts import ConflictKind, check_conflicts
from observer_desk.core.services.place_editing import delete_station, list_station_rows
from observer_desk.core.services.programme import EventData, create_event
from observer_desk.core.services.teams import TeamData, create_team
from observer_desk.core.services.venues import delete_venue, list_venues


@pytest.fixture
def world(db: Database) -> World:
    return build_world(db)


def meeting(world: World, title: str, start, end, *, venue: str = "hotel",
            observers: tuple[str, ...] = ("T-01",)) -> EventData:
    return EventData(kind=EventKind.MEETING, title=title, starts_at=start, ends_at=end,
                     venue_id=world.venues[venue],
                     observer_ids=[world.observers[c] for c in observers])


def overlapping_meetings(db: Database, world: World) -> None:
    create_event(db, world.mission_id, meeting(world, "Meeting with the CEC", at(18, "10:00"),
                                               at(18, "11:00"), venue="cec"))
    create_event(db, world.mission_id, meeting(world, "Press briefing", at(18, "10:30"),
                                               at(18, "11:30")))


def test_an_overlap_is_named_in_russian(db: Database, world: World) -> None:
    overlapping_meetings(db, world)
    set_language("ru")
    [conflict] = check_conflicts(db, world.mission_id).conflicts
    assert conflict.kind is ConflictKind.DOUBLE_BOOKED
    assert str(conflict) == (
        "наблюдатель занят дважды: ZHANG Wei (T-01) одновременно в двух местах: "
        "«Meeting with the CEC» (Election Commission), 2022-11-18 10:00-11:00 UTC+6 Asia/Almaty и "
        "«Press briefing» (Test Hotel), 2022-11-18 10:30-11:30 UTC+6 Asia/Almaty")


def test_the_summary_counts_in_russian_plural_forms(db: Database, world: World) -> None:
    overlapping_meetings(db, world)
    set_language("ru")
    assert check_conflicts(db, world.mission_id).summary() == (
        "1 накладка; проверено: 2 мероприятия, 1 человек, 0 групп")


def test_too_little_travel_time_is_said_in_chinese(db: Database, world: World) -> None:
    create_event(db, world.mission_id, meeting(world, "Hotel meeting", at(18, "10:00"),
                                               at(18, "11:00")))
    create_event(db, world.mission_id, meeting(world, "CEC meeting", at(18, "11:10"),
                                               at(18, "12:00"), venue="cec"))
    set_language("zh_CN")
    [conflict] = check_conflicts(db, world.mission_id).conflicts
    assert conflict.label == "路程时间"
    assert conflict.message.startswith("ZHANG Wei (T-01)从“Hotel meeting”（Test Hotel），")
    # The units in the language of the messages, each in English where it has no Chinese name.
    assert conflict.message.endswith("只有 10 分钟；在Yesil District, 阿斯塔纳内路程需要 20 分钟")


def test_a_station_visit_outside_opening_hours_names_the_station_in_russian(
        db: Database, world: World) -> None:
    create_event(db, world.mission_id, EventData(
        kind=EventKind.VISIT, title="Early visit", starts_at=at(20, "06:30"), ends_at=at(20, "07:15"),
        polling_station_id=world.stations["101"], phase=Phase.VOTING,
        observer_ids=[world.observers["T-01"]]))
    set_language("ru")
    [conflict] = check_conflicts(db, world.mission_id).conflicts
    assert conflict.kind is ConflictKind.OPENING_HOURS
    assert "«Early visit» (Избирательный участок № 101" in conflict.message
    assert "[голосование]" in conflict.message
    assert conflict.message.endswith("начинается до открытия участка в 07:00 (раньше может "
                                     "начинаться только открытие)")


def test_a_team_without_a_name_is_refused_in_chinese(db: Database, world: World) -> None:
    set_language("zh_CN")
    with pytest.raises(ValidationError) as caught:
        create_team(db, world.mission_id, TeamData(name="  ", member_ids=[world.observers["T-06"]]))
    messages = {p.field: p.message for p in caught.value.problems}
    assert messages["name"] == "为必填项"
    assert messages["member_ids"] == "T-06 的状态为“已撤回”，不能加入小组"


def test_refusals_count_in_russian(db: Database, world: World) -> None:
    for hour in ("09:00", "11:00"):
        create_event(db, world.mission_id, EventData(
            kind=EventKind.VISIT, title=f"Visit at {hour}", starts_at=at(19, hour),
            ends_at=at(19, hour.replace(":00", ":30")), polling_station_id=world.stations["102"]))
    station = next(r for r in list_station_rows(db, world.mission_id) if r.number == "102")
    set_language("ru")
    with pytest.raises(ValidationError) as caught:
        delete_station(db, station.id, station.version)
    assert caught.value.problems[0].message == (
        "Участок № 102: удаление невозможно, с этой записью связаны: 2 мероприятия; сначала "
        "перенесите или удалите их")


def test_a_venue_in_use_is_refused_in_chinese(db: Database, world: World) -> None:
    create_event(db, world.mission_id, meeting(world, "Briefing", at(18, "10:00"), at(18, "11:00")))
    venue = next(v for v in list_venues(db, world.mission_id) if v.id == world.venues["hotel"])
    set_language("zh_CN")
    with pytest.raises(ValidationError) as caught:
        delete_venue(db, venue.id, venue.version)
    assert caught.value.problems[0].message == "有 1 项活动在 Test Hotel 举行；请先将其移到其他场所"


def test_english_stays_as_it_was(db: Database, world: World) -> None:
    overlapping_meetings(db, world)
    report = check_conflicts(db, world.mission_id)
    assert report.summary() == "1 conflict: 2 events, 1 person, 0 teams checked"
    assert str(report.conflicts[0]).startswith(
        "two places at once: ZHANG Wei (T-01) in two places at once: 'Meeting with the CEC' at "
        "Election Commission, ")
