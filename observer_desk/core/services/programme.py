"""Editing the programme: events one at a time, moved and resized on the day view, a set shifted
together, a day's plan copied to another day.

Each function is one transaction. Edits of an existing event name the version the user saw and
are refused with StaleEditError when someone saved the event since; problems with what was asked
come back as a ValidationError listing each Problem. What was saved comes back as
ScheduledEvent, the same plain record the screens read with load_schedule.
"""

from __future__ import annotations

from collections.abc import Collection, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta, timezone

from sqlalchemy import select
from sqlalchemy.orm import Session
from sqlalchemy.orm.exc import StaleDataError

from ..db import Database
from ..errors import NotFoundError, Problem, StaleEditError, ValidationError
from ..language import _, ngettext
from ..models import (
    AdminUnit,
    Event,
    EventKind,
    EventParticipant,
    Mission,
    Observer,
    Phase,
    PollingStation,
    Team,
    Venue,
    utcnow,
)
from .bulk import as_enum, check_aware, check_lengths, string_limits
from .places import valid_time_zone
from .schedule import ScheduledEvent, load_events, zone

SNAP_MINUTES = 5
EVENT_LIMITS = string_limits(Event)
LONGEST_EVENT = timedelta(days=7)  # longer is a typing mistake in a date, not a programme item


@dataclass
class EventData:
    kind: EventKind
    title: str
    starts_at: datetime  # aware
    ends_at: datetime
    venue_id: int | None = None
    polling_station_id: int | None = None
    time_zone: str | None = None  # None: the zone of the venue or station, else the mission's
    phase: Phase | None = None
    counterpart: str = ""
    notes: str = ""
    observer_ids: list[int] = field(default_factory=list)
    team_ids: list[int] = field(default_factory=list)


def snap(moment: datetime, zone_name: str, minutes: int = SNAP_MINUTES) -> datetime:
    """The nearest whole `minutes` of local time (the day view's grid), as an aware UTC time."""
    local = moment.astimezone(zone(zone_name))
    midnight = local.replace(hour=0, minute=0, second=0, microsecond=0)
    elapsed = (local - midnight).total_seconds()
    step = minutes * 60
    snapped = midnight + timedelta(seconds=round(elapsed / step) * step)
    return snapped.astimezone(timezone.utc)


# --- checking what is asked ----------------------------------------------------------------

def _ids_in_mission(session: Session, model: type, ids: Collection[int], mission_id: int) -> set[int]:
    if not ids:
        return set()
    return set(session.scalars(select(model.id).where(
        model.id.in_(list(ids)), model.mission_id == mission_id)))


def _place_zone(session: Session, mission: Mission, venue_id: int | None,
                station_id: int | None) -> str:
    if station_id is not None:
        found = session.scalar(select(AdminUnit.time_zone).join(
            PollingStation, PollingStation.unit_id == AdminUnit.id).where(PollingStation.id == station_id))
        if found:
            return found
    if venue_id is not None:
        found = session.scalar(select(Venue.time_zone).where(Venue.id == venue_id))
        if found:
            return found
    return mission.time_zone


