"""Importing submissions exported from ODK Central or KoboToolbox: a plan first, then one
all-or-nothing commit.

The plan reads the file (documents/submissions_reader.py) and says, row by row, what the import
would do: add the report (flagged when the user must complete it), leave it because it was
imported before (same submission id) or because the server's review rejected it, or why it
cannot be used (row, column, what is wrong). Columns are matched to the mission's active
checklist by question name, with group prefixes (``voting/``, ``voting-``) removed, or by the
question's label in any language (Kobo's "labels" headers); answers given as labels are turned
into the choices' values; a multiple choice may come as one space-separated column, as 0/1
columns ``question/choice``, or both.

A submission's station, team, phase and times come from questions or columns such as
station / polling_station / station_number, team, phase, arrival_time / departure_time, and the
phone's start and end. A station is matched to the mission's stations by number. A submission
without a station, with a station the mission does not know, without a team or without a time
is added and flagged (VisitReport.flagged and flag_reason), never refused.

Duplicates (the same submission id twice in the file, or the same station, phase and arrival
time twice, in the file or against a stored report) are listed as groups; the user says which
rows to leave out, and the commit refuses while any group still holds more than one report.
Nothing is merged or deleted.
"""

from __future__ import annotations

import enum
import re
from collections.abc import Collection, Iterable
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time
from pathlib import Path
from zoneinfo import ZoneInfo

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError, OperationalError

from ...documents.submissions_reader import SubmissionsTable, read_submissions
from ...documents.xlsform import NOTE_KEY
from ..audit import record_audit
from ..backup import backup_before
from ..db import Database
from ..errors import NotFoundError, Problem, StaleEditError, ValidationError
from ..language import N_, _, ngettext, pgettext
from ..language import _ as translated  # a text marked with N_ where it is kept
from ..models import (
    AdminUnit,
    AnswerType,
    AuditAction,
    Checklist,
    Choice,
    Mission,
    Phase,
    PollingStation,
    Question,
    ReportSource,
    Team,
    TurnoutReading,
    VisitReport,
)
from .bulk import CHUNK, Progress, insert_rows, report_progress
from .checklist_forms import active_checklist_id
from .conflicts import phase_name
from .reports import ReportRecord, insert_reports
from .turnout import TURNOUT_QUESTIONS

STATION_NAMES = ("station_number", "station", "polling_station", "polling_station_number",
                 "station_no", "ps_number", "ps_no", "ps")
TEAM_NAMES = ("team", "team_name", "team_id")
PHASE_NAMES = ("phase",)
ARRIVAL_NAMES = ("arrival_time", "arrival", "arrived_at", "time_arrival")
DEPARTURE_NAMES = ("departure_time", "departure", "departed_at", "time_departure")

# Columns the servers add to every export, by what they tell the import (lower case).
META_COLUMNS = {
    "key": "key", "meta-instanceid": "instance", "meta/instanceid": "instance",
    "meta.instanceid": "instance", "instanceid": "instance", "_uuid": "uuid",
    "submissiondate": "submitted_at", "_submission_time": "submitted_at",
    "submittername": "submitted_by", "_submitted_by": "submitted_by", "username": "username",
    "reviewstate": "review_state", "_validation_status": "validation_status",
    "start": "start", "end": "end",
}
IGNORED_META = frozenset({
    "submitterid", "attachmentspresent", "attachmentsexpected", "status", "deviceid", "edits",
    "formversion", "_id", "_index", "_notes", "_status", "_tags", "__version__", "_version_",
    "_xform_id_string", "_attachments", "_geolocation", "meta-instancename", "meta/instancename",
    "instancename", "meta/rootuuid", "meta-rootuuid", "meta/deprecatedid", "meta-deprecatedid",
    "formhub/uuid", "today", "_parent_index", "_parent_table_name", "_submission__id",
    "_submission__uuid", "phonenumber", "simserial", "subscriberid", "audit", "meta-audit",
    "meta/audit", "_media_count", "_media_all_received", "_total_media",
})
ODK_MARKERS = frozenset({"key", "submissiondate", "reviewstate", "meta-instanceid", "submittername"})
KOBO_MARKERS = frozenset({"_uuid", "_submission_time", "_submitted_by", "_id", "_index"})
SEPARATORS = "/-.:"
# Why a row is left out (shown in the plan, never stored).
REJECTED = {"rejected": N_("rejected in ODK Central's review"),
            "validation_status_not_approved": N_("not approved in KoboToolbox's validation")}
# Flags are stored with the report (flag_reason) in English, so that colleagues reading the
# database in any language read the same words; the plan shows them in the user's language too.
HELD = {"hasissues": N_("ODK Central's review says it has issues"),
        "validation_status_on_hold": N_("on hold in KoboToolbox's validation")}
ONE_WORDS = frozenset({"1", "true", "yes", "1.0"})
ZERO_WORDS = frozenset({"0", "false", "no", "0.0", ""})


class SubmissionAction(enum.StrEnum):
    ADD = "add"
    ALREADY_IMPORTED = "already imported"
    SKIPPED = "skipped"
    ERROR = "error"


@dataclass(frozen=True)
class ColumnUse:
    """One column of the file and what the import takes it for."""

    index: int
    header: str
    use: str  # "question", "choice", "meta", "station", "team", "ignored", "unknown"
    question: str | None = None
    choice: str | None = None
    meta: str | None = None
    note: str = ""


