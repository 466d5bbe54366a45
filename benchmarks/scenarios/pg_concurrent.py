"""Scenario "pg-concurrent-reports": five staff members entering visit reports at once on a shared
PostgreSQL database.

A fresh database is made on the server and given the demo mission. Then five writer processes,
each with its own connection (as five programs would have), enter reports through the service the
report form uses (`create_report`: checks, answers, turnout reading and audit entry in one
transaction) for 60 seconds. Afterwards the reports are counted: the count must equal the writes
the service acknowledged, nothing lost and nothing doubled.

Then the five writers edit the same two reports for a few seconds, each saving on the version it
loaded (`update_report`), so most saves are stale: a refused save is a conflict, loaded again and
retried. The reports' versions afterwards must equal one plus the acknowledged edits (no lost
update).

Baseline: five processes with raw psycopg inserting the very rows the service wrote (each
report's visit_report row, answers, turnout reading and audit entry, one transaction per report)
into a copy of the database as it was before the run.

The server is the maintenance database URL in OBSERVER_DESK_BENCH_PG (default
postgresql+psycopg://postgres@127.0.0.1:5432/test); the writing time is
OBSERVER_DESK_BENCH_SECONDS (default 60). On its own:
`uv run python -m benchmarks.scenarios.pg_concurrent --seconds 10`.
"""

from __future__ import annotations

import argparse
import multiprocessing
import os
import secrets
import sys
import time
from dataclasses import dataclass
from typing import Any

from . import Context, Outcome, scenario

WRITERS = 5
DEFAULT_SECONDS = 60.0
DEFAULT_SERVER = "postgresql+psycopg://postgres@127.0.0.1:5432/test"
SERVER_ENV = "OBSERVER_DESK_BENCH_PG"
SECONDS_ENV = "OBSERVER_DESK_BENCH_SECONDS"
HOT_REPORTS = 2


# --- the server's databases ------------------------------------------------------------------------

class Server:
    """Databases made for one run on the server, dropped at the end."""

    def __init__(self, url: str):
        from sqlalchemy.engine import make_url

        self.url = make_url(url)
        self.made: list[str] = []
        self.prefix = f"od_bench_{os.getpid()}_{secrets.token_hex(3)}"

    def _admin(self) -> Any:
        import psycopg

        return psycopg.connect(host=self.url.host or "127.0.0.1", port=self.url.port or 5432,
                               user=self.url.username, password=self.url.password,
                               dbname=self.url.database or "postgres", autocommit=True)

    def create(self, suffix: str, template: str | None = None) -> str:
        name = f"{self.prefix}_{suffix}"
        with self._admin() as admin:
            admin.execute(f'CREATE DATABASE "{name}"' + (f' TEMPLATE "{template}"' if template else ""))
        self.made.append(name)
        return name

    def url_of(self, name: str) -> str:
        return self.url.set(database=name).render_as_string(hide_password=False)

    def libpq(self, name: str) -> str:
        return self.url.set(drivername="postgresql", database=name).render_as_string(hide_password=False)

    def drop_all(self) -> None:
        with self._admin() as admin:
            for name in self.made:
                admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        self.made.clear()


# --- the writers ---------------------------------------------------------------------------------

@dataclass
class WriterResult:
    writer: int
    acknowledged: int = 0
    edits: int = 0
    conflicts: int = 0  # saves refused as stale
    retries: int = 0  # transactions tried again after a serialization failure or deadlock
    errors: int = 0


def _drafts(db: Any, mission_id: int) -> list[Any]:
    """Report drafts made from the demo's reports (every kind of answer, valid as entered)."""
    from sqlalchemy import select

    from observer_desk.core.models import Answer, Question, VisitReport
    from observer_desk.core.services.report_editing import ReportDraft

    drafts = []
    with db.reading() as session:
        names = dict(session.execute(select(Question.id, Question.name)).all())
        for report in session.scalars(select(VisitReport).where(VisitReport.mission_id == mission_id)
                                      .order_by(VisitReport.id)):
            answers = {names[a.question_id]: a.value for a in session.scalars(
                select(Answer).where(Answer.report_id == report.id))}
            drafts.append(ReportDraft(report.checklist_id, report.phase, report.polling_station_id,
                                      report.team_id, report.arrived_at, report.departed_at,
                                      answers, notes="entered during the benchmark"))
    return drafts


def _transient(exc: BaseException) -> bool:
    state = getattr(getattr(exc, "orig", None), "sqlstate", None)
    return state in ("40001", "40P01")