def _checked_values(session: Session, mission: Mission, data: EventData) -> dict:
    """The event's columns from `data`, or ValidationError with every problem found."""
    problems: list[Problem] = []
    kind = as_enum(EventKind, data.kind, "kind", "", problems)
    phase = as_enum(Phase, data.phase, "phase", "", problems, optional=True)
    title = (data.title or "").strip()
    if not title:
        problems.append(Problem("title", _("is required")))
    starts, ends = data.starts_at, data.ends_at
    if starts is None or ends is None:
        problems.append(Problem("starts_at", _("an event needs a start and an end")))
    elif check_aware(starts, "starts_at", "", problems) and check_aware(ends, "ends_at", "", problems):
        if ends <= starts:
            problems.append(Problem("ends_at", _("must be after the start")))
        elif ends - starts > LONGEST_EVENT:
            problems.append(Problem("ends_at", _("is more than seven days after the start; check "
                                                 "the dates")))
    venue_id, station_id = data.venue_id, data.polling_station_id
    if venue_id is not None and station_id is not None:
        problems.append(Problem("venue_id", _("an event takes place at a venue or at a polling "
                                              "station, not both")))
    if venue_id is not None and not _ids_in_mission(session, Venue, [venue_id], mission.id):
        problems.append(Problem("venue_id", _("no such venue in this mission")))
    if station_id is not None and not _ids_in_mission(session, PollingStation, [station_id], mission.id):
        problems.append(Problem("polling_station_id", _("no such polling station in this mission")))
    if kind is EventKind.VISIT and station_id is None:
        problems.append(Problem("polling_station_id", _("a polling-station visit needs its station")))
    if phase is not None and station_id is None:
        problems.append(Problem("phase", _("only an event at a polling station has a phase "
                                           "(opening, voting, count)")))
    zone_name = (data.time_zone or "").strip()
    if zone_name and not valid_time_zone(zone_name):
        problems.append(Problem("time_zone", _("{zone!r} is not an IANA time zone "
                                               "(e.g. Asia/Almaty)").format(zone=zone_name)))
    observer_ids = list(dict.fromkeys(data.observer_ids))
    team_ids = list(dict.fromkeys(data.team_ids))
    missing = set(observer_ids) - _ids_in_mission(session, Observer, observer_ids, mission.id)
    if missing:
        problems.append(Problem("observer_ids", ngettext(
            "{n} of the observers named is not in this mission",
            "{n} of the observers named are not in this mission", len(missing)).format(
            n=len(missing))))
    missing = set(team_ids) - _ids_in_mission(session, Team, team_ids, mission.id)
    if missing:
        problems.append(Problem("team_ids", ngettext(
            "{n} of the teams named is not in this mission",
            "{n} of the teams named are not in this mission", len(missing)).format(n=len(missing))))
    values = {
        "kind": kind, "title": title, "starts_at": starts, "ends_at": ends,
        "venue_id": venue_id, "polling_station_id": station_id, "phase": phase,
        "counterpart": (data.counterpart or "").strip(), "notes": (data.notes or "").strip(),
    }
    check_lengths(values, EVENT_LIMITS, "", problems)
    if problems:
        raise ValidationError(problems)
    values["time_zone"] = zone_name or _place_zone(session, mission, venue_id, station_id)
    values["observer_ids"] = observer_ids
    values["team_ids"] = team_ids
    return values


def _mission(session: Session, mission_id: int) -> Mission:
    mission = session.get(Mission, mission_id)
    if mission is None:
        raise NotFoundError(_("mission {mission_id} no longer exists").format(mission_id=mission_id))
    return mission


def _event_at_version(session: Session, event_id: int, version: int) -> Event:
    event = session.get(Event, event_id)
    if event is None:
        raise NotFoundError(_("this event no longer exists (someone deleted it); reload the programme"))
    if event.version != version:
        raise StaleEditError(_("'{title}' was changed by someone else since you opened it; "
                               "reload the programme and make your change again").format(
                                   title=event.title))
    return event


def _set_participants(event: Event, observer_ids: Sequence[int], team_ids: Sequence[int]) -> None:
    """Keep the rows that stay, drop the others, add the new ones (never the same row deleted and
    inserted in one flush, which the unique constraints would see twice)."""
    wanted_observers, wanted_teams = set(observer_ids), set(team_ids)
    kept = []
    for participant in list(event.participants):
        if participant.observer_id in wanted_observers:
            wanted_observers.discard(participant.observer_id)
            kept.append(participant)
        elif participant.team_id in wanted_teams:
            wanted_teams.discard(participant.team_id)
            kept.append(participant)
    event.participants = kept + [EventParticipant(observer_id=i) for i in observer_ids
                                 if i in wanted_observers] + [
        EventParticipant(team_id=i) for i in team_ids if i in wanted_teams]


def _flush(session: Session, title: str | None) -> None:
    """Write the changes; `title` names the event changed (None: one of several)."""
    try:
        session.flush()
    except StaleDataError as exc:
        raise StaleEditError(
            _("'{title}' was changed by someone else while saving; reload the programme and make "
              "your change again").format(title=title) if title is not None else
            _("one of the events was changed by someone else while saving; reload the programme "
              "and make your change again")) from exc


