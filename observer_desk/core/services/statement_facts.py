"""What a statement says from the mission's data, in its language: the value of every
placeholder (PLACEHOLDERS says what each holds) and the rows of the statement's tables (members
by sending body, meetings, stations visited, key findings, turnout).

The numbers come from the roster (members not rejected, withdrawn or replaced; states and the
organisation's bodies they come from), the itinerary (meetings, and briefings others gave the
mission, in local time; the stations visited), the findings summary (reports by phase, the key
shares as "n of N") and the turnout comparison (the mission's readings against the election
commission's published curves, each reading on its own region's curve). StatementFacts holds
plain values only, so that an issued statement keeps them as JSON and prints the same later.
"""

from __future__ import annotations

import json
from collections import defaultdict
from dataclasses import asdict, dataclass, field, fields
from datetime import date, datetime, time, timezone
from functools import cache
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import func, select, union
from sqlalchemy.orm import Session

from ...resources import resource_path
from ..countries import country_name
from ..db import Database
from ..errors import NotFoundError, ObserverDeskError, UsageError
from ..language import N_, _
from ..models import (
    AccreditationStatus,
    AdminUnit,
    AnswerType,
    BodyKind,
    CecTurnout,
    Event,
    EventKind,
    Mission,
    MissionRole,
    Observer,
    Phase,
    PollingStation,
    SendingBody,
    TurnoutReading,
    VisitReport,
)
from .statement_text import (
    LANGUAGES,
    NO_DATA,
    counted,
    format_date,
    format_percent,
    format_period,
    format_points,
    format_share,
    format_table_date,
    has_own_script_name,
    join_list,
    n_of_n,
    person_name,
    stations_share,
    utc_offset,
    written_in,
)

SNAPSHOT_SCHEMA = "observer-desk/statement-facts/1"
INACTIVE = (AccreditationStatus.REJECTED, AccreditationStatus.WITHDRAWN, AccreditationStatus.REPLACED)

# The questions of the default checklist whose shares a statement reports, in the answers that
# make the share: (question name, answer values counted).
KEY_FINDINGS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("opening_rating", ("very_good", "good")),
    ("boxes_shown_empty", ("yes",)),
    ("help_elderly_disabled", ("yes",)),
    ("wheelchair_access", ("yes",)),
    ("id_checked", ("always",)),
    ("secrecy_possible", ("yes",)),
    ("seals_intact", ("yes",)),
    ("group_voting", ("yes",)),
    ("multiple_voting", ("yes",)),
    ("pressure_on_voters", ("yes",)),
    ("unauthorised_persons", ("yes",)),
    ("observation_unrestricted", ("yes",)),
    ("turnout_info_given", ("yes",)),
    ("figures_reconcile", ("yes",)),
    ("count_rating", ("very_good", "good")),
    ("complaints_filed", ("yes",)),
    ("violations_observed", ("yes",)),
    ("voting_rating", ("very_good", "good")),
)

