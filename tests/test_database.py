"""Opening databases: creation, migrations, connection settings, refusal of foreign files."""

from __future__ import annotations

import os
import sqlite3
import stat
import sys
from pathlib import Path

import pytest
from sqlalchemy import inspect, text

from observer_desk.core.db import DatabaseError, DatabaseTooNewError, database_url, open_database
from observer_desk.core.migrate import current_revision, head_revision
from observer_desk.core.models import Base

sys.path.insert(0, str(Path(__file__).parent))
from database_contents import dump  # noqa: E402

EXPECTED_TABLES = {
    "mission", "sending_body", "observer", "observer_photo", "accreditation_event",
    "badge_print_run", "badge_print_item", "admin_unit", "polling_station", "venue", "team",
    "team_member", "event", "event_participant", "checklist", "checklist_section", "choice_list",
    "choice", "question", "visit_report", "answer", "incident", "turnout_reading", "cec_turnout",
    "statement", "statement_section", "audit_entry", "travel_buffer",
}


def test_new_database_is_migrated_to_head(empty_db_url: str) -> None:
    db = open_database(empty_db_url)
    try:
        assert current_revision(db) == head_revision()
        tables = set(inspect(db.engine).get_table_names())
        assert EXPECTED_TABLES <= tables
        assert set(Base.metadata.tables) == EXPECTED_TABLES
    finally:
        db.dispose()


def test_migrations_match_the_models(empty_db_url: str) -> None:
    """The Alembic revisions must create exactly what the models describe (no forgotten revision)."""
    from alembic.autogenerate import compare_metadata
    from alembic.runtime.migration import MigrationContext

    db = open_database(empty_db_url)
    try:
        with db.engine.connect() as connection:
            diff = compare_metadata(MigrationContext.configure(connection), Base.metadata)
        assert diff == []
    finally:
        db.dispose()


def test_existing_database_keeps_its_data(db_url: str) -> None:
    db = open_database(db_url)
    with db.engine.begin() as conn:
        conn.execute(text(
            "INSERT INTO mission (code, organisation, organisation_short, title, host_country, "
            "election_type, election_date, cec_name, period_start, period_end, time_zone, "
            "working_languages, travel_buffer_minutes, contact, notes, created_at, updated_at, version) "
            "VALUES ('M-1', 'Org', '', 'Title', 'KZ', 'presidential', '2022-11-20', '', '2022-11-17', "
            "'2022-11-20', 'Asia/Almaty', 'en', 20, '', '', '2022-01-01 00:00:00', '2022-01-01 00:00:00', 1)"))
    db.dispose()
    again = open_database(db_url)
    try:
        with again.engine.connect() as conn:
            assert conn.execute(text("SELECT code FROM mission")).scalar_one() == "M-1"
        assert current_revision(again) == head_revision()
    finally:
        again.dispose()


def test_connection_settings(sqlite_db: "object") -> None:
    with sqlite_db.engine.connect() as conn:  # type: ignore[attr-defined]
        assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert conn.exec_driver_sql("PRAGMA busy_timeout").scalar() >= 5000


def test_database_file_is_owner_only(db_path: Path, tmp_path: Path) -> None:
    open_database(str(db_path)).dispose()
    given = tmp_path / "given.sqlite"
    given.touch(mode=0o644)
    open_database(str(given)).dispose()
    if os.name == "posix":  # Windows keeps files private through the user's own folders
        assert stat.S_IMODE(os.stat(db_path).st_mode) == 0o600
        assert stat.S_IMODE(os.stat(given).st_mode) == 0o600
    assert db_path.stat().st_size > 0 and given.stat().st_size > 0


def test_missing_file_is_refused_when_not_creating(tmp_path: Path) -> None:
    with pytest.raises(DatabaseError, match="there is no database at"):
        open_database(str(tmp_path / "nope.sqlite"), create=False)
    assert not (tmp_path / "nope.sqlite").exists()


def test_writers_wait_for_each_other_instead_of_failing(db_url: str) -> None:
    """A unit of work that reads, then writes while another one commits, must wait, not fail."""
    import threading
    import time

    from observer_desk.core.models import AuditEntry

    first = open_database(db_url)
    second = open_database(db_url)
    started = threading.Event()
    errors: list[BaseException] = []

    def slow_unit_of_work() -> None:
        try:
            with first.transaction() as session:
                session.query(AuditEntry).count()
                started.set()
                time.sleep(0.4)
                session.add(AuditEntry(user="a", table_name="t", action="insert"))
        except BaseException as exc:  # reported to the test thread
            errors.append(exc)

    worker = threading.Thread(target=slow_unit_of_work)
    worker.start()
    started.wait(5)
    with second.transaction() as session:
        session.add(AuditEntry(user="b", table_name="t", action="insert"))
    worker.join(10)
    try:
        assert errors == []
        with second.reading() as session:
            assert sorted(e.user for e in session.query(AuditEntry)) == ["a", "b"]
    finally:
        first.dispose()
        second.dispose()


def test_missing_driver_is_explained() -> None:
    with pytest.raises(DatabaseError, match="no driver"):
        open_database("mysql+nosuchdriver://user@localhost/db")


