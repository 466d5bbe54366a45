"""Scenarios "findings-summary" and "findings-import" over the generated mission's reports
(100,000 reports with about 33 answers each at the default scale).

- findings-summary: `summarise_findings` (the grouped counts by question, answer, phase and
  region, the regions folded, the shares, incidents and the turnout comparison) against the
  same GROUP BY written by hand and run through the `sqlite3` module alone, fetching every
  grouped row. Goal (issue 6): within 1.5 times.
- findings-import: a KoboToolbox CSV export (';'-separated, group-prefixed headers, multiple
  choices as a text column plus 0/1 columns, Kobo's own columns) with one row per generated
  report, imported with `plan_submissions` + `commit_submissions` into a copy of the generated
  mission whose reports were removed. Reported as rows per second; no baseline.
"""

from __future__ import annotations

import csv
import shutil
import sqlite3
import time
from pathlib import Path

from observer_desk.core.db import open_database
from observer_desk.core.services.findings_summary import summarise_findings
from observer_desk.core.services.submissions import commit_submissions, plan_submissions

from . import Context, Outcome, scenario

GOAL = 1.5
TURNS = 2

HAND_WRITTEN = """
SELECT r.phase, s.unit_id, a.question_id,
       CASE WHEN q.choice_list_id IS NOT NULL THEN a.value END AS grouped_value, count(*)
FROM answer a
JOIN visit_report r ON r.id = a.report_id
JOIN question q ON q.id = a.question_id
LEFT JOIN polling_station s ON s.id = r.polling_station_id
WHERE r.checklist_id = ?
GROUP BY r.phase, s.unit_id, a.question_id, grouped_value
"""


@scenario("findings-summary", "summarise_findings vs. the same GROUP BY by hand through sqlite3")
def findings_summary(context: Context) -> Outcome:
    db, generated = context.mission()
    path = db.path
    connection = sqlite3.connect(str(path))
    seconds: list[float] = []
    baseline: list[float] = []
    try:
        # Taken in turns, twice each, the faster of each kept: whichever ran first would
        # otherwise pay for reading the file into the cache.
        for _ in range(TURNS):
            start = time.perf_counter()
            summary = summarise_findings(db, generated.mission_id)
            seconds.append(time.perf_counter() - start)
            context.say("  baseline: the GROUP BY by hand through sqlite3")
            start = time.perf_counter()
            rows = connection.execute(HAND_WRITTEN, (generated.checklist_id,)).fetchall()
            baseline.append(time.perf_counter() - start)
    finally:
        connection.close()
        db.dispose()
    answered = sum(q.answered for q in summary.questions)
    notes = (f"{summary.reports:,} reports, {answered:,} answers, {len(rows):,} groups; "
             f"goal: within {GOAL}x")
    return Outcome(min(seconds), min(baseline), notes)


def _kobo_csv(source: Path, target: Path, checklist_id: int) -> int:
    """The generated reports as KoboToolbox would export them (untimed)."""
    connection = sqlite3.connect(str(source))
    try:
        questions = connection.execute(
            "SELECT q.id, q.name, s.name, q.answer_type, q.choice_list_id FROM question q "
            "JOIN checklist_section s ON s.id = q.section_id WHERE q.checklist_id = ? "
            "ORDER BY q.position", (checklist_id,)).fetchall()
        choices: dict[int, list[str]] = {}
        for list_id, value in connection.execute(
                "SELECT choice_list_id, value FROM choice ORDER BY choice_list_id, position"):
            choices.setdefault(list_id, []).append(value)
        headers = ["start", "end"]
        for _qid, name, section, answer_type, list_id in questions:
            headers.append(f"{section}/{name}")
            if answer_type == "multiple":
                headers += [f"{section}/{name}/{value}" for value in choices[list_id]]
        headers += ["team", "_id", "_uuid", "_submission_time", "_validation_status", "_notes",
                    "_status", "_submitted_by", "__version__", "_tags", "_index"]
        reports = connection.execute(
            "SELECT r.id, r.arrived_at, r.departed_at, t.name, r.instance_id FROM visit_report r "
            "LEFT JOIN team t ON t.id = r.team_id WHERE r.checklist_id = ? ORDER BY r.id",
            (checklist_id,))
        answer_cursor = connection.cursor()
        count = 0
        with target.open("w", encoding="utf-8", newline="") as handle:
            writer = csv.writer(handle, delimiter=";")
            writer.writerow(headers)
            for report_id, arrived, departed, team, instance in reports.fetchall():
                given = dict(answer_cursor.execute(
                    "SELECT question_id, value FROM answer WHERE report_id = ?", (report_id,)))
                row = [f"{arrived.replace(' ', 'T')}+00:00", f"{departed.replace(' ', 'T')}+00:00"]
                for qid, _name, _section, answer_type, list_id in questions:
                    value = given.get(qid, "")
                    row.append(value)
                    if answer_type == "multiple":
                        chosen = value.split()
                        row += [("1" if v in chosen else "0") if value else "" for v in choices[list_id]]
                count += 1
                row += [team, str(count), f"{instance[5:]}-kobo", departed.replace(" ", "T"), "",
                        "", "submitted_via_web", team, "vGenerated", "", str(count)]
                writer.writerow(row)
        return count
    finally:
        connection.close()


@scenario("findings-import", "plan_submissions + commit_submissions of a Kobo CSV with one row "
                             "per generated report, as rows per second")
def findings_import(context: Context) -> Outcome:
    db, generated = context.mission()
    source = db.path
    db.dispose()
    export = context.workdir / "kobo-submissions.csv"
    context.say("  writing the Kobo CSV (untimed)")
    rows = _kobo_csv(source, export, generated.checklist_id)
    target = context.database_path("import")
    shutil.copyfile(source, target)
    connection = sqlite3.connect(str(target))
    try:
        for table in ("turnout_reading", "incident", "answer", "visit_report"):
            connection.execute(f"DELETE FROM {table}")
        connection.commit()
    finally:
        connection.close()
    db = open_database(str(target))
    try:
        start = time.perf_counter()
        plan = plan_submissions(db, generated.mission_id, export)
        planned = time.perf_counter() - start
        if plan.has_errors:
            raise RuntimeError(f"the generated export does not import cleanly: {plan.summary()}")
        # Teams sharing a district now and then reach a station in the same minute: keep the
        # first report of each such group, as a user would be asked to.
        skip = {row for group in plan.duplicates for row in group.rows[1:]}
        result = commit_submissions(db, plan, skip)
        seconds = time.perf_counter() - start
    finally:
        db.dispose()
    size = export.stat().st_size
    notes = (f"{rows:,} rows ({size / 1_000_000:,.0f} MB): {rows / seconds:,.0f} rows/s "
             f"(plan {planned:.1f} s, commit {seconds - planned:.1f} s); {result.added:,} added, "
             f"{result.flagged:,} flagged, {len(skip)} duplicate(s) left out")
    return Outcome(seconds, None, notes, details={"plan": planned, "commit": seconds - planned})
