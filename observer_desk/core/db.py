"""Opening a mission database: SQLite file or PostgreSQL URL, connection settings, migrations.

Every front end opens its database here, so every connection gets the same guarantees:
foreign keys enforced, WAL and a busy timeout on SQLite, an owner-only file on POSIX, SQLite's
quick integrity check before anything reads or writes (a damaged file is refused with the path of
its newest good backup), a schema brought up to date by Alembic, and sessions whose changes are
recorded in the audit trail.

On a PostgreSQL server the file-level parts have no equivalent and are left to the server and its
administrator: there is no file to make owner-only (access is the server's roles and
pg_hba.conf), no quick check (the server guards its own pages: WAL, and data checksums when the
cluster has them) and no file backup (pg_dump). Writers take the same turns as on SQLite (see
Database.transaction).
"""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import Connection, Engine, create_engine, event
from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import DatabaseError as SADatabaseError
from sqlalchemy.exc import NoSuchModuleError, OperationalError
from sqlalchemy.orm import Session, sessionmaker

from .language import _
from .paths import default_database_target

BUSY_TIMEOUT_MS = 10_000
WRITE_OPTION = "observer_desk_write"  # execution option marking a connection that will write
# The key of the PostgreSQL advisory lock that writers take in turn (advisory locks belong to one
# database, so missions on other databases of the same server never wait for each other).
WRITE_LOCK_KEY = 0x0B5E_D35C
CONNECT_TIMEOUT_S = 10


class DatabaseError(Exception):
    """A database cannot be opened or used; the message is meant for the user.

    `backup` is the newest good backup of that database, when one would help (a damaged or
    foreign file): front ends offer to restore it."""

    def __init__(self, message: str, *, backup: Path | None = None):
        super().__init__(message)
        self.backup = backup


class DatabaseTooNewError(DatabaseError):
    pass


class DatabaseDamagedError(DatabaseError):
    """The file fails SQLite's integrity check."""


class ForeignDatabaseError(DatabaseError):
    """The file is not an Observer Desk database (another program's file, or no database)."""


@dataclass(frozen=True)
class Database:
    engine: Engine
    sessionmaker: sessionmaker[Session]
    target: str  # what the user named: a file path or a URL

    @property
    def is_sqlite(self) -> bool:
        return self.engine.dialect.name == "sqlite"

    @property
    def path(self) -> Path | None:
        if not self.is_sqlite or not self.engine.url.database:
            return None
        return Path(self.engine.url.database)

    @contextmanager
    def transaction(self) -> Iterator[Session]:
        """One unit of work: committed whole when the block ends, rolled back on any error.

        On SQLite the write lock is taken at the start (BEGIN IMMEDIATE): a unit of work reads
        before it writes, and a deferred transaction whose snapshot went stale in between could
        not wait for the lock, it would fail at once with "database is locked".

        On PostgreSQL the same turn-taking is an advisory lock held until the transaction ends,
        taken first (pg_advisory_xact_lock), under READ COMMITTED: each statement then sees
        everything the writers before it committed, and no other writer runs in between, so a
        unit of work that checks and then writes (a duplicate check on import, a version
        counter) decides on current data exactly as it does on SQLite. SERIALIZABLE would give
        the same outcome only with a retry loop around every service, since it refuses the
        loser of a conflict at commit instead of making it wait; readers are not blocked either
        way."""
        with self.sessionmaker() as session, session.begin():
            session.connection(execution_options={WRITE_OPTION: True})
            yield session

    @contextmanager
    def reading(self) -> Iterator[Session]:
        """A session for queries only. Closing it returns the connection (its transaction
        rolled back) and leaves the loaded objects usable, detached, by the caller."""
        with self.sessionmaker() as session:
            yield session

    def dispose(self) -> None:
        self.engine.dispose()


def database_url(target: str | None) -> tuple[URL, str]:
    """(url, target) for a --db argument: a URL is used as it is, anything else is a file path
    (taken literally: '#', '%' and '?' are characters of the name, not parts of a URL)."""
    target = target or default_database_target()
    if "://" in target:
        try:
            return make_url(target), target
        except Exception as exc:
            raise DatabaseError(_("{target} is not a database URL this program understands: {error}").format(
                target=target, error=exc)) from exc
    path = Path(target).expanduser().resolve()
    return URL.create("sqlite", database=str(path)), str(path)


