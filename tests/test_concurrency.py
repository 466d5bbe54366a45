"""Several staff members on one database at once, each through their own connection (two opened
Database objects on the same file or server, as two programs would have): who did what is
recorded under each one's name, a stale edit is refused naming who changed what, two imports of
the same submissions at the same moment store each submission once, and what one user commits
the other sees on their next read. Runs on SQLite and, in the PostgreSQL run, on the server."""

from __future__ import annotations

import dataclasses
import subprocess
import sys
import threading
from datetime import date
from collections.abc import Iterator
from pathlib import Path

import pytest
from findings_fixtures import small_mission, write_csv
from sqlalchemy import func, select, text
from test_submissions_import import KOBO_HEADERS, kobo_row

from observer_desk.core.audit import audit_entries, work_as
from observer_desk.core.db import Database, open_database
from observer_desk.core.errors import StaleEditError
from observer_desk.core.models import AccreditationStatus, AuditEntry, Observer, VisitReport
from observer_desk.core.services.accreditation import StatusChange, change_status, history
from observer_desk.core.services.badges import print_runs, record_print_run
from observer_desk.core.services.demo import create_demo_mission
from observer_desk.core.services.missions import get_mission
from observer_desk.core.services.observer_profile import load_observer, save_observer
from observer_desk.core.services.submissions import commit_submissions, plan_submissions


@pytest.fixture
def two_users(db_url: str) -> Iterator[tuple[Database, Database]]:
    """Anna's and Boris's connections to one database."""
    anna, boris = open_database(db_url), open_database(db_url)
    work_as(anna, "anna")
    work_as(boris, "boris")
    yield anna, boris
    anna.dispose()
    boris.dispose()


@pytest.fixture
def demo(two_users: tuple[Database, Database]) -> int:
    create_demo_mission(two_users[0])
    return get_mission(two_users[0]).id


def _observer(db: Database, mission_id: int, status: AccreditationStatus) -> Observer:
    with db.reading() as session:
        return session.scalars(select(Observer).where(
            Observer.mission_id == mission_id, Observer.accreditation_status == status)
            .order_by(Observer.code)).first()


# --- who ---------------------------------------------------------------------------------------

def test_each_connection_records_its_own_user(two_users: tuple[Database, Database], demo: int) -> None:
    anna, boris = two_users
    first = _observer(anna, demo, AccreditationStatus.ACCREDITED)
    loaded = load_observer(anna, first.id)
    save_observer(anna, demo, dataclasses.replace(loaded.form, position="Head of delegation"),
                  observer_id=first.id, version=loaded.version)
    change_status(boris, [first.id], StatusChange(AccreditationStatus.WITHDRAWN, note="ill"))

    assert history(anna, first.id)[-1].user == "boris"  # the accreditation history too
    entries = [e for e in audit_entries(anna, limit=None)
               if (e.table_name, e.record_id) == ("observer", first.id)]
    assert [(e.user, set(e.changes)) for e in entries[:2]] == [
        ("boris", {"accreditation_status", "status_reason", "accreditation step"}),
        ("anna", {"position"})]


def test_two_programs_record_their_users(db_url: str, demo: int) -> None:
    """Two separate programs, each with the name set for its user (OBSERVER_DESK_USER)."""
    script = ("import sys\n"
              "from observer_desk.core.db import open_database\n"
              "from observer_desk.core.models import AccreditationStatus as S\n"
              "from observer_desk.core.services.accreditation import StatusChange, change_status, history\n"
              "db = open_database(sys.argv[1])\n"
              "change_status(db, [int(sys.argv[2])], StatusChange(S(sys.argv[3]), note='by script'))\n"
              "db.dispose()\n")
    db = open_database(db_url)
    try:
        one = _observer(db, demo, AccreditationStatus.ACCREDITED)
        for user, status in (("carla", "withdrawn"), ("dmitri", "nominated")):
            subprocess.run([sys.executable, "-c", script, db_url, str(one.id), status], check=True,
                           env={**_environment(), "OBSERVER_DESK_USER": user}, timeout=120)
        entries = [e for e in audit_entries(db, limit=None)
                   if (e.table_name, e.record_id) == ("observer", one.id)]
        assert [e.user for e in entries[:2]] == ["dmitri", "carla"]
    finally:
        db.dispose()


def _environment() -> dict[str, str]:
    import os

    return {k: v for k, v in os.environ.items() if k != "OBSERVER_DESK_USER"}


def test_the_server_knows_each_connections_user(two_users: tuple[Database, Database],
                                                db_engine: str) -> None:
    """On PostgreSQL every connection carries its application user (not only its database
    role): in a setting the server's triggers and views can read, and as the application name
    pg_stat_activity shows."""
    if db_engine != "postgresql":
        pytest.skip("a PostgreSQL server's view of its connections")
    anna, boris = two_users
    with anna.engine.connect() as first, boris.engine.connect() as second:
        assert first.execute(text("SELECT current_setting('observer_desk.user')")).scalar() == "anna"
        assert second.execute(text("SELECT current_setting('observer_desk.user')")).scalar() == "boris"
        names = set(first.execute(text(
            "SELECT application_name FROM pg_stat_activity WHERE datname = current_database()"))
            .scalars())
        assert {"Observer Desk: anna", "Observer Desk: boris"} <= names
        assert first.execute(text("SELECT current_user")).scalar() == "postgres"  # the role


# --- lost updates ------------------------------------------------------------------------------

