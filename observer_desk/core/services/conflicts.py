"""Conflicts in the programme: what would put a person, a car or an interpreter in two places, make
a team late, or send someone where they cannot be.

- an observer in two events at once, named directly or through a team;
- too little time between one event and the next at another place: the travel buffer set for the
  pair of units (or their parents), else the mission's default; travel events are the journey
  itself and need no buffer;
- a visit to a polling station on election day outside its opening hours (an opening may start
  before the station opens, a count may run after it closes);
- a vehicle, a driver or an interpreter shared by teams booked for two events at once;
- an observer scheduled before arrival or after departure; on election day (or at a polling
  station) without accreditation, or accredited only after election day; any event for someone
  withdrawn, rejected or replaced.

Each conflict names the people, events and times, in the local time and zone of each event.

Every check is a sweep over events sorted by start: the events of each observer, of each shared
vehicle or driver, kept in the order the schedule already has; only events that overlap meet
each other, so the work grows with the number of events, not with its square.
"""

from __future__ import annotations

import enum
import re
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime, timedelta

from ..db import Database
from ..language import N_, _, labelled, listed, ngettext, parenthesised, pgettext
from ..language import _ as translated  # a text marked with N_ where it is kept
from ..models import AccreditationStatus, EventKind, Phase
from .accreditation import ACCREDITED_STATUSES, ACTIVE_STATUSES
from .schedule import (
    PersonInfo,
    PlaceKind,
    Schedule,
    ScheduledEvent,
    Via,
    load_schedule,
    local_moment,
    place_title,
    zone,
)

NAMED_AT_MOST = 4  # people named in one conflict before "and N more"


class ConflictKind(enum.StrEnum):
    DOUBLE_BOOKED = "double_booked"
    TRAVEL_TIME = "travel_time"
    OPENING_HOURS = "opening_hours"
    VEHICLE = "vehicle"
    DRIVER = "driver"
    INTERPRETER = "interpreter"
    BEFORE_ARRIVAL = "before_arrival"
    AFTER_DEPARTURE = "after_departure"
    NOT_ACCREDITED = "not_accredited"


LABELS = {
    ConflictKind.DOUBLE_BOOKED: N_("two places at once"),
    ConflictKind.TRAVEL_TIME: N_("travel time"),
    ConflictKind.OPENING_HOURS: N_("opening hours"),
    ConflictKind.VEHICLE: N_("vehicle booked twice"),
    ConflictKind.DRIVER: N_("driver booked twice"),
    ConflictKind.INTERPRETER: N_("interpreter booked twice"),
    ConflictKind.BEFORE_ARRIVAL: N_("before arrival"),
    ConflictKind.AFTER_DEPARTURE: N_("after departure"),
    ConflictKind.NOT_ACCREDITED: N_("not accredited"),
}


@dataclass(frozen=True)
class Conflict:
    kind: ConflictKind
    message: str
    at: datetime  # when it begins (UTC): the order of the list, the place on a day view
    event_ids: tuple[int, ...]
    observer_ids: tuple[int, ...] = ()
    team_ids: tuple[int, ...] = ()

    @property
    def label(self) -> str:
        return translated(LABELS[self.kind])

    def __str__(self) -> str:
        return labelled(self.label, self.message)


@dataclass(frozen=True)
class ConflictReport:
    conflicts: list[Conflict]
    events: int
    people: int  # people with at least one event
    teams: int

    def by_event(self) -> dict[int, list[Conflict]]:
        """{event id: its conflicts}, for drawing them in place."""
        found: dict[int, list[Conflict]] = {}
        for conflict in self.conflicts:
            for event_id in conflict.event_ids:
                found.setdefault(event_id, []).append(conflict)
        return found

    def summary(self) -> str:
        count = len(self.conflicts)
        what = (ngettext("{n} conflict", "{n} conflicts", count).format(n=count) if count
                else _("no conflicts"))
        return _("{conflicts}: {events}, {people}, {teams} checked").format(
            conflicts=what,
            events=ngettext("{n} event", "{n} events", self.events).format(n=self.events),
            people=ngettext("{n} person", "{n} people", self.people).format(n=self.people),
            teams=ngettext("{n} team", "{n} teams", self.teams).format(n=self.teams))


# --- how a conflict names things -----------------------------------------------------------

