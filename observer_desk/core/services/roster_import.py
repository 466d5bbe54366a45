"""Importing nominations: first a plan the user reads, then one all-or-nothing commit.

The plan says, row by row, what the file would do: add an observer, update one (matched by its
code, else by passport number) and which fields change, leave one unchanged, or why the row cannot
be used (sheet, row, column, what is wrong and how to fix it). Nothing is written while any row
has an error. The commit writes the whole plan in one transaction, and refuses if an observer it
would touch changed after the plan was made (each record carries a version counter).

An empty cell never clears what the secretariat already holds: a state's list may leave out what
the secretariat has collected since.
"""

from __future__ import annotations

import enum
import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import bindparam, select, update
from sqlalchemy.exc import IntegrityError

from ...documents.nominations_reader import (
    NominationRow,
    NominationsFile,
    SkippedSheet,
    SourceColumn,
    UnheadedColumn,
    read_nominations,
)
from ...documents.roster_columns import COLUMNS, Kind
from ..audit import acting_user, record_audit, record_audit_rows
from ..backup import backup_before
from ..countries import country_code, country_name
from ..db import Database
from ..errors import NotFoundError, Problem, StaleEditError, ValidationError
from ..identity import current_user
from ..language import _, labelled, listed, ngettext
from ..models import (
    AccreditationEvent,
    AccreditationStatus,
    AuditAction,
    Mission,
    MissionRole,
    Observer,
    SendingBody,
    utcnow,
)
from ..parsing import (
    ParseError,
    clean_name,
    clean_text,
    normalise_passport,
    parse_authority,
    parse_date,
    parse_datetime,
    parse_email,
    parse_languages,
    parse_latin_name,
    parse_phone,
    parse_role,
    parse_sex,
)
from .bulk import chunks, insert_rows, insert_with_ids, report_progress
from .observer_codes import following_codes
from .observers import OBSERVER_LIMITS
from .roster import mask_passport

Progress = Callable[[int, int], object]

LABELS = {c.field: c.en for c in COLUMNS}
# Importable fields and the observer column each one is stored in.
STORED_AS = {c.field: ("sending_body_id" if c.field == "sending_body" else c.field) for c in COLUMNS}
TEXT_FIELDS = frozenset(c.field for c in COLUMNS if c.kind == Kind.TEXT)
MAX_LISTED_PROBLEMS = 100
PASSPORT_WARNING_MONTHS = 6
MINIMUM_AGE = 18


class RowAction(enum.StrEnum):
    ADD = "add"
    UPDATE = "update"
    UNCHANGED = "unchanged"
    ERROR = "error"


@dataclass(frozen=True)
class RowProblem:
    """Something wrong (or worth a look) in one row, with the place in the file."""

    sheet: str
    row: int
    column: str  # letter; "" when it concerns the whole row
    header: str
    message: str

    @property
    def where(self) -> str:
        place = _("sheet {sheet}, row {row}").format(sheet=self.sheet, row=self.row)
        if self.column and self.header:
            return _("{place}, column {column} ({header})").format(
                place=place, column=self.column, header=self.header)
        if self.column:
            return _("{place}, column {column}").format(place=place, column=self.column)
        return place

    def __str__(self) -> str:
        return f"{self.where}: {self.message}"


@dataclass(frozen=True)
class FieldChange:
    field: str
    label: str
    old: str
    new: str

    def __str__(self) -> str:
        old = self.old or _("(empty)")
        return f"{self.label}: {old} -> {self.new}"


@dataclass(frozen=True)
class PlannedRow:
    sheet: str
    row: int
    action: RowAction
    code: str
    name: str
    observer_id: int | None = None
    version: int | None = None
    changes: tuple[FieldChange, ...] = ()
    problems: tuple[RowProblem, ...] = ()
    warnings: tuple[RowProblem, ...] = ()
    values: Mapping[str, Any] = field(default_factory=dict, repr=False)  # columns to write


