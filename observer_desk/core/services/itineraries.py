"""What the itinerary documents hold, as plain data: personal itineraries (per observer or per
team), the election-day deployment plan and the full schedule; and `export_itinerary`, which
writes them as PDF, Excel or iCalendar by the file's extension.

Times are given in the local time of each event's place, with its zone, since an observer in
Aktobe (UTC+5) and one in Astana (UTC+6) read their watches, not UTC.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

from ..db import Database
from ..errors import NotFoundError, UsageError
from ..language import _, ngettext, pgettext
from ..models import EventKind, MissionRole, Phase
from .schedule import (
    MissionInfo,
    PersonInfo,
    PlaceKind,
    Schedule,
    ScheduledEvent,
    TeamInfo,
    load_schedule,
    offset_label,
    zone,
)

EXPORT_SUFFIXES = (".pdf", ".xlsx", ".ics")
Progress = Callable[[int, int], object]


@dataclass(frozen=True)
class Contact:
    name: str
    native_name: str
    phone: str


@dataclass(frozen=True)
class MemberLine:
    code: str
    name: str  # FAMILY Given
    native_name: str
    role: MissionRole
    phone: str


@dataclass(frozen=True)
class TeamCard:
    name: str
    area: str
    vehicle: str
    members: tuple[MemberLine, ...]
    driver: Contact | None
    interpreter: Contact | None
    notes: str


@dataclass(frozen=True)
class ItineraryEntry:
    event_id: int
    kind: EventKind
    title: str
    starts: datetime  # aware, local time of the place
    ends: datetime
    time_zone: str
    place: str
    address: str
    unit: str
    counterpart: str
    notes: str
    phase: Phase | None
    with_whom: str  # the teams and people taking part, as the reader needs to know them

    @property
    def offset(self) -> str:
        return offset_label(self.starts)


@dataclass(frozen=True)
class ItineraryDay:
    day: date
    entries: tuple[ItineraryEntry, ...]


@dataclass(frozen=True)
class PersonalItinerary:
    key: str  # the observer's code, or the team's name
    name: str  # FAMILY Given, or the team's name
    native_name: str
    description: str  # role and sending body, or the team's area
    phone: str
    hotel: str
    arrival: str  # "2022-11-17 13:40 UTC+6, flight KC 886"
    departure: str
    teams: tuple[TeamCard, ...]
    days: tuple[ItineraryDay, ...]

    @property
    def event_count(self) -> int:
        return sum(len(day.entries) for day in self.days)


@dataclass(frozen=True)
class DeploymentRow:
    team: str
    order: int
    station: str
    premises: str
    unit: str
    address: str
    arrives: datetime  # aware, local time of the station
    departs: datetime
    time_zone: str
    phase: Phase | None
    members: str

    @property
    def offset(self) -> str:
        return offset_label(self.arrives)


@dataclass(frozen=True)
class ScheduleRow:
    event_id: int
    version: int
    kind: EventKind
    title: str
    starts: datetime  # aware, local time of the place
    ends: datetime
    time_zone: str
    place: str
    address: str
    unit: str
    counterpart: str
    teams: str
    observers: str  # everyone taking part, teams' members included
    notes: str

    @property
    def offset(self) -> str:
        return offset_label(self.starts)


@dataclass(frozen=True)
class ExportSummary:
    path: Path
    itineraries: int  # people or teams with their own itinerary (PDF); 0 for other files
    events: int

    def describe(self) -> str:
        """"trip.pdf: itinerary PDF, 3 itineraries, 12 events": what was written, for the user."""
        suffix = self.path.suffix.lower()
        events = ngettext("{n} event", "{n} events", self.events).format(n=self.events)
        if suffix == ".pdf":
            return _("{path}: itinerary PDF, {itineraries}, {events}").format(
                path=self.path, events=events, itineraries=ngettext(
                    "{n} itinerary", "{n} itineraries", self.itineraries).format(n=self.itineraries))
        kind = (_("deployment plan and schedule") if suffix == ".xlsx" else _("calendar"))
        return _("{path}: {kind}, {events}").format(path=self.path, kind=kind, events=events)


# --- building blocks -----------------------------------------------------------------------

def _local(moment: datetime, zone_name: str) -> datetime:
    return moment.astimezone(zone(zone_name))


def _contact(person: PersonInfo | None) -> Contact | None:
    if person is None:
        return None
    return Contact(person.full_name, person.native_name, person.phone)


def team_card(schedule: Schedule, team: TeamInfo, language: str = "en") -> TeamCard:
    members = tuple(
        MemberLine(p.code, p.full_name, p.native_name, p.role, p.phone)
        for p in (schedule.people.get(i) for i in team.member_ids) if p is not None)
    driver = Contact(team.driver_name, "", team.driver_phone) if (
        team.driver_name or team.driver_phone) else None
    interpreter = _contact(schedule.people.get(team.interpreter_id)) if team.interpreter_id else None
    area = team.area or schedule.unit_label(team.area_unit_id, language)
    return TeamCard(team.name, area, team.vehicle, members, driver, interpreter, team.notes)


#: The itinerary documents' own texts, by document language: what a document says is chosen by
#: its reader's language (the language argument), not by the program's messages.
DOCUMENT_LANGUAGES = ("en", "ru", "zh")
WHOLE_MISSION = {"en": "the whole mission", "ru": "вся миссия", "zh": "观察团全体成员"}
LIST_SEPARATOR = {"en": ", ", "ru": ", ", "zh": "、"}
#: Between two parts of one phrase that are not an enumeration ("Head of mission, SCO Secretariat").
PHRASE_SEPARATOR = {"en": ", ", "ru": ", ", "zh": "，"}
#: The event kinds and election-day phases as every itinerary document names them.
KIND_NAMES = {
    "en": {EventKind.MEETING: "Meeting", EventKind.BRIEFING: "Briefing",
           EventKind.VISIT: "Polling-station visit", EventKind.TRAVEL: "Travel",
           EventKind.OTHER: "Other"},
    "ru": {EventKind.MEETING: "Встреча", EventKind.BRIEFING: "Брифинг",
           EventKind.VISIT: "Посещение участка", EventKind.TRAVEL: "Поездка",
           EventKind.OTHER: "Прочее"},
    "zh": {EventKind.MEETING: "会见", EventKind.BRIEFING: "情况介绍", EventKind.VISIT: "访问投票站",
           EventKind.TRAVEL: "行程", EventKind.OTHER: "其他"},
}
PHASE_NAMES = {
    "en": {Phase.OPENING: "opening", Phase.VOTING: "voting", Phase.COUNT: "count"},
    "ru": {Phase.OPENING: "открытие", Phase.VOTING: "голосование", Phase.COUNT: "подсчёт"},
    "zh": {Phase.OPENING: "开始投票", Phase.VOTING: "投票", Phase.COUNT: "计票"},
}


def kind_name(kind: EventKind, language: str = "en") -> str:
    """"Polling-station visit", "Посещение участка", "访问投票站"."""
    return KIND_NAMES.get(language, KIND_NAMES["en"]).get(kind, kind.value)


def phase_name(phase: Phase, language: str = "en") -> str:
    return PHASE_NAMES.get(language, PHASE_NAMES["en"]).get(phase, phase.value)


def _list_separator(language: str | None) -> str:
    """The enumeration comma of a document's language, or for None of the messages."""
    return pgettext("punctuation", ", ") if language is None else LIST_SEPARATOR.get(language, ", ")