def _saved(session: Session, mission_id: int, ids: Sequence[int]) -> list[ScheduledEvent]:
    found = {event.id: event for event in load_events(session, mission_id, ids)}
    return [found[i] for i in ids]


# --- one event -----------------------------------------------------------------------------

def create_event(db: Database, mission_id: int, data: EventData) -> ScheduledEvent:
    with db.transaction() as session:
        mission = _mission(session, mission_id)
        values = _checked_values(session, mission, data)
        observer_ids, team_ids = values.pop("observer_ids"), values.pop("team_ids")
        event = Event(mission_id=mission_id, **values)
        _set_participants(event, observer_ids, team_ids)
        session.add(event)
        session.flush()
        return _saved(session, mission_id, [event.id])[0]


def update_event(db: Database, event_id: int, version: int, data: EventData) -> ScheduledEvent:
    """Replace the event's details and participants with `data`."""
    with db.transaction() as session:
        event = _event_at_version(session, event_id, version)
        mission = _mission(session, event.mission_id)
        values = _checked_values(session, mission, data)
        observer_ids, team_ids = values.pop("observer_ids"), values.pop("team_ids")
        with session.no_autoflush:  # one UPDATE, so one new version, for the whole edit
            for name, value in values.items():
                setattr(event, name, value)
            _set_participants(event, observer_ids, team_ids)
            event.updated_at = utcnow()  # a change of participants alone is a new version too
        _flush(session, event.title)
        return _saved(session, event.mission_id, [event.id])[0]


def delete_event(db: Database, event_id: int, version: int) -> None:
    with db.transaction() as session:
        event = _event_at_version(session, event_id, version)
        session.delete(event)
        _flush(session, event.title)


def move_event(db: Database, event_id: int, version: int, *, minutes: int | None = None,
               to: datetime | None = None) -> ScheduledEvent:
    """Move an event, keeping its length: by some minutes, or to start at `to`; the new start
    snaps to 5 minutes of local time."""
    if (minutes is None) == (to is None):
        raise ValueError("give either minutes or to")
    with db.transaction() as session:
        event = _event_at_version(session, event_id, version)
        if to is not None:
            problems: list[Problem] = []
            if not check_aware(to, "starts_at", "", problems):
                raise ValidationError(problems)
            target = to
        else:
            target = event.starts_at + timedelta(minutes=minutes)
        length = event.ends_at - event.starts_at
        event.starts_at = snap(target, event.time_zone)
        event.ends_at = event.starts_at + length
        _flush(session, event.title)
        return _saved(session, event.mission_id, [event.id])[0]


def resize_event(db: Database, event_id: int, version: int, *, starts_at: datetime | None = None,
                 ends_at: datetime | None = None) -> ScheduledEvent:
    """Drag an event's start or end edge; the edge snaps to 5 minutes of local time and the
    event keeps at least 5 minutes."""
    with db.transaction() as session:
        event = _event_at_version(session, event_id, version)
        problems: list[Problem] = []
        for name, value in (("starts_at", starts_at), ("ends_at", ends_at)):
            if value is not None:
                check_aware(value, name, "", problems)
        if problems:
            raise ValidationError(problems)
        starts = snap(starts_at, event.time_zone) if starts_at is not None else event.starts_at
        ends = snap(ends_at, event.time_zone) if ends_at is not None else event.ends_at
        shortest = timedelta(minutes=SNAP_MINUTES)
        if ends - starts < shortest:
            if ends_at is not None:
                ends = starts + shortest
            else:
                starts = ends - shortest
        event.starts_at, event.ends_at = starts, ends
        _flush(session, event.title)
        return _saved(session, event.mission_id, [event.id])[0]


# --- many events ---------------------------------------------------------------------------

def _events_at_versions(session: Session, mission_id: int,
                        versions: Mapping[int, int]) -> list[Event]:
    events = list(session.scalars(select(Event).where(
        Event.id.in_(list(versions)), Event.mission_id == mission_id)))
    if len(events) != len(versions):
        gone = len(versions) - len(events)
        raise NotFoundError(ngettext(
            "{n} of the events chosen no longer exists (someone deleted it); reload the programme",
            "{n} of the events chosen no longer exist (someone deleted them); reload the programme",
            gone).format(n=gone))
    stale = [e for e in events if e.version != versions[e.id]]
    if len(stale) == 1:
        raise StaleEditError(_("'{title}' changed since you opened the programme; nothing was "
                               "moved: reload and try again").format(title=stale[0].title))
    if stale:
        more = len(stale) - 1
        raise StaleEditError(ngettext(
            "'{title}' and {n} more changed since you opened the programme; nothing was moved: "
            "reload and try again",
            "'{title}' and {n} more changed since you opened the programme; nothing was moved: "
            "reload and try again", more).format(title=stale[0].title, n=more))
    return events


