"""Administrative units and polling stations one at a time, as the Places screens edit them.

Each function is one transaction. Edits name the version the user saw: a unit or station changed
(or deleted) since is refused with StaleEditError. Problems come back as a ValidationError with
one Problem per field, and nothing is written. Nothing that the programme, the findings or the
CEC's figures hang on is deleted: a unit with stations, sub-units, venues, team areas or CEC
turnout, a station with events, visit reports, incidents or turnout readings, is refused with
what to do first.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import time
from typing import Any

from sqlalchemy import func, select, update
from sqlalchemy.orm import Session
from sqlalchemy.orm.exc import StaleDataError

from ..db import Database
from ..errors import NotFoundError, Problem, StaleEditError, ValidationError
from ..language import N_, _, listed, ngettext
from ..language import _ as translated  # a text marked with N_ where it is kept
from ..models import (
    AdminUnit,
    CecTurnout,
    Event,
    Incident,
    Mission,
    PollingStation,
    Team,
    TurnoutReading,
    UnitKind,
    Venue,
    VisitReport,
)
from ..parsing import ParseError
from .bulk import as_enum, check_lengths
from .places import STATION_LIMITS, UNIT_LIMITS, valid_time_zone
from .station_import import MOST_VOTERS, parse_number


@dataclass
class UnitData:
    code: str
    name_en: str
    kind: UnitKind = UnitKind.DISTRICT
    time_zone: str = ""  # IANA, e.g. Asia/Almaty
    name_ru: str = ""
    name_zh: str = ""
    parent_id: int | None = None


@dataclass(frozen=True)
class UnitRow:
    id: int
    version: int
    parent_id: int | None
    code: str
    kind: UnitKind
    name_en: str
    name_ru: str
    name_zh: str
    time_zone: str
    parent: str  # the parent's English name, "" for a top-level unit
    stations: int


@dataclass
class StationData:
    number: str
    unit_id: int | None
    name: str = ""
    address: str = ""
    registered_voters: int | None = None
    opens_at: time = time(7, 0)
    closes_at: time = time(20, 0)
    latitude: float | None = None
    longitude: float | None = None


@dataclass(frozen=True)
class StationRow:
    id: int
    version: int
    number: str
    unit_id: int
    unit: str  # English name
    name: str
    address: str
    registered_voters: int | None
    opens_at: time
    closes_at: time
    latitude: float | None
    longitude: float | None
    time_zone: str  # the unit's
    events: int  # events visiting it


def _natural(text: str) -> list:
    return [int(part) if part.isdigit() else part.casefold() for part in re.split(r"(\d+)", text)]


def _mission(session: Session, mission_id: int) -> Mission:
    mission = session.get(Mission, mission_id)
    if mission is None:
        raise NotFoundError(_("mission {mission_id} no longer exists").format(mission_id=mission_id))
    return mission


# The refusals of an edit, by what is edited ("unit" or "station").
GONE = {
    "unit": N_("this unit no longer exists (someone deleted it); reload the list"),
    "station": N_("this station no longer exists (someone deleted it); reload the list"),
}
CHANGED = {
    "unit": N_("unit {name} was changed by someone else since you opened it; reload the list and "
               "make your change again"),
    "station": N_("station {name} was changed by someone else since you opened it; reload the list "
                  "and make your change again"),
}
CHANGED_WHILE_SAVING = {
    "unit": N_("unit {name} was changed by someone else while saving; reload the list"),
    "station": N_("station {name} was changed by someone else while saving; reload the list"),
}


def _at_version(session: Session, model: type, record_id: int, version: int, what: str) -> Any:
    record = session.get(model, record_id)
    if record is None:
        raise NotFoundError(translated(GONE[what]))
    if record.version != version:
        raise StaleEditError(translated(CHANGED[what]).format(name=_label(record)))
    return record


def _label(record: Any) -> str:
    return record.number if isinstance(record, PollingStation) else record.name_en


def _flush(session: Session, record: Any, what: str) -> None:
    try:
        session.flush()
    except StaleDataError as exc:
        raise StaleEditError(translated(CHANGED_WHILE_SAVING[what]).format(name=_label(record))) from exc


def _refuse_if_used(uses: list[tuple[int, str]], name: str) -> None:
    """Refuse a deletion while records hang on it: `uses` pairs each count with its counted text
    ("{n} events", translated for that count)."""
    reasons = [text.format(n=count) for count, text in uses if count]
    if reasons:
        total = sum(count for count, _text in uses)
        raise ValidationError([Problem("", ngettext(
            "{name} cannot be deleted: {uses} depends on it; move or delete those first",
            "{name} cannot be deleted: {uses} depend on it; move or delete those first",
            total).format(name=name, uses=listed(reasons)))])


def _carry_zone(session: Session, events: Any, old_zone: str | None, new_zone: str | None) -> None:
    """The events (a condition on Event) that kept the place's old zone take its new one, so
    their local times stay right; each counts as changed for anyone editing it meanwhile."""
    if old_zone == new_zone or new_zone is None:
        return
    session.execute(update(Event).where(events, Event.time_zone == old_zone)
                    .values(time_zone=new_zone, version=Event.version + 1)
                    .execution_options(synchronize_session=False))


def _count(session: Session, column: Any, value: int) -> int:
    return session.scalar(select(func.count()).where(column == value)) or 0


# --- units ---------------------------------------------------------------------------------

def _unit_rows(session: Session, mission_id: int, unit_id: int | None = None) -> list[UnitRow]:
    counted = (select(PollingStation.unit_id, func.count().label("n"))
               .where(PollingStation.mission_id == mission_id)
               .group_by(PollingStation.unit_id).subquery())
    query = (select(AdminUnit, func.coalesce(counted.c.n, 0))
             .outerjoin(counted, counted.c.unit_id == AdminUnit.id)
             .where(AdminUnit.mission_id == mission_id))
    units = list(session.execute(query))
    names = {u.id: u.name_en for u, _stations in units}
    rows = [UnitRow(u.id, u.version, u.parent_id, u.code, u.kind, u.name_en, u.name_ru, u.name_zh,
                    u.time_zone, names.get(u.parent_id, ""), n)
            for u, n in units if unit_id is None or u.id == unit_id]
    if unit_id is not None:
        return rows
    # Parents before their children, each level by name: the order of a printed list.
    children: dict[int | None, list[UnitRow]] = {}
    for row in rows:
        children.setdefault(row.parent_id if row.parent_id in names else None, []).append(row)
    ordered: list[UnitRow] = []
    waiting = sorted(children.get(None, []), key=lambda r: _natural(r.name_en), reverse=True)
    while waiting:
        row = waiting.pop()
        ordered.append(row)
        waiting += sorted(children.get(row.id, []), key=lambda r: _natural(r.name_en), reverse=True)
    return ordered


def list_unit_rows(db: Database, mission_id: int) -> list[UnitRow]:
    with db.reading() as session:
        return _unit_rows(session, mission_id)


def _checked_unit(session: Session, mission_id: int, data: UnitData,
                  unit_id: int | None = None) -> dict:
    problems: list[Problem] = []
    kind = as_enum(UnitKind, data.kind, "kind", "", problems)
    code = (data.code or "").strip()
    name_en = " ".join((data.name_en or "").split())
    zone_name = (data.time_zone or "").strip()
    if not code:
        problems.append(Problem("code", _("is required (e.g. AST or AKM-02)")))
    elif session.scalar(select(AdminUnit.id).where(
            AdminUnit.mission_id == mission_id, func.lower(AdminUnit.code) == code.lower(),
            AdminUnit.id != (unit_id or -1))):
        problems.append(Problem("code", _("{code} is the code of another unit; choose another").format(
            code=code)))
    if not name_en:
        problems.append(Problem("name_en", _("is required")))
    if not valid_time_zone(zone_name):
        problems.append(Problem("time_zone", _("{zone!r} is not an IANA time zone; choose one "
                                               "from the list (e.g. Asia/Almaty)").format(zone=zone_name)))
    if data.parent_id is not None:
        parents = dict(session.execute(select(AdminUnit.id, AdminUnit.parent_id).where(
            AdminUnit.mission_id == mission_id)).all())
        step, seen = data.parent_id, set()
        if step not in parents:
            problems.append(Problem("parent_id", _("is not a unit of this mission")))
        while step is not None and step not in seen:
            if step == unit_id:
                problems.append(Problem("parent_id", _("is this unit or one of its sub-units; a unit "
                                                       "cannot lie within itself")))
                break
            seen.add(step)
            step = parents.get(step)
    values = {"code": code, "kind": kind, "name_en": name_en,
              "name_ru": " ".join((data.name_ru or "").split()),
              "name_zh": " ".join((data.name_zh or "").split()),
              "time_zone": zone_name, "parent_id": data.parent_id}
    check_lengths(values, UNIT_LIMITS, "", problems)
    if problems:
        raise ValidationError(problems)
    return values


def create_unit(db: Database, mission_id: int, data: UnitData) -> UnitRow:
    with db.transaction() as session:
        _mission(session, mission_id)
        unit = AdminUnit(mission_id=mission_id, **_checked_unit(session, mission_id, data))
        session.add(unit)
        session.flush()
        return _unit_rows(session, mission_id, unit.id)[0]


def update_unit(db: Database, unit_id: int, version: int, data: UnitData) -> UnitRow:
    """Save a unit. When its zone changes, the events at its stations that kept the old zone take
    the new one, so their local times stay right."""
    with db.transaction() as session:
        unit = _at_version(session, AdminUnit, unit_id, version, "unit")
        values = _checked_unit(session, unit.mission_id, data, unit.id)
        old_zone = unit.time_zone
        for name, value in values.items():
            setattr(unit, name, value)
        _flush(session, unit, "unit")
        stations = select(PollingStation.id).where(PollingStation.unit_id == unit.id)
        _carry_zone(session, Event.polling_station_id.in_(stations), old_zone, values["time_zone"])
        return _unit_rows(session, unit.mission_id, unit.id)[0]


def delete_unit(db: Database, unit_id: int, version: int) -> None:
    with db.transaction() as session:
        unit = _at_version(session, AdminUnit, unit_id, version, "unit")
        stations = _count(session, PollingStation.unit_id, unit_id)
        sub_units = _count(session, AdminUnit.parent_id, unit_id)
        venues = _count(session, Venue.unit_id, unit_id)
        areas = _count(session, Team.area_unit_id, unit_id)
        figures = _count(session, CecTurnout.unit_id, unit_id)
        _refuse_if_used([
            (stations, ngettext("{n} polling station", "{n} polling stations", stations)),
            (sub_units, ngettext("{n} sub-unit", "{n} sub-units", sub_units)),
            (venues, ngettext("{n} venue", "{n} venues", venues)),
            (areas, ngettext("{n} team area", "{n} team areas", areas)),
            (figures, ngettext("{n} CEC turnout figure", "{n} CEC turnout figures", figures)),
        ], unit.name_en)
        session.delete(unit)
        _flush(session, unit, "unit")


# --- polling stations ----------------------------------------------------------------------

def _station_rows(session: Session, mission_id: int, station_id: int | None = None) -> list[StationRow]:
    visits = (select(Event.polling_station_id, func.count().label("n"))
              .where(Event.mission_id == mission_id, Event.polling_station_id.is_not(None))
              .group_by(Event.polling_station_id).subquery())
    query = (select(PollingStation, AdminUnit.name_en, AdminUnit.time_zone,
                    func.coalesce(visits.c.n, 0))
             .join(AdminUnit, AdminUnit.id == PollingStation.unit_id)
             .outerjoin(visits, visits.c.polling_station_id == PollingStation.id)
             .where(PollingStation.mission_id == mission_id))
    if station_id is not None:
        query = query.where(PollingStation.id == station_id)
    rows = [StationRow(s.id, s.version, s.number, s.unit_id, unit, s.name, s.address,
                       s.registered_voters, s.opens_at, s.closes_at, s.latitude, s.longitude, zone, n)
            for s, unit, zone, n in session.execute(query)]
    return sorted(rows, key=lambda r: _natural(r.number))


def list_station_rows(db: Database, mission_id: int) -> list[StationRow]:
    """The mission's polling stations by number (9 before 12), with their unit and visits."""
    with db.reading() as session:
        return _station_rows(session, mission_id)


