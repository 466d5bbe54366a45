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
from datetime import date, datetime, time, timedelta, timezone
from functools import cache
from itertools import chain
from operator import attrgetter
from zoneinfo import ZoneInfo

from sqlalchemy import String, select, type_coerce
from sqlalchemy.orm import Session

from ..db import Database
from ..errors import NotFoundError
from ..language import _, message_language
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


@dataclass(slots=True)
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


@dataclass(slots=True)
class PersonInfo:
    id: int
    code: str
    family_name: str
    given_names: str
    native_name: str
    role: MissionRole
    body: str  # the sending body's name in English (see body_name)
    phone: str
    email: str
    hotel: str
    status: AccreditationStatus
    certificate_date: date | None
    arrival_flight: str
    arrival_at: datetime | None
    departure_flight: str
    departure_at: datetime | None
    body_ru: str = ""
    body_zh: str = ""

    def body_name(self, language: str = "en") -> str:
        """The sending body's name in a document's language, else in English."""
        return getattr(self, f"body_{language}", "") or self.body

    @property
    def full_name(self) -> str:
        return f"{self.family_name.upper()} {self.given_names}".strip()

    @property
    def label(self) -> str:
        """How a conflict or a list names the person: "ZHOU Hanqing (SCO-06)"."""
        return f"{self.full_name} ({self.code})"


@dataclass(slots=True)
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


def place_key(place: PlaceInfo | None) -> int:
    return 0 if place is None else (
        2 * place.id + 1 if place.kind is PlaceKind.STATION else 2 * place.id)


@dataclass(slots=True)
class ScheduledEvent:
    """One event as the screens and the checks see it. Mutable only for speed of making ten
    thousand of them; treat it as a snapshot (the services return new ones after each write)."""

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
    # Derived once, for the conflict check's inner loops: seconds since the epoch, and the place
    # as one number (stations odd, venues even, 0 for none).
    start_ts: float = field(init=False, repr=False, compare=False)
    end_ts: float = field(init=False, repr=False, compare=False)
    place_key: int = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        self.start_ts = self.starts_at.timestamp()
        self.end_ts = self.ends_at.timestamp()
        self.place_key = place_key(self.place)

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
    _by_observer: dict[int, list[ScheduledEvent]] | None = field(default=None, repr=False)

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

    def by_observer(self) -> dict[int, list[ScheduledEvent]]:
        """{observer id: the events they take part in, in the schedule's order}, built once."""
        if self._by_observer is None:
            # Most events have one source of people: one team, or people named directly. Those
            # are gathered per source (one append per event, not per person) and handed to each
            # of the source's people at the end; only mixed events go through attendees().
            per_team: dict[int, list[ScheduledEvent]] = {}
            per_person: dict[int, list[ScheduledEvent]] = {}
            for event in self.events:
                teams, direct = event.team_ids, event.observer_ids
                if not direct and len(teams) == 1:
                    found = per_team.get(teams[0])
                    if found is None:
                        per_team[teams[0]] = [event]
                    else:
                        found.append(event)
                    continue
                people = (dict.fromkeys(direct) if len(direct) > 1 else direct) if not teams \
                    else self.attendees(event)
                for observer_id in people:
                    found = per_person.get(observer_id)
                    if found is None:
                        per_person[observer_id] = [event]
                    else:
                        found.append(event)
            sources: dict[int, list[list[ScheduledEvent]]] = {
                observer_id: [events] for observer_id, events in per_person.items()}
            for team_id, events in per_team.items():
                team = self.teams.get(team_id)
                if team is None:
                    continue
                people = dict.fromkeys(team.member_ids)
                if team.interpreter_id is not None:
                    people[team.interpreter_id] = None
                for observer_id in people:
                    sources.setdefault(observer_id, []).append(events)
            order = attrgetter("start_ts", "end_ts", "id")
            self._by_observer = {
                observer_id: list(lists[0]) if len(lists) == 1
                else sorted(chain.from_iterable(lists), key=order)
                for observer_id, lists in sources.items()}
        return self._by_observer

    def events_of_observer(self, observer_id: int) -> list[ScheduledEvent]:
        return list(self.by_observer().get(observer_id, ()))

    def via(self, event: ScheduledEvent, observer_id: int) -> Via | None:
        """How the observer takes part in the event (None: not at all)."""
        return self.attendees(event).get(observer_id)

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
            for _distance, i, j in pairs:
                a, b = chain_a[i], chain_b[j]
                found = self.buffers.get((a, b) if a <= b else (b, a))
                if found is not None:
                    minutes = found
                    break
        self._travel[key] = minutes
        return minutes

    def unit_label(self, unit_id: int | None, language: str | None = None) -> str:
        """"Yesil District, Astana": the unit with its parent, as an address line names it, in a
        document's language ("en", "ru", "zh") or, for None, in the language of the messages.
        Chinese names the larger unit first, without a separator: 阿斯塔纳市叶西尔区."""
        unit = self.units.get(unit_id) if unit_id is not None else None
        if unit is None:
            return ""
        language = document_language(language)
        parent = self.units.get(unit.parent_id) if unit.parent_id is not None else None
        if parent is None:
            return unit.name(language)
        if language == "zh" and unit.name_zh and parent.name_zh:
            return f"{parent.name_zh}{unit.name_zh}"
        return f"{unit.name(language)}, {parent.name(language)}"


