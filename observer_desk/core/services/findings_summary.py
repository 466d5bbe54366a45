"""The numbers a statement rests on: per question, how many stations gave each answer, as
"n of N" and as a share, overall, by phase and by region; the negative share of ratings and
yes/no questions; incidents by severity; the turnout comparison.

N is the number of reports (one per station visited) that answered the question with an answer
that counts: answers whose choice is marked `excluded` (not observed, not applicable) are shown
with their count but left out of N. A multiple choice's shares are of the reports that answered
it, so they may add up to more than 100 %. Reports that did not answer a question (it did not
apply to their phase, say) are not in its N.

The counting is one SQL GROUP BY over the answers (question, value, phase, station's unit),
portable between SQLite and PostgreSQL; Python then folds the units into regions and the values
of multiple choices into choices, over a few thousand grouped rows however many answers there
are. `summary_json` gives the stable structure documented in the README.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import case, func, literal_column, null, select

from ...documents.xlsform import NOTE_KEY
from ..db import Database
from ..errors import NotFoundError
from ..language import _
from ..models import (
    AdminUnit,
    Answer,
    AnswerType,
    Checklist,
    ChecklistSection,
    Choice,
    Incident,
    Mission,
    Phase,
    PollingStation,
    Question,
    Severity,
    VisitReport,
)
from .checklist_forms import active_checklist_id
from .turnout import TurnoutComparison, turnout_comparison

SCHEMA = "observer-desk/findings-summary/1"
CHOICE_TYPES = frozenset({AnswerType.YES_NO, AnswerType.RATING4, AnswerType.SINGLE,
                          AnswerType.MULTIPLE})
SEVERITY_ORDER = (Severity.CRITICAL, Severity.SERIOUS, Severity.MINOR)
UNKNOWN_REGION = ""


@dataclass(frozen=True)
class AnswerCount:
    value: str
    label: str
    count: int
    share: float | None  # count / N; None for an excluded answer (not in N)
    negative: bool = False
    excluded: bool = False


@dataclass(frozen=True)
class Breakdown:
    """One question's answers among the reports of one phase or one region."""

    key: str  # phase value, or region code ("" for reports without a known station)
    name: str
    n: int
    answers: tuple[AnswerCount, ...]
    negative_count: int | None
    negative_share: float | None


@dataclass(frozen=True)
class QuestionSummary:
    name: str
    label: str
    section: str
    section_label: str
    answer_type: AnswerType
    n: int  # reports whose answer counts
    answered: int  # reports that answered at all (excluded answers too)
    answers: tuple[AnswerCount, ...]  # every choice, in list order; empty for other types
    negative_count: int | None  # None: the question has no negative answer
    negative_share: float | None
    by_phase: tuple[Breakdown, ...]
    by_region: tuple[Breakdown, ...]

    def answer(self, value: str) -> AnswerCount | None:
        return next((a for a in self.answers if a.value == value), None)


@dataclass(frozen=True)
class IncidentItem:
    severity: Severity
    category: str
    station: str
    region: str
    occurred_at: datetime | None
    description: str


@dataclass
class FindingsSummary:
    mission_code: str
    mission_title: str
    checklist_id: int
    form_id: str
    form_version: str
    language: str
    reports: int
    flagged_reports: int
    reports_by_phase: dict[str, int]
    reports_on_other_checklists: int
    questions: list[QuestionSummary]
    incidents_by_severity: dict[str, int]
    incidents: list[IncidentItem]
    turnout: TurnoutComparison = field(default_factory=TurnoutComparison)

    def question(self, name: str) -> QuestionSummary:
        for question in self.questions:
            if question.name == name:
                return question
        raise KeyError(name)


@dataclass
class _Choice:
    value: str
    label: str
    negative: bool
    excluded: bool


@dataclass
class _Counts:
    """Grouped counts of one question within one slice (all, a phase, a region)."""

    by_value: dict[str, int] = field(default_factory=lambda: defaultdict(int))
    answered: int = 0


