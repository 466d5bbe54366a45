"""Connections to a shared PostgreSQL database: their URLs, a check of what the server holds, the
connections this computer remembers, and their passwords in the system keyring.

A remembered connection is kept in the preferences file as a URL without a password. Its password
is either in the system keyring (when the user asked for that) or asked for each time; it is never
written to a file. Opening a shared database goes through open_database like any other, and the
Database it returns names the URL without the password, so nothing that remembers a database
(settings, status bar, error messages) ever sees it.
"""

from __future__ import annotations

import dataclasses
import enum
import getpass
import re
from dataclasses import dataclass
from datetime import datetime, timezone
from typing import Any

from sqlalchemy import create_engine, inspect, text
from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import ArgumentError, DBAPIError
from sqlalchemy.pool import NullPool

from .db import Database, DatabaseError, open_database
from .language import _
from .preferences import load_preferences, save_preferences

DRIVER = "postgresql+psycopg"
DEFAULT_PORT = 5432
CONNECT_TIMEOUT_S = 5
KEYRING_SERVICE = "Observer Desk shared database"
PREFERENCES_KEY = "shared_databases"
MAX_REMEMBERED = 10


def default_user() -> str:
    """The login name of the person at this computer: the usual PostgreSQL role name."""
    try:
        return getpass.getuser()
    except Exception:  # no login name (some services and containers)
        return ""


@dataclass(frozen=True)
class SharedConnection:
    host: str
    database: str
    user: str
    port: int = DEFAULT_PORT

    def problems(self) -> list[str]:
        """What is missing or wrong, in words for the user; empty when the fields are usable."""
        found = []
        if not self.host.strip():
            found.append(_("the server (host name or address) is missing"))
        if not 1 <= self.port <= 65535:
            found.append(_("the port {port} is not between 1 and 65535").format(port=self.port))
        if not self.database.strip():
            found.append(_("the database name is missing"))
        if not self.user.strip():
            found.append(_("the user name is missing"))
        return found

    def url(self, password: str | None = None) -> URL:
        return URL.create(DRIVER, username=self.user.strip(), password=password or None,
                          host=self.host.strip(), port=self.port, database=self.database.strip())

    def target(self) -> str:
        """The URL without a password: what is shown and remembered."""
        return self.url().render_as_string(hide_password=False)

    def label(self) -> str:
        return f"{self.user}@{self.host}:{self.port}/{self.database}"

    @classmethod
    def from_url(cls, url: str | URL) -> SharedConnection:
        """Parse a postgresql:// URL (any password in it is left out)."""
        try:
            parsed = make_url(url) if isinstance(url, str) else url
        except ArgumentError as exc:
            raise ValueError(_("{url} is not a database URL: {error}").format(url=url, error=exc)) from exc
        if parsed.get_backend_name() != "postgresql":
            raise ValueError(_("{url} is not a PostgreSQL URL (postgresql+psycopg://...)").format(
                url=parsed.render_as_string()))
        return cls(host=parsed.host or "", database=parsed.database or "",
                   user=parsed.username or "", port=parsed.port or DEFAULT_PORT)


# --- checking a connection -------------------------------------------------------------------

class Outcome(enum.StrEnum):
    READY = "ready"  # an Observer Desk database at this version's schema
    EMPTY = "empty"  # nothing in it yet: connecting sets it up
    NEEDS_UPGRADE = "needs_upgrade"  # made by an earlier version: connecting upgrades it
    TOO_NEW = "too_new"  # made by a newer version of the program
    FOREIGN = "foreign"  # tables of another program
    UNREACHABLE = "unreachable"
    AUTH_FAILED = "auth_failed"
    PASSWORD_NEEDED = "password_needed"
    NO_DATABASE = "no_database"
    FAILED = "failed"  # anything else; the detail says what


CONNECTABLE = frozenset({Outcome.READY, Outcome.EMPTY, Outcome.NEEDS_UPGRADE})


@dataclass(frozen=True)
class CheckResult:
    outcome: Outcome
    detail: str = ""  # the server's own words for a failure
    server_version: str = ""
    missions: tuple[str, ...] = ()  # codes of the missions the database holds
    revision: str | None = None

    @property
    def connectable(self) -> bool:
        return self.outcome in CONNECTABLE


