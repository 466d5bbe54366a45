"""Editing the programme: events, moving and resizing them, shifting a set, copying a day; teams;
venues and travel buffers. Each write is one transaction, stale versions are refused."""

from __future__ import annotations

from datetime import date, datetime, timezone
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import func, select

from itinerary_world import AKTOBE, World, at, build_world  # noqa: E402
from observer_desk.core.db import Database
from observer_desk.core.errors import NotFoundError, StaleEditError, ValidationError
from observer_desk.core.models import Event, EventKind, EventParticipant, Phase, TeamMember
from observer_desk.core.services.programme import (
    EventData,
    copy_day,
    create_event,
    delete_event,
    delete_events,
    move_event,
    resize_event,
    shift_events,
    snap,
    update_event,
)
from observer_desk.core.services.schedule import load_schedule
from observer_desk.core.services.teams import (
    TeamData,
    create_team,
    delete_team,
    list_teams,
    move_member,
    update_team,
)
from observer_desk.core.services.venues import (
    VenueData,
    create_venue,
    delete_venue,
    list_venues,
    set_travel_buffer,
    travel_buffers,
    update_venue,
)

UTC = timezone.utc


@pytest.fixture
def world(db: Database) -> World:
    return build_world(db)


def data(world: World, title: str = "Meeting", start: datetime | None = None,
         end: datetime | None = None, **extra) -> EventData:
    values = dict(kind=EventKind.MEETING, title=title, starts_at=start or at(18, "10:00"),
                  ends_at=end or at(18, "11:00"), venue_id=world.venues["hotel"])
    values.update(extra)
    return EventData(**values)


def event_count(db: Database) -> int:
    with db.reading() as session:
        return session.scalar(select(func.count()).select_from(Event))


# --- events --------------------------------------------------------------------------------

def test_create_event_takes_the_zone_of_its_place(db: Database, world: World) -> None:
    in_astana = create_event(db, world.mission_id, data(
        world, observer_ids=[world.observers["T-01"]]))
    assert in_astana.time_zone == "Asia/Almaty"
    assert in_astana.starts_at == datetime(2022, 11, 18, 4, 0, tzinfo=UTC)
    assert in_astana.observer_ids == (world.observers["T-01"],)
    assert in_astana.version == 1

    in_aktobe = create_event(db, world.mission_id, data(
        world, "Visit", at(20, "09:00", AKTOBE), at(20, "10:00", AKTOBE), kind=EventKind.VISIT,
        venue_id=None, polling_station_id=world.stations["501"], phase=Phase.VOTING))
    assert in_aktobe.time_zone == "Asia/Aqtobe"
    assert f"{in_aktobe.local_start:%H:%M}" == "09:00"
    assert in_aktobe.place is not None and in_aktobe.place.number == "501"

    given = create_event(db, world.mission_id, data(world, "Call", time_zone="Europe/Moscow"))
    assert given.time_zone == "Europe/Moscow"


def test_create_event_lists_every_problem_and_writes_nothing(db: Database, world: World) -> None:
    with pytest.raises(ValidationError) as caught:
        create_event(db, world.mission_id, EventData(
            kind=EventKind.VISIT, title=" ", starts_at=at(18, "11:00"), ends_at=at(18, "10:00"),
            venue_id=world.venues["hotel"], phase=Phase.COUNT, time_zone="Mars/Olympus",
            observer_ids=[9999], team_ids=[9999]))
    fields = [p.field for p in caught.value.problems]
    assert fields == ["title", "ends_at", "polling_station_id", "phase", "time_zone",
                      "observer_ids", "team_ids"]
    with pytest.raises(ValidationError, match="has no time zone"):
        create_event(db, world.mission_id, data(world, start=datetime(2022, 11, 18, 10),
                                                end=datetime(2022, 11, 18, 11)))
    with pytest.raises(ValidationError, match="not both"):
        create_event(db, world.mission_id, data(world, polling_station_id=world.stations["101"]))
    assert event_count(db) == 0


