"""Backups and restore: consistent copies, rotation, and refusal of anything not restorable."""

from __future__ import annotations

import os
import sqlite3
import stat
import subprocess
import sys
from pathlib import Path

import pytest

from observer_desk.core.backup import (
    backup_to,
    check_restorable,
    list_backups,
    restore_from,
    rotating_backup,
)
from observer_desk.core.db import DatabaseDamagedError, DatabaseError, ForeignDatabaseError, open_database
from observer_desk.core.preferences import backups_to_keep, set_backups_to_keep
from observer_desk.core.services.demo import create_demo_mission
from observer_desk.core.services.missions import list_missions, update_mission


@pytest.fixture
def db(sqlite_db):
    """Backups are copies of SQLite files: these tests use a file in every run."""
    return sqlite_db


def counts(path: Path) -> dict[str, int]:
    with sqlite3.connect(path) as connection:
        tables = [r[0] for r in connection.execute(
            "SELECT name FROM sqlite_master WHERE type='table' ORDER BY name")]
        return {t: connection.execute(f'SELECT count(*) FROM "{t}"').fetchone()[0] for t in tables}


def test_backup_is_a_complete_private_copy(db, tmp_path: Path) -> None:
    create_demo_mission(db)
    target = backup_to(db, tmp_path / "copy.sqlite")
    assert counts(target) == counts(db.path)
    assert counts(target)["observer"] == 18
    with sqlite3.connect(target) as connection:
        assert connection.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    if os.name == "posix":
        assert stat.S_IMODE(target.stat().st_mode) == 0o600
    assert not list(tmp_path.glob("*.partial"))


def test_backup_refuses_to_overwrite_the_database_itself(db) -> None:
    with pytest.raises(DatabaseError, match="the database itself"):
        backup_to(db, db.path)


def test_rotating_backups_keep_the_newest(db) -> None:
    create_demo_mission(db)
    made = [rotating_backup(db, "test", keep=3) for _ in range(5)]
    kept = list_backups(db.path)
    assert [b.path for b in kept] == list(reversed(made))[:3]
    assert all(b.reason == "test" for b in kept)


def test_restore_brings_back_the_old_content_and_keeps_the_current(db, tmp_path: Path) -> None:
    create_demo_mission(db)
    saved = backup_to(db, tmp_path / "before.sqlite")
    mission = list_missions(db)[0]
    update_mission(db, mission.id, 1, {"title": "Changed after the backup"})
    safety = restore_from(db, saved)
    assert list_missions(db)[0].title.startswith("SCO Observer Mission")
    with sqlite3.connect(safety) as connection:
        assert connection.execute("SELECT title FROM mission").fetchone()[0] == "Changed after the backup"


@pytest.mark.parametrize("kind, message", [
    ("text", "not an SQLite file"),
    ("foreign", "not an Observer Desk database"),
    ("newer", "newer version of Observer Desk"),
    ("damaged", "damaged|cannot be read"),
])
def test_restore_refuses_what_it_cannot_open(db, tmp_path: Path, kind: str, message: str) -> None:
    create_demo_mission(db)
    source = tmp_path / f"{kind}.sqlite"
    if kind == "text":
        source.write_text("not a database")
    elif kind == "foreign":
        with sqlite3.connect(source) as connection:
            connection.execute("CREATE TABLE contacts (name TEXT)")
    else:
        backup_to(db, source)
        if kind == "newer":
            with sqlite3.connect(source) as connection:
                connection.execute("UPDATE alembic_version SET version_num = 'ffff0000'")
        else:
            data = bytearray(source.read_bytes())
            page = 4096
            for offset in range(page * 3, min(len(data), page * 12)):
                data[offset] = 0x5A
            source.write_bytes(bytes(data))
    before = counts(db.path)
    with pytest.raises(DatabaseError, match=message):
        restore_from(db, source)
    assert counts(db.path) == before
    with pytest.raises(DatabaseError):
        check_restorable(source)


def test_backup_of_a_shared_server_database_is_explained(tmp_path: Path) -> None:
    class Shared:
        is_sqlite = False
        path = None

    with pytest.raises(DatabaseError, match="pg_dump"):
        backup_to(Shared(), tmp_path / "x.sqlite")  # type: ignore[arg-type]
    assert rotating_backup(Shared(), "open") is None  # type: ignore[arg-type]
    assert not (tmp_path / "x.sqlite").exists()


