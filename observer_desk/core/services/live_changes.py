"""What others changed: the audit entries committed since a window last looked.

Every write leaves audit entries (see core/audit.py), so the audit trail doubles as the change
feed of a shared database. A watcher keeps the highest entry id it has seen; each look is one
small query over the ids above a floor, answered from the primary key. It works alike on
PostgreSQL and on an SQLite file that two programs share.

On PostgreSQL ids are handed out when a transaction inserts its entries, not when it commits, so
an entry with a lower id can appear after one with a higher id. The floor therefore trails the
newest id by a grace period, and the ids seen above it are remembered, so such a late entry is
still found.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import func, select

from ..db import Database
from ..models import AuditAction, AuditEntry

GRACE_S = 30.0  # how long a transaction may take between its audit entries and its commit


@dataclass(frozen=True)
class Change:
    id: int
    at: datetime
    user: str
    mission_id: int | None
    table: str
    record_id: int | None
    action: AuditAction
    summary: str


@dataclass(frozen=True)
class ChangeBatch:
    changes: tuple[Change, ...] = ()

    def __bool__(self) -> bool:
        return bool(self.changes)

    def for_mission(self, mission_id: int | None) -> ChangeBatch:
        return ChangeBatch(tuple(c for c in self.changes if c.mission_id == mission_id))

    def tables(self) -> set[str]:
        return {c.table for c in self.changes}

    def records(self, table: str) -> set[int]:
        return {c.record_id for c in self.changes if c.table == table and c.record_id is not None}

    def latest(self, table: str, record_id: int) -> Change | None:
        found = [c for c in self.changes if c.table == table and c.record_id == record_id]
        return max(found, key=lambda c: c.id) if found else None


class ChangeWatcher:
    """Finds the audit entries committed since the last look. One watcher per open database;
    its looks must not overlap (one thread at a time)."""

    def __init__(self, db: Database, *, grace_s: float = GRACE_S,
                 clock: Callable[[], float] = time.monotonic):
        self.db = db
        self._grace_s = grace_s
        self._clock = clock
        self._floor: int | None = None  # every entry at or below it has been seen
        self._seen: set[int] = set()  # entries above the floor already seen
        self._marker: tuple[int | None, int] | None = None
        self._samples: list[tuple[float, int]] = []  # (when, newest id) of earlier looks

    def start(self) -> None:
        """Take the present as seen: only later changes are reported."""
        with self.db.reading() as session:
            newest = session.scalar(select(func.max(AuditEntry.id))) or 0
        self._floor = newest
        self._seen.clear()
        self._marker = (None, 0)
        self._samples = [(self._clock(), newest)]

    def poll(self) -> ChangeBatch:
        """The entries committed since the last look (all missions), oldest first."""
        if self._floor is None:
            self.start()
            return ChangeBatch()
        floor = self._floor
        with self.db.reading() as session:
            newest, count = session.execute(
                select(func.max(AuditEntry.id), func.count(AuditEntry.id)).where(AuditEntry.id > floor)).one()
            marker = (newest, int(count))
            changes: list[Change] = []
            if marker != self._marker:
                rows = session.execute(
                    select(AuditEntry.id, AuditEntry.at, AuditEntry.user, AuditEntry.mission_id,
                           AuditEntry.table_name, AuditEntry.record_id, AuditEntry.action,
                           AuditEntry.summary)
                    .where(AuditEntry.id > floor).order_by(AuditEntry.id))
                changes = [Change(*row) for row in rows if row[0] not in self._seen]
        self._marker = marker
        self._seen.update(c.id for c in changes)
        self._advance_floor(newest or floor)
        return ChangeBatch(tuple(changes))

    def _advance_floor(self, newest: int) -> None:
        now = self._clock()
        self._samples.append((now, newest))
        settled = [sample for sample in self._samples if now - sample[0] >= self._grace_s]
        if not settled:
            return
        floor = max(self._floor or 0, settled[-1][1])
        self._samples = [sample for sample in self._samples if now - sample[0] < self._grace_s]
        self._samples.insert(0, settled[-1])
        if floor != self._floor:
            self._floor = floor
            self._seen = {i for i in self._seen if i > floor}
            self._marker = None  # the count was over another range