def document_language(language: str | None = None) -> str:
    """The document language ("en", "ru", "zh") asked for, or for None the one of the messages."""
    if language is not None:
        return language
    return {"ru": "ru", "zh_CN": "zh"}.get(message_language(), "en")


def station_title(number: str, name: str) -> str:
    """The station as documents and lists name it (in English: documents choose their own
    language); see :func:`place_title` for messages."""
    return f"Polling station {number}" + (f", {name}" if name else "")


def place_title(place: PlaceInfo) -> str:
    """The place as a message names it, in the language of the messages."""
    if place.kind is not PlaceKind.STATION:
        return place.name
    english = station_title(place.number, "")
    premises = place.name[len(english) + 2:] if place.name.startswith(f"{english}, ") else ""
    if premises:
        return _("Polling station {number}, {premises}").format(number=place.number,
                                                                premises=premises)
    return _("Polling station {number}").format(number=place.number)


def _mission_info(session: Session, mission_id: int) -> MissionInfo:
    # The columns named, not the record: the mission's logo need not come along every time.
    found = session.execute(select(
        Mission.id, Mission.code, Mission.title, Mission.organisation, Mission.election_date,
        Mission.period_start, Mission.period_end, Mission.time_zone,
        Mission.travel_buffer_minutes, Mission.contact, Mission.working_languages)
        .where(Mission.id == mission_id)).first()
    if found is None:
        raise NotFoundError(_("mission {mission_id} no longer exists").format(mission_id=mission_id))
    *values, languages = found
    return MissionInfo(*values, tuple(code for code in languages.split(",") if code))


def _units(session: Session, mission_id: int) -> dict[int, UnitInfo]:
    rows = _rows(session, select(
        AdminUnit.id, AdminUnit.parent_id, AdminUnit.code, AdminUnit.name_en, AdminUnit.name_ru,
        AdminUnit.name_zh, AdminUnit.time_zone).where(AdminUnit.mission_id == mission_id))
    return {row[0]: UnitInfo(*row) for row in rows}


def _rows(session: Session, statement):  # noqa: ANN001, ANN202 - a Core statement and result
    """Rows through the session's connection: plain Core rows, without the ORM's result
    machinery, which costs more than the query itself for a programme of thousands of events."""
    return session.connection().execute(statement).all()


def _driver_rows(session: Session, statement):  # noqa: ANN001, ANN202 - a Core statement
    """Rows as the database driver returns them, without building SQLAlchemy rows: only for
    statements whose columns need no conversion (numbers, text, and columns read with _raw)."""
    result = session.connection().execute(statement)
    try:
        return result.cursor.fetchall()
    finally:
        result.close()