def test_update_event_replaces_details_and_participants(db: Database, world: World) -> None:
    team = create_team(db, world.mission_id, TeamData("Team 1", [world.observers["T-01"]]))
    event = create_event(db, world.mission_id, data(
        world, observer_ids=[world.observers["T-01"], world.observers["T-02"]]))
    updated = update_event(db, event.id, event.version, data(
        world, "Meeting with the CEC", venue_id=world.venues["cec"], counterpart="CEC chair",
        observer_ids=[world.observers["T-02"], world.observers["T-05"]], team_ids=[team.id]))
    assert updated.title == "Meeting with the CEC" and updated.counterpart == "CEC chair"
    assert set(updated.observer_ids) == {world.observers["T-02"], world.observers["T-05"]}
    assert updated.team_ids == (team.id,)
    assert updated.version == event.version + 1
    # A change of participants alone is a new version too.
    again = update_event(db, event.id, updated.version, data(
        world, "Meeting with the CEC", venue_id=world.venues["cec"], counterpart="CEC chair",
        observer_ids=[world.observers["T-02"]], team_ids=[team.id]))
    assert again.version == updated.version + 1
    with pytest.raises(StaleEditError, match="changed by someone else"):
        update_event(db, event.id, event.version, data(world, "Stale edit"))
    with db.reading() as session:
        assert session.get(Event, event.id).title == "Meeting with the CEC"
        assert session.scalar(select(func.count()).select_from(EventParticipant)) == 2


def test_delete_event_checks_the_version(db: Database, world: World) -> None:
    event = create_event(db, world.mission_id, data(world))
    with pytest.raises(StaleEditError):
        delete_event(db, event.id, event.version + 1)
    delete_event(db, event.id, event.version)
    assert event_count(db) == 0
    with pytest.raises(NotFoundError):
        delete_event(db, event.id, event.version)


def test_snap_rounds_local_time_to_five_minutes() -> None:
    zone = ZoneInfo("Asia/Kathmandu")  # UTC+5:45: the grid is the local clock's
    moment = datetime(2022, 11, 18, 10, 7, 31, tzinfo=zone)
    assert snap(moment, "Asia/Kathmandu").astimezone(zone) == datetime(2022, 11, 18, 10, 10, tzinfo=zone)
    assert snap(datetime(2022, 11, 18, 10, 2, tzinfo=zone), "Asia/Kathmandu").astimezone(zone) \
        == datetime(2022, 11, 18, 10, 0, tzinfo=zone)


def test_move_and_resize_snap_to_five_minutes(db: Database, world: World) -> None:
    event = create_event(db, world.mission_id, data(world))
    moved = move_event(db, event.id, event.version, minutes=37)  # 10:37 -> 10:35
    assert (f"{moved.local_start:%H:%M}", f"{moved.local_end:%H:%M}") == ("10:35", "11:35")
    moved = move_event(db, moved.id, moved.version, to=at(18, "14:03"))
    assert (f"{moved.local_start:%H:%M}", f"{moved.local_end:%H:%M}") == ("14:05", "15:05")
    resized = resize_event(db, moved.id, moved.version, ends_at=at(18, "16:12"))
    assert (f"{resized.local_start:%H:%M}", f"{resized.local_end:%H:%M}") == ("14:05", "16:10")
    resized = resize_event(db, resized.id, resized.version, starts_at=at(18, "16:09"))
    assert (f"{resized.local_start:%H:%M}", f"{resized.local_end:%H:%M}") == ("16:05", "16:10")
    resized = resize_event(db, resized.id, resized.version, ends_at=at(18, "15:00"))
    assert (f"{resized.local_start:%H:%M}", f"{resized.local_end:%H:%M}") == ("16:05", "16:10")
    with pytest.raises(StaleEditError):
        move_event(db, event.id, event.version, minutes=5)


def test_shift_a_set_of_events_all_or_nothing(db: Database, world: World) -> None:
    first = create_event(db, world.mission_id, data(world, "First"))
    second = create_event(db, world.mission_id, data(world, "Second", at(18, "12:00"),
                                                     at(18, "13:00")))
    untouched = create_event(db, world.mission_id, data(world, "Other", at(18, "15:00"),
                                                        at(18, "16:00")))
    moved = shift_events(db, world.mission_id, {first.id: first.version,
                                                second.id: second.version}, -90)
    assert [(e.title, f"{e.local_start:%H:%M}") for e in moved] == [("First", "08:30"),
                                                                    ("Second", "10:30")]
    with pytest.raises(StaleEditError, match="nothing was moved"):
        shift_events(db, world.mission_id, {moved[0].id: moved[0].version,
                                            second.id: second.version}, 30)
    schedule = load_schedule(db, world.mission_id)
    assert [f"{e.local_start:%H:%M}" for e in schedule.events] == ["08:30", "10:30", "15:00"]
    assert schedule.events[-1].version == untouched.version
    assert delete_events(db, world.mission_id, {e.id: e.version for e in schedule.events}) == 3
    assert event_count(db) == 0