@dataclass(frozen=True)
class Flag:
    """Why a report is flagged for completion: `stored` in English (flag_reason), `shown` in the
    language of the messages, made from the same template."""

    stored: str
    shown: str

    def __str__(self) -> str:
        return self.stored


def make_flag(template: str, **values: object) -> Flag:
    """A flag from a template marked with N_(), filled in English and in the messages' language."""
    return Flag(template.format(**values), translated(template).format(**values))


@dataclass
class PlannedSubmission:
    row: int
    action: SubmissionAction
    instance_id: str | None = None
    station_number: str | None = None
    station_id: int | None = None
    team_name: str | None = None
    team_id: int | None = None
    phase: Phase = Phase.VOTING
    arrived_at: datetime | None = None
    departed_at: datetime | None = None
    submitted_by: str = ""
    flags: tuple[Flag, ...] = ()
    problems: tuple[Problem, ...] = ()
    note: str = ""  # why the row is not added (already imported, rejected)
    values: tuple[str | None, ...] = field(default=(), repr=False)  # aligned with plan.questions
    reading: tuple[datetime, int, int] | None = None  # (at, registered voters, ballots issued)

    @property
    def flagged(self) -> bool:
        return bool(self.flags)

    @property
    def flag_reason(self) -> str:
        """The flags as stored with the report: in English, whatever the user's language."""
        return "; ".join(f.stored for f in self.flags)

    @property
    def shown_flags(self) -> tuple[str, ...]:
        """The flags in the language of the messages, for the user to read before the import."""
        return tuple(f.shown for f in self.flags)


@dataclass(frozen=True)
class DuplicateGroup:
    kind: str  # "submission id" or "visit"
    key: str  # what the rows share, for the user
    rows: tuple[int, ...]  # file rows
    existing_reports: tuple[int, ...] = ()  # stored reports with the same key

    def kept(self, skip: Collection[int]) -> int:
        return sum(1 for r in self.rows if r not in skip) + len(self.existing_reports)

    def describe(self) -> str:
        rows = ", ".join(str(r) for r in self.rows)
        count = len(self.existing_reports)
        stored = ngettext(" and {n} stored report", " and {n} stored reports", count).format(
            n=count) if count else ""
        kinds = {"submission id": pgettext("duplicate", "submission id"),
                 "visit": pgettext("duplicate", "visit")}
        return _("same {kind} ({key}): rows {rows}{stored}").format(
            kind=kinds.get(self.kind, self.kind), key=self.key, rows=rows, stored=stored)


@dataclass
class SubmissionPlan:
    mission_id: int
    checklist_id: int
    checklist: str  # "election_day 2022.1"
    path: Path
    source: ReportSource
    file: str  # how the file was read
    columns: tuple[ColumnUse, ...]
    questions: tuple[str, ...]  # the order of PlannedSubmission.values
    rows: list[PlannedSubmission]
    duplicates: list[DuplicateGroup]
    notes: tuple[str, ...] = ()
    station_numbers: dict[int, str] = field(default_factory=dict, repr=False)

    def count(self, action: SubmissionAction) -> int:
        return sum(1 for r in self.rows if r.action is action)

    @property
    def has_errors(self) -> bool:
        return any(r.action is SubmissionAction.ERROR for r in self.rows)

    @property
    def problems(self) -> list[Problem]:
        return [p for r in self.rows for p in r.problems]

    @property
    def flagged_rows(self) -> list[PlannedSubmission]:
        return [r for r in self.rows if r.action is SubmissionAction.ADD and r.flagged]

    @property
    def unknown_columns(self) -> list[ColumnUse]:
        return [c for c in self.columns if c.use == "unknown"]

    def unresolved(self, skip: Collection[int] = ()) -> list[DuplicateGroup]:
        return [g for g in self.duplicates if g.kept(skip) > 1]

    def answers(self, row: PlannedSubmission) -> dict[str, str]:
        return {name: value for name, value in zip(self.questions, row.values, strict=False)
                if value is not None}

    def summary(self, skip: Collection[int] = ()) -> str:
        total = len(self.rows)
        text = _("{submissions}: {add} to add ({flagged} flagged for completion), {imported} "
                 "already imported, {skipped} skipped, {errors} with errors").format(
            submissions=ngettext("{n} submission", "{n} submissions", total).format(n=total),
            add=self.count(SubmissionAction.ADD), flagged=len(self.flagged_rows),
            imported=self.count(SubmissionAction.ALREADY_IMPORTED),
            skipped=self.count(SubmissionAction.SKIPPED), errors=self.count(SubmissionAction.ERROR))
        unresolved = len(self.unresolved(skip))
        if unresolved:
            text += ngettext("; {n} group of duplicates to resolve",
                             "; {n} groups of duplicates to resolve", unresolved).format(n=unresolved)
        elif self.duplicates:
            resolved = len(self.duplicates)
            text += ngettext("; {n} group of duplicates resolved",
                             "; {n} groups of duplicates resolved", resolved).format(n=resolved)
        return text


@dataclass(frozen=True)
class SubmissionImport:
    added: int
    flagged: int
    readings: int
    left_out: int  # rows the user chose to leave out
    already_imported: int

    def summary(self) -> str:
        return _("{reports}, {readings}; {left_out} left out as duplicates, {already} already "
                 "imported").format(
            reports=ngettext("{n} report added ({flagged} flagged for completion)",
                             "{n} reports added ({flagged} flagged for completion)",
                             self.added).format(n=self.added, flagged=self.flagged),
            readings=ngettext("{n} turnout reading", "{n} turnout readings",
                              self.readings).format(n=self.readings),
            left_out=self.left_out, already=self.already_imported)


