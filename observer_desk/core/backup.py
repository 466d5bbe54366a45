"""Backups of SQLite mission databases: taken with SQLite's online backup API (a consistent copy
even while the database is in use, never a plain file copy of a live WAL database), kept in a
rotating folder, and restored only from files that are Observer Desk databases this version opens.
"""

from __future__ import annotations

import os
import re
import sqlite3
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path

from .db import Database, DatabaseError
from .paths import data_dir

DEFAULT_KEEP = 20
_SAFE = re.compile(r"[^A-Za-z0-9._-]+")


@dataclass(frozen=True)
class BackupFile:
    path: Path
    taken_at: datetime  # UTC
    reason: str
    size: int


def backups_dir() -> Path:
    path = data_dir() / "backups"
    path.mkdir(parents=True, exist_ok=True, mode=0o700)
    return path


def _owner_only(path: Path) -> None:
    if os.name == "posix":
        os.chmod(path, 0o600)


def copy_sqlite(source: Path | sqlite3.Connection, target: Path) -> None:
    """Copy a database with the backup API into `target` (replaced), owner-only on POSIX."""
    target.parent.mkdir(parents=True, exist_ok=True)
    partial = target.with_name(target.name + ".partial")
    partial.unlink(missing_ok=True)
    fd = os.open(partial, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600)
    os.close(fd)
    own = isinstance(source, Path)
    connection = sqlite3.connect(f"file:{source}?mode=ro", uri=True) if own else source
    try:
        destination = sqlite3.connect(partial)
        try:
            connection.backup(destination)
            destination.execute("PRAGMA journal_mode = DELETE")  # one self-contained file
        finally:
            destination.close()
    finally:
        if own:
            connection.close()
    os.replace(partial, target)  # a half-written copy never carries the final name
    _owner_only(target)


def backup_to(db: Database, target: Path) -> Path:
    """Write a consistent copy of the open SQLite database to `target`."""
    if not db.is_sqlite or db.path is None:
        raise DatabaseError("backups to a file are for SQLite databases; back up a shared PostgreSQL "
                            "database with the server's own tools (pg_dump)")
    target = target.expanduser().resolve()
    if target == db.path.resolve():
        raise DatabaseError(f"{target} is the database itself: choose another file for the backup")
    raw = db.engine.raw_connection()
    try:
        copy_sqlite(raw.driver_connection, target)  # type: ignore[arg-type]
    finally:
        raw.close()
    return target


def rotating_backup(db: Database, reason: str, keep: int = DEFAULT_KEEP) -> Path | None:
    """Take a backup into the backups folder and keep only the newest `keep` of this database.

    Returns None for a database that is not an SQLite file (nothing to copy) or is still empty."""
    if not db.is_sqlite or db.path is None or not db.path.exists() or db.path.stat().st_size == 0:
        return None
    stamp = datetime.now(timezone.utc).strftime("%Y%m%dT%H%M%S%fZ")
    name = f"{_SAFE.sub('_', db.path.stem)}--{stamp}--{_SAFE.sub('_', reason)}.sqlite"
    path = backup_to(db, backups_dir() / name)
    prune(db.path, keep)
    return path


def list_backups(database_path: Path | None = None) -> list[BackupFile]:
    """Backups in the backups folder, newest first; of one database when a path is given."""
    found = []
    for path in backups_dir().glob("*--*--*.sqlite"):
        stem, stamp, reason = path.stem.split("--", 2)
        if database_path is not None and stem != _SAFE.sub("_", database_path.stem):
            continue
        try:
            taken = datetime.strptime(stamp, "%Y%m%dT%H%M%S%fZ").replace(tzinfo=timezone.utc)
        except ValueError:
            continue
        found.append(BackupFile(path, taken, reason, path.stat().st_size))
    return sorted(found, key=lambda b: b.taken_at, reverse=True)


def prune(database_path: Path, keep: int) -> None:
    for old in list_backups(database_path)[max(keep, 1):]:
        old.path.unlink(missing_ok=True)


def check_restorable(path: Path) -> str:
    """The schema revision of an Observer Desk database this version can open, or DatabaseError
    saying why the file cannot be restored."""
    from alembic.script import ScriptDirectory

    from .migrate import HEAD_REVISION, alembic_config

    known_revisions = {r.revision for r in ScriptDirectory.from_config(alembic_config()).walk_revisions()}

    if not path.is_file():
        raise DatabaseError(f"{path} does not exist or is not a file")
    with path.open("rb") as handle:
        if handle.read(16) != b"SQLite format 3\x00":
            raise DatabaseError(f"{path} is not an Observer Desk database (not an SQLite file)")
    try:
        connection = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        try:
            if connection.execute("PRAGMA integrity_check").fetchone()[0] != "ok":
                raise DatabaseError(f"{path} is damaged (integrity check failed): choose another backup")
            tables = {row[0] for row in connection.execute("SELECT name FROM sqlite_master WHERE type='table'")}
            if "alembic_version" not in tables or "mission" not in tables:
                raise DatabaseError(f"{path} is not an Observer Desk database (no mission tables)")
            revision = connection.execute("SELECT version_num FROM alembic_version").fetchone()
        finally:
            connection.close()
    except sqlite3.DatabaseError as exc:
        raise DatabaseError(f"{path} cannot be read as a database: {exc}") from exc
    if revision is None or revision[0] not in known_revisions:
        raise DatabaseError(
            f"{path} was made by a newer version of Observer Desk (schema revision "
            f"{revision[0] if revision else 'none'}; this version knows up to {HEAD_REVISION}): "
            "install the newer version to restore it")
    return revision[0]


def restore_from(db: Database, source: Path, keep: int = DEFAULT_KEEP) -> Path | None:
    """Replace the open database's content with `source`, after backing up the current content.

    The copy goes through the backup API into the live database, so other connections see either
    the old or the new content, never a mixture. Returns the path of the safety backup."""
    source = source.expanduser().resolve()
    check_restorable(source)
    if db.path is not None and source == db.path.resolve():
        raise DatabaseError(f"{source} is the database itself: choose a backup file")
    safety = rotating_backup(db, "before-restore", keep)
    db.engine.dispose()
    reader = sqlite3.connect(f"file:{source}?mode=ro", uri=True)
    try:
        writer = sqlite3.connect(db.path, timeout=10)
        try:
            reader.backup(writer)
        finally:
            writer.close()
    finally:
        reader.close()
    from .migrate import upgrade_to_head

    upgrade_to_head(db)  # a backup from an earlier version is brought up to date at once
    return safety