def observers_text(n: int, language: str = "en") -> str:
    """"12 observers" in the document's language (Russian with its three plural forms)."""
    if language == "zh":
        return f"{n}名观察员"
    if language == "ru":
        if n % 10 == 1 and n % 100 != 11:
            word = "наблюдатель"
        elif 2 <= n % 10 <= 4 and not 12 <= n % 100 <= 14:
            word = "наблюдателя"
        else:
            word = "наблюдателей"
        return f"{n} {word}"
    return f"{n} observer" if n == 1 else f"{n} observers"


def _with_whom(schedule: Schedule, event: ScheduledEvent, language: str = "en") -> str:
    teams = [schedule.teams[t].name for t in event.team_ids if t in schedule.teams]
    direct = [schedule.people[i] for i in event.observer_ids if i in schedule.people]
    everyone = len(direct) >= len(schedule.people) > 1
    if everyone:
        return WHOLE_MISSION.get(language, WHOLE_MISSION["en"])
    parts = list(teams)
    if direct:
        if len(direct) > 6:
            parts.append(observers_text(len(direct), language))
        else:
            parts.extend(p.full_name for p in direct)
    return LIST_SEPARATOR.get(language, ", ").join(parts)


def _entry(schedule: Schedule, event: ScheduledEvent, language: str) -> ItineraryEntry:
    place = event.place
    return ItineraryEntry(
        event_id=event.id, kind=event.kind, title=event.title,
        starts=event.local_start, ends=event.local_end, time_zone=event.time_zone,
        place=place.name if place else "", address=place.address if place else "",
        unit=schedule.unit_label(place.unit_id, language) if place else "",
        counterpart=event.counterpart, notes=event.notes, phase=event.phase,
        with_whom=_with_whom(schedule, event, language))