def describe_event(event: ScheduledEvent) -> str:
    if event.place is None:
        return _("'{title}', {span}").format(title=event.title, span=event.span)
    return _("'{title}' at {place}, {span}").format(title=event.title, place=place_title(event.place),
                                                    span=event.span)


def and_names(items: Iterable[str]) -> str:
    """"A and B and C": the names joined in the current language."""
    joined = ""
    for item in items:
        joined = _("{first} and {second}").format(first=joined, second=item) if joined else item
    return joined


def _people(people: Iterable[PersonInfo]) -> str:
    ordered = sorted(people, key=lambda p: p.code)
    shown = listed(p.label for p in ordered[:NAMED_AT_MOST])
    if len(ordered) > NAMED_AT_MOST:
        more = len(ordered) - NAMED_AT_MOST
        shown = ngettext("{names} and {n} more", "{names} and {n} more", more).format(
            names=shown, n=more)
    return shown


def _team_names(schedule: Schedule, team_ids: Iterable[int]) -> str:
    return and_names(schedule.teams[t].name for t in team_ids if t in schedule.teams)


_NOT_LETTERS = re.compile(r"[\W_]+")


def _resource_key(text: str) -> str:
    """Two spellings of one car or one driver compare equal: case, spaces and punctuation aside."""
    return _NOT_LETTERS.sub("", text.casefold())


# --- the checks ----------------------------------------------------------------------------

class _Collector:
    """Conflicts keyed by what they are about, so that a clash seen by both members of a team is
    one conflict naming both."""

    def __init__(self, schedule: Schedule) -> None:
        self.schedule = schedule
        self.found: dict[tuple, dict] = {}

    def add(self, key: tuple, observers: Iterable[int] = (), teams: Iterable[int] = (),
            **details: object) -> None:
        entry = self.found.get(key)
        if entry is None:
            entry = self.found[key] = {"observers": {}, "teams": {}, **details}
        entry["observers"].update(dict.fromkeys(observers))
        entry["teams"].update(dict.fromkeys(teams))


def _teams_bringing(schedule: Schedule, event: ScheduledEvent, observer_id: int) -> list[int]:
    return [t for t in event.team_ids if t in schedule.teams and (
        observer_id in schedule.teams[t].member_ids or schedule.teams[t].interpreter_id == observer_id)]


def _sweep_people(schedule: Schedule, collector: _Collector) -> None:
    """Overlaps and travel time, person by person, over each person's events in start order.

    `latest_end` is the end of the earlier event that ends last: when the next event starts
    after it, nothing earlier is still running (no overlap to look for) and that event is the
    one to travel from. Only pairs closer than the longest buffer look their buffer up."""
    longest = 60 * max([schedule.mission.travel_buffer_minutes, *schedule.buffers.values()])
    travel = EventKind.TRAVEL
    for observer_id, items in schedule.by_observer().items():
        active: list[ScheduledEvent] = []
        latest: ScheduledEvent | None = None
        latest_end = float("-inf")
        for event in items:
            start = event.start_ts
            if latest_end > start:
                active = [other for other in active if other.end_ts > start]
                for other in active:
                    interpreting = Via.INTERPRETER in (schedule.via(other, observer_id),
                                                       schedule.via(event, observer_id))
                    kind = ConflictKind.INTERPRETER if interpreting else ConflictKind.DOUBLE_BOOKED
                    collector.add((kind, other.id, event.id), [observer_id],
                                  _teams_bringing(schedule, other, observer_id)
                                  + _teams_bringing(schedule, event, observer_id),
                                  first=other, second=event)
            else:
                active = []
                if (latest is not None and start - latest_end < longest and event.place_key
                        and latest.place_key and event.place_key != latest.place_key
                        and event.kind is not travel and latest.kind is not travel):
                    _travel(schedule, collector, observer_id, latest, event)
            active.append(event)
            if event.end_ts >= latest_end:
                latest, latest_end = event, event.end_ts
        _person(schedule, collector, observer_id, items, latest_end)


def _travel(schedule: Schedule, collector: _Collector, observer_id: int, before: ScheduledEvent,
            after: ScheduledEvent) -> None:
    gap = (after.start_ts - before.end_ts) / 60
    needed = schedule.travel_minutes(before.place.unit_id, after.place.unit_id)
    if gap < needed:
        collector.add((ConflictKind.TRAVEL_TIME, before.id, after.id), [observer_id],
                      _teams_bringing(schedule, before, observer_id)
                      + _teams_bringing(schedule, after, observer_id),
                      first=before, second=after, gap=int(gap), needed=needed)