def _checked_station(session: Session, mission_id: int, data: StationData,
                     station_id: int | None = None) -> dict:
    problems: list[Problem] = []
    number = ""
    try:
        number = parse_number(data.number)
    except ParseError as exc:
        problems.append(Problem("number", str(exc)))
    if number and session.scalar(select(PollingStation.id).where(
            PollingStation.mission_id == mission_id,
            func.lower(PollingStation.number) == number.lower(),
            PollingStation.id != (station_id or -1))):
        problems.append(Problem("number", _("station {number} exists already; each number once").format(
            number=number)))
    if data.unit_id is None:
        problems.append(Problem("unit_id", _("is required: choose the unit the station lies in")))
    elif session.scalar(select(AdminUnit.id).where(AdminUnit.id == data.unit_id,
                                                   AdminUnit.mission_id == mission_id)) is None:
        problems.append(Problem("unit_id", _("is not a unit of this mission")))
    voters = data.registered_voters
    if voters is not None and not (isinstance(voters, int) and 0 <= voters <= MOST_VOTERS):
        problems.append(Problem("registered_voters", _("{voters!r} is not a number of voters from 0 "
                                                       "to {most:,}").format(voters=voters,
                                                                             most=MOST_VOTERS)))
    if not isinstance(data.opens_at, time) or not isinstance(data.closes_at, time):
        problems.append(Problem("opens_at", _("opening and closing need a time of day each")))
    elif data.closes_at <= data.opens_at:
        problems.append(Problem("closes_at", _("closing at {closes:%H:%M} is not after "
                                               "opening at {opens:%H:%M}").format(
                                                   closes=data.closes_at, opens=data.opens_at)))
    for field_name, bound in (("latitude", 90), ("longitude", 180)):
        value = getattr(data, field_name)
        if value is not None and not (isinstance(value, (int, float)) and -bound <= value <= bound):
            problems.append(Problem(field_name, _("{value!r} is not between -{bound} and {bound}").format(
                value=value, bound=bound)))
    if (data.latitude is None) != (data.longitude is None):
        problems.append(Problem("longitude" if data.longitude is None else "latitude",
                                _("is missing: give both coordinates or neither")))
    values = {"number": number, "unit_id": data.unit_id,
              "name": " ".join((data.name or "").split()),
              "address": " ".join((data.address or "").split()),
              "registered_voters": voters, "opens_at": data.opens_at, "closes_at": data.closes_at,
              "latitude": data.latitude, "longitude": data.longitude}
    check_lengths(values, STATION_LIMITS, "", problems)
    if problems:
        raise ValidationError(problems)
    return values