def test_database_made_by_a_newer_version_is_refused(db_url: str) -> None:
    db = open_database(db_url)
    with db.engine.begin() as conn:
        conn.execute(text("UPDATE alembic_version SET version_num = 'f00dfeed9999'"))
    db.dispose()
    before = dump(db_url)
    with pytest.raises(DatabaseTooNewError, match="newer version of Observer Desk"):
        open_database(db_url)
    assert dump(db_url) == before


def test_a_database_of_another_program_is_refused(empty_db_url: str) -> None:
    from sqlalchemy import create_engine

    engine = create_engine(database_url(empty_db_url)[0])
    with engine.begin() as conn:
        conn.execute(text("CREATE TABLE contacts (name TEXT)"))
    with pytest.raises(DatabaseError, match="not an Observer Desk database"):
        open_database(empty_db_url)
    assert inspect(engine).get_table_names() == ["contacts"]
    engine.dispose()


def test_foreign_sqlite_file_is_refused(db_path: Path) -> None:
    with sqlite3.connect(db_path) as conn:
        conn.execute("CREATE TABLE contacts (name TEXT)")
    with pytest.raises(DatabaseError, match="not an Observer Desk database"):
        open_database(str(db_path))
    with sqlite3.connect(db_path) as conn:
        tables = [r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")]
    assert tables == ["contacts"]


def test_file_that_is_not_sqlite_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "notes.sqlite"
    path.write_text("this is a text file, not a database")
    with pytest.raises(DatabaseError, match="not an SQLite file"):
        open_database(str(path))
    assert path.read_text() == "this is a text file, not a database"


def test_folder_is_refused(tmp_path: Path) -> None:
    with pytest.raises(DatabaseError, match="is a folder"):
        open_database(str(tmp_path))


def test_default_location_and_environment_override(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from platformdirs import user_data_path

    url, target = database_url(None)
    assert Path(target) == (user_data_path("ObserverDesk", appauthor=False) / "observer-desk.sqlite").resolve()
    assert Path(target).is_relative_to(Path(os.environ["XDG_DATA_HOME"]).resolve())  # the isolated home
    monkeypatch.setenv("OBSERVER_DESK_DB", str(tmp_path / "shared.sqlite"))
    url, target = database_url(None)
    assert target == str((tmp_path / "shared.sqlite").resolve())
    assert url.database == str((tmp_path / "shared.sqlite").resolve())


def test_urls_pass_through() -> None:
    url, target = database_url("postgresql+psycopg://desk@127.0.0.1/test")
    assert target == "postgresql+psycopg://desk@127.0.0.1/test"
    assert (url.drivername, url.host, url.database) == ("postgresql+psycopg", "127.0.0.1", "test")


def test_transaction_rolls_back_whole(db: "object") -> None:
    from observer_desk.core.models import Mission

    with pytest.raises(RuntimeError):
        with db.transaction() as session:  # type: ignore[attr-defined]
            session.execute(text(
                'INSERT INTO audit_entry (at, "user", table_name, action, summary, changes) '
                "VALUES ('2022-01-01 00:00:00', 'x', 'mission', 'insert', '', '{}')"))
            raise RuntimeError("boom")
    with db.reading() as session:  # type: ignore[attr-defined]
        assert session.execute(text("SELECT count(*) FROM audit_entry")).scalar_one() == 0
        assert session.query(Mission).count() == 0


def test_head_revision_constant_matches_the_migrations() -> None:
    from observer_desk.core.migrate import HEAD_REVISION

    assert HEAD_REVISION == head_revision()


def test_opening_an_up_to_date_database_does_not_load_alembic(db_url: str) -> None:
    import subprocess

    open_database(db_url).dispose()
    code = ("import sys; from observer_desk.core.db import open_database; "
            f"open_database({db_url!r}).dispose(); "
            "print(any(m == 'alembic' or m.startswith('alembic.') for m in sys.modules))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"


def test_upgrade_from_the_first_revision_keeps_the_data(empty_db_url: str) -> None:
    """A database made by the first release is upgraded step by step when opened."""
    from alembic import command
    from sqlalchemy import create_engine

    from observer_desk.core.migrate import alembic_config

    engine = create_engine(database_url(empty_db_url)[0])
    with engine.begin() as connection:
        config = alembic_config()
        config.attributes["connection"] = connection
        command.upgrade(config, "0001")
        connection.execute(text(
            "INSERT INTO mission (code, organisation, organisation_short, title, host_country, "
            "election_type, election_date, cec_name, period_start, period_end, time_zone, "
            "working_languages, travel_buffer_minutes, contact, notes, created_at, updated_at, version) "
            "VALUES ('OLD-1', 'Org', '', 'Old', 'KZ', 'presidential', '2022-11-20', '', '2022-11-17', "
            "'2022-11-20', 'Asia/Almaty', 'en', 20, '', '', '2022-01-01 00:00:00', '2022-01-01 00:00:00', 1)"))
    engine.dispose()
    db = open_database(empty_db_url)
    try:
        assert current_revision(db) == head_revision()
        with db.engine.connect() as conn:
            assert conn.execute(text("SELECT code FROM mission")).scalar_one() == "OLD-1"
    finally:
        db.dispose()
