"""Adding observers in bulk: a nominations list, an import, or a generated mission at scale.

Every record is checked before anything is written, and the whole batch goes in as one
transaction of set-based inserts, so ten thousand observers take a second, not a minute, and a
mistake in record 9,999 leaves the mission exactly as it was.

The small helpers at the top (cancellation, progress, checks shared by every bulk service) live
here because observers were the first thing added in bulk; places, itinerary and reports reuse them.
"""

from __future__ import annotations

import io
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from PIL import Image, UnidentifiedImageError
from sqlalchemy import func, select

from ..db import Database
from ..errors import Problem
from ..identity import current_user
from ..language import _, listed, pgettext
from ..models import (
    AccreditationEvent,
    AccreditationStatus,
    BodyType,
    MissionRole,
    Observer,
    ObserverPhoto,
    SendingBody,
    Sex,
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


@dataclass
class ObserverRecord:
    code: str
    family_name: str
    given_names: str = ""
    native_name: str = ""
    sex: Sex | None = None
    date_of_birth: date | None = None
    citizenship: str | None = None  # ISO alpha-2
    sending_body_code: str | None = None
    institution: str = ""
    position: str = ""
    authority_type: BodyType | None = None
    mission_role: MissionRole = MissionRole.OBSERVER
    passport_number: str = ""
    passport_expiry: date | None = None
    email: str = ""
    phone: str = ""
    languages: str = ""  # "en,ru"
    arrival_flight: str = ""
    arrival_at: datetime | None = None
    departure_flight: str = ""
    departure_at: datetime | None = None
    hotel: str = ""
    notes: str = ""
    photo: bytes | None = None  # a JPEG already brought to badge size (see services.photos)
    status: AccreditationStatus = AccreditationStatus.NOMINATED


OBSERVER_LIMITS = string_limits(Observer)
_TEXT_FIELDS = ("given_names", "native_name", "institution", "position", "passport_number",
                "email", "phone", "languages", "arrival_flight", "departure_flight", "hotel",
                "notes")


def _photo_size(data: bytes, sizes: dict[bytes, tuple[int, int] | str]) -> tuple[int, int] | str:
    """(width, height) of a JPEG, or why it cannot be used. Generated missions reuse a few
    images thousands of times, so each distinct image is opened once."""
    known = sizes.get(data)
    if known is not None:
        return known
    try:
        with Image.open(io.BytesIO(data)) as image:
            result: tuple[int, int] | str = (
                image.size if image.format == "JPEG"
                else _("is a {format} image; store photos as JPEG (prepare them with the photo "
                       "service first)").format(
                    format=image.format or pgettext("image format", "unknown")))
    except (UnidentifiedImageError, OSError, ValueError):
        result = _("is not an image the program can read")
    sizes[data] = result
    return result


def _observer_row(record: ObserverRecord, index: int, bodies: dict[str, int],
                  sizes: dict[bytes, tuple[int, int] | str],
                  problems: list[Problem]) -> tuple[dict[str, Any], tuple[int, int] | None]:
    at = where(index)
    code = (record.code or "").strip()
    family = (record.family_name or "").strip()
    if not code:
        problems.append(Problem("code", _("is required"), at))
    elif not all(c.isalnum() or c in "-_." for c in code):
        problems.append(Problem("code", _("{code!r}: use letters, digits, '-', '_' or '.' only").format(
            code=code), at))
    if not family:
        problems.append(Problem("family_name", _("is required"), at))
    sex = as_enum(Sex, record.sex, "sex", at, problems, optional=True)
    role = as_enum(MissionRole, record.mission_role, "mission_role", at, problems)
    authority = as_enum(BodyType, record.authority_type, "authority_type", at, problems, optional=True)
    status = as_enum(AccreditationStatus, record.status, "status", at, problems)

    citizenship = (record.citizenship or "").strip().upper() or None
    if citizenship and (len(citizenship) != 2 or not citizenship.isalpha()):
        problems.append(Problem("citizenship", _("{value!r}: give the two-letter ISO code (e.g. "
                                                 "CN)").format(value=record.citizenship), at))
    body_id = None
    body_code = (record.sending_body_code or "").strip()
    if body_code:
        body_id = bodies.get(body_code.casefold())
        if body_id is None:
            known = listed(sorted(bodies)) or _("none yet")
            problems.append(Problem("sending_body", _("no sending body with code {code!r} in this "
                                                      "mission (codes: {known})").format(
                code=body_code, known=known), at))
    for field in ("date_of_birth", "passport_expiry"):
        value = getattr(record, field)
        if value is not None and (not isinstance(value, date) or isinstance(value, datetime)):
            problems.append(Problem(field, _("{value!r} is not a date").format(value=value), at))
    if isinstance(record.date_of_birth, date) and record.date_of_birth >= date.today():
        problems.append(Problem("date_of_birth", _("lies in the future"), at))
    if record.email and "@" not in record.email:
        problems.append(Problem("email", _("{value!r} is not an e-mail address").format(
            value=record.email), at))
    times_ok = check_aware(record.arrival_at, "arrival_at", at, problems)
    times_ok &= check_aware(record.departure_at, "departure_at", at, problems)
    if times_ok and record.arrival_at and record.departure_at \
            and ends_before_start(record.arrival_at, record.departure_at):
        problems.append(Problem("departure_at", _("is before the arrival"), at))
    size = None
    if record.photo is not None:
        found = _photo_size(record.photo, sizes)
        if isinstance(found, str):
            problems.append(Problem("photo", found, at))
        else:
            size = found

    row: dict[str, Any] = {
        "code": code,
        "family_name": family,
        "sex": sex,
        "date_of_birth": record.date_of_birth,
        "citizenship": citizenship,
        "sending_body_id": body_id,
        "authority_type": authority,
        "mission_role": role,
        "passport_expiry": record.passport_expiry,
        "arrival_at": record.arrival_at,
        "departure_at": record.departure_at,
        "accreditation_status": status,
    }
    for field in _TEXT_FIELDS:
        row[field] = (getattr(record, field) or "").strip()
    check_lengths(row, OBSERVER_LIMITS, at, problems)
    return row, size


def add_observers(db: Database, mission_id: int, records: Sequence[ObserverRecord],
                  progress: Progress | None = None) -> int:
    """Add observers with their photos and the first step of their accreditation history.

    Refuses (writing nothing) duplicate codes, codes the mission already uses, unknown sending
    bodies, a second head of mission and unusable values; returns how many were added.
    """
    total = len(records)
    user = current_user()
    with db.transaction() as session:
        require_mission(session, mission_id)
        bodies = {code.casefold(): body_id for body_id, code in session.execute(
            select(SendingBody.id, SendingBody.code).where(SendingBody.mission_id == mission_id))}
        taken = {code.casefold(): code for code in session.scalars(
            select(Observer.code).where(Observer.mission_id == mission_id))}
        has_head = session.scalar(select(func.count()).where(
            Observer.mission_id == mission_id, Observer.mission_role == MissionRole.HEAD)) > 0

        problems: list[Problem] = []
        sizes: dict[bytes, tuple[int, int] | str] = {}
        rows: list[dict[str, Any]] = []
        photo_sizes: list[tuple[int, int] | None] = []
        heads: list[int] = []
        for index, record in enumerate(records, start=1):
            row, size = _observer_row(record, index, bodies, sizes, problems)
            rows.append(row)
            photo_sizes.append(size)
            if row["code"] and row["code"].casefold() in taken:
                problems.append(Problem("code", _("{code!r} is already used by an observer of this "
                                                  "mission").format(code=row["code"]), where(index)))
            if row["mission_role"] == MissionRole.HEAD:
                heads.append(index)
        for indexes in duplicates(row["code"] for row in rows).values():
            for index in indexes[1:]:
                problems.append(Problem("code", _("{code!r} is given twice (also record "
                                                  "{first})").format(code=rows[index - 1]["code"],
                                                                     first=indexes[0]),
                                        where(index)))
        if heads and has_head:
            problems.append(Problem("mission_role", _("the mission has a head already; change the "
                                                      "head in the mission settings"), where(heads[0])))
        for index in heads[1:]:
            problems.append(Problem("mission_role", _("a mission has one head (record {first} is head "
                                                      "already)").format(first=heads[0]), where(index)))
        raise_problems(problems)

        now = utcnow()
        stamp = {"mission_id": mission_id, "created_at": now, "updated_at": now, "version": 1}
        report_progress(progress, 0, total)
        for part in chunks(total):
            ids = insert_with_ids(session, Observer, [rows[i] | stamp for i in part], ("code",))
            insert_rows(session, ObserverPhoto, [
                {"observer_id": observer_id, "image": records[i].photo, "mime_type": "image/jpeg",
                 "width": size[0], "height": size[1], "updated_at": now}
                for observer_id, i in zip(ids, part, strict=True)
                if (size := photo_sizes[i]) is not None
            ])
            insert_rows(session, AccreditationEvent, [
                {"observer_id": observer_id, "at": now, "user": user, "from_status": None,
                 "to_status": rows[i]["accreditation_status"]}
                for observer_id, i in zip(ids, part, strict=True)
            ])
            report_progress(progress, part.stop, total)
    return total