# --- the checklist, as the import sees it -------------------------------------------------------

def _fold(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip().casefold().rstrip(" ?:.")


@dataclass
class _Question:
    id: int
    name: str
    position: int  # in plan.questions
    answer_type: AnswerType
    values: tuple[str, ...] = ()  # choice values in list order
    by_fold: dict[str, str] = field(default_factory=dict)  # folded value or label -> value
    labels: tuple[str, ...] = ()  # folded question labels
    choice_labels: dict[str, list[str]] = field(default_factory=dict)  # value -> folded labels

    def choice(self, text: str) -> str | None:
        if text in self.values:
            return text
        return self.by_fold.get(_fold(text))


def _load_questions(session, checklist_id: int) -> list[_Question]:
    choices: dict[int, list[Choice]] = {}
    # The lists used by the checklist's questions, by id: DISTINCT over the choices' own columns
    # would compare their JSON labels, which PostgreSQL cannot do.
    used = select(Question.choice_list_id).where(Question.checklist_id == checklist_id)
    for choice in session.scalars(select(Choice).where(Choice.choice_list_id.in_(used))
                                  .order_by(Choice.position, Choice.id)):
        choices.setdefault(choice.choice_list_id, []).append(choice)
    questions = []
    for q in session.scalars(select(Question).where(Question.checklist_id == checklist_id)
                             .order_by(Question.position)):
        if q.extra.get(NOTE_KEY) == "note":
            continue
        listed = choices.get(q.choice_list_id or -1, [])
        by_fold: dict[str, str] = {}
        choice_labels: dict[str, list[str]] = {}
        for c in listed:
            by_fold.setdefault(_fold(c.value), c.value)
        for c in listed:
            folded = [_fold(label) for label in c.labels.values() if label]
            choice_labels[c.value] = folded
            for label in folded:
                by_fold.setdefault(label, c.value)
        questions.append(_Question(q.id, q.name, len(questions), q.answer_type,
                                   tuple(c.value for c in listed), by_fold,
                                   tuple(_fold(label) for label in q.labels.values() if label),
                                   choice_labels))
    return questions


# --- columns ----------------------------------------------------------------------------------

def _suffixes(header: str) -> Iterable[str]:
    """The header, then what follows each group separator: 'a/b-c' -> 'a/b-c', 'b-c', 'c'."""
    yield header
    for index, char in enumerate(header):
        if char in SEPARATORS and index + 1 < len(header):
            yield header[index + 1:]


def _classify(headers: tuple[str, ...], questions: list[_Question]) -> list[ColumnUse]:
    by_name = {q.name: q for q in questions}
    by_name_fold = {q.name.casefold(): q for q in questions}
    by_label: dict[str, _Question | None] = {}
    for q in questions:
        for label in q.labels:
            by_label[label] = None if label in by_label and by_label[label] is not q else q
    uses: list[ColumnUse] = []
    taken: dict[tuple[str, str | None], str] = {}

    def question_for(text: str) -> _Question | None:
        found = _question_suffix(text, by_name, by_name_fold)
        return found[1] if found else None

    def label_for(text: str) -> _Question | None:
        parts = text.split("/")
        for start in range(len(parts)):
            q = by_label.get(_fold("/".join(parts[start:])))
            if q is not None:
                return q
        return None

    for index, header in enumerate(headers):
        lower = header.strip().lower()
        use: ColumnUse | None = None
        if not lower:
            use = ColumnUse(index, header, "ignored", note=_("no header"))
        elif lower in META_COLUMNS:
            use = ColumnUse(index, header, "meta", meta=META_COLUMNS[lower])
        elif lower in IGNORED_META:
            use = ColumnUse(index, header, "ignored", note=_("added by the server, not needed"))
        if use is None:
            # 'summary/people_talked_to/domestic_observers' ends with a question's name, but
            # is a choice column of people_talked_to: the reading that explains more of the
            # header wins.
            named = _question_suffix(header, by_name, by_name_fold)
            choice = _choice_column(index, header, by_name, by_name_fold, label_for)
            if choice is not None and (named is None or choice[0] < named[0]):
                use = choice[1]
            elif named is not None:
                use = ColumnUse(index, header, "question", question=named[1].name)
        if use is None:
            q = label_for(header)
            if q is not None:
                use = ColumnUse(index, header, "question", question=q.name)
        if use is None:
            last = list(_suffixes(lower))
            if any(s in STATION_NAMES for s in last):
                use = ColumnUse(index, header, "station")
            elif any(s in TEAM_NAMES for s in last):
                use = ColumnUse(index, header, "team")
            elif any(s in ("start", "end") for s in last[1:]):
                use = ColumnUse(index, header, "meta", meta=last[-1] if last[-1] in ("start", "end")
                                else next(s for s in last[1:] if s in ("start", "end")))
            elif lower.startswith("_") or lower.startswith("meta"):
                use = ColumnUse(index, header, "ignored", note=_("added by the server, not needed"))
            else:
                use = ColumnUse(index, header, "unknown", note=_("no question of the checklist has "
                                                                 "this name or label"))
        key = (use.use, use.question if use.use == "question" else
               f"{use.question}/{use.choice}" if use.use == "choice" else use.meta or use.use)
        if use.use in ("question", "choice", "meta", "station", "team") and key in taken:
            use = ColumnUse(index, header, "ignored",
                            note=_("the same as column '{header}', which is read instead").format(
                                header=taken[key]))
        elif use.use in ("question", "choice", "meta", "station", "team"):
            taken[key] = header
        uses.append(use)
    return uses


def _question_suffix(text: str, by_name: dict[str, _Question],
                     by_name_fold: dict[str, _Question]) -> tuple[int, _Question] | None:
    """(where the name starts, question) for the longest end of the header that is a
    question's name."""
    for suffix in _suffixes(text):
        q = by_name.get(suffix) or by_name_fold.get(suffix.casefold())
        if q is not None:
            return len(text) - len(suffix), q
    return None


def _choice_column(index: int, header: str, by_name: dict[str, _Question],
                   by_name_fold: dict[str, _Question], label_for
                   ) -> tuple[int, ColumnUse] | None:
    """A 0/1 column of one choice of a multiple choice: 'q/choice', 'group/q/choice', or Kobo's
    labels 'Question label/Choice label'; with where the question's part starts."""
    for position in range(len(header) - 1, 0, -1):
        if header[position] not in SEPARATORS:
            continue
        left, right = header[:position], header[position + 1:]
        found = _question_suffix(left, by_name, by_name_fold)
        if found is not None and found[1].answer_type is AnswerType.MULTIPLE:
            value = found[1].choice(right)
            if value is not None:
                return found[0], ColumnUse(index, header, "choice", question=found[1].name,
                                           choice=value)
        if header[position] == "/":
            q = label_for(left)
            if q is not None and q.answer_type is AnswerType.MULTIPLE:
                value = q.by_fold.get(_fold(right))
                if value is not None:
                    return 0, ColumnUse(index, header, "choice", question=q.name, choice=value)
    return None


# --- values -----------------------------------------------------------------------------------

_INTEGER = re.compile(r"^[+-]?[0-9]+(?:\.0+)?$")
_TIME = re.compile(r"^(\d{1,2}):(\d{2})(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?$")


def _as_text(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, datetime):
        return value.isoformat()
    if isinstance(value, time):
        return value.strftime("%H:%M")
    return str(value).strip()


def _split_labels(text: str, q: _Question) -> list[str] | None:
    """Kobo's 'labels' export joins the labels of a multiple choice with spaces, and labels have
    spaces of their own: find the labels that make up the text, or None."""
    folded = _fold(text)
    labels = sorted(((label, value) for value, ls in q.choice_labels.items() for label in ls),
                    key=lambda item: -len(item[0]))

    def walk(position: int) -> list[str] | None:
        while position < len(folded) and folded[position] in " ,;":
            position += 1
        if position == len(folded):
            return []
        for label, value in labels:
            if folded.startswith(label, position):
                rest = walk(position + len(label))
                if rest is not None:
                    return [value, *rest]
        return None

    return walk(0)


def _convert(q: _Question, raw: object) -> tuple[str | None, str | None]:
    """(stored value, None) or (None, why not); (None, None) for an empty cell."""
    kind = q.answer_type
    if kind is AnswerType.MULTIPLE:
        text = _as_text(raw)
        if not text:
            return None, None
        tokens = text.split()
        values = [q.choice(t) for t in tokens]
        if any(v is None for v in values):
            values = _split_labels(text, q)  # type: ignore[assignment]
            if values is None:
                return None, _("{text!r} is not made of the question's choices ({choices})").format(
                    text=text, choices=", ".join(q.values))
        chosen = set(values)
        return " ".join(v for v in q.values if v in chosen), None
    if kind in (AnswerType.YES_NO, AnswerType.RATING4, AnswerType.SINGLE):
        if isinstance(raw, bool):
            raw = "yes" if raw else "no"
        text = _as_text(raw)
        if not text:
            return None, None
        value = q.choice(text)
        if value is None:
            return None, _("{text!r} is not one of the question's choices ({choices})").format(
                text=text, choices=", ".join(q.values))
        return value, None
    if kind is AnswerType.INTEGER:
        if isinstance(raw, bool):
            return None, _("{text!r} is not a whole number").format(text=raw)
        text = _as_text(raw).replace("\u00a0", "").replace(" ", "")
        if not text:
            return None, None
        if not _INTEGER.match(text):
            return None, _("{text!r} is not a whole number").format(text=text)
        return str(int(float(text))) if "." in text else str(int(text)), None
    if kind is AnswerType.TIME:
        if isinstance(raw, (time, datetime)):
            return raw.strftime("%H:%M"), None
        text = _as_text(raw)
        if not text:
            return None, None
        if "T" in text:  # a whole date-time where a time was asked
            text = text.split("T", 1)[1]
        match = _TIME.match(text)
        if not match or int(match.group(1)) > 23 or int(match.group(2)) > 59:
            return None, _("{text!r} is not a time of day (HH:MM)").format(text=text)
        return f"{int(match.group(1)):02d}:{match.group(2)}", None
    text = _as_text(raw)
    return (text or None), None


def _instant(raw: object, zone: ZoneInfo) -> datetime | None:
    """A date-time from a cell: ISO text with or without offset, or a workbook date; times without
    a zone are taken in the station's zone. Raises ValueError when unreadable."""
    if raw is None or raw == "":
        return None
    if isinstance(raw, datetime):
        moment = raw
    else:
        text = _as_text(raw).replace("Z", "+00:00").replace(" ", "T", 1)
        if re.search(r"[+-]\d{4}$", text):
            text = text[:-2] + ":" + text[-2:]
        moment = datetime.fromisoformat(text)
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=zone)
    return moment