_UNREACHABLE = ("connection refused", "could not translate host name", "failed to resolve host",
                "name or service not known", "timeout expired", "no route to host",
                "network is unreachable", "could not connect to server", "server closed the connection",
                "temporary failure in name resolution", "connection timed out", "ssl negotiation")
_PASSWORD_NEEDED = ("no password supplied", "password is required")
_AUTH = ("password authentication failed", "authentication failed", "pg_hba.conf", "role \"",
         "permission denied for database")
_NO_DATABASE = re.compile(r'database "[^"]*" does not exist')


def classify_failure(message: str) -> Outcome:
    """The kind of a connection failure, from the driver's message."""
    lowered = message.lower()
    if _NO_DATABASE.search(lowered):
        return Outcome.NO_DATABASE
    if any(words in lowered for words in _PASSWORD_NEEDED):
        return Outcome.PASSWORD_NEEDED
    if any(words in lowered for words in _AUTH):
        return Outcome.AUTH_FAILED
    if any(words in lowered for words in _UNREACHABLE):
        return Outcome.UNREACHABLE
    return Outcome.FAILED


def _driver_message(exc: BaseException) -> str:
    original = getattr(exc, "orig", None) or exc
    lines = [line.strip() for line in str(original).splitlines() if line.strip()]
    return re.sub(r"^connection failed:\s*", "", " ".join(lines))


def _known_revisions() -> tuple[str, set[str]]:
    from alembic.script import ScriptDirectory

    from .migrate import alembic_config

    script = ScriptDirectory.from_config(alembic_config())
    head = script.get_current_head() or ""
    return head, {revision.revision for revision in script.walk_revisions()}


def check_connection(connection: SharedConnection, password: str | None = None,
                     timeout_s: int = CONNECT_TIMEOUT_S) -> CheckResult:
    """Connect once and say what the server holds; nothing is changed on the server. Slow when
    the server does not answer (up to the timeout): call it off the GUI thread."""
    problems = connection.problems()
    if problems:
        return CheckResult(Outcome.FAILED, "; ".join(problems))
    engine = create_engine(connection.url(password), poolclass=NullPool,
                           connect_args={"connect_timeout": timeout_s})
    try:
        with engine.connect() as conn:
            version = str(conn.execute(text("SHOW server_version")).scalar() or "")
            tables = set(inspect(conn).get_table_names())
            revision = None
            if "alembic_version" in tables:
                revision = conn.execute(text("SELECT version_num FROM alembic_version")).scalar()
            missions: tuple[str, ...] = ()
            if "mission" in tables and revision is not None:
                missions = tuple(str(code) for code in conn.execute(
                    text("SELECT code FROM mission ORDER BY code")).scalars())
    except DBAPIError as exc:
        detail = _driver_message(exc)
        return CheckResult(classify_failure(detail), detail)
    except Exception as exc:  # noqa: BLE001 - a driver problem is reported, never raised
        return CheckResult(Outcome.FAILED, _driver_message(exc))
    finally:
        engine.dispose()
    version = version.split(" ")[0]
    if revision is None:
        outcome = Outcome.FOREIGN if tables - {"alembic_version"} else Outcome.EMPTY
        return CheckResult(outcome, server_version=version)
    head, known = _known_revisions()
    if revision == head:
        outcome = Outcome.READY
    elif revision in known:
        outcome = Outcome.NEEDS_UPGRADE
    else:
        outcome = Outcome.TOO_NEW
    return CheckResult(outcome, server_version=version, missions=missions, revision=revision)


def open_shared(connection: SharedConnection, password: str | None = None) -> Database:
    """Open the shared database (setting up or upgrading its schema). The Database names the
    URL without the password, and so do the errors raised."""
    secret_url = connection.url(password).render_as_string(hide_password=False)
    try:
        database = open_database(secret_url)
    except DatabaseError as exc:
        message = str(exc).replace(secret_url, connection.target())
        if password:
            message = message.replace(password, "***")
        raise type(exc)(message, backup=exc.backup) from None
    return dataclasses.replace(database, target=connection.target())


# --- remembered connections ------------------------------------------------------------------

class PasswordKeeping(enum.StrEnum):
    KEYRING = "keyring"  # in the system keyring
    ASK = "ask"  # asked for each time
    NONE = "none"  # the server let us in without one


