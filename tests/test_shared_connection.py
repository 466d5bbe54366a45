"""Connections to a shared PostgreSQL database: URLs, the connection check, remembered connections
and their passwords, which only ever go to the system keyring."""

from __future__ import annotations

import json
import secrets
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date

import keyring
import psycopg
import pytest
from alembic import command
from keyring.backends import fail
from live_fixtures import PASSWORD, MemoryKeyring, closed_port, memory_keyring, written_settings_text
from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url

from observer_desk.core.db import DatabaseError
from observer_desk.core.migrate import alembic_config
from observer_desk.core.models import ElectionType, Mission
from observer_desk.core.shared_connection import (
    KEYRING_SERVICE,
    Outcome,
    PasswordKeeping,
    SharedConnection,
    check_connection,
    classify_failure,
    connect_and_remember,
    forget_connection,
    keyring_problem,
    open_shared,
    remember_connection,
    remembered_connections,
    stored_password,
)


__all__ = ["memory_keyring"]  # the fixture, used by name


@pytest.fixture
def no_keyring() -> Iterator[None]:
    previous = keyring.get_keyring()
    keyring.set_keyring(fail.Keyring())
    yield
    keyring.set_keyring(previous)


@pytest.fixture
def pg_url(db_engine: str, db_url: str) -> str:
    """The test's fresh PostgreSQL database (these tests need a server: they run in the
    PostgreSQL run of the suite)."""
    if db_engine != "postgresql":
        pytest.skip("needs the PostgreSQL run (OBSERVER_DESK_TEST_DB=postgresql+psycopg://...)")
    return db_url


# --- URLs --------------------------------------------------------------------------------------

def test_url_carries_the_password_only_when_asked_and_parses_back() -> None:
    connection = SharedConnection(host="db.secretariat.lan", database="observer_desk", user="aigerim", port=5433)
    assert connection.target() == "postgresql+psycopg://aigerim@db.secretariat.lan:5433/observer_desk"
    with_password = connection.url(PASSWORD).render_as_string(hide_password=False)
    assert make_url(with_password).password == PASSWORD
    assert SharedConnection.from_url(with_password) == connection  # the password is left out
    assert PASSWORD not in connection.target()


def test_fields_that_cannot_work_are_named() -> None:
    problems = SharedConnection(host=" ", database="", user="", port=0).problems()
    assert problems == ["the server (host name or address) is missing", "the port 0 is not between 1 and 65535",
                        "the database name is missing", "the user name is missing"]
    with pytest.raises(ValueError, match="not a PostgreSQL URL"):
        SharedConnection.from_url("sqlite:///mission.sqlite")


@pytest.mark.parametrize(("message", "outcome"), [
    ('connection to server at "127.0.0.1", port 5432 failed: FATAL:  database "nosuch" does not exist',
     Outcome.NO_DATABASE),
    ('connection to server at "127.0.0.1", port 5999 failed: Connection refused Is the server running',
     Outcome.UNREACHABLE),
    ("failed to resolve host 'no-such-host.invalid': [Errno -2] Name or service not known", Outcome.UNREACHABLE),
    ('connection to server at "10.0.0.5", port 5432 failed: timeout expired', Outcome.UNREACHABLE),
    ('FATAL:  password authentication failed for user "aigerim"', Outcome.AUTH_FAILED),
    ('FATAL:  role "nosuchrole" does not exist', Outcome.AUTH_FAILED),
    ("fe_sendauth: no password supplied", Outcome.PASSWORD_NEEDED),
    ("something else entirely", Outcome.FAILED),
])
def test_failures_are_told_apart(message: str, outcome: Outcome) -> None:
    assert classify_failure(message) is outcome


# --- checking a server -------------------------------------------------------------------------

def test_a_server_that_is_not_there_is_reported_unreachable() -> None:
    result = check_connection(SharedConnection(host="127.0.0.1", database="test", user="postgres",
                                               port=closed_port()))
    assert result.outcome is Outcome.UNREACHABLE
    assert "refused" in result.detail.lower()
    assert not result.connectable


def test_opening_an_unreachable_server_never_shows_the_password() -> None:
    connection = SharedConnection(host="127.0.0.1", database="test", user="postgres", port=closed_port())
    with pytest.raises(DatabaseError) as info:
        open_shared(connection, PASSWORD)
    assert PASSWORD not in str(info.value)
    assert classify_failure(str(info.value)) is Outcome.UNREACHABLE


def test_check_reports_version_and_missions(pg_url: str, db) -> None:
    with db.transaction() as session:
        session.add(Mission(code="SCO-KZ-2022", organisation="SCO", title="Observer mission", host_country="KZ",
                            election_type=ElectionType.PRESIDENTIAL, election_date=date(2022, 11, 20),
                            period_start=date(2022, 11, 17), period_end=date(2022, 11, 20)))
    result = check_connection(SharedConnection.from_url(pg_url))
    assert result.outcome is Outcome.READY and result.connectable
    assert result.missions == ("SCO-KZ-2022",)
    assert result.server_version.split(".")[0].isdigit()


