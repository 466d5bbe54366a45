"""The mission's programme as plain data: events with their places and participants, the teams
and the people, read in a handful of queries.

The conflict check, the exports and the Itinerary screens all work from this one picture, so a
conflict drawn on the day view is the conflict `itinerary check` prints. Times stay aware UTC
datetimes; each event carries the IANA zone of its place, and `local_start`/`local_end` give
the wall-clock times people read.
"""

from __future__ import annotations

import enum
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from functools import cache
from zoneinfo import ZoneInfo

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..db import Database
from ..errors import NotFoundError
from ..models import (
    AccreditationStatus,
    AdminUnit,
    Event,
    EventKind,
    EventParticipant,
    Mission,
    MissionRole,
    Observer,
    Phase,
    PollingStation,
    SendingBody,
    Team,
    TeamMember,
    TravelBuffer,
    Venue,
)


@cache
def zone(name: str) -> ZoneInfo:
    return ZoneInfo(name)


def offset_label(moment: datetime) -> str:
    """"UTC+6", "UTC+5:45", "UTC" for an aware datetime (its offset at that moment)."""
    offset = moment.utcoffset() or timedelta(0)
    minutes = int(offset.total_seconds() // 60)
    if minutes == 0:
        return "UTC"
    sign = "+" if minutes > 0 else "-"
    hours, rest = divmod(abs(minutes), 60)
    return f"UTC{sign}{hours}" + (f":{rest:02d}" if rest else "")


def zone_label(moment: datetime, zone_name: str) -> str:
    """The zone as lists show it: "UTC+6 Asia/Almaty"."""
    return f"{offset_label(moment)} {zone_name}"


def local_span(start: datetime, end: datetime, zone_name: str) -> str:
    """"2022-11-20 07:00-07:45 UTC+6 Asia/Almaty": a span in the local time of its place (the
    end's date is repeated only when it differs)."""
    tz = zone(zone_name)
    first, last = start.astimezone(tz), end.astimezone(tz)
    until = f"{last:%H:%M}" if last.date() == first.date() else f"{last:%Y-%m-%d %H:%M}"
    return f"{first:%Y-%m-%d %H:%M}-{until} {zone_label(first, zone_name)}"


def local_moment(moment: datetime, zone_name: str) -> str:
    tz = zone(zone_name)
    local = moment.astimezone(tz)
    return f"{local:%Y-%m-%d %H:%M} {zone_label(local, zone_name)}"


@dataclass(frozen=True)
class UnitInfo:
    id: int
    parent_id: int | None
    code: str
    name_en: str
    name_ru: str
    name_zh: str
    time_zone: str

    def name(self, language: str = "en") -> str:
        return getattr(self, f"name_{language}", "") or self.name_en


class PlaceKind(enum.StrEnum):
    VENUE = "venue"
    STATION = "station"


@dataclass(frozen=True)
class PlaceInfo:
    kind: PlaceKind
    id: int
    name: str  # the venue's name; for a station its number and premises
    address: str
    unit_id: int | None
    time_zone: str
    number: str = ""  # polling station number
    opens_at: time | None = None
    closes_at: time | None = None

    @property
    def key(self) -> tuple[PlaceKind, int]:
        return (self.kind, self.id)


@dataclass(frozen=True)
class PersonInfo:
    id: int
    code: str
    family_name: str
    given_names: str
    native_name: str
    role: MissionRole
    body: str
    phone: str
    email: str
    hotel: str
    status: AccreditationStatus
    certificate_date: date | None
    arrival_flight: str
    arrival_at: datetime | None
    departure_flight: str
    departure_at: datetime | None

    @property
    def full_name(self) -> str:
        return f"{self.family_name.upper()} {self.given_names}".strip()

    @property
    def label(self) -> str:
        """How a conflict or a list names the person: "ZHOU Hanqing (SCO-06)"."""
        return f"{self.full_name} ({self.code})"


@dataclass(frozen=True)
class TeamInfo:
    id: int
    version: int
    name: str
    member_ids: tuple[int, ...]
    vehicle: str
    driver_name: str
    driver_phone: str
    interpreter_id: int | None
    area: str
    area_unit_id: int | None
    notes: str


class Via(enum.StrEnum):
    """How someone takes part in an event."""

    DIRECT = "direct"
    MEMBER = "member"  # as a member of a team taking part
    INTERPRETER = "interpreter"  # as the interpreter of a team taking part


@dataclass(frozen=True)
class ScheduledEvent:
    id: int
    version: int
    kind: EventKind
    title: str
    starts_at: datetime  # aware, UTC
    ends_at: datetime
    time_zone: str
    place: PlaceInfo | None
    phase: Phase | None
    counterpart: str
    notes: str
    team_ids: tuple[int, ...]
    observer_ids: tuple[int, ...]  # observers named directly

    @property
    def local_start(self) -> datetime:
        return self.starts_at.astimezone(zone(self.time_zone))

    @property
    def local_end(self) -> datetime:
        return self.ends_at.astimezone(zone(self.time_zone))

    @property
    def local_day(self) -> date:
        return self.local_start.date()

    @property
    def span(self) -> str:
        return local_span(self.starts_at, self.ends_at, self.time_zone)


@dataclass(frozen=True)
class MissionInfo:
    id: int
    code: str
    title: str
    organisation: str
    election_date: date
    period_start: date
    period_end: date
    time_zone: str
    travel_buffer_minutes: int
    contact: str
    languages: tuple[str, ...]


@dataclass
class Schedule:
    mission: MissionInfo
    events: list[ScheduledEvent]  # by start, end, id
    teams: dict[int, TeamInfo]
    people: dict[int, PersonInfo]
    units: dict[int, UnitInfo]
    buffers: dict[tuple[int, int], int]  # (smaller unit id, larger) -> minutes
    _travel: dict[tuple[int | None, int | None], int] = field(default_factory=dict, repr=False)
    _by_observer: dict[int, list[tuple[ScheduledEvent, Via]]] | None = field(default=None, repr=False)

    def attendees(self, event: ScheduledEvent) -> dict[int, Via]:
        """Everyone taking part, and how: named directly first, then as a member of a team named,
        then as a team's interpreter."""
        found: dict[int, Via] = dict.fromkeys(event.observer_ids, Via.DIRECT)
        for team_id in event.team_ids:
            team = self.teams.get(team_id)
            if team is None:
                continue
            for member in team.member_ids:
                found.setdefault(member, Via.MEMBER)
            if team.interpreter_id is not None:
                found.setdefault(team.interpreter_id, Via.INTERPRETER)
        return found

    def by_observer(self) -> dict[int, list[tuple[ScheduledEvent, Via]]]:
        """{observer id: [(event, how they take part)]} in the order of the events, built once."""
        if self._by_observer is None:
            index: dict[int, list[tuple[ScheduledEvent, Via]]] = {}
            for event in self.events:
                for observer_id, via in self.attendees(event).items():
                    index.setdefault(observer_id, []).append((event, via))
            self._by_observer = index
        return self._by_observer

    def events_of_observer(self, observer_id: int) -> list[ScheduledEvent]:
        return [event for event, _ in self.by_observer().get(observer_id, ())]

    def events_of_team(self, team_id: int) -> list[ScheduledEvent]:
        """The team's programme: events it takes part in as a team, and events every one of
        its members attends (a meeting the whole mission goes to)."""
        team = self.teams[team_id]
        members = set(team.member_ids)
        chosen = []
        for event in self.events:
            if team_id in event.team_ids:
                chosen.append(event)
            elif members and members <= self.attendees(event).keys():
                chosen.append(event)
        return chosen

    def days(self) -> list[date]:
        return sorted({event.local_day for event in self.events})

    def events_on(self, day: date) -> list[ScheduledEvent]:
        """Events that start on this day, local time of their place."""
        return [e for e in self.events if e.local_day == day]

    def unit_chain(self, unit_id: int | None) -> list[int]:
        """The unit and its ancestors, nearest first."""
        chain: list[int] = []
        while unit_id is not None and unit_id not in chain:
            chain.append(unit_id)
            unit = self.units.get(unit_id)
            unit_id = unit.parent_id if unit else None
        return chain

    def travel_minutes(self, unit_a: int | None, unit_b: int | None) -> int:
        """Minutes to allow between events in these two units: the buffer set for the pair, else
        for the nearest pair of their parents (a buffer for Astana with itself covers two of its
        districts), else the mission's default."""
        key = (unit_a, unit_b) if (unit_a or 0) <= (unit_b or 0) else (unit_b, unit_a)
        known = self._travel.get(key)
        if known is not None:
            return known
        minutes = self.mission.travel_buffer_minutes
        if self.buffers and unit_a is not None and unit_b is not None:
            chain_a, chain_b = self.unit_chain(unit_a), self.unit_chain(unit_b)
            pairs = sorted((i + j, i, j) for i in range(len(chain_a)) for j in range(len(chain_b)))
            for _, i, j in pairs:
                a, b = chain_a[i], chain_b[j]
                found = self.buffers.get((a, b) if a <= b else (b, a))
                if found is not None:
                    minutes = found
                    break
        self._travel[key] = minutes
        return minutes

    def unit_label(self, unit_id: int | None, language: str = "en") -> str:
        """"Yesil District, Astana": the unit with its parent, as an address line names it."""
        unit = self.units.get(unit_id) if unit_id is not None else None
        if unit is None:
            return ""
        parent = self.units.get(unit.parent_id) if unit.parent_id is not None else None
        return f"{unit.name(language)}, {parent.name(language)}" if parent else unit.name(language)


def station_title(number: str, name: str) -> str:
    return f"Polling station {number}" + (f", {name}" if name else "")


def _mission_info(session: Session, mission_id: int) -> MissionInfo:
    mission = session.get(Mission, mission_id)
    if mission is None:
        raise NotFoundError(f"mission {mission_id} no longer exists")
    return MissionInfo(
        id=mission.id, code=mission.code, title=mission.title, organisation=mission.organisation,
        election_date=mission.election_date, period_start=mission.period_start,
        period_end=mission.period_end, time_zone=mission.time_zone,
        travel_buffer_minutes=mission.travel_buffer_minutes, contact=mission.contact,
        languages=tuple(mission.languages))


def _units(session: Session, mission_id: int) -> dict[int, UnitInfo]:
    rows = session.execute(select(
        AdminUnit.id, AdminUnit.parent_id, AdminUnit.code, AdminUnit.name_en, AdminUnit.name_ru,
        AdminUnit.name_zh, AdminUnit.time_zone).where(AdminUnit.mission_id == mission_id))
    return {row[0]: UnitInfo(*row) for row in rows}


def _places(session: Session, mission_id: int, units: dict[int, UnitInfo],
            mission_zone: str) -> tuple[dict[int, PlaceInfo], dict[int, PlaceInfo]]:
    venues = {
        row.id: PlaceInfo(PlaceKind.VENUE, row.id, row.name, row.address, row.unit_id,
                          row.time_zone)
        for row in session.execute(select(
            Venue.id, Venue.name, Venue.address, Venue.unit_id, Venue.time_zone)
            .where(Venue.mission_id == mission_id))
    }
    stations = {}
    for row in session.execute(select(
            PollingStation.id, PollingStation.number, PollingStation.name, PollingStation.address,
            PollingStation.unit_id, PollingStation.opens_at, PollingStation.closes_at)
            .where(PollingStation.mission_id == mission_id)):
        unit = units.get(row.unit_id)
        stations[row.id] = PlaceInfo(
            PlaceKind.STATION, row.id, station_title(row.number, row.name), row.address,
            row.unit_id, unit.time_zone if unit else mission_zone, row.number, row.opens_at,
            row.closes_at)
    return venues, stations


def _people(session: Session, mission_id: int,
            only: Iterable[int] | None = None) -> dict[int, PersonInfo]:
    query = (select(
        Observer.id, Observer.code, Observer.family_name, Observer.given_names,
        Observer.native_name, Observer.mission_role, SendingBody.name_en, Observer.phone,
        Observer.email, Observer.hotel, Observer.accreditation_status,
        Observer.cec_certificate_date, Observer.arrival_flight, Observer.arrival_at,
        Observer.departure_flight, Observer.departure_at)
        .outerjoin(SendingBody, SendingBody.id == Observer.sending_body_id)
        .where(Observer.mission_id == mission_id))
    if only is not None:
        query = query.where(Observer.id.in_(list(only)))
    return {row[0]: PersonInfo(row[0], row[1], row[2], row[3], row[4], row[5], row[6] or "",
                               *row[7:]) for row in session.execute(query)}


def read_teams(session: Session, mission_id: int) -> dict[int, TeamInfo]:
    members: dict[int, list[int]] = {}
    for team_id, observer_id in session.execute(
            select(TeamMember.team_id, TeamMember.observer_id)
            .join(Team, Team.id == TeamMember.team_id)
            .where(Team.mission_id == mission_id)
            .order_by(TeamMember.team_id, TeamMember.position, TeamMember.observer_id)):
        members.setdefault(team_id, []).append(observer_id)
    teams = {}
    for row in session.execute(select(
            Team.id, Team.version, Team.name, Team.vehicle, Team.driver_name, Team.driver_phone,
            Team.interpreter_id, Team.area, Team.area_unit_id, Team.notes)
            .where(Team.mission_id == mission_id).order_by(Team.name)):
        teams[row.id] = TeamInfo(row.id, row.version, row.name, tuple(members.get(row.id, ())),
                                 row.vehicle, row.driver_name, row.driver_phone, row.interpreter_id,
                                 row.area, row.area_unit_id, row.notes)
    return teams


def _buffers(session: Session, mission_id: int) -> dict[tuple[int, int], int]:
    return {(a, b): minutes for a, b, minutes in session.execute(
        select(TravelBuffer.unit_a_id, TravelBuffer.unit_b_id, TravelBuffer.minutes)
        .where(TravelBuffer.mission_id == mission_id))}


def _events(session: Session, mission_id: int, venues: dict[int, PlaceInfo],
            stations: dict[int, PlaceInfo], event_ids: Iterable[int] | None = None
            ) -> list[ScheduledEvent]:
    teams: dict[int, list[int]] = {}
    observers: dict[int, list[int]] = {}
    participants = (select(EventParticipant.event_id, EventParticipant.observer_id,
                           EventParticipant.team_id)
                    .join(Event, Event.id == EventParticipant.event_id)
                    .where(Event.mission_id == mission_id)
                    .order_by(EventParticipant.id))
    query = select(Event.id, Event.version, Event.kind, Event.title, Event.starts_at,
                   Event.ends_at, Event.time_zone, Event.venue_id, Event.polling_station_id,
                   Event.phase, Event.counterpart, Event.notes).where(Event.mission_id == mission_id)
    if event_ids is not None:
        wanted = list(event_ids)
        participants = participants.where(EventParticipant.event_id.in_(wanted))
        query = query.where(Event.id.in_(wanted))
    for event_id, observer_id, team_id in session.execute(participants):
        if observer_id is not None:
            observers.setdefault(event_id, []).append(observer_id)
        else:
            teams.setdefault(event_id, []).append(team_id)
    events = []
    for row in session.execute(query):
        place = (stations.get(row.polling_station_id) if row.polling_station_id is not None
                 else venues.get(row.venue_id) if row.venue_id is not None else None)
        events.append(ScheduledEvent(
            row.id, row.version, row.kind, row.title, row.starts_at, row.ends_at, row.time_zone,
            place, row.phase, row.counterpart, row.notes, tuple(teams.get(row.id, ())),
            tuple(observers.get(row.id, ()))))
    events.sort(key=lambda e: (e.starts_at, e.ends_at, e.id))
    return events


def read_schedule(session: Session, mission_id: int) -> Schedule:
    mission = _mission_info(session, mission_id)
    units = _units(session, mission_id)
    venues, stations = _places(session, mission_id, units, mission.time_zone)
    return Schedule(
        mission=mission,
        events=_events(session, mission_id, venues, stations),
        teams=read_teams(session, mission_id),
        people=_people(session, mission_id),
        units=units,
        buffers=_buffers(session, mission_id),
    )


def load_schedule(db: Database, mission_id: int) -> Schedule:
    """The whole programme of a mission, for the screens, the conflict check and the exports."""
    with db.reading() as session:
        return read_schedule(session, mission_id)


def load_events(session: Session, mission_id: int, event_ids: Iterable[int]) -> list[ScheduledEvent]:
    """Some events as the screens show them (what a write service returns after saving)."""
    units = _units(session, mission_id)
    mission_zone = session.scalar(select(Mission.time_zone).where(Mission.id == mission_id)) or "UTC"
    venues, stations = _places(session, mission_id, units, mission_zone)
    return _events(session, mission_id, venues, stations, event_ids)