@dataclass(frozen=True)
class RememberedConnection:
    connection: SharedConnection
    password: PasswordKeeping
    last_used: str  # ISO time, UTC


def remembered_connections() -> list[RememberedConnection]:
    """The shared databases this computer connected to, most recent first."""
    entries = load_preferences().get(PREFERENCES_KEY)
    found: list[RememberedConnection] = []
    for entry in entries if isinstance(entries, list) else []:
        if not isinstance(entry, dict):
            continue
        try:
            connection = SharedConnection.from_url(str(entry.get("url", "")))
            keeping = PasswordKeeping(entry.get("password", PasswordKeeping.ASK))
        except ValueError:
            continue
        found.append(RememberedConnection(connection, keeping, str(entry.get("last_used", ""))))
    return found


def remember_connection(connection: SharedConnection, keeping: PasswordKeeping) -> None:
    """Put the connection first in the remembered list (its URL has no password)."""
    data = load_preferences()
    others = [entry for entry in remembered_connections() if entry.connection != connection]
    now = datetime.now(timezone.utc).isoformat(timespec="seconds")
    entries: list[dict[str, Any]] = [{"url": connection.target(), "password": keeping.value, "last_used": now}]
    entries += [{"url": e.connection.target(), "password": e.password.value, "last_used": e.last_used}
                for e in others[:MAX_REMEMBERED - 1]]
    data[PREFERENCES_KEY] = entries
    save_preferences(data)


def forget_connection(connection: SharedConnection) -> None:
    data = load_preferences()
    data[PREFERENCES_KEY] = [
        {"url": e.connection.target(), "password": e.password.value, "last_used": e.last_used}
        for e in remembered_connections() if e.connection != connection]
    save_preferences(data)
    forget_password(connection)


# --- the system keyring ----------------------------------------------------------------------

class KeyringUnavailable(Exception):
    pass


def keyring_problem() -> str | None:
    """Why passwords cannot be kept in a system keyring here, or None when they can."""
    try:
        import keyring
        from keyring.backends import fail
    except Exception as exc:  # noqa: BLE001 - an installation without the package
        return _("the keyring package cannot be loaded ({error})").format(error=exc)
    backend = keyring.get_keyring()
    if isinstance(backend, fail.Keyring):
        return _("no system keyring (such as GNOME Keyring, KWallet, macOS Keychain or Windows "
                 "Credential Manager) is available")
    return None


def stored_password(connection: SharedConnection) -> str | None:
    if keyring_problem() is not None:
        return None
    import keyring

    try:
        return keyring.get_password(KEYRING_SERVICE, connection.label())
    except Exception:  # noqa: BLE001 - a locked or broken keyring: the password is asked for
        return None


def store_password(connection: SharedConnection, password: str) -> None:
    """Keep the password in the system keyring; raises KeyringUnavailable when it cannot."""
    problem = keyring_problem()
    if problem is not None:
        raise KeyringUnavailable(problem)
    import keyring

    try:
        keyring.set_password(KEYRING_SERVICE, connection.label(), password)
    except Exception as exc:  # noqa: BLE001
        raise KeyringUnavailable(_("the system keyring refused the password ({error})").format(
            error=exc)) from exc


def forget_password(connection: SharedConnection) -> None:
    if keyring_problem() is not None:
        return
    import keyring

    try:
        keyring.delete_password(KEYRING_SERVICE, connection.label())
    except Exception:  # noqa: BLE001 - nothing was stored, or the keyring is locked
        pass



def connect_and_remember(connection: SharedConnection, password: str | None,
                         keep_password: bool) -> tuple[Database, PasswordKeeping]:
    """Open the shared database and remember the connection: its password in the keyring when
    asked for and possible, else asked for next time (and any password kept before forgotten)."""
    database = open_shared(connection, password)
    if not password:
        keeping = PasswordKeeping.NONE
    elif keep_password and keyring_problem() is None:
        try:
            store_password(connection, password)
            keeping = PasswordKeeping.KEYRING
        except KeyringUnavailable:
            keeping = PasswordKeeping.ASK
    else:
        keeping = PasswordKeeping.ASK
    if keeping is not PasswordKeeping.KEYRING:
        forget_password(connection)
    remember_connection(connection, keeping)
    return database, keeping