@dataclass(frozen=True)
class ImportPlan:
    mission_id: int
    source: Path
    rows: tuple[PlannedRow, ...]
    unknown_columns: tuple[SourceColumn, ...] = ()
    ignored_columns: tuple[SourceColumn, ...] = ()
    unheaded_columns: tuple[UnheadedColumn, ...] = ()
    skipped_sheets: tuple[SkippedSheet, ...] = ()
    notes: tuple[str, ...] = ()

    def count(self, action: RowAction) -> int:
        return sum(1 for r in self.rows if r.action is action)

    @property
    def has_errors(self) -> bool:
        return any(r.action is RowAction.ERROR for r in self.rows)

    @property
    def problems(self) -> list[RowProblem]:
        return [p for r in self.rows for p in r.problems]

    @property
    def warnings(self) -> list[RowProblem]:
        return [w for r in self.rows for w in r.warnings]

    def summary(self) -> str:
        return plan_summary(len(self.rows), self.count(RowAction.ADD), self.count(RowAction.UPDATE),
                            self.count(RowAction.UNCHANGED), self.count(RowAction.ERROR))


def plan_summary(total: int, add: int, update: int, unchanged: int, errors: int) -> str:
    """The line that sums up a plan of the roster or the station import."""
    rows = ngettext("{n} row", "{n} rows", total).format(n=total)
    return _("{rows}: {add} to add, {update} to update, {unchanged} unchanged, {errors} with "
             "errors").format(rows=rows, add=add, update=update, unchanged=unchanged, errors=errors)


def result_summary(added: int, updated: int, unchanged: int) -> str:
    return _("{added} added, {updated} updated, {unchanged} unchanged").format(
        added=added, updated=updated, unchanged=unchanged)


@dataclass(frozen=True)
class ImportResult:
    added: tuple[str, ...]  # codes
    updated: tuple[str, ...]
    unchanged: int

    def summary(self) -> str:
        return result_summary(len(self.added), len(self.updated), self.unchanged)


# --- what the plan compares against --------------------------------------------------------

@dataclass
class _Body:
    id: int
    code: str
    name: str
    country_code: str | None


@dataclass
class _Context:
    mission_id: int
    zone: ZoneInfo
    period_end: date
    election_date: date
    bodies: dict[int, _Body]
    body_index: dict[str, set[int]]  # folded code or name -> body ids
    bodies_by_country: dict[str, list[int]]
    existing: dict[int, dict[str, Any]]  # observer id -> stored values
    by_code: dict[str, int]
    by_passport: dict[str, int]
    head_id: int | None
    has_body_column: bool = False
    cache: dict[tuple[str, str], tuple[bool, Any]] = field(default_factory=dict)


def _fold(text: str) -> str:
    return re.sub(r"\s+", " ", text.casefold().replace("ё", "е")).strip(" .")


_LOADED = ["id", "version", *sorted(set(STORED_AS.values()))]


def _context(db: Database, mission_id: int) -> _Context:
    with db.reading() as session:
        mission = session.get(Mission, mission_id)
        if mission is None:
            raise NotFoundError(_("mission {mission_id} no longer exists").format(mission_id=mission_id))
        bodies = list(session.scalars(select(SendingBody).where(SendingBody.mission_id == mission_id)
                                      .order_by(SendingBody.position, SendingBody.id)))
        columns = [getattr(Observer, name) for name in _LOADED]
        rows = session.execute(select(*columns).where(Observer.mission_id == mission_id)).all()
        zone, period_end, election = ZoneInfo(mission.time_zone), mission.period_end, mission.election_date
    body_index: dict[str, set[int]] = {}
    by_country: dict[str, list[int]] = {}
    known = {}
    for body in bodies:
        known[body.id] = _Body(body.id, body.code, body.name_en, body.country_code)
        for name in (body.code, body.name_en, body.name_ru, body.name_zh):
            if name and name.strip():
                body_index.setdefault(_fold(name), set()).add(body.id)
        if body.country_code:
            by_country.setdefault(body.country_code.upper(), []).append(body.id)
    existing: dict[int, dict[str, Any]] = {}
    by_code: dict[str, int] = {}
    by_passport: dict[str, int] = {}
    head_id = None
    for values in rows:
        record = dict(zip(_LOADED, values, strict=True))
        existing[record["id"]] = record
        by_code[record["code"].casefold()] = record["id"]
        passport = normalise_passport(record["passport_number"])
        if passport:
            by_passport.setdefault(passport, record["id"])
        if record["mission_role"] == MissionRole.HEAD:
            head_id = record["id"]
    return _Context(mission_id, zone, period_end, election, known, body_index, by_country,
                    existing, by_code, by_passport, head_id)