def create_station(db: Database, mission_id: int, data: StationData) -> StationRow:
    with db.transaction() as session:
        _mission(session, mission_id)
        station = PollingStation(mission_id=mission_id,
                                 **_checked_station(session, mission_id, data))
        session.add(station)
        session.flush()
        return _station_rows(session, mission_id, station.id)[0]


def update_station(db: Database, station_id: int, version: int, data: StationData) -> StationRow:
    """Save a station. Moved to a unit in another zone, its events that kept the old zone take
    the new one."""
    with db.transaction() as session:
        station = _at_version(session, PollingStation, station_id, version, "station")
        values = _checked_station(session, station.mission_id, data, station.id)
        zones = dict(session.execute(select(AdminUnit.id, AdminUnit.time_zone).where(
            AdminUnit.id.in_([station.unit_id, values["unit_id"]]))).all())
        old_zone, new_zone = zones.get(station.unit_id), zones.get(values["unit_id"])
        for name, value in values.items():
            setattr(station, name, value)
        _flush(session, station, "station")
        _carry_zone(session, Event.polling_station_id == station.id, old_zone, new_zone)
        return _station_rows(session, station.mission_id, station.id)[0]


def delete_station(db: Database, station_id: int, version: int) -> None:
    with db.transaction() as session:
        station = _at_version(session, PollingStation, station_id, version, "station")
        events = _count(session, Event.polling_station_id, station_id)
        reports = _count(session, VisitReport.polling_station_id, station_id)
        incidents = _count(session, Incident.polling_station_id, station_id)
        readings = _count(session, TurnoutReading.polling_station_id, station_id)
        _refuse_if_used([
            (events, ngettext("{n} event", "{n} events", events)),
            (reports, ngettext("{n} visit report", "{n} visit reports", reports)),
            (incidents, ngettext("{n} incident", "{n} incidents", incidents)),
            (readings, ngettext("{n} turnout reading", "{n} turnout readings", readings)),
        ], _("Station {number}").format(number=station.number))
        session.delete(station)
        _flush(session, station, "station")
