"""Shared machinery of the services that write many rows at once: progress and cancel, problem
lists, value checks, and batched inserts that return the new ids."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from datetime import datetime, timezone
from enum import Enum
from typing import Any, TypeVar

from sqlalchemy import String, insert
from sqlalchemy.orm import Session

from ..errors import NotFoundError, ObserverDeskError, Problem, ValidationError
from ..language import _, ngettext
from ..models import Mission, UTCDateTime

Progress = Callable[[int, int], bool]

# Rows written between two progress reports: small enough for a responsive progress bar and a
# prompt cancel, large enough that the per-statement cost stays invisible.
CHUNK = 2_000

# A list of ten thousand problems helps nobody; the first ones show what is wrong.
MAX_PROBLEMS = 100

E = TypeVar("E", bound=Enum)


class Cancelled(ObserverDeskError):
    """The user stopped a long write; the transaction was rolled back and nothing was saved."""


def report_progress(progress: Progress | None, done: int, total: int) -> None:
    """Tell the caller how far the work is; stop (rolling everything back) if it says False.

    Only an explicit False cancels, so that a callback that returns nothing (print, a logger)
    can be passed as it is.
    """
    if progress is not None and progress(done, total) is False:
        raise Cancelled(_("cancelled after {done} of {total}: nothing was saved").format(
            done=done, total=total))


def where(index: int) -> str:
    return _("record {index}").format(index=index)


def raise_problems(problems: list[Problem]) -> None:
    if not problems:
        return
    if len(problems) > MAX_PROBLEMS:
        hidden = len(problems) - MAX_PROBLEMS
        problems = problems[:MAX_PROBLEMS] + [
            Problem("", ngettext("and {n} more problem not listed; fix these first",
                                 "and {n} more problems not listed; fix these first",
                                 hidden).format(n=hidden))]
    raise ValidationError(problems)


def string_limits(model: type) -> dict[str, int]:
    """{attribute: maximum length} for the model's bounded text columns.

    SQLite would store an over-long value silently and PostgreSQL would refuse the whole batch
    with a driver error; checking here gives the user the record and field instead.
    """
    table = model.__table__  # type: ignore[attr-defined]
    return {
        column.key: column.type.length
        for column in table.columns
        if isinstance(column.type, String) and column.type.length
    }


def check_lengths(values: dict[str, Any], limits: dict[str, int], at: str,
                  problems: list[Problem], labels: dict[str, str] | None = None) -> None:
    for key, limit in limits.items():
        value = values.get(key)
        if isinstance(value, str) and len(value) > limit:
            field = (labels or {}).get(key, key)
            problems.append(Problem(field, ngettext(
                "is {n} character long; at most {limit} fit",
                "is {n} characters long; at most {limit} fit", len(value)).format(
                    n=len(value), limit=limit), at))


def as_enum(enum_cls: type[E], value: Any, field: str, at: str, problems: list[Problem],
            *, optional: bool = False) -> E | None:
    """Accept an enumeration member or its stored value (as importers read it from a file)."""
    if value is None or value == "":
        if optional:
            return None
        problems.append(Problem(field, _("is required"), at))
        return None
    if isinstance(value, enum_cls):
        return value
    try:
        return enum_cls(value)
    except ValueError:
        allowed = ", ".join(str(m.value) for m in enum_cls)  # type: ignore[attr-defined]
        problems.append(Problem(field, _("{value!r} is not one of {allowed}").format(
            value=value, allowed=allowed), at))
        return None


def check_aware(value: datetime | None, field: str, at: str, problems: list[Problem]) -> bool:
    """True when the value is usable: absent, or a datetime that knows its time zone."""
    if value is None:
        return True
    if not isinstance(value, datetime):
        problems.append(Problem(field, _("{value!r} is not a date and time").format(value=value), at))
        return False
    if value.tzinfo is None or value.utcoffset() is None:
        problems.append(Problem(field, _("has no time zone: give the local zone of the place "
                                         "(e.g. Asia/Almaty) so it can be stored as UTC"), at))
        return False
    return True


def ends_before_start(start: datetime, end: datetime) -> bool:
    """Compared as instants: Python compares two times of the same zone by the clock alone,
    which gets the repeated hour of a clock change wrong."""
    return end.astimezone(timezone.utc) < start.astimezone(timezone.utc)


def duplicates(keys: Iterable[str | None]) -> dict[str, list[int]]:
    """{folded key: [record numbers]} for keys given more than once in a batch."""
    seen: dict[str, list[int]] = {}
    for index, key in enumerate(keys, start=1):
        if key:
            seen.setdefault(key.casefold(), []).append(index)
    return {key: rows for key, rows in seen.items() if len(rows) > 1}


def require_mission(session: Session, mission_id: int) -> None:
    if session.get(Mission, mission_id) is None:
        raise NotFoundError(_("mission {mission_id} no longer exists").format(mission_id=mission_id))


def chunks(count: int, size: int = CHUNK) -> Iterable[range]:
    for start in range(0, count, size):
        yield range(start, min(start + size, count))


def insert_with_ids(session: Session, model: type, rows: Sequence[dict[str, Any]],
                    key: Sequence[str]) -> list[int]:
    """Insert rows into the model's table and return their new ids, in the order of `rows`.

    SQLAlchemy can return generated ids in parameter order on SQLite only by sending one INSERT
    per row, which makes a large batch ten times slower. So the rows go in as multi-row INSERTs,
    each new row is returned with its `key` columns, and the ids are matched back by key. Rows
    that agree on every key column must be alike in every column that differs between rows (the
    caller names them all, or a column unique in the batch), so any pairing of them is right.
    """
    table = model.__table__  # type: ignore[attr-defined]
    # Times come back in UTC; compare them in UTC too (aware times in a repeated DST hour never
    # equal a time in another zone, however equal the instants).
    times = [i for i, k in enumerate(key) if isinstance(table.c[k].type, UTCDateTime)]

    def comparable(values: tuple[Any, ...]) -> tuple[Any, ...]:
        if not times:
            return values
        items = list(values)
        for i in times:
            if items[i] is not None:
                items[i] = items[i].astimezone(timezone.utc)
        return tuple(items)

    waiting: dict[tuple[Any, ...], list[int]] = {}
    for index, row in enumerate(rows):
        waiting.setdefault(comparable(tuple(row[k] for k in key)), []).append(index)
    ids = [0] * len(rows)
    statement = insert(table).returning(table.c.id, *(table.c[k] for k in key))
    for new_id, *values in session.execute(statement, rows):
        ids[waiting[comparable(tuple(values))].pop()] = new_id
    return ids


def insert_rows(session: Session, model: type, rows: Sequence[dict[str, Any]]) -> None:
    """Insert rows into the model's table as one executemany, without the ORM's per-row
    bookkeeping (no identity map, no events: nothing here needs them)."""
    if rows:
        session.execute(insert(model.__table__), rows)  # type: ignore[attr-defined]