# --- planning ---------------------------------------------------------------------------------

@dataclass
class _Context:
    mission_id: int
    checklist_id: int
    checklist: str
    mission_zone: ZoneInfo
    election_day: date
    questions: list[_Question]
    stations: dict[str, int]
    stations_plain: dict[str, int]  # number without leading zeros -> id
    station_numbers: dict[int, str]
    station_zone: dict[int, ZoneInfo]
    station_registered: dict[int, int | None]
    teams: dict[str, tuple[int, str]]
    instances: set[str]
    visits: dict[tuple[int, str, datetime], list[int]]


def _instance_key(instance: str) -> str:
    text = instance.strip().casefold()
    return text.removeprefix("uuid:")


def _visit_key(station_id: int, phase: Phase, arrived: datetime) -> tuple[int, str, datetime]:
    return (station_id, phase.value,
            arrived.astimezone(UTC).replace(second=0, microsecond=0))


def _context(db: Database, mission_id: int) -> _Context:
    with db.reading() as session:
        mission = session.get(Mission, mission_id)
        if mission is None:
            raise NotFoundError(_("mission {mission_id} no longer exists").format(mission_id=mission_id))
        checklist_id = active_checklist_id(session, mission_id)
        checklist = session.get(Checklist, checklist_id)
        questions = _load_questions(session, checklist_id)
        stations: dict[str, int] = {}
        plain: dict[str, int] = {}
        numbers: dict[int, str] = {}
        zones: dict[int, ZoneInfo] = {}
        registered: dict[int, int | None] = {}
        zone_cache: dict[str, ZoneInfo] = {}
        for station_id, number, voters, zone in session.execute(
                select(PollingStation.id, PollingStation.number, PollingStation.registered_voters,
                       AdminUnit.time_zone).join(AdminUnit, AdminUnit.id == PollingStation.unit_id)
                .where(PollingStation.mission_id == mission_id)):
            stations[number.strip().casefold()] = station_id
            if number.strip().isdigit():
                plain.setdefault(number.strip().lstrip("0") or "0", station_id)
            numbers[station_id] = number
            zones[station_id] = zone_cache.setdefault(zone, ZoneInfo(zone))
            registered[station_id] = voters
        teams = {name.strip().casefold(): (team_id, name) for team_id, name in session.execute(
            select(Team.id, Team.name).where(Team.mission_id == mission_id))}
        instances = {_instance_key(i) for i in session.scalars(
            select(VisitReport.instance_id).where(VisitReport.mission_id == mission_id,
                                                  VisitReport.instance_id.is_not(None)))}
        visits: dict[tuple[int, str, datetime], list[int]] = {}
        for report_id, station_id, phase, arrived in session.execute(
                select(VisitReport.id, VisitReport.polling_station_id, VisitReport.phase,
                       VisitReport.arrived_at).where(
                    VisitReport.mission_id == mission_id,
                    VisitReport.polling_station_id.is_not(None),
                    VisitReport.arrived_at.is_not(None))):
            visits.setdefault(_visit_key(station_id, Phase(phase), arrived), []).append(report_id)
        return _Context(mission_id, checklist_id,
                        f"{checklist.form_id} {checklist.form_version}",
                        ZoneInfo(mission.time_zone or "UTC"), mission.election_date, questions,
                        stations, plain, numbers, zones, registered, teams, instances, visits)