def _until_done(result: WriterResult, write: Any, reload: Any = None) -> bool:
    """Run one write until it is acknowledged: a serialization failure or deadlock is tried
    again, a stale save is counted as a conflict, loaded again (`reload`) and tried again;
    anything else is counted as an error."""
    from sqlalchemy.exc import DBAPIError

    from observer_desk.core.errors import StaleEditError

    while True:
        try:
            write()
        except StaleEditError:
            if reload is None:
                result.errors += 1
                return False
            result.conflicts += 1
            reload()
        except DBAPIError as exc:
            if not _transient(exc):
                result.errors += 1
                return False
            result.retries += 1
        else:
            return True


def _writer(url: str, writer: int, mission_id: int) -> tuple[Any, list[Any], WriterResult]:
    """A writer's own connection, recorded under its name, with the drafts it enters."""
    from observer_desk.core.audit import work_as
    from observer_desk.core.db import open_database

    db = open_database(url, migrate=False)
    work_as(db, f"writer {writer}")
    return db, _drafts(db, mission_id), WriterResult(writer)


def _enter_reports(url: str, writer: int, writers: int, mission_id: int, seconds: float,
                   start: Any, results: Any) -> None:
    from observer_desk.core.services.report_editing import create_report

    db, drafts, result = _writer(url, writer, mission_id)
    start.wait()
    ends = time.perf_counter() + seconds
    index = writer
    while time.perf_counter() < ends:
        draft = drafts[index % len(drafts)]
        index += writers
        if _until_done(result, lambda: create_report(db, mission_id, draft,
                                                     submitted_by=f"writer {writer}")):
            result.acknowledged += 1
    db.dispose()
    results.put(result)


def _edit_hot_reports(url: str, writer: int, mission_id: int, report_ids: list[int],
                      seconds: float, start: Any, results: Any) -> None:
    from dataclasses import replace

    from observer_desk.core.services.report_editing import load_report, update_report

    db, drafts, result = _writer(url, writer, mission_id)
    by_station = {d.polling_station_id: d for d in drafts}
    start.wait()
    ends = time.perf_counter() + seconds
    turn = 0
    while time.perf_counter() < ends:
        report_id = report_ids[turn % len(report_ids)]
        turn += 1
        loaded = [load_report(db, report_id)]
        time.sleep(0.01)  # the time a person takes to change a field: others save meanwhile

        def save() -> None:
            draft = replace(by_station[loaded[0].polling_station_id],
                            notes=f"edited by writer {writer}, turn {turn}")
            update_report(db, report_id, loaded[0].version, draft)

        def reload() -> None:
            loaded[0] = load_report(db, report_id)

        if _until_done(result, save, reload):
            result.edits += 1
    db.dispose()
    results.put(result)


def _run_processes(target: Any, arguments: list[tuple[Any, ...]]) -> tuple[float, list[Any]]:
    """Start one process per argument tuple, let them begin together, wait for all: (seconds
    from the start signal to the last one's end, their results)."""
    spawn = multiprocessing.get_context("spawn")
    start = spawn.Barrier(len(arguments) + 1)
    results = spawn.Queue()
    processes = [spawn.Process(target=target, args=(*args, start, results)) for args in arguments]
    for process in processes:
        process.start()
    start.wait()
    began = time.perf_counter()
    collected = [results.get(timeout=600) for _ in processes]
    elapsed = time.perf_counter() - began
    for process in processes:
        process.join(60)
        if process.exitcode != 0:
            raise RuntimeError(f"a writer process ended with exit code {process.exitcode}")
    return elapsed, collected


# --- the baseline ----------------------------------------------------------------------------------