def test_copy_a_day_at_the_same_local_times(db: Database, world: World) -> None:
    team = create_team(db, world.mission_id, TeamData("Team 1", [world.observers["T-01"]]))
    create_event(db, world.mission_id, data(world, "Hotel briefing", team_ids=[team.id],
                                            observer_ids=[world.observers["T-02"]],
                                            counterpart="Security officer"))
    create_event(db, world.mission_id, data(world, "Aktobe meeting", at(18, "15:00", AKTOBE),
                                            at(18, "16:00", AKTOBE),
                                            venue_id=world.venues["aktobe-hotel"]))
    create_event(db, world.mission_id, data(world, "Next day", at(19, "10:00"), at(19, "11:00")))
    copies = copy_day(db, world.mission_id, date(2022, 11, 18), date(2022, 11, 21))
    assert [(e.title, e.local_start.date(), f"{e.local_start:%H:%M}", e.time_zone)
            for e in copies] == [("Hotel briefing", date(2022, 11, 21), "10:00", "Asia/Almaty"),
                                 ("Aktobe meeting", date(2022, 11, 21), "15:00", "Asia/Aqtobe")]
    assert copies[0].team_ids == (team.id,) and copies[0].observer_ids == (world.observers["T-02"],)
    assert copies[0].counterpart == "Security officer"
    only_team = copy_day(db, world.mission_id, date(2022, 11, 18), date(2022, 11, 17),
                         team_ids=[team.id])
    assert [e.title for e in only_team] == ["Hotel briefing"]
    with pytest.raises(ValidationError, match="no events start on 2022-11-25"):
        copy_day(db, world.mission_id, date(2022, 11, 25), date(2022, 11, 26))
    with pytest.raises(ValidationError, match="is the day being copied"):
        copy_day(db, world.mission_id, date(2022, 11, 18), date(2022, 11, 18))
    assert event_count(db) == 6


def test_copy_keeps_the_wall_clock_across_a_clock_change(db: Database, world: World) -> None:
    berlin = ZoneInfo("Europe/Berlin")
    create_event(db, world.mission_id, data(
        world, "Video call with headquarters", datetime(2022, 10, 28, 10, 0, tzinfo=berlin),
        datetime(2022, 10, 28, 11, 0, tzinfo=berlin), time_zone="Europe/Berlin"))
    [copy] = copy_day(db, world.mission_id, date(2022, 10, 28), date(2022, 10, 31))
    assert copy.local_start == datetime(2022, 10, 31, 10, 0, tzinfo=berlin)
    assert copy.starts_at == datetime(2022, 10, 31, 9, 0, tzinfo=UTC)  # CEST became CET


# --- teams ---------------------------------------------------------------------------------

def test_teams_with_members_vehicle_driver_interpreter_and_area(db: Database, world: World) -> None:
    team = create_team(db, world.mission_id, TeamData(
        name="  Team   1 ", member_ids=[world.observers["T-02"], world.observers["T-01"]],
        vehicle="Toyota Camry, 101 AB 01", driver_name="Serik Abenov",
        driver_phone="00 7 701 555 2001", interpreter_id=world.observers["T-04"],
        area_unit_id=world.units["yesil"], area="Astana, Yesil District"))
    assert team.name == "Team 1"
    assert team.member_ids == (world.observers["T-02"], world.observers["T-01"])
    assert team.driver_phone == "+7 701 555 2001"
    assert [t.name for t in list_teams(db, world.mission_id)] == ["Team 1"]

    with pytest.raises(ValidationError) as caught:
        create_team(db, world.mission_id, TeamData(
            name="team 1", member_ids=[world.observers["T-06"], 9999], driver_phone="call him",
            interpreter_id=9999, area_unit_id=9999))
    messages = [str(p) for p in caught.value.problems]
    assert messages == [
        "name: the mission has a team 'Team 1' already",
        "members: 1 of the members is not an observer of this mission",
        "members: T-06 is withdrawn and cannot join a team",
        "interpreter: is not an observer of this mission",
        "area: is not a unit of this mission",
        "driver's phone: \"call him\": a phone number has digits, spaces and a leading + only (one "
        "number per cell, e.g. +7 701 555 0101)",
    ]

    updated = update_team(db, team.id, team.version, TeamData(
        name="Team 1", member_ids=[world.observers["T-01"]], vehicle="Kia Carnival"))
    assert updated.member_ids == (world.observers["T-01"],) and updated.vehicle == "Kia Carnival"
    assert updated.version > team.version
    with pytest.raises(StaleEditError):
        update_team(db, team.id, team.version, TeamData(name="Team 1"))


