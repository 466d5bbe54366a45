"""A small mission for the itinerary tests: units in two time zones, stations, venues and a few
observers in every accreditation state that matters, with their arrival and departure.

Teams and events are left to each test, made through the services under test.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time
from zoneinfo import ZoneInfo

from sqlalchemy import select

from observer_desk.core.db import Database
from observer_desk.core.models import (
    AccreditationStatus,
    ElectionType,
    MissionRole,
    PollingStation,
    UnitKind,
    VenueKind,
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
from observer_desk.core.services.schedule import load_schedule
from observer_desk.core.services.venues import VenueData, create_venue

ASTANA = ZoneInfo("Asia/Almaty")
AKTOBE = ZoneInfo("Asia/Aqtobe")
ELECTION_DAY = date(2022, 11, 20)


def at(day: int, hhmm: str, zone: ZoneInfo = ASTANA) -> datetime:
    """A time in November 2022, local to `zone`."""
    return datetime.combine(date(2022, 11, day), time.fromisoformat(hhmm), tzinfo=zone)


@dataclass
class World:
    mission_id: int
    units: dict[str, int]  # code -> id
    stations: dict[str, int]  # number -> id
    venues: dict[str, int]  # key -> id
    observers: dict[str, int]  # code -> id


OBSERVERS = (
    # code, family, given, native, role, status
    ("T-01", "Zhang", "Wei", "张伟", MissionRole.OBSERVER, AccreditationStatus.ACCREDITED),
    ("T-02", "Ivanov", "Sergei", "Иванов Сергей", MissionRole.OBSERVER, AccreditationStatus.ACCREDITED),
    ("T-03", "Petrova", "Anna", "Петрова Анна", MissionRole.OBSERVER, AccreditationStatus.SUBMITTED),
    ("T-04", "Smirnova", "Olga", "Смирнова Ольга", MissionRole.INTERPRETER,
     AccreditationStatus.ACCREDITED),
    ("T-05", "Karimov", "Bakhtiyor", "Каримов Бахтиёр", MissionRole.OBSERVER,
     AccreditationStatus.BADGE_ISSUED),
    ("T-06", "Sultanova", "Dilnoza", "", MissionRole.OBSERVER, AccreditationStatus.WITHDRAWN),
)


def build_world(db: Database) -> World:
    mission = create_mission(db, MissionData(
        code="TEST-IT", title="Test mission to the election in Kazakhstan",
        organisation="Test Organisation", host_country="KZ",
        election_type=ElectionType.PRESIDENTIAL, election_date=ELECTION_DAY,
        period_start=date(2022, 11, 17), period_end=date(2022, 11, 21),
        time_zone="Asia/Almaty", travel_buffer_minutes=20,
        contact="Secretariat: +7 7172 55 00 00"))
    save_sending_bodies(db, mission.id, [
        SendingBodyData(code="CN", name_en="People's Republic of China", country_code="CN"),
        SendingBodyData(code="RU", name_en="Russian Federation", country_code="RU")])
    add_admin_units(db, mission.id, [
        UnitRecord("astana", UnitKind.CITY, "Astana", "Астана", "阿斯塔纳", "Asia/Almaty"),
        UnitRecord("yesil", UnitKind.DISTRICT, "Yesil District", time_zone="Asia/Almaty",
                   parent_code="astana"),
        UnitRecord("almaty-d", UnitKind.DISTRICT, "Almaty District", time_zone="Asia/Almaty",
                   parent_code="astana"),
        UnitRecord("aktobe", UnitKind.REGION, "Aktobe Region", "Актюбинская область", "阿克托别州",
                   "Asia/Aqtobe"),
    ])
    add_polling_stations(db, mission.id, [
        StationRecord("101", "yesil", "School No. 1", "1 Turan Avenue, Astana", 2000),
        StationRecord("102", "almaty-d", "School No. 2", "2 Abai Avenue, Astana", 1800),
        StationRecord("501", "aktobe", "School No. 5", "5 Abulkhair Khan Avenue, Aktobe", 1500),
    ])
    records = []
    for number, (code, family, given, native, role, status) in enumerate(OBSERVERS, start=1):
        records.append(ObserverRecord(
            code=code, family_name=family, given_names=given, native_name=native,
            sending_body_code="CN" if number % 2 else "RU", mission_role=role,
            phone=f"+7 701 555 00{number:02d}", hotel="Test Hotel, Astana",
            arrival_flight=f"KC 10{number}", arrival_at=at(17, "10:00"),
            departure_flight=f"KC 20{number}", departure_at=at(21, "15:00"), status=status))
    add_observers(db, mission.id, records)
    schedule = load_schedule(db, mission.id)
    units = {u.code: u.id for u in schedule.units.values()}
    venues = {}
    for key, name, unit in (("hotel", "Test Hotel", "yesil"), ("cec", "Election Commission", "yesil"),
                            ("akimat", "Akimat of Almaty District", "almaty-d"),
                            ("aktobe-hotel", "Aktobe Hotel", "aktobe"),
                            ("airport", "Airport", "yesil")):
        kind = VenueKind.AIRPORT if key == "airport" else VenueKind.HOTEL if "hotel" in key \
            else VenueKind.OFFICE
        venues[key] = create_venue(db, mission.id, VenueData(
            name=name, kind=kind, unit_id=units[unit], address=f"{name} street 1")).id
    with db.reading() as session:
        stations = dict(session.execute(select(PollingStation.number, PollingStation.id).where(
            PollingStation.mission_id == mission.id)).all())
    return World(mission.id, units, stations, venues,
                 {p.code: p.id for p in schedule.people.values()})