def test_the_second_of_two_edits_is_refused_naming_who_changed_what(
        two_users: tuple[Database, Database], demo: int) -> None:
    anna, boris = two_users
    observer = _observer(anna, demo, AccreditationStatus.ACCREDITED)
    annas, boriss = load_observer(anna, observer.id), load_observer(boris, observer.id)
    save_observer(anna, demo, dataclasses.replace(annas.form, position="Chief of staff",
                                                  hotel="Hotel Astana"),
                  observer_id=observer.id, version=annas.version)
    with pytest.raises(StaleEditError) as refused:
        save_observer(boris, demo, dataclasses.replace(boriss.form, position="Adviser"),
                      observer_id=observer.id, version=boriss.version)
    message = str(refused.value)
    assert observer.code in message and "by anna" in message
    assert "position" in message and "hotel" in message
    assert load_observer(boris, observer.id).form.position == "Chief of staff"


# --- imports at the same moment ------------------------------------------------------------------

def _import_at_once(urls_and_files: list[tuple[Database, Path]], mission_id: int) -> list[object]:
    """Plan every import first, then commit them all at the same moment, one thread each."""
    plans = [(db, plan_submissions(db, mission_id, path)) for db, path in urls_and_files]
    start = threading.Barrier(len(plans))
    results: list[object] = [None] * len(plans)

    def run(index: int) -> None:
        db, plan = plans[index]
        start.wait()
        try:
            results[index] = commit_submissions(db, plan)
        except Exception as exc:  # noqa: BLE001 - the test reports it
            results[index] = exc

    threads = [threading.Thread(target=run, args=(i,)) for i in range(len(plans))]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(120)
    return results


@pytest.fixture
def findings_mission(two_users: tuple[Database, Database]) -> int:
    mission_id, _ = small_mission(two_users[0])
    return mission_id


def _rows(numbers: range) -> list[list[str]]:
    stations = ("101", "102", "201")
    arrivals = [divmod(7 * 60 + 5 * n, 60) for n in numbers]  # 07:05 onwards, before departure
    return [kobo_row(n, stations[n % 3], f"Team {1 + n % 2}", arrival=f"{hour:02d}:{minute:02d}",
                     uuid=f"uuid:shared-{n:04d}") for n, (hour, minute) in zip(numbers, arrivals)]


def test_two_imports_of_the_same_file_at_once_store_each_submission_once(
        two_users: tuple[Database, Database], findings_mission: int, tmp_path: Path) -> None:
    anna, boris = two_users
    path = write_csv(tmp_path / "kobo.csv", KOBO_HEADERS, _rows(range(1, 41)))
    results = _import_at_once([(anna, path), (boris, path)], findings_mission)
    assert not [r for r in results if isinstance(r, Exception)], results
    assert sorted(r.added for r in results) == [0, 40]
    assert sum(r.already_imported for r in results) == 40
    _assert_each_once(anna, findings_mission, 40)


def test_overlapping_imports_at_once_add_the_union(
        two_users: tuple[Database, Database], findings_mission: int, tmp_path: Path) -> None:
    anna, boris = two_users
    first = write_csv(tmp_path / "first.csv", KOBO_HEADERS, _rows(range(1, 31)))
    second = write_csv(tmp_path / "second.csv", KOBO_HEADERS, _rows(range(21, 51)))
    results = _import_at_once([(anna, first), (boris, second)], findings_mission)
    assert not [r for r in results if isinstance(r, Exception)], results
    assert sum(r.added for r in results) == 50
    _assert_each_once(anna, findings_mission, 50)
    with anna.reading() as session:
        users = set(session.scalars(select(AuditEntry.user).where(AuditEntry.action == "import")))
    assert users == {"anna", "boris"}


def _assert_each_once(db: Database, mission_id: int, expected: int) -> None:
    with db.reading() as session:
        total = session.scalar(select(func.count()).select_from(VisitReport)
                               .where(VisitReport.mission_id == mission_id))
        distinct = session.scalar(select(func.count(func.distinct(VisitReport.instance_id)))
                                  .where(VisitReport.mission_id == mission_id))
    assert total == distinct == expected


# --- seeing each other's work -------------------------------------------------------------------

def test_a_print_run_and_a_status_change_are_seen_by_the_other_on_the_next_read(
        two_users: tuple[Database, Database], demo: int) -> None:
    anna, boris = two_users
    accredited = _observer(boris, demo, AccreditationStatus.ACCREDITED)
    submitted = _observer(boris, demo, AccreditationStatus.SUBMITTED)
    runs_before = print_runs(boris, demo)
    with boris.reading() as session:  # Boris's connection has read, and stays in the pool
        session.get(Observer, accredited.id)

    run = record_print_run(anna, demo, [accredited.id], "cr80")
    change_status(anna, [submitted.id], StatusChange(AccreditationStatus.ACCREDITED,
                                                     reference="CEC-77", reference_date=date(2022, 11, 15)))

    runs_after = print_runs(boris, demo)
    assert len(runs_after) == len(runs_before) + 1
    assert (runs_after[0].run_id, runs_after[0].user) == (run.run_id, "anna")
    assert _observer(boris, demo, AccreditationStatus.BADGE_ISSUED) is not None
    assert load_observer(boris, accredited.id).status is AccreditationStatus.BADGE_ISSUED
    assert load_observer(boris, submitted.id).status is AccreditationStatus.ACCREDITED
