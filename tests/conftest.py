"""Shared fixtures. Qt runs on the offscreen platform so the suite needs no display.

The suite runs on SQLite by default. `--db-url URL` (or the environment variable
OBSERVER_DESK_TEST_DB; the option wins) runs it on PostgreSQL instead: URL names a server and a
maintenance database the run may create databases from, for example
postgresql+psycopg://postgres@127.0.0.1:5432/test. The run then migrates one template database of
its own, gives every test that asks for `db` or `db_url` a fresh copy of it, and drops them all at
the end. A server the run cannot reach fails the run at its start.

Fixtures:
- `db_url`: a fresh database for this test, as a string for --db and open_database (an SQLite file
  path in the SQLite run, a postgresql+psycopg:// URL in the PostgreSQL run);
- `db`: that database opened; `new_db_url(name)`: more fresh databases, for tests that need two;
- `empty_db_url`: a database without even the schema, for tests of the migrations;
- `new_template_url(name)` (session) and `copy_db_url(template)` (per test): a database a module
  fills once (the demo mission, say), and a fresh copy of it for each test (a file copy on SQLite,
  CREATE DATABASE ... TEMPLATE on PostgreSQL); close every connection to the template first;
- `demo_template_url` (session): the demo mission, made once per run, for copy_db_url;
- `db_engine` (session): "sqlite" or "postgresql", for limits that differ by engine;
- `db_path`: an SQLite file path, for tests about SQLite files themselves (backups, integrity
  checks, WAL, permissions, crashes); those run on SQLite in both runs; `sqlite_db` opens it.
"""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("OBSERVER_DESK_USER", "test-user")

import itertools  # noqa: E402
import queue  # noqa: E402
import secrets  # noqa: E402
import shutil  # noqa: E402
import threading  # noqa: E402
from collections.abc import Iterator  # noqa: E402
from pathlib import Path  # noqa: E402

import pytest  # noqa: E402

from observer_desk.core.db import Database, open_database  # noqa: E402
from observer_desk.core.language import set_language as set_message_language  # noqa: E402

TEST_DB_ENV = "OBSERVER_DESK_TEST_DB"


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption(
        "--db-url", default=None, metavar="URL",
        help=f"run the tests on this PostgreSQL server (a maintenance database URL such as "
             f"postgresql+psycopg://postgres@127.0.0.1:5432/test); default: ${TEST_DB_ENV}, "
             "else SQLite files")