@contextmanager
def scratch_database(pg_url: str) -> Iterator[tuple[SharedConnection, str]]:
    """A database made by hand on the test server (no Observer Desk schema): its connection and
    its URL, dropped afterwards."""
    connection = SharedConnection.from_url(pg_url)
    name = f"od_scratch_{secrets.token_hex(4)}"
    admin = make_url(pg_url).set(drivername="postgresql", database="postgres").render_as_string(hide_password=False)
    with psycopg.connect(admin, autocommit=True) as conn:
        conn.execute(f'CREATE DATABASE "{name}"')
    try:
        yield (SharedConnection(connection.host, name, connection.user, connection.port),
               make_url(admin).set(database=name).render_as_string(hide_password=False))
    finally:
        with psycopg.connect(admin, autocommit=True) as conn:
            conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def test_check_tells_a_missing_database_an_empty_one_and_a_foreign_one(pg_url: str) -> None:
    connection = SharedConnection.from_url(pg_url)
    missing = check_connection(SharedConnection(connection.host, f"no_such_{secrets.token_hex(4)}",
                                                connection.user, connection.port))
    assert missing.outcome is Outcome.NO_DATABASE
    with scratch_database(pg_url) as (scratch, url):
        empty = check_connection(scratch)
        assert empty.outcome is Outcome.EMPTY and empty.connectable
        with psycopg.connect(url, autocommit=True) as conn:
            conn.execute("CREATE TABLE invoices (id integer)")
        foreign = check_connection(scratch)
        assert foreign.outcome is Outcome.FOREIGN and not foreign.connectable


def test_check_tells_an_earlier_version_from_a_newer_one(pg_url: str) -> None:
    with scratch_database(pg_url) as (scratch, _url):
        engine = create_engine(scratch.url())
        try:
            with engine.begin() as conn:
                config = alembic_config()
                config.attributes["connection"] = conn
                command.upgrade(config, "0003")
            result = check_connection(scratch)
            assert (result.outcome, result.revision, result.connectable) == (Outcome.NEEDS_UPGRADE, "0003", True)
            with engine.begin() as conn:
                conn.execute(text("UPDATE alembic_version SET version_num = '9999'"))
        finally:
            engine.dispose()
        newer = check_connection(scratch)
        assert (newer.outcome, newer.revision, newer.connectable) == (Outcome.TOO_NEW, "9999", False)


# --- remembering -------------------------------------------------------------------------------

def test_remembered_connections_keep_no_password(memory_keyring: MemoryKeyring) -> None:
    first = SharedConnection(host="db1", database="a", user="u")
    second = SharedConnection(host="db2", database="b", user="u", port=6543)
    remember_connection(first, PasswordKeeping.ASK)
    remember_connection(second, PasswordKeeping.KEYRING)
    remember_connection(first, PasswordKeeping.NONE)
    entries = remembered_connections()
    assert [(e.connection, e.password) for e in entries] == [(first, PasswordKeeping.NONE),
                                                            (second, PasswordKeeping.KEYRING)]
    stored = json.loads(written_settings_text())["shared_databases"]
    assert [entry["url"] for entry in stored] == [first.target(), second.target()]
    forget_connection(second)
    assert [e.connection for e in remembered_connections()] == [first]


def test_connecting_keeps_the_password_in_the_keyring_only(pg_url: str, memory_keyring: MemoryKeyring) -> None:
    connection = SharedConnection.from_url(pg_url)
    database, keeping = connect_and_remember(connection, PASSWORD, keep_password=True)
    try:
        assert keeping is PasswordKeeping.KEYRING
        assert database.target == connection.target()
        assert PASSWORD not in database.target and PASSWORD not in repr(database.engine.url)
    finally:
        database.dispose()
    assert memory_keyring.items == {(KEYRING_SERVICE, connection.label()): PASSWORD}
    assert stored_password(connection) == PASSWORD
    assert PASSWORD not in written_settings_text()
    assert remembered_connections()[0].password is PasswordKeeping.KEYRING

    database, keeping = connect_and_remember(connection, PASSWORD, keep_password=False)
    database.dispose()
    assert keeping is PasswordKeeping.ASK
    assert memory_keyring.items == {}  # asked not to keep it: the kept one is gone too
    assert PASSWORD not in written_settings_text()


def test_without_a_keyring_the_password_is_asked_for(pg_url: str, no_keyring: None) -> None:
    assert "no system keyring" in (keyring_problem() or "")
    connection = SharedConnection.from_url(pg_url)
    database, keeping = connect_and_remember(connection, PASSWORD, keep_password=True)
    database.dispose()
    assert keeping is PasswordKeeping.ASK
    assert stored_password(connection) is None
    assert PASSWORD not in written_settings_text()


def test_keyring_available_with_a_backend(memory_keyring: MemoryKeyring) -> None:
    assert keyring_problem() is None