def _share(count: int, n: int) -> float | None:
    return round(count / n, 4) if n else None


def _finish(choices: list[_Choice], counts: _Counts, multiple: bool
            ) -> tuple[int, tuple[AnswerCount, ...], int | None, float | None]:
    excluded_values = {c.value for c in choices if c.excluded}
    if multiple:
        # Each grouped value is a set of choices: a report is in N when it chose anything that
        # counts, and counts once for every choice it made.
        per_choice: dict[str, int] = defaultdict(int)
        n = 0
        negative_reports = 0
        negative_values = {c.value for c in choices if c.negative}
        for value, count in counts.by_value.items():
            chosen = value.split()
            for item in chosen:
                per_choice[item] += count
            if any(item not in excluded_values for item in chosen):
                n += count
            if any(item in negative_values for item in chosen):
                negative_reports += count
        answers = tuple(AnswerCount(c.value, c.label, per_choice.get(c.value, 0),
                                    None if c.excluded else _share(per_choice.get(c.value, 0), n),
                                    c.negative, c.excluded) for c in choices)
        has_negative = bool(negative_values)
        return n, answers, (negative_reports if has_negative else None), \
            (_share(negative_reports, n) if has_negative else None)
    n = sum(count for value, count in counts.by_value.items() if value not in excluded_values)
    answers = tuple(AnswerCount(c.value, c.label, counts.by_value.get(c.value, 0),
                                None if c.excluded else _share(counts.by_value.get(c.value, 0), n),
                                c.negative, c.excluded) for c in choices)
    if not any(c.negative for c in choices):
        return n, answers, None, None
    negative = sum(a.count for a in answers if a.negative)
    return n, answers, negative, _share(negative, n)


