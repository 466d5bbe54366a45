"""Backups and restore: consistent copies, rotation, and refusal of anything not restorable."""

from __future__ import annotations

import os
import sqlite3
import stat
from pathlib import Path

import pytest

from observer_desk.core.backup import (
    backup_to,
    check_restorable,
    list_backups,
    restore_from,
    rotating_backup,
)
from observer_desk.core.db import DatabaseError
from observer_desk.core.services.demo import create_demo_mission
from observer_desk.core.services.missions import list_missions, update_mission


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