class PostgresDatabases:
    """The databases of one PostgreSQL test run: a migrated template and a copy per test.

    Per test, making a copy takes about 0.1 s (WAL_LOG, PostgreSQL 15's default strategy, beats
    FILE_COPY, which forces a checkpoint each time), and dropping one forces a checkpoint, which
    on a busy server takes up to a second. Both happen off the test's path: a helper thread keeps
    one copy of the empty template ready, another drops the databases tests are done with."""

    def __init__(self, maintenance_url: str):
        from sqlalchemy.engine import make_url

        self.url = make_url(maintenance_url)
        self.prefix = f"od_test_{os.getpid()}_{secrets.token_hex(3)}"
        self.template = f"{self.prefix}_template"
        self.admin = None
        self._names = itertools.count(1)
        self._spares: queue.Queue[str] = queue.Queue()
        self._to_drop: queue.Queue[str | None] = queue.Queue()
        self._workers: list[threading.Thread] = []
        self._spare_maker = self._dropper = None

    def _connect(self):
        import psycopg

        url = self.url
        return psycopg.connect(
            host=url.host or "127.0.0.1", port=url.port or 5432, user=url.username,
            password=url.password, dbname=url.database or "postgres", autocommit=True,
            connect_timeout=10)

    def url_of(self, name: str) -> str:
        return self.url.set(database=name).render_as_string(hide_password=False)

    def start(self) -> None:
        try:
            self.admin = self._connect()
        except Exception as exc:  # noqa: BLE001 - any failure to reach the server ends the run
            raise pytest.UsageError(
                f"the PostgreSQL test run cannot reach {self.url.render_as_string()}: "
                f"{' '.join(str(exc).split())}") from exc
        self.admin.execute(f'CREATE DATABASE "{self.template}"')
        database = open_database(self.url_of(self.template))
        database.dispose()
        self._spare_maker = self._connect()
        self._dropper = self._connect()
        self._make_spare()
        dropping = threading.Thread(target=self._drop_in_turn, name="drop test databases", daemon=True)
        dropping.start()
        self._workers.append(dropping)
        for name in self._left_by_runs_that_died():
            self.drop(name)

    def _left_by_runs_that_died(self) -> list[str]:
        """Databases of earlier runs on this machine whose process is gone (killed mid-run)."""
        left: list[str] = []
        if os.name != "posix":  # os.kill(pid, 0) asks without harm on POSIX only
            return left
        for (name,) in self.admin.execute(
                "SELECT datname FROM pg_database WHERE datname ~ '^od_test_[0-9]+_[0-9a-f]{6}_'"):
            pid = int(name.split("_")[2])
            try:
                os.kill(pid, 0)
            except ProcessLookupError:
                left.append(name)
            except OSError:
                pass  # alive, someone else's
        return left

    def _copy(self, connection, template: str) -> str:
        name = f"{self.prefix}_{next(self._names)}"
        connection.execute(f'CREATE DATABASE "{name}" TEMPLATE "{template}"')
        return name

    def _make_spare(self) -> None:
        def make() -> None:
            self._spares.put(self._copy(self._spare_maker, self.template))

        worker = threading.Thread(target=make, name="copy the test template", daemon=True)
        worker.start()
        self._workers.append(worker)

    def create(self, template: str | None = None) -> str:
        """A new copy of `template` (by default the migrated, empty one)."""
        if template is not None:
            return self._copy(self.admin, template)
        name = self._spares.get(timeout=120)
        self._workers = [w for w in self._workers if w.is_alive()]
        self._make_spare()
        return name

    def drop(self, name: str) -> None:
        self._to_drop.put(name)

    def _drop_in_turn(self) -> None:
        while (name := self._to_drop.get()) is not None:
            # FORCE ends connections a test left open (a window not closed, an engine not disposed).
            self._dropper.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')

    def finish(self) -> None:
        if self.admin is None:
            return
        self._to_drop.put(None)
        for worker in self._workers:
            worker.join()
        names = [row[0] for row in self.admin.execute(
            "SELECT datname FROM pg_database WHERE datname LIKE %s", (self.prefix + "%",))]
        for name in names:
            self.admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        for connection in (self.admin, self._spare_maker, self._dropper):
            if connection is not None:
                connection.close()


def _test_db_url(config: pytest.Config) -> str | None:
    return config.getoption("--db-url") or os.environ.get(TEST_DB_ENV) or None


def pytest_configure(config: pytest.Config) -> None:
    url = _test_db_url(config)
    if url and not url.startswith("sqlite"):
        if not url.startswith("postgresql"):
            raise pytest.UsageError(f"--db-url / {TEST_DB_ENV} must be a postgresql+psycopg:// URL, not {url}")
        config._observer_desk_pg = PostgresDatabases(url)  # type: ignore[attr-defined]
    else:
        config._observer_desk_pg = None  # type: ignore[attr-defined]


def pytest_sessionstart(session: pytest.Session) -> None:
    databases = session.config._observer_desk_pg  # type: ignore[attr-defined]
    if databases is not None:
        databases.start()


def pytest_sessionfinish(session: pytest.Session) -> None:
    databases = getattr(session.config, "_observer_desk_pg", None)
    if databases is not None:
        databases.finish()


def pytest_report_header(config: pytest.Config) -> str:
    databases = config._observer_desk_pg  # type: ignore[attr-defined]
    if databases is None:
        return "database engine: SQLite"
    return f"database engine: PostgreSQL at {databases.url.render_as_string()} (databases {databases.prefix}_*)"


