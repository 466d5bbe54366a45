"""Backups of SQLite mission databases: taken with SQLite's online backup API (a consistent copy
even while the database is in use, never a plain file copy of a live WAL database), kept in a
rotating folder, and restored only from files that are Observer Desk databases this version opens.

A backup is taken when the window opens a database, before a schema upgrade, before an import and
before a restore; the folder keeps the newest N of each database (the "backups to keep" setting).
Each database has its own series, named after the file and a short fingerprint of its full path,
so two files called mission.sqlite in different folders never prune each other's backups.

A shared PostgreSQL database has no file to copy: its backups are made by the server's
administrator with pg_dump (and put back with pg_restore). The automatic backups skip it, and the
backup and restore commands say so.
"""

from __future__ import annotations

import hashlib
import os
import re
import sqlite3
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path

from .db import Database, DatabaseError
from .language import _
from .paths import data_dir

DEFAULT_KEEP = 20
_SAFE = re.compile(r"[^A-Za-z0-9._-]+")
_STAMP_FORMAT = "%Y%m%dT%H%M%S%fZ"
_NAME = re.compile(r"^(?P<series>.+?)--(?P<stamp>\d{8}T\d{12}Z)--(?P<reason>.*)$")


def shared_database_backups() -> str:
    """Why a shared PostgreSQL database has no backups here."""
    return _(
        "this is a shared PostgreSQL database: its backups are made and restored by the server's "
        "administrator with pg_dump and pg_restore; the backup and restore commands work on SQLite files")


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


def _safe(text: str) -> str:
    return re.sub(r"-{2,}", "-", _SAFE.sub("_", text)).strip("-") or "_"


def series_name(database_path: Path) -> str:
    """The backups of one database file: its name and a fingerprint of where it is."""
    resolved = str(Path(database_path).expanduser().resolve())
    fingerprint = hashlib.sha256(resolved.encode("utf-8", "surrogatepass")).hexdigest()[:8]
    return f"{_safe(Path(database_path).stem)}.{fingerprint}"


def keep_setting() -> int:
    from .preferences import backups_to_keep

    return backups_to_keep()


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
        raise DatabaseError(shared_database_backups())
    target = target.expanduser().resolve()
    if target == db.path.resolve():
        raise DatabaseError(_("{path} is the database itself: choose another file for the backup").format(
            path=target))
    raw = db.engine.raw_connection()
    try:
        copy_sqlite(raw.driver_connection, target)  # type: ignore[arg-type]
    finally:
        raw.close()
    return target


def _holds_a_mission(db: Database) -> bool:
    raw = db.engine.raw_connection()
    try:
        cursor = raw.cursor()
        try:
            cursor.execute("SELECT name FROM sqlite_master WHERE type = 'table' AND name = 'mission'")
            if cursor.fetchone() is None:
                return False
            cursor.execute("SELECT 1 FROM mission LIMIT 1")
            return cursor.fetchone() is not None
        finally:
            cursor.close()
    finally:
        raw.close()


def rotating_backup(db: Database, reason: str, keep: int | None = None) -> Path | None:
    """Take a backup into the backups folder and keep only the newest `keep` of this database
    (by default the "backups to keep" setting).

    Returns None for a database that is not an SQLite file (nothing to copy) or holds no
    mission yet (nothing worth keeping)."""
    if not db.is_sqlite or db.path is None or not db.path.exists() or db.path.stat().st_size == 0:
        return None
    if not _holds_a_mission(db):
        return None
    stamp = datetime.now(timezone.utc).strftime(_STAMP_FORMAT)
    name = f"{series_name(db.path)}--{stamp}--{_safe(reason)}.sqlite"
    path = backup_to(db, backups_dir() / name)
    prune(db.path, keep_setting() if keep is None else keep)
    return path


def backup_before(db: Database, reason: str) -> Path | None:
    """The backup services take before work that changes much at once (an import): taken, or
    the work is refused, since a backup that silently failed is found out only when needed."""
    try:
        return rotating_backup(db, reason)
    except (OSError, sqlite3.Error) as exc:
        raise DatabaseError(_("the backup taken before {work} could not be written ({error}); "
                              "nothing was changed. Free some disk space in {folder} and try again").format(
            work=_work_before(reason), error=exc, folder=backups_dir())) from exc


def _work_before(reason: str) -> str:
    """The work a backup was taken before, as a message names it ("before-import": the import)."""
    if reason == "before-import":
        return _("the import")
    return reason.removeprefix("before-").replace("-", " ")


def list_backups(database_path: Path | None = None) -> list[BackupFile]:
    """Backups in the backups folder, newest first; of one database when a path is given."""
    wanted = series_name(database_path) if database_path is not None else None
    found = []
    for path in backups_dir().glob("*--*--*.sqlite"):
        match = _NAME.match(path.stem)
        if match is None or (wanted is not None and match["series"] != wanted):
            continue
        try:
            taken = datetime.strptime(match["stamp"], _STAMP_FORMAT).replace(tzinfo=timezone.utc)
            size = path.stat().st_size
        except (ValueError, OSError):
            continue
        found.append(BackupFile(path, taken, match["reason"], size))
    return sorted(found, key=lambda b: b.taken_at, reverse=True)