# --- reading one row -----------------------------------------------------------------------

def _parse_code(value: object) -> str:
    code = clean_text(value)
    if code and not all(c.isalnum() or c in "-_." for c in code):
        raise ParseError(_('"{code}": an observer code has letters, digits, "-", "_" or "." only '
                           "(or leave it empty and a code is given)").format(code=code))
    return code


def _parse_country(value: object) -> str | None:
    text = clean_text(value)
    if not text:
        return None
    code = country_code(text)
    if code is None:
        raise ParseError(_('"{text}" is not a country the program knows; write its name or ISO '
                           "code (e.g. Russia, Russian Federation, Россия or RU)").format(text=text))
    return code


def _parse_body(value: object, ctx: _Context) -> int | None:
    text = clean_text(value)
    if not text:
        return None
    matches = ctx.body_index.get(_fold(text))
    if not matches:
        country = country_code(text)
        if country:
            matches = set(ctx.bodies_by_country.get(country, ()))
    codes = listed(b.code for b in ctx.bodies.values()) or _("none yet")
    if not matches:
        raise ParseError(_('"{text}" is not a sending body of this mission; write one of its codes '
                           "({codes}) or its name").format(text=text, codes=codes))
    if len(matches) > 1:
        matching = listed(sorted(ctx.bodies[i].code for i in matches))
        raise ParseError(_('"{text}" fits several sending bodies ({listed}); write the code of '
                           "one").format(text=text, listed=matching))
    return next(iter(matches))


# Fields whose few distinct values repeat down a list: each distinct value is parsed once.
_REPEATING = frozenset({"sex", "mission_role", "authority_type", "citizenship", "sending_body",
                        "languages", "institution", "hotel", "arrival_flight", "departure_flight"})


def _parse_cached(name: str, value: object, ctx: _Context) -> Any:
    if name not in _REPEATING or not isinstance(value, str):
        return _parse_field(name, value, ctx)
    key = (name, value)
    found = ctx.cache.get(key)
    if found is None:
        try:
            found = (True, _parse_field(name, value, ctx))
        except ParseError as exc:
            found = (False, exc)
        ctx.cache[key] = found
    if found[0]:
        return found[1]
    raise found[1]


def _parse_field(name: str, value: object, ctx: _Context) -> Any:
    if name == "code":
        return _parse_code(value)
    if name in ("family_name", "given_names"):
        return parse_latin_name(value)
    if name == "native_name":
        return clean_name(value)
    if name == "passport_number":
        return normalise_passport(value)
    if name == "email":
        return parse_email(value)
    if name == "phone":
        return parse_phone(value)
    if name == "languages":
        return parse_languages(value)
    if name == "notes":
        return clean_text(value, multiline=True)
    if name == "sex":
        return parse_sex(value)
    if name == "mission_role":
        return parse_role(value)
    if name == "authority_type":
        return parse_authority(value)
    if name == "citizenship":
        return _parse_country(value)
    if name == "sending_body":
        return _parse_body(value, ctx)
    if name in ("date_of_birth", "passport_expiry"):
        return parse_date(value)
    if name in ("arrival_at", "departure_at"):
        return parse_datetime(value, ctx.zone)
    return clean_text(value)


