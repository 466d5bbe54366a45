"""What a database holds, read the same way on SQLite and PostgreSQL: for tests that check that
a command changed nothing, or exactly what it changed."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import MetaData, create_engine, func, select
from sqlalchemy.engine import URL


def _url(target: str | Path) -> str | URL:
    text = str(target)
    return text if "://" in text else URL.create("sqlite", database=text)


def dump(target: str | Path) -> list[tuple]:
    """Every row of every table, table by table in name order, rows sorted."""
    engine = create_engine(_url(target))
    try:
        metadata = MetaData()
        with engine.connect() as connection:
            metadata.reflect(connection)
            rows: list[tuple] = []
            for name in sorted(metadata.tables):
                table_rows = [tuple(map(repr, row)) for row in connection.execute(select(metadata.tables[name]))]
                rows += [(name, *row) for row in sorted(table_rows)]
        return rows
    finally:
        engine.dispose()


def table_count(target: str | Path, table: str) -> int:
    engine = create_engine(_url(target))
    try:
        metadata = MetaData()
        with engine.connect() as connection:
            metadata.reflect(connection, only=[table])
            return connection.scalar(select(func.count()).select_from(metadata.tables[table]))
    finally:
        engine.dispose()