@pytest.fixture(autouse=True)
def _isolated_user_folders(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> None:
    """Never touch the real user data folder or settings: point them at a temporary home."""
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.setenv("XDG_DATA_HOME", str(home / "data"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / "config"))
    monkeypatch.delenv("OBSERVER_DESK_DB", raising=False)


@pytest.fixture(autouse=True)
def _english_messages() -> Iterator[None]:
    """Core messages are English unless a test chooses a language; a test that does is undone."""
    set_message_language("en")
    yield
    set_message_language("en")


@pytest.fixture(scope="session")
def db_engine(pytestconfig: pytest.Config) -> str:
    """'postgresql' in the PostgreSQL run, 'sqlite' otherwise (for engine-aware limits)."""
    return "sqlite" if pytestconfig._observer_desk_pg is None else "postgresql"  # type: ignore[attr-defined]


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    """An SQLite database file (not yet created), in every run."""
    return tmp_path / "mission.sqlite"


@pytest.fixture
def new_db_url(pytestconfig: pytest.Config, tmp_path: Path) -> Iterator[object]:
    """A factory of fresh, empty-of-missions databases for this test (for tests that need two)."""
    databases: PostgresDatabases | None = pytestconfig._observer_desk_pg  # type: ignore[attr-defined]
    made: list[str] = []

    def make(name: str = "mission") -> str:
        if databases is None:
            return str(tmp_path / f"{name}.sqlite")
        made.append(databases.create())
        return databases.url_of(made[-1])

    yield make
    if databases is not None:
        for name in made:
            databases.drop(name)


@pytest.fixture(scope="session")
def new_template_url(pytestconfig: pytest.Config, tmp_path_factory: pytest.TempPathFactory):
    """A factory of databases that live for the whole run, for a module to fill once and copy
    per test with copy_db_url."""
    databases: PostgresDatabases | None = pytestconfig._observer_desk_pg  # type: ignore[attr-defined]

    def make(name: str = "template") -> str:
        if databases is None:
            return str(tmp_path_factory.mktemp(name) / f"{name}.sqlite")
        return databases.url_of(databases.create())

    return make  # the PostgreSQL ones are dropped with the run's other databases


@pytest.fixture(scope="session")
def demo_template_url(new_template_url) -> str:
    """The demo mission, made once per run, to be copied per test with copy_db_url."""
    from observer_desk.core.services.demo import create_demo_mission

    target = new_template_url("demo")
    database = open_database(target)
    create_demo_mission(database)
    database.dispose()  # an SQLite file is whole (WAL folded in) once its last connection closes
    return target


@pytest.fixture
def copy_db_url(pytestconfig: pytest.Config, tmp_path: Path) -> Iterator[object]:
    """A factory of fresh copies of a template database (see new_template_url)."""
    databases: PostgresDatabases | None = pytestconfig._observer_desk_pg  # type: ignore[attr-defined]
    made: list[str] = []

    def copy(template: str | Path, name: str = "mission") -> str:
        if databases is None:
            target = tmp_path / f"{name}.sqlite"
            shutil.copyfile(template, target)
            return str(target)
        from sqlalchemy.engine import make_url

        made.append(databases.create(make_url(str(template)).database))
        return databases.url_of(made[-1])

    yield copy
    if databases is not None:
        for name in made:
            databases.drop(name)


@pytest.fixture
def empty_db_url(pytestconfig: pytest.Config, tmp_path: Path) -> Iterator[str]:
    """A database with no tables at all, not even the schema (a file not yet made on SQLite):
    for tests of the migrations themselves."""
    databases: PostgresDatabases | None = pytestconfig._observer_desk_pg  # type: ignore[attr-defined]
    if databases is None:
        yield str(tmp_path / "empty.sqlite")
        return
    name = databases.create("template0")
    yield databases.url_of(name)
    databases.drop(name)


@pytest.fixture
def db_url(new_db_url) -> str:
    """A fresh database for this test: the db_path file on SQLite, a new database on PostgreSQL."""
    return new_db_url()


@pytest.fixture
def db(db_url: str) -> Iterator[Database]:
    database = open_database(db_url)
    yield database
    database.dispose()


@pytest.fixture
def sqlite_db(db_path: Path) -> Iterator[Database]:
    """An SQLite database file opened, in every run (tests about the file itself)."""
    database = open_database(str(db_path))
    yield database
    database.dispose()


@pytest.fixture(scope="session")
def qapp(qapp, tmp_path_factory: pytest.TempPathFactory):
    """The window speaks English in tests, with its counted forms ("1 observer", "2 observers")
    from the English translation file, compiled into a temporary folder."""
    from observer_desk.ui.translations import install_translations

    install_translations(qapp, "en", cache_dir=tmp_path_factory.mktemp("translations"))
    return qapp
