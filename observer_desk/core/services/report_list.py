"""The reports list of a mission, for a screen that shows a hundred thousand of them.

A list is read in two steps: `report_ids` gives the ids of the reports that pass the filters,
in the order asked for (one query; a hundred thousand integers), and `report_rows` reads the
columns of a page of them when a screen is about to show it. Changing a filter or the order
re-reads the ids only, so the list stays as fast with 100,000 reports as with 22.
"""

from __future__ import annotations

import enum
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import case, func, select, tuple_
from sqlalchemy.orm import aliased

from ..db import Database
from ..errors import NotFoundError
from ..language import _
from ..models import (
    AdminUnit,
    Answer,
    Choice,
    Incident,
    Mission,
    Phase,
    PollingStation,
    Question,
    ReportSource,
    Team,
    VisitReport,
)

NO_TEAM = -1  # the team filter's value for reports without a team
NO_REGION = -1  # the region filter's value for reports without a known station


class Flag(enum.StrEnum):
    FLAGGED = "flagged"  # imported and waiting to be completed
    NEGATIVE = "negative"  # at least one answer counted as negative (a "no" where "yes" is good...)
    INCIDENTS = "incidents"  # with at least one incident
    CLEAN = "clean"  # none of the above


class SortKey(enum.StrEnum):
    ARRIVED = "arrived"
    STATION = "station"
    TEAM = "team"
    PHASE = "phase"
    REGION = "region"
    SOURCE = "source"
    UPDATED = "updated"


@dataclass(frozen=True)
class ReportFilter:
    phase: Phase | None = None
    region_id: int | None = None  # a top-level unit, or NO_REGION
    team_id: int | None = None  # or NO_TEAM
    flag: Flag | None = None
    station: str = ""  # the start of a station number


@dataclass(frozen=True)
class ReportRow:
    id: int
    station_number: str
    station_name: str
    region_name: str
    team_name: str
    phase: Phase
    arrived_at: datetime | None
    departed_at: datetime | None
    time_zone: str
    source: ReportSource
    flagged: bool
    flag_reason: str
    incidents: int
    negative_answers: int


@dataclass(frozen=True)
class FilterOptions:
    regions: tuple[tuple[int, str], ...]  # (unit id, name) of the top-level units with stations
    teams: tuple[tuple[int, str], ...]
    total: int


def _regions(units: dict[int, AdminUnit]) -> dict[int, int]:
    """{unit id: id of its top-level unit}."""
    tops: dict[int, int] = {}
    for unit_id in units:
        unit, hops = units[unit_id], 0
        while unit.parent_id is not None and unit.parent_id in units and hops < 20:
            unit = units[unit.parent_id]
            hops += 1
        tops[unit_id] = unit.id
    return tops


def filter_options(db: Database, mission_id: int, language: str = "en") -> FilterOptions:
    with db.reading() as session:
        if session.get(Mission, mission_id) is None:
            raise NotFoundError(_("mission {mission_id} no longer exists").format(mission_id=mission_id))
        units = {u.id: u for u in session.scalars(select(AdminUnit).where(
            AdminUnit.mission_id == mission_id))}
        tops = _regions(units)
        with_stations = set(session.scalars(select(PollingStation.unit_id).where(
            PollingStation.mission_id == mission_id).distinct()))
        regions = sorted({tops[u] for u in with_stations if u in tops},
                         key=lambda u: units[u].name(language).casefold())
        teams = tuple((team_id, name) for team_id, name in session.execute(
            select(Team.id, Team.name).where(Team.mission_id == mission_id).order_by(Team.name)))
        total = session.scalar(select(func.count()).select_from(VisitReport).where(
            VisitReport.mission_id == mission_id)) or 0
    return FilterOptions(tuple((u, units[u].name(language)) for u in regions), teams, total)


def _negative_pairs(session, mission_id: int) -> list[tuple[int, str]]:  # noqa: ANN001
    """The (question, value) pairs that count as negative on any checklist of the mission."""
    pairs = session.execute(
        select(Question.id, Choice.value)
        .join(Choice, Choice.choice_list_id == Question.choice_list_id)
        .where(Choice.negative.is_(True), Question.checklist_id.in_(
            select(VisitReport.checklist_id).where(VisitReport.mission_id == mission_id)
            .distinct()))).all()
    return [tuple(pair) for pair in pairs]


def _negative_condition(pairs):  # noqa: ANN001, ANN202 - a SQL condition
    # A row-value IN (SQLite and PostgreSQL alike): SQLite answers it from the (question, value)
    # index in half the time it takes over the same pairs written as ORs.
    return tuple_(Answer.question_id, Answer.value).in_(list(pairs))


