"""Scenarios "roster-export" and "roster-import": the roster workbook and a nominations import at
the size of the generated mission, each against openpyxl alone doing the file part of the work.

- roster-export: `export_roster` (database query, formatting, three styled sheets) against
  openpyxl's write-only mode writing the very cells the export wrote, as plain values.
- roster-import: `plan_import` + `commit_import` of a nominations workbook with one row per
  observer of the generated mission, into a new mission with the same sending bodies (so every
  row is an observer to add), against openpyxl's read-only mode reading the same cells.

The goals (issue 3): export within 1.5 times its baseline, import within 2 times. On a busy
machine run them with `--repeat 3` (the runner keeps the fastest time and the fastest baseline).
"""

from __future__ import annotations

import time
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

from openpyxl import Workbook, load_workbook
from sqlalchemy import select

from observer_desk.core.countries import country_name
from observer_desk.core.db import Database, open_database
from observer_desk.core.models import Mission, SendingBody
from observer_desk.core.services.missions import (
    MissionData,
    SendingBodyData,
    create_mission,
    save_sending_bodies,
)
from observer_desk.core.services.roster import RosterRow, roster_rows
from observer_desk.core.services.roster_export import export_roster
from observer_desk.core.services.roster_import import RowAction, commit_import, plan_import
from observer_desk.documents.roster_columns import COLUMNS
from observer_desk.documents.roster_workbook import ROLE_LABELS

from . import Context, Outcome, scenario

EXPORT_GOAL = 1.5
IMPORT_GOAL = 2.0


def _goal(goal: float) -> str:
    # The runner divides the fastest time by the fastest baseline; the goal is stated beside it.
    return f"goal: within {goal}x"


def _cells(path: Path) -> dict[str, list[tuple]]:
    """Every sheet's values, as openpyxl reads them back (untimed)."""
    workbook = load_workbook(path, read_only=True)
    try:
        return {sheet.title: list(sheet.iter_rows(values_only=True)) for sheet in workbook.worksheets}
    finally:
        workbook.close()


def openpyxl_write_seconds(sheets: dict[str, list[tuple]], path: Path) -> float:
    """Seconds for openpyxl's write-only mode to write these values to a workbook and save it."""
    start = time.perf_counter()
    workbook = Workbook(write_only=True)
    for title, rows in sheets.items():
        sheet = workbook.create_sheet(title)
        for row in rows:
            sheet.append(row)
    workbook.save(path)
    return time.perf_counter() - start


def openpyxl_read_seconds(path: Path) -> tuple[float, int]:
    """Seconds for openpyxl's read-only mode to open a workbook and read every cell value."""
    start = time.perf_counter()
    workbook = load_workbook(path, read_only=True, data_only=True)
    cells = 0
    try:
        for sheet in workbook.worksheets:
            for row in sheet.iter_rows(values_only=True):
                cells += len(row)
    finally:
        workbook.close()
    return time.perf_counter() - start, cells


@scenario("roster-export", "export_roster (query, three styled sheets) vs. openpyxl write-only "
                           "writing the same cells")
def roster_export(context: Context) -> Outcome:
    db, generated = context.mission()
    path = context.workdir / "roster.xlsx"
    try:
        start = time.perf_counter()
        count = export_roster(db, generated.mission_id, path)
        seconds = time.perf_counter() - start
    finally:
        db.dispose()
    sheets = _cells(path)
    context.say("  baseline: openpyxl write-only, the same cells as plain values")
    baseline = openpyxl_write_seconds(sheets, context.workdir / "roster-baseline.xlsx")
    cells = sum(len(row) for rows in sheets.values() for row in rows)
    notes = (f"{count:,} observers, {cells:,} cells in {len(sheets)} sheets; "
             f"{_goal(EXPORT_GOAL)}")
    return Outcome(seconds, baseline, notes)


