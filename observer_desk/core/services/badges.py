"""Accreditation badges: whose badges to print, what goes on them, the check before printing, and
the log of print runs.

Which observers:
- by default every accredited observer (accredited, or with a badge issued already);
- "all": every observer still in the mission (not rejected, withdrawn or replaced);
- named observers, whatever their status.
A badge of an observer who is not accredited is printed as a draft, marked "DRAFT - NOT VALID".

Badge versions: an observer's badge version rises whenever what the badge shows changes (see
services.observer_profile). A badge "changed since it was last printed" when its version is above
the version of its last print; it is "up to date" when that print is the current version and the
badge was issued (an accredited observer whose badge was never issued still needs one, even if a
draft of it was printed before accreditation).

Print runs: `record_print_run` logs which observers, at which badge version, on which layout,
when, by whom, and why if it is a reprint (a reprint needs a reason); accredited observers move to
"badge issued" through the accreditation workflow, with an entry in their history.

QR payload: the badge's QR code holds the text "<mission code>|<observer code>|<badge version>",
for example "SCO-KZ-2022|SCO-01|3" (UTF-8). A "|" or "%" inside a code is written as %7C or %25, so
the three fields always split cleanly; `parse_qr_payload` reads it back. A scanned badge whose
version is below the observer's current badge version is an outdated badge.
"""

from __future__ import annotations

from collections.abc import Collection, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import func, select

from ..audit import acting_user
from ..db import Database
from ..errors import NotFoundError, Problem, UsageError, ValidationError
from ..identity import current_user
from ..language import _, labelled, listed, ngettext, pgettext
from ..models import (
    AccreditationEvent,
    AccreditationStatus,
    BadgePrintItem,
    BadgePrintRun,
    Mission,
    MissionRole,
    Observer,
    ObserverPhoto,
    SendingBody,
)
from .accreditation import ACCREDITED_STATUSES, ACTIVE_STATUSES, TRANSITIONS
from .roster import RosterRow, roster_rows

S = AccreditationStatus


# --- What the documents layer draws ------------------------------------------------------------

@dataclass(frozen=True)
class BadgeMission:
    code: str
    organisation: str
    organisation_short: str
    title: str
    valid_from: date
    valid_until: date
    contact: str


@dataclass(frozen=True)
class BadgeData:
    observer_id: int
    code: str
    family_name: str
    given_names: str
    native_name: str
    role: MissionRole
    body_name: str
    certificate_number: str
    badge_version: int
    status: AccreditationStatus
    photo: bytes | None  # the stored JPEG (413 x 531, 35 x 45 mm at 300 dpi), None for none
    qr_payload: str

    @property
    def draft(self) -> bool:
        return self.status not in ACCREDITED_STATUSES

    @property
    def display_name(self) -> str:
        return f"{self.family_name.upper()} {self.given_names}".strip()


def _escape_field(value: str) -> str:
    return value.replace("%", "%25").replace("|", "%7C")


def qr_payload(mission_code: str, observer_code: str, badge_version: int) -> str:
    return f"{_escape_field(mission_code)}|{_escape_field(observer_code)}|{badge_version}"


def parse_qr_payload(payload: str) -> tuple[str, str, int]:
    """(mission code, observer code, badge version) from a scanned badge; ValueError if the text
    is not a badge payload."""
    parts = payload.split("|")
    if len(parts) != 3 or not parts[2].isdigit():
        raise ValueError(_("not an Observer Desk badge code: {payload!r}").format(payload=payload))

    def unescape(value: str) -> str:
        return value.replace("%7C", "|").replace("%25", "%")

    return unescape(parts[0]), unescape(parts[1]), int(parts[2])


# --- Which observers ---------------------------------------------------------------------------