# --- when backups are taken, how many are kept, and a damaged database on opening ------------

def run_cli(*args: object) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "observer_desk.cli", *map(str, args)],
                          capture_output=True, text=True, encoding="utf-8")


def damage(path: Path) -> None:
    """Overwrite pages in the middle of the file, as a failing disk or a bad copy would."""
    data = bytearray(path.read_bytes())
    for offset in range(4096 * 3, min(len(data), 4096 * 12)):
        data[offset] = 0x5A
    path.write_bytes(bytes(data))


def test_the_number_kept_is_the_users_setting(db) -> None:
    create_demo_mission(db)
    set_backups_to_keep(2)
    for _ in range(4):
        rotating_backup(db, "test")
    assert len(list_backups(db.path)) == 2
    assert backups_to_keep() == 2
    with pytest.raises(ValueError):
        set_backups_to_keep(0)


def test_each_database_has_its_own_series(tmp_path: Path) -> None:
    """Two files of the same name in different folders never prune each other's backups."""
    databases = []
    for folder in ("a", "b"):
        (tmp_path / folder).mkdir()
        database = open_database(str(tmp_path / folder / "mission.sqlite"))
        create_demo_mission(database)
        databases.append(database)
    try:
        for _ in range(3):
            rotating_backup(databases[0], "test", keep=2)
        rotating_backup(databases[1], "test", keep=2)
        assert len(list_backups(databases[0].path)) == 2
        assert len(list_backups(databases[1].path)) == 1
    finally:
        for database in databases:
            database.dispose()


def test_an_empty_database_is_not_backed_up(db) -> None:
    assert rotating_backup(db, "open") is None
    assert list_backups(db.path) == []


def test_an_import_is_preceded_by_a_backup(db, tmp_path: Path) -> None:
    from openpyxl import Workbook

    from observer_desk.core.services.roster_import import import_nominations

    create_demo_mission(db)
    mission = list_missions(db)[0]
    workbook = Workbook()
    workbook.active.append(["Family name", "Given names", "Citizenship"])
    workbook.active.append(["Testov", "Ivan", "Russia"])
    workbook.save(tmp_path / "list.xlsx")
    import_nominations(db, mission.id, tmp_path / "list.xlsx")
    (backup,) = list_backups(db.path)
    assert backup.reason == "before-import"
    assert counts(backup.path)["observer"] == 18  # as it was before the import
    assert counts(db.path)["observer"] == 19


def test_an_upgrade_is_preceded_by_a_backup(db_path: Path) -> None:
    from alembic import command
    from sqlalchemy import create_engine, text

    from observer_desk.core.migrate import alembic_config

    engine = create_engine(f"sqlite:///{db_path}")
    with engine.begin() as connection:
        config = alembic_config()
        config.attributes["connection"] = connection
        command.upgrade(config, "0003")
        connection.execute(text(
            "INSERT INTO mission (code, organisation, organisation_short, title, host_country, "
            "election_type, election_date, cec_name, period_start, period_end, time_zone, "
            "working_languages, travel_buffer_minutes, contact, notes, created_at, updated_at, "
            "version) VALUES ('OLD-1', 'Org', '', 'Old', 'KZ', 'presidential', '2022-11-20', '', "
            "'2022-11-17', '2022-11-20', 'Asia/Almaty', 'en', 20, '', '', '2022-01-01 00:00:00', "
            "'2022-01-01 00:00:00', 1)"))
    engine.dispose()
    open_database(str(db_path)).dispose()
    (backup,) = list_backups(db_path)
    assert backup.reason == "before-upgrade-from-0003"
    with sqlite3.connect(backup.path) as connection:
        assert connection.execute("SELECT version_num FROM alembic_version").fetchone()[0] == "0003"
        assert connection.execute("SELECT code FROM mission").fetchone()[0] == "OLD-1"


