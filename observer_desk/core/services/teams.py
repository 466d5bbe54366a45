"""Teams: who goes together, in which car, with which driver and interpreter, covering which area.

Each function is one transaction; edits name the version the user saw (StaleEditError when the
team changed since), problems come back as a ValidationError with one Problem per field. Moving
an observer from one team to another (a drag on the teams screen) is one write of both teams.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from sqlalchemy import func, select
from sqlalchemy.orm import Session
from sqlalchemy.orm.exc import StaleDataError

from ..db import Database
from ..errors import NotFoundError, Problem, StaleEditError, ValidationError
from ..language import _, ngettext
from ..models import AdminUnit, EventParticipant, Mission, Observer, Team, TeamMember, utcnow
from ..parsing import ParseError, parse_phone
from .bulk import check_lengths, string_limits
from .accreditation import ACTIVE_STATUSES
from .conflicts import and_names, status_name
from .schedule import TeamInfo, read_teams

TEAM_LIMITS = string_limits(Team)


@dataclass
class TeamData:
    name: str
    member_ids: list[int] = field(default_factory=list)  # in the order they are listed
    vehicle: str = ""
    driver_name: str = ""
    driver_phone: str = ""
    interpreter_id: int | None = None  # an interpreter of the mission (an observer record)
    area_unit_id: int | None = None
    area: str = ""
    notes: str = ""


def list_teams(db: Database, mission_id: int) -> list[TeamInfo]:
    """The mission's teams by name, each with its members in order."""
    with db.reading() as session:
        return list(read_teams(session, mission_id).values())


def _team_info(session: Session, team: Team) -> TeamInfo:
    return read_teams(session, team.mission_id)[team.id]


def _checked(session: Session, mission_id: int, data: TeamData, team_id: int | None) -> dict:
    problems: list[Problem] = []
    name = " ".join((data.name or "").split())
    if not name:
        problems.append(Problem("name", _("is required")))
    else:
        # Compared here rather than in SQL: SQLite's lower() folds ASCII letters only.
        clash = next((other for other in session.scalars(select(Team.name).where(
            Team.mission_id == mission_id, Team.id != (team_id or -1)))
            if other.casefold() == name.casefold()), None)
        if clash is not None:
            problems.append(Problem("name", _("the mission has a team {name!r} already").format(
                name=clash)))
    member_ids = list(dict.fromkeys(data.member_ids))
    people = {row.id: row for row in session.execute(select(
        Observer.id, Observer.code, Observer.accreditation_status).where(
        Observer.mission_id == mission_id,
        Observer.id.in_(member_ids + ([data.interpreter_id] if data.interpreter_id else []))))}
    missing = [i for i in member_ids if i not in people]
    if missing:
        problems.append(Problem("member_ids", ngettext(
            "{n} of the members is not an observer of this mission",
            "{n} of the members are not observers of this mission", len(missing)).format(
            n=len(missing))))
    for observer_id in member_ids:
        person = people.get(observer_id)
        if person is not None and person.accreditation_status not in ACTIVE_STATUSES:
            problems.append(Problem("member_ids", _("{code} is {status} and cannot join a team").format(
                code=person.code, status=status_name(person.accreditation_status))))
    if data.interpreter_id is not None and data.interpreter_id not in people:
        problems.append(Problem("interpreter_id", _("is not an observer of this mission")))
    if data.area_unit_id is not None and session.scalar(select(AdminUnit.id).where(
            AdminUnit.id == data.area_unit_id, AdminUnit.mission_id == mission_id)) is None:
        problems.append(Problem("area_unit_id", _("is not a unit of this mission")))
    try:
        phone = parse_phone(data.driver_phone)
    except ParseError as exc:
        problems.append(Problem("driver_phone", str(exc)))
        phone = data.driver_phone
    values = {
        "name": name,
        "vehicle": " ".join((data.vehicle or "").split()),
        "driver_name": " ".join((data.driver_name or "").split()),
        "driver_phone": phone,
        "interpreter_id": data.interpreter_id,
        "area_unit_id": data.area_unit_id,
        "area": " ".join((data.area or "").split()),
        "notes": (data.notes or "").strip(),
    }
    check_lengths(values, TEAM_LIMITS, "", problems)
    if problems:
        raise ValidationError(problems)
    values["member_ids"] = member_ids
    return values


