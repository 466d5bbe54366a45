"""Adding administrative units and polling stations in bulk (a CEC list has thousands of them).

Units may name a parent given in the same batch, in any order: they are written parents first,
one level at a time, so a list sorted by name imports as well as one sorted by hierarchy.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import time
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from sqlalchemy import select

from ..db import Database
from ..errors import Problem
from ..language import _
from ..models import AdminUnit, PollingStation, UnitKind, utcnow
from .bulk import (
    Progress,
    as_enum,
    check_lengths,
    chunks,
    duplicates,
    insert_rows,
    insert_with_ids,
    raise_problems,
    report_progress,
    require_mission,
    string_limits,
    where,
)


@dataclass
class UnitRecord:
    code: str
    kind: UnitKind
    name_en: str
    name_ru: str = ""
    name_zh: str = ""
    time_zone: str = ""  # IANA, e.g. Asia/Almaty
    parent_code: str | None = None


@dataclass
class StationRecord:
    number: str
    unit_code: str
    name: str = ""
    address: str = ""
    registered_voters: int | None = None
    opens_at: time = time(7, 0)
    closes_at: time = time(20, 0)
    latitude: float | None = None
    longitude: float | None = None


UNIT_LIMITS = string_limits(AdminUnit)
STATION_LIMITS = string_limits(PollingStation)


def valid_time_zone(name: str) -> bool:
    if not name:
        return False
    try:
        ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        return False
    return True


def _levels(codes: list[str], parents: list[str | None], existing: set[str],
            problems: list[Problem]) -> list[list[int]]:
    """Record indexes (0-based) grouped so that every unit comes after its parent's group."""
    in_batch = {code.casefold(): i for i, code in enumerate(codes) if code}
    depth: dict[int, int | None] = {}

    def depth_of(i: int, trail: list[int]) -> int | None:
        if i in depth:
            return depth[i]
        parent = (parents[i] or "").casefold()
        if not parent or (parent in existing and parent not in in_batch):
            depth[i] = 0
        elif parent not in in_batch:
            depth[i] = None  # reported by the caller as an unknown parent
        elif in_batch[parent] in trail + [i]:
            loop = trail + [i]
            loop = loop[loop.index(in_batch[parent]):]
            chain = " -> ".join(codes[k] for k in loop + [loop[0]])
            problems.append(Problem("parent_code", _("units are their own ancestors ({chain})").format(
                chain=chain), where(min(loop) + 1)))
            for k in loop:
                depth[k] = None
        else:
            above = depth_of(in_batch[parent], trail + [i])
            depth[i] = None if above is None else above + 1
        return depth[i]

    levels: list[list[int]] = []
    for i in range(len(codes)):
        level = depth_of(i, [])
        if level is None:
            continue
        while len(levels) <= level:
            levels.append([])
        levels[level].append(i)
    return levels


def add_admin_units(db: Database, mission_id: int, units: Sequence[UnitRecord]) -> int:
    """Add regions, cities and districts with their time zones; returns how many were added."""
    problems: list[Problem] = []
    rows: list[dict[str, Any]] = []
    for index, unit in enumerate(units, start=1):
        at = where(index)
        row = {
            "code": (unit.code or "").strip(),
            "kind": as_enum(UnitKind, unit.kind, "kind", at, problems),
            "name_en": (unit.name_en or "").strip(),
            "name_ru": (unit.name_ru or "").strip(),
            "name_zh": (unit.name_zh or "").strip(),
            "time_zone": (unit.time_zone or "").strip(),
        }
        if not row["code"]:
            problems.append(Problem("code", _("is required"), at))
        if not row["name_en"]:
            problems.append(Problem("name_en", _("the English name is required"), at))
        if not valid_time_zone(row["time_zone"]):
            problems.append(Problem("time_zone", _("{zone!r} is not an IANA time zone "
                                                   "(e.g. Asia/Almaty, Asia/Aqtobe)").format(
                                                       zone=unit.time_zone), at))
        check_lengths(row, UNIT_LIMITS, at, problems)
        rows.append(row)
    for indexes in duplicates(row["code"] for row in rows).values():
        for index in indexes[1:]:
            problems.append(Problem("code", _("{code!r} is given twice (also record {other})").format(
                code=rows[index - 1]["code"], other=indexes[0]), where(index)))
    parents = [(unit.parent_code or "").strip() or None for unit in units]

    with db.transaction() as session:
        require_mission(session, mission_id)
        existing = {code.casefold(): unit_id for unit_id, code in session.execute(
            select(AdminUnit.id, AdminUnit.code).where(AdminUnit.mission_id == mission_id))}
        in_batch = {row["code"].casefold() for row in rows if row["code"]}
        for index, row in enumerate(rows, start=1):
            if row["code"] and row["code"].casefold() in existing:
                problems.append(Problem("code", _("{code!r} is already a unit of this mission").format(
                    code=row["code"]), where(index)))
            parent = parents[index - 1]
            if parent and parent.casefold() not in in_batch and parent.casefold() not in existing:
                problems.append(Problem("parent_code", _("no unit with code {code!r} in this "
                                                         "mission or in this list").format(code=parent),
                                        where(index)))
        levels = _levels([row["code"] for row in rows], parents, set(existing), problems)
        raise_problems(problems)

        now = utcnow()
        ids = dict(existing)
        for level in levels:
            batch = [rows[i] | {"mission_id": mission_id, "created_at": now, "updated_at": now,
                                "version": 1,
                                "parent_id": ids[parents[i].casefold()] if parents[i] else None}
                     for i in level]
            new_ids = insert_with_ids(session, AdminUnit, batch, ("code",))
            ids.update((rows[i]["code"].casefold(), unit_id)
                       for i, unit_id in zip(level, new_ids, strict=True))
    return len(rows)