def test_move_a_member_between_teams_in_one_write(db: Database, world: World) -> None:
    one = create_team(db, world.mission_id, TeamData(
        "Team 1", [world.observers["T-01"], world.observers["T-02"]]))
    two = create_team(db, world.mission_id, TeamData("Team 2", [world.observers["T-05"]]))
    changed = move_member(db, world.observers["T-02"], from_team=(one.id, one.version),
                          to_team=(two.id, two.version), position=0)
    assert [(t.name, t.member_ids) for t in changed] == [
        ("Team 1", (world.observers["T-01"],)),
        ("Team 2", (world.observers["T-02"], world.observers["T-05"]))]
    # A stale version refuses the whole move.
    with pytest.raises(StaleEditError):
        move_member(db, world.observers["T-05"], from_team=(two.id, two.version),
                    to_team=(one.id, changed[0].version))
    teams = {t.name: t for t in list_teams(db, world.mission_id)}
    assert teams["Team 2"].member_ids == (world.observers["T-02"], world.observers["T-05"])
    # Reordering within a team.
    [same] = move_member(db, world.observers["T-05"], from_team=(two.id, teams["Team 2"].version),
                         to_team=(two.id, teams["Team 2"].version), position=0)
    assert same.member_ids == (world.observers["T-05"], world.observers["T-02"])
    with db.reading() as session:
        assert session.scalar(select(func.count()).select_from(TeamMember)) == 3


def test_a_team_in_events_cannot_be_deleted(db: Database, world: World) -> None:
    team = create_team(db, world.mission_id, TeamData("Team 1", [world.observers["T-01"]]))
    event = create_event(db, world.mission_id, data(world, team_ids=[team.id]))
    with pytest.raises(ValidationError, match="Team 1 takes part in 1 event; remove it"):
        delete_team(db, team.id, team.version)
    delete_event(db, event.id, event.version)
    delete_team(db, team.id, team.version)
    assert list_teams(db, world.mission_id) == []


# --- venues and travel buffers -------------------------------------------------------------

def test_venues_take_their_units_zone_and_carry_events_with_them(db: Database, world: World) -> None:
    venue = create_venue(db, world.mission_id, VenueData(
        name="Regional akimat", unit_id=world.units["astana"], address="1 Beibitshilik St"))
    assert venue.time_zone == "Asia/Almaty" and venue.events == 0
    event = create_event(db, world.mission_id, data(world, venue_id=venue.id))
    # The venue was put in the wrong unit: moving it to Aktobe moves its events' zone too, so
    # the same instant now reads an hour earlier on the local clock.
    moved = update_venue(db, venue.id, venue.version, VenueData(
        name="Regional akimat", unit_id=world.units["aktobe"], address="1 Abulkhair Khan Ave"))
    assert moved.time_zone == "Asia/Aqtobe" and moved.events == 1
    [after] = load_schedule(db, world.mission_id).events
    assert after.time_zone == "Asia/Aqtobe" and after.version == event.version + 1
    assert f"{after.local_start:%H:%M}" == "09:00"
    with pytest.raises(ValidationError, match="1 event takes place at Regional akimat"):
        delete_venue(db, venue.id, moved.version)
    with pytest.raises(StaleEditError):
        update_venue(db, venue.id, venue.version, VenueData(name="Old"))
    with pytest.raises(ValidationError) as caught:
        create_venue(db, world.mission_id, VenueData(name="", unit_id=9999, latitude=91,
                                                     time_zone="Nowhere/City"))
    assert [p.field for p in caught.value.problems] == ["name", "unit_id", "time_zone", "latitude"]
    names = [v.name for v in list_venues(db, world.mission_id)]
    assert names == sorted(names) and "Regional akimat" in names