def _station(ctx: _Context, text: str) -> int | None:
    folded = text.strip().casefold()
    found = ctx.stations.get(folded)
    if found is not None:
        return found
    digits = re.findall(r"\d+", folded)
    if len(digits) == 1:
        return ctx.stations_plain.get(digits[0].lstrip("0") or "0")
    return None


def plan_submissions(db: Database, mission_id: int, path: Path | str, *,
                     progress: Progress | None = None) -> SubmissionPlan:
    """Read a submissions export and work out, row by row, what importing it would do.

    Raises SubmissionsFileError for a file that cannot be read at all; everything else (bad
    values, unknown stations, duplicates) is in the plan. `progress(done, total)` returning False
    cancels (Cancelled)."""
    path = Path(path)
    ctx = _context(db, mission_id)
    table = read_submissions(path)
    columns = _classify(table.headers, ctx.questions)
    lowered = {h.strip().lower() for h in table.headers}
    if lowered & ODK_MARKERS:
        source = ReportSource.ODK
    elif lowered & KOBO_MARKERS:
        source = ReportSource.KOBO
    else:
        source = ReportSource.MANUAL
    notes = list(table.notes)
    if source is ReportSource.MANUAL:
        notes.append(_("the file has none of the columns ODK Central or KoboToolbox add (KEY, "
                       "_uuid...): its rows carry no submission id, so importing the file twice "
                       "would be caught only by station, phase and time"))
    for column in columns:
        if column.use == "unknown":
            notes.append(_("column '{header}': not imported, {note}").format(
                header=column.header, note=column.note))
    if not any(c.use in ("question", "choice") for c in columns):
        raise ValidationError([Problem("", _("no column of {file} is a question of the mission's "
                                             "checklist ({checklist}); is it the export of another "
                                             "form?").format(file=path.name, checklist=ctx.checklist),
                                       table.place(1))])
    rows = _plan_rows(ctx, table, columns, progress)
    duplicates = _duplicates(ctx, rows)
    return SubmissionPlan(mission_id, ctx.checklist_id, ctx.checklist, path, source,
                          table.describe(), tuple(columns), tuple(q.name for q in ctx.questions),
                          rows, duplicates, tuple(notes), ctx.station_numbers)


