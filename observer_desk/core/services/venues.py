"""Venues of the programme (hotel, election commission, ministries, airport), the travel time to
allow between places in two units, and the lists of units and stations the editing screens pick
from.

Each function is one transaction; edits name the version the user saw (StaleEditError when the
venue changed since), problems come back as a ValidationError with one Problem per field.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from sqlalchemy import func, select, update
from sqlalchemy.orm import Session
from sqlalchemy.orm.exc import StaleDataError

from ..db import Database
from ..errors import NotFoundError, Problem, StaleEditError, ValidationError
from ..language import _, ngettext
from ..models import AdminUnit, Event, Mission, PollingStation, TravelBuffer, Venue, VenueKind
from .bulk import as_enum, check_lengths, string_limits
from .places import valid_time_zone
from .schedule import PlaceInfo, PlaceKind, UnitInfo, station_title

VENUE_LIMITS = string_limits(Venue)
LONGEST_BUFFER = 24 * 60


@dataclass
class VenueData:
    name: str
    kind: VenueKind = VenueKind.OTHER
    unit_id: int | None = None
    address: str = ""
    time_zone: str | None = None  # None: the unit's zone, else the mission's
    latitude: float | None = None
    longitude: float | None = None
    notes: str = ""


@dataclass(frozen=True)
class VenueInfo:
    id: int
    version: int
    kind: VenueKind
    name: str
    address: str
    unit_id: int | None
    time_zone: str
    latitude: float | None
    longitude: float | None
    notes: str
    events: int  # how many events take place there


@dataclass(frozen=True)
class TravelBufferInfo:
    unit_a_id: int
    unit_b_id: int
    unit_a: str  # English names, for lists
    unit_b: str
    minutes: int


def _venues(session: Session, mission_id: int, venue_id: int | None = None) -> list[VenueInfo]:
    used = (select(Event.venue_id, func.count().label("n")).where(Event.venue_id.is_not(None))
            .group_by(Event.venue_id).subquery())
    query = (select(Venue, func.coalesce(used.c.n, 0)).outerjoin(used, used.c.venue_id == Venue.id)
             .where(Venue.mission_id == mission_id).order_by(Venue.name, Venue.id))
    if venue_id is not None:
        query = query.where(Venue.id == venue_id)
    return [VenueInfo(v.id, v.version, v.kind, v.name, v.address, v.unit_id, v.time_zone,
                      v.latitude, v.longitude, v.notes, n) for v, n in session.execute(query)]


def list_venues(db: Database, mission_id: int) -> list[VenueInfo]:
    with db.reading() as session:
        return _venues(session, mission_id)


def list_units(db: Database, mission_id: int) -> list[UnitInfo]:
    """The mission's administrative units, parents before their children, each level by name
    (for the pickers of venues, team areas and travel buffers)."""
    with db.reading() as session:
        units = {row[0]: UnitInfo(*row) for row in session.execute(select(
            AdminUnit.id, AdminUnit.parent_id, AdminUnit.code, AdminUnit.name_en,
            AdminUnit.name_ru, AdminUnit.name_zh, AdminUnit.time_zone)
            .where(AdminUnit.mission_id == mission_id))}
    children: dict[int | None, list[UnitInfo]] = {}
    for unit in units.values():
        parent = unit.parent_id if unit.parent_id in units else None
        children.setdefault(parent, []).append(unit)
    ordered: list[UnitInfo] = []
    waiting = sorted(children.get(None, []), key=lambda u: u.name_en.casefold(), reverse=True)
    while waiting:
        unit = waiting.pop()
        ordered.append(unit)
        waiting += sorted(children.get(unit.id, []), key=lambda u: u.name_en.casefold(),
                          reverse=True)
    return ordered


def list_stations(db: Database, mission_id: int, unit_id: int | None = None) -> list[PlaceInfo]:
    """Polling stations by number (numbers sort as numbers: 9 before 12), all of the mission's
    or those of one unit and its sub-units, as the places events can name."""
    with db.reading() as session:
        units = dict(session.execute(select(AdminUnit.id, AdminUnit.parent_id).where(
            AdminUnit.mission_id == mission_id)).all())
        zones = dict(session.execute(select(AdminUnit.id, AdminUnit.time_zone).where(
            AdminUnit.mission_id == mission_id)).all())
        query = select(PollingStation.id, PollingStation.number, PollingStation.name,
                       PollingStation.address, PollingStation.unit_id, PollingStation.opens_at,
                       PollingStation.closes_at).where(PollingStation.mission_id == mission_id)
        if unit_id is not None:
            inside = {unit_id}
            grew = True
            while grew:
                grew = False
                for child, parent in units.items():
                    if parent in inside and child not in inside:
                        inside.add(child)
                        grew = True
            query = query.where(PollingStation.unit_id.in_(inside))
        rows = session.execute(query).all()
    stations = [PlaceInfo(PlaceKind.STATION, row.id, station_title(row.number, row.name),
                          row.address, row.unit_id, zones.get(row.unit_id, "UTC"), row.number,
                          row.opens_at, row.closes_at) for row in rows]
    return sorted(stations, key=lambda s: [int(p) if p.isdigit() else p.casefold()
                                           for p in re.split(r"(\d+)", s.number)])


def _checked(session: Session, mission: Mission, data: VenueData) -> dict:
    problems: list[Problem] = []
    kind = as_enum(VenueKind, data.kind, "kind", "", problems)
    name = " ".join((data.name or "").split())
    if not name:
        problems.append(Problem("name", _("is required")))
    unit_zone = None
    if data.unit_id is not None:
        unit_zone = session.scalar(select(AdminUnit.time_zone).where(
            AdminUnit.id == data.unit_id, AdminUnit.mission_id == mission.id))
        if unit_zone is None:
            problems.append(Problem("unit_id", _("is not a unit of this mission")))
    zone_name = (data.time_zone or "").strip()
    if zone_name and not valid_time_zone(zone_name):
        problems.append(Problem("time_zone", _("{zone!r} is not an IANA time zone "
                                               "(e.g. Asia/Almaty)").format(zone=zone_name)))
    for field_name, bound in (("latitude", 90), ("longitude", 180)):
        value = getattr(data, field_name)
        if value is not None and not (isinstance(value, (int, float)) and -bound <= value <= bound):
            problems.append(Problem(field_name, _("{value!r} is not between -{bound} and {bound}").format(
                value=value, bound=bound)))
    values = {
        "kind": kind, "name": name, "unit_id": data.unit_id,
        "address": " ".join((data.address or "").split()),
        "time_zone": zone_name or unit_zone or mission.time_zone,
        "latitude": data.latitude, "longitude": data.longitude,
        "notes": (data.notes or "").strip(),
    }
    check_lengths(values, VENUE_LIMITS, "", problems)
    if problems:
        raise ValidationError(problems)
    return values


def _mission(session: Session, mission_id: int) -> Mission:
    mission = session.get(Mission, mission_id)
    if mission is None:
        raise NotFoundError(_("mission {mission_id} no longer exists").format(mission_id=mission_id))
    return mission


def _venue_at_version(session: Session, venue_id: int, version: int) -> Venue:
    venue = session.get(Venue, venue_id)
    if venue is None:
        raise NotFoundError(_("this venue no longer exists (someone deleted it); reload the list"))
    if venue.version != version:
        raise StaleEditError(_("{name} was changed by someone else since you opened it; "
                               "reload the list and make your change again").format(name=venue.name))
    return venue


def create_venue(db: Database, mission_id: int, data: VenueData) -> VenueInfo:
    with db.transaction() as session:
        values = _checked(session, _mission(session, mission_id), data)
        venue = Venue(mission_id=mission_id, **values)
        session.add(venue)
        session.flush()
        return _venues(session, mission_id, venue.id)[0]


def update_venue(db: Database, venue_id: int, version: int, data: VenueData) -> VenueInfo:
    """Save a venue. When its time zone changes, the events there that kept the old zone take the
    new one, so their local times stay right."""
    with db.transaction() as session:
        venue = _venue_at_version(session, venue_id, version)
        values = _checked(session, _mission(session, venue.mission_id), data)
        old_zone = venue.time_zone
        for name, value in values.items():
            setattr(venue, name, value)
        try:
            session.flush()
        except StaleDataError as exc:
            raise StaleEditError(_("{name} was changed by someone else while saving; reload "
                                   "the list").format(name=venue.name)) from exc
        if values["time_zone"] != old_zone:
            session.execute(update(Event).where(Event.venue_id == venue.id,
                                                Event.time_zone == old_zone)
                            .values(time_zone=values["time_zone"], version=Event.version + 1)
                            .execution_options(synchronize_session=False))
        return _venues(session, venue.mission_id, venue.id)[0]


def delete_venue(db: Database, venue_id: int, version: int) -> None:
    """Delete a venue no event takes place at (events would otherwise lose their place)."""
    with db.transaction() as session:
        venue = _venue_at_version(session, venue_id, version)
        events = session.scalar(select(func.count()).select_from(Event).where(
            Event.venue_id == venue_id))
        if events:
            raise ValidationError([Problem("", ngettext(
                "{n} event takes place at {venue}; move it to another venue first",
                "{n} events take place at {venue}; move them to another venue first",
                events).format(n=events, venue=venue.name))])
        session.delete(venue)
        try:
            session.flush()
        except StaleDataError as exc:
            raise StaleEditError(_("{name} was changed by someone else; reload the list").format(
                name=venue.name)) from exc


# --- travel time ---------------------------------------------------------------------------

def travel_buffers(db: Database, mission_id: int) -> list[TravelBufferInfo]:
    """The buffers set for pairs of units (the mission's default covers every other pair)."""
    with db.reading() as session:
        names = dict(session.execute(select(AdminUnit.id, AdminUnit.name_en).where(
            AdminUnit.mission_id == mission_id)).all())
        rows = session.execute(select(TravelBuffer.unit_a_id, TravelBuffer.unit_b_id,
                                      TravelBuffer.minutes)
                               .where(TravelBuffer.mission_id == mission_id)).all()
    found = [TravelBufferInfo(a, b, names.get(a, ""), names.get(b, ""), minutes)
             for a, b, minutes in rows]
    return sorted(found, key=lambda t: (t.unit_a, t.unit_b))


def set_travel_buffer(db: Database, mission_id: int, unit_a_id: int, unit_b_id: int,
                      minutes: int | None) -> None:
    """The minutes to allow between events in these two units, either way round (the same unit
    twice: within it); None goes back to the mission's default."""
    problems: list[Problem] = []
    if minutes is not None and (not isinstance(minutes, int) or not 0 <= minutes <= LONGEST_BUFFER):
        problems.append(Problem("minutes", _("{minutes!r} is not a number of minutes from 0 to "
                                             "{longest}").format(minutes=minutes,
                                                                 longest=LONGEST_BUFFER)))
    a, b = sorted((unit_a_id, unit_b_id))
    with db.transaction() as session:
        _mission(session, mission_id)
        known = set(session.scalars(select(AdminUnit.id).where(
            AdminUnit.mission_id == mission_id, AdminUnit.id.in_([a, b]))))
        if {a, b} - known:
            problems.append(Problem("unit", _("is not a unit of this mission")))
        if problems:
            raise ValidationError(problems)
        existing = session.scalar(select(TravelBuffer).where(
            TravelBuffer.mission_id == mission_id, TravelBuffer.unit_a_id == a,
            TravelBuffer.unit_b_id == b))
        if minutes is None:
            if existing is not None:
                session.delete(existing)
        elif existing is None:
            session.add(TravelBuffer(mission_id=mission_id, unit_a_id=a, unit_b_id=b,
                                     minutes=minutes))
        else:
            existing.minutes = minutes