def test_travel_buffers_are_kept_once_per_pair(db: Database, world: World) -> None:
    yesil, aktobe = world.units["yesil"], world.units["aktobe"]
    set_travel_buffer(db, world.mission_id, aktobe, yesil, 90)
    set_travel_buffer(db, world.mission_id, yesil, aktobe, 120)
    set_travel_buffer(db, world.mission_id, yesil, yesil, 15)
    assert [(b.unit_a, b.unit_b, b.minutes) for b in travel_buffers(db, world.mission_id)] in (
        [("Aktobe Region", "Yesil District", 120), ("Yesil District", "Yesil District", 15)],
        [("Yesil District", "Aktobe Region", 120), ("Yesil District", "Yesil District", 15)])
    schedule = load_schedule(db, world.mission_id)
    assert schedule.travel_minutes(aktobe, yesil) == schedule.travel_minutes(yesil, aktobe) == 120
    assert schedule.travel_minutes(world.units["almaty-d"], yesil) == 20  # the mission's default
    set_travel_buffer(db, world.mission_id, yesil, aktobe, None)
    assert len(travel_buffers(db, world.mission_id)) == 1
    with pytest.raises(ValidationError, match="minutes: -5 is not a number of minutes"):
        set_travel_buffer(db, world.mission_id, yesil, aktobe, -5)
    with pytest.raises(ValidationError, match="is not a unit of this mission"):
        set_travel_buffer(db, world.mission_id, yesil, 9999, 10)


def test_bulk_events_name_their_venue(db: Database, world: World) -> None:
    from observer_desk.core.services.itinerary import EventRecord, add_events

    add_events(db, world.mission_id, [EventRecord(
        kind=EventKind.MEETING, title="Briefing", starts_at=at(18, "10:00"), ends_at=at(18, "11:00"),
        time_zone="Asia/Almaty", venue_name="test  hotel", observer_codes=["T-01"])])
    [event] = load_schedule(db, world.mission_id).events
    assert event.place is not None and event.place.name == "Test Hotel"
    with pytest.raises(ValidationError) as caught:
        add_events(db, world.mission_id, [EventRecord(
            kind=EventKind.MEETING, title="Nowhere", starts_at=at(18, "12:00"),
            ends_at=at(18, "13:00"), time_zone="Asia/Almaty", venue_name="Grand Hotel"),
            EventRecord(kind=EventKind.VISIT, title="Both", starts_at=at(18, "12:00"),
                        ends_at=at(18, "13:00"), time_zone="Asia/Almaty", venue_name="Test Hotel",
                        station_number="101")])
    assert [str(p) for p in caught.value.problems] == [
        "record 1: venue: no venue called 'Grand Hotel' in this mission",
        "record 2: venue: an event takes place at a venue or at a polling station, not both"]


def test_units_and_stations_for_the_pickers(db: Database, world: World) -> None:
    from observer_desk.core.services.places import StationRecord, add_polling_stations
    from observer_desk.core.services.venues import list_stations, list_units

    add_polling_stations(db, world.mission_id, [StationRecord("12", "yesil"),
                                                StationRecord("9", "almaty-d")])
    assert [u.code for u in list_units(db, world.mission_id)] == [
        "aktobe", "astana", "almaty-d", "yesil"]
    assert [s.number for s in list_stations(db, world.mission_id)] == ["9", "12", "101", "102", "501"]
    in_astana = list_stations(db, world.mission_id, world.units["astana"])
    assert [s.number for s in in_astana] == ["9", "12", "101", "102"]
    assert {s.time_zone for s in in_astana} == {"Asia/Almaty"}
    [aktobe] = list_stations(db, world.mission_id, world.units["aktobe"])
    assert (aktobe.number, aktobe.time_zone, aktobe.name) == ("501", "Asia/Aqtobe",
                                                              "Polling station 501, School No. 5")