def shift_events(db: Database, mission_id: int, versions: Mapping[int, int],
                 minutes: int) -> list[ScheduledEvent]:
    """Move a set of events ({event id: version seen}) by the same number of minutes, all or
    none; returns them in start order."""
    if not versions:
        return []
    with db.transaction() as session:
        _mission(session, mission_id)
        events = _events_at_versions(session, mission_id, versions)
        delta = timedelta(minutes=minutes)
        for event in events:
            event.starts_at += delta
            event.ends_at += delta
        _flush(session, None)
        moved = _saved(session, mission_id, [e.id for e in events])
    return sorted(moved, key=lambda e: (e.starts_at, e.id))


def delete_events(db: Database, mission_id: int, versions: Mapping[int, int]) -> int:
    """Delete a set of events ({event id: version seen}), all or none."""
    if not versions:
        return 0
    with db.transaction() as session:
        events = _events_at_versions(session, mission_id, versions)
        for event in events:
            session.delete(event)
        _flush(session, None)
    return len(events)


def _same_wall_clock(moment: datetime, zone_name: str, days: int) -> datetime:
    """The same local time `days` later: a copied 07:00 opening is at 07:00 whatever the clocks
    did in between."""
    tz = zone(zone_name)
    local = moment.astimezone(tz)
    return datetime.combine(local.date() + timedelta(days=days), local.time(), tzinfo=tz)


def copy_day(db: Database, mission_id: int, source: date, target: date, *,
             team_ids: Collection[int] | None = None) -> list[ScheduledEvent]:
    """Copy the events that start on `source` (local time of their place) to `target`, at the
    same local times, with the same places and participants. With `team_ids`, only the events
    those teams take part in. Returns the new events in start order."""
    if source == target:
        raise ValidationError([Problem("target", _("is the day being copied; choose another day"))])
    days = (target - source).days
    with db.transaction() as session:
        _mission(session, mission_id)
        candidates = session.scalars(select(Event).where(
            Event.mission_id == mission_id,
            Event.starts_at >= datetime.combine(source - timedelta(days=1), datetime.min.time(),
                                                tzinfo=timezone.utc),
            Event.starts_at < datetime.combine(source + timedelta(days=2), datetime.min.time(),
                                               tzinfo=timezone.utc)))
        chosen = [e for e in candidates if e.starts_at.astimezone(zone(e.time_zone)).date() == source
                  and (team_ids is None or any(p.team_id in team_ids for p in e.participants))]
        if not chosen:
            raise ValidationError([Problem("source", (
                _("no events start on {day} for these teams") if team_ids else
                _("no events start on {day}")).format(day=source.isoformat()))])
        copies = []
        for original in sorted(chosen, key=lambda e: (e.starts_at, e.id)):
            starts = _same_wall_clock(original.starts_at, original.time_zone, days)
            ends = _same_wall_clock(original.ends_at, original.time_zone, days)
            if ends <= starts:  # a clock change squeezed it: keep the length instead
                ends = starts + (original.ends_at - original.starts_at)
            copy = Event(
                mission_id=mission_id, kind=original.kind, title=original.title,
                starts_at=starts, ends_at=ends, time_zone=original.time_zone,
                venue_id=original.venue_id, polling_station_id=original.polling_station_id,
                phase=original.phase, counterpart=original.counterpart, notes=original.notes)
            copy.participants = [EventParticipant(observer_id=p.observer_id, team_id=p.team_id)
                                 for p in original.participants]
            session.add(copy)
            copies.append(copy)
        session.flush()
        saved = _saved(session, mission_id, [c.id for c in copies])
    return sorted(saved, key=lambda e: (e.starts_at, e.id))