@dataclass(frozen=True)
class BadgeCandidate:
    """An observer as the badge dialog lists them: status, badge version and last print."""

    observer_id: int
    code: str
    name: str
    native_name: str
    body_code: str
    role: MissionRole
    status: AccreditationStatus
    badge_version: int
    has_photo: bool
    last_printed_version: int | None
    last_printed_at: datetime | None

    @property
    def accredited(self) -> bool:
        return self.status in ACCREDITED_STATUSES

    @property
    def printed(self) -> bool:
        return self.last_printed_version is not None

    @property
    def changed_since_printed(self) -> bool:
        return self.last_printed_version is not None and self.badge_version > self.last_printed_version

    @property
    def up_to_date(self) -> bool:
        """Printed at the current version and nothing left to issue: what "skip already printed"
        skips."""
        return (self.last_printed_version is not None
                and self.badge_version <= self.last_printed_version
                and self.status is not S.ACCREDITED)


def _last_prints(db: Database, mission_id: int) -> dict[int, tuple[int, datetime]]:
    """observer id -> (highest printed badge version, time of the last run that printed it)."""
    query = (
        select(BadgePrintItem.observer_id, func.max(BadgePrintItem.badge_version),
               func.max(BadgePrintRun.at))
        .join(BadgePrintRun, BadgePrintRun.id == BadgePrintItem.run_id)
        .where(BadgePrintRun.mission_id == mission_id)
        .group_by(BadgePrintItem.observer_id)
    )
    with db.reading() as session:
        return {observer_id: (version, at) for observer_id, version, at in session.execute(query)}


def _candidate(row: RosterRow, prints: Mapping[int, tuple[int, datetime]]) -> BadgeCandidate:
    version, at = prints.get(row.id, (None, None))
    return BadgeCandidate(
        observer_id=row.id, code=row.code, name=row.full_name, native_name=row.native_name,
        body_code=row.body_code, role=row.mission_role, status=row.status,
        badge_version=row.badge_version, has_photo=row.has_photo,
        last_printed_version=version, last_printed_at=at)


def badge_candidates(db: Database, mission_id: int,
                     observer_ids: Collection[int] = ()) -> list[BadgeCandidate]:
    """Every observer of the mission (or those named), in roster order, with their print state."""
    prints = _last_prints(db, mission_id)
    return [_candidate(row, prints) for row in roster_rows(db, mission_id, observer_ids=observer_ids)]


def select_observers(db: Database, mission_id: int, *, codes: Sequence[str] = (),
                     include_all: bool = False) -> list[int]:
    """Ids of the observers whose badges to print, in roster order: the named codes (whatever
    their status), else every active observer with `include_all`, else every accredited one."""
    if codes and include_all:
        raise UsageError(_("name observers or ask for all of them, not both"))
    if codes:
        wanted = [code.strip() for code in codes if code.strip()]
        with db.reading() as session:
            found = dict(session.execute(
                select(Observer.code, Observer.id)
                .where(Observer.mission_id == mission_id, Observer.code.in_(wanted))).all())
        unknown = [code for code in wanted if code not in found]
        if unknown:
            raise NotFoundError(ngettext("no observer with code {codes} in this mission",
                                         "no observer with codes {codes} in this mission",
                                         len(unknown)).format(codes=listed(unknown)))
        ids = set(found.values())
        return [row.id for row in roster_rows(db, mission_id, observer_ids=ids)]
    statuses = ACTIVE_STATUSES if include_all else ACCREDITED_STATUSES
    return [row.id for row in roster_rows(db, mission_id, statuses=statuses)]


# --- What goes on them -------------------------------------------------------------------------

def badge_mission(db: Database, mission_id: int) -> BadgeMission:
    with db.reading() as session:
        mission = session.get(Mission, mission_id)
        if mission is None:
            raise NotFoundError(_("mission {mission_id} no longer exists").format(mission_id=mission_id))
        return BadgeMission(
            code=mission.code, organisation=mission.organisation,
            organisation_short=mission.organisation_short, title=mission.title,
            valid_from=mission.period_start, valid_until=mission.period_end,
            contact=mission.contact)