# Every placeholder the program fills, with what it holds. Counted phrases ("..._text") agree
# with their number; in Russian they are in the case named.
PLACEHOLDERS: dict[str, str] = {
    "mission_code": N_("the mission's code (SCO-KZ-2022)"),
    "mission_title": N_("the mission's title as recorded in the mission's details"),
    "mission_name": N_("the mission's name in the statement's language (SCO Observer Mission, "
                       "Миссия наблюдателей ШОС, 上合组织观察员团)"),
    "organisation": N_("the organisation's full name in the statement's language"),
    "organisation_short": N_("the organisation's short name in the statement's language (SCO, ШОС, 上合组织)"),
    "election": N_("the election in the statement's language (early presidential election); "
                   "Russian: nominative (внеочередные выборы Президента)"),
    "election_genitive": N_("Russian: the election in the genitive (внеочередных выборов Президента); "
                            "English and Chinese: as {election}"),
    "election_instrumental": N_("Russian: the election in the instrumental (внеочередными выборами "
                                "Президента); English and Chinese: as {election}"),
    "country": N_("the host country (the Republic of Kazakhstan, Республика Казахстан, 哈萨克斯坦共和国)"),
    "country_genitive": N_("Russian: the host country in the genitive (Республики Казахстан); "
                           "English and Chinese: as {country}"),
    "country_locative": N_("Russian: the host country after «в» (Республике Казахстан); "
                           "English and Chinese: as {country}"),
    "cec_name": N_("the election commission's name as recorded in the mission's details"),
    "election_date": N_("election day (20 November 2022, 20 ноября 2022 года, 2022年11月20日)"),
    "mission_period": N_("the mission's period as it follows a verb (from 17 to 20 November 2022, "
                         "с 17 по 20 ноября 2022 года, 2022年11月17日至20日)"),
    "place": N_("the place the statement is given at"),
    "statement_date": N_("the statement's date"),
    "observers_count": N_("members of the mission (every observer not rejected, withdrawn or replaced)"),
    "observers_text": N_("the members counted: 18 observers, 18 наблюдателей, 18名观察员"),
    "states_count": N_("member states with members in the mission (sending bodies of the kind 'state')"),
    "states_text": N_("those states counted: 7 member states, 7 государств, 7个成员国"),
    "states": N_("the names of those states, in the statement's language"),
    "bodies_count": N_("the organisation's own bodies with members in the mission (Secretariat, RATS)"),
    "bodies": N_("the names of those bodies, in the statement's language"),
    "head_name": N_("the head of mission's name: the signatory's name when the statement has one, "
                    "else from the head's record, in the statement's script"),
    "head_position": N_("the head of mission's position: the signatory's title when the statement "
                        "has one, else the head's position as recorded"),
    "meetings_count": N_("meetings held (meetings, and briefings with a counterpart), before the "
                         "statement's date"),
    "meetings_text": N_("those meetings counted: 12 meetings, 12 встреч, 12场会见"),
    "meetings": N_("those meetings as one line each: date, local time and with whom"),
    "stations_visited": N_("polling stations visited (by the itinerary's visits and the visit reports)"),
    "stations_text": N_("those stations counted: 22 polling stations, 22 избирательных участка, 22个投票站"),
    "regions_visited": N_("regions (and cities at the level of a region) of the stations visited"),
    "regions_text": N_("those regions counted"),
    "regions": N_("the names of those regions"),
    "districts_visited": N_("districts of the stations visited"),
    "districts_text": N_("those districts counted: 5 districts, 5 районах (after «в»), 5个区"),
    "districts": N_("the names of those districts"),
    "reports_count": N_("visit reports filed"),
    "reports_text": N_("those reports counted: 22 reports, 22 отчёта, 22份报告"),
    "stations_opening": N_("reports from the opening of a station"),
    "stations_voting": N_("reports from the voting"),
    "stations_counting": N_("reports from the closing and count"),
    "incidents_count": N_("incidents recorded"),
    "incidents_text": N_("those incidents counted: 1 incident, 1 инцидент, 1起事件"),
    "turnout_cec": N_("the election commission's latest country-wide turnout (its final figure)"),
    "turnout_mission": N_("the mission's own turnout at the stations it visited: ballots issued over "
                          "registered voters, all its readings together"),
    "turnout_cec_same_time": N_("the commission's published turnout for the same areas at the same "
                                "moments as the mission's readings (each read on its region's curve)"),
    "difference": N_("{turnout_mission} minus {turnout_cec_same_time}, signed: +0.01 percentage points"),
    "difference_abs": N_("the same difference without its sign"),
    "turnout_stations": N_("stations where the mission took a turnout reading"),
}
# What each key finding's placeholder holds; {name} is the checklist question's name.
FINDING_DESCRIPTION = N_("the share of stations for checklist question '{name}' as the texts quote it: "
                         "21 of 21 stations (100%), 21 из 21 участка (100 %), 21个中有21个（100%）")