def _check_values(values: dict[str, Any], ctx: _Context, fail: Callable[[str, str], None],
                  warn: Callable[[str, str], None]) -> None:
    born = values.get("date_of_birth")
    if born is not None:
        if born >= date.today():
            fail("date_of_birth", _("{date} lies in the future; check the year").format(
                date=born.isoformat()))
        elif born.year < 1900:
            fail("date_of_birth", _("{date} is not a plausible date of birth; check the year").format(
                date=born.isoformat()))
        else:
            age = ctx.election_date.year - born.year - (
                (ctx.election_date.month, ctx.election_date.day) < (born.month, born.day))
            if age < MINIMUM_AGE:
                warn("date_of_birth", ngettext(
                    "the observer would be {n} on election day; check the year",
                    "the observer would be {n} on election day; check the year", age).format(n=age))
    expiry = values.get("passport_expiry")
    if expiry is not None:
        if expiry < ctx.period_end:
            warn("passport_expiry", _("the passport expires on {expiry}, before the mission ends "
                                      "({end})").format(expiry=expiry.isoformat(),
                                                        end=ctx.period_end.isoformat()))
        elif expiry < ctx.period_end + timedelta(days=183):
            warn("passport_expiry", ngettext(
                "the passport expires on {expiry}, within {n} month of the mission's end; many "
                "countries ask for six months' validity",
                "the passport expires on {expiry}, within {n} months of the mission's end; many "
                "countries ask for six months' validity", PASSPORT_WARNING_MONTHS).format(
                    expiry=expiry.isoformat(), n=PASSPORT_WARNING_MONTHS))
    for name, value in values.items():
        column = STORED_AS[name]
        limit = OBSERVER_LIMITS.get(column)
        if limit and isinstance(value, str) and len(value) > limit:
            fail(name, too_long(len(value), limit))


def too_long(length: int, limit: int) -> str:
    return ngettext("is {n} character long; at most {limit} fit (shorten it)",
                    "is {n} characters long; at most {limit} fit (shorten it)",
                    length).format(n=length, limit=limit)


@dataclass
class _Row:
    source: NominationRow
    values: dict[str, Any]
    problems: list[RowProblem]
    warnings: list[RowProblem]
    target: int | None = None  # matched observer id
    code: str = ""
    final: dict[str, Any] = field(default_factory=dict)  # the observer as it would be

    def problem(self, name: str, message: str, *, warning: bool = False) -> None:
        column = self.source.layout.column(name) if name else None
        item = RowProblem(self.source.sheet, self.source.row, column.letter if column else "",
                          column.header if column else "", message)
        (self.warnings if warning else self.problems).append(item)


def _read_row(source: NominationRow, ctx: _Context) -> _Row:
    row = _Row(source, {}, [], [])
    for name, raw in source.values.items():
        try:
            value = _parse_cached(name, raw, ctx)
        except ParseError as exc:
            row.problem(name, str(exc))
            continue
        if value is not None and value != "":
            row.values[name] = value
    _check_values(row.values, ctx, row.problem,
                  lambda name, message: row.problem(name, message, warning=True))
    return row


def _match(row: _Row, ctx: _Context) -> None:
    code = row.values.get("code", "")
    passport = row.values.get("passport_number", "")
    if code:
        row.target = ctx.by_code.get(code.casefold())
        if row.target is None and passport and passport in ctx.by_passport:
            other = ctx.existing[ctx.by_passport[passport]]
            row.problem("code", _('code "{code}" is new, but passport {passport} belongs to '
                                  "observer {other} ({name}); correct the code or the passport "
                                  "number").format(code=code, passport=mask_passport(passport),
                                                   other=other["code"], name=_name_of(other)))
    elif passport:
        row.target = ctx.by_passport.get(passport)
    if row.target is not None and passport:
        owner = ctx.by_passport.get(passport)
        if owner is not None and owner != row.target:
            other = ctx.existing[owner]
            row.problem("passport_number", _("passport {passport} belongs to observer {other} "
                                             "({name}); check the number").format(
                passport=mask_passport(passport), other=other["code"], name=_name_of(other)))


def _name_of(values: Mapping[str, Any]) -> str:
    return f"{(values.get('family_name') or '').upper()} {values.get('given_names') or ''}".strip()


def _derived_body(row: _Row, ctx: _Context) -> int | None:
    """The body of a row that names none: the state of the observer's citizenship, when the
    mission has exactly one sending body for that state."""
    citizenship = row.values.get("citizenship") or (
        ctx.existing[row.target]["citizenship"] if row.target is not None else None)
    if not citizenship:
        return None
    found = ctx.bodies_by_country.get(citizenship, [])
    return found[0] if len(found) == 1 else None