def _set_members(team: Team, member_ids: Sequence[int]) -> None:
    current = {m.observer_id: m for m in team.members}
    team.members = [current.get(observer_id) or TeamMember(observer_id=observer_id)
                    for observer_id in member_ids]
    for position, member in enumerate(team.members):
        member.position = position


def _team_at_version(session: Session, team_id: int, version: int) -> Team:
    team = session.get(Team, team_id)
    if team is None:
        raise NotFoundError(_("this team no longer exists (someone deleted it); reload the teams"))
    if team.version != version:
        raise StaleEditError(_("{name} was changed by someone else since you opened it; "
                               "reload the teams and make your change again").format(name=team.name))
    return team


def _flush(session: Session, name: str) -> None:
    try:
        session.flush()
    except StaleDataError as exc:
        raise StaleEditError(_("{name} was changed by someone else while saving; reload the teams "
                               "and make your change again").format(name=name)) from exc


def create_team(db: Database, mission_id: int, data: TeamData) -> TeamInfo:
    with db.transaction() as session:
        if session.get(Mission, mission_id) is None:
            raise NotFoundError(_("mission {mission_id} no longer exists").format(mission_id=mission_id))
        values = _checked(session, mission_id, data, None)
        member_ids = values.pop("member_ids")
        team = Team(mission_id=mission_id, **values)
        _set_members(team, member_ids)
        session.add(team)
        session.flush()
        return _team_info(session, team)


def update_team(db: Database, team_id: int, version: int, data: TeamData) -> TeamInfo:
    with db.transaction() as session:
        team = _team_at_version(session, team_id, version)
        values = _checked(session, team.mission_id, data, team.id)
        member_ids = values.pop("member_ids")
        with session.no_autoflush:  # one UPDATE, so one new version, for the whole edit
            for name, value in values.items():
                setattr(team, name, value)
            _set_members(team, member_ids)
            team.updated_at = utcnow()  # new members alone make a new version too
        _flush(session, team.name)
        return _team_info(session, team)


def delete_team(db: Database, team_id: int, version: int) -> None:
    """Delete a team; refused while it takes part in events (they would lose their people)."""
    with db.transaction() as session:
        team = _team_at_version(session, team_id, version)
        events = session.scalar(select(func.count()).select_from(EventParticipant).where(
            EventParticipant.team_id == team_id))
        if events:
            raise ValidationError([Problem("", ngettext(
                "{team} takes part in {n} event; remove it from them (or delete them) first",
                "{team} takes part in {n} events; remove it from them (or delete them) first",
                events).format(team=team.name, n=events))])
        session.delete(team)
        _flush(session, team.name)


def move_member(db: Database, observer_id: int, *, from_team: tuple[int, int] | None,
                to_team: tuple[int, int] | None, position: int | None = None) -> list[TeamInfo]:
    """Take an observer out of one team and put them in another at `position` (the end when
    None), in one write. Teams are (id, version seen); None for "no team". Returns the teams
    changed."""
    if from_team is None and to_team is None:
        return []
    with db.transaction() as session:
        observer = session.get(Observer, observer_id)
        if observer is None:
            raise NotFoundError(_("this observer no longer exists; reload the teams"))
        changed: list[Team] = []
        if from_team is not None:
            source = _team_at_version(session, *from_team)
            ids = [m.observer_id for m in source.members]
            if observer_id not in ids:
                raise StaleEditError(_("{code} is no longer in {team}; reload the teams").format(
                    code=observer.code, team=source.name))
            ids.remove(observer_id)
            _set_members(source, ids)
            source.updated_at = utcnow()
            changed.append(source)
        if to_team is not None:
            target = _team_at_version(session, *to_team) if (
                from_team is None or to_team[0] != from_team[0]) else changed[0]
            if target.mission_id != observer.mission_id:
                raise ValidationError([Problem("to_team", _("is a team of another mission"))])
            if observer.accreditation_status not in ACTIVE_STATUSES:
                raise ValidationError([Problem("observer", _(
                    "{code} is {status} and cannot join a team").format(
                    code=observer.code, status=status_name(observer.accreditation_status)))])
            ids = [m.observer_id for m in target.members if m.observer_id != observer_id]
            ids.insert(len(ids) if position is None else max(0, min(position, len(ids))), observer_id)
            session.flush()  # the old rows go before the same person is added again
            _set_members(target, ids)
            target.updated_at = utcnow()
            if target not in changed:
                changed.append(target)
        _flush(session, and_names(t.name for t in changed))
        teams = read_teams(session, observer.mission_id)
        return [teams[t.id] for t in changed]