FINDING_PLACEHOLDERS: dict[str, str] = {f"finding_{_name}": _name for _name, _meaning in KEY_FINDINGS}
for _placeholder, _question in FINDING_PLACEHOLDERS.items():
    PLACEHOLDERS[_placeholder] = FINDING_DESCRIPTION.format(name=_question)


def placeholder_description(name: str) -> str | None:
    """What a placeholder holds, in the language of the messages; None for one the program does
    not fill (or a finding of a question outside KEY_FINDINGS)."""
    question = FINDING_PLACEHOLDERS.get(name)
    if question is not None:
        return _(FINDING_DESCRIPTION).format(name=question)
    description = PLACEHOLDERS.get(name)
    return _(description) if description is not None else None


# --- the facts --------------------------------------------------------------------------------

@dataclass(frozen=True)
class Member:
    name: str
    position: str
    detail: str  # institution, or the position as recorded when not in the statement's script


@dataclass(frozen=True)
class MemberGroup:
    name: str
    kind: str  # state, organisation, other
    members: list[Member]


@dataclass(frozen=True)
class Meeting:
    date_text: str
    time_text: str
    zone: str  # UTC offset of the place
    title: str
    counterpart: str


@dataclass(frozen=True)
class VisitedArea:
    region: str
    district: str
    stations: int


@dataclass(frozen=True)
class FindingLine:
    name: str
    question: str
    answer: str
    n: int
    total: int
    share: float | None
    count_text: str  # n of N
    share_text: str


@dataclass(frozen=True)
class TurnoutLine:
    area: str
    stations: int
    mission: float
    cec: float
    difference: float
    national: bool


@dataclass
class StatementFacts:
    """What a statement says from the data, in its language: every placeholder's value and the
    rows of its tables. Plain values only, so that it is kept as JSON with an issued statement."""

    language: str
    values: dict[str, str]
    organisation: str
    mission_name: str
    mission_title: str
    members: list[MemberGroup] = field(default_factory=list)
    meetings: list[Meeting] = field(default_factory=list)
    areas: list[VisitedArea] = field(default_factory=list)
    phases: list[tuple[str, int]] = field(default_factory=list)
    findings: list[FindingLine] = field(default_factory=list)
    incidents: list[tuple[str, int]] = field(default_factory=list)  # severity label, count
    turnout: list[TurnoutLine] = field(default_factory=list)
    turnout_final: str = ""  # the commission's final country-wide figure, with its time
    computed_at: str = ""

    def to_json(self) -> dict[str, Any]:
        # Through JSON and back, so that what is returned is what a reload will read.
        return json.loads(json.dumps({"schema": SNAPSHOT_SCHEMA, "facts": asdict(self)}, ensure_ascii=False))

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> StatementFacts:
        if not isinstance(data, dict) or data.get("schema") != SNAPSHOT_SCHEMA:
            raise ObserverDeskError(_("the facts kept with this statement are in a form this "
                                      "version of Observer Desk does not read"))
        raw = dict(data["facts"])
        raw["members"] = [MemberGroup(g["name"], g["kind"], [Member(**m) for m in g["members"]])
                          for g in raw.get("members", [])]
        raw["meetings"] = [Meeting(**m) for m in raw.get("meetings", [])]
        raw["areas"] = [VisitedArea(**a) for a in raw.get("areas", [])]
        raw["phases"] = [tuple(p) for p in raw.get("phases", [])]
        raw["findings"] = [FindingLine(**f) for f in raw.get("findings", [])]
        raw["incidents"] = [tuple(i) for i in raw.get("incidents", [])]
        raw["turnout"] = [TurnoutLine(**t) for t in raw.get("turnout", [])]
        known = {f.name for f in fields(cls)}
        return cls(**{k: v for k, v in raw.items() if k in known})