def _body_problem(row: _Row, ctx: _Context) -> None:
    codes = listed(b.code for b in ctx.bodies.values()) or _("none yet")
    citizenship = row.values.get("citizenship")
    found = ctx.bodies_by_country.get(citizenship or "", [])
    column = "sending_body" if ctx.has_body_column else ("citizenship" if citizenship else "")
    if len(found) > 1:
        matching = listed(sorted(ctx.bodies[i].code for i in found))
        row.problem(column, _("{country} sends through several bodies ({listed}); say which in the "
                              "Sending body column").format(country=country_name(citizenship, None),
                                                            listed=matching))
    elif citizenship:
        row.problem(column, _("no sending body: the mission has none for {country}; fill in the "
                              "Sending body column (codes: {codes})").format(
            country=country_name(citizenship, None), codes=codes))
    else:
        row.problem(column, _("no sending body: fill in the Sending body column or the citizenship "
                              "(codes: {codes})").format(codes=codes))


def _same(name: str, old: Any, new: Any) -> bool:
    if name in TEXT_FIELDS:
        old_text = old or ""
        if name == "code":
            return old_text.casefold() == new.casefold()
        if name == "passport_number":
            return normalise_passport(old_text) == new
        return clean_text(old_text, multiline=name == "notes") == new
    return old == new


def _shown(name: str, value: Any, ctx: _Context) -> str:
    if value is None or value == "":
        return ""
    if name == "sending_body":
        body = ctx.bodies.get(value)
        return body.code if body else str(value)
    if name == "passport_number":
        return mask_passport(value)
    if isinstance(value, datetime):
        return value.astimezone(ctx.zone).strftime("%Y-%m-%d %H:%M")
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, enum.Enum):
        return str(value.value)
    return str(value)


# --- the plan ------------------------------------------------------------------------------

def plan_import(db: Database, mission_id: int, path: Path | str,
                mapping: Mapping[str, str | None] | None = None, *,
                progress: Progress | None = None) -> ImportPlan:
    """Read a nominations workbook and say what importing it would do; nothing is written.

    Raises WorkbookError for a file that cannot be used at all (not a workbook, encrypted,
    too large, no header row); problems in single rows are in the plan.
    """
    source = read_nominations(path, mapping, progress=progress)
    return plan_rows(db, mission_id, source)


def plan_rows(db: Database, mission_id: int, source: NominationsFile) -> ImportPlan:
    """The plan for rows already read (the GUI reads once, then plans again as the user maps
    columns or the database changes)."""
    ctx = _context(db, mission_id)
    ctx.has_body_column = any(s.column("sending_body") for s in source.sheets)
    rows = [_read_row(item, ctx) for item in source.rows]
    for row in rows:
        _match(row, ctx)

    claimed: dict[str, _Row] = {}  # observer id / code / passport -> first row claiming it
    heads: list[_Row] = []
    for row in rows:
        existing = ctx.existing.get(row.target) if row.target is not None else None
        values = row.values
        given = row.source.values  # what the file holds, whether or not it could be read
        if existing is None:
            if "family_name" not in given:
                row.problem("family_name", _("is empty; a new observer needs a family name "
                                             "(in Latin letters, as in the passport)"))
            if "sending_body" not in given:
                derived = _derived_body(row, ctx)
                if derived is None:
                    _body_problem(row, ctx)
                else:
                    values["sending_body"] = derived
            row.final = {"mission_role": MissionRole.OBSERVER} | values
        else:
            values.pop("code", None)  # it matched, ignoring case: codes are not renamed by import
            if "sending_body" not in given and existing["sending_body_id"] is None:
                derived = _derived_body(row, ctx)
                if derived is not None:
                    values["sending_body"] = derived
            row.final = {name: existing[STORED_AS[name]] for name in STORED_AS} | values
        row.code = row.final.get("code") or ""
        _claim(row, claimed, ctx)
        if row.final.get("mission_role") == MissionRole.HEAD:
            heads.append(row)
    _check_heads(rows, heads, ctx)
    _give_codes(rows, ctx)
    planned = tuple(_planned(row, ctx) for row in rows)
    return ImportPlan(
        mission_id=mission_id, source=source.path, rows=planned,
        unknown_columns=tuple(source.unknown_columns), ignored_columns=tuple(source.ignored_columns),
        unheaded_columns=source.unheaded, skipped_sheets=source.skipped, notes=source.notes)


