"""Adding visit reports and their answers in bulk: a day of findings from a large mission.

A hundred thousand reports carry millions of answers, so the records are taken a chunk at a
time: each chunk is checked, then written; once any record has a problem nothing more is
written, the remaining records are still checked (so the user sees every problem at once), and
the transaction is rolled back. Memory stays flat however many reports there are.
"""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass, field, replace
from datetime import datetime, time
from itertools import islice
from typing import Any

from sqlalchemy import insert, select
from sqlalchemy.orm import Session

from ..audit import record_audit
from ..db import Database
from ..errors import NotFoundError, Problem
from ..language import _, listed, ngettext
from ..models import (
    Answer,
    AnswerType,
    AuditAction,
    Checklist,
    Choice,
    Phase,
    PollingStation,
    Question,
    ReportSource,
    Team,
    VisitReport,
    utcnow,
)
from .bulk import (
    CHUNK,
    Progress,
    as_enum,
    check_aware,
    ends_before_start,
    insert_with_ids,
    raise_problems,
    report_progress,
    require_mission,
    string_limits,
    where,
)


@dataclass
class ReportRecord:
    station_number: str | None
    team_name: str | None
    phase: Phase
    arrived_at: datetime | None = None
    departed_at: datetime | None = None
    answers: dict[str, str] = field(default_factory=dict)  # {question name: value as in XLSForm}
    instance_id: str | None = None  # the submission's id in ODK/Kobo, to refuse double imports
    submitted_by: str = ""
    source: ReportSource = ReportSource.MANUAL
    notes: str = ""
    # An imported submission the user must complete (no station, an unknown one, no time...)
    flagged: bool = False
    flag_reason: str = ""


REPORT_LIMITS = string_limits(VisitReport)
# Every column in which one new report can differ from another: see insert_with_ids.
REPORT_KEY = ("team_id", "polling_station_id", "phase", "arrived_at", "departed_at", "source",
              "instance_id", "submitted_by", "notes", "flagged", "flag_reason")
ANSWER_COLUMNS = ("report_id", "question_id", "value")
CHOICE_TYPES = frozenset({AnswerType.YES_NO, AnswerType.RATING4, AnswerType.SINGLE})


@dataclass(frozen=True)
class _QuestionRule:
    question_id: int
    answer_type: AnswerType
    allowed: frozenset[str]  # the choice list's values, for choice questions

    def problem(self, value: str) -> str | None:
        """Why the value cannot be an answer to this question, or None."""
        kind = self.answer_type
        if kind in CHOICE_TYPES:
            if value in self.allowed:
                return None
            return _("answer {value!r} is not one of the question's choices ({choices})").format(
                value=value, choices=listed(sorted(self.allowed)))
        if kind is AnswerType.MULTIPLE:
            unknown = [v for v in value.split() if v not in self.allowed]
            if not unknown:
                return None
            return ngettext("answer {values} is not among the question's choices ({choices})",
                            "answers {values} are not among the question's choices ({choices})",
                            len(unknown)).format(values=listed(map(repr, unknown)),
                                                 choices=listed(sorted(self.allowed)))
        if kind is AnswerType.INTEGER:
            digits = value[1:] if value[:1] in "+-" else value
            if digits.isdigit():
                return None
            return _("answer {value!r} is not a whole number").format(value=value)
        if kind is AnswerType.TIME:
            try:
                time.fromisoformat(value)
            except ValueError:
                return _("answer {value!r} is not a time of day (HH:MM)").format(value=value)
        return None


def _rules(session: Session, checklist_id: int) -> dict[str, _QuestionRule]:
    choices: dict[int, set[str]] = {}
    for list_id, value in session.execute(
            select(Choice.choice_list_id, Choice.value)
            .join(Question, Question.choice_list_id == Choice.choice_list_id)
            .where(Question.checklist_id == checklist_id).distinct()):
        choices.setdefault(list_id, set()).add(value)
    return {
        name: _QuestionRule(question_id, AnswerType(answer_type),
                            frozenset(choices.get(list_id, ())))
        for question_id, name, answer_type, list_id in session.execute(
            select(Question.id, Question.name, Question.answer_type, Question.choice_list_id)
            .where(Question.checklist_id == checklist_id))
    }