def _create_owner_only(path: Path) -> None:
    """Create an empty database file readable by its owner only (POSIX); SQLite copies these
    permissions to its -wal and -shm files."""
    path.parent.mkdir(parents=True, exist_ok=True)
    if path.exists():
        if path.stat().st_size == 0 and os.name == "posix":
            os.chmod(path, 0o600)  # an empty file someone made for us becomes a private database
        return
    flags = os.O_CREAT | os.O_EXCL | os.O_WRONLY
    try:
        fd = os.open(path, flags, 0o600)
    except FileExistsError:
        return
    os.close(fd)


def _looks_like_sqlite(path: Path) -> bool:
    if path.stat().st_size == 0:
        return True
    with path.open("rb") as handle:
        return handle.read(16) == b"SQLite format 3\x00"


def _configure_sqlite(engine: Engine) -> None:
    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: sqlite3.Connection, _record: object) -> None:
        # Let SQLAlchemy, not the driver, decide where transactions begin (so that a
        # service's unit of work really is one transaction, DDL included).
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        cursor.execute("PRAGMA foreign_keys = ON")
        cursor.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        cursor.execute("PRAGMA journal_mode = WAL")
        cursor.execute("PRAGMA synchronous = NORMAL")
        cursor.close()

    @event.listens_for(engine, "begin")
    def _on_begin(connection: Connection) -> None:
        writes = connection.get_execution_options().get(WRITE_OPTION, False)
        connection.exec_driver_sql("BEGIN IMMEDIATE" if writes else "BEGIN")


def _configure_postgresql(engine: Engine) -> None:
    @event.listens_for(engine, "begin")
    def _on_begin(connection: Connection) -> None:
        if connection.get_execution_options().get(WRITE_OPTION, False):
            take_write_turn(connection)


def take_write_turn(connection: Connection) -> None:
    """Wait for this PostgreSQL database's writers before this one to finish (the lock is let go
    when the transaction ends). As with SQLite's busy timeout, a writer waits for a lock at most
    BUSY_TIMEOUT_MS, then fails, instead of hanging behind a stuck one."""
    connection.exec_driver_sql(
        f"SELECT pg_advisory_xact_lock({WRITE_LOCK_KEY}) FROM (SELECT set_config("
        f"'lock_timeout', '{BUSY_TIMEOUT_MS}ms', true)) AS wait_at_most")


def shown_url(url: URL) -> str:
    """A URL as messages show it: never with its password."""
    return url.render_as_string(hide_password=True)


def connection_problem(url: URL, exc: BaseException) -> DatabaseError:
    """One line saying which server could not be used and what to do about it."""
    orig = getattr(exc, "orig", exc)
    detail = " ".join(str(orig).split())
    host, port = url.host or "localhost", url.port or 5432
    if url.username:
        where = _("the PostgreSQL server at {host}:{port}, database {database}, user {user}").format(
            host=host, port=port, database=url.database, user=url.username)
    else:
        where = _("the PostgreSQL server at {host}:{port}, database {database}").format(
            host=host, port=port, database=url.database)
    if "password" in detail or "authentication" in detail or "role" in detail:
        advice = _("check the user name and password, or ask the server's administrator for access")
    elif "does not exist" in detail:
        advice = _("check the database name, or ask the server's administrator to create it")
    else:
        advice = _("check that the server is running and that the host and port are right")
    detail = detail.split(": ", 1)[-1] if detail.startswith("connection failed") else detail
    return DatabaseError(_("cannot connect to {server} ({detail}): {advice}").format(
        server=where, detail=detail[:200], advice=advice))


def with_backup_hint(error: DatabaseError, path: Path) -> DatabaseError:
    """The error, its message ending with the newest good backup of the file (if there is one)."""
    from .backup import newest_good_backup

    try:
        backup = newest_good_backup(path)
    except OSError:
        backup = None
    if backup is None:
        return error
    kind = type(error)
    return kind(_("{error}; the newest good backup of it is {backup} (restore it with "
                  "'observer-desk --db \"{path}\" restore \"{backup}\"')").format(
                    error=error, backup=backup, path=path), backup=backup)