def _utc(value: datetime | str | None, known: dict | None = None) -> datetime | None:
    """A stored time read without SQLAlchemy's per-value processing (SQLite hands back text,
    PostgreSQL a naive datetime), as an aware UTC datetime. `known` remembers the values met
    already: a programme repeats the same few hundred start times."""
    if value is None:
        return None
    if known is not None:
        found = known.get(value)
        if found is not None:
            return found
    moment = datetime.fromisoformat(value) if isinstance(value, str) else value
    moment = (moment.replace(tzinfo=timezone.utc) if moment.tzinfo is None
              else moment.astimezone(timezone.utc))
    if known is not None:
        known[value] = moment
    return moment


def _raw(column):  # noqa: ANN001, ANN202 - a column expression
    """The column's value as the driver returns it: the big programme reads thousands of times
    and enumerations, and converting them here is several times cheaper than per value."""
    return type_coerce(column, String)


_KINDS = {kind.value: kind for kind in EventKind}
_PHASES = {phase.value: phase for phase in Phase}


def _places(session: Session, mission_id: int, units: dict[int, UnitInfo], mission_zone: str,
            event_ids: Iterable[int] | None = None) -> tuple[dict[int, PlaceInfo], dict[int, PlaceInfo]]:
    """The venues, and the polling stations the programme uses (a CEC list may hold all ten
    thousand of a country's stations; the programme visits a few hundred)."""
    venues = {
        venue_id: PlaceInfo(PlaceKind.VENUE, venue_id, name, address, unit_id, time_zone)
        for venue_id, name, address, unit_id, time_zone in _driver_rows(session, select(
            Venue.id, Venue.name, Venue.address, Venue.unit_id, Venue.time_zone)
            .where(Venue.mission_id == mission_id))
    }
    used = select(Event.polling_station_id).where(Event.mission_id == mission_id,
                                                  Event.polling_station_id.is_not(None))
    if event_ids is not None:
        used = used.where(Event.id.in_(list(event_ids)))
    stations = {}
    hours: dict = {}
    for station_id, number, name, address, unit_id, opens, closes in _driver_rows(session, select(
            PollingStation.id, PollingStation.number, PollingStation.name, PollingStation.address,
            PollingStation.unit_id, _raw(PollingStation.opens_at), _raw(PollingStation.closes_at))
            .where(PollingStation.id.in_(used.distinct()))):
        unit = units.get(unit_id)
        stations[station_id] = PlaceInfo(
            PlaceKind.STATION, station_id, station_title(number, name), address, unit_id,
            unit.time_zone if unit else mission_zone, number, _time(opens, hours),
            _time(closes, hours))
    return venues, stations


def _time(value: time | str | None, known: dict) -> time | None:
    """A stored time of day read raw (text on SQLite): stations share a few opening hours."""
    if value is None or isinstance(value, time):
        return value
    found = known.get(value)
    if found is None:
        found = known[value] = time.fromisoformat(value)
    return found


_ROLES = {role.value: role for role in MissionRole}
_STATUSES = {status.value: status for status in AccreditationStatus}


def _people(session: Session, mission_id: int,
            only: Iterable[int] | None = None) -> dict[int, PersonInfo]:
    query = (select(
        Observer.id, Observer.code, Observer.family_name, Observer.given_names,
        Observer.native_name, _raw(Observer.mission_role), SendingBody.name_en, Observer.phone,
        Observer.email, Observer.hotel, _raw(Observer.accreditation_status),
        _raw(Observer.cec_certificate_date), Observer.arrival_flight, _raw(Observer.arrival_at),
        Observer.departure_flight, _raw(Observer.departure_at), SendingBody.name_ru,
        SendingBody.name_zh)
        .outerjoin(SendingBody, SendingBody.id == Observer.sending_body_id)
        .where(Observer.mission_id == mission_id))
    if only is not None:
        query = query.where(Observer.id.in_(list(only)))
    times: dict = {}
    days: dict = {}
    return {row[0]: PersonInfo(row[0], row[1], row[2], row[3], row[4], _ROLES[row[5]],
                               row[6] or "", row[7], row[8], row[9], _STATUSES[row[10]],
                               _date(row[11], days), row[12], _utc(row[13], times), row[14],
                               _utc(row[15], times), row[16] or "", row[17] or "")
            for row in _driver_rows(session, query)}