def _days(schedule: Schedule, events: Iterable[ScheduledEvent], language: str) -> tuple[ItineraryDay, ...]:
    by_day: dict[date, list[ItineraryEntry]] = {}
    for event in events:
        by_day.setdefault(event.local_day, []).append(_entry(schedule, event, language))
    return tuple(ItineraryDay(day, tuple(entries)) for day, entries in sorted(by_day.items()))


FLIGHT = {"en": "{when}, flight {flight}", "ru": "{when}, рейс {flight}", "zh": "{when}，航班 {flight}"}


def _travel(moment: datetime | None, flight: str, mission: MissionInfo, language: str = "en") -> str:
    if moment is None:
        return ""
    local = _local(moment, mission.time_zone)
    text = f"{local:%Y-%m-%d %H:%M} {offset_label(local)}"
    return FLIGHT.get(language, FLIGHT["en"]).format(when=text, flight=flight) if flight else text


ROLE_NAMES = {
    "en": {MissionRole.HEAD: "Head of mission", MissionRole.DEPUTY: "Deputy head of mission",
           MissionRole.COORDINATOR: "Coordinator", MissionRole.OBSERVER: "Observer",
           MissionRole.INTERPRETER: "Interpreter", MissionRole.STAFF: "Staff"},
    "ru": {MissionRole.HEAD: "Глава миссии", MissionRole.DEPUTY: "Заместитель главы миссии",
           MissionRole.COORDINATOR: "Координатор", MissionRole.OBSERVER: "Наблюдатель",
           MissionRole.INTERPRETER: "Переводчик", MissionRole.STAFF: "Сотрудник миссии"},
    "zh": {MissionRole.HEAD: "观察团团长", MissionRole.DEPUTY: "观察团副团长",
           MissionRole.COORDINATOR: "协调员", MissionRole.OBSERVER: "观察员",
           MissionRole.INTERPRETER: "翻译", MissionRole.STAFF: "工作人员"},
}


def personal_itinerary(schedule: Schedule, observer_id: int, language: str = "en") -> PersonalItinerary:
    person = schedule.people[observer_id]
    teams = tuple(team_card(schedule, t, language) for t in schedule.teams.values()
                  if observer_id in t.member_ids or t.interpreter_id == observer_id)
    role = ROLE_NAMES.get(language, ROLE_NAMES["en"])[person.role]
    description = PHRASE_SEPARATOR.get(language, ", ").join(
        part for part in (role, person.body_name(language)) if part)
    return PersonalItinerary(
        key=person.code, name=person.full_name, native_name=person.native_name,
        description=description, phone=person.phone, hotel=person.hotel,
        arrival=_travel(person.arrival_at, person.arrival_flight, schedule.mission, language),
        departure=_travel(person.departure_at, person.departure_flight, schedule.mission, language),
        teams=teams, days=_days(schedule, schedule.events_of_observer(observer_id), language))


