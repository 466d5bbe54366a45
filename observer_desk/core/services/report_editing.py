"""Entering and correcting one visit report: the report's facts, its answers, its incidents and
the turnout reading its answers give, written in one transaction.

The report form and this service apply the same checklist rules (form_logic.FormLogic): an
answer must fit its question's type, a required question that applies must be answered, a
constraint must hold, and answers to questions that do not apply are dropped. The visit's own
facts (station, team, phase, arrival and departure) are also the answers of the checklist's
questions of that name (station_number, team, phase, arrival_time, departure_time), as a phone
would have filled them in, so relevance such as ``${phase} = 'opening'`` sees them.

An edit names the version of the report it started from; a report changed since raises
StaleEditError and nothing is written. Saving a report that was imported flagged for completion
(no station, an unknown team...) clears the flag, since it can only be saved complete.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime, time
from zoneinfo import ZoneInfo

from sqlalchemy import select
from sqlalchemy.orm import Session
from sqlalchemy.orm.exc import StaleDataError

from ..db import Database
from ..errors import NotFoundError, Problem, StaleEditError, ValidationError
from ..language import _, ngettext
from ..models import (
    AdminUnit,
    Answer,
    Checklist,
    Event,
    EventKind,
    EventParticipant,
    Incident,
    Mission,
    Observer,
    Phase,
    PollingStation,
    Question,
    ReportSource,
    Severity,
    Team,
    TeamMember,
    TurnoutReading,
    VisitReport,
    utcnow,
)
from .bulk import ends_before_start, string_limits
from .checklist_forms import active_checklist_id, checklist_definition
from .form_logic import FormLogic
from .submissions import ARRIVAL_NAMES, DEPARTURE_NAMES, PHASE_NAMES, STATION_NAMES, TEAM_NAMES
from .turnout import TURNOUT_QUESTIONS

INCIDENT_LIMITS = string_limits(Incident)
# Where a phone puts the visit's facts, by the role they play for the report.
HEADER_NAMES = {"station": STATION_NAMES, "team": TEAM_NAMES, "phase": PHASE_NAMES,
                "arrival": ARRIVAL_NAMES, "departure": DEPARTURE_NAMES}
UNIT_NAMES = ("unit_name", "unit", "district")


@dataclass
class IncidentDraft:
    category: str
    severity: Severity
    occurred_at: datetime | None = None  # aware
    description: str = ""
    id: int | None = None  # the stored incident this one edits; None for a new one


@dataclass
class ReportDraft:
    checklist_id: int
    phase: Phase
    polling_station_id: int | None
    team_id: int | None
    arrived_at: datetime | None = None  # aware
    departed_at: datetime | None = None  # aware
    answers: dict[str, str] = field(default_factory=dict)  # {question name: value as stored}
    notes: str = ""
    incidents: list[IncidentDraft] = field(default_factory=list)
    event_id: int | None = None  # the planned visit this report is of, when known


@dataclass(frozen=True)
class StationChoice:
    id: int
    number: str
    name: str
    address: str
    unit_name: str  # the district or city, with its region: "Yesil District, Astana"
    region_id: int | None
    region_name: str
    time_zone: str
    registered_voters: int | None


@dataclass(frozen=True)
class TeamChoice:
    id: int
    name: str
    members: str  # family names, for the picker


@dataclass(frozen=True)
class PlannedVisit:
    event_id: int
    team_id: int
    station_id: int
    phase: Phase | None
    starts_at: datetime  # UTC
    ends_at: datetime


@dataclass(frozen=True)
class EntryContext:
    """What the report form offers: the checklist, and the mission's stations, teams and
    planned visits (from the itinerary)."""

    mission_id: int
    election_date: date
    time_zone: str  # the mission's
    checklist_id: int
    checklist_label: str  # "election_day 2022.1"
    definition: dict
    stations: tuple[StationChoice, ...]
    teams: tuple[TeamChoice, ...]
    visits: tuple[PlannedVisit, ...]
    header_questions: dict[str, str]  # role (station, team, phase, arrival, departure) -> name
    unit_question: str | None

    def station(self, station_id: int | None) -> StationChoice | None:
        return next((s for s in self.stations if s.id == station_id), None)

    def team(self, team_id: int | None) -> TeamChoice | None:
        return next((t for t in self.teams if t.id == team_id), None)

    def zone_of(self, station_id: int | None) -> ZoneInfo:
        station = self.station(station_id)
        return ZoneInfo(station.time_zone if station else self.time_zone)

    def visit(self, team_id: int | None, station_id: int | None) -> PlannedVisit | None:
        return next((v for v in self.visits if v.team_id == team_id and v.station_id == station_id),
                    None)


@dataclass(frozen=True)
class ReportDetails:
    id: int
    version: int
    mission_id: int
    checklist_id: int
    checklist_label: str
    phase: Phase
    polling_station_id: int | None
    station_number: str
    station_name: str
    unit_name: str
    region_name: str
    time_zone: str  # of the station (the mission's when it has none)
    team_id: int | None
    team_name: str
    arrived_at: datetime | None
    departed_at: datetime | None
    source: ReportSource
    instance_id: str | None
    submitted_by: str
    flagged: bool
    flag_reason: str
    notes: str
    answers: dict[str, str]
    incidents: tuple[IncidentDraft, ...]
    event_id: int | None
    created_at: datetime
    updated_at: datetime

    def draft(self) -> ReportDraft:
        """The report as a draft, to edit."""
        return ReportDraft(
            self.checklist_id, self.phase, self.polling_station_id, self.team_id,
            self.arrived_at, self.departed_at, dict(self.answers), self.notes,
            [IncidentDraft(i.category, i.severity, i.occurred_at, i.description, i.id)
             for i in self.incidents], self.event_id)


# --- reading ----------------------------------------------------------------------------------

def _region(units: dict[int, AdminUnit], unit_id: int | None) -> AdminUnit | None:
    unit = units.get(unit_id) if unit_id is not None else None
    hops = 0
    while unit is not None and unit.parent_id is not None and hops < 20:
        unit = units.get(unit.parent_id)
        hops += 1
    return unit


def _unit_label(units: dict[int, AdminUnit], unit_id: int, language: str) -> str:
    unit = units.get(unit_id)
    if unit is None:
        return ""
    parent = units.get(unit.parent_id) if unit.parent_id else None
    return f"{unit.name(language)}, {parent.name(language)}" if parent else unit.name(language)


def header_questions(definition: dict) -> dict[str, str]:
    """{role: question name} for the checklist's questions that hold the visit's facts."""
    questions = {q["name"]: q for s in definition["sections"] for q in s["questions"]}
    lists = {cl["name"]: {c["value"] for c in cl["choices"]} for cl in definition["choice_lists"]}
    found: dict[str, str] = {}
    for role, names in HEADER_NAMES.items():
        name = next((n for n in names if n in questions), None)
        if name is None:
            continue
        question = questions[name]
        if role == "phase" and not {p.value for p in Phase} <= lists.get(question["choices"] or "", set()):
            continue  # a phase list of its own words: the user answers it like any question
        if role in ("arrival", "departure") and question["type"] != "time":
            continue
        found[role] = name
    return found


def entry_context(db: Database, mission_id: int, checklist_id: int | None = None,
                  language: str = "en") -> EntryContext:
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
        definition = checklist_definition(session, checklist_id)
        units = {u.id: u for u in session.scalars(select(AdminUnit).where(
            AdminUnit.mission_id == mission_id))}
        stations = []
        for station in session.scalars(select(PollingStation).where(
                PollingStation.mission_id == mission_id)):
            region = _region(units, station.unit_id)
            unit = units.get(station.unit_id)
            stations.append(StationChoice(
                station.id, station.number, station.name, station.address,
                _unit_label(units, station.unit_id, language), region.id if region else None,
                region.name(language) if region else "",
                unit.time_zone if unit else mission.time_zone, station.registered_voters))
        stations.sort(key=lambda s: (len(s.number), s.number))
        members: dict[int, list[str]] = {}
        for team_id, family_name in session.execute(
                select(TeamMember.team_id, Observer.family_name)
                .join(Observer, Observer.id == TeamMember.observer_id)
                .join(Team, Team.id == TeamMember.team_id)
                .where(Team.mission_id == mission_id)
                .order_by(TeamMember.team_id, TeamMember.position)):
            members.setdefault(team_id, []).append(family_name)
        teams = tuple(TeamChoice(team_id, name, ", ".join(members.get(team_id, [])))
                      for team_id, name in session.execute(
                          select(Team.id, Team.name).where(Team.mission_id == mission_id)
                          .order_by(Team.name)))
        visits = tuple(
            PlannedVisit(event_id, team_id, station_id, phase, starts_at, ends_at)
            for event_id, team_id, station_id, phase, starts_at, ends_at in session.execute(
                select(Event.id, EventParticipant.team_id, Event.polling_station_id, Event.phase,
                       Event.starts_at, Event.ends_at)
                .join(EventParticipant, EventParticipant.event_id == Event.id)
                .where(Event.mission_id == mission_id, Event.kind == EventKind.VISIT,
                       Event.polling_station_id.is_not(None),
                       EventParticipant.team_id.is_not(None))
                .order_by(Event.starts_at)))
        questions = {q["name"] for s in definition["sections"] for q in s["questions"]}
        return EntryContext(
            mission_id, mission.election_date, mission.time_zone, checklist_id,
            f"{checklist.form_id} {checklist.form_version}", definition, tuple(stations), teams,
            visits, header_questions(definition), next((n for n in UNIT_NAMES if n in questions), None))


def load_report(db: Database, report_id: int, language: str = "en") -> ReportDetails:
    with db.reading() as session:
        report = session.get(VisitReport, report_id)
        if report is None:
            raise NotFoundError(_("report {report_id} no longer exists").format(report_id=report_id))
        return _details(session, report, language)


def _details(session: Session, report: VisitReport, language: str) -> ReportDetails:
    mission = session.get(Mission, report.mission_id)
    checklist = session.get(Checklist, report.checklist_id)
    units = {u.id: u for u in session.scalars(select(AdminUnit).where(
        AdminUnit.mission_id == report.mission_id))}
    station = session.get(PollingStation, report.polling_station_id) \
        if report.polling_station_id else None
    team = session.get(Team, report.team_id) if report.team_id else None
    names = dict(session.execute(select(Question.id, Question.name).where(
        Question.checklist_id == report.checklist_id)).all())
    answers = {names[a.question_id]: a.value for a in session.scalars(
        select(Answer).where(Answer.report_id == report.id)) if a.question_id in names}
    incidents = tuple(IncidentDraft(i.category, Severity(i.severity), i.occurred_at,
                                    i.description, i.id)
                      for i in session.scalars(select(Incident).where(
                          Incident.report_id == report.id).order_by(Incident.id)))
    region = _region(units, station.unit_id) if station else None
    unit = units.get(station.unit_id) if station else None
    return ReportDetails(
        report.id, report.version, report.mission_id, report.checklist_id,
        f"{checklist.form_id} {checklist.form_version}" if checklist else "",
        Phase(report.phase), report.polling_station_id, station.number if station else "",
        station.name if station else "",
        _unit_label(units, station.unit_id, language) if station else "",
        region.name(language) if region else "",
        unit.time_zone if unit else (mission.time_zone if mission else "UTC"),
        report.team_id, team.name if team else "", report.arrived_at, report.departed_at,
        ReportSource(report.source), report.instance_id, report.submitted_by, report.flagged,
        report.flag_reason, report.notes, answers, incidents, report.event_id,
        report.created_at, report.updated_at)


# --- checking ---------------------------------------------------------------------------------

@dataclass
class _Checked:
    station: PollingStation | None
    team: Team | None
    zone: ZoneInfo
    answers: dict[str, str]  # what is stored
    question_ids: dict[str, int]


def _local_clock(moment: datetime | None, zone: ZoneInfo) -> str:
    return moment.astimezone(zone).strftime("%H:%M") if moment else ""


def _check(session: Session, mission_id: int, draft: ReportDraft) -> _Checked:
    problems: list[Problem] = []
    checklist = session.get(Checklist, draft.checklist_id)
    if checklist is None or checklist.mission_id != mission_id:
        raise NotFoundError(_("checklist {checklist_id} is not a checklist of this mission")
                            .format(checklist_id=draft.checklist_id))
    mission = session.get(Mission, mission_id)
    if mission is None:
        raise NotFoundError(_("mission {mission_id} no longer exists").format(mission_id=mission_id))
    definition = checklist_definition(session, draft.checklist_id)

    station = session.get(PollingStation, draft.polling_station_id) \
        if draft.polling_station_id is not None else None
    if station is None or station.mission_id != mission_id:
        problems.append(Problem("station", _("choose the polling station of the visit")))
        station = None
    team = session.get(Team, draft.team_id) if draft.team_id is not None else None
    if team is None or team.mission_id != mission_id:
        problems.append(Problem("team", _("choose the team that made the visit")))
        team = None
    try:
        phase = Phase(draft.phase)
    except ValueError:
        problems.append(Problem("phase", _("{phase!r} is not opening, voting or count")
                                .format(phase=draft.phase)))
        phase = Phase.VOTING
    for name, moment in (("arrival", draft.arrived_at), ("departure", draft.departed_at)):
        if moment is not None and (moment.tzinfo is None or moment.utcoffset() is None):
            problems.append(Problem(name, _("has no time zone")))
    if (draft.arrived_at and draft.departed_at and draft.arrived_at.tzinfo and draft.departed_at.tzinfo
            and ends_before_start(draft.arrived_at, draft.departed_at)):
        problems.append(Problem("departure", _("is before the arrival")))
    if draft.event_id is not None:
        event = session.get(Event, draft.event_id)
        if event is None or event.mission_id != mission_id:
            problems.append(Problem("event", _("the planned visit no longer exists")))

    unit = session.get(AdminUnit, station.unit_id) if station else None
    zone = ZoneInfo(unit.time_zone if unit else mission.time_zone)
    question_ids = dict((name, qid) for qid, name in session.execute(
        select(Question.id, Question.name).where(Question.checklist_id == draft.checklist_id)))
    answers = {}
    for name, value in draft.answers.items():
        if name not in question_ids:
            problems.append(Problem(name, _("is not a question of this checklist")))
            continue
        text = (value or "").strip()
        if text:
            answers[name] = text
    bound = header_questions(definition)
    facts = {"station": station.number if station else "", "team": team.name if team else "",
             "phase": phase.value, "arrival": _local_clock(draft.arrived_at, zone),
             "departure": _local_clock(draft.departed_at, zone)}
    for role, name in bound.items():
        if facts[role]:
            answers[name] = facts[role]
        else:
            answers.pop(name, None)

    logic = FormLogic(definition)
    header_field = {name: role for role, name in bound.items()}
    already = {p.field for p in problems}
    for name, problem in logic.problems(answers).items():
        # A problem with a fact of the visit is shown by the visit's own field, once.
        field_name = header_field.get(name, name)
        if field_name not in already:
            problems.append(Problem(field_name, problem.text()))

    for number, incident in enumerate(draft.incidents, start=1):
        at = _("incident {number}").format(number=number)
        category = " ".join((incident.category or "").split())
        if not category:
            problems.append(Problem("category", _("is required"), at))
        elif len(category) > INCIDENT_LIMITS["category"]:
            limit = INCIDENT_LIMITS["category"]
            problems.append(Problem("category", ngettext("is longer than {n} character",
                                                         "is longer than {n} characters", limit)
                                    .format(n=limit), at))
        try:
            Severity(incident.severity)
        except ValueError:
            problems.append(Problem("severity", _("{severity!r} is not minor, serious or critical")
                                    .format(severity=incident.severity), at))
        if incident.occurred_at is not None and incident.occurred_at.tzinfo is None:
            problems.append(Problem("time", _("has no time zone"), at))
    if problems:
        raise ValidationError(problems)
    return _Checked(station, team, zone, logic.effective(answers), question_ids)


def _reading(checked: _Checked, draft: ReportDraft) -> tuple[datetime, int, int] | None:
    """The turnout reading the answers give, as an import would take it (see submissions)."""
    answers = checked.answers
    issued_text = answers.get(TURNOUT_QUESTIONS["ballots_issued"])
    if not issued_text or checked.station is None:
        return None
    registered_text = answers.get(TURNOUT_QUESTIONS["registered_voters"])
    registered = int(registered_text) if registered_text else checked.station.registered_voters
    issued = int(issued_text)
    if not registered or registered <= 0 or not 0 <= issued <= registered:
        return None
    clock = answers.get(TURNOUT_QUESTIONS["ballots_issued_time"])
    if clock:
        anchor = draft.arrived_at or draft.departed_at
        if anchor is None:
            return None
        day = anchor.astimezone(checked.zone).date()
        moment = datetime.combine(day, time.fromisoformat(clock), tzinfo=checked.zone)
    else:
        moment = draft.arrived_at
    if moment is None:
        return None
    return moment, registered, issued


# --- writing ----------------------------------------------------------------------------------

def _write(session: Session, report: VisitReport, checked: _Checked, draft: ReportDraft) -> None:
    report.phase = Phase(draft.phase)
    report.polling_station_id = checked.station.id if checked.station else None
    report.team_id = checked.team.id if checked.team else None
    report.arrived_at = draft.arrived_at
    report.departed_at = draft.departed_at
    report.notes = (draft.notes or "").strip()
    report.event_id = draft.event_id
    report.flagged = False
    report.flag_reason = ""
    report.updated_at = utcnow()  # also when only answers changed: the version moves on

    wanted = {checked.question_ids[name]: value for name, value in checked.answers.items()}
    for answer in list(report.answers):
        if answer.question_id not in wanted:
            report.answers.remove(answer)
        else:
            value = wanted.pop(answer.question_id)
            if answer.value != value:
                answer.value = value
    for question_id, value in wanted.items():
        report.answers.append(Answer(question_id=question_id, value=value))

    kept = {i.id: i for i in draft.incidents if i.id is not None}
    for incident in list(report.incidents):
        if incident.id not in kept:
            report.incidents.remove(incident)
    stored = {i.id: i for i in report.incidents}
    for draft_incident in draft.incidents:
        incident = stored.get(draft_incident.id) if draft_incident.id is not None else None
        if incident is None:
            incident = Incident(mission_id=report.mission_id)
            report.incidents.append(incident)
        incident.polling_station_id = report.polling_station_id
        incident.category = " ".join(draft_incident.category.split())
        incident.severity = Severity(draft_incident.severity)
        incident.occurred_at = draft_incident.occurred_at
        incident.description = (draft_incident.description or "").strip()
    session.flush()

    for reading in session.scalars(select(TurnoutReading).where(
            TurnoutReading.report_id == report.id)):
        session.delete(reading)
    reading = _reading(checked, draft)
    if reading is not None and checked.station is not None:
        session.add(TurnoutReading(
            mission_id=report.mission_id, report_id=report.id,
            polling_station_id=checked.station.id, at=reading[0], registered_voters=reading[1],
            ballots_issued=reading[2]))


def create_report(db: Database, mission_id: int, draft: ReportDraft, *,
                  submitted_by: str = "", language: str = "en") -> ReportDetails:
    """Add a report entered by hand (answers, incidents and its turnout reading)."""
    with db.transaction() as session:
        checked = _check(session, mission_id, draft)
        report = VisitReport(mission_id=mission_id, checklist_id=draft.checklist_id,
                             phase=Phase(draft.phase), source=ReportSource.MANUAL,
                             submitted_by=(submitted_by or (checked.team.name if checked.team else ""))[:150])
        session.add(report)
        _write(session, report, checked, draft)
        session.flush()
        return _details(session, report, language)


def update_report(db: Database, report_id: int, version: int, draft: ReportDraft, *,
                  language: str = "en") -> ReportDetails:
    """Replace a report's facts, answers and incidents with the draft's. The draft stays on the
    report's checklist (a report is not moved to another form)."""
    try:
        with db.transaction() as session:
            report = session.get(VisitReport, report_id)
            if report is None:
                raise NotFoundError(_("report {report_id} no longer exists").format(report_id=report_id))
            if report.version != version:
                raise StaleEditError(_("this report was changed by someone else since you opened "
                                       "it; open it again to see the change"))
            if draft.checklist_id != report.checklist_id:
                raise ValidationError([Problem("checklist", _("a report stays on the checklist "
                                                              "it was filed on"))])
            checked = _check(session, report.mission_id, draft)
            _write(session, report, checked, draft)
            session.flush()
            return _details(session, report, language)
    except StaleDataError as exc:
        raise StaleEditError(_("this report was changed by someone else while you saved it; "
                               "open it again to see the change")) from exc


def delete_report(db: Database, report_id: int, version: int) -> None:
    """Delete a report with its answers, incidents and turnout reading."""
    try:
        with db.transaction() as session:
            report = session.get(VisitReport, report_id)
            if report is None:
                raise NotFoundError(_("report {report_id} no longer exists").format(report_id=report_id))
            if report.version != version:
                raise StaleEditError(_("this report was changed by someone else since you "
                                       "opened it; it was not deleted"))
            for reading in session.scalars(select(TurnoutReading).where(
                    TurnoutReading.report_id == report_id)):
                session.delete(reading)
            session.delete(report)
    except StaleDataError as exc:
        raise StaleEditError(_("this report was changed by someone else meanwhile; it was not "
                               "deleted")) from exc


def checklist_of_report(db: Database, checklist_id: int) -> dict:
    """The definition of the checklist a report was filed on (for its labels)."""
    with db.reading() as session:
        return checklist_definition(session, checklist_id)