ROLE_LABELS = {
    "en": {MissionRole.HEAD: "Head of the Mission", MissionRole.DEPUTY: "Deputy Head of the Mission",
           MissionRole.COORDINATOR: "Coordinator", MissionRole.OBSERVER: "Observer",
           MissionRole.INTERPRETER: "Interpreter", MissionRole.STAFF: "Mission staff"},
    "ru": {MissionRole.HEAD: "Руководитель Миссии", MissionRole.DEPUTY: "Заместитель руководителя Миссии",
           MissionRole.COORDINATOR: "Координатор", MissionRole.OBSERVER: "Наблюдатель",
           MissionRole.INTERPRETER: "Переводчик", MissionRole.STAFF: "Сотрудник Миссии"},
    "zh": {MissionRole.HEAD: "观察员团团长", MissionRole.DEPUTY: "观察员团副团长",
           MissionRole.COORDINATOR: "协调员", MissionRole.OBSERVER: "观察员",
           MissionRole.INTERPRETER: "翻译", MissionRole.STAFF: "工作人员"},
}
PHASE_LABELS = {
    "en": {Phase.OPENING: "Opening", Phase.VOTING: "Voting", Phase.COUNT: "Closing and count"},
    "ru": {Phase.OPENING: "Открытие участков", Phase.VOTING: "Голосование",
           Phase.COUNT: "Закрытие участков и подсчёт голосов"},
    "zh": {Phase.OPENING: "投票站开放", Phase.VOTING: "投票", Phase.COUNT: "投票结束与计票"},
}
SEVERITY_LABELS = {
    "en": {"critical": "critical", "serious": "serious", "minor": "minor"},
    "ru": {"critical": "критические", "serious": "серьёзные", "minor": "незначительные"},
    "zh": {"critical": "严重", "serious": "较重", "minor": "轻微"},
}
OTHER_GROUP = {"en": "Other members", "ru": "Другие члены Миссии", "zh": "其他成员"}
ANSWER_JOINERS = {"en": " or ", "ru": " или ", "zh": "或"}
FINAL_FIGURE = {"en": "{percent} ({when}, local time)", "ru": "{percent} ({when}, местное время)",
                "zh": "{percent}（{when}，当地时间）"}


@cache
def _names() -> dict[str, Any]:
    return json.loads(resource_path("statements", "names.json").read_text(encoding="utf-8"))


def check_language(language: str) -> None:
    if language not in LANGUAGES:
        raise UsageError(_("statements are written in {languages}; not {language!r}")
                         .format(languages=", ".join(LANGUAGES), language=language))


def _organisation_names(mission: Mission, language: str) -> tuple[str, str]:
    known = _names()["organisations"].get((mission.organisation_short or "").strip().upper())
    if known and language in known:
        return known[language]["name"], known[language]["short"]
    return mission.organisation, mission.organisation_short or mission.organisation


def _country_forms(code: str, language: str) -> tuple[str, str, str]:
    """(nominative, genitive, locative) of the host country; the same three outside Russian."""
    known = _names()["countries"].get((code or "").upper())
    if known:
        value = known[language]
        return tuple(value) if isinstance(value, list) else (value, value, value)  # type: ignore[return-value]
    name = country_name(code, language) or code
    return name, name, name


def _election_forms(mission: Mission, language: str) -> tuple[str, str, str]:
    value = _names()["elections"][mission.election_type.value][language]
    return tuple(value) if isinstance(value, list) else (value, value, value)  # type: ignore[return-value]


def _region_of(unit: AdminUnit | None, units: dict[int, AdminUnit]) -> AdminUnit | None:
    hops = 0
    while unit is not None and unit.parent_id is not None and hops < 20:
        unit = units.get(unit.parent_id)
        hops += 1
    return unit