def summarise_findings(db: Database, mission_id: int, *, checklist_id: int | None = None,
                       language: str = "en") -> FindingsSummary:
    """The summary of the reports filed on the mission's active checklist (or the one given)."""
    with db.reading() as session:
        mission = session.get(Mission, mission_id)
        if mission is None:
            raise NotFoundError(_("mission {mission_id} no longer exists").format(mission_id=mission_id))
        if checklist_id is None:
            checklist_id = active_checklist_id(session, mission_id)
        checklist = session.get(Checklist, checklist_id)
        if checklist is None or checklist.mission_id != mission_id:
            raise NotFoundError(_("checklist {checklist_id} is not a checklist of this mission")
                                .format(checklist_id=checklist_id))
        sections = {s.id: s for s in session.scalars(select(ChecklistSection).where(
            ChecklistSection.checklist_id == checklist_id))}
        questions = [q for q in session.scalars(select(Question).where(
            Question.checklist_id == checklist_id).order_by(Question.position))
            if q.extra.get(NOTE_KEY) != "note"]
        choices: dict[int, list[_Choice]] = defaultdict(list)
        # Each list once, however many questions use it (a subquery, since DISTINCT over the
        # JSON labels is not something PostgreSQL does).
        for choice in session.scalars(select(Choice).where(Choice.choice_list_id.in_(
                select(Question.choice_list_id).where(Question.checklist_id == checklist_id)))
                .order_by(Choice.choice_list_id, Choice.position)):
            choices[choice.choice_list_id].append(_Choice(
                choice.value, choice.labels.get(language) or choice.labels.get("en")
                or next(iter(choice.labels.values()), choice.value), choice.negative,
                choice.excluded))
        units = {u.id: u for u in session.scalars(select(AdminUnit).where(
            AdminUnit.mission_id == mission_id))}

        choice_ids = [q.id for q in questions if q.answer_type in CHOICE_TYPES]
        # Free answers (numbers, times, texts) are only counted: grouping them by value would
        # make a group of every comment.
        # Grouped by its name: PostgreSQL would not see the expression with its bound ids in
        # the select list and the same expression again in GROUP BY as one and the same.
        grouped_value = (case((Answer.question_id.in_(choice_ids), Answer.value))
                         if choice_ids else null()).label("grouped_value")
        # The report's columns lead the grouping: led by the question, SQLite walks the answers
        # in the order of their (question, value) index, a random read of the whole table for
        # every answer, three times slower than reading them report by report.
        rows = session.execute(
            select(VisitReport.phase, PollingStation.unit_id, Answer.question_id, grouped_value,
                   func.count())
            .select_from(Answer)
            .join(VisitReport, VisitReport.id == Answer.report_id)
            .outerjoin(PollingStation, PollingStation.id == VisitReport.polling_station_id)
            .where(VisitReport.checklist_id == checklist_id)
            .group_by(VisitReport.phase, PollingStation.unit_id, Answer.question_id,
                      literal_column("grouped_value"))
        ).all()
        report_rows = session.execute(
            select(VisitReport.phase, VisitReport.flagged, func.count())
            .where(VisitReport.checklist_id == checklist_id)
            .group_by(VisitReport.phase, VisitReport.flagged)).all()
        other = session.scalar(select(func.count()).select_from(VisitReport).where(
            VisitReport.mission_id == mission_id, VisitReport.checklist_id != checklist_id)) or 0
        incident_rows = session.execute(
            select(Incident.severity, Incident.category, Incident.occurred_at,
                   Incident.description, PollingStation.number, PollingStation.unit_id)
            .outerjoin(PollingStation, PollingStation.id == Incident.polling_station_id)
            .where(Incident.mission_id == mission_id)).all()

    def region_of(unit_id: int | None) -> AdminUnit | None:
        unit = units.get(unit_id) if unit_id is not None else None
        hops = 0
        while unit is not None and unit.parent_id is not None and hops < 20:
            unit = units.get(unit.parent_id)
            hops += 1
        return unit

    regions: dict[int | None, AdminUnit | None] = {}
    # question id -> slice -> counts; slices: ("all", ""), ("phase", value), ("region", code)
    tally: dict[int, dict[tuple[str, str], _Counts]] = defaultdict(lambda: defaultdict(_Counts))
    for phase, unit_id, question_id, value, count in rows:
        if unit_id not in regions:
            regions[unit_id] = region_of(unit_id)
        region = regions[unit_id]
        phase_value = phase.value if isinstance(phase, Phase) else str(phase)
        for key in (("all", ""), ("phase", phase_value),
                    ("region", region.code if region else UNKNOWN_REGION)):
            counts = tally[question_id][key]
            counts.answered += count
            if value is not None:
                counts.by_value[value] += count
    region_names = {r.code: r.name(language) for r in regions.values() if r is not None}
    region_order = sorted(region_names, key=lambda code: region_names[code])

    summaries = []
    for question in questions:
        question_choices = choices.get(question.choice_list_id or -1, [])
        multiple = question.answer_type is AnswerType.MULTIPLE
        slices = tally.get(question.id, {})

        def breakdown(key: tuple[str, str], name: str) -> Breakdown | None:
            counts = slices.get(key)
            if counts is None:
                return None
            if question.answer_type in CHOICE_TYPES:
                n, answers, negative, negative_share = _finish(question_choices, counts, multiple)
            else:
                n, answers, negative, negative_share = counts.answered, (), None, None
            return Breakdown(key[1], name, n, answers, negative, negative_share)

        overall = slices.get(("all", ""), _Counts())
        if question.answer_type in CHOICE_TYPES:
            n, answers, negative, negative_share = _finish(question_choices, overall, multiple)
        else:
            n, answers, negative, negative_share = overall.answered, (), None, None
        by_phase = tuple(b for b in (breakdown(("phase", p.value), p.value) for p in Phase) if b)
        by_region = tuple(b for b in (
            breakdown(("region", code), region_names[code]) for code in region_order) if b)
        unknown = breakdown(("region", UNKNOWN_REGION), "")
        if unknown is not None:
            by_region += (unknown,)
        section = sections.get(question.section_id) if question.section_id else None
        summaries.append(QuestionSummary(
            question.name, question.label(language), section.name if section else "",
            (section.labels.get(language) or section.labels.get("en") or section.name)
            if section else "", question.answer_type, n, overall.answered, answers, negative,
            negative_share, by_phase, by_region))

    by_phase_reports: dict[str, int] = {p.value: 0 for p in Phase}
    flagged = 0
    for phase, is_flagged, count in report_rows:
        phase_value = phase.value if isinstance(phase, Phase) else str(phase)
        by_phase_reports[phase_value] = by_phase_reports.get(phase_value, 0) + count
        if is_flagged:
            flagged += count
    severity_counts = {s.value: 0 for s in SEVERITY_ORDER}
    items = []
    rank = {s: i for i, s in enumerate(SEVERITY_ORDER)}
    for severity, category, occurred_at, description, number, unit_id in incident_rows:
        severity = Severity(severity)
        severity_counts[severity.value] += 1
        region = region_of(unit_id)
        items.append(IncidentItem(severity, category, number or "",
                                  region.name(language) if region else "", occurred_at,
                                  description))
    items.sort(key=lambda i: (rank[i.severity], i.occurred_at or datetime.max.replace(
        tzinfo=ZoneInfo("UTC")), i.station))
    return FindingsSummary(
        mission.code, mission.title, checklist_id, checklist.form_id, checklist.form_version,
        language, sum(by_phase_reports.values()), flagged, by_phase_reports, other, summaries,
        severity_counts, items, turnout_comparison(db, mission_id, language))


