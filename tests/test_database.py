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

EXPECTED_TABLES = {
    "mission", "sending_body", "observer", "observer_photo", "accreditation_event",
    "badge_print_run", "badge_print_item", "admin_unit", "polling_station", "venue", "team",
    "team_member", "event", "event_participant", "checklist", "checklist_section", "choice_list",
    "choice", "question", "visit_report", "answer", "incident", "turnout_reading", "cec_turnout",
    "statement", "statement_section", "audit_entry",
}


def test_new_database_is_migrated_to_head(db_path: Path) -> None:
    db = open_database(str(db_path))
    try:
        assert current_revision(db) == head_revision()
        tables = set(inspect(db.engine).get_table_names())
        assert EXPECTED_TABLES <= tables
        assert set(Base.metadata.tables) == EXPECTED_TABLES
    finally:
        db.dispose()


def test_migrations_match_the_models(db_path: Path) -> None:
    """The Alembic revisions must create exactly what the models describe (no forgotten revision)."""
    from alembic.autogenerate import compare_metadata
    from alembic.runtime.migration import MigrationContext

    db = open_database(str(db_path))
    try:
        with db.engine.connect() as connection:
            diff = compare_metadata(MigrationContext.configure(connection), Base.metadata)
        assert diff == []
    finally:
        db.dispose()


def test_existing_database_keeps_its_data(db_path: Path) -> None:
    db = open_database(str(db_path))
    with db.engine.begin() as conn:
        conn.execute(text(
            "INSERT INTO mission (code, organisation, organisation_short, title, host_country, "
            "election_type, election_date, cec_name, period_start, period_end, time_zone, "
            "working_languages, travel_buffer_minutes, contact, notes, created_at, updated_at, version) "
            "VALUES ('M-1', 'Org', '', 'Title', 'KZ', 'presidential', '2022-11-20', '', '2022-11-17', "
            "'2022-11-20', 'Asia/Almaty', 'en', 20, '', '', '2022-01-01 00:00:00', '2022-01-01 00:00:00', 1)"))
    db.dispose()
    again = open_database(str(db_path))
    try:
        with again.engine.connect() as conn:
            assert conn.execute(text("SELECT code FROM mission")).scalar_one() == "M-1"
        assert current_revision(again) == head_revision()
    finally:
        again.dispose()


def test_connection_settings(db: "object") -> None:
    with db.engine.connect() as conn:  # type: ignore[attr-defined]
        assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert conn.exec_driver_sql("PRAGMA busy_timeout").scalar() >= 5000


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX file modes")
def test_database_file_is_owner_only(db_path: Path) -> None:
    open_database(str(db_path)).dispose()
    assert stat.S_IMODE(os.stat(db_path).st_mode) == 0o600


def test_database_made_by_a_newer_version_is_refused(db_path: Path) -> None:
    open_database(str(db_path)).dispose()
    with sqlite3.connect(db_path) as conn:
        conn.execute("UPDATE alembic_version SET version_num = 'f00dfeed9999'")
    before = db_path.read_bytes()
    with pytest.raises(DatabaseTooNewError, match="newer version of Observer Desk"):
        open_database(str(db_path))
    assert db_path.read_bytes() == before


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
    url, target = database_url(None)
    assert target.endswith("observer-desk.sqlite")
    assert str(tmp_path.parent) != target  # lives in the (isolated) user data folder
    assert "ObserverDesk" in target
    monkeypatch.setenv("OBSERVER_DESK_DB", str(tmp_path / "shared.sqlite"))
    url, target = database_url(None)
    assert target == str((tmp_path / "shared.sqlite").resolve())
    assert url == f"sqlite:///{(tmp_path / 'shared.sqlite').resolve()}"


def test_urls_pass_through() -> None:
    url, target = database_url("postgresql+psycopg://desk@127.0.0.1/test")
    assert url == target == "postgresql+psycopg://desk@127.0.0.1/test"


def test_transaction_rolls_back_whole(db: "object") -> None:
    from observer_desk.core.models import Mission

    with pytest.raises(RuntimeError):
        with db.transaction() as session:  # type: ignore[attr-defined]
            session.execute(text(
                "INSERT INTO audit_entry (at, user, table_name, action, summary, changes) "
                "VALUES ('2022-01-01 00:00:00', 'x', 'mission', 'insert', '', '{}')"))
            raise RuntimeError("boom")
    with db.reading() as session:  # type: ignore[attr-defined]
        assert session.execute(text("SELECT count(*) FROM audit_entry")).scalar_one() == 0
        assert session.query(Mission).count() == 0


def test_head_revision_constant_matches_the_migrations() -> None:
    from observer_desk.core.migrate import HEAD_REVISION

    assert HEAD_REVISION == head_revision()


def test_opening_an_up_to_date_database_does_not_load_alembic(db_path: Path) -> None:
    import subprocess

    open_database(str(db_path)).dispose()
    code = ("import sys; from observer_desk.core.db import open_database; "
            f"open_database({str(db_path)!r}).dispose(); "
            "print(any(m == 'alembic' or m.startswith('alembic.') for m in sys.modules))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"
