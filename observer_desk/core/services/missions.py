"""Missions and their sending bodies: listing, choosing, creating and editing."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from sqlalchemy import func, select
from sqlalchemy.orm.exc import StaleDataError

from ..audit import who_changed
from ..db import Database
from ..errors import NotFoundError, Problem, StaleEditError, UsageError, ValidationError
from ..language import _, listed, ngettext
from ..models import (
    BodyKind,
    BodyType,
    ElectionType,
    Mission,
    MissionRole,
    Observer,
    SendingBody,
)

LANGUAGE_CODES = ("en", "ru", "zh")


@dataclass(frozen=True)
class MissionSummary:
    id: int
    code: str
    title: str
    period_start: date
    period_end: date
    observers: int


@dataclass
class MissionData:
    code: str
    title: str
    organisation: str
    host_country: str
    election_type: ElectionType
    election_date: date
    period_start: date
    period_end: date
    organisation_short: str = ""
    cec_name: str = ""
    time_zone: str = "UTC"
    working_languages: str = "en"
    travel_buffer_minutes: int = 20
    contact: str = ""
    notes: str = ""


@dataclass
class SendingBodyData:
    code: str
    name_en: str
    kind: BodyKind = BodyKind.STATE
    body_type: BodyType = BodyType.MEMBER_STATE
    country_code: str | None = None
    name_ru: str = ""
    name_zh: str = ""
    quota: int | None = None
    id: int | None = None  # None for a new body
    version: int | None = None


@dataclass(frozen=True)
class BodyCount:
    body: SendingBody
    observers: int


MISSION_FIELDS = tuple(MissionData.__dataclass_fields__)


def list_missions(db: Database) -> list[MissionSummary]:
    counts = (
        select(Observer.mission_id, func.count().label("n"))
        .group_by(Observer.mission_id)
        .subquery()
    )
    query = (
        select(Mission.id, Mission.code, Mission.title, Mission.period_start, Mission.period_end,
               func.coalesce(counts.c.n, 0))
        .outerjoin(counts, counts.c.mission_id == Mission.id)
        .order_by(Mission.period_start.desc(), Mission.code)
    )
    with db.reading() as session:
        return [MissionSummary(*row) for row in session.execute(query)]


def get_mission(db: Database, code: str | None = None) -> Mission:
    """The mission named by code; without a code, the only mission in the database."""
    with db.reading() as session:
        if code:
            mission = session.scalar(select(Mission).where(Mission.code == code))
            if mission is None:
                known = listed(session.scalars(select(Mission.code).order_by(Mission.code)))
                raise NotFoundError(
                    _("no mission with code {code!r} in {target} (missions: {known})").format(
                        code=code, target=db.target, known=known) if known else
                    _("no mission with code {code!r} in {target} (it holds no mission)").format(
                        code=code, target=db.target))
            return mission
        missions = list(session.scalars(select(Mission).order_by(Mission.code).limit(50)))
    if not missions:
        raise NotFoundError(
            _("{target} holds no mission: create one in the program or run 'observer-desk demo'")
            .format(target=db.target))
    if len(missions) > 1:
        raise UsageError(
            ngettext("{target} holds {n} mission: name one with --mission CODE ({codes})",
                     "{target} holds {n} missions: name one with --mission CODE ({codes})",
                     len(missions)).format(target=db.target, n=len(missions),
                                           codes=listed(m.code for m in missions)))
    return missions[0]


def get_mission_by_id(db: Database, mission_id: int) -> Mission:
    with db.reading() as session:
        mission = session.get(Mission, mission_id)
        if mission is None:
            raise NotFoundError(_("mission {mission_id} no longer exists").format(mission_id=mission_id))
        return mission


def _tidy_mission(values: dict[str, Any]) -> dict[str, Any]:
    """The same tidying whether a mission is created or edited."""
    values = dict(values)
    for name in ("code", "title", "organisation", "organisation_short", "cec_name", "time_zone"):
        if isinstance(values.get(name), str):
            values[name] = values[name].strip()
    if isinstance(values.get("host_country"), str):
        values["host_country"] = values["host_country"].strip().upper()
    return values


def _check_mission(data: dict[str, Any]) -> list[Problem]:
    problems: list[Problem] = []
    for name in ("code", "title", "organisation", "host_country"):
        if name in data and not str(data[name] or "").strip():
            problems.append(Problem(name, _("is required")))
    if "code" in data and data["code"] and not all(c.isalnum() or c in "-_." for c in data["code"]):
        problems.append(Problem("code", _("use letters, digits, '-', '_' or '.' only (e.g. SCO-KZ-2022)")))
    if "host_country" in data and data["host_country"] and len(str(data["host_country"])) != 2:
        problems.append(Problem("host_country", _("give the two-letter ISO code (e.g. KZ)")))
    start, end = data.get("period_start"), data.get("period_end")
    if start and end and end < start:
        problems.append(Problem("period_end", _("the mission cannot end before it starts")))
    election = data.get("election_date")
    if election and start and end and not start <= election <= end:
        problems.append(Problem("election_date", _("election day should fall within the mission period")))
    if "time_zone" in data:
        try:
            ZoneInfo(str(data["time_zone"]))
        except (ZoneInfoNotFoundError, ValueError):
            problems.append(Problem("time_zone", _("unknown time zone {zone!r} (e.g. Asia/Almaty)").format(
                zone=data["time_zone"])))
    if "working_languages" in data:
        codes = [c for c in str(data["working_languages"]).split(",") if c]
        unknown = [c for c in codes if c not in LANGUAGE_CODES]
        if not codes or unknown:
            problems.append(Problem("working_languages", _("choose among en, ru, zh")))
    if "travel_buffer_minutes" in data:
        buffer = data["travel_buffer_minutes"]
        if not isinstance(buffer, int) or isinstance(buffer, bool):
            problems.append(Problem("travel_buffer_minutes", _("give a whole number of minutes")))
        elif buffer < 0:
            problems.append(Problem("travel_buffer_minutes", _("cannot be negative")))
    return problems


def create_mission(db: Database, data: MissionData) -> Mission:
    values = _tidy_mission({name: getattr(data, name) for name in MISSION_FIELDS})
    problems = _check_mission(values)
    with db.transaction() as session:
        if session.scalar(select(Mission.id).where(Mission.code == values["code"])) is not None:
            problems.append(Problem("code", _("a mission with code {code!r} already exists").format(
                code=values["code"])))
        if problems:
            raise ValidationError(problems)
        mission = Mission(**values)
        session.add(mission)
        session.flush()
        return mission


def update_mission(db: Database, mission_id: int, version: int, changes: dict[str, Any]) -> Mission:
    """Apply changes to the mission the user loaded at `version`; refuse if it changed since."""
    unknown = set(changes) - set(MISSION_FIELDS)
    if unknown:
        raise ValueError(f"not mission fields: {sorted(unknown)}")
    changes = _tidy_mission(changes)
    with db.transaction() as session:
        mission = session.get(Mission, mission_id)
        if mission is None:
            raise NotFoundError(_("mission {mission_id} no longer exists").format(mission_id=mission_id))
        if mission.version != version:
            raise StaleEditError(
                _("mission {code} was changed{who} since you opened it (version {version}, now "
                  "{current}); reload and make your change again").format(
                    code=mission.code, who=who_changed(session, "mission", mission.id),
                    version=version, current=mission.version))
        merged = {name: getattr(mission, name) for name in MISSION_FIELDS} | changes
        problems = _check_mission(merged)
        if "code" in changes and changes["code"] != mission.code:
            clash = session.scalar(select(Mission.id).where(Mission.code == changes["code"]))
            if clash is not None:
                problems.append(Problem("code", _("a mission with code {code!r} already exists").format(
                    code=changes["code"])))
        if problems:
            raise ValidationError(problems)
        for name, value in changes.items():
            setattr(mission, name, value)
        try:
            session.flush()
        except StaleDataError as exc:
            raise StaleEditError(_("mission {code} was changed by someone else; reload it").format(
                code=mission.code)) from exc
        return mission


def sending_bodies(db: Database, mission_id: int) -> list[BodyCount]:
    counts = (
        select(Observer.sending_body_id, func.count().label("n"))
        .where(Observer.mission_id == mission_id)
        .group_by(Observer.sending_body_id)
        .subquery()
    )
    query = (
        select(SendingBody, func.coalesce(counts.c.n, 0))
        .outerjoin(counts, counts.c.sending_body_id == SendingBody.id)
        .where(SendingBody.mission_id == mission_id)
        .order_by(SendingBody.position, SendingBody.id)
    )
    with db.reading() as session:
        return [BodyCount(body, n) for body, n in session.execute(query)]


def save_sending_bodies(db: Database, mission_id: int, bodies: list[SendingBodyData]) -> list[BodyCount]:
    """Replace the mission's list of sending bodies with `bodies`, in their order, in one go.

    Bodies missing from the list are deleted, which is refused while observers belong to them.
    """
    problems: list[Problem] = []
    seen: dict[str, int] = {}
    for index, body in enumerate(bodies):
        where, row = _("sending body {number}").format(number=index + 1), index
        code = body.code.strip()
        if not code:
            problems.append(Problem("code", _("is required"), where, row))
        elif code.upper() in seen:
            problems.append(Problem("code", _("{code!r} is used twice (also body {other})").format(
                code=code, other=seen[code.upper()]), where, row))
        else:
            seen[code.upper()] = index + 1
        if not body.name_en.strip():
            problems.append(Problem("name", _("the English name is required"), where, row))
        if body.quota is not None and body.quota < 0:
            problems.append(Problem("quota", _("cannot be negative"), where, row))
        if body.country_code and len(body.country_code) != 2:
            problems.append(Problem("country", _("give the two-letter ISO code (e.g. CN)"), where, row))
    with db.transaction() as session:
        if session.get(Mission, mission_id) is None:
            raise NotFoundError(_("mission {mission_id} no longer exists").format(mission_id=mission_id))
        existing = {b.id: b for b in session.scalars(
            select(SendingBody).where(SendingBody.mission_id == mission_id))}
        kept_ids = {b.id for b in bodies if b.id is not None}
        for body_id in set(existing) - kept_ids:
            body = existing[body_id]
            in_use = session.scalar(select(func.count()).where(Observer.sending_body_id == body_id))
            if in_use:
                problems.append(Problem("", ngettext(
                    "{body} cannot be removed: {n} observer belongs to it; move them to another "
                    "body first",
                    "{body} cannot be removed: {n} observers belong to it; move them to another "
                    "body first", in_use).format(body=body.name_en, n=in_use)))
        stale = [existing[b.id] for b in bodies if b.id is not None and b.id in existing
                 and b.version is not None and existing[b.id].version != b.version]
        if stale:
            who = who_changed(session, "sending_body", stale[0].id)
            names = listed(b.name_en for b in stale)
            raise StaleEditError(
                _("{names} changed since you opened the list (changed{who}); reload and make your "
                  "change again").format(names=names, who=who) if who else
                _("{names} changed since you opened the list (changed by someone else); reload "
                  "and make your change again").format(names=names))
        if problems:
            raise ValidationError(problems)
        for body_id in set(existing) - kept_ids:
            session.delete(existing[body_id])
        session.flush()
        # Codes may be swapped between bodies (CN <-> IN): park the kept ones on unique
        # temporary codes first, so the unique constraint never sees two bodies with one code.
        for data in bodies:
            if data.id is not None and data.id in existing:
                existing[data.id].code = f"~{data.id}"
        session.flush()
        for position, data in enumerate(bodies):
            record = existing.get(data.id) if data.id is not None else None
            if record is None:
                record = SendingBody(mission_id=mission_id)
                session.add(record)
            record.code = data.code.strip()
            record.name_en = data.name_en.strip()
            record.name_ru = data.name_ru.strip()
            record.name_zh = data.name_zh.strip()
            record.kind = data.kind
            record.body_type = data.body_type
            record.country_code = (data.country_code or "").upper() or None
            record.quota = data.quota
            record.position = position
        try:
            session.flush()
        except StaleDataError as exc:
            raise StaleEditError(_("the sending bodies were changed by someone else while saving; "
                                   "reload and make your change again")) from exc
    return sending_bodies(db, mission_id)


def head_of_mission(db: Database, mission_id: int) -> Observer | None:
    with db.reading() as session:
        return session.scalar(select(Observer).where(
            Observer.mission_id == mission_id, Observer.mission_role == MissionRole.HEAD))


def set_head_of_mission(db: Database, mission_id: int, observer_id: int) -> None:
    """Make an observer the head; a previous head becomes a deputy head."""
    with db.transaction() as session:
        observer = session.get(Observer, observer_id)
        if observer is None or observer.mission_id != mission_id:
            raise NotFoundError(_("that observer is not a member of this mission"))
        previous = session.scalar(select(Observer).where(
            Observer.mission_id == mission_id, Observer.mission_role == MissionRole.HEAD))
        if previous is not None and previous.id != observer_id:
            previous.mission_role = MissionRole.DEPUTY
            session.flush()
        observer.mission_role = MissionRole.HEAD