# --- the JSON structure -----------------------------------------------------------------------

def _answers_json(answers: tuple[AnswerCount, ...]) -> list[dict[str, Any]]:
    return [{"value": a.value, "label": a.label, "count": a.count, "share": a.share,
             "negative": a.negative, "excluded": a.excluded} for a in answers]


def _breakdown_json(items: tuple[Breakdown, ...], key: str) -> list[dict[str, Any]]:
    return [{key: b.key or None, "name": b.name or None, "N": b.n,
             "answers": _answers_json(b.answers),
             "negative": None if b.negative_count is None else
             {"count": b.negative_count, "share": b.negative_share}} for b in items]


def summary_json(summary: FindingsSummary) -> dict[str, Any]:
    """The summary as the documented JSON structure (see README, "Findings")."""
    turnout = summary.turnout
    return {
        "schema": SCHEMA,
        "mission": {"code": summary.mission_code, "title": summary.mission_title},
        "checklist": {"form_id": summary.form_id, "form_version": summary.form_version},
        "language": summary.language,
        "reports": {"total": summary.reports, "flagged": summary.flagged_reports,
                    "by_phase": summary.reports_by_phase,
                    "on_other_checklists": summary.reports_on_other_checklists},
        "questions": [{
            "name": q.name, "label": q.label, "section": q.section, "type": q.answer_type.value,
            "N": q.n, "answered": q.answered,
            "answers": _answers_json(q.answers),
            "negative": None if q.negative_count is None else
            {"count": q.negative_count, "share": q.negative_share},
            "by_phase": _breakdown_json(q.by_phase, "phase"),
            "by_region": _breakdown_json(q.by_region, "region"),
        } for q in summary.questions],
        "incidents": {
            "by_severity": summary.incidents_by_severity,
            "items": [{"severity": i.severity.value, "category": i.category, "station": i.station,
                       "region": i.region or None,
                       "occurred_at": i.occurred_at.isoformat() if i.occurred_at else None,
                       "description": i.description} for i in summary.incidents],
        },
        "turnout": {
            "readings": turnout.readings,
            "rows": [{"series": r.series, "name": r.series_name,
                      "at": r.at.isoformat() if r.at else None, "time_zone": r.time_zone,
                      "cec_percent": r.cec_percent, "readings": r.readings,
                      "stations": r.stations, "mission_percent": r.mission_percent,
                      "cec_at_readings_percent": r.cec_at_readings_percent,
                      "difference_pp": r.difference_pp} for r in turnout.rows],
        },
    }
