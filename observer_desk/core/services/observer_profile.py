"""One observer's record as the editor sees it: load, check (errors and warnings), save.

Checks run while the user types, so they are cheap; the duplicate search is one indexed query.
"""

from __future__ import annotations

import re
from dataclasses import asdict, dataclass, fields
from datetime import date, datetime, timedelta
from enum import StrEnum

from sqlalchemy import and_, func, or_, select

from ..audit import who_changed
from ..db import Database
from ..errors import NotFoundError, Problem, StaleEditError, ValidationError
from ..identity import current_user
from ..language import _, ngettext
from ..language import _ as translated  # a text marked with N_ where it is kept
from ..models import (
    AccreditationEvent,
    AccreditationStatus,
    BodyType,
    Mission,
    MissionRole,
    Observer,
    ObserverPhoto,
    SendingBody,
    Sex,
)
from .accreditation import DOCUMENT_FIELDS
from .photos import PreparedPhoto

S = AccreditationStatus
EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
PHONE = re.compile(r"^\+?[0-9][0-9 ()\-.]{5,24}$")
CODE = re.compile(r"^[A-Za-z0-9._-]+$")
EXPIRY_MARGIN = timedelta(days=183)  # many states refuse entry on a passport valid under six months

# From this status on, the host commission needs the documents.
DOCUMENT_STATUSES = frozenset({S.DOCUMENTS_COMPLETE, S.SUBMITTED, S.ACCREDITED, S.BADGE_ISSUED})


class Level(StrEnum):
    ERROR = "error"
    WARNING = "warning"


@dataclass(frozen=True)
class Finding:
    field: str
    message: str
    level: Level = Level.ERROR
    other_observer_id: int | None = None  # the possible duplicate, to link to


@dataclass
class ObserverForm:
    code: str = ""
    family_name: str = ""
    given_names: str = ""
    native_name: str = ""
    sex: Sex | None = None
    date_of_birth: date | None = None
    citizenship: str | None = None
    sending_body_id: int | None = None
    institution: str = ""
    position: str = ""
    authority_type: BodyType | None = None
    mission_role: MissionRole = MissionRole.OBSERVER
    passport_number: str = ""
    passport_expiry: date | None = None
    email: str = ""
    phone: str = ""
    languages: str = ""
    arrival_flight: str = ""
    arrival_at: datetime | None = None
    departure_flight: str = ""
    departure_at: datetime | None = None
    hotel: str = ""
    notes: str = ""


FORM_FIELDS = tuple(f.name for f in fields(ObserverForm))


@dataclass(frozen=True)
class LoadedObserver:
    id: int
    version: int
    status: AccreditationStatus
    form: ObserverForm
    photo: bytes | None


def load_observer(db: Database, observer_id: int) -> LoadedObserver:
    with db.reading() as session:
        observer = session.get(Observer, observer_id)
        if observer is None:
            raise NotFoundError(_("this observer no longer exists; reload the roster"))
        photo = session.scalar(select(ObserverPhoto.image).where(ObserverPhoto.observer_id == observer_id))
        form = ObserverForm(**{name: getattr(observer, name) for name in FORM_FIELDS})
        return LoadedObserver(observer.id, observer.version, observer.accreditation_status, form, photo)


def check_observer(db: Database, mission_id: int, form: ObserverForm, *,
                   observer_id: int | None = None, status: AccreditationStatus = S.NOMINATED,
                   has_photo: bool = False) -> list[Finding]:
    """Errors block saving; warnings are shown next to the field and let the user go on."""
    found: list[Finding] = []
    code = form.code.strip()
    if not code:
        found.append(Finding("code", _("Required.")))
    elif not CODE.match(code):
        found.append(Finding("code", _("Use letters, digits, '-', '_' or '.' only (e.g. RU-01).")))
    if not form.family_name.strip():
        found.append(Finding("family_name", _("Required: the family name in Latin script, as in the "
                                              "passport.")))
    if status in DOCUMENT_STATUSES:
        for name, label in DOCUMENT_FIELDS.items():
            if not getattr(form, name):
                found.append(Finding(name, _("Required once documents are complete: {label}.").format(
                    label=translated(label))))
        if not has_photo:
            found.append(Finding("photo", _("Required once documents are complete: a photo.")))
    if form.citizenship and not (len(form.citizenship) == 2 and form.citizenship.isalpha()):
        found.append(Finding("citizenship", _("Choose a country (two-letter ISO code).")))

    with db.reading() as session:
        mission = session.get(Mission, mission_id)
        if mission is None:
            raise NotFoundError(_("the mission no longer exists"))
        if code:
            clash = session.scalar(select(Observer.id).where(
                Observer.mission_id == mission_id, func.lower(Observer.code) == code.lower(),
                Observer.id != (observer_id or -1)))
            if clash is not None:
                found.append(Finding("code", _("Another observer already has the code {code}.").format(
                                         code=code),
                                     other_observer_id=clash))
        if form.mission_role == MissionRole.HEAD:
            head = session.scalar(select(Observer.id).where(
                Observer.mission_id == mission_id, Observer.mission_role == MissionRole.HEAD,
                Observer.id != (observer_id or -1)))
            if head is not None:
                found.append(Finding("mission_role", _("The mission already has a head of mission."),
                                     other_observer_id=head))
        if form.sending_body_id is not None and session.scalar(select(SendingBody.id).where(
                SendingBody.id == form.sending_body_id, SendingBody.mission_id == mission_id)) is None:
            found.append(Finding("sending_body_id", _("Choose one of the mission's sending bodies.")))
        found.extend(_duplicates(session, mission_id, form, observer_id))
        period_end, election = mission.period_end, mission.election_date

    if form.passport_expiry:
        if form.passport_expiry < period_end:
            found.append(Finding("passport_expiry", _("The passport expires before the mission ends "
                                                      "({end:%d.%m.%Y}).").format(end=period_end)))
        elif form.passport_expiry < period_end + EXPIRY_MARGIN:
            found.append(Finding("passport_expiry", _("The passport expires within six months after "
                                                      "the mission; the host state may refuse entry."),
                                 Level.WARNING))
    if form.date_of_birth:
        age = (election - form.date_of_birth).days / 365.25
        if form.date_of_birth > election:
            found.append(Finding("date_of_birth", _("Lies after election day.")))
        elif age < 18:
            found.append(Finding("date_of_birth", ngettext(
                "Would make the observer {n} year old on election day; observers are adults.",
                "Would make the observer {n} years old on election day; observers are adults.",
                int(age)).format(n=int(age))))
        elif age > 95:
            found.append(Finding("date_of_birth", ngettext(
                "Would make the observer {n} year old; check the year.",
                "Would make the observer {n} years old; check the year.", int(age)).format(n=int(age)),
                Level.WARNING))
    if form.email.strip() and not EMAIL.match(form.email.strip()):
        found.append(Finding("email", _("Not an e-mail address (name@example.org).")))
    phone = form.phone.strip()
    if phone:
        if not PHONE.match(phone):
            found.append(Finding("phone", _("Use digits, spaces and an international prefix, e.g. "
                                            "+7 701 555 0101.")))
        elif not phone.startswith("+"):
            found.append(Finding("phone", _("Add the international prefix (+...) so that the number "
                                            "works from the host country."), Level.WARNING))
    if form.arrival_at and form.departure_at and form.departure_at < form.arrival_at:
        found.append(Finding("departure_at", _("Departure is before arrival.")))
    return found