def team_itinerary(schedule: Schedule, team_id: int, language: str = "en") -> PersonalItinerary:
    team = schedule.teams[team_id]
    card = team_card(schedule, team, language)
    return PersonalItinerary(
        key=team.name, name=team.name, native_name="", description=card.area, phone="",
        hotel="", arrival="", departure="", teams=(card,),
        days=_days(schedule, schedule.events_of_team(team_id), language))


def personal_itineraries(schedule: Schedule, observer_ids: Sequence[int] | None = None,
                         language: str = "en") -> list[PersonalItinerary]:
    """One itinerary per observer (all who have events, by code, when none are named)."""
    if observer_ids is None:
        scheduled = schedule.by_observer()
        observer_ids = sorted((i for i in scheduled if i in schedule.people),
                              key=lambda i: schedule.people[i].code)
    return [personal_itinerary(schedule, i, language) for i in observer_ids]


def deployment_rows(schedule: Schedule, team_ids: Iterable[int] | None = None,
                    language: str | None = None) -> list[DeploymentRow]:
    """Election day per team: the stations in the order visited, with planned times; units and
    lists of names in a document's language, or for None (the window) in the messages'."""
    separator = _list_separator(language)
    wanted = None if team_ids is None else set(team_ids)
    election_day = schedule.mission.election_date
    per_team: dict[str, list[tuple[ScheduledEvent, str]]] = {}
    for event in schedule.events:
        place = event.place
        if place is None or place.kind is not PlaceKind.STATION:
            continue
        if _local(event.starts_at, place.time_zone).date() != election_day:
            continue
        parties = [(schedule.teams[t].name, separator.join(
            schedule.people[m].full_name for m in schedule.teams[t].member_ids
            if m in schedule.people)) for t in event.team_ids if t in schedule.teams
            and (wanted is None or t in wanted)]
        if not event.team_ids and wanted is None and event.observer_ids:
            names = separator.join(schedule.people[i].full_name for i in event.observer_ids
                                   if i in schedule.people)
            parties.append((names, names))
        for team_name, members in parties:
            per_team.setdefault(team_name, []).append((event, members))
    rows = []
    for team_name in sorted(per_team, key=_natural):
        for order, (event, members) in enumerate(per_team[team_name], start=1):
            place = event.place
            assert place is not None
            rows.append(DeploymentRow(
                team=team_name, order=order, station=place.number,
                premises=place.name.split(", ", 1)[1] if ", " in place.name else "",
                unit=schedule.unit_label(place.unit_id, language), address=place.address,
                arrives=_local(event.starts_at, place.time_zone),
                departs=_local(event.ends_at, place.time_zone), time_zone=place.time_zone,
                phase=event.phase, members=members))
    return rows


def _natural(text: str) -> tuple:
    """"Team 2" before "Team 10"."""
    return tuple(int(part) if part.isdigit() else part.casefold()
                 for part in re.split(r"(\d+)", text))


def schedule_rows(schedule: Schedule, events: Iterable[ScheduledEvent] | None = None,
                  language: str | None = None) -> list[ScheduleRow]:
    """One row per event; units and lists of names in a document's language, or for None in the
    messages'."""
    separator = _list_separator(language)
    rows = []
    for event in schedule.events if events is None else events:
        place = event.place
        attendees = schedule.attendees(event)
        people = sorted((schedule.people[i] for i in attendees if i in schedule.people),
                        key=lambda p: p.code)
        rows.append(ScheduleRow(
            event_id=event.id, version=event.version, kind=event.kind, title=event.title,
            starts=event.local_start, ends=event.local_end, time_zone=event.time_zone,
            place=place.name if place else "", address=place.address if place else "",
            unit=schedule.unit_label(place.unit_id, language) if place else "",
            counterpart=event.counterpart,
            teams=separator.join(schedule.teams[t].name for t in event.team_ids if t in schedule.teams),
            observers=separator.join(f"{p.full_name} ({p.code})" for p in people),
            notes=event.notes))
    return rows