def _turnout_on_own_curves(session: Session, mission_id: int, units: dict[int, AdminUnit]
                           ) -> tuple[float, float, int] | None:
    """(mission %, commission % at the same moments, stations) over all the mission's readings,
    each compared with the curve of its own region (the country's where the region has none)."""
    from .turnout import SAME_DAY, curve_at

    series: dict[int | None, list[tuple[datetime, float]]] = defaultdict(list)
    for figure in session.scalars(select(CecTurnout).where(CecTurnout.mission_id == mission_id)
                                  .order_by(CecTurnout.at)):
        series[figure.unit_id].append((figure.at, figure.turnout_percent))
    readings = session.execute(
        select(TurnoutReading.polling_station_id, TurnoutReading.at, TurnoutReading.registered_voters,
               TurnoutReading.ballots_issued, PollingStation.unit_id, PollingStation.opens_at)
        .join(PollingStation, PollingStation.id == TurnoutReading.polling_station_id)
        .where(TurnoutReading.mission_id == mission_id)).all()
    issued_total = registered_total = 0
    cec_weighted = 0.0
    stations: set[int] = set()
    for station_id, at, registered, issued, unit_id, opens_at in readings:
        unit = units.get(unit_id)
        key: int | None | bool = False
        hops = 0
        while unit is not None and hops < 20:
            if unit.id in series:
                key = unit.id
                break
            unit = units.get(unit.parent_id) if unit.parent_id else None
            hops += 1
        if key is False:
            if None not in series:
                continue
            key = None
        points = [(t, p) for t, p in series[key] if abs(t - at) <= SAME_DAY]  # type: ignore[index]
        if not points or not registered:
            continue
        zone = ZoneInfo(units[unit_id].time_zone)
        opening = datetime.combine(at.astimezone(zone).date(), opens_at or time(7), tzinfo=zone)
        issued_total += issued
        registered_total += registered
        cec_weighted += curve_at(points, opening, at) * registered
        stations.add(station_id)
    if not registered_total:
        return None
    return issued_total / registered_total * 100, cec_weighted / registered_total, len(stations)


def _key_findings(db: Database, mission_id: int, language: str) -> tuple[list[FindingLine],
                                                                      dict[str, int], int, int]:
    """The findings lines, reports by phase, reports in all, incidents (from the findings
    summary). A mission without a checklist has none."""
    from .findings_summary import summarise_findings

    try:
        summary = summarise_findings(db, mission_id, language=language)
    except NotFoundError:
        return [], {}, 0, 0
    wanted = dict(KEY_FINDINGS)
    questions = [q for q in summary.questions if q.name in wanted]
    if not questions:
        # Another checklist: every yes/no and rating question, by its favourable answers.
        questions = [q for q in summary.questions if q.answer_type in (AnswerType.YES_NO, AnswerType.RATING4)]
    lines = []
    for question in questions:
        if question.n <= 0:
            continue
        values = wanted.get(question.name)
        if values is None:
            values = tuple(a.value for a in question.answers if not a.negative and not a.excluded)
            if question.answer_type is AnswerType.YES_NO:
                values = values[:1]
        chosen = [a for a in question.answers if a.value in values and not a.excluded]
        if not chosen:
            continue
        count = sum(a.count for a in chosen)
        share = count / question.n
        lines.append(FindingLine(
            question.name, question.label, _answer_label([a.label for a in chosen], language),
            count, question.n, round(share, 4), n_of_n(count, question.n, language),
            format_share(share, language)))
    incidents = sum(summary.incidents_by_severity.values())
    return lines, summary.reports_by_phase, summary.reports, incidents


def _answer_label(labels: list[str], language: str) -> str:
    """'Very good or good': the answers counted, the later ones in lower case."""
    if language != "zh":
        labels = labels[:1] + [label[:1].lower() + label[1:] for label in labels[1:]]
    return ANSWER_JOINERS[language].join(labels)


