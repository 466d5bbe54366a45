"""Adding teams and programme events in bulk: an election-day deployment plan, or an import.

Records name people, teams and stations by the codes users know (observer code, team name,
station number); the ids are looked up here, once per batch.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from sqlalchemy import select

from ..db import Database
from ..errors import Problem
from ..language import N_, _, ngettext
from ..language import _ as translated  # a text marked with N_ where it is kept
from ..models import (
    AdminUnit,
    Event,
    EventKind,
    EventParticipant,
    Observer,
    Phase,
    PollingStation,
    Team,
    TeamMember,
    Venue,
    utcnow,
)
from .bulk import (
    Progress,
    as_enum,
    check_aware,
    check_lengths,
    chunks,
    duplicates,
    ends_before_start,
    insert_rows,
    insert_with_ids,
    raise_problems,
    report_progress,
    require_mission,
    string_limits,
    where,
)
from .places import valid_time_zone


@dataclass
class TeamRecord:
    name: str
    member_codes: list[str] = field(default_factory=list)
    vehicle: str = ""
    driver_name: str = ""
    driver_phone: str = ""
    interpreter_code: str | None = None
    area: str = ""  # as people say it: "Astana, Almaty district"
    area_unit_code: str | None = None  # the unit the team covers, when it is one
    notes: str = ""


@dataclass
class EventRecord:
    kind: EventKind
    title: str
    starts_at: datetime
    ends_at: datetime
    time_zone: str  # IANA zone of the place, to show the times in local time
    station_number: str | None = None
    venue_name: str | None = None  # a venue of the mission (hotel, commission), by its name
    phase: Phase | None = None
    counterpart: str = ""
    notes: str = ""
    team_names: list[str] = field(default_factory=list)
    observer_codes: list[str] = field(default_factory=list)


TEAM_LIMITS = string_limits(Team)
EVENT_LIMITS = string_limits(Event)
# Every column in which one new event can differ from another: see insert_with_ids.
EVENT_KEY = ("kind", "title", "starts_at", "ends_at", "time_zone", "polling_station_id", "venue_id",
             "phase", "counterpart", "notes")


def _lookup(session: Any, column: Any, mission_id: int) -> dict[str, int]:
    """{folded code: id} of one kind of record in the mission."""
    model = column.class_
    return {code.casefold(): record_id for record_id, code in session.execute(
        select(model.id, column).where(model.mission_id == mission_id))}


# What an unknown code is called in a problem, by the kind of record looked up.
UNKNOWN = {
    "observer": N_("no observer {code!r} in this mission"),
    "unit": N_("no unit {code!r} in this mission"),
    "team": N_("no team {code!r} in this mission"),
}


def _resolve(codes: Sequence[str], known: dict[str, int], what: str, field_name: str, at: str,
             problems: list[Problem]) -> list[int]:
    """Ids for the codes, in order; unknown and repeated codes are problems. `what` is a key of
    UNKNOWN."""
    ids: list[int] = []
    seen: set[str] = set()
    for code in codes:
        code = (code or "").strip()
        folded = code.casefold()
        if not code:
            continue
        if folded in seen:
            problems.append(Problem(field_name, _("{code!r} is listed twice").format(code=code), at))
            continue
        seen.add(folded)
        found = known.get(folded)
        if found is None:
            problems.append(Problem(field_name, translated(UNKNOWN[what]).format(code=code), at))
        else:
            ids.append(found)
    return ids


def add_teams(db: Database, mission_id: int, teams: Sequence[TeamRecord],
              progress: Progress | None = None) -> int:
    """Add teams with their members (in the order given); returns how many were added."""
    problems: list[Problem] = []
    with db.transaction() as session:
        require_mission(session, mission_id)
        observers = _lookup(session, Observer.code, mission_id)
        units = _lookup(session, AdminUnit.code, mission_id)
        taken = _lookup(session, Team.name, mission_id)
        rows: list[dict[str, Any]] = []
        members: list[list[int]] = []
        for index, team in enumerate(teams, start=1):
            at = where(index)
            name = (team.name or "").strip()
            if not name:
                problems.append(Problem("name", _("is required"), at))
            elif name.casefold() in taken:
                problems.append(Problem("name", _("the mission has a team {name!r} already").format(
                    name=name), at))
            member_ids = _resolve(team.member_codes, observers, "observer", "member_codes", at, problems)
            interpreter = _resolve([team.interpreter_code or ""], observers, "observer",
                                   "interpreter_code", at, problems)
            area_unit = _resolve([team.area_unit_code or ""], units, "unit", "area_unit_code",
                                 at, problems)
            row = {
                "name": name,
                "vehicle": (team.vehicle or "").strip(),
                "driver_name": (team.driver_name or "").strip(),
                "driver_phone": (team.driver_phone or "").strip(),
                "interpreter_id": interpreter[0] if interpreter else None,
                "area_unit_id": area_unit[0] if area_unit else None,
                "area": (team.area or "").strip(),
                "notes": (team.notes or "").strip(),
            }
            check_lengths(row, TEAM_LIMITS, at, problems)
            rows.append(row)
            members.append(member_ids)
        for indexes in duplicates(row["name"] for row in rows).values():
            for index in indexes[1:]:
                problems.append(Problem("name", _("team {name!r} is given twice (also record "
                                                  "{other})").format(name=rows[index - 1]["name"],
                                                                     other=indexes[0]), where(index)))
        raise_problems(problems)

        now = utcnow()
        stamp = {"mission_id": mission_id, "created_at": now, "updated_at": now, "version": 1}
        total = len(rows)
        report_progress(progress, 0, total)
        for part in chunks(total):
            ids = insert_with_ids(session, Team, [rows[i] | stamp for i in part], ("name",))
            insert_rows(session, TeamMember, [
                {"team_id": team_id, "observer_id": observer_id, "position": position}
                for team_id, i in zip(ids, part, strict=True)
                for position, observer_id in enumerate(members[i])
            ])
            report_progress(progress, part.stop, total)
    return total


def add_events(db: Database, mission_id: int, events: Sequence[EventRecord],
               progress: Progress | None = None) -> int:
    """Add programme events with their participating teams and observers; returns the count."""
    problems: list[Problem] = []
    with db.transaction() as session:
        require_mission(session, mission_id)
        observers = _lookup(session, Observer.code, mission_id)
        teams = _lookup(session, Team.name, mission_id)
        stations = _lookup(session, PollingStation.number, mission_id)
        venues: dict[str, list[int]] = {}
        for venue_id, name in session.execute(select(Venue.id, Venue.name).where(
                Venue.mission_id == mission_id)):
            venues.setdefault(" ".join(name.split()).casefold(), []).append(venue_id)
        rows: list[dict[str, Any]] = []
        participants: list[tuple[list[int], list[int]]] = []
        zones_seen: dict[str, bool] = {}
        for index, event in enumerate(events, start=1):
            at = where(index)
            kind = as_enum(EventKind, event.kind, "kind", at, problems)
            phase = as_enum(Phase, event.phase, "phase", at, problems, optional=True)
            title = (event.title or "").strip()
            if not title:
                problems.append(Problem("title", _("is required"), at))
            starts, ends = event.starts_at, event.ends_at
            if starts is None or ends is None:
                problems.append(Problem("starts_at", _("an event needs a start and an end"), at))
            else:
                starts_ok = check_aware(starts, "starts_at", at, problems)
                ends_ok = check_aware(ends, "ends_at", at, problems)
                if starts_ok and ends_ok and ends_before_start(starts, ends):
                    problems.append(Problem("ends_at", _("is before the start"), at))
            zone = (event.time_zone or "").strip()
            if zone not in zones_seen:
                zones_seen[zone] = valid_time_zone(zone)
            if not zones_seen[zone]:
                problems.append(Problem("time_zone", _("{zone!r} is not an IANA time zone "
                                                       "(e.g. Asia/Almaty)").format(
                                                           zone=event.time_zone), at))
            station_id = None
            number = (event.station_number or "").strip()
            if number:
                station_id = stations.get(number.casefold())
                if station_id is None:
                    problems.append(Problem("station_number", _(
                        "no polling station {number} in this mission").format(number=number), at))
            venue_id = None
            venue_name = " ".join((event.venue_name or "").split())
            if venue_name:
                found = venues.get(venue_name.casefold(), [])
                if len(found) == 1:
                    venue_id = found[0]
                else:
                    problems.append(Problem("venue_name", _(
                        "no venue called {name!r} in this mission").format(name=venue_name)
                        if not found else ngettext(
                        "{n} venue is called {name!r}", "{n} venues are called {name!r}",
                        len(found)).format(n=len(found), name=venue_name), at))
                if number:
                    problems.append(Problem("venue_name", _("an event takes place at a venue or at "
                                                            "a polling station, not both"), at))
            team_ids = _resolve(event.team_names, teams, "team", "team_names", at, problems)
            observer_ids = _resolve(event.observer_codes, observers, "observer", "observer_codes",
                                    at, problems)
            row = {
                "kind": kind,
                "title": title,
                "starts_at": starts,
                "ends_at": ends,
                "time_zone": zone,
                "polling_station_id": station_id,
                "venue_id": venue_id,
                "phase": phase,
                "counterpart": (event.counterpart or "").strip(),
                "notes": (event.notes or "").strip(),
            }
            check_lengths(row, EVENT_LIMITS, at, problems)
            rows.append(row)
            participants.append((team_ids, observer_ids))
        raise_problems(problems)

        now = utcnow()
        stamp = {"mission_id": mission_id, "created_at": now, "updated_at": now, "version": 1}
        total = len(rows)
        report_progress(progress, 0, total)
        for part in chunks(total):
            ids = insert_with_ids(session, Event, [rows[i] | stamp for i in part], EVENT_KEY)
            insert_rows(session, EventParticipant, [
                {"event_id": event_id, "team_id": team_id, "observer_id": None}
                for event_id, i in zip(ids, part, strict=True) for team_id in participants[i][0]
            ] + [
                {"event_id": event_id, "team_id": None, "observer_id": observer_id}
                for event_id, i in zip(ids, part, strict=True) for observer_id in participants[i][1]
            ])
            report_progress(progress, part.stop, total)
    return total