def _plan_rows(ctx: _Context, table: SubmissionsTable, columns: list[ColumnUse],
               progress: Progress | None) -> list[PlannedSubmission]:
    questions = {q.name: q for q in ctx.questions}
    question_columns = [(c.index, questions[c.question]) for c in columns if c.use == "question"]
    choice_columns: dict[str, list[tuple[int, str]]] = {}
    for c in columns:
        if c.use == "choice":
            choice_columns.setdefault(c.question, []).append((c.index, c.choice))
    meta = {c.meta: c.index for c in columns if c.use == "meta"}
    station_column = next((c.index for c in columns if c.use == "station"), None)
    team_column = next((c.index for c in columns if c.use == "team"), None)
    by_position = {q.name: q.position for q in ctx.questions}

    def named(names: tuple[str, ...]) -> str | None:
        return next((n for n in names if n in questions), None)

    station_question = named(STATION_NAMES)
    team_question = named(TEAM_NAMES)
    phase_question = named(PHASE_NAMES)
    arrival_question = named(ARRIVAL_NAMES)
    departure_question = named(DEPARTURE_NAMES)
    turnout = {key: name for key, name in TURNOUT_QUESTIONS.items() if name in questions}
    cache: dict[tuple[int, object], tuple[str | None, str | None]] = {}
    count = len(table.rows)
    planned: list[PlannedSubmission] = []
    report_progress(progress, 0, count)

    for done, (number, cells) in enumerate(table.rows, start=1):
        problems: list[Problem] = []
        flags: list[Flag] = []
        values: list[str | None] = [None] * len(ctx.questions)

        def cell(index: int | None) -> object:
            if index is None or index >= len(cells):
                return None
            return cells[index]

        for index, q in question_columns:
            raw = cells[index] if index < len(cells) else None
            if raw is None or raw == "":
                continue
            if q.answer_type is AnswerType.TEXT:
                values[q.position] = _as_text(raw) or None
                continue
            key = (index, raw)
            converted = cache.get(key)
            if converted is None:
                converted = _convert(q, raw)
                if len(cache) < 200_000:
                    cache[key] = converted
            value, why = converted
            if why:
                problems.append(Problem(q.name, why, table.place(number, index), number))
            else:
                values[q.position] = value
        for name, indexes in choice_columns.items():
            q = questions[name]
            chosen = []
            bad = False
            for index, value in indexes:
                flag = _as_text(cell(index)).lower()
                if flag in ONE_WORDS:
                    chosen.append(value)
                elif flag not in ZERO_WORDS:
                    problems.append(Problem(name, _("write 1 or 0 in a choice's column, not "
                                                    "{flag!r}").format(flag=flag),
                                            table.place(number, index), number))
                    bad = True
            if bad or not chosen:
                continue
            combined = " ".join(v for v in q.values if v in set(chosen))
            given = values[q.position]
            if given is not None and given != combined:
                problems.append(Problem(name, _("the answer {given!r} and the 0/1 columns "
                                                "({combined!r}) disagree").format(
                                                    given=given, combined=combined),
                                        table.place(number), number))
            values[q.position] = combined

        row = PlannedSubmission(number, SubmissionAction.ADD)
        # --- submission id, submitter, review
        instance = _as_text(cell(meta.get("key"))) or _as_text(cell(meta.get("instance")))
        if not instance and meta.get("uuid") is not None:
            uuid = _as_text(cell(meta["uuid"]))
            instance = f"uuid:{uuid}" if uuid and not uuid.startswith("uuid:") else uuid
        row.instance_id = instance or None
        row.submitted_by = (_as_text(cell(meta.get("submitted_by")))
                            or _as_text(cell(meta.get("username"))))[:150]
        review = (_as_text(cell(meta.get("review_state")))
                  or _as_text(cell(meta.get("validation_status")))).replace(" ", "").lower()
        # --- station and its zone
        station_text = _as_text(cell(station_column)) if station_column is not None else ""
        if not station_text and station_question:
            station_text = values[by_position[station_question]] or ""
        zone = ctx.mission_zone
        if not station_text:
            flags.append(make_flag(N_("no polling station given")))
        else:
            row.station_number = station_text
            row.station_id = _station(ctx, station_text)
            if row.station_id is None:
                flags.append(make_flag(N_("no polling station {number} in this mission"),
                                       number=station_text))
            else:
                zone = ctx.station_zone[row.station_id]
        # --- team
        team_text = _as_text(cell(team_column)) if team_column is not None else ""
        if not team_text and team_question:
            team_text = values[by_position[team_question]] or ""
        if team_text:
            found = ctx.teams.get(team_text.casefold())
            if found is None:
                flags.append(make_flag(N_("no team {team!r} in this mission"), team=team_text))
            else:
                row.team_id, row.team_name = found
        elif row.submitted_by and row.submitted_by.casefold() in ctx.teams:
            row.team_id, row.team_name = ctx.teams[row.submitted_by.casefold()]
        else:
            flags.append(make_flag(N_("no team given")))
        # --- phase
        phase_text = values[by_position[phase_question]] if phase_question else None
        if phase_text is None:
            flags.append(make_flag(N_("no phase given (taken as voting)")))
        else:
            try:
                row.phase = Phase(phase_text)
            except ValueError:
                flags.append(make_flag(N_("phase {phase!r} is not opening, voting or count (taken "
                                          "as voting)"), phase=phase_text))
        # --- times
        stamps: dict[str, datetime | None] = {}
        for key in ("start", "end", "submitted_at"):
            try:
                stamps[key] = _instant(cell(meta.get(key)), zone)
            except (ValueError, TypeError):
                stamps[key] = None
                problems.append(Problem(key, _("{value!r} is not a date and time").format(
                    value=_as_text(cell(meta.get(key)))), table.place(number, meta.get(key)), number))
        known = stamps["start"] or stamps["end"] or stamps["submitted_at"]
        day = known.astimezone(zone).date() if known else ctx.election_day

        def at(name: str | None) -> datetime | None:
            text = values[by_position[name]] if name else None
            if not text:
                return None
            hour, minute = (int(part) for part in text.split(":"))
            return datetime.combine(day, time(hour, minute), tzinfo=zone)

        row.arrived_at = at(arrival_question) or stamps["start"]
        row.departed_at = at(departure_question) or stamps["end"]
        if row.arrived_at is None:
            flags.append(make_flag(N_("no time of arrival")))
        if row.arrived_at and row.departed_at and row.departed_at < row.arrived_at:
            problems.append(Problem("departure", _("departure {departed:%H:%M} is before arrival "
                                                   "{arrived:%H:%M}").format(
                                                       departed=row.departed_at, arrived=row.arrived_at),
                                    table.place(number), number))
        # --- turnout figures
        if row.station_id is not None and "ballots_issued" in turnout:
            row.reading, note = _reading(ctx, row, values, by_position, turnout, day, zone)
            if note is not None:
                flags.append(note)

        row.values = tuple(values)
        row.flags = tuple(flags)
        row.problems = tuple(problems)
        if problems:
            row.action = SubmissionAction.ERROR
        elif review in REJECTED:
            row.action, row.note = SubmissionAction.SKIPPED, translated(REJECTED[review])
        elif row.instance_id and _instance_key(row.instance_id) in ctx.instances:
            row.action, row.note = SubmissionAction.ALREADY_IMPORTED, \
                _("submission {instance} is already in the mission").format(instance=row.instance_id)
        if review in HELD and row.action is SubmissionAction.ADD:
            row.flags = (*row.flags, make_flag(HELD[review]))
        planned.append(row)
        if done % CHUNK == 0:
            report_progress(progress, done, count)
    report_progress(progress, count, count)
    return planned


