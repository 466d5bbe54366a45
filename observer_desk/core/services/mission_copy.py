"""Copying one mission, with every row that belongs to it, from one database to another (a
local SQLite file to the shared PostgreSQL server and back).

The copy is one transaction on the target: it is there whole or not at all. The source is read
in one read-only transaction, so a mission being edited meanwhile is copied as it was at one
moment. Ids are the target's own: every row gets a new id and every reference to it (a team's
interpreter, a report's station, an audit entry's record) is rewritten to the new id.

Which tables belong to a mission is worked out from the schema: a table with a mission_id
column belongs to it directly, any other through the first required reference to a table that
does. A table that fits neither stops the copy with an error instead of being left behind.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Column, Connection, Select, Table, bindparam, func, insert, select, text, update
from sqlalchemy.engine import make_url

from ..audit import record_audit
from ..db import Database
from ..errors import UsageError
from ..language import _
from ..models import AuditAction, Base

CHUNK = 1_000
MISSION = "mission"
AUDIT = "audit_entry"

Progress = Callable[[str, int], object]  # (table, rows copied so far)


class MissionExistsError(UsageError):
    """The target already holds a mission with the code being copied."""


@dataclass(frozen=True)
class _TablePlan:
    table: Table
    owner: Column[Any] | None  # the column tying a row to the mission or to an owning row
    parent: str | None  # the table `owner` refers to (None: `owner` is mission_id itself)

    @property
    def name(self) -> str:
        return self.table.name


@dataclass
class MissionCopy:
    code: str
    source: str
    target: str
    rows: dict[str, int] = field(default_factory=dict)  # table: rows copied

    @property
    def total(self) -> int:
        return sum(self.rows.values())


def shown(target: str) -> str:
    """A database named for messages: a URL without its password."""
    if "://" not in target:
        return target
    try:
        return make_url(target).render_as_string(hide_password=True)
    except Exception:
        return target


def copy_plan() -> list[_TablePlan]:
    """Every table of a mission in an order that inserts referenced rows first (the mission
    first, its audit trail last)."""
    plans: list[_TablePlan] = []
    known = {MISSION}
    leftover = []
    for table in Base.metadata.sorted_tables:
        if table.name in (MISSION, AUDIT):
            continue
        if "mission_id" in table.c:
            plans.append(_TablePlan(table, table.c.mission_id, None))
            known.add(table.name)
            continue
        owner = next((column for column in table.c if not column.nullable
                      for fk in column.foreign_keys if fk.column.table.name in known), None)
        if owner is None:
            leftover.append(table.name)
            continue
        parent = next(iter(owner.foreign_keys)).column.table.name
        plans.append(_TablePlan(table, owner, parent))
        known.add(table.name)
    if leftover:
        raise RuntimeError(f"tables not tied to a mission, so a copy would leave them behind: "
                           f"{', '.join(leftover)}")
    tables = Base.metadata.tables
    return [_TablePlan(tables[MISSION], None, None), *plans, _TablePlan(tables[AUDIT], None, None)]


def _referenced_tables(plans: list[_TablePlan]) -> set[str]:
    """Tables whose new ids must be remembered: referenced by another table, or named by
    audit entries."""
    from ..audit import RECORD_TABLES

    names = set(RECORD_TABLES)
    for plan in plans:
        for column in plan.table.c:
            names.update(fk.column.table.name for fk in column.foreign_keys)
    return names


def _rows_of(plans_by_name: dict[str, _TablePlan], name: str, mission_id: int) -> Select[Any]:
    """The ids of a table's rows that belong to the mission, as a subquery-ready select."""
    plan = plans_by_name[name]
    table = plan.table
    if name == MISSION:
        return select(table.c.id).where(table.c.id == mission_id)
    if plan.parent is None:
        return select(table.c.id).where(plan.owner == mission_id)
    return select(table.c.id).where(plan.owner.in_(_rows_of(plans_by_name, plan.parent, mission_id)))


def _source_rows(connection: Connection, plans_by_name: dict[str, _TablePlan], plan: _TablePlan,
                 mission_id: int) -> Iterator[list[dict[str, Any]]]:
    table = plan.table
    if plan.name in (AUDIT, MISSION) or plan.parent is None:
        query = select(table).where(table.c.id.in_(_rows_of(plans_by_name, plan.name, mission_id))
                                    if plan.name == MISSION else table.c.mission_id == mission_id)
    else:
        query = select(table).where(
            plan.owner.in_(_rows_of(plans_by_name, plan.parent, mission_id)))
    order = [table.c.id] if "id" in table.c else list(table.primary_key.columns)
    result = connection.execution_options(yield_per=CHUNK).execute(query.order_by(*order))
    for chunk in result.mappings().partitions(CHUNK):
        yield [dict(row) for row in chunk]


def _allocate_ids(connection: Connection, table: Table, count: int) -> list[int]:
    """`count` new ids of the target's table, in increasing order.

    PostgreSQL hands them out from the table's sequence (safe while others insert too). On
    SQLite the copy holds the write lock, so the ids after the largest one in use (or ever
    used, for a table that never reuses ids) are free."""
    if connection.dialect.name == "postgresql":
        return list(connection.execute(
            text("SELECT nextval(pg_get_serial_sequence(:table, 'id')) "
                 "FROM generate_series(1, :count)"),
            {"table": table.name, "count": count}).scalars())
    highest = connection.execute(select(func.max(table.c.id))).scalar() or 0
    has_sequence = connection.execute(text(
        "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = 'sqlite_sequence'"
    )).scalar()
    if has_sequence:
        used = connection.execute(text("SELECT seq FROM sqlite_sequence WHERE name = :name"),
                                  {"name": table.name}).scalar()
        highest = max(highest, used or 0)
    return list(range(highest + 1, highest + 1 + count))


