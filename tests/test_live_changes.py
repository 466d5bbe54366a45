"""The audit trail read as a change feed: what another connection committed since the last look."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

import pytest
from live_fixtures import mission_with_observers
from sqlalchemy import func, insert, select

from observer_desk.core.db import Database, open_database
from observer_desk.core.models import AccreditationStatus as S
from observer_desk.core.models import AuditAction, AuditEntry
from observer_desk.core.services.accreditation import StatusChange, change_status
from observer_desk.core.services.live_changes import ChangeWatcher


@pytest.fixture
def other(db_url: str, db: Database) -> Iterator[Database]:
    """A second connection to the same database, as another user's program would have."""
    database = open_database(db_url)
    yield database
    database.dispose()


@pytest.fixture
def mission(db: Database) -> tuple[int, int]:
    mission_id, observer_ids = mission_with_observers(db, observers=1)
    return mission_id, observer_ids[0]


class Clock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def test_changes_of_another_connection_are_found_once(db: Database, other: Database, mission) -> None:
    mission_id, observer_id = mission
    watcher = ChangeWatcher(db)
    watcher.start()
    assert not watcher.poll()
    change_status(other, [observer_id], StatusChange(S.SUBMITTED, reference="SCO/114", reference_date=date(2022, 11, 1)),
                  user="aigerim")
    batch = watcher.poll().for_mission(mission_id)
    assert batch.records("observer") == {observer_id}
    change = batch.latest("observer", observer_id)
    assert change is not None and change.user == "aigerim" and change.action is AuditAction.UPDATE
    assert not watcher.poll()  # seen once
    assert not watcher.poll().for_mission(mission_id + 1)


def test_an_entry_committed_late_with_a_lower_id_is_still_found(db: Database, other: Database, mission) -> None:
    """On PostgreSQL a transaction's entries get their ids before it commits: a slower
    transaction's entry can show up after a newer one."""
    mission_id, _ = mission
    clock = Clock()
    watcher = ChangeWatcher(db, grace_s=30, clock=clock)
    watcher.start()
    with db.reading() as session:
        newest = session.scalar(select(func.max(AuditEntry.id))) or 0

    def entry(entry_id: int) -> None:
        with other.transaction() as session:
            session.execute(insert(AuditEntry).values(
                id=entry_id, user="dana", mission_id=mission_id, table_name="visit_report", record_id=entry_id,
                action=AuditAction.INSERT, summary="report", changes={}))

    entry(newest + 10)
    clock.now += 5
    assert [c.id for c in watcher.poll().changes] == [newest + 10]
    entry(newest + 5)
    clock.now += 5
    assert [c.id for c in watcher.poll().changes] == [newest + 5]
    clock.now += 60  # past the grace period: the floor moves up, nothing is found twice
    assert not watcher.poll()
    entry(newest + 20)
    assert [c.id for c in watcher.poll().changes] == [newest + 20]
    assert not watcher.poll()