def prune(database_path: Path, keep: int) -> None:
    for old in list_backups(database_path)[max(keep, 1):]:
        old.path.unlink(missing_ok=True)


def newest_good_backup(database_path: Path) -> Path | None:
    """The newest backup of a database that passes the checks of a restore."""
    for backup in list_backups(database_path):
        try:
            check_restorable(backup.path)
        except DatabaseError:
            continue
        return backup.path
    return None


def is_damaged(path: Path) -> bool:
    """True when SQLite cannot read the file or its quick check finds a fault."""
    if not path.exists() or path.stat().st_size == 0:
        return False
    try:
        connection = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        try:
            rows = connection.execute("PRAGMA quick_check(1)").fetchall()
        finally:
            connection.close()
    except sqlite3.DatabaseError:
        return True
    return [r[0] for r in rows] != ["ok"]


def _copyable(path: Path) -> bool:
    """True for a file the backup API can copy over and a safety backup can keep: missing or
    empty, or a sound Observer Desk database. Anything else (damaged, another program's file, not
    a database at all) is moved aside whole instead."""
    if not path.exists() or path.stat().st_size == 0:
        return True
    with path.open("rb") as handle:
        if handle.read(16) != b"SQLite format 3\x00":
            return False
    if is_damaged(path):
        return False
    connection = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        tables = {row[0] for row in connection.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table'")}
    except sqlite3.DatabaseError:
        return False
    finally:
        connection.close()
    return not tables or {"alembic_version", "mission"} <= tables


def set_aside(path: Path) -> Path:
    """Move a damaged database (and its -wal and -shm files) out of the way, keeping it beside
    the original under a name that says what it is: nothing is ever thrown away."""
    stamp = datetime.now(timezone.utc).strftime("%Y%m%dT%H%M%SZ")
    kept = path.with_name(f"{path.stem}.damaged-{stamp}{path.suffix}")
    os.replace(path, kept)
    for suffix in ("-wal", "-shm"):
        companion = path.with_name(path.name + suffix)
        if companion.exists():
            os.replace(companion, kept.with_name(kept.name + suffix))
    return kept


def check_restorable(path: Path) -> str:
    """The schema revision of an Observer Desk database this version can open, or DatabaseError
    saying why the file cannot be restored."""
    from alembic.script import ScriptDirectory

    from .migrate import HEAD_REVISION, alembic_config

    known_revisions = {r.revision for r in ScriptDirectory.from_config(alembic_config()).walk_revisions()}

    if not path.is_file():
        raise DatabaseError(_("{path} does not exist or is not a file").format(path=path))
    with path.open("rb") as handle:
        if handle.read(16) != b"SQLite format 3\x00":
            raise DatabaseError(_("{path} is not an Observer Desk database (not an SQLite file)").format(
                path=path))
    try:
        connection = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        try:
            if connection.execute("PRAGMA integrity_check").fetchone()[0] != "ok":
                raise DatabaseError(_("{path} is damaged (integrity check failed): choose another "
                                      "backup").format(path=path))
            tables = {row[0] for row in connection.execute("SELECT name FROM sqlite_master WHERE type='table'")}
            if "alembic_version" not in tables or "mission" not in tables:
                raise DatabaseError(_("{path} is not an Observer Desk database (no mission "
                                      "tables)").format(path=path))
            revision = connection.execute("SELECT version_num FROM alembic_version").fetchone()
        finally:
            connection.close()
    except sqlite3.DatabaseError as exc:
        raise DatabaseError(_("{path} cannot be read as a database: {error}").format(
            path=path, error=exc)) from exc
    if revision is None or revision[0] not in known_revisions:
        raise DatabaseError(
            _("{path} was made by a newer version of Observer Desk (schema revision "
              "{revision}; this version knows up to {head}): "
              "install the newer version to restore it").format(
                path=path, revision=revision[0] if revision else _("none"), head=HEAD_REVISION))
    return revision[0]


def restore_from(db: Database, source: Path, keep: int | None = None) -> Path | None:
    """Replace the open database's content with `source`, after backing up the current content.

    The copy goes through the backup API into the live database, so other connections see either
    the old or the new content, never a mixture. A damaged file, or one that is not an Observer
    Desk database, is moved aside instead (beside the original, renamed .damaged-...). Returns
    the path of the safety backup or of the file set aside."""
    if db.path is None:
        raise DatabaseError(shared_database_backups())
    source = source.expanduser().resolve()
    check_restorable(source)
    if source == db.path.resolve():
        raise DatabaseError(_("{path} is the database itself: choose a backup file").format(path=source))
    db.engine.dispose()
    if not _copyable(db.path):
        safety = set_aside(db.path)
        copy_sqlite(source, db.path)
        from .migrate import upgrade_to_head

        upgrade_to_head(db)
        return safety
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