# --- choosing and writing ------------------------------------------------------------------

def find_observer(schedule: Schedule, code: str) -> int:
    folded = code.strip().casefold()
    for person in schedule.people.values():
        if person.code.casefold() == folded:
            return person.id
    raise NotFoundError(_("no observer with code {code!r} in mission {mission}").format(
        code=code, mission=schedule.mission.code))


def find_team(schedule: Schedule, name: str) -> int:
    folded = " ".join(name.split()).casefold()
    for team in schedule.teams.values():
        if team.name.casefold() == folded:
            return team.id
    known = ", ".join(t.name for t in schedule.teams.values()) or _("none yet")
    raise NotFoundError(_("no team called {name!r} in mission {mission} (teams: {known})").format(
        name=name, mission=schedule.mission.code, known=known))


def export_itinerary(db: Database, mission_id: int, path: Path | str, *,
                     observer_code: str | None = None, team_name: str | None = None,
                     language: str = "en", progress: Progress | None = None) -> ExportSummary:
    """Write the itinerary of one observer, one team or the whole mission to `path`: a PDF of
    personal itineraries, an Excel workbook with the deployment plan and the schedule, or an
    iCalendar file, as the extension says; its texts in `language` (one of DOCUMENT_LANGUAGES),
    whatever the language of the program's messages."""
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix not in EXPORT_SUFFIXES:
        raise UsageError(_("{file}: an itinerary is written as .pdf, .xlsx or .ics").format(
            file=path.name))
    if observer_code and team_name:
        raise UsageError(_("name an observer or a team, not both"))
    if language not in DOCUMENT_LANGUAGES:
        raise UsageError(_("no itinerary texts in {language!r}; choose one of {languages}").format(
            language=language, languages=", ".join(DOCUMENT_LANGUAGES)))
    schedule = load_schedule(db, mission_id)
    observer_id = find_observer(schedule, observer_code) if observer_code else None
    team_id = find_team(schedule, team_name) if team_name else None
    if observer_id is not None:
        events = schedule.events_of_observer(observer_id)
        person = schedule.people[observer_id]
        scope = f"{person.full_name} ({person.code})"
        team_ids = [t.id for t in schedule.teams.values()
                    if observer_id in t.member_ids or t.interpreter_id == observer_id]
    elif team_id is not None:
        events = schedule.events_of_team(team_id)
        scope = schedule.teams[team_id].name
        team_ids = [team_id]
    else:
        events = schedule.events
        scope = ""
        team_ids = None

    if suffix == ".pdf":
        from ...documents.itinerary_pdf import write_itinerary_pdf

        if observer_id is not None:
            itineraries = [personal_itinerary(schedule, observer_id, language)]
        elif team_id is not None:
            itineraries = [team_itinerary(schedule, team_id, language)]
        else:
            itineraries = personal_itineraries(schedule, language=language)
        write_itinerary_pdf(path, schedule.mission, itineraries, language=language,
                            teams=team_id is not None, progress=progress)
        return ExportSummary(path, len(itineraries), len(events))
    if suffix == ".xlsx":
        from ...documents.itinerary_xlsx import write_itinerary_workbook

        write_itinerary_workbook(path, schedule.mission,
                                 deployment_rows(schedule, team_ids, language),
                                 schedule_rows(schedule, events, language), scope=scope,
                                 language=language)
        return ExportSummary(path, 0, len(events))
    from ...documents.itinerary_ics import write_itinerary_calendar

    write_itinerary_calendar(path, schedule.mission, schedule_rows(schedule, events, language),
                             scope=scope,
                             language=language)
    return ExportSummary(path, 0, len(events))
