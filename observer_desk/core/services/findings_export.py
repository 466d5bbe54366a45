"""The findings data set for analysis elsewhere (Excel, SPSS, R): one row per report, answers
as labels in the chosen language, each multiple choice as one text column plus a 0/1 column per
choice, and a codebook with the labels in every language of the checklist."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import func, select

from ...documents.findings_workbook import SheetData, write_findings_workbook
from ...documents.xlsform import NOTE_KEY, language_header
from ..db import Database
from ..errors import NotFoundError
from ..language import _
from ..models import (
    AdminUnit,
    Answer,
    Incident,
    Mission,
    PollingStation,
    Question,
    Team,
    VisitReport,
)
from .bulk import Progress, report_progress
from .checklist_forms import active_checklist_id, checklist_definition

# (column, meaning) of the report's own columns, before the questions.
# (column, meaning) of the report's own columns, before the questions; the leading "_" keeps
# them apart from question names (a checklist may well have questions called phase or notes).
REPORT_COLUMNS = (
    ("_report_id", "Report number in Observer Desk"),
    ("_instance_id", "Submission id in ODK Central or KoboToolbox"),
    ("_station", "Polling station number"),
    ("_station_name", "Polling station"),
    ("_unit", "District or city of the station"),
    ("_region", "Region of the station"),
    ("_team", "Observer team"),
    ("_phase", "Phase observed: opening, voting or count"),
    ("_arrived", "Arrival, local time of the station"),
    ("_departed", "Departure, local time of the station"),
    ("_time_zone", "Time zone of the station"),
    ("_source", "How the report came in: manual, odk or kobo"),
    ("_submitted_by", "Who submitted it"),
    ("_flagged", "1 if the report must be completed"),
    ("_flag_reason", "What must be completed"),
    ("_notes", "Notes on the report"),
)
CHUNK = 2_000


@dataclass(frozen=True)
class FindingsExport:
    reports: int
    columns: int
    questions: int


def _label(labels: dict[str, str], language: str, fallback: str) -> str:
    return labels.get(language) or labels.get("en") or next(iter(labels.values()), "") or fallback


def export_findings(db: Database, mission_id: int, path: Path | str, *, language: str = "en",
                    checklist_id: int | None = None,
                    progress: Progress | None = None) -> FindingsExport:
    with db.reading() as session:
        mission = session.get(Mission, mission_id)
        if mission is None:
            raise NotFoundError(_("mission {mission_id} no longer exists").format(mission_id=mission_id))
        if checklist_id is None:
            checklist_id = active_checklist_id(session, mission_id)
        definition = checklist_definition(session, checklist_id)
        question_ids = {name: qid for qid, name in session.execute(
            select(Question.id, Question.name).where(Question.checklist_id == checklist_id))}
        report_count = session.scalar(select(func.count()).select_from(VisitReport).where(
            VisitReport.checklist_id == checklist_id)) or 0
        incident_count = session.scalar(select(func.count()).select_from(Incident).where(
            Incident.mission_id == mission_id)) or 0

    lists = {cl["name"]: cl["choices"] for cl in definition["choice_lists"]}
    questions = [q for s in definition["sections"] for q in s["questions"]
                 if q["extra"].get(NOTE_KEY) != "note"]
    languages = sorted({code for q in questions for code in q["labels"]},
                       key=lambda c: (c != definition["default_language"], c not in ("en", "ru", "zh"),
                                      ("en", "ru", "zh").index(c) if c in ("en", "ru", "zh") else 0, c))

    headers = [name for name, _meaning in REPORT_COLUMNS]
    # For each question: (position of its column, value -> shown text, choice columns)
    layout: list[tuple[int, dict[str, str], list[str]]] = []
    for question in questions:
        choices = lists.get(question["choices"] or "", [])
        shown = {c["value"]: _label(c["labels"], language, c["value"]) for c in choices}
        layout.append((question_ids[question["name"]], shown,
                       [c["value"] for c in choices] if question["type"] == "multiple" else []))
        headers.append(question["name"])
        if question["type"] == "multiple":
            headers += [f"{question['name']}/{c['value']}" for c in choices]
    types = {question_ids[q["name"]]: q["type"] for q in questions}

    data = SheetData("Data", headers, _data_rows(db, mission_id, checklist_id, layout, types,
                                                 language, report_count, progress), report_count)
    codebook = _codebook(definition, questions, lists, languages)
    incidents = SheetData("Incidents", ["_report_id", "station", "severity", "category",
                                        "occurred_utc", "description"],
                          _incident_rows(db, mission_id), incident_count)
    write_findings_workbook(path, [data, codebook, incidents])
    return FindingsExport(report_count, len(headers), len(questions))


def _codebook(definition: dict[str, Any], questions: list[dict[str, Any]],
              lists: dict[str, list[dict[str, Any]]], languages: list[str]) -> SheetData:
    headers = ["variable", "section", "type", "value",
               *(f"label {language_header(c)}" for c in languages), "negative", "left out of N"]
    sections = {q["name"]: s["name"] for s in definition["sections"] for q in s["questions"]}
    rows: list[list[Any]] = []
    blank = [""] * (len(languages) - 1)
    for name, meaning in REPORT_COLUMNS:
        rows.append([name, "", "report", "", meaning, *blank, "", ""])
    for question in questions:
        rows.append([question["name"], sections[question["name"]], question["type"], "",
                     *(question["labels"].get(c, "") for c in languages), "", ""])
        for choice in lists.get(question["choices"] or "", []):
            variable = (f"{question['name']}/{choice['value']}" if question["type"] == "multiple"
                        else question["name"])
            rows.append([variable, "", "0/1" if question["type"] == "multiple" else "",
                         choice["value"], *(choice["labels"].get(c, "") for c in languages),
                         "yes" if choice["negative"] else "", "yes" if choice["excluded"] else ""])
    return SheetData("Codebook", headers, rows, len(rows))


def _data_rows(db: Database, mission_id: int, checklist_id: int,
               layout: list[tuple[int, dict[str, str], list[str]]], types: dict[int, str],
               language: str, total: int, progress: Progress | None) -> Iterator[list[Any]]:
    with db.reading() as session:
        units = {u.id: u for u in session.scalars(select(AdminUnit).where(
            AdminUnit.mission_id == mission_id))}
        stations = {s.id: s for s in session.scalars(select(PollingStation).where(
            PollingStation.mission_id == mission_id))}
        teams = {team_id: name for team_id, name in session.execute(
            select(Team.id, Team.name).where(Team.mission_id == mission_id))}
    zones: dict[str, ZoneInfo] = {}

    def region(unit: AdminUnit | None) -> AdminUnit | None:
        hops = 0
        while unit is not None and unit.parent_id is not None and hops < 20:
            unit = units.get(unit.parent_id)
            hops += 1
        return unit

    done = 0
    report_progress(progress, 0, total)
    last_id = 0
    while True:
        # Keyset pages: each page is its own short read, so a long export never holds one
        # transaction open against the writers.
        with db.reading() as session:
            reports = session.execute(
                select(VisitReport.id, VisitReport.instance_id, VisitReport.polling_station_id,
                       VisitReport.team_id, VisitReport.phase, VisitReport.arrived_at,
                       VisitReport.departed_at, VisitReport.source, VisitReport.submitted_by,
                       VisitReport.flagged, VisitReport.flag_reason, VisitReport.notes)
                .where(VisitReport.checklist_id == checklist_id, VisitReport.id > last_id)
                .order_by(VisitReport.id).limit(CHUNK)).all()
            if not reports:
                break
            answers: dict[int, dict[int, str]] = {}
            for report_id, question_id, value in session.execute(
                    select(Answer.report_id, Answer.question_id, Answer.value).where(
                        Answer.report_id.between(reports[0][0], reports[-1][0]))):
                answers.setdefault(report_id, {})[question_id] = value
        for (report_id, instance, station_id, team_id, phase, arrived, departed, source,
             submitted_by, flagged, flag_reason, notes) in reports:
            station = stations.get(station_id) if station_id else None
            unit = units.get(station.unit_id) if station else None
            zone_name = unit.time_zone if unit else "UTC"
            zone = zones.setdefault(zone_name, ZoneInfo(zone_name))
            top = region(unit)
            row: list[Any] = [
                report_id, instance or "", station.number if station else "",
                station.name if station else "", unit.name(language) if unit and unit is not top
                else "", top.name(language) if top else "", teams.get(team_id, ""),
                str(getattr(phase, "value", phase)),
                arrived.astimezone(zone).replace(tzinfo=None) if arrived else None,
                departed.astimezone(zone).replace(tzinfo=None) if departed else None,
                zone_name if station else "", str(getattr(source, "value", source)), submitted_by,
                1 if flagged else 0, flag_reason, notes]
            given = answers.get(report_id, {})
            for question_id, shown, multiple in layout:
                value = given.get(question_id)
                kind = types[question_id]
                if multiple:
                    chosen = value.split() if value else []
                    row.append("; ".join(shown.get(v, v) for v in chosen) if value else "")
                    row += [(1 if v in chosen else 0) if value else None for v in multiple]
                elif value is None:
                    row.append(None)
                elif kind == "integer":
                    row.append(int(value))
                elif shown:
                    row.append(shown.get(value, value))
                else:
                    row.append(value)
            yield row
        done += len(reports)
        last_id = reports[-1][0]
        report_progress(progress, done, total)


def _incident_rows(db: Database, mission_id: int) -> Iterator[list[Any]]:
    with db.reading() as session:
        rows = session.execute(
            select(Incident.report_id, PollingStation.number, Incident.severity, Incident.category,
                   Incident.occurred_at, Incident.description)
            .outerjoin(PollingStation, PollingStation.id == Incident.polling_station_id)
            .where(Incident.mission_id == mission_id).order_by(Incident.id)).all()
    for report_id, number, severity, category, occurred, description in rows:
        yield [report_id, number or "", str(getattr(severity, "value", severity)), category,
               occurred.replace(tzinfo=None) if occurred else None, description]