def _claim(row: _Row, claimed: dict[str, _Row], ctx: _Context) -> None:
    """Two rows must not describe the same observer, code or passport."""
    def where(other: _Row) -> str:
        same_sheet = other.source.sheet == row.source.sheet
        if same_sheet:
            return _("row {row}").format(row=other.source.row)
        return _("row {row} of sheet {sheet}").format(row=other.source.row, sheet=other.source.sheet)

    keys = []
    if row.target is not None:
        keys.append((f"id:{row.target}", "code",
                     lambda other: _("describes the same observer ({code}) as {where}; keep one of "
                                     "the two rows").format(code=row.code, where=where(other))))
    elif row.code:
        keys.append((f"code:{row.code.casefold()}", "code",
                     lambda other: _('code "{code}" is also on {where}; give each observer their '
                                     "own code").format(code=row.code, where=where(other))))
    passport = row.values.get("passport_number")
    if passport:
        keys.append((f"passport:{passport}", "passport_number",
                     lambda other: _("passport {passport} is also on {where}; check the "
                                     "number").format(passport=mask_passport(passport),
                                                      where=where(other))))
    for key, column, message in keys:
        other = claimed.setdefault(key, row)
        if other is not row:
            row.problem(column, message(other))


def _check_heads(rows: list[_Row], heads: list[_Row], ctx: _Context) -> None:
    """A mission has one head of mission."""
    head_rows = {row.target for row in rows if row.target is not None}
    keeps_head = ctx.head_id is not None and (
        ctx.head_id not in head_rows
        or any(r.target == ctx.head_id and r.final.get("mission_role") == MissionRole.HEAD for r in rows))
    current = ctx.existing.get(ctx.head_id) if ctx.head_id is not None else None
    first: _Row | None = None
    for row in heads:
        if row.target is not None and row.target == ctx.head_id:
            continue
        if keeps_head and current is not None:
            row.problem("mission_role", _("the mission has a head already ({code} {name}); change "
                                          "the head in the mission settings, or give this observer "
                                          "another role").format(code=current["code"],
                                                                 name=_name_of(current)))
        elif first is None:
            first = row
        else:
            row.problem("mission_role", _("a mission has one head of mission, and row {row} names "
                                          "one already").format(row=first.source.row))


def _give_codes(rows: list[_Row], ctx: _Context) -> None:
    """New observers without a code go on with the mission's numbered series, as the observer
    editor suggests (SCO-18 gives SCO-19). A mission whose codes are numbered per sending body
    (RU-07, SEC-01), or has no numbered codes yet, gives each new observer their body's code and
    the body's next free number: RU-08."""
    used = {code.casefold() for code in ctx.by_code} | {r.code.casefold() for r in rows if r.code}
    next_number: dict[str, int] = {}
    # Decided on the codes there before, not on those given here one by one.
    series_codes = following_codes(used)
    suggestion = next(series_codes, "")
    series = re.sub(r"\d+$", "", suggestion).rstrip("-_. ").casefold()
    in_series = bool(suggestion) and series not in {body.code.casefold() for body in ctx.bodies.values()}
    for row in rows:
        if row.target is not None or row.code or row.problems:
            continue
        if in_series:
            row.code, suggestion = suggestion, next(series_codes)
            used.add(row.code.casefold())
            row.final["code"] = row.code
            continue
        body = ctx.bodies.get(row.final.get("sending_body"))
        prefix = re.sub(r"[^A-Za-z0-9_.-]+", "", body.code if body else "") or "OBS"
        if prefix not in next_number:
            pattern = re.compile(re.escape(prefix.casefold()) + r"-(\d+)")
            numbers = [int(m.group(1)) for code in used if (m := pattern.fullmatch(code))]
            next_number[prefix] = max(numbers, default=0) + 1
        while f"{prefix}-{next_number[prefix]:02d}".casefold() in used:
            next_number[prefix] += 1
        row.code = f"{prefix}-{next_number[prefix]:02d}"
        next_number[prefix] += 1
        used.add(row.code.casefold())
        row.final["code"] = row.code


