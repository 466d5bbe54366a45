"""Schema migrations with Alembic, run automatically whenever a database is opened."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import inspect, text

from .db import (Database, DatabaseError, DatabaseTooNewError, ForeignDatabaseError, take_write_turn,
                 with_backup_hint)
from .language import _

if TYPE_CHECKING:
    from alembic.config import Config

MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"

# The newest revision in migrations/versions (a test keeps the two equal). Opening a database that
# is already there needs no Alembic at all, which keeps every command and the window quick to start.
HEAD_REVISION = "0004"


def alembic_config() -> Config:
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR).replace("%", "%%"))
    return config


def head_revision() -> str:
    from alembic.script import ScriptDirectory

    head = ScriptDirectory.from_config(alembic_config()).get_current_head()
    assert head is not None, "the migrations folder has no revisions"
    return head


def current_revision(database: Database) -> str | None:
    from alembic.runtime.migration import MigrationContext

    with database.engine.connect() as connection:
        return MigrationContext.configure(connection).get_current_revision()


def upgrade_to_head(database: Database) -> None:
    """Bring the schema to the newest revision; refuse databases this version cannot read."""
    with database.engine.connect() as connection:
        tables = set(inspect(connection).get_table_names())
        current = None
        if "alembic_version" in tables:
            current = connection.execute(text("SELECT version_num FROM alembic_version")).scalar()
    if current == HEAD_REVISION:
        return

    from alembic import command
    from alembic.script import ScriptDirectory

    script = ScriptDirectory.from_config(alembic_config())
    if current is None and tables - {"alembic_version"}:
        error = ForeignDatabaseError(
            _("{target} holds tables but is not an Observer Desk database "
              "(no schema revision): choose a file made by Observer Desk").format(target=database.target))
        raise with_backup_hint(error, database.path) if database.path is not None else error
    if current is not None:
        try:
            script.get_revision(current)
        except Exception:
            raise DatabaseTooNewError(
                _("{target} was made by a newer version of Observer Desk "
                  "(schema revision {revision}); this version knows revisions up to "
                  "{head}. Install the newer version to open it.").format(
                    target=database.target, revision=current, head=script.get_current_head())
            ) from None
    if current == script.get_current_head():
        return
    if current is not None:
        _backup_before_upgrade(database, current)
    with database.engine.begin() as connection:
        if not database.is_sqlite:
            # Two programs opening a new shared database at once: the second waits, then finds
            # the schema made (Alembic reads the revision again inside the turn).
            take_write_turn(connection)
        config = alembic_config()
        config.attributes["connection"] = connection
        command.upgrade(config, "head")


def _backup_before_upgrade(database: Database, current: str) -> None:
    """A database written by an earlier version is copied before its schema changes: an upgrade
    that goes wrong, or a user who needs the earlier version back, has the file as it was."""
    from .backup import rotating_backup

    try:
        rotating_backup(database, f"before-upgrade-from-{current}")
    except OSError as exc:
        raise DatabaseError(
            _("{target} needs a schema upgrade, and the backup taken before it could not "
              "be written ({error}); free some disk space and open it again").format(
                target=database.target, error=exc.strerror or exc)) from exc
