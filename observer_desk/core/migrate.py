"""Schema migrations with Alembic, run automatically whenever a database is opened."""

from __future__ import annotations

from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import inspect

from .db import Database, DatabaseError, DatabaseTooNewError

MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"


def alembic_config(database: Database | None = None) -> Config:
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    if database is not None:
        config.set_main_option("sqlalchemy.url", database.engine.url.render_as_string(False))
    return config


def head_revision() -> str:
    head = ScriptDirectory.from_config(alembic_config()).get_current_head()
    assert head is not None, "the migrations folder has no revisions"
    return head


def current_revision(database: Database) -> str | None:
    with database.engine.connect() as connection:
        return MigrationContext.configure(connection).get_current_revision()


def upgrade_to_head(database: Database) -> None:
    """Bring the schema to the newest revision; refuse databases this version cannot read."""
    script = ScriptDirectory.from_config(alembic_config())
    with database.engine.connect() as connection:
        tables = set(inspect(connection).get_table_names())
        current = MigrationContext.configure(connection).get_current_revision()
    if current is None and tables - {"alembic_version"}:
        raise DatabaseError(
            f"{database.target} holds tables but is not an Observer Desk database "
            "(no schema revision): choose a file made by Observer Desk"
        )
    if current is not None:
        try:
            script.get_revision(current)
        except Exception:
            raise DatabaseTooNewError(
                f"{database.target} was made by a newer version of Observer Desk "
                f"(schema revision {current}); this version knows revisions up to "
                f"{script.get_current_head()}. Install the newer version to open it."
            ) from None
    if current == script.get_current_head():
        return
    with database.engine.begin() as connection:
        config = alembic_config(database)
        config.attributes["connection"] = connection
        command.upgrade(config, "head")