def _sweep_resources(schedule: Schedule, collector: _Collector) -> None:
    """A vehicle or driver shared by teams must not be in two events at once."""
    shared: dict[tuple[ConflictKind, str], list[int]] = {}
    for team in schedule.teams.values():
        if team.vehicle.strip():
            shared.setdefault((ConflictKind.VEHICLE, _resource_key(team.vehicle)), []).append(team.id)
        driver = _resource_key(team.driver_phone) or _resource_key(team.driver_name)
        if driver:
            shared.setdefault((ConflictKind.DRIVER, driver), []).append(team.id)
    shared = {key: teams for key, teams in shared.items() if len(teams) > 1}
    if not shared:
        return
    wanted = {team_id for teams in shared.values() for team_id in teams}
    by_team: dict[int, list[ScheduledEvent]] = {}
    for event in schedule.events:
        for team_id in event.team_ids:
            if team_id in wanted:
                by_team.setdefault(team_id, []).append(event)
    for (kind, _resource), team_ids in shared.items():
        bookings = sorted(((event, team_id) for team_id in team_ids
                           for event in by_team.get(team_id, ())),
                          key=lambda item: (item[0].starts_at, item[0].ends_at, item[0].id))
        active: list[tuple[ScheduledEvent, int]] = []
        for event, team_id in bookings:
            active = [(other, team) for other, team in active if other.ends_at > event.starts_at]
            for other, other_team in active:
                if other.id != event.id and other_team != team_id:
                    first_team = schedule.teams[other_team]
                    collector.add((kind, other.id, event.id), teams=[other_team, team_id],
                                  first=other, second=event,
                                  resource=first_team.vehicle if kind is ConflictKind.VEHICLE
                                  else _driver_label(first_team.driver_name,
                                                     first_team.driver_phone))
            active.append((event, team_id))


def _driver_label(name: str, phone: str) -> str:
    return f"{name} ({phone})" if name and phone else name or phone


def _opening_hours(schedule: Schedule, collector: _Collector) -> None:
    election_day = schedule.mission.election_date
    # Election day's bounds and hours as instants, once per zone and pair of hours (most
    # stations share 07:00-20:00).
    hours: dict[tuple, tuple[float, float, float, float]] = {}
    for event in schedule.events:
        place = event.place
        if place is None or place.kind is not PlaceKind.STATION or place.opens_at is None:
            continue
        key = (place.time_zone, place.opens_at, place.closes_at)
        known = hours.get(key)
        if known is None:
            tz = zone(place.time_zone)
            midnight = datetime.combine(election_day, datetime.min.time(), tzinfo=tz)
            following = datetime.combine(election_day + timedelta(days=1), datetime.min.time(),
                                         tzinfo=tz)
            known = hours[key] = (
                midnight.timestamp(), following.timestamp(),
                datetime.combine(election_day, place.opens_at, tzinfo=tz).timestamp(),
                datetime.combine(election_day, place.closes_at, tzinfo=tz).timestamp())
        day_starts, day_ends, opens, closes = known
        start, end = event.start_ts, event.end_ts
        if not day_starts <= start < day_ends:
            continue  # a visit on another day sees preparations, not voting hours
        if opens <= start and end <= closes:
            continue
        reasons = []
        if start < opens and event.phase is not Phase.OPENING:
            reasons.append(_("starts before the station opens at {time:%H:%M} "
                             "(only an opening may)").format(time=place.opens_at))
        if end > closes and event.phase is not Phase.COUNT:
            reasons.append(_("ends after the station closes at {time:%H:%M} "
                             "(only a count may)").format(time=place.closes_at))
        if start >= closes and event.phase is Phase.COUNT:
            reasons.append(_("starts after voting ends at {time:%H:%M}: a count is "
                             "followed from the close of voting").format(time=place.closes_at))
        if reasons:
            collector.add((ConflictKind.OPENING_HOURS, event.id),
                          schedule.attendees(event), event.team_ids, first=event,
                          reasons=reasons)