def report_ids(db: Database, mission_id: int, where: ReportFilter = ReportFilter(),  # noqa: B008
               order: SortKey = SortKey.ARRIVED, descending: bool = False,
               language: str = "en") -> list[int]:
    """The ids of the mission's reports that pass the filter, in the order asked for."""
    with db.reading() as session:
        station = aliased(PollingStation)
        query = select(VisitReport.id).where(VisitReport.mission_id == mission_id)
        needs_station = where.region_id is not None or where.station or order in (
            SortKey.STATION, SortKey.REGION)
        if needs_station:
            query = query.outerjoin(station, station.id == VisitReport.polling_station_id)
        if where.phase is not None:
            query = query.where(VisitReport.phase == Phase(where.phase))
        if where.team_id == NO_TEAM:
            query = query.where(VisitReport.team_id.is_(None))
        elif where.team_id is not None:
            query = query.where(VisitReport.team_id == where.team_id)
        units: dict[int, AdminUnit] = {}
        if where.region_id is not None or order is SortKey.REGION:
            units = {u.id: u for u in session.scalars(select(AdminUnit).where(
                AdminUnit.mission_id == mission_id))}
        if where.region_id == NO_REGION:
            query = query.where(VisitReport.polling_station_id.is_(None))
        elif where.region_id is not None:
            tops = _regions(units)
            inside = [u for u, top in tops.items() if top == where.region_id]
            query = query.where(station.unit_id.in_(inside or [-1]))
        if where.station:
            query = query.where(station.number.startswith(where.station.strip(), autoescape=True))
        if where.flag is Flag.FLAGGED:
            query = query.where(VisitReport.flagged.is_(True))
        elif where.flag in (Flag.NEGATIVE, Flag.CLEAN, Flag.INCIDENTS):
            negative = None
            pairs = _negative_pairs(session, mission_id)
            if pairs:
                negative = VisitReport.id.in_(select(Answer.report_id).where(
                    _negative_condition(pairs)))
            with_incidents = VisitReport.id.in_(select(Incident.report_id).where(
                Incident.mission_id == mission_id, Incident.report_id.is_not(None)))
            if where.flag is Flag.NEGATIVE:
                query = query.where(negative if negative is not None else False)
            elif where.flag is Flag.INCIDENTS:
                query = query.where(with_incidents)
            else:
                query = query.where(VisitReport.flagged.is_(False), ~with_incidents)
                if negative is not None:
                    query = query.where(~negative)

        def ordered(*columns):  # noqa: ANN002, ANN202
            return [c.desc() if descending else c.asc() for c in columns]

        if order is SortKey.STATION:
            keys = ordered(func.length(station.number), station.number)
        elif order is SortKey.TEAM:
            team = aliased(Team)
            query = query.outerjoin(team, team.id == VisitReport.team_id)
            keys = ordered(team.name)
        elif order is SortKey.PHASE:
            # opening, voting, count: the order of the day, not of the alphabet
            keys = ordered(case({Phase.OPENING.value: 0, Phase.VOTING.value: 1,
                                 Phase.COUNT.value: 2}, value=VisitReport.phase, else_=3))
        elif order is SortKey.REGION:
            tops = _regions(units)
            names = sorted({units[t].name(language).casefold() for t in tops.values()})
            rank = {unit_id: names.index(units[top].name(language).casefold())
                    for unit_id, top in tops.items()}
            keys = ordered(case(rank, value=station.unit_id, else_=len(names)) if rank
                           else VisitReport.id)
        elif order is SortKey.SOURCE:
            keys = ordered(VisitReport.source)
        elif order is SortKey.UPDATED:
            keys = ordered(VisitReport.updated_at)
        else:
            keys = ordered(VisitReport.arrived_at)
        query = query.order_by(*keys, VisitReport.id)
        return list(session.scalars(query))


def report_rows(db: Database, mission_id: int, ids: Sequence[int],
                language: str = "en") -> list[ReportRow]:
    """The list's columns for these reports, in the order of `ids` (ids no longer there are left
    out)."""
    if not ids:
        return []
    with db.reading() as session:
        mission = session.get(Mission, mission_id)
        if mission is None:
            raise NotFoundError(_("mission {mission_id} no longer exists").format(mission_id=mission_id))
        units = {u.id: u for u in session.scalars(select(AdminUnit).where(
            AdminUnit.mission_id == mission_id))}
        tops = _regions(units)
        wanted = list(ids)
        rows = session.execute(
            select(VisitReport.id, PollingStation.number, PollingStation.name,
                   PollingStation.unit_id, Team.name, VisitReport.phase, VisitReport.arrived_at,
                   VisitReport.departed_at, VisitReport.source, VisitReport.flagged,
                   VisitReport.flag_reason)
            .outerjoin(PollingStation, PollingStation.id == VisitReport.polling_station_id)
            .outerjoin(Team, Team.id == VisitReport.team_id)
            .where(VisitReport.mission_id == mission_id, VisitReport.id.in_(wanted))).all()
        incidents = dict(session.execute(
            select(Incident.report_id, func.count()).where(Incident.report_id.in_(wanted))
            .group_by(Incident.report_id)).all())
        # Counted here rather than in SQL: asked for a page of reports and a list of negative
        # answers at once, SQLite walks the (question, value) index through every report's
        # answers; by report, a page reads its own few thousand answers.
        pairs = set(_negative_pairs(session, mission_id))
        negatives: dict[int, int] = {}
        if pairs:
            for report_id, question_id, value in session.execute(
                    select(Answer.report_id, Answer.question_id, Answer.value)
                    .where(Answer.report_id.in_(wanted))):
                if (question_id, value) in pairs:
                    negatives[report_id] = negatives.get(report_id, 0) + 1
    found = {}
    for (report_id, number, name, unit_id, team, phase, arrived, departed, source, flagged,
         reason) in rows:
        unit = units.get(unit_id) if unit_id is not None else None
        top = units.get(tops.get(unit_id, -1)) if unit_id is not None else None
        found[report_id] = ReportRow(
            report_id, number or "", name or "", top.name(language) if top else "", team or "",
            Phase(phase), arrived, departed, unit.time_zone if unit else mission.time_zone,
            ReportSource(source), bool(flagged), reason or "", incidents.get(report_id, 0),
            negatives.get(report_id, 0))
    return [found[i] for i in wanted if i in found]
