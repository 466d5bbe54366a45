"""The raw-library baseline: the same rows inserted with nothing but the sqlite3 module.

It copies every row of a database the program made into a fresh file with the same schema,
table by table in foreign-key order, with `executemany` in one transaction and the connection
settings the program uses (foreign keys on, WAL, synchronous NORMAL). Reading the rows is not
timed; the inserts and the commit are. What the program takes beyond this is the price of its
checks, its id look-ups and SQLAlchemy.
"""

from __future__ import annotations

import sqlite3
import time
from pathlib import Path

from observer_desk.core.db import open_database
from observer_desk.core.models import Base


def _quoted(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def raw_insert_seconds(source: Path, target: Path) -> tuple[float, dict[str, float]]:
    """Seconds to insert all of `source`'s rows into `target` (created with the schema), and the
    seconds per table."""
    open_database(str(target)).dispose()  # the same schema, by the same migrations
    tables: list[tuple[str, str, list[tuple[object, ...]]]] = []
    with sqlite3.connect(source) as reading:
        for table in Base.metadata.sorted_tables:
            columns = ", ".join(_quoted(column.name) for column in table.columns)
            rows = reading.execute(
                f"SELECT {columns} FROM {_quoted(table.name)} ORDER BY rowid").fetchall()
            if rows:
                marks = ", ".join("?" for _ in table.columns)
                tables.append((table.name,
                               f"INSERT INTO {_quoted(table.name)} ({columns}) VALUES ({marks})",
                               rows))
    reading.close()

    writing = sqlite3.connect(target, isolation_level=None)
    try:
        for pragma in ("foreign_keys = ON", "journal_mode = WAL", "synchronous = NORMAL"):
            writing.execute(f"PRAGMA {pragma}")
        per_table: dict[str, float] = {}
        start = time.perf_counter()
        writing.execute("BEGIN")
        for name, statement, rows in tables:
            began = time.perf_counter()
            writing.executemany(statement, rows)
            per_table[name] = time.perf_counter() - began
        writing.execute("COMMIT")
        return time.perf_counter() - start, per_table
    finally:
        writing.close()