def _nomination_row(row: RosterRow, zone: ZoneInfo) -> list[object]:
    """The observer as a state would send them: no code, names, dates as dates, country names,
    times in the host country's local time."""
    def local(moment: datetime | None) -> datetime | None:
        return moment.astimezone(zone).replace(tzinfo=None) if moment else None

    values: dict[str, object] = {
        "family_name": row.family_name, "given_names": row.given_names,
        "native_name": row.native_name, "sex": row.sex.value if row.sex else None,
        "date_of_birth": row.date_of_birth, "citizenship": country_name(row.citizenship),
        "sending_body": row.body_name, "institution": row.institution, "position": row.position,
        "authority_type": row.authority_type.value.replace("_", " ") if row.authority_type else None,
        "mission_role": ROLE_LABELS[row.mission_role], "passport_number": row.passport_number,
        "passport_expiry": row.passport_expiry, "email": row.email, "phone": row.phone,
        "languages": row.languages, "arrival_flight": row.arrival_flight,
        "arrival_at": local(row.arrival_at), "departure_flight": row.departure_flight,
        "departure_at": local(row.departure_at), "hotel": row.hotel, "notes": row.notes,
    }
    return [values.get(column.field) or None for column in COLUMNS]


def write_nominations(rows: list[RosterRow], zone: ZoneInfo, path: Path) -> None:
    workbook = Workbook(write_only=True)
    sheet = workbook.create_sheet("Nominations")
    sheet.append(["Nominations for the generated mission"])
    sheet.append([])
    sheet.append([column.header for column in COLUMNS])
    for row in rows:
        sheet.append(_nomination_row(row, zone))
    workbook.save(path)


def _mission_and_bodies(db: Database, mission_id: int) -> tuple[Mission, list[SendingBody]]:
    with db.reading() as session:
        mission = session.get(Mission, mission_id)
        bodies = list(session.scalars(select(SendingBody).where(SendingBody.mission_id == mission_id)
                                      .order_by(SendingBody.position)))
    return mission, bodies


def _same_mission_without_observers(db: Database, mission: Mission, bodies: list[SendingBody]) -> int:
    copy = create_mission(db, MissionData(
        code=mission.code, title=mission.title, organisation=mission.organisation,
        host_country=mission.host_country, election_type=mission.election_type,
        election_date=mission.election_date, period_start=mission.period_start,
        period_end=mission.period_end, time_zone=mission.time_zone))
    save_sending_bodies(db, copy.id, [
        SendingBodyData(code=b.code, name_en=b.name_en, kind=b.kind, body_type=b.body_type,
                        country_code=b.country_code, name_ru=b.name_ru, name_zh=b.name_zh,
                        quota=b.quota) for b in bodies])
    return copy.id


@scenario("roster-import", "plan_import + commit_import of a nominations workbook (every row new) "
                           "vs. openpyxl read-only reading the same cells")
def roster_import(context: Context) -> Outcome:
    source, generated = context.mission()
    try:
        rows = roster_rows(source, generated.mission_id)
        mission, bodies = _mission_and_bodies(source, generated.mission_id)
    finally:
        source.dispose()
    path = context.workdir / "nominations.xlsx"
    write_nominations(rows, ZoneInfo(mission.time_zone), path)

    db = open_database(str(context.database_path("import")))
    try:
        mission_id = _same_mission_without_observers(db, mission, bodies)
        start = time.perf_counter()
        plan = plan_import(db, mission_id, path)
        planned = time.perf_counter() - start
        if plan.has_errors:
            return Outcome(planned, None, f"not imported: {plan.count(RowAction.ERROR)} rows "
                                          f"with errors, first: {plan.problems[0]}")
        result = commit_import(db, plan)
        seconds = time.perf_counter() - start
    finally:
        db.dispose()
    context.say("  baseline: openpyxl read-only, every cell of the same file")
    baseline, cells = openpyxl_read_seconds(path)
    committed = seconds - planned
    notes = (f"{len(result.added):,} observers added, {cells:,} cells; plan {planned:.2f} s, "
             f"commit {committed:.2f} s; {_goal(IMPORT_GOAL)}")
    return Outcome(seconds, baseline, notes, details={"plan": planned, "commit": committed})