def _person(schedule: Schedule, collector: _Collector, observer_id: int,
            items: list[ScheduledEvent], latest_end: float) -> None:
    """Arrival, departure and accreditation of one person, whose events come by start: the
    first tells whether any is early, the latest end whether any is late; only then is the list
    gone through."""
    person = schedule.people.get(observer_id)
    if person is None:
        return
    if person.arrival_at is not None:
        arrives = person.arrival_at.timestamp()
        if items[0].start_ts < arrives:
            early = [e for e in items if e.start_ts < arrives]
            collector.add((ConflictKind.BEFORE_ARRIVAL, observer_id), [observer_id],
                          first=early[0], count=len(early), person=person)
    if person.departure_at is not None:
        departs = person.departure_at.timestamp()
        if latest_end > departs:
            late = [e for e in items if e.end_ts > departs]
            collector.add((ConflictKind.AFTER_DEPARTURE, observer_id), [observer_id],
                          first=late[0], count=len(late), person=person)
    election_day = schedule.mission.election_date
    if person.status in ACCREDITED_STATUSES and (
            person.certificate_date is None or person.certificate_date <= election_day):
        return
    events = items
    if person.status not in ACTIVE_STATUSES:
        collector.add((ConflictKind.NOT_ACCREDITED, observer_id), [observer_id],
                      first=events[0], count=len(events), person=person, why="inactive")
        return
    needing = [e for e in events if e.local_day == election_day or (
        e.place is not None and e.place.kind is PlaceKind.STATION)]
    if needing:
        collector.add((ConflictKind.NOT_ACCREDITED, observer_id), [observer_id],
                      first=needing[0], count=len(needing), person=person,
                      why="late" if person.status in ACCREDITED_STATUSES else "status")


# --- putting it in words -------------------------------------------------------------------

def _who(schedule: Schedule, entry: dict) -> str:
    people = [schedule.people[i] for i in entry["observers"] if i in schedule.people]
    return _people(people)


def _and_more(text: str, count: int) -> str:
    """The text about the first of `count` events, with "(and 2 more events)" after it when
    there are more."""
    if count <= 1:
        return text
    more = count - 1
    return parenthesised(text, ngettext("and {n} more event", "and {n} more events", more).format(
        n=more))


def phase_name(phase: Phase) -> str:
    """The phase of an election-day visit, as a conflict names it."""
    return {Phase.OPENING: pgettext("phase", "opening"), Phase.VOTING: pgettext("phase", "voting"),
            Phase.COUNT: pgettext("phase", "count")}[phase]


def status_name(status: AccreditationStatus) -> str:
    """An accreditation status as the messages name it ("documents complete")."""
    return {
        AccreditationStatus.NOMINATED: pgettext("accreditation status", "nominated"),
        AccreditationStatus.DOCUMENTS_COMPLETE: pgettext("accreditation status", "documents complete"),
        AccreditationStatus.SUBMITTED: pgettext("accreditation status", "submitted"),
        AccreditationStatus.ACCREDITED: pgettext("accreditation status", "accredited"),
        AccreditationStatus.BADGE_ISSUED: pgettext("accreditation status", "badge issued"),
        AccreditationStatus.REJECTED: pgettext("accreditation status", "rejected"),
        AccreditationStatus.WITHDRAWN: pgettext("accreditation status", "withdrawn"),
        AccreditationStatus.REPLACED: pgettext("accreditation status", "replaced"),
    }[status]


