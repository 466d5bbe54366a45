"""Read-only summaries of a mission: the key facts and how much each area holds.

The counts come from a handful of aggregate queries so that the overview stays instant for a
mission with thousands of observers and reports; nothing here loads rows one by one.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime

from sqlalchemy import func, select

from ..db import Database
from ..errors import NotFoundError
from ..language import _
from ..models import (
    AccreditationStatus,
    ElectionType,
    Event,
    Incident,
    Mission,
    MissionRole,
    Observer,
    PollingStation,
    SendingBody,
    Statement,
    Team,
    VisitReport,
)

# Statuses of people who are no longer (or never were) part of the mission.
INACTIVE_STATUSES = frozenset(
    {AccreditationStatus.REJECTED, AccreditationStatus.WITHDRAWN, AccreditationStatus.REPLACED}
)


@dataclass(frozen=True)
class PersonRef:
    """An observer as shown in pickers and summaries, without the personal data."""

    id: int
    code: str
    full_name: str  # FAMILY Given, in Latin script
    native_name: str
    position: str
    sending_body: str
    role: MissionRole

    @property
    def label(self) -> str:
        parts = [self.full_name]
        if self.native_name and self.native_name != self.full_name:
            parts.append(f"({self.native_name})")
        if self.sending_body:
            parts.append(f"— {self.sending_body}")
        return " ".join(parts)


@dataclass(frozen=True)
class MissionOverview:
    mission_id: int
    code: str
    title: str
    organisation: str
    organisation_short: str
    host_country: str
    election_type: ElectionType
    election_date: date
    period_start: date
    period_end: date
    cec_name: str
    time_zone: str
    working_languages: tuple[str, ...]
    version: int
    head_of_mission: PersonRef | None
    observers_by_status: dict[AccreditationStatus, int] = field(default_factory=dict)
    sending_bodies: int = 0
    quota_total: int | None = None  # None when no body has a quota
    polling_stations: int = 0
    teams: int = 0
    events: int = 0
    visit_reports: int = 0
    incidents: int = 0
    statements: int = 0
    closed_at: datetime | None = None  # personal data purged when the mission was closed

    @property
    def observers(self) -> int:
        return sum(self.observers_by_status.values())

    @property
    def active_observers(self) -> int:
        return sum(n for status, n in self.observers_by_status.items() if status not in INACTIVE_STATUSES)

    @property
    def accredited_observers(self) -> int:
        return self.observers_by_status.get(AccreditationStatus.ACCREDITED, 0) + self.observers_by_status.get(
            AccreditationStatus.BADGE_ISSUED, 0
        )


def _count(model: type, mission_id: int):  # noqa: ANN202 - a scalar subquery
    return select(func.count()).select_from(model).where(model.mission_id == mission_id).scalar_subquery()


def _person_query():  # noqa: ANN202
    return select(
        Observer.id,
        Observer.code,
        Observer.family_name,
        Observer.given_names,
        Observer.native_name,
        Observer.position,
        SendingBody.name_en,
        Observer.mission_role,
    ).outerjoin(SendingBody, SendingBody.id == Observer.sending_body_id)


def _person(row) -> PersonRef:  # noqa: ANN001
    obs_id, code, family, given, native, position, body, role = row
    return PersonRef(
        id=obs_id,
        code=code,
        full_name=f"{family.upper()} {given}".strip(),
        native_name=native or "",
        position=position or "",
        sending_body=body or "",
        role=role,
    )


def mission_overview(db: Database, mission_id: int) -> MissionOverview:
    """The mission's key facts and the size of each area, in four queries."""
    counts = select(
        _count(SendingBody, mission_id),
        select(func.sum(SendingBody.quota)).where(SendingBody.mission_id == mission_id).scalar_subquery(),
        _count(PollingStation, mission_id),
        _count(Team, mission_id),
        _count(Event, mission_id),
        _count(VisitReport, mission_id),
        _count(Incident, mission_id),
        _count(Statement, mission_id),
    )
    by_status = (
        select(Observer.accreditation_status, func.count())
        .where(Observer.mission_id == mission_id)
        .group_by(Observer.accreditation_status)
    )
    head = _person_query().where(Observer.mission_id == mission_id, Observer.mission_role == MissionRole.HEAD)
    with db.reading() as session:
        mission = session.get(Mission, mission_id)
        if mission is None:
            raise NotFoundError(_("mission {mission_id} no longer exists").format(mission_id=mission_id))
        bodies, quota, stations, teams, events, reports, incidents, statements = session.execute(counts).one()
        statuses = {status: 0 for status in AccreditationStatus}
        for status, n in session.execute(by_status):
            statuses[AccreditationStatus(status)] = n
        head_row = session.execute(head).first()
        return MissionOverview(
            mission_id=mission.id,
            code=mission.code,
            title=mission.title,
            organisation=mission.organisation,
            organisation_short=mission.organisation_short,
            host_country=mission.host_country,
            election_type=mission.election_type,
            election_date=mission.election_date,
            period_start=mission.period_start,
            period_end=mission.period_end,
            cec_name=mission.cec_name,
            time_zone=mission.time_zone,
            working_languages=tuple(mission.languages),
            version=mission.version,
            head_of_mission=_person(head_row) if head_row is not None else None,
            observers_by_status=statuses,
            sending_bodies=bodies,
            quota_total=quota,
            polling_stations=stations,
            teams=teams,
            events=events,
            visit_reports=reports,
            incidents=incidents,
            statements=statements,
            closed_at=mission.closed_at,
        )


def mission_people(db: Database, mission_id: int) -> list[PersonRef]:
    """The mission's observers in roster order (by sending body, then code), e.g. to pick the head."""
    query = (
        _person_query()
        .where(Observer.mission_id == mission_id)
        .order_by(func.coalesce(SendingBody.position, 1_000_000), Observer.code)
    )
    with db.reading() as session:
        return [_person(row) for row in session.execute(query)]