def _written_rows(url: str, mission_id: int) -> dict[str, list[dict[str, Any]]]:
    """Per writer, the rows the service wrote for its reports (read back after the run)."""
    from sqlalchemy import select

    from observer_desk.core.db import open_database
    from observer_desk.core.models import Answer, AuditEntry, TurnoutReading, VisitReport

    db = open_database(url, migrate=False)
    per_writer: dict[str, list[dict[str, Any]]] = {}
    report = VisitReport.__table__
    try:
        with db.engine.connect() as connection:
            answers: dict[int, list[tuple[int, str]]] = {}
            for report_id, question_id, value in connection.execute(
                    select(Answer.report_id, Answer.question_id, Answer.value)):
                answers.setdefault(report_id, []).append((question_id, value))
            readings = {row.report_id: row for row in connection.execute(
                select(TurnoutReading.__table__).where(TurnoutReading.report_id.is_not(None)))}
            audits = {(row.table_name, row.record_id): row for row in connection.execute(
                select(AuditEntry.__table__).where(
                    AuditEntry.table_name.in_(("visit_report", "turnout_reading"))))}
            for row in connection.execute(select(report).where(
                    report.c.mission_id == mission_id, report.c.submitted_by.like("writer %"))
                    .order_by(report.c.id)):
                reading = readings.get(row.id)
                entries = [audits[("visit_report", row.id)]]
                if reading is not None:
                    entries.append(audits[("turnout_reading", reading.id)])
                per_writer.setdefault(row.submitted_by, []).append({
                    "report": (row.mission_id, row.checklist_id, row.team_id, row.polling_station_id,
                               row.phase, row.arrived_at, row.departed_at, row.source,
                               row.submitted_by, row.notes, row.created_at, row.updated_at),
                    "answers": answers.get(row.id, []),
                    "reading": None if reading is None else (
                        reading.mission_id, reading.polling_station_id, reading.at,
                        reading.registered_voters, reading.ballots_issued),
                    "audit": [(a.at, a.user, a.mission_id, a.table_name, a.action, a.summary,
                               a.changes) for a in entries],
                })
    finally:
        db.dispose()
    return per_writer


def _raw_inserts(dsn: str, rows: list[dict[str, Any]], start: Any, results: Any) -> None:
    import psycopg
    from psycopg.types.json import Json

    with psycopg.connect(dsn) as connection:
        start.wait()
        for item in rows:
            with connection.transaction(), connection.cursor() as cursor:
                cursor.execute(
                    "INSERT INTO visit_report (mission_id, checklist_id, team_id, polling_station_id,"
                    " phase, arrived_at, departed_at, source, submitted_by, notes, created_at,"
                    " updated_at, flagged, flag_reason, version)"
                    " VALUES (%s, %s, %s, %s, %s, %s, %s, %s, %s, %s, %s, %s, false, '', 1)"
                    " RETURNING id", item["report"])
                report_id = cursor.fetchone()[0]
                cursor.executemany("INSERT INTO answer (report_id, question_id, value) VALUES (%s, %s, %s)",
                                   [(report_id, q, v) for q, v in item["answers"]])
                records = {"visit_report": report_id}
                if item["reading"] is not None:
                    cursor.execute(
                        "INSERT INTO turnout_reading (mission_id, report_id, polling_station_id, at,"
                        " registered_voters, ballots_issued) VALUES (%s, %s, %s, %s, %s, %s)"
                        " RETURNING id", (item["reading"][0], report_id, *item["reading"][1:]))
                    records["turnout_reading"] = cursor.fetchone()[0]
                cursor.executemany(
                    'INSERT INTO audit_entry (at, "user", mission_id, table_name, record_id, action,'
                    " summary, changes) VALUES (%s, %s, %s, %s, %s, %s, %s, %s)",
                    [(at, user, mission_id, table, records[table], action, summary, Json(changes))
                     for at, user, mission_id, table, action, summary, changes in item["audit"]])
    results.put(len(rows))


def _plain(value: Any) -> Any:
    import enum
    from datetime import datetime, timezone

    if isinstance(value, enum.Enum):
        return value.value
    if isinstance(value, datetime) and value.tzinfo is not None:
        return value.astimezone(timezone.utc).replace(tzinfo=None)
    return value