def _message(schedule: Schedule, kind: ConflictKind, entry: dict) -> str:
    first: ScheduledEvent = entry["first"]
    second: ScheduledEvent | None = entry.get("second")
    who = _who(schedule, entry)
    teams = _team_names(schedule, entry["teams"])
    mission_zone = schedule.mission.time_zone
    if kind is ConflictKind.DOUBLE_BOOKED:
        text = (_("{who} through {teams} in two places at once: {first} and {second}") if teams
                else _("{who} in two places at once: {first} and {second}"))
        return text.format(who=who, teams=teams, first=describe_event(first),
                           second=describe_event(second))
    if kind is ConflictKind.INTERPRETER:
        text = (_("interpreter {who} is booked for {teams} at once: {first} and {second}") if teams
                else _("interpreter {who} is booked for two events at once: {first} and {second}"))
        return text.format(who=who, teams=teams, first=describe_event(first),
                           second=describe_event(second))
    if kind is ConflictKind.TRAVEL_TIME:
        units = list(dict.fromkeys(
            schedule.unit_label(e.place.unit_id) or place_title(e.place) for e in (first, second)))
        between = (_("within {unit}").format(unit=units[0]) if len(units) == 1 else
                   _("between {first} and {second}").format(first=units[0], second=units[1]))
        text = (_("{who} through {teams} have {gap} min to get from {first} to {second}; "
                  "{needed} min are needed {between}") if teams else
                _("{who} have {gap} min to get from {first} to {second}; {needed} min are "
                  "needed {between}"))
        return text.format(who=who, teams=teams, gap=entry["gap"], first=describe_event(first),
                           second=describe_event(second), needed=entry["needed"], between=between)
    if kind in (ConflictKind.VEHICLE, ConflictKind.DRIVER):
        text = (_("vehicle {resource} of {teams} is booked twice: {first} and {second}")
                if kind is ConflictKind.VEHICLE else
                _("driver {resource} of {teams} is booked twice: {first} and {second}"))
        return text.format(resource=entry["resource"], teams=teams, first=describe_event(first),
                           second=describe_event(second))
    if kind is ConflictKind.OPENING_HOURS:
        what = describe_event(first)
        if first.phase:
            what = _("{event} [{phase}]").format(event=what, phase=phase_name(first.phase))
        party = labelled(teams, who) if teams and who else teams or who
        if party:
            what = parenthesised(what, party)
        return pgettext("opening hours", "{event} {reasons}").format(
            event=what, reasons=and_names(entry["reasons"]))
    person: PersonInfo = entry["person"]
    count = entry["count"]
    if kind in (ConflictKind.BEFORE_ARRIVAL, ConflictKind.AFTER_DEPARTURE):
        if kind is ConflictKind.BEFORE_ARRIVAL:
            moment, flight = person.arrival_at, person.arrival_flight
            text = (_("{person} arrives {when} (flight {flight}) but is scheduled before that: {event}")
                    if flight else _("{person} arrives {when} but is scheduled before that: {event}"))
        else:
            moment, flight = person.departure_at, person.departure_flight
            text = (_("{person} departs {when} (flight {flight}) but is scheduled after that: {event}")
                    if flight else _("{person} departs {when} but is scheduled after that: {event}"))
        return _and_more(text.format(person=person.label, when=local_moment(moment, mission_zone),
                                     flight=flight, event=describe_event(first)), count)
    why = entry["why"]
    if why == "inactive":
        text = _("{person} is {status} and no longer a member of the mission, but is scheduled: "
                 "{event}")
    elif why == "late":
        text = _("{person} is accredited only from {date}, after election day, but is scheduled: "
                 "{event}")
    else:
        text = _("{person} is not accredited (status: {status}) but is scheduled on election day "
                 "or at a polling station: {event}")
    since = person.certificate_date.isoformat() if person.certificate_date else ""
    return _and_more(text.format(person=person.label, status=status_name(person.status), date=since,
                                 event=describe_event(first)), count)


def find_conflicts(schedule: Schedule) -> list[Conflict]:
    """Every conflict in the schedule, in the order they happen."""
    collector = _Collector(schedule)
    _sweep_people(schedule, collector)
    _sweep_resources(schedule, collector)
    _opening_hours(schedule, collector)
    conflicts = []
    for key, entry in collector.found.items():
        kind: ConflictKind = key[0]
        first: ScheduledEvent = entry["first"]
        second: ScheduledEvent | None = entry.get("second")
        events = (first.id,) if second is None else (first.id, second.id)
        conflicts.append(Conflict(
            # One line whatever the titles hold: `itinerary check` prints one conflict per line.
            kind=kind, message=" ".join(_message(schedule, kind, entry).split()),
            at=first.starts_at if second is None else min(first.starts_at, second.starts_at),
            event_ids=events, observer_ids=tuple(entry["observers"]),
            team_ids=tuple(dict.fromkeys(entry["teams"]))))
    order = list(ConflictKind)
    conflicts.sort(key=lambda c: (c.at, order.index(c.kind), c.event_ids))
    return conflicts


def check_schedule(schedule: Schedule) -> ConflictReport:
    people = len(schedule.by_observer())
    return ConflictReport(find_conflicts(schedule), len(schedule.events), people, len(schedule.teams))


def check_conflicts(db: Database, mission_id: int) -> ConflictReport:
    """Read the mission's programme and check it (what `itinerary check` prints)."""
    return check_schedule(load_schedule(db, mission_id))