def _planned(row: _Row, ctx: _Context) -> PlannedRow:
    name = _name_of(row.final)
    common = dict(sheet=row.source.sheet, row=row.source.row, code=row.code, name=name,
                  observer_id=row.target, warnings=tuple(row.warnings))
    if row.problems:
        version = ctx.existing[row.target]["version"] if row.target is not None else None
        return PlannedRow(action=RowAction.ERROR, version=version, problems=tuple(row.problems),
                          **common)
    if row.target is None:
        values = {STORED_AS[n]: v for n, v in row.final.items()}
        return PlannedRow(action=RowAction.ADD, values=values, **common)
    existing = ctx.existing[row.target]
    changes = []
    values = {}
    for name_, new in row.values.items():
        column = STORED_AS[name_]
        old = existing[column]
        if _same(name_, old, new):
            continue
        changes.append(FieldChange(name_, LABELS[name_], _shown(name_, old, ctx), _shown(name_, new, ctx)))
        values[column] = new
    action = RowAction.UPDATE if changes else RowAction.UNCHANGED
    return PlannedRow(action=action, version=existing["version"], changes=tuple(changes),
                      values=values, **common)


# --- the commit ----------------------------------------------------------------------------

def more_problems(hidden: int) -> str:
    return ngettext("and {n} more problem", "and {n} more problems", hidden).format(n=hidden)


def commit_import(db: Database, plan: ImportPlan, *, progress: Progress | None = None,
                  user: str | None = None) -> ImportResult:
    """Write a plan without errors in one transaction: all of it, or (on any problem) nothing.

    New observers start as nominated with the first step of their accreditation history; each
    update bumps the observer's version. Refuses with StaleEditError if an observer the plan
    matched changed after planning, or a code it gives out was taken meanwhile.
    """
    if plan.has_errors:
        problems = plan.problems
        shown = [Problem(p.header, p.message, labelled(plan.source.name, p.where))
                 for p in problems[:MAX_LISTED_PROBLEMS]]
        if len(problems) > MAX_LISTED_PROBLEMS:
            shown.append(Problem("", more_problems(len(problems) - MAX_LISTED_PROBLEMS)))
        raise ValidationError(shown)
    user = user or current_user()
    adds = [r for r in plan.rows if r.action is RowAction.ADD]
    updates = [r for r in plan.rows if r.action is RowAction.UPDATE]
    unchanged = plan.count(RowAction.UNCHANGED)
    total = len(adds) + len(updates)
    report_progress(progress, 0, total)
    if total:
        backup_before(db, "before-import")
    try:
        with db.transaction() as session:
            acting_user(session, user)
            if session.get(Mission, plan.mission_id) is None:
                raise NotFoundError(_("mission {mission_id} no longer exists").format(
                    mission_id=plan.mission_id))
            current = dict(session.execute(
                select(Observer.id, Observer.version)
                .where(Observer.mission_id == plan.mission_id).with_for_update()).all())
            _refuse_stale(plan, current)
            _refuse_taken_codes(session, plan, adds)
            now = utcnow()
            done = _write_updates(session, plan, updates, now, user)
            report_progress(progress, done, total)
            _write_additions(session, plan, adds, now, user, progress, done, total)
            record_audit(session, at=now, user=user, mission_id=plan.mission_id, table="observer",
                         action=AuditAction.IMPORT,
                         summary=f"imported {plan.source.name}: {len(adds)} added, "
                                 f"{len(updates)} updated",
                         changes={"file": [None, plan.source.name], "added": [None, len(adds)],
                                  "updated": [None, len(updates)]})
    except IntegrityError as exc:
        raise StaleEditError(
            _("importing {file} clashed with a change made meanwhile (a code, a passport or the "
              "head of mission now taken): nothing was imported; plan the import again "
              "({detail})").format(file=plan.source.name, detail=str(exc.orig).splitlines()[0])) from exc
    return ImportResult(tuple(r.code for r in adds), tuple(r.code for r in updates), unchanged)


def _refuse_stale(plan: ImportPlan, current: dict[int, int]) -> None:
    stale = [r for r in plan.rows
             if r.observer_id is not None and current.get(r.observer_id) != r.version]
    if stale:
        first = stale[0]
        raise StaleEditError(ngettext(
            "{n} observer in {file} changed since the import was planned (first: {code}, sheet "
            "{sheet} row {row}); nothing was imported: plan the import again",
            "{n} observers in {file} changed since the import was planned (first: {code}, sheet "
            "{sheet} row {row}); nothing was imported: plan the import again", len(stale)).format(
                n=len(stale), file=plan.source.name, code=first.code, sheet=first.sheet,
                row=first.row))