def add_reports(db: Database, mission_id: int, checklist_id: int, reports: Collection[ReportRecord],
                progress: Progress | None = None) -> int:
    """Add visit reports filled in on the given checklist, with their answers.

    `reports` is read once, in order, so it may make its records as they are taken.

    Refuses, writing nothing: unknown stations, teams or question names, answers that are not
    among the question's choices (or not numbers, not times), departures before arrivals, and a
    submission id given twice or already imported. Empty answers are left out. Returns how many
    reports were added.

    The batch leaves one audit entry (the rows go in with Core statements, which the session's
    audit events do not see), so other windows watching the trail see the new reports.
    """
    with db.transaction() as session:
        added = len(insert_reports(session, mission_id, checklist_id, reports, progress))
        if added:
            # Stored, so in English like the rest of the trail.
            record_audit(session, table="visit_report", action=AuditAction.INSERT,
                         mission_id=mission_id,
                         summary=f"{added} report{'' if added == 1 else 's'} added",
                         changes={"added": [None, added], "checklist_id": [None, checklist_id]})
        return added


def insert_reports(session: Session, mission_id: int, checklist_id: int,
                   reports: Collection[ReportRecord], progress: Progress | None = None) -> list[int]:
    """`add_reports` inside the caller's transaction, for a service that writes more with the
    reports (an import adds turnout readings and an audit entry in the same unit of work).
    Returns the new reports' ids in the order of `reports`."""
    total = len(reports)
    problems: list[Problem] = []
    new_ids: list[int] = []
    require_mission(session, mission_id)
    checklist_mission = session.scalar(
        select(Checklist.mission_id).where(Checklist.id == checklist_id))
    if checklist_mission != mission_id:
        raise NotFoundError(_("checklist {checklist_id} is not a checklist of this mission")
                            .format(checklist_id=checklist_id))
    rules = _rules(session, checklist_id)
    stations = {number.casefold(): station_id for station_id, number in session.execute(
        select(PollingStation.id, PollingStation.number)
        .where(PollingStation.mission_id == mission_id))}
    teams = {name.casefold(): team_id for team_id, name in session.execute(
        select(Team.id, Team.name).where(Team.mission_id == mission_id))}
    instances: dict[str, int] = {instance.casefold(): 0 for instance in session.scalars(
        select(VisitReport.instance_id).where(VisitReport.mission_id == mission_id,
                                              VisitReport.instance_id.is_not(None)))}
    now = utcnow()
    stamp = {"mission_id": mission_id, "checklist_id": checklist_id, "created_at": now,
             "updated_at": now, "version": 1}
    report_progress(progress, 0, total)
    records = iter(reports)
    done = 0
    while chunk := list(islice(records, CHUNK)):
        rows: list[dict[str, Any]] = []
        answers: list[list[tuple[int, str]]] = []
        for index, record in enumerate(chunk, start=done + 1):
            found = len(problems)
            row, given = _check_report(record, index, rules, stations, teams, instances,
                                       problems)
            # Each problem carries the record's place in `reports` (from 0), for a caller that
            # names it otherwise (an import names the file's row).
            problems[found:] = [replace(p, row=index - 1) for p in problems[found:]]
            rows.append(row)
            answers.append(given)
        done += len(chunk)
        if not problems:
            for row in rows:
                row.update(stamp)
            # Submission ids are unique (checked above), so when every report has one they
            # alone tell the new rows apart, and far less has to come back.
            key = ("instance_id",) if all(row["instance_id"] for row in rows) else REPORT_KEY
            ids = insert_with_ids(session, VisitReport, rows, key)
            new_ids.extend(ids)
            _insert_answers(session, [
                (report_id, question_id, value)
                for report_id, given in zip(ids, answers, strict=True)
                for question_id, value in given
            ])
        report_progress(progress, done, total)
    raise_problems(problems)
    return new_ids