def compute_facts(db: Database, mission_id: int, language: str, *, signatory_name: str = "",
                  signatory_title: str = "", place: str = "", statement_date: date | None = None,
                  now: datetime | None = None) -> StatementFacts:
    """The statement's facts from the mission's data as it is now, in `language`.

    Meetings count up to the statement's date (a preliminary statement dated the day after the
    vote leaves out its own press conference); without a date, all of them."""
    check_language(language)
    from .turnout import turnout_comparison

    with db.reading() as session:
        mission = session.get(Mission, mission_id)
        if mission is None:
            raise NotFoundError(_("mission {mission_id} no longer exists").format(mission_id=mission_id))
        session.expunge(mission)
        bodies = {b.id: b for b in session.scalars(select(SendingBody).where(
            SendingBody.mission_id == mission_id))}
        members = list(session.scalars(select(Observer).where(
            Observer.mission_id == mission_id, Observer.accreditation_status.not_in(INACTIVE))))
        events = list(session.scalars(select(Event).where(
            Event.mission_id == mission_id,
            Event.kind.in_([EventKind.MEETING, EventKind.BRIEFING])).order_by(Event.starts_at, Event.id)))
        units = {u.id: u for u in session.scalars(select(AdminUnit).where(
            AdminUnit.mission_id == mission_id))}
        visited_ids = union(
            select(Event.polling_station_id).where(
                Event.mission_id == mission_id, Event.kind == EventKind.VISIT,
                Event.polling_station_id.is_not(None)),
            select(VisitReport.polling_station_id).where(
                VisitReport.mission_id == mission_id, VisitReport.polling_station_id.is_not(None)),
        ).subquery()
        stations = list(session.execute(
            select(PollingStation.id, PollingStation.unit_id)
            .where(PollingStation.id.in_(select(visited_ids.c[0])))))
        final = session.scalar(select(CecTurnout).where(
            CecTurnout.mission_id == mission_id, CecTurnout.unit_id.is_(None))
            .order_by(CecTurnout.at.desc()).limit(1))
        own_curves = _turnout_on_own_curves(session, mission_id, units)
        head = next((o for o in members if o.mission_role is MissionRole.HEAD), None)

    organisation, organisation_short = _organisation_names(mission, language)
    mission_name = _names()["mission_names"][language].format(organisation_short=organisation_short)
    country, country_genitive, country_locative = _country_forms(mission.host_country, language)
    election, election_genitive, election_instrumental = _election_forms(mission, language)
    roles = ROLE_LABELS[language]

    # Members, grouped by sending body; the group of the head of mission first.
    role_rank = {role: rank for rank, role in enumerate(MissionRole)}
    grouped: dict[int | None, list[Observer]] = defaultdict(list)
    for observer in members:
        grouped[observer.sending_body_id].append(observer)
    order = sorted(grouped, key=lambda body_id: (
        head is None or head.sending_body_id != body_id,
        bodies[body_id].position if body_id in bodies else 1_000_000, body_id or 0))
    groups: list[MemberGroup] = []
    for body_id in order:
        body = bodies.get(body_id) if body_id is not None else None
        people = sorted(grouped[body_id], key=lambda o: (role_rank.get(o.mission_role, 99),
                                                         o.family_name, o.given_names, o.code))
        lines = []
        for observer in people:
            is_head = observer.mission_role is MissionRole.HEAD
            # One naming rule for the whole table; the signature block's spelling of the head's
            # name only stands in for a Latin-script name the statement's language does not use.
            name = person_name(observer.family_name, observer.given_names, observer.native_name, language)
            if is_head and signatory_name.strip() and language != "en" \
                    and not has_own_script_name(observer.native_name, language):
                name = signatory_name.strip()
            recorded = (signatory_title.strip() if is_head and signatory_title.strip()
                        else observer.position.strip())
            role = roles[observer.mission_role]
            if recorded and written_in(recorded, language):
                position, detail = recorded, ""
                if observer.mission_role is MissionRole.DEPUTY or (is_head and not signatory_title.strip()):
                    detail = role  # the post in the mission, beside the post at home
            else:
                # The post is recorded in another language only: the mission role says it in
                # this one, and the post follows as recorded.
                position, detail = role, recorded
            institution = observer.institution.strip()
            if language == "en" and institution and body is not None \
                    and institution.casefold() not in (body.name_en.casefold(), position.casefold()):
                detail = ", ".join(p for p in (detail, institution) if p)
            lines.append(Member(name, position, detail))
        if body is None:
            groups.append(MemberGroup(OTHER_GROUP[language], "other", lines))
        else:
            groups.append(MemberGroup(body.name(language), body.kind.value, lines))

    state_bodies = [bodies[b] for b in order if b in bodies and bodies[b].kind is BodyKind.STATE]
    state_bodies.sort(key=lambda b: b.position)
    org_bodies = [bodies[b] for b in order if b in bodies and bodies[b].kind is BodyKind.ORGANISATION]
    org_bodies.sort(key=lambda b: b.position)

    # Meetings: the mission's meetings and the briefings others gave it, up to the statement's day.
    meetings = []
    for event in events:
        if event.kind is EventKind.BRIEFING and not event.counterpart.strip():
            continue  # the mission's own briefings
        zone = ZoneInfo(event.time_zone)
        starts, ends = event.starts_at.astimezone(zone), event.ends_at.astimezone(zone)
        if statement_date is not None and starts.date() >= statement_date:
            continue
        meetings.append(Meeting(format_table_date(starts.date(), language),
                                f"{starts:%H:%M}–{ends:%H:%M}", utc_offset(starts),
                                event.title.strip(), event.counterpart.strip()))

    # Where the stations visited are.
    per_area: dict[tuple[int | None, int | None], int] = defaultdict(int)
    for _station_id, unit_id in stations:
        unit = units.get(unit_id)
        region = _region_of(unit, units)
        district = unit if unit is not None and unit.parent_id is not None else None
        per_area[(region.id if region else None, district.id if district else None)] += 1
    areas = sorted((VisitedArea(units[r].name(language) if r else "",
                                units[d].name(language) if d else "", n)
                    for (r, d), n in per_area.items()), key=lambda a: (a.region, a.district))
    region_ids = sorted({r for r, _district in per_area if r is not None},
                        key=lambda r: units[r].name(language))
    district_ids = sorted({d for _region, d in per_area if d is not None},
                          key=lambda d: (units[d].name(language)))

    findings, by_phase, reports, incidents = _key_findings(db, mission_id, language)
    comparison = turnout_comparison(db, mission_id, language)
    turnout_lines = [TurnoutLine(r.series_name, r.stations, r.mission_percent, r.cec_at_readings_percent,
                                 r.difference_pp, r.series is None)
                     for r in comparison.rows if r.at is None]
    incident_lines = _incident_lines(db, mission_id, language) if incidents else []

    final_text = NO_DATA[language]
    if final is not None:
        local = final.at.astimezone(ZoneInfo(mission.time_zone))
        final_text = FINAL_FIGURE[language].format(
            percent=format_percent(final.turnout_percent, language),
            when=f"{format_date(local.date(), language)}, {local:%H:%M}" if language != "zh"
            else f"{format_date(local.date(), language)}{local:%H:%M}")

    head_name = signatory_name.strip() or (person_name(head.family_name, head.given_names,
                                                       head.native_name, language) if head else "")
    head_position = signatory_title.strip() or (head.position.strip() if head else "")
    mission_pct, cec_pct, reading_stations = own_curves if own_curves else (None, None, 0)
    difference = None if own_curves is None else round(mission_pct, 2) - round(cec_pct, 2)

    values: dict[str, str] = {
        "mission_code": mission.code,
        "mission_title": mission.title,
        "mission_name": mission_name,
        "organisation": organisation,
        "organisation_short": organisation_short,
        "election": election,
        "election_genitive": election_genitive,
        "election_instrumental": election_instrumental,
        "country": country,
        "country_genitive": country_genitive,
        "country_locative": country_locative,
        "cec_name": mission.cec_name.strip() or (
            f"Central Election Commission of {country}" if language == "en" else ""),
        "election_date": format_date(mission.election_date, language),
        "mission_period": format_period(mission.period_start, mission.period_end, language),
        "place": place.strip(),
        "statement_date": format_date(statement_date, language),
        "observers_count": str(len(members)),
        "observers_text": counted("observers", len(members), language),
        "states_count": str(len(state_bodies)),
        "states_text": counted("states", len(state_bodies), language),
        "states": join_list((b.name(language) for b in state_bodies), language),
        "bodies_count": str(len(org_bodies)),
        "bodies": join_list((b.name(language) for b in org_bodies), language),
        "head_name": head_name,
        "head_position": head_position,
        "meetings_count": str(len(meetings)),
        "meetings_text": counted("meetings", len(meetings), language),
        "meetings": "; ".join(f"{m.date_text}, {m.time_text}: {m.counterpart or m.title}"
                              for m in meetings),
        "stations_visited": str(len(stations)),
        "stations_text": counted("stations", len(stations), language),
        "regions_visited": str(len(region_ids)),
        "regions_text": counted("regions", len(region_ids), language),
        "regions": join_list((units[r].name(language) for r in region_ids), language),
        "districts_visited": str(len(district_ids)),
        "districts_text": counted("districts", len(district_ids), language),
        "districts": join_list((units[d].name(language) for d in district_ids), language),
        "reports_count": str(reports),
        "reports_text": counted("reports", reports, language),
        "stations_opening": str(by_phase.get(Phase.OPENING.value, 0)),
        "stations_voting": str(by_phase.get(Phase.VOTING.value, 0)),
        "stations_counting": str(by_phase.get(Phase.COUNT.value, 0)),
        "incidents_count": str(incidents),
        "incidents_text": counted("incidents", incidents, language),
        "turnout_cec": format_percent(final.turnout_percent, language) if final else NO_DATA[language],
        "turnout_mission": format_percent(mission_pct, language),
        "turnout_cec_same_time": format_percent(cec_pct, language),
        "difference": format_points(difference, language),
        "difference_abs": format_points(difference, language, signed=False),
        "turnout_stations": str(reading_stations),
    }
    by_name = {line.name: line for line in findings}
    for name, _meaning in KEY_FINDINGS:
        line = by_name.get(name)
        values[f"finding_{name}"] = stations_share(line.n, line.total, line.share, language) \
            if line else NO_DATA[language]
    for line in findings:
        values.setdefault(f"finding_{line.name}",
                          stations_share(line.n, line.total, line.share, language))

    phases = [(PHASE_LABELS[language][phase], by_phase.get(phase.value, 0)) for phase in Phase] \
        if reports else []
    return StatementFacts(
        language=language, values=values, organisation=organisation, mission_name=mission_name,
        mission_title=mission.title, members=groups, meetings=meetings, areas=areas, phases=phases,
        findings=findings, incidents=incident_lines, turnout=turnout_lines, turnout_final=final_text,
        computed_at=(now or datetime.now(timezone.utc)).isoformat(timespec="seconds"))


def _incident_lines(db: Database, mission_id: int, language: str) -> list[tuple[str, int]]:
    from ..models import Incident

    with db.reading() as session:
        rows = session.execute(select(Incident.severity, func.count()).where(
            Incident.mission_id == mission_id).group_by(Incident.severity)).all()
    counts = {getattr(severity, "value", severity): n for severity, n in rows}
    return [(SEVERITY_LABELS[language][key], counts[key]) for key in ("critical", "serious", "minor")
            if counts.get(key)]