def _duplicates(session, mission_id: int, form: ObserverForm, observer_id: int | None) -> list[Finding]:
    conditions = []
    passport = form.passport_number.strip()
    if passport:
        conditions.append(func.upper(Observer.passport_number) == passport.upper())
    if form.family_name.strip() and form.date_of_birth:
        conditions.append(and_(func.lower(Observer.family_name) == form.family_name.strip().lower(),
                               Observer.date_of_birth == form.date_of_birth))
    if not conditions:
        return []
    rows = session.execute(select(Observer.id, Observer.code, Observer.passport_number).where(
        Observer.mission_id == mission_id, Observer.id != (observer_id or -1), or_(*conditions)).limit(5))
    found = []
    for other_id, other_code, other_passport in rows:
        same_passport = passport and other_passport.strip().upper() == passport.upper()
        field = "passport_number" if same_passport else "family_name"
        if same_passport:
            message = _("Possible duplicate of {code}: the same passport number.")
        else:
            message = _("Possible duplicate of {code}: the same name and date of birth.")
        found.append(Finding(field, message.format(code=other_code), Level.WARNING, other_id))
    return found


def save_observer(db: Database, mission_id: int, form: ObserverForm, *, observer_id: int | None = None,
                  version: int | None = None, photo: PreparedPhoto | None = None,
                  remove_photo: bool = False) -> int:
    """Create or update an observer in one transaction; refused on errors or a stale version."""
    status = S.NOMINATED
    has_photo = photo is not None
    if observer_id is not None:
        with db.reading() as session:
            current = session.get(Observer, observer_id)
            if current is None:
                raise NotFoundError(_("this observer no longer exists; reload the roster"))
            status = current.accreditation_status
            if not has_photo and not remove_photo:
                has_photo = session.get(ObserverPhoto, observer_id) is not None
    errors = [f for f in check_observer(db, mission_id, form, observer_id=observer_id, status=status,
                                        has_photo=has_photo) if f.level == Level.ERROR]
    if errors:
        raise ValidationError([Problem(f.field, f.message) for f in errors])
    values = asdict(form)
    for name, value in values.items():
        if isinstance(value, str):
            values[name] = value.strip()
    values["citizenship"] = (values["citizenship"] or "").upper() or None
    with db.transaction() as session:
        if observer_id is None:
            observer = Observer(mission_id=mission_id, **values)
            session.add(observer)
            session.flush()
            session.add(AccreditationEvent(observer_id=observer.id, user=current_user(),
                                           from_status=None, to_status=S.NOMINATED))
        else:
            observer = session.get(Observer, observer_id)
            if observer is None:
                raise NotFoundError(_("this observer no longer exists; reload the roster"))
            if version is not None and observer.version != version:
                raise StaleEditError(
                    _("{code} was changed{who} since you opened it; close the editor, reopen the "
                      "observer and make your change again").format(
                        code=observer.code, who=who_changed(session, "observer", observer.id)))
            printed = _printed_fields(observer)
            for name, value in values.items():
                setattr(observer, name, value)
            if _printed_fields(observer) != printed or photo is not None or remove_photo:
                observer.badge_version += 1
        if remove_photo:
            existing = session.get(ObserverPhoto, observer.id)
            if existing is not None:
                session.delete(existing)
        if photo is not None:
            existing = session.get(ObserverPhoto, observer.id)
            if existing is None:
                session.add(ObserverPhoto(observer_id=observer.id, image=photo.data,
                                          mime_type=photo.mime_type, width=photo.width, height=photo.height))
            else:
                existing.image, existing.mime_type = photo.data, photo.mime_type
                existing.width, existing.height = photo.width, photo.height
        session.flush()
        return observer.id


def _printed_fields(observer: Observer) -> tuple:
    """What a badge shows; a change here makes a new badge version."""
    return (observer.family_name, observer.given_names, observer.native_name, observer.mission_role,
            observer.sending_body_id, observer.cec_certificate_number)