def load_badges(db: Database, mission_id: int, observer_ids: Sequence[int],
                language: str = "en") -> tuple[BadgeMission, list[BadgeData]]:
    """The mission and the badges of these observers, in roster order, with their photos and
    the sending body named in `language` (en, ru or zh)."""
    mission = badge_mission(db, mission_id)
    if not observer_ids:
        return mission, []
    rows = roster_rows(db, mission_id, observer_ids=observer_ids)
    found = {row.id for row in rows}
    missing = [i for i in observer_ids if i not in found]
    if missing:
        raise NotFoundError(_("some of the chosen observers no longer exist in this mission; "
                              "reload the roster"))
    ids = [row.id for row in rows]
    with db.reading() as session:
        photos: dict[int, bytes] = {}
        # In chunks: one IN list per few hundred keeps every database's parameter limit happy.
        for start in range(0, len(ids), 500):
            chunk = ids[start:start + 500]
            photos.update(session.execute(
                select(ObserverPhoto.observer_id, ObserverPhoto.image)
                .where(ObserverPhoto.observer_id.in_(chunk))).all())
        bodies = {body.id: body for body in session.scalars(
            select(SendingBody).where(SendingBody.mission_id == mission_id))}
    badges = []
    for row in rows:
        body = bodies.get(row.body_id) if row.body_id is not None else None
        badges.append(BadgeData(
            observer_id=row.id, code=row.code, family_name=row.family_name,
            given_names=row.given_names, native_name=row.native_name, role=row.mission_role,
            body_name=body.name(language) if body is not None else "",
            certificate_number=row.cec_certificate_number, badge_version=row.badge_version,
            status=row.status, photo=photos.get(row.id),
            qr_payload=qr_payload(mission.code, row.code, row.badge_version)))
    return mission, badges


# --- The check before printing -----------------------------------------------------------------

@dataclass(frozen=True)
class BadgeProblem:
    """Something that would not print right: whose badge (blank for the mission's own texts),
    which field, and what."""

    observer_code: str
    observer_name: str
    field: str
    message: str

    def __str__(self) -> str:
        who = f"{self.observer_code} {self.observer_name}".strip() or pgettext("badge problem",
                                                                               "mission")
        return labelled(labelled(who, self.field), self.message)


def check_badges(mission: BadgeMission, badges: Sequence[BadgeData], layout: str, *,
                 language: str = "en", back: bool = False) -> list[BadgeProblem]:
    """Every character no bundled font covers and every text that does not fit its place on the
    badge, for the given layout; empty when the run can be printed."""
    from ...documents.badges.check import badge_problems

    return [BadgeProblem(code, name, field, message) for code, name, field, message
            in badge_problems(mission, badges, layout, language=language, back=back)]


# --- Print runs --------------------------------------------------------------------------------

@dataclass(frozen=True)
class PrintRunResult:
    run_id: int
    at: datetime
    user: str
    layout: str
    reason: str
    printed: int
    issued: list[str]  # codes of observers who moved to "badge issued"
    reprinted: list[str]  # codes of observers whose badge had been printed before
    drafts: list[str]  # codes of observers printed as drafts (not accredited)


@dataclass(frozen=True)
class PrintRunInfo:
    run_id: int
    at: datetime
    user: str
    layout: str
    reason: str
    observers: int


def previously_printed(db: Database, observer_ids: Collection[int]) -> list[str]:
    """Codes of these observers who had a badge printed in an earlier run (so printing them
    again is a reprint, which needs a reason)."""
    if not observer_ids:
        return []
    with db.reading() as session:
        return list(session.scalars(
            select(Observer.code).where(
                Observer.id.in_(list(observer_ids)),
                Observer.id.in_(select(BadgePrintItem.observer_id)))
            .order_by(Observer.code)))