def _reading(ctx: _Context, row: PlannedSubmission, values: list[str | None],
             by_position: dict[str, int], turnout: dict[str, str], day: date,
             zone: ZoneInfo) -> tuple[tuple[datetime, int, int] | None, Flag | None]:
    issued_text = values[by_position[turnout["ballots_issued"]]]
    if not issued_text:
        return None, None
    registered_text = (values[by_position[turnout["registered_voters"]]]
                       if "registered_voters" in turnout else None)
    registered = int(registered_text) if registered_text else ctx.station_registered.get(
        row.station_id or 0)
    issued = int(issued_text)
    if not registered or registered <= 0:
        return None, make_flag(N_("ballots issued given without the number of voters on the list"))
    if issued < 0 or issued > registered:
        return None, make_flag(N_("{issued} ballots issued to {registered} voters on the list: no "
                                  "turnout reading taken"), issued=issued, registered=registered)
    time_text = (values[by_position[turnout["ballots_issued_time"]]]
                 if "ballots_issued_time" in turnout else None)
    if time_text:
        hour, minute = (int(part) for part in time_text.split(":"))
        moment = datetime.combine(day, time(hour, minute), tzinfo=zone)
    else:
        moment = row.arrived_at
    if moment is None:
        return None, make_flag(N_("ballots issued given without a time"))
    return (moment, registered, issued), None


def _duplicates(ctx: _Context, rows: list[PlannedSubmission]) -> list[DuplicateGroup]:
    by_instance: dict[str, list[int]] = {}
    by_visit: dict[tuple[int, str, datetime], list[int]] = {}
    shown: dict[tuple[int, str, datetime], str] = {}
    for row in rows:
        if row.action is not SubmissionAction.ADD:
            continue
        if row.instance_id:
            by_instance.setdefault(_instance_key(row.instance_id), []).append(row.row)
        if row.station_id is not None and row.arrived_at is not None:
            key = _visit_key(row.station_id, row.phase, row.arrived_at)
            by_visit.setdefault(key, []).append(row.row)
            shown.setdefault(key, _("station {number}, {phase}, arrived {arrived:%Y-%m-%d %H:%M}").format(
                number=ctx.station_numbers[row.station_id], phase=phase_name(row.phase),
                arrived=row.arrived_at))
    instances = {row.row: row.instance_id for row in rows}
    groups = [DuplicateGroup("submission id", str(instances[found[0]]), tuple(found))
              for found in by_instance.values() if len(found) > 1]
    for key, found in by_visit.items():
        stored = tuple(ctx.visits.get(key, ()))
        if len(found) + len(stored) > 1:
            groups.append(DuplicateGroup("visit", shown[key], tuple(found), stored))
    return groups


# --- committing -------------------------------------------------------------------------------

