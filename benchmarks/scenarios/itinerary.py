"""Scenario "itinerary-check": the conflict check of a large programme against a plain sorted
sweep over the same intervals, in the same run.

The mission is built for the scenario (untimed), through the same services the program uses:
1,000 observers, 300 teams of three (the rest are the delegation and staff, who go to meetings
as people), 5,000 events over five days in Kazakhstan's two time zones: meetings before election
day at the venues of each region, ten polling-station visits per team on election day, and the
delegation's meetings in the capital; with a few mistakes of the kind a real plan has (overlaps,
a drive too short, a visit after closing), so the check has something to find.

- measured: `check_conflicts` as `itinerary check` runs it: reading the programme (events,
  places, teams, people, buffers) and every check (overlaps directly and through teams, travel
  time per pair of units, opening hours, shared vehicles, drivers and interpreters, arrival,
  departure and accreditation), with the messages written;
- baseline: the sqlite3 module alone reading each (observer, start, end) of the same programme,
  teams expanded to their members and interpreters, sorting them by observer and start and
  sweeping for overlaps: the least a program could do to answer "is anyone in two places at once".

Both take a tenth of a second or less, so each is timed seven times, taking turns, after a
garbage collection, and the fastest of each is compared: one pause of a busy machine would
otherwise decide the ratio. The notes split both sides into reading and checking.

The goal (issue 5): the check within 3 times the baseline.
"""

from __future__ import annotations

import gc
import random
import sqlite3
import time
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from datetime import time as time_of_day
from pathlib import Path
from zoneinfo import ZoneInfo

from observer_desk.core.db import Database, open_database
from observer_desk.core.models import (
    AccreditationStatus,
    ElectionType,
    EventKind,
    MissionRole,
    Phase,
    UnitKind,
    VenueKind,
)
from observer_desk.core.services.conflicts import check_conflicts, check_schedule, find_conflicts
from observer_desk.core.services.itinerary import EventRecord, TeamRecord, add_events, add_teams
from observer_desk.core.services.missions import MissionData, create_mission, save_sending_bodies
from observer_desk.core.services.observers import ObserverRecord, add_observers
from observer_desk.core.services.places import (
    StationRecord,
    UnitRecord,
    add_admin_units,
    add_polling_stations,
)
from observer_desk.core.services.schedule import load_schedule
from observer_desk.core.services.venues import VenueData, create_venue

from ..generate import BODIES, REGIONS
from ..names import invent_person
from . import Context, Outcome, scenario

OBSERVERS = 1_000
TEAMS = 300
EVENTS = 5_000
GOAL = 3.0
TIMINGS = 7
ELECTION_DAY = date(2022, 11, 20)
DISTRICTS_PER_REGION = 3
STATIONS_PER_DISTRICT = 20


@dataclass(frozen=True)
class _Built:
    mission_id: int
    events: int
    mistakes: int


def _local(day: date, hhmm: str, zone: str) -> datetime:
    return datetime.combine(day, time_of_day.fromisoformat(hhmm), tzinfo=ZoneInfo(zone))


def _minutes(moment: datetime, minutes: int) -> datetime:
    return moment + timedelta(minutes=minutes)


