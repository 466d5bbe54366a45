"""Closing a mission: its observers' personal data is purged, what the mission did stays.

Once the mission is over, the secretariat no longer needs passport numbers, dates of birth,
contacts or photos, and keeping them is a risk. Closing removes them in one transaction and
keeps names, roles, sending bodies, the accreditation history, the itinerary, the findings and
the statements. The audit trail records the purge (its own values of personal data were masked
from the start), and the mission records when it was closed.

Backups taken before the closing still hold the data; the caller says so to the user.
"""

from __future__ import annotations

import time
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import delete, func, or_, select, update

from ..audit import quiet, record_audit
from ..db import Database
from ..errors import NotFoundError
from ..language import _
from ..models import AuditAction, Mission, Observer, ObserverPhoto, Team, utcnow

# What closing removes from each observer, and the value it leaves.
PURGED_FIELDS: dict[str, object] = {
    "passport_number": "",
    "passport_expiry": None,
    "date_of_birth": None,
    "email": "",
    "phone": "",
    "notes": "",
}


@dataclass(frozen=True)
class PurgeResult:
    mission_code: str
    closed_at: datetime
    observers: int
    photos: int
    driver_phones: int


def purge_personal_data(db: Database, mission_id: int) -> PurgeResult:
    """Close the mission: purge its observers' personal data (passport number and expiry, date
    of birth, e-mail, phone, notes, photo) and its drivers' phone numbers, in one transaction,
    with one entry in the audit trail."""
    now = utcnow()
    with db.transaction() as session:
        mission = session.get(Mission, mission_id)
        if mission is None:
            raise NotFoundError(_("mission {mission_id} no longer exists").format(mission_id=mission_id))
        quiet(session)  # one entry for the purge, not one per observer
        if db.is_sqlite:
            # Freed space is overwritten with zeros, so the removed values do not linger in
            # the file's free pages.
            session.connection().exec_driver_sql("PRAGMA secure_delete = ON")
        observer_ids = select(Observer.id).where(Observer.mission_id == mission_id)
        observers = session.scalar(select(func.count()).select_from(Observer)
                                   .where(Observer.mission_id == mission_id)) or 0
        photos = session.execute(delete(ObserverPhoto).where(
            ObserverPhoto.observer_id.in_(observer_ids))).rowcount or 0
        session.execute(update(Observer).where(Observer.mission_id == mission_id).values(
            version=Observer.version + 1, updated_at=now, **PURGED_FIELDS))
        drivers = session.execute(update(Team).where(
            Team.mission_id == mission_id, Team.driver_phone != "").values(
            driver_phone="", version=Team.version + 1, updated_at=now)).rowcount or 0
        mission.closed_at = now
        session.flush()
        if db.is_sqlite:
            session.connection().exec_driver_sql("PRAGMA secure_delete = OFF")
        record_audit(
            session, table="mission", record_id=mission.id, mission_id=mission.id,
            action=AuditAction.PURGE, at=now,
            summary=f"mission {mission.code} closed: personal data of {observers} observer(s) "
                    f"purged ({photos} photo(s))",
            changes={"closed_at": [None, now.isoformat(timespec="seconds")],
                     "observers purged": [None, observers], "photos removed": [None, photos],
                     "driver phones removed": [None, drivers],
                     "fields purged": [None, ", ".join(f.replace("_", " ") for f in PURGED_FIELDS)]})
        code = mission.code
    if db.is_sqlite:
        # Fold the write-ahead log into the database, so the old values leave it as well.
        with db.engine.connect() as connection:
            connection.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    else:
        _rewrite_purged_tables(db)
    return PurgeResult(code, now, observers, photos, drivers)


def _rewrite_purged_tables(db: Database) -> None:
    """PostgreSQL keeps the old versions of updated rows in the table's files until a vacuum,
    and a vacuum keeps them while any transaction that began before the purge (of any user, in
    any database of the server) could still see them. So first wait, a few seconds at most, for
    those transactions to end; then VACUUM FULL writes the tables anew and deletes the old files.
    It needs the tables to itself for a moment: when another user holds them past a few seconds a
    plain VACUUM (which frees the old rows for reuse without waiting) is done instead. Copies in
    the server's write-ahead log and in its backups are the administrator's to manage."""
    from sqlalchemy.exc import DBAPIError

    tables = ", ".join(t.__tablename__ for t in (Observer, ObserverPhoto, Team))
    with db.engine.connect().execution_options(isolation_level="AUTOCOMMIT") as connection:
        purged_before = connection.exec_driver_sql(
            "SELECT pg_snapshot_xmax(pg_current_snapshot())::text::bigint").scalar()
        deadline = time.monotonic() + 10
        while time.monotonic() < deadline and connection.exec_driver_sql(
                "SELECT pg_snapshot_xmin(pg_current_snapshot())::text::bigint").scalar() < purged_before:
            time.sleep(0.05)
        connection.exec_driver_sql("SET lock_timeout = '3s'")
        try:
            connection.exec_driver_sql(f"VACUUM FULL {tables}")
        except DBAPIError:
            connection.exec_driver_sql(f"VACUUM {tables}")
        finally:
            connection.exec_driver_sql("RESET lock_timeout")


def personal_data_left(db: Database, mission_id: int) -> int:
    """How many of the mission's observers still hold any of the purged fields or a photo."""
    conditions = [
        Observer.passport_number != "", Observer.passport_expiry.is_not(None),
        Observer.date_of_birth.is_not(None), Observer.email != "", Observer.phone != "",
        Observer.notes != "",
        Observer.id.in_(select(ObserverPhoto.observer_id)),
    ]
    with db.reading() as session:
        return session.scalar(select(func.count()).select_from(Observer).where(
            Observer.mission_id == mission_id, or_(*conditions))) or 0
