"""The conflict check: each kind of conflict is made through the services, found, and named with
the people, events and local times involved; the demo mission has none."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, timedelta

import pytest

from itinerary_world import AKTOBE, World, at, build_world  # noqa: E402
from observer_desk.core.db import Database, open_database
from observer_desk.core.models import EventKind, Phase
from observer_desk.core.services.conflicts import ConflictKind, check_conflicts
from observer_desk.core.services.demo import create_demo_mission
from observer_desk.core.services.missions import get_mission
from observer_desk.core.services.programme import EventData, create_event
from observer_desk.core.services.teams import TeamData, create_team
from observer_desk.core.services.venues import set_travel_buffer


@pytest.fixture
def world(db: Database) -> World:
    return build_world(db)


def meeting(world: World, title: str, start, end, *, venue: str = "hotel",
            observers: tuple[str, ...] = (), teams: tuple[int, ...] = (),
            kind: EventKind = EventKind.MEETING) -> EventData:
    return EventData(kind=kind, title=title, starts_at=start, ends_at=end,
                     venue_id=world.venues[venue],
                     observer_ids=[world.observers[c] for c in observers], team_ids=list(teams))


def visit(world: World, station: str, start, end, phase: Phase, *, teams: tuple[int, ...] = (),
          observers: tuple[str, ...] = ()) -> EventData:
    return EventData(kind=EventKind.VISIT, title=f"Visit to station {station}", starts_at=start,
                     ends_at=end, polling_station_id=world.stations[station], phase=phase,
                     team_ids=list(teams), observer_ids=[world.observers[c] for c in observers])


def team(db: Database, world: World, name: str, members: tuple[str, ...], **extra) -> int:
    return create_team(db, world.mission_id, TeamData(
        name=name, member_ids=[world.observers[c] for c in members], **extra)).id


def only(db: Database, world: World, kind: ConflictKind):
    report = check_conflicts(db, world.mission_id)
    found = [c for c in report.conflicts if c.kind is kind]
    others = [c for c in report.conflicts if c.kind is not kind]
    assert not others, [str(c) for c in others]
    return found


def test_a_plain_programme_has_no_conflicts(db: Database, world: World) -> None:
    create_event(db, world.mission_id, meeting(world, "Briefing", at(18, "10:00"), at(18, "11:00"),
                                               observers=("T-01", "T-02")))
    create_event(db, world.mission_id, meeting(world, "CEC", at(18, "11:30"), at(18, "12:30"),
                                               venue="cec", observers=("T-01", "T-02")))
    report = check_conflicts(db, world.mission_id)
    assert report.conflicts == []
    assert report.summary() == "no conflicts: 2 events, 2 people, 0 teams checked"


def test_an_observer_named_in_two_events_at_once(db: Database, world: World) -> None:
    first = create_event(db, world.mission_id, meeting(
        world, "Meeting with the CEC", at(18, "10:00"), at(18, "11:00"), venue="cec",
        observers=("T-01",)))
    second = create_event(db, world.mission_id, meeting(
        world, "Press briefing", at(18, "10:30"), at(18, "11:30"), observers=("T-01", "T-02")))
    [conflict] = only(db, world, ConflictKind.DOUBLE_BOOKED)
    assert conflict.event_ids == (first.id, second.id)
    assert conflict.observer_ids == (world.observers["T-01"],)
    assert str(conflict) == (
        "two places at once: ZHANG Wei (T-01) in two places at once: 'Meeting with the CEC' at "
        "Election Commission, 2022-11-18 10:00-11:00 UTC+6 Asia/Almaty and 'Press briefing' at "
        "Test Hotel, 2022-11-18 10:30-11:30 UTC+6 Asia/Almaty")
    assert conflict.at == at(18, "10:00")


def test_a_team_brings_its_members_and_names_them_once(db: Database, world: World) -> None:
    team_one = team(db, world, "Team 1", ("T-01", "T-02"))
    create_event(db, world.mission_id, visit(world, "101", at(20, "09:00"), at(20, "10:00"),
                                             Phase.VOTING, teams=(team_one,)))
    create_event(db, world.mission_id, meeting(world, "Debrief", at(20, "09:45"), at(20, "10:30"),
                                               observers=("T-01", "T-02")))
    [conflict] = only(db, world, ConflictKind.DOUBLE_BOOKED)
    assert set(conflict.observer_ids) == {world.observers["T-01"], world.observers["T-02"]}
    assert conflict.team_ids == (team_one,)
    assert "ZHANG Wei (T-01), IVANOV Sergei (T-02) through Team 1 in two places at once" in conflict.message
    assert "2022-11-20 09:00-10:00 UTC+6 Asia/Almaty" in conflict.message


def test_overlap_across_two_time_zones_is_found_and_shown_in_each_local_time(
        db: Database, world: World) -> None:
    # 10:00 in Aktobe (UTC+5) is 11:00 in Astana (UTC+6): the two events are at the same moment.
    create_event(db, world.mission_id, meeting(world, "Aktobe regional commission",
                                               at(19, "10:00", AKTOBE), at(19, "11:00", AKTOBE),
                                               venue="aktobe-hotel", observers=("T-05",)))
    create_event(db, world.mission_id, meeting(world, "Astana call", at(19, "11:30"),
                                               at(19, "12:00"), observers=("T-05",)))
    [conflict] = only(db, world, ConflictKind.DOUBLE_BOOKED)
    assert "2022-11-19 10:00-11:00 UTC+5 Asia/Aqtobe" in conflict.message
    assert "2022-11-19 11:30-12:00 UTC+6 Asia/Almaty" in conflict.message


def test_a_conflict_is_one_line_whatever_the_titles_hold(db: Database, world: World) -> None:
    create_event(db, world.mission_id, meeting(world, "Meeting\nwith the CEC\r\n(part 1)",
                                               at(18, "10:00"), at(18, "11:00"), observers=("T-01",)))
    create_event(db, world.mission_id, meeting(world, "Lunch", at(18, "10:30"), at(18, "11:30"),
                                               observers=("T-01",)))
    [conflict] = only(db, world, ConflictKind.DOUBLE_BOOKED)
    assert "\n" not in str(conflict) and "'Meeting with the CEC (part 1)' at Test Hotel" in str(conflict)


def test_events_that_only_touch_do_not_overlap(db: Database, world: World) -> None:
    create_event(db, world.mission_id, meeting(world, "One", at(18, "10:00"), at(18, "11:00"),
                                               observers=("T-01",)))
    create_event(db, world.mission_id, meeting(world, "Two", at(18, "11:00"), at(18, "12:00"),
                                               observers=("T-01",)))
    assert check_conflicts(db, world.mission_id).conflicts == []


def test_too_little_time_between_places_uses_the_default_buffer(db: Database, world: World) -> None:
    create_event(db, world.mission_id, meeting(world, "Hotel meeting", at(18, "10:00"),
                                               at(18, "11:00"), observers=("T-01",)))
    create_event(db, world.mission_id, meeting(world, "CEC meeting", at(18, "11:10"),
                                               at(18, "12:00"), venue="cec", observers=("T-01",)))
    [conflict] = only(db, world, ConflictKind.TRAVEL_TIME)
    assert conflict.message == (
        "ZHANG Wei (T-01) have 10 min to get from 'Hotel meeting' at Test Hotel, 2022-11-18 "
        "10:00-11:00 UTC+6 Asia/Almaty to 'CEC meeting' at Election Commission, 2022-11-18 "
        "11:10-12:00 UTC+6 Asia/Almaty; 20 min are needed within Yesil District, Astana")


def test_travel_buffers_per_pair_of_units_and_their_parents(db: Database, world: World) -> None:
    create_event(db, world.mission_id, meeting(world, "Hotel", at(18, "10:00"), at(18, "11:00"),
                                               observers=("T-01",)))
    create_event(db, world.mission_id, meeting(world, "Akimat", at(18, "11:30"), at(18, "12:00"),
                                               venue="akimat", observers=("T-01",)))
    assert check_conflicts(db, world.mission_id).conflicts == []  # 30 min, 20 needed by default

    # A buffer for Astana with itself covers two of its districts...
    set_travel_buffer(db, world.mission_id, world.units["astana"], world.units["astana"], 35)
    [conflict] = only(db, world, ConflictKind.TRAVEL_TIME)
    assert "35 min are needed between Yesil District, Astana and Almaty District, Astana" in conflict.message
    # ...unless the pair of districts has its own, either way round.
    set_travel_buffer(db, world.mission_id, world.units["almaty-d"], world.units["yesil"], 25)
    assert check_conflicts(db, world.mission_id).conflicts == []
    set_travel_buffer(db, world.mission_id, world.units["yesil"], world.units["almaty-d"], 45)
    [conflict] = only(db, world, ConflictKind.TRAVEL_TIME)
    assert "30 min to get from" in conflict.message and "45 min are needed" in conflict.message
    set_travel_buffer(db, world.mission_id, world.units["yesil"], world.units["almaty-d"], None)
    assert "35 min are needed" in only(db, world, ConflictKind.TRAVEL_TIME)[0].message


def test_travel_events_and_the_same_place_need_no_buffer(db: Database, world: World) -> None:
    create_event(db, world.mission_id, meeting(world, "Arrival", at(18, "09:00"), at(18, "10:00"),
                                               venue="airport", observers=("T-01",),
                                               kind=EventKind.TRAVEL))
    create_event(db, world.mission_id, meeting(world, "Hotel", at(18, "10:00"), at(18, "11:00"),
                                               observers=("T-01",)))
    create_event(db, world.mission_id, meeting(world, "Hotel again", at(18, "11:00"),
                                               at(18, "12:00"), observers=("T-01",)))
    assert check_conflicts(db, world.mission_id).conflicts == []


@pytest.mark.parametrize(("phase", "start", "end", "reason"), [
    (Phase.VOTING, "06:30", "07:15", "starts before the station opens at 07:00 (only an opening may)"),
    (Phase.VOTING, "19:30", "20:30", "ends after the station closes at 20:00 (only a count may)"),
    (Phase.OPENING, "19:30", "20:30", "ends after the station closes at 20:00 (only a count may)"),
    (Phase.COUNT, "06:30", "07:30", "starts before the station opens at 07:00 (only an opening may)"),
    (Phase.COUNT, "20:30", "23:00", "starts after voting ends at 20:00"),
])
def test_visits_outside_opening_hours(db: Database, world: World, phase: Phase, start: str,
                                      end: str, reason: str) -> None:
    team_one = team(db, world, "Team 1", ("T-01", "T-02"))
    event = create_event(db, world.mission_id, visit(world, "101", at(20, start), at(20, end),
                                                     phase, teams=(team_one,)))
    [conflict] = only(db, world, ConflictKind.OPENING_HOURS)
    assert conflict.event_ids == (event.id,)
    assert reason in conflict.message
    assert f"2022-11-20 {start}-{end} UTC+6 Asia/Almaty [{phase.value}] (Team 1: ZHANG Wei (T-01), " \
           "IVANOV Sergei (T-02))" in conflict.message


def test_openings_before_and_counts_after_the_hours_are_allowed(db: Database, world: World) -> None:
    team_one = team(db, world, "Team 1", ("T-01", "T-02"))
    for station, start, end, phase in (("101", "06:30", "07:20", Phase.OPENING),
                                       ("102", "09:00", "10:00", Phase.VOTING),
                                       ("101", "19:30", "22:30", Phase.COUNT)):
        create_event(db, world.mission_id, visit(world, station, at(20, start), at(20, end), phase,
                                                 teams=(team_one,)))
    # A visit to see preparations the day before is not held to election-day hours.
    create_event(db, world.mission_id, visit(world, "102", at(19, "21:00"), at(19, "21:30"),
                                             Phase.VOTING, teams=(team_one,)))
    assert check_conflicts(db, world.mission_id).conflicts == []


def test_opening_hours_are_local_to_the_station(db: Database, world: World) -> None:
    team_one = team(db, world, "Team 1", ("T-01", "T-02"))
    # 07:30 in Astana is 06:30 in Aktobe, before its station opens.
    create_event(db, world.mission_id, visit(world, "501", at(20, "07:30"), at(20, "08:15"),
                                             Phase.VOTING, teams=(team_one,)))
    [conflict] = only(db, world, ConflictKind.OPENING_HOURS)
    assert "starts before the station opens at 07:00" in conflict.message


def test_a_shared_vehicle_booked_twice(db: Database, world: World) -> None:
    one = team(db, world, "Team 1", ("T-01",), vehicle="Toyota Camry, 101 AB 01")
    two = team(db, world, "Team 2", ("T-02",), vehicle="toyota camry 101AB01")
    create_event(db, world.mission_id, visit(world, "101", at(20, "09:00"), at(20, "10:00"),
                                             Phase.VOTING, teams=(one,)))
    create_event(db, world.mission_id, visit(world, "102", at(20, "09:30"), at(20, "10:30"),
                                             Phase.VOTING, teams=(two,)))
    # Both teams riding to one meeting together is no clash.
    create_event(db, world.mission_id, meeting(world, "Briefing", at(20, "12:00"), at(20, "13:00"),
                                               teams=(one, two)))
    [conflict] = only(db, world, ConflictKind.VEHICLE)
    assert conflict.team_ids == (one, two)
    assert conflict.message.startswith(
        "vehicle Toyota Camry, 101 AB 01 of Team 1 and Team 2 is booked twice: 'Visit to station "
        "101' at Polling station 101, School No. 1, 2022-11-20 09:00-10:00 UTC+6 Asia/Almaty")


def test_a_shared_driver_booked_twice(db: Database, world: World) -> None:
    one = team(db, world, "Team 1", ("T-01",), driver_name="Serik Abenov",
               driver_phone="+7 701 555 2001")
    two = team(db, world, "Team 2", ("T-02",), driver_name="S. Abenov",
               driver_phone="+7 (701) 555-2001")
    create_event(db, world.mission_id, meeting(world, "A", at(18, "10:00"), at(18, "11:00"),
                                               teams=(one,)))
    create_event(db, world.mission_id, meeting(world, "B", at(18, "10:30"), at(18, "11:30"),
                                               venue="cec", teams=(two,)))
    [conflict] = only(db, world, ConflictKind.DRIVER)
    assert conflict.message.startswith("driver Serik Abenov (+7 701 555 2001) of Team 1 and Team 2 "
                                       "is booked twice")


def test_an_interpreter_shared_by_two_teams(db: Database, world: World) -> None:
    interpreter = world.observers["T-04"]
    one = team(db, world, "Team 1", ("T-01",), interpreter_id=interpreter)
    two = team(db, world, "Team 2", ("T-02",), interpreter_id=interpreter)
    create_event(db, world.mission_id, visit(world, "101", at(20, "09:00"), at(20, "10:00"),
                                             Phase.VOTING, teams=(one,)))
    create_event(db, world.mission_id, visit(world, "102", at(20, "09:30"), at(20, "10:30"),
                                             Phase.VOTING, teams=(two,)))
    [conflict] = only(db, world, ConflictKind.INTERPRETER)
    assert conflict.observer_ids == (interpreter,)
    assert conflict.message.startswith("interpreter SMIRNOVA Olga (T-04) is booked for Team 1 and "
                                       "Team 2 at once: 'Visit to station 101'")


def test_scheduled_before_arrival_and_after_departure(db: Database, world: World) -> None:
    create_event(db, world.mission_id, meeting(world, "Early breakfast", at(17, "08:00"),
                                               at(17, "09:00"), observers=("T-01",)))
    create_event(db, world.mission_id, meeting(world, "Late lunch", at(21, "14:00"),
                                               at(21, "16:00"), observers=("T-01",)))
    report = check_conflicts(db, world.mission_id)
    assert [c.kind for c in report.conflicts] == [ConflictKind.BEFORE_ARRIVAL,
                                                  ConflictKind.AFTER_DEPARTURE]
    before, after = report.conflicts
    assert before.message == (
        "ZHANG Wei (T-01) arrives 2022-11-17 10:00 UTC+6 Asia/Almaty (flight KC 101) but is "
        "scheduled before that: 'Early breakfast' at Test Hotel, 2022-11-17 08:00-09:00 UTC+6 "
        "Asia/Almaty")
    assert after.message.startswith("ZHANG Wei (T-01) departs 2022-11-21 15:00 UTC+6 Asia/Almaty "
                                    "(flight KC 201) but is scheduled after that: 'Late lunch'")


def test_not_accredited_on_election_day(db: Database, world: World) -> None:
    # A meeting before election day needs no accreditation...
    create_event(db, world.mission_id, meeting(world, "Meeting", at(18, "10:00"), at(18, "11:00"),
                                               observers=("T-03",)))
    assert check_conflicts(db, world.mission_id).conflicts == []
    # ...a polling station on election day does.
    create_event(db, world.mission_id, visit(world, "101", at(20, "09:00"), at(20, "10:00"),
                                             Phase.VOTING, observers=("T-03",)))
    create_event(db, world.mission_id, visit(world, "102", at(20, "11:00"), at(20, "12:00"),
                                             Phase.VOTING, observers=("T-03",)))
    [conflict] = only(db, world, ConflictKind.NOT_ACCREDITED)
    assert conflict.message == (
        "PETROVA Anna (T-03) is not accredited (status: submitted) but is scheduled on election "
        "day or at a polling station: 'Visit to station 101' at Polling station 101, School No. 1, "
        "2022-11-20 09:00-10:00 UTC+6 Asia/Almaty (and 1 more event)")


def test_withdrawn_observers_and_late_certificates(db: Database, world: World) -> None:
    from observer_desk.core.models import Observer

    create_event(db, world.mission_id, meeting(world, "Meeting", at(18, "10:00"), at(18, "11:00"),
                                               observers=("T-06",)))
    [conflict] = only(db, world, ConflictKind.NOT_ACCREDITED)
    assert "SULTANOVA Dilnoza (T-06) is withdrawn and no longer a member of the mission" in conflict.message

    with db.transaction() as session:
        session.get(Observer, world.observers["T-05"]).cec_certificate_date = date(2022, 11, 21)
    create_event(db, world.mission_id, visit(world, "101", at(20, "09:00"), at(20, "10:00"),
                                             Phase.VOTING, observers=("T-05",)))
    late = [c for c in check_conflicts(db, world.mission_id).conflicts if "T-05" in c.message]
    assert len(late) == 1
    assert ("KARIMOV Bakhtiyor (T-05) is accredited only from 2022-11-21, after election day"
            in late[0].message)


def test_conflicts_come_in_time_order_and_by_event(db: Database, world: World) -> None:
    a = create_event(db, world.mission_id, meeting(world, "Late", at(19, "10:00"), at(19, "11:00"),
                                                   observers=("T-01",)))
    b = create_event(db, world.mission_id, meeting(world, "Late too", at(19, "10:30"),
                                                   at(19, "11:30"), observers=("T-01",)))
    c = create_event(db, world.mission_id, meeting(world, "Early", at(18, "10:00"), at(18, "11:00"),
                                                   observers=("T-02",)))
    d = create_event(db, world.mission_id, meeting(world, "Early too", at(18, "10:00"),
                                                   at(18, "10:30"), observers=("T-02",)))
    report = check_conflicts(db, world.mission_id)
    # Same start: the shorter event comes first.
    assert [conflict.event_ids for conflict in report.conflicts] == [(d.id, c.id), (a.id, b.id)]
    assert set(report.by_event()) == {a.id, b.id, c.id, d.id}
    assert report.summary().startswith("2 conflicts: 4 events")


def test_the_check_grows_with_the_events_not_with_their_square(db: Database, world: World) -> None:
    """One person's events back to back, every hundredth overlapping the next: four times the
    events take about four times as long to check (a pass over all pairs would take sixteen)."""
    import time
    from dataclasses import replace

    from observer_desk.core.services.conflicts import find_conflicts
    from observer_desk.core.services.schedule import load_schedule

    create_event(db, world.mission_id, meeting(world, "Slot", at(18, "10:00"), at(18, "10:30"),
                                               observers=("T-01",)))
    schedule = load_schedule(db, world.mission_id)
    [slot] = schedule.events

    def seconds(count: int) -> float:
        step = timedelta(minutes=30)
        schedule.events = [replace(slot, id=slot.id + n, starts_at=slot.starts_at + n * step
                                   - (timedelta(minutes=10) if n % 100 == 1 else timedelta(0)),
                                   ends_at=slot.ends_at + n * step) for n in range(count)]
        schedule._by_observer = None
        fastest = float("inf")
        for _ in range(3):
            started = time.perf_counter()
            conflicts = find_conflicts(schedule)
            fastest = min(fastest, time.perf_counter() - started)
        overlaps = [c for c in conflicts if c.kind is ConflictKind.DOUBLE_BOOKED]
        assert len(overlaps) == count // 100
        assert all(c.event_ids[1] == c.event_ids[0] + 1 for c in overlaps)
        return fastest

    small, large = seconds(2_500), seconds(10_000)
    assert large < 8 * small, (small, large)


@pytest.fixture(scope="module")
def demo(new_template_url) -> Iterator[tuple[Database, int]]:
    database = open_database(new_template_url("demo"))
    create_demo_mission(database)
    yield database, get_mission(database).id
    database.dispose()


def test_the_demo_programme_has_no_conflicts(demo: tuple[Database, int]) -> None:
    db, mission_id = demo
    report = check_conflicts(db, mission_id)
    assert report.conflicts == [], [str(c) for c in report.conflicts]
    assert report.events > 50 and report.people == 18 and report.teams == 7