def _refuse_taken_codes(session, plan: ImportPlan, adds: list[PlannedRow]) -> None:
    if not adds:
        return
    taken = {code.casefold() for code in session.scalars(
        select(Observer.code).where(Observer.mission_id == plan.mission_id))}
    clash = [r for r in adds if r.code.casefold() in taken]
    if clash:
        raise StaleEditError(
            _("code {code} (sheet {sheet} row {row}) was given to another observer since the import "
              "was planned; nothing was imported: plan it again").format(
                code=clash[0].code, sheet=clash[0].sheet, row=clash[0].row))


def _write_updates(session, plan: ImportPlan, updates: list[PlannedRow], now: datetime,
                   user: str) -> int:
    table = Observer.__table__
    # Whoever stops being head of mission must do so before someone else becomes head: the
    # database allows one head at any moment, not only at the end of the transaction.
    demotions = [r for r in updates if r.values.get("mission_role") not in (None, MissionRole.HEAD)]
    ordered = demotions + [r for r in updates if r not in demotions]
    groups: dict[tuple[str, ...], list[PlannedRow]] = {}
    for row in ordered:
        groups.setdefault(tuple(sorted(row.values)), []).append(row)
    for columns, rows in groups.items():
        statement = (
            update(table)
            .where(table.c.id == bindparam("b_id"), table.c.version == bindparam("b_version"))
            .values(version=table.c.version + 1, updated_at=bindparam("b_now"),
                    **{c: bindparam(f"v_{c}") for c in columns})
        )
        params = [{"b_id": r.observer_id, "b_version": r.version, "b_now": now,
                   **{f"v_{c}": r.values[c] for c in columns}} for r in rows]
        result = session.execute(statement, params)
        if result.rowcount not in (-1, len(rows)):
            raise StaleEditError(_("observers in {file} changed while importing; nothing was "
                                   "imported: plan the import again").format(file=plan.source.name))
    record_audit_rows(session, [
        {"at": now, "user": user, "mission_id": plan.mission_id, "table_name": "observer",
         "record_id": r.observer_id, "action": AuditAction.UPDATE,
         "summary": f"observer {r.code}: updated from {plan.source.name}",
         "changes": {c.field: [c.old, c.new] for c in r.changes}}
        for r in updates])
    return len(updates)


def _write_additions(session, plan: ImportPlan, adds: list[PlannedRow], now: datetime, user: str,
                     progress: Progress | None, done: int, total: int) -> None:
    note = f"imported from {plan.source.name}"[:1000]
    stamp = {"mission_id": plan.mission_id, "created_at": now, "updated_at": now, "version": 1}
    for part in chunks(len(adds)):
        batch = [_new_observer(adds[i].values) | stamp for i in part]
        ids = insert_with_ids(session, Observer, batch, ("code",))
        insert_rows(session, AccreditationEvent, [
            {"observer_id": observer_id, "at": now, "user": user, "from_status": None,
             "to_status": AccreditationStatus.NOMINATED, "note": note}
            for observer_id in ids])
        report_progress(progress, done + part.stop, total)


_DEFAULTS: dict[str, Any] = {
    column.key: column.default.arg if column.default is not None and not callable(column.default.arg)
    else None
    for column in Observer.__table__.columns
    if column.key in set(STORED_AS.values())
}


def _new_observer(values: Mapping[str, Any]) -> dict[str, Any]:
    row = dict(_DEFAULTS)
    row.update(values)
    row["accreditation_status"] = AccreditationStatus.NOMINATED
    return row


def import_nominations(db: Database, mission_id: int, path: Path | str,
                       mapping: Mapping[str, str | None] | None = None, *,
                       progress: Progress | None = None) -> tuple[ImportPlan, ImportResult]:
    """Plan and, when no row has an error, commit (ValidationError naming the rows otherwise)."""
    plan = plan_import(db, mission_id, path, mapping, progress=progress)
    return plan, commit_import(db, plan)