def check_integrity(engine: Engine, path: Path) -> None:
    """SQLite's quick check (the structure of every page and index, without comparing the
    index entries with the rows): a damaged file is refused before anything reads or writes it."""
    if not path.exists() or path.stat().st_size == 0:
        return
    try:
        with engine.connect() as connection:
            rows = connection.exec_driver_sql("PRAGMA quick_check(3)").fetchall()
    except (OperationalError, SADatabaseError) as exc:
        detail = " ".join(str(getattr(exc, "orig", exc)).split())
        if "locked" in detail or "busy" in detail:
            raise DatabaseError(
                _("{path} is in use by another program that does not let go of it ({detail}); "
                  "close the other program or wait, then try again").format(path=path, detail=detail)
            ) from exc
        raise with_backup_hint(DatabaseDamagedError(
            _("{path} is damaged and cannot be opened ({detail})").format(path=path, detail=detail)),
            path) from exc
    problems = [str(row[0]) for row in rows]
    if problems != ["ok"]:
        lines = [" ".join(line.split()) for p in problems for line in p.splitlines()]
        lines = [line for line in lines if line and not line.startswith("***")]
        detail = "; ".join(line[:100] for line in lines[:2]) or _("an unreadable file")
        raise with_backup_hint(DatabaseDamagedError(
            _("{path} is damaged: SQLite's integrity check reports {detail}").format(
                path=path, detail=detail)), path)


def open_database(target: str | None = None, *, migrate: bool = True, create: bool = True,
                  check: bool = True) -> Database:
    """Open (and if needed create and upgrade) the database named by a path or URL.

    With create=False a database file that does not exist is refused instead of made. With
    check=False (and migrate=False) a damaged or foreign file is opened all the same, untouched,
    to restore a backup in its place."""
    url, shown = database_url(target)
    if url.get_backend_name() == "sqlite" and url.database:
        path = Path(url.database)
        if path.is_dir():
            raise DatabaseError(_("{path} is a folder, not a database file: name a .sqlite file").format(
                path=path))
        if not create and not path.exists():
            raise DatabaseError(
                _("there is no database at {path}: check the path, or create one with "
                  "'observer-desk --db PATH demo' or from the program's window").format(path=path))
        if check and path.exists() and not _looks_like_sqlite(path):
            raise with_backup_hint(ForeignDatabaseError(
                _("{path} is not an Observer Desk database (not an SQLite file): "
                  "choose a .sqlite file made by Observer Desk").format(path=path)), path)
        try:
            _create_owner_only(path)
        except OSError as exc:
            raise DatabaseError(_("cannot create the database file {path}: {reason}").format(
                path=path, reason=exc.strerror)) from exc
        engine = create_engine(url, connect_args={"timeout": BUSY_TIMEOUT_MS / 1000})
        _configure_sqlite(engine)
        if check:
            try:
                check_integrity(engine, path)
            except DatabaseError:
                engine.dispose()
                raise
    else:
        try:
            postgresql = url.get_backend_name() == "postgresql"
            engine = create_engine(url, pool_pre_ping=True, connect_args=(
                {"connect_timeout": CONNECT_TIMEOUT_S} if postgresql else {}))
        except ModuleNotFoundError as exc:
            raise DatabaseError(
                _("cannot open {target}: this installation has no driver for "
                  "{backend} ({module} is missing); use a postgresql+psycopg:// URL").format(
                    target=shown, backend=url.get_backend_name(), module=exc.name)
            ) from exc
        except NoSuchModuleError as exc:
            raise DatabaseError(
                _("cannot open {target}: no driver for {driver}; Observer Desk opens SQLite "
                  "files and postgresql+psycopg:// URLs").format(target=shown, driver=url.drivername)
            ) from exc
        except Exception as exc:  # a malformed URL
            raise DatabaseError(_("cannot use the database URL {url}: {error}").format(
                url=shown_url(url), error=exc)) from exc
        if engine.dialect.name == "postgresql":
            _configure_postgresql(engine)
            try:
                with engine.connect():
                    pass
            except (OperationalError, SADatabaseError) as exc:
                engine.dispose()
                raise connection_problem(url, exc) from exc

    from .audit import install_audit

    factory = sessionmaker(engine, expire_on_commit=False)
    install_audit(factory)
    database = Database(engine=engine, sessionmaker=factory, target=shown)
    if migrate:
        try:
            from .migrate import upgrade_to_head

            upgrade_to_head(database)
        except DatabaseError:
            engine.dispose()
            raise
        except (OperationalError, SADatabaseError) as exc:
            engine.dispose()
            where = shown if url.get_backend_name() == "sqlite" else shown_url(url)
            raise DatabaseError(_("cannot open the database {target}: {error}").format(
                target=where, error=exc.orig)) from exc
    return database