def test_a_damaged_database_is_refused_with_the_newest_good_backup(db, tmp_path: Path) -> None:
    create_demo_mission(db)
    good = rotating_backup(db, "open")
    path = db.path
    db.dispose()
    damage(path)
    before = path.read_bytes()
    with pytest.raises(DatabaseDamagedError) as refused:
        open_database(str(path))
    assert refused.value.backup == good
    assert str(good) in str(refused.value) and "damaged" in str(refused.value)
    assert path.read_bytes() == before

    out = run_cli("--db", path, "missions")
    assert out.returncode == 2
    (line,) = out.stderr.splitlines()
    assert line.startswith(f"observer-desk: {path} is damaged") and str(good) in line
    assert "Traceback" not in out.stderr

    # The restore the message suggests works on the damaged file, and keeps it aside.
    out = run_cli("--db", path, "restore", good)
    assert out.returncode == 0, out.stderr
    assert counts(path)["observer"] == 18
    kept = list(path.parent.glob("mission.damaged-*.sqlite"))
    assert len(kept) == 1 and kept[0].read_bytes() == before


def test_a_foreign_file_names_the_backup_of_the_database_it_replaced(db) -> None:
    create_demo_mission(db)
    good = rotating_backup(db, "open")
    path = db.path
    db.dispose()
    for suffix in ("", "-wal", "-shm"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)
    with sqlite3.connect(path) as connection:
        connection.execute("CREATE TABLE contacts (name TEXT)")
    with pytest.raises(ForeignDatabaseError) as refused:
        open_database(str(path))
    assert refused.value.backup == good
    assert "not an Observer Desk database" in str(refused.value)
    path.write_text("the minutes of a meeting, saved over the database by mistake")
    with pytest.raises(ForeignDatabaseError, match="not an SQLite file") as refused:
        open_database(str(path))
    assert refused.value.backup == good

    out = run_cli("--db", path, "restore", good)  # as the message says
    assert out.returncode == 0, out.stderr
    assert counts(path)["observer"] == 18
    (kept,) = path.parent.glob("mission.damaged-*.sqlite")
    assert kept.read_text() == "the minutes of a meeting, saved over the database by mistake"


def test_two_programs_on_one_file_write_at_once_without_harm(db_path: Path) -> None:
    """Two windows on one database: WAL lets them read while the other writes, BEGIN IMMEDIATE
    queues their writes, and the version counters refuse the second of two edits of one record."""
    import threading
    from datetime import date

    from observer_desk.core.errors import StaleEditError
    from observer_desk.core.models import ElectionType
    from observer_desk.core.services import missions
    from observer_desk.core.services.observer_profile import ObserverForm, load_observer, save_observer

    first, second = open_database(str(db_path)), open_database(str(db_path))
    try:
        mission = missions.create_mission(first, missions.MissionData(
            code="M", title="Mission", organisation="Org", host_country="KZ",
            election_type=ElectionType.PRESIDENTIAL, election_date=date(2022, 11, 20),
            period_start=date(2022, 11, 17), period_end=date(2022, 11, 20)))
        shared = save_observer(first, mission.id, ObserverForm(code="X-00", family_name="Shared"))
        version = load_observer(first, shared).version
        errors: list[BaseException] = []
        stale: list[str] = []
        start = threading.Barrier(2)

        def work(database, prefix: str) -> None:
            try:
                start.wait(5)
                for n in range(25):
                    save_observer(database, mission.id,
                                  ObserverForm(code=f"{prefix}-{n:02d}", family_name=f"Family {prefix}"))
                try:
                    save_observer(database, mission.id, ObserverForm(code="X-00", family_name=prefix),
                                  observer_id=shared, version=version)
                except StaleEditError as exc:
                    stale.append(str(exc))
            except BaseException as exc:  # reported to the test thread
                errors.append(exc)

        threads = [threading.Thread(target=work, args=(first, "A")),
                   threading.Thread(target=work, args=(second, "B"))]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join(60)
        assert errors == []
        assert len(stale) == 1 and "X-00 was changed by test-user" in stale[0]
    finally:
        first.dispose()
        second.dispose()
    with sqlite3.connect(db_path) as connection:
        assert connection.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert connection.execute("SELECT count(*) FROM observer").fetchone()[0] == 51
        assert connection.execute("SELECT version FROM observer WHERE code = 'X-00'").fetchone()[0] == 2
        assert connection.execute("SELECT count(*) FROM accreditation_event").fetchone()[0] == 51