def build_programme(db: Database, seed: int = 1) -> _Built:
    """The mission described in the module's docstring; returns what was made."""
    rng = random.Random(seed)
    mission = create_mission(db, MissionData(
        code=f"ITINERARY-{OBSERVERS}-{seed}", title="Itinerary scale test",
        organisation="Shanghai Cooperation Organisation", host_country="KZ",
        election_type=ElectionType.EARLY_PRESIDENTIAL, election_date=ELECTION_DAY,
        period_start=date(2022, 11, 17), period_end=date(2022, 11, 21), time_zone="Asia/Almaty"))
    save_sending_bodies(db, mission.id, list(BODIES))

    units, districts = [], []
    for code, kind, en, ru, zh, zone in REGIONS:
        units.append(UnitRecord(code, kind, en, ru, zh, zone))
        for n in range(1, DISTRICTS_PER_REGION + 1):
            units.append(UnitRecord(f"{code}-{n}", UnitKind.DISTRICT, f"{en}, district {n}",
                                    time_zone=zone, parent_code=code))
            districts.append((f"{code}-{n}", code, zone))
    add_admin_units(db, mission.id, units)
    stations: dict[str, list[str]] = {}
    records = []
    for district, _, _ in districts:
        for n in range(STATIONS_PER_DISTRICT):
            number = f"{district}-{n:02d}"
            stations.setdefault(district, []).append(number)
            records.append(StationRecord(number, district, f"School No. {n + 1}",
                                         f"{n + 1} Abai Street"))
    add_polling_stations(db, mission.id, records)
    schedule = load_schedule(db, mission.id)
    unit_ids = {u.code: u.id for u in schedule.units.values()}
    regions = {code: zone for code, _, _, _, _, zone in REGIONS}
    for code in regions:
        for venue in ("hotel", "akimat", "commission"):
            create_venue(db, mission.id, VenueData(
                name=f"{code} {venue}", kind=VenueKind.HOTEL if venue == "hotel" else VenueKind.OFFICE,
                unit_id=unit_ids[f"{code}-1"]))

    people = []
    for n in range(1, OBSERVERS + 1):
        body = BODIES[n % len(BODIES)]
        person = invent_person(rng, body.code)
        role = (MissionRole.HEAD if n == 1 else MissionRole.INTERPRETER if n <= 61 and n > 1
                else MissionRole.OBSERVER)
        status = AccreditationStatus.ACCREDITED if n <= 990 else AccreditationStatus.SUBMITTED
        people.append(ObserverRecord(
            code=f"OBS-{n:04d}", family_name=person.family_name, given_names=person.given_names,
            native_name=person.native_name, sending_body_code=body.code, mission_role=role,
            arrival_at=_local(date(2022, 11, 16), "20:00", "Asia/Almaty"),
            departure_at=_local(date(2022, 11, 21), "23:00", "Asia/Almaty"), status=status))
    add_observers(db, mission.id, people)
    members = [p.code for p in people[100:]]  # 900 observers in teams of three
    interpreters = [p.code for p in people[1:61]]
    teams = []
    for t in range(TEAMS):
        district, region, _ = districts[t % len(districts)]
        teams.append(TeamRecord(
            name=f"Team {t + 1:03d}", member_codes=members[3 * t:3 * t + 3],
            vehicle=f"Car {t + 1:03d}", driver_name=f"Driver {t + 1}",
            driver_phone=f"+7 701 555 {t + 1:04d}",
            interpreter_code=interpreters[t] if t < len(interpreters) else None,
            area_unit_code=district, area=district))
    add_teams(db, mission.id, teams)

    events: list[EventRecord] = []
    mistakes = 0
    # Before election day: five meetings per team in its region, across 17-19 November.
    for t, team in enumerate(teams):
        district, region, zone = districts[t % len(districts)]
        for m in range(5):
            day = date(2022, 11, 17 + m % 3)
            start = _local(day, "09:00", zone) + timedelta(minutes=150 * (m // 3) + 30 * (t % 3))
            venue = ("hotel", "akimat", "commission")[m % 3]
            events.append(EventRecord(
                kind=EventKind.MEETING, title=f"Meeting {m + 1} of {team.name}",
                starts_at=start, ends_at=_minutes(start, 90), time_zone=zone,
                venue_name=f"{region} {venue}", team_names=[team.name],
                counterpart="Regional election commission"))
    # Election day: ten stations per team, opening at the first and the count at the last.
    for t, team in enumerate(teams):
        district, region, zone = districts[t % len(districts)]
        chosen = rng.sample(stations[district], 10)
        start = _local(ELECTION_DAY, "06:40", zone)
        for v, number in enumerate(chosen):
            phase = Phase.OPENING if v == 0 else Phase.COUNT if v == 9 else Phase.VOTING
            length = 45 if v < 9 else 150
            if v == 9:
                start = _local(ELECTION_DAY, "19:40", zone)
            events.append(EventRecord(
                kind=EventKind.VISIT, title=f"Polling station {number}", starts_at=start,
                ends_at=_minutes(start, length), time_zone=zone, station_number=number,
                phase=phase, team_names=[team.name]))
            start = _minutes(start, length + 30 + rng.randrange(0, 30, 5))
    # The delegation and staff: meetings in the capital in groups, the rest of the 5,000.
    delegation = [p.code for p in people[61:100]] + [people[0].code]
    remaining = EVENTS - len(events)
    for n in range(remaining):
        day = date(2022, 11, 17 + n % 5)
        slot = n // 5
        start = _local(day, "08:00", "Asia/Almaty") + timedelta(minutes=10 * (slot % 60))
        group = [delegation[(slot + k) % len(delegation)] for k in range(0, len(delegation), 8)]
        events.append(EventRecord(
            kind=EventKind.MEETING, title=f"Delegation meeting {n + 1}", starts_at=start,
            ends_at=_minutes(start, 5), time_zone="Asia/Almaty",
            venue_name=("AST hotel", "AST akimat", "AST commission")[n % 3],
            observer_codes=group))
    # The mistakes: a visit moved onto the next one, a visit after closing.
    for t in range(0, TEAMS, 30):
        visit = events[TEAMS * 5 + 10 * t + 4]
        events[TEAMS * 5 + 10 * t + 4] = EventRecord(
            **{**visit.__dict__, "starts_at": _minutes(visit.starts_at, 40),
               "ends_at": _minutes(visit.ends_at, 40)})
        mistakes += 1
    add_events(db, mission.id, events)
    return _Built(mission.id, len(events), mistakes)


def sweep_seconds(path: Path, mission_id: int) -> tuple[float, float, int]:
    """(seconds to read, seconds to sort and sweep, overlaps found) with sqlite3 alone."""
    start = time.perf_counter()
    connection = sqlite3.connect(path)
    try:
        rows = connection.execute(
            """
            SELECT p.observer_id, e.starts_at, e.ends_at, e.id FROM event_participant p
              JOIN event e ON e.id = p.event_id
             WHERE e.mission_id = ? AND p.observer_id IS NOT NULL
            UNION ALL
            SELECT m.observer_id, e.starts_at, e.ends_at, e.id FROM event_participant p
              JOIN event e ON e.id = p.event_id JOIN team_member m ON m.team_id = p.team_id
             WHERE e.mission_id = ?
            UNION ALL
            SELECT t.interpreter_id, e.starts_at, e.ends_at, e.id FROM event_participant p
              JOIN event e ON e.id = p.event_id JOIN team t ON t.id = p.team_id
             WHERE e.mission_id = ? AND t.interpreter_id IS NOT NULL
            """, (mission_id, mission_id, mission_id)).fetchall()
    finally:
        connection.close()
    read = time.perf_counter() - start
    start = time.perf_counter()
    rows.sort()
    overlaps = 0
    current, latest_end = None, ""
    for observer, begins, ends, _ in rows:
        if observer != current:
            current, latest_end = observer, ends
            continue
        if begins < latest_end:
            overlaps += 1
        if ends > latest_end:
            latest_end = ends
    return read, time.perf_counter() - start, overlaps


@scenario("itinerary-check", "check_conflicts over 1,000 observers in 300 teams with 5,000 events "
                             "vs. sqlite3 reading the same intervals and a plain sorted sweep")
def itinerary_check(context: Context) -> Outcome:
    path = context.database_path("itinerary")
    db = open_database(str(path))
    try:
        built = build_programme(db, context.seed)
    finally:
        db.dispose()  # folds the write-ahead log into the file, as the baseline will find it
    context.say(f"  built {built.events:,} events ({built.mistakes} deliberate mistakes)")
    db = open_database(str(path))
    try:
        check_conflicts(db, built.mission_id)  # warm: imports, zone data, SQLite's page cache
        sweep_seconds(path, built.mission_id)
        # Both take a tenth of a second or less: each is timed several times, turn about, and
        # the fastest of each kept, which keeps a busy machine's pauses out of the ratio.
        timings: dict[str, list[float]] = {}
        for _ in range(TIMINGS):
            gc.collect()  # neither side pays for the other's garbage
            start = time.perf_counter()
            report = check_conflicts(db, built.mission_id)
            timings.setdefault("check_conflicts", []).append(time.perf_counter() - start)
            gc.collect()
            start = time.perf_counter()
            schedule = load_schedule(db, built.mission_id)
            timings.setdefault("read", []).append(time.perf_counter() - start)
            start = time.perf_counter()
            find_conflicts(schedule)
            timings.setdefault("check", []).append(time.perf_counter() - start)
            gc.collect()
            read, swept, overlaps = sweep_seconds(path, built.mission_id)
            timings.setdefault("baseline read", []).append(read)
            timings.setdefault("baseline sweep", []).append(swept)
            timings.setdefault("baseline", []).append(read + swept)
    finally:
        db.dispose()
    best = {name: min(values) for name, values in timings.items()}
    seconds, baseline = best["check_conflicts"], best["baseline"]
    loaded, checked = best["read"], best["check"]
    read, swept = best["baseline read"], best["baseline sweep"]
    kinds: dict[str, int] = {}
    for conflict in report.conflicts:
        kinds[conflict.kind.value] = kinds.get(conflict.kind.value, 0) + 1
    found = ", ".join(f"{count} {kind}" for kind, count in sorted(kinds.items()))
    notes = (f"{report.events:,} events, {report.people:,} people, {report.teams} teams; "
             f"{len(report.conflicts)} conflicts ({found}); the sweep found {overlaps} overlapping "
             f"pairs; read {loaded:.3f} s + check {checked:.3f} s vs. read {read:.3f} s + sweep "
             f"{swept:.3f} s; goal: within {GOAL}x")
    return Outcome(seconds, baseline, notes, details=best)


@scenario("itinerary-day-view", "the Day view's first paint of election day (1,000 observers, 300 teams, "
                                "5,000 events) vs. sqlite3 reading the same intervals and a plain sweep")
def itinerary_day_view(context: Context) -> Outcome:
    """What a user waits for on opening the Day view: the programme read, the conflicts found,
    the lanes laid out and the timeline painted once (offscreen), against the same baseline as
    the conflict check. Timed several times, turn about, the fastest of each kept."""
    import os

    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    from observer_desk.ui.day_view import DayView

    app = QApplication.instance() or QApplication([])
    path = context.database_path("itinerary-day-view")
    db = open_database(str(path))
    try:
        built = build_programme(db, context.seed)
    finally:
        db.dispose()
    db = open_database(str(path))
    view = DayView()
    view.resize(1400, 900)
    view.show()
    try:
        timings: dict[str, list[float]] = {}
        for turn in range(TIMINGS + 1):  # the first turn warms imports and caches, uncounted
            gc.collect()
            start = time.perf_counter()
            schedule = load_schedule(db, built.mission_id)
            conflicts = check_schedule(schedule).by_event()  # as the Itinerary area does
            prepared = time.perf_counter()
            view.set_schedule(db, schedule, conflicts)
            view.show_day(ELECTION_DAY)
            laid_out = time.perf_counter()
            view.grab()  # the first paint of what the window shows: the lanes scrolled into view
            app.processEvents()
            painted = time.perf_counter()
            gc.collect()
            read, swept, _ = sweep_seconds(path, built.mission_id)
            if turn:
                timings.setdefault("first paint", []).append(painted - start)
                timings.setdefault("read and check", []).append(prepared - start)
                timings.setdefault("lay out", []).append(laid_out - prepared)
                timings.setdefault("paint", []).append(painted - laid_out)
                timings.setdefault("baseline", []).append(read + swept)
        lanes = view.timeline.height()
    finally:
        view.close()
        db.dispose()
    best = {name: min(values) for name, values in timings.items()}
    notes = (f"election day of {built.events:,} events; read and check {best['read and check']:.3f} s "
             f"+ lay out {best['lay out']:.3f} s + paint {best['paint']:.3f} s (timeline {lanes} px tall) vs. "
             f"sqlite3 read and sweep {best['baseline']:.3f} s")
    return Outcome(best["first paint"], best["baseline"], notes, details=best)