def add_polling_stations(db: Database, mission_id: int, stations: Sequence[StationRecord],
                         progress: Progress | None = None) -> int:
    """Add polling stations to the mission's units; returns how many were added."""
    problems: list[Problem] = []
    with db.transaction() as session:
        require_mission(session, mission_id)
        units = {code.casefold(): unit_id for unit_id, code in session.execute(
            select(AdminUnit.id, AdminUnit.code).where(AdminUnit.mission_id == mission_id))}
        taken = {number.casefold() for number in session.scalars(
            select(PollingStation.number).where(PollingStation.mission_id == mission_id))}
        rows: list[dict[str, Any]] = []
        for index, station in enumerate(stations, start=1):
            at = where(index)
            number = (station.number or "").strip()
            unit_code = (station.unit_code or "").strip()
            unit_id = units.get(unit_code.casefold())
            if not number:
                problems.append(Problem("number", _("is required"), at))
            elif number.casefold() in taken:
                problems.append(Problem("number", _("station {number} is already in this mission").format(
                    number=number), at))
            if unit_id is None:
                problems.append(Problem("unit_code", _("no unit with code {code!r} in this "
                                                       "mission (add the units first)").format(
                                                           code=unit_code), at))
            voters = station.registered_voters
            if voters is not None and (not isinstance(voters, int) or voters < 0):
                problems.append(Problem("registered_voters", _("{voters!r} is not a number of "
                                                               "voters (0 or more)").format(
                                                                   voters=voters), at))
            opens, closes = station.opens_at, station.closes_at
            if not isinstance(opens, time) or not isinstance(closes, time):
                problems.append(Problem("opens_at", _("opening and closing must be times of day"), at))
            elif closes <= opens:
                problems.append(Problem("closes_at", _("{closes:%H:%M} is not after the opening "
                                                       "at {opens:%H:%M}").format(
                                                           closes=closes, opens=opens), at))
            for field, bound in (("latitude", 90), ("longitude", 180)):
                value = getattr(station, field)
                if value is not None and not (isinstance(value, (int, float)) and -bound <= value <= bound):
                    problems.append(Problem(field, _("{value!r} is not between -{bound} and {bound}").format(
                        value=value, bound=bound), at))
            row = {
                "unit_id": unit_id,
                "number": number,
                "name": (station.name or "").strip(),
                "address": (station.address or "").strip(),
                "registered_voters": voters,
                "opens_at": opens,
                "closes_at": closes,
                "latitude": station.latitude,
                "longitude": station.longitude,
            }
            check_lengths(row, STATION_LIMITS, at, problems)
            rows.append(row)
        for indexes in duplicates(row["number"] for row in rows).values():
            for index in indexes[1:]:
                problems.append(Problem("number", _("station {number} is given twice (also record "
                                                    "{other})").format(number=rows[index - 1]["number"],
                                                                       other=indexes[0]), where(index)))
        raise_problems(problems)

        now = utcnow()
        total = len(rows)
        report_progress(progress, 0, total)
        for part in chunks(total):
            insert_rows(session, PollingStation, [
                rows[i] | {"mission_id": mission_id, "created_at": now, "updated_at": now,
                           "version": 1}
                for i in part])
            report_progress(progress, part.stop, total)
    return total