def _date(value: date | str | None, known: dict) -> date | None:
    """A stored date read raw (text on SQLite, a date on PostgreSQL): certificates share a few
    dates."""
    if value is None or isinstance(value, date):
        return value
    found = known.get(value)
    if found is None:
        found = known[value] = date.fromisoformat(value[:10])
    return found


def read_teams(session: Session, mission_id: int) -> dict[int, TeamInfo]:
    members: dict[int, list[int]] = {}
    for team_id, observer_id in _driver_rows(session,
            select(TeamMember.team_id, TeamMember.observer_id)
            .join(Team, Team.id == TeamMember.team_id)
            .where(Team.mission_id == mission_id)
            .order_by(TeamMember.team_id, TeamMember.position, TeamMember.observer_id)):
        members.setdefault(team_id, []).append(observer_id)
    teams = {}
    for (team_id, version, name, vehicle, driver_name, driver_phone, interpreter_id, area,
         area_unit_id, notes) in _driver_rows(session, select(
            Team.id, Team.version, Team.name, Team.vehicle, Team.driver_name, Team.driver_phone,
            Team.interpreter_id, Team.area, Team.area_unit_id, Team.notes)
            .where(Team.mission_id == mission_id).order_by(Team.name)):
        teams[team_id] = TeamInfo(team_id, version, name, tuple(members.get(team_id, ())), vehicle,
                                  driver_name, driver_phone, interpreter_id, area, area_unit_id,
                                  notes)
    return teams


def _buffers(session: Session, mission_id: int) -> dict[tuple[int, int], int]:
    return {(a, b): minutes for a, b, minutes in _rows(session,
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
    query = select(Event.id, Event.version, _raw(Event.kind), Event.title, _raw(Event.starts_at),
                   _raw(Event.ends_at), Event.time_zone, Event.venue_id, Event.polling_station_id,
                   _raw(Event.phase), Event.counterpart, Event.notes).where(
        Event.mission_id == mission_id)
    if event_ids is not None:
        wanted = list(event_ids)
        participants = participants.where(EventParticipant.event_id.in_(wanted))
        query = query.where(Event.id.in_(wanted))
    for event_id, observer_id, team_id in _driver_rows(session, participants):
        into = observers if observer_id is not None else teams
        found = into.get(event_id)
        if found is None:
            into[event_id] = [observer_id if observer_id is not None else team_id]
        else:
            found.append(observer_id if observer_id is not None else team_id)
    events = []
    append = events.append
    no_ids: tuple[int, ...] = ()
    times: dict = {}
    remembered = times.get
    for (event_id, version, kind, title, starts, ends, time_zone, venue_id, station_id, phase,
         counterpart, notes) in _driver_rows(session, query):
        place = (stations.get(station_id) if station_id is not None
                 else venues.get(venue_id) if venue_id is not None else None)
        team_ids = teams.get(event_id)
        observer_ids = observers.get(event_id)
        append(ScheduledEvent(
            event_id, version, _KINDS[kind], title,
            remembered(starts) or _utc(starts, times), remembered(ends) or _utc(ends, times),
            time_zone, place, _PHASES[phase] if phase else None, counterpart, notes,
            tuple(team_ids) if team_ids else no_ids,
            tuple(observer_ids) if observer_ids else no_ids))
    events.sort(key=attrgetter("start_ts", "end_ts", "id"))
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
    wanted = list(event_ids)
    venues, stations = _places(session, mission_id, units, mission_zone, wanted)
    return _events(session, mission_id, venues, stations, wanted)