def commit_submissions(db: Database, plan: SubmissionPlan, skip_rows: Collection[int] = (), *,
                       progress: Progress | None = None) -> SubmissionImport:
    """Add the plan's reports (less `skip_rows`, the duplicates the user leaves out), their
    turnout readings and an audit entry, in one transaction.

    Refuses (ValidationError, nothing written) while any row has an error or a group of
    duplicates would keep more than one report; StaleEditError if a submission was imported
    meanwhile."""
    if plan.has_errors:
        raise ValidationError(plan.problems)
    skip = set(skip_rows)
    known = {r.row for r in plan.rows}
    strangers = sorted(skip - known)
    if strangers:
        raise ValidationError([Problem("", _("row {row} is not a submission of {file}").format(
            row=r, file=plan.path.name)) for r in strangers])
    unresolved = plan.unresolved(skip)
    if unresolved:
        raise ValidationError([Problem("", _("{group}: keep one, leave out the others (a stored "
                                             "report stays; leave out the rows to keep it)").format(
            group=g.describe())) for g in unresolved])
    chosen = [r for r in plan.rows if r.action is SubmissionAction.ADD and r.row not in skip]
    backup_before(db, "before-import")
    for attempt in range(1, COMMIT_ATTEMPTS + 1):
        try:
            added, flagged, readings, meanwhile = _commit_rows(db, plan, chosen, skip, progress)
        except (IntegrityError, OperationalError) as exc:
            # Another import stored some of these submissions at the same moment (or the server
            # chose this transaction as a deadlock's victim): nothing was written; read what is
            # stored now and try again, leaving out what the other import added.
            if attempt < COMMIT_ATTEMPTS and _worth_retrying(exc):
                continue
            if isinstance(exc, OperationalError):
                raise
            raise StaleEditError(
                _("importing {file} clashed with a change made meanwhile (a submission imported "
                  "twice?): nothing was imported; plan the import again ({detail})").format(
                    file=plan.path.name, detail=str(exc.orig).splitlines()[0])) from exc
        break
    return SubmissionImport(added, flagged, readings, len(skip),
                            plan.count(SubmissionAction.ALREADY_IMPORTED) + meanwhile)


COMMIT_ATTEMPTS = 3
# PostgreSQL's unique violation, serialization failure and deadlock.
RETRIED_STATES = frozenset({"23505", "40001", "40P01"})


def _worth_retrying(exc: IntegrityError | OperationalError) -> bool:
    state = getattr(exc.orig, "sqlstate", None) or getattr(exc.orig, "pgcode", None)
    if state is not None:
        return state in RETRIED_STATES
    return isinstance(exc, IntegrityError) and "UNIQUE" in str(exc.orig).upper()


def _commit_rows(db: Database, plan: SubmissionPlan, chosen: list[PlannedSubmission],
                 skip: set[int], progress: Progress | None) -> tuple[int, int, int, int]:
    """One attempt at the commit: (added, flagged, readings, imported meanwhile).

    The submissions already stored are read again inside the transaction: another user's import
    of the same file, committed since this plan was made, has them, and they are left out here
    rather than refusing the whole import."""
    with db.transaction() as session:
        stored = {_instance_key(i) for i in session.scalars(
            select(VisitReport.instance_id).where(VisitReport.mission_id == plan.mission_id,
                                                  VisitReport.instance_id.is_not(None)))}
        rows = [r for r in chosen if not (r.instance_id and _instance_key(r.instance_id) in stored)]
        # The plan matched stations and teams leniently ('0214' is station 214); the records
        # carry the stored numbers and names it found.
        records = [ReportRecord(
            station_number=plan.station_numbers.get(r.station_id) if r.station_id else None,
            team_name=r.team_name if r.team_id else None, phase=r.phase, arrived_at=r.arrived_at,
            departed_at=r.departed_at, answers=plan.answers(r), instance_id=r.instance_id,
            submitted_by=r.submitted_by, source=plan.source, flagged=r.flagged,
            flag_reason=r.flag_reason[:1000]) for r in rows]
        try:
            ids = insert_reports(session, plan.mission_id, plan.checklist_id, records, progress)
        except ValidationError as exc:
            raise ValidationError([_row_problem(p, rows) for p in exc.problems]) from None
        readings = [
            {"mission_id": plan.mission_id, "report_id": report_id,
             "polling_station_id": r.station_id, "at": r.reading[0],
             "registered_voters": r.reading[1], "ballots_issued": r.reading[2]}
            for report_id, r in zip(ids, rows, strict=True) if r.reading is not None]
        insert_rows(session, TurnoutReading, readings)
        flagged = sum(1 for r in rows if r.flagged)
        meanwhile = len(chosen) - len(rows)
        changes = {"file": [None, plan.path.name], "added": [None, len(rows)],
                   "flagged": [None, flagged], "left_out": [None, sorted(skip)]}
        if meanwhile:
            changes["imported meanwhile"] = [None, meanwhile]
        record_audit(session, table="visit_report", action=AuditAction.IMPORT,
                     mission_id=plan.mission_id,
                     summary=f"{len(rows)} report(s) imported from {plan.path.name}"[:300],
                     changes=changes)
    return len(rows), flagged, len(readings), meanwhile


def _row_problem(problem: Problem, chosen: list[PlannedSubmission]) -> Problem:
    """A problem of the reports written named by the file's row it came from."""
    index = problem.row
    if index is None or not 0 <= index < len(chosen):
        return problem
    row = chosen[index].row
    return Problem(problem.field, problem.message, _("row {row}").format(row=row), row)


def import_submissions(db: Database, mission_id: int, path: Path | str,
                       skip_rows: Collection[int] = (), *,
                       progress: Progress | None = None) -> tuple[SubmissionPlan, SubmissionImport]:
    """Plan and commit in one call (for scripts): refuses like `commit_submissions`."""
    plan = plan_submissions(db, mission_id, path, progress=progress)
    return plan, commit_submissions(db, plan, skip_rows, progress=progress)