def _insert_chunk(connection: Connection, table: Table, rows: list[dict[str, Any]]) -> None:
    connection.execute(insert(table), rows)


def copy_mission(source: Database, target: Database, code: str | None = None, *,
                 new_code: str | None = None, user: str | None = None,
                 progress: Progress | None = None) -> MissionCopy:
    """Copy the mission `code` (the only one, when None) from `source` into `target`, as
    `new_code` when given. Refuses with MissionExistsError, writing nothing, when the target
    already holds a mission with that code. Returns the number of rows copied per table."""
    from .missions import get_mission

    mission = get_mission(source, code)
    code_there = (new_code or mission.code).strip()
    if not code_there or not all(c.isalnum() or c in "-_." for c in code_there):
        raise UsageError(_("{code!r} cannot be a mission code: use letters, digits, "
                           "'-', '_' or '.' only (e.g. SCO-KZ-2022)").format(code=code_there))
    plans = copy_plan()
    plans_by_name = {p.name: p for p in plans}
    remembered = _referenced_tables(plans)
    result = MissionCopy(code_there, shown(source.target), shown(target.target))
    maps: dict[str, dict[int, int]] = {}

    with source.engine.connect() as reading:
        if reading.dialect.name == "postgresql":
            reading = reading.execution_options(isolation_level="REPEATABLE READ",
                                                postgresql_readonly=True)
        with reading.begin(), target.transaction() as session:
            writing = session.connection()
            mission_table = plans_by_name[MISSION].table
            if writing.execute(select(mission_table.c.id)
                               .where(mission_table.c.code == code_there)).first() is not None:
                raise MissionExistsError(_exists_message(code_there, result, new_code is None))
            for plan in plans:
                copied = _copy_table(reading, writing, plans_by_name, plan, mission.id, maps,
                                     remembered, code_there, progress)
                result.rows[plan.name] = copied
            new_id = maps[MISSION][mission.id]
            session.flush()
            record_audit(session, table=MISSION, action=AuditAction.IMPORT, mission_id=new_id,
                         record_id=new_id, user=user,
                         summary=f"mission {code_there} copied from {result.source}"[:300],
                         changes={"copied from": [None, result.source],
                                  "source mission": [None, mission.code],
                                  "rows": [None, result.total]})
    return result


def _exists_message(code: str, result: MissionCopy, same_code: bool) -> str:
    if same_code:
        text = _("{target} already holds a mission {code}: nothing was copied. To keep both, give "
                 "the copy another code with --as NEW-CODE; or copy into another database (a new "
                 ".sqlite file, or an empty database on the server)")
    else:
        text = _("{target} already holds a mission {code}: nothing was copied. To keep both, "
                 "choose another code with --as; or copy into another database (a new .sqlite "
                 "file, or an empty database on the server)")
    return text.format(target=result.target, code=code)


def _copy_table(reading: Connection, writing: Connection, plans_by_name: dict[str, _TablePlan],
                plan: _TablePlan, mission_id: int, maps: dict[str, dict[int, int]],
                remembered: set[str], code: str, progress: Progress | None) -> int:
    table = plan.table
    references = {column.name: next(iter(column.foreign_keys)).column.table.name
                  for column in table.c if column.foreign_keys}
    own = {name for name, target in references.items() if target == table.name}
    keep_ids = table.name in remembered and "id" in table.c
    new_ids = maps.setdefault(table.name, {}) if keep_ids else {}
    later: list[dict[str, Any]] = []  # references to rows of the same table, set afterwards
    copied = 0
    for chunk in _source_rows(reading, plans_by_name, plan, mission_id):
        ids = _allocate_ids(writing, table, len(chunk)) if keep_ids else None
        rows = []
        for index, row in enumerate(chunk):
            old_id = row.pop("id", None)
            if ids is not None:
                row["id"] = ids[index]
                new_ids[old_id] = ids[index]
            for name, referred in references.items():
                value = row.get(name)
                if value is None:
                    continue
                if name in own and value not in new_ids:
                    row[name] = None  # a row not copied yet: set once it is
                    later.append({"row_id": row["id"], "column": name, "old": value,
                                  "updated": row.get("updated_at")})
                elif name in own:
                    row[name] = new_ids[value]
                elif referred == MISSION or referred in maps:
                    row[name] = maps[referred].get(value)
            if table.name == MISSION:
                row["code"] = code
            elif table.name == AUDIT:
                row["record_id"] = maps.get(row["table_name"], {}).get(row["record_id"])
            rows.append(row)
        _insert_chunk(writing, table, rows)
        copied += len(rows)
        if progress is not None:
            progress(table.name, copied)
    for name in {item["column"] for item in later}:
        pairs = [{"row_id": item["row_id"], "value": new_ids.get(item["old"]),
                  "updated": item["updated"]} for item in later if item["column"] == name]
        values: dict[str, Any] = {name: bindparam("value")}
        if "updated_at" in table.c:  # kept as it was, not stamped with the time of the copy
            values["updated_at"] = bindparam("updated")
        writing.execute(update(table).where(table.c.id == bindparam("row_id")).values(values),
                        pairs)
    return copied