def _plain_rows(rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    def plain(values: Any) -> Any:
        return None if values is None else tuple(_plain(v) for v in values)

    return [{"report": plain(r["report"]), "answers": r["answers"], "reading": plain(r["reading"]),
             "audit": [plain(a) for a in r["audit"]]} for r in rows]


# --- the scenario ----------------------------------------------------------------------------------

def measure(server_url: str, seconds: float, say: Any = print, writers: int = WRITERS) -> Outcome:
    from sqlalchemy import func, select

    from observer_desk.core.db import open_database
    from observer_desk.core.models import VisitReport
    from observer_desk.core.services.demo import create_demo_mission
    from observer_desk.core.services.missions import get_mission

    server = Server(server_url)
    try:
        name = server.create("service")
        url = server.url_of(name)
        db = open_database(url)
        create_demo_mission(db)
        mission_id = get_mission(db).id
        with db.reading() as session:
            hot = list(session.scalars(select(VisitReport.id).where(VisitReport.mission_id == mission_id)
                                       .order_by(VisitReport.id).limit(HOT_REPORTS)))
            before = session.scalar(select(func.count()).select_from(VisitReport)
                                    .where(VisitReport.mission_id == mission_id))
        db.dispose()
        baseline_name = server.create("baseline", template=name)

        say(f"  {writers} writer(s) entering reports through create_report for {seconds:g} s")
        elapsed, entered = _run_processes(
            _enter_reports, [(url, w, writers, mission_id, seconds) for w in range(1, writers + 1)])
        acknowledged = sum(r.acknowledged for r in entered)
        retries = sum(r.retries for r in entered)
        errors = sum(r.errors for r in entered)

        edit_seconds = max(2.0, min(10.0, seconds / 6))
        say(f"  {writers} writer(s) editing the same {HOT_REPORTS} reports for {edit_seconds:g} s")
        _, editors = _run_processes(
            _edit_hot_reports, [(url, w, mission_id, hot, edit_seconds) for w in range(1, writers + 1)])
        edits = sum(r.edits for r in editors)
        conflicts = sum(r.conflicts for r in editors)
        retries += sum(r.retries for r in editors)
        errors += sum(r.errors for r in editors)

        db = open_database(url, migrate=False)
        with db.reading() as session:
            stored = session.scalar(select(func.count()).select_from(VisitReport)
                                    .where(VisitReport.mission_id == mission_id)) - before
            versions = sum(session.scalars(select(VisitReport.version).where(VisitReport.id.in_(hot))))
        db.dispose()
        lost = acknowledged - stored
        lost_edits = (HOT_REPORTS + edits) - versions

        say(f"  baseline: the same rows inserted by {writers} raw psycopg writer(s)")
        written = _written_rows(url, mission_id)
        baseline_seconds, counts = _run_processes(
            _raw_inserts, [(server.libpq(baseline_name), _plain_rows(rows)) for rows in written.values()])
        if sum(counts) != acknowledged:
            raise RuntimeError(f"the baseline wrote {sum(counts)} reports, the service {acknowledged}")
    finally:
        server.drop_all()

    throughput = acknowledged / elapsed
    notes = (f"{throughput:.1f} reports/s ({acknowledged} in {elapsed:.1f} s, "
             f"{acknowledged / baseline_seconds:.1f}/s raw); {edits} edits of {HOT_REPORTS} shared "
             f"reports, {conflicts} stale conflicts, {retries} retries, {errors} errors; "
             f"lost: {lost} reports, {lost_edits} edits")
    if lost or lost_edits or errors:
        notes = "FAILED: " + notes
    return Outcome(elapsed, baseline_seconds, notes,
                   details={"reports per second": throughput, "acknowledged": acknowledged,
                            "conflicts": conflicts, "retries": retries, "edits": edits,
                            "lost": lost + lost_edits})


def _seconds() -> float:
    try:
        return max(1.0, float(os.environ.get(SECONDS_ENV, DEFAULT_SECONDS)))
    except ValueError:
        return DEFAULT_SECONDS


@scenario("pg-concurrent-reports",
          "5 writer processes entering reports on PostgreSQL for 60 s vs. raw psycopg, same rows")
def pg_concurrent_reports(context: Context) -> Outcome:
    server = os.environ.get(SERVER_ENV, DEFAULT_SERVER)
    try:
        Server(server)._admin().close()
    except Exception as exc:  # noqa: BLE001 - the other scenarios still run; the table says why
        return Outcome(0.0, None, f"not run: no PostgreSQL server at {server} "
                                  f"({' '.join(str(exc).split())[:120]}); set {SERVER_ENV}")
    return measure(server, _seconds(), context.say)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.scenarios.pg_concurrent",
                                     description="5 concurrent writers entering reports on PostgreSQL")
    parser.add_argument("--seconds", type=float, default=_seconds(),
                        help=f"how long the writers enter reports (default {DEFAULT_SECONDS:g})")
    parser.add_argument("--server", default=os.environ.get(SERVER_ENV, DEFAULT_SERVER),
                        help="a maintenance database URL of the server")
    parser.add_argument("--writers", type=int, default=WRITERS,
                        help=f"how many writers at once (default {WRITERS})")
    args = parser.parse_args(argv)
    outcome = measure(args.server, max(1.0, args.seconds), writers=max(1, args.writers))
    print(f"service {outcome.seconds:.1f} s, raw psycopg {outcome.baseline_seconds:.1f} s for the "
          f"same rows (ratio {outcome.ratio:.2f}x)")
    print(outcome.notes)
    return 1 if outcome.notes.startswith("FAILED") else 0


if __name__ == "__main__":
    sys.exit(main())
