"""The roster: the mission's observers as flat rows for tables, filters and workbooks."""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import case, exists, or_, select

from ..db import Database
from ..models import (
    AccreditationStatus,
    BodyType,
    MissionRole,
    Observer,
    ObserverPhoto,
    SendingBody,
    Sex,
)

ROLE_ORDER = {role: rank for rank, role in enumerate(MissionRole)}


@dataclass(frozen=True)
class RosterRow:
    id: int
    version: int
    code: str
    family_name: str
    given_names: str
    native_name: str
    sex: Sex | None
    date_of_birth: date | None
    citizenship: str | None
    body_id: int | None
    body_code: str
    body_name: str
    body_position: int
    institution: str
    position: str
    authority_type: BodyType | None
    mission_role: MissionRole
    status: AccreditationStatus
    passport_number: str
    passport_expiry: date | None
    email: str
    phone: str
    languages: str
    arrival_flight: str
    arrival_at: datetime | None
    departure_flight: str
    departure_at: datetime | None
    hotel: str
    cec_note_reference: str
    cec_note_date: date | None
    cec_certificate_number: str
    cec_certificate_date: date | None
    badge_version: int
    has_photo: bool
    notes: str

    @property
    def full_name(self) -> str:
        return f"{self.family_name.upper()} {self.given_names}".strip()


def mask_passport(number: str) -> str:
    """Passport numbers in lists show only their last three characters."""
    number = number.strip()
    if not number:
        return ""
    if len(number) <= 3:
        return "•" * len(number)
    return "•" * (len(number) - 3) + number[-3:]


def roster_rows(db: Database, mission_id: int, *, search: str = "",
                statuses: Collection[AccreditationStatus] = (),
                body_ids: Collection[int] = (), roles: Collection[MissionRole] = (),
                observer_ids: Collection[int] = ()) -> list[RosterRow]:
    """The mission's observers, ordered by sending body, role and name, with optional filters."""
    has_photo = exists().where(ObserverPhoto.observer_id == Observer.id)
    role_rank = case({role.value: rank for role, rank in ROLE_ORDER.items()},
                     value=Observer.mission_role, else_=99)
    query = (
        select(
            Observer.id, Observer.version, Observer.code, Observer.family_name, Observer.given_names,
            Observer.native_name, Observer.sex, Observer.date_of_birth, Observer.citizenship,
            Observer.sending_body_id, SendingBody.code, SendingBody.name_en, SendingBody.position,
            Observer.institution, Observer.position, Observer.authority_type, Observer.mission_role,
            Observer.accreditation_status, Observer.passport_number, Observer.passport_expiry,
            Observer.email, Observer.phone, Observer.languages, Observer.arrival_flight,
            Observer.arrival_at, Observer.departure_flight, Observer.departure_at, Observer.hotel,
            Observer.cec_note_reference, Observer.cec_note_date, Observer.cec_certificate_number,
            Observer.cec_certificate_date, Observer.badge_version, has_photo.label("has_photo"),
            Observer.notes,
        )
        .outerjoin(SendingBody, SendingBody.id == Observer.sending_body_id)
        .where(Observer.mission_id == mission_id)
        .order_by(SendingBody.position, role_rank, Observer.family_name, Observer.given_names,
                  Observer.code)
    )
    if statuses:
        query = query.where(Observer.accreditation_status.in_(list(statuses)))
    if body_ids:
        query = query.where(Observer.sending_body_id.in_(list(body_ids)))
    if roles:
        query = query.where(Observer.mission_role.in_(list(roles)))
    if observer_ids:
        query = query.where(Observer.id.in_(list(observer_ids)))
    if search.strip():
        pattern = f"%{search.strip()}%"
        query = query.where(or_(
            Observer.code.ilike(pattern), Observer.family_name.ilike(pattern),
            Observer.given_names.ilike(pattern), Observer.native_name.ilike(pattern),
            Observer.institution.ilike(pattern), Observer.position.ilike(pattern)))
    with db.reading() as session:
        rows = session.execute(query).all()
    return [_row(values) for values in rows]


_FIELDS = tuple(RosterRow.__dataclass_fields__)


def _row(values: tuple) -> RosterRow:
    data = dict(zip(_FIELDS, values, strict=True))
    # An observer not yet assigned to a sending body sorts last and shows blank.
    data["body_code"] = data["body_code"] or ""
    data["body_name"] = data["body_name"] or ""
    if data["body_position"] is None:
        data["body_position"] = 1_000_000
    data["has_photo"] = bool(data["has_photo"])
    return RosterRow(**data)
