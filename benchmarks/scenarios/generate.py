"""Scenario "generate": making a mission at scale through the services, against raw inserts."""

from __future__ import annotations

import time
from pathlib import Path

from observer_desk.core.db import open_database

from ..baseline import raw_insert_seconds
from ..generate import generate_mission
from . import Context, Outcome, scenario


def _size(path: Path) -> int:
    return sum(Path(f"{path}{suffix}").stat().st_size
               for suffix in ("", "-wal") if Path(f"{path}{suffix}").exists())


@scenario("generate", "generate_mission through the services vs. sqlite3 executemany of the same "
                      "rows into the same schema")
def generate(context: Context) -> Outcome:
    path = context.database_path("generated")
    db = open_database(str(path))
    try:
        start = time.perf_counter()
        result = generate_mission(db, context.observers, context.reports, context.seed,
                                  progress=context.say)
        seconds = time.perf_counter() - start
    finally:
        db.dispose()  # the last connection closing folds the WAL into the file
    context.generated = (path, result)

    context.say("  baseline: the same rows with sqlite3 executemany")
    baseline, per_table = raw_insert_seconds(path, context.database_path("baseline"))
    for table, table_seconds in sorted(per_table.items(), key=lambda item: -item[1])[:4]:
        context.say(f"    {table}: {table_seconds:.2f} s")
    size = _size(path)
    notes = (f"{result.observers:,} observers, {result.reports:,} reports, "
             f"{result.answers:,} answers, {result.events:,} events; "
             f"{size / 1_000_000:,.0f} MB")
    return Outcome(seconds, baseline, notes, details=result.seconds)