def _insert_answers(session: Session, rows: list[tuple[int, int, str]]) -> None:
    """Write answer rows straight through the driver's executemany.

    Answers are nine rows in ten of a findings database and need no conversion (two integers
    and a text), so SQLAlchemy's per-row parameter processing would only add a third to the time
    of a large import. The statement is still compiled by SQLAlchemy for whatever database is
    open, so it stays portable.
    """
    if not rows:
        return
    connection = session.connection()
    compiled = insert(Answer.__table__).compile(dialect=connection.dialect,
                                                column_keys=list(ANSWER_COLUMNS))
    parameters: list[Any]
    if compiled.positional:
        order = [ANSWER_COLUMNS.index(name) for name in compiled.positiontup or ()]
        parameters = rows if order == [0, 1, 2] else [tuple(r[i] for i in order) for r in rows]
    else:
        parameters = [dict(zip(ANSWER_COLUMNS, row, strict=True)) for row in rows]
    connection.exec_driver_sql(compiled.string, parameters)


def _too_long(limit: int) -> str:
    return ngettext("is longer than {n} character", "is longer than {n} characters",
                    limit).format(n=limit)


def _check_report(record: ReportRecord, index: int, rules: dict[str, _QuestionRule],
                  stations: dict[str, int], teams: dict[str, int], instances: dict[str, int],
                  problems: list[Problem]) -> tuple[dict[str, Any], list[tuple[int, str]]]:
    at = where(index)
    station_id = team_id = None
    number = (record.station_number or "").strip()
    if number:
        station_id = stations.get(number.casefold())
        if station_id is None:
            problems.append(Problem("station_number", _("no polling station {number} in this "
                                                        "mission").format(number=number), at))
    team = (record.team_name or "").strip()
    if team:
        team_id = teams.get(team.casefold())
        if team_id is None:
            problems.append(Problem("team_name", _("no team {team!r} in this mission")
                                    .format(team=team), at))
    phase = as_enum(Phase, record.phase, "phase", at, problems)
    source = as_enum(ReportSource, record.source, "source", at, problems)
    arrived, departed = record.arrived_at, record.departed_at
    arrived_ok = check_aware(arrived, "arrived_at", at, problems)
    departed_ok = check_aware(departed, "departed_at", at, problems)
    if arrived_ok and departed_ok and arrived and departed and ends_before_start(arrived, departed):
        problems.append(Problem("departed_at", _("is before the arrival"), at))
    instance = (record.instance_id or "").strip() or None
    if instance:
        folded = instance.casefold()
        first = instances.get(folded)
        if first is None:
            instances[folded] = index
        elif first:
            problems.append(Problem("instance_id", _("submission {instance} is in this list twice "
                                                     "(also record {first})")
                                    .format(instance=instance, first=first), at))
        else:  # 0: known before this batch
            problems.append(Problem("instance_id", _("submission {instance} was added already")
                                    .format(instance=instance), at))
    submitted_by = (record.submitted_by or "").strip()
    notes = (record.notes or "").strip()
    flag_reason = (record.flag_reason or "").strip()
    if len(submitted_by) > REPORT_LIMITS["submitted_by"]:
        problems.append(Problem("submitted_by", _too_long(REPORT_LIMITS["submitted_by"]), at))
    if instance and len(instance) > REPORT_LIMITS["instance_id"]:
        problems.append(Problem("instance_id", _too_long(REPORT_LIMITS["instance_id"]), at))

    given: list[tuple[int, str]] = []
    append = given.append
    for name, value in record.answers.items():
        rule = rules.get(name)
        if rule is None:
            problems.append(Problem(name, _("is not the name of a question of this checklist"), at))
            continue
        if value is None:
            continue
        value = (value if type(value) is str else str(value)).strip()
        if not value:
            continue
        # Most answers are a choice from a list: settle those without a call.
        if value in rule.allowed and rule.answer_type is not AnswerType.MULTIPLE:
            append((rule.question_id, value))
            continue
        if rule.answer_type is AnswerType.MULTIPLE:
            value = " ".join(value.split())
        why = rule.problem(value)
        if why is None:
            append((rule.question_id, value))
        else:
            problems.append(Problem(name, why, at))

    row = {
        "team_id": team_id,
        "polling_station_id": station_id,
        "phase": phase,
        "arrived_at": arrived,
        "departed_at": departed,
        "source": source,
        "instance_id": instance,
        "submitted_by": submitted_by,
        "notes": notes,
        "flagged": bool(record.flagged),
        "flag_reason": flag_reason,
    }
    return row, given
