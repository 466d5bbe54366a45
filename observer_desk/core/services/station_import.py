"""Importing polling stations from a workbook: first a plan the user reads, then one all-or-nothing
commit, to the same standards as the nominations import.

The plan says, row by row, whether the row adds a station, updates the station with the same
number (and which fields change), leaves it unchanged, or cannot be used (sheet, row, column, what
is wrong and how to fix it). Units are named by their code or their name in any of the mission's
languages. An empty cell never clears what is stored. The commit writes the whole plan in one
transaction and refuses if a station it would touch changed after the plan was made.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime, time
from pathlib import Path
from typing import Any

from sqlalchemy import bindparam, select, update
from sqlalchemy.exc import IntegrityError

from ...documents.stations_reader import StationRow, StationsFile, read_stations
from ..audit import record_audit
from ..backup import backup_before
from ..db import Database
from ..errors import NotFoundError, Problem, StaleEditError, ValidationError
from ..identity import current_user
from ..language import _, labelled, message_language, per_language, pgettext
from ..models import AdminUnit, AuditAction, Mission, PollingStation, utcnow
from ..parsing import ParseError, clean_text
from .bulk import chunks, insert_rows, report_progress
from .places import STATION_LIMITS
from .roster_import import (
    FieldChange,
    RowAction,
    RowProblem,
    more_problems,
    plan_summary,
    result_summary,
    too_long,
)

Progress = Callable[[int, int], object]


def _station_labels() -> dict[str, str]:
    """The columns of a stations list as the plan names them, in the current language."""
    return {
        "number": pgettext("station column", "Station number"),
        "unit": pgettext("station column", "Unit"),
        "name": pgettext("station column", "Premises"),
        "address": pgettext("station column", "Address"),
        "registered_voters": pgettext("station column", "Registered voters"),
        "opens_at": pgettext("station column", "Opens"),
        "closes_at": pgettext("station column", "Closes"),
        "latitude": pgettext("station column", "Latitude"),
        "longitude": pgettext("station column", "Longitude"),
    }


station_labels = per_language(_station_labels)

STORED = ("unit_id", "name", "address", "registered_voters", "opens_at", "closes_at", "latitude",
          "longitude")
MAX_LISTED_PROBLEMS = 100
# What a new station holds where its row is silent: voting hours are 07:00-20:00 unless the
# list says otherwise.
NEW_STATION: dict[str, Any] = {"unit_id": None, "name": "", "address": "", "registered_voters": None,
                               "opens_at": time(7, 0), "closes_at": time(20, 0), "latitude": None,
                               "longitude": None}
MOST_VOTERS = 100_000  # far above any real station; more is a typing mistake


@dataclass(frozen=True)
class PlannedStation:
    sheet: str
    row: int
    action: RowAction
    number: str
    unit: str  # the unit's name in the current language (else English), for the preview
    station_id: int | None = None
    version: int | None = None
    changes: tuple[FieldChange, ...] = ()
    problems: tuple[RowProblem, ...] = ()
    values: dict[str, Any] = field(default_factory=dict, repr=False)  # columns to write


@dataclass(frozen=True)
class StationImportPlan:
    mission_id: int
    source: Path
    rows: tuple[PlannedStation, ...]
    unknown_columns: tuple[str, ...] = ()  # "sheet X, column D (Notes)"
    skipped_sheets: tuple[str, ...] = ()

    def count(self, action: RowAction) -> int:
        return sum(1 for r in self.rows if r.action is action)

    @property
    def has_errors(self) -> bool:
        return any(r.action is RowAction.ERROR for r in self.rows)

    @property
    def problems(self) -> list[RowProblem]:
        return [p for r in self.rows for p in r.problems]

    def summary(self) -> str:
        return plan_summary(len(self.rows), self.count(RowAction.ADD), self.count(RowAction.UPDATE),
                            self.count(RowAction.UNCHANGED), self.count(RowAction.ERROR))


@dataclass(frozen=True)
class StationImportResult:
    added: tuple[str, ...]  # station numbers
    updated: tuple[str, ...]
    unchanged: int

    def summary(self) -> str:
        return result_summary(len(self.added), len(self.updated), self.unchanged)


# --- reading values ------------------------------------------------------------------------

def _fold(text: str) -> str:
    return re.sub(r"\s+", " ", text.casefold().replace("ё", "е")).strip(" .")


def parse_number(value: object) -> str:
    text = clean_text(value)
    if not text:
        raise ParseError(_("is empty; every station needs its number"))
    if not re.fullmatch(r"[\w./-]+", text):
        raise ParseError(_('"{text}" is not a station number (letters, digits, "-", "/" and "." '
                           "only)").format(text=text))
    return text


def parse_voters(value: object) -> int:
    if isinstance(value, bool):
        raise ParseError(_('"{value}" is not a number of voters').format(value=value))
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    if isinstance(value, int):
        number = value
    else:
        text = re.sub(r"[\s\u00a0\u202f,']", "", clean_text(value))
        if not text.isdigit():
            raise ParseError(_('"{value}" is not a number of voters (write digits only, e.g. '
                               "2318)").format(value=clean_text(value)))
        number = int(text)
    if not 0 <= number <= MOST_VOTERS:
        raise ParseError(_("{number} is not a plausible number of voters for one station").format(
            number=number))
    return number


def parse_time_of_day(value: object) -> time:
    """A time from a time cell, a fraction of a day, or text such as 07:00, 7.00 or 8 pm."""
    if isinstance(value, datetime):
        return value.time().replace(second=0, microsecond=0)
    if isinstance(value, time):
        return value.replace(second=0, microsecond=0)
    if isinstance(value, (int, float)) and not isinstance(value, bool) and 0 <= value < 1:
        minutes = round(value * 24 * 60)
        return time(minutes // 60 % 24, minutes % 60)
    text = clean_text(value).lower()
    match = re.fullmatch(r"(\d{1,2})(?:[:.](\d{2}))?\s*([ap])?\.?m?\.?", text)
    if not match:
        raise ParseError(_('"{value}" is not a time of day; write it as 07:00 or 20:00').format(
            value=clean_text(value)))
    hour, minute = int(match.group(1)), int(match.group(2) or 0)
    if match.group(3):
        if not 1 <= hour <= 12:
            raise ParseError(_('"{value}": {hour} is not an hour on a 12-hour clock').format(
                value=clean_text(value), hour=hour))
        hour = hour % 12 + (12 if match.group(3) == "p" else 0)
    if hour > 23 or minute > 59:
        raise ParseError(_('"{value}" is not a time of day; write it as 07:00 or 20:00').format(
            value=clean_text(value)))
    return time(hour, minute)


def parse_coordinate(value: object, bound: int) -> float:
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        number = float(value)
    else:
        text = clean_text(value).replace(",", ".")
        try:
            number = float(text)
        except ValueError:
            raise ParseError(_('"{value}" is not a coordinate in decimal degrees (e.g. '
                               "51.1268)").format(value=clean_text(value))) from None
    if not -bound <= number <= bound:
        raise ParseError(_("{number} is not between -{bound} and {bound}").format(
            number=number, bound=bound))
    return number


# --- the plan ------------------------------------------------------------------------------

@dataclass
class _Context:
    mission_id: int
    units: dict[int, str]  # id -> name shown: in the current language where the unit has one
    unit_index: dict[str, set[int]]  # folded code or name -> ids
    existing: dict[str, dict[str, Any]]  # folded number -> stored values


def _context(db: Database, mission_id: int) -> _Context:
    with db.reading() as session:
        if session.get(Mission, mission_id) is None:
            raise NotFoundError(_("mission {mission_id} no longer exists").format(mission_id=mission_id))
        units = session.execute(select(AdminUnit.id, AdminUnit.code, AdminUnit.name_en,
                                       AdminUnit.name_ru, AdminUnit.name_zh)
                                .where(AdminUnit.mission_id == mission_id)).all()
        columns = [PollingStation.id, PollingStation.version, PollingStation.number,
                   *(getattr(PollingStation, name) for name in STORED)]
        stations = session.execute(select(*columns).where(
            PollingStation.mission_id == mission_id)).all()
    index: dict[str, set[int]] = {}
    for unit_id, *names in units:
        for name in names:
            if name and name.strip():
                index.setdefault(_fold(name), set()).add(unit_id)
    existing = {}
    for row in stations:
        values = dict(zip(["id", "version", "number", *STORED], row, strict=True))
        existing[values["number"].casefold()] = values
    return _Context(mission_id, {unit_id: _unit_name(code, *names)
                                 for unit_id, code, *names in units}, index, existing)


def _unit_name(code: str, name_en: str | None, name_ru: str | None, name_zh: str | None) -> str:
    """A unit's name as the plan shows it: in the messages' language where the unit has a name
    in it, else in English (a display only: units are matched by every name)."""
    own = {"ru": name_ru, "zh_CN": name_zh}.get(message_language())
    return (own or "").strip() or name_en or code


def _parse_unit(value: object, ctx: _Context) -> int:
    text = clean_text(value)
    found = ctx.unit_index.get(_fold(text), set())
    if not found:
        raise ParseError(_('"{text}" is not a unit of this mission; write its code or its name '
                           "(add the unit first if it is missing)").format(text=text))
    if len(found) > 1:
        raise ParseError(_('"{text}" names several units; write the code of one').format(text=text))
    return next(iter(found))


def _parse(field_name: str, value: object, ctx: _Context) -> Any:
    if field_name == "number":
        return parse_number(value)
    if field_name == "unit":
        return _parse_unit(value, ctx)
    if field_name == "registered_voters":
        return parse_voters(value)
    if field_name in ("opens_at", "closes_at"):
        return parse_time_of_day(value)
    if field_name == "latitude":
        return parse_coordinate(value, 90)
    if field_name == "longitude":
        return parse_coordinate(value, 180)
    return clean_text(value)


def _shown(name: str, value: Any, ctx: _Context) -> str:
    if value is None or value == "":
        return ""
    if name == "unit_id":
        return ctx.units.get(value, str(value))
    if isinstance(value, time):
        return f"{value:%H:%M}"
    return str(value)


def _plan_row(source: StationRow, ctx: _Context, claimed: dict[str, int]) -> PlannedStation:
    problems: list[RowProblem] = []

    def problem(field_name: str, message: str) -> None:
        letter, header = source.where(field_name)
        problems.append(RowProblem(source.sheet, source.row, letter, header, message))

    values: dict[str, Any] = {}
    for name, raw in source.values.items():
        try:
            values[name] = _parse(name, raw, ctx)
        except ParseError as exc:
            problem(name, str(exc))
    if "number" not in source.values:
        problem("number", _("is empty; every station needs its number"))
    number = values.pop("number", "") or clean_text(source.values.get("number"))
    if "unit" in values:
        values["unit_id"] = values.pop("unit")
    existing = ctx.existing.get(number.casefold()) if number else None
    if number:
        first = claimed.setdefault(number.casefold(), source.row)
        if first != source.row:
            problem("number", _("station {number} is also on row {row}; keep one of the two "
                                "rows").format(number=number, row=first))
    if existing is None and "unit_id" not in values and "unit" not in source.values:
        problem("unit", _("is empty; a new station needs its unit (code or name)"))
    final = ({name: existing[name] for name in STORED} if existing else NEW_STATION) | values
    opens, closes = final.get("opens_at"), final.get("closes_at")
    # A time that could not be read is reported already; the stored or default time standing
    # in for it says nothing about the order of the two.
    unreadable = any(name in source.values and name not in values
                     for name in ("opens_at", "closes_at"))
    if not unreadable and isinstance(opens, time) and isinstance(closes, time) and closes <= opens:
        problem("closes_at" if "closes_at" in values else "opens_at",
                _("closing at {closes:%H:%M} is not after opening at {opens:%H:%M}").format(
                    closes=closes, opens=opens))
    for name, limit in STATION_LIMITS.items():
        value = values.get(name)
        if isinstance(value, str) and len(value) > limit:
            problem(name, too_long(len(value), limit))
    unit = ctx.units.get(final.get("unit_id"), "")
    common = dict(sheet=source.sheet, row=source.row, number=number, unit=unit)
    if problems:
        return PlannedStation(action=RowAction.ERROR, problems=tuple(problems),
                              station_id=existing["id"] if existing else None,
                              version=existing["version"] if existing else None, **common)
    if existing is None:
        return PlannedStation(action=RowAction.ADD, values={"number": number, **final}, **common)
    changes = []
    changed = {}
    for name, new in values.items():
        old = existing[name]
        if old == new:
            continue
        label = station_labels().get("unit" if name == "unit_id" else name, name)
        changes.append(FieldChange(name, label, _shown(name, old, ctx), _shown(name, new, ctx)))
        changed[name] = new
    return PlannedStation(action=RowAction.UPDATE if changes else RowAction.UNCHANGED,
                          station_id=existing["id"], version=existing["version"],
                          changes=tuple(changes), values=changed, **common)


def plan_rows(db: Database, mission_id: int, source: StationsFile) -> StationImportPlan:
    ctx = _context(db, mission_id)
    claimed: dict[str, int] = {}
    rows = tuple(_plan_row(row, ctx, claimed) for row in source.rows)
    unknown = tuple(_("sheet {sheet}, column {column} ({header})").format(
        sheet=c.sheet, column=c.letter, header=c.header) for c in source.unknown_columns)
    skipped = tuple(_("sheet {sheet}: {why}").format(sheet=name, why=why)
                    for name, why in source.skipped_sheets)
    return StationImportPlan(mission_id, source.path, rows, unknown, skipped)


def plan_station_import(db: Database, mission_id: int, path: Path | str, *,
                        progress: Progress | None = None) -> StationImportPlan:
    """Read a stations workbook and say what importing it would do; nothing is written.
    WorkbookError for a file that cannot be used at all; problems of single rows are in the plan."""
    return plan_rows(db, mission_id, read_stations(path, progress=progress))


# --- the commit ----------------------------------------------------------------------------

def commit_station_import(db: Database, plan: StationImportPlan, *,
                          progress: Progress | None = None,
                          user: str | None = None) -> StationImportResult:
    """Write a plan without errors in one transaction: all of it or, on any problem, nothing.
    StaleEditError if a station it matched changed after planning or a number it adds was taken
    meanwhile."""
    if plan.has_errors:
        problems = plan.problems
        listed = [Problem(p.header, p.message, labelled(plan.source.name, p.where))
                  for p in problems[:MAX_LISTED_PROBLEMS]]
        if len(problems) > MAX_LISTED_PROBLEMS:
            listed.append(Problem("", more_problems(len(problems) - MAX_LISTED_PROBLEMS)))
        raise ValidationError(listed)
    adds = [r for r in plan.rows if r.action is RowAction.ADD]
    updates = [r for r in plan.rows if r.action is RowAction.UPDATE]
    total = len(adds) + len(updates)
    report_progress(progress, 0, total)
    backup_before(db, "before-import")
    try:
        with db.transaction() as session:
            if session.get(Mission, plan.mission_id) is None:
                raise NotFoundError(_("mission {mission_id} no longer exists").format(
                    mission_id=plan.mission_id))
            current = {number.casefold(): (station_id, version) for station_id, version, number
                       in session.execute(select(PollingStation.id, PollingStation.version,
                                                 PollingStation.number)
                                          .where(PollingStation.mission_id == plan.mission_id))}
            matched = [r for r in plan.rows if r.station_id is not None]
            stale = [r for r in matched if current.get(r.number.casefold()) != (r.station_id, r.version)]
            taken = [r for r in adds if r.number.casefold() in current]
            if stale or taken:
                first = (stale or taken)[0]
                raise StaleEditError(
                    _("station {number} (sheet {sheet} row {row}) changed since the import was "
                      "planned; nothing was imported: plan the import again").format(
                        number=first.number, sheet=first.sheet, row=first.row))
            now = utcnow()
            groups: dict[tuple[str, ...], list[PlannedStation]] = {}
            for row in updates:
                groups.setdefault(tuple(sorted(row.values)), []).append(row)
            table = PollingStation.__table__
            for columns, rows in groups.items():
                statement = (update(table)
                             .where(table.c.id == bindparam("b_id"),
                                    table.c.version == bindparam("b_version"))
                             .values(version=table.c.version + 1, updated_at=bindparam("b_now"),
                                     **{c: bindparam(f"v_{c}") for c in columns}))
                result = session.execute(statement, [
                    {"b_id": r.station_id, "b_version": r.version, "b_now": now,
                     **{f"v_{c}": r.values[c] for c in columns}} for r in rows])
                if result.rowcount not in (-1, len(rows)):
                    raise StaleEditError(_("stations in {file} changed while importing; nothing "
                                           "was imported: plan the import again").format(
                        file=plan.source.name))
            report_progress(progress, len(updates), total)
            stamp = {"mission_id": plan.mission_id, "created_at": now, "updated_at": now,
                     "version": 1}
            for part in chunks(len(adds)):
                insert_rows(session, PollingStation, [adds[i].values | stamp for i in part])
                report_progress(progress, len(updates) + part.stop, total)
            record_audit(session, table="polling_station", action=AuditAction.IMPORT,
                         mission_id=plan.mission_id, user=user or current_user(), at=now,
                         summary=f"imported {plan.source.name}: {len(adds)} added, "
                                 f"{len(updates)} updated"[:300])
    except IntegrityError as exc:
        raise StaleEditError(
            _("importing {file} clashed with a change made meanwhile: nothing was imported; plan "
              "the import again ({detail})").format(file=plan.source.name,
                                                    detail=str(exc.orig).splitlines()[0])) from exc
    return StationImportResult(tuple(r.number for r in adds), tuple(r.number for r in updates),
                               plan.count(RowAction.UNCHANGED))