def record_print_run(db: Database, mission_id: int, observer_ids: Sequence[int], layout: str,
                     reason: str = "", user: str | None = None, *,
                     printed_versions: Mapping[int, int] | None = None) -> PrintRunResult:
    """Log a print run and issue the badges of the accredited observers in it, in one
    transaction. `printed_versions` (observer id -> badge version) says which version went on
    paper when the document was made earlier than now; by default the current versions.
    A reprint without a reason is refused and nothing is recorded."""
    from ...documents.badges.layouts import LAYOUTS

    user = user or current_user()
    reason = reason.strip()
    if layout not in LAYOUTS:
        raise UsageError(_("unknown badge layout {layout!r} (layouts: {layouts})")
                         .format(layout=layout, layouts=listed(LAYOUTS)))
    ids = list(dict.fromkeys(observer_ids))
    if not ids:
        raise UsageError(_("no badges to record: the print run is empty"))
    with db.transaction() as session:
        acting_user(session, user)
        observers = list(session.scalars(
            select(Observer).where(Observer.id.in_(ids), Observer.mission_id == mission_id)
            .order_by(Observer.code)))
        if len(observers) != len(ids):
            raise NotFoundError(_("some of the printed observers no longer exist in this mission; "
                                  "reload the roster"))
        reprinted = list(session.scalars(
            select(Observer.code).where(
                Observer.id.in_(ids), Observer.id.in_(select(BadgePrintItem.observer_id)))
            .order_by(Observer.code)))
        if reprinted and not reason:
            raise ValidationError([Problem(
                "reason", _("{codes} had badges printed before: give the reason for the reprint "
                            "(lost badge, changed name, ...)").format(codes=listed(reprinted)))])
        run = BadgePrintRun(mission_id=mission_id, user=user, layout=layout, reason=reason)
        session.add(run)
        session.flush()
        issued: list[str] = []
        drafts: list[str] = []
        for observer in observers:
            version = (printed_versions or {}).get(observer.id, observer.badge_version)
            session.add(BadgePrintItem(run_id=run.id, observer_id=observer.id, badge_version=version))
            status = observer.accreditation_status
            if status not in ACCREDITED_STATUSES:
                drafts.append(observer.code)
            elif status is S.ACCREDITED and S.BADGE_ISSUED in TRANSITIONS[status]:
                session.add(AccreditationEvent(
                    observer_id=observer.id, user=user, from_status=status,
                    to_status=S.BADGE_ISSUED, reference=f"print run {run.id}",
                    note=f"badge version {version} printed ({layout})"))
                observer.accreditation_status = S.BADGE_ISSUED
                issued.append(observer.code)
        session.flush()
        return PrintRunResult(run_id=run.id, at=run.at, user=user, layout=layout, reason=reason,
                              printed=len(observers), issued=issued, reprinted=reprinted,
                              drafts=drafts)


def print_runs(db: Database, mission_id: int) -> list[PrintRunInfo]:
    """The mission's print runs, newest first."""
    counts = (select(BadgePrintItem.run_id, func.count().label("n"))
              .group_by(BadgePrintItem.run_id).subquery())
    query = (
        select(BadgePrintRun.id, BadgePrintRun.at, BadgePrintRun.user, BadgePrintRun.layout,
               BadgePrintRun.reason, func.coalesce(counts.c.n, 0))
        .outerjoin(counts, counts.c.run_id == BadgePrintRun.id)
        .where(BadgePrintRun.mission_id == mission_id)
        .order_by(BadgePrintRun.at.desc(), BadgePrintRun.id.desc())
    )
    with db.reading() as session:
        return [PrintRunInfo(*row) for row in session.execute(query)]


def print_history(db: Database, observer_id: int) -> list[tuple[PrintRunInfo, int]]:
    """The runs that printed this observer's badge, newest first, with the version printed."""
    query = (
        select(BadgePrintRun.id, BadgePrintRun.at, BadgePrintRun.user, BadgePrintRun.layout,
               BadgePrintRun.reason, BadgePrintItem.badge_version)
        .join(BadgePrintItem, BadgePrintItem.run_id == BadgePrintRun.id)
        .where(BadgePrintItem.observer_id == observer_id)
        .order_by(BadgePrintRun.at.desc(), BadgePrintRun.id.desc())
    )
    with db.reading() as session:
        return [(PrintRunInfo(run_id, at, user, layout, reason, 1), version)
                for run_id, at, user, layout, reason, version in session.execute(query)]
