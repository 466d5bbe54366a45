"""The command line, run as a user runs it: a subprocess, its output and exit code."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from observer_desk import __version__


def run(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    full_env = {**os.environ, **(env or {})}
    return subprocess.run([sys.executable, "-m", "observer_desk", *args], capture_output=True,
                          text=True, encoding="utf-8", env=full_env, timeout=120)


def test_version() -> None:
    out = run("--version")
    assert out.returncode == 0
    assert out.stdout.strip() == f"observer-desk {__version__}"


def test_help_lists_the_commands() -> None:
    out = run("--help")
    assert out.returncode == 0
    for word in ("demo", "missions", "--db", "--mission"):
        assert word in out.stdout


def test_demo_then_missions(db_url: str) -> None:
    db = db_url
    first = run("--db", db, "demo")
    assert first.returncode == 0, first.stderr
    assert first.stdout.strip() == "SCO-KZ-2022"
    again = run("--db", db, "demo")  # idempotent
    assert (again.returncode, again.stdout.strip()) == (0, "SCO-KZ-2022")
    listing = run("--db", db, "missions")
    assert listing.returncode == 0, listing.stderr
    header, row = listing.stdout.strip().splitlines()
    assert header.split()[0] == "CODE"
    assert row.startswith("SCO-KZ-2022")
    assert "2022-11-17..2022-11-20" in row
    assert row.split()[-1] == "18"


def test_db_after_the_command_and_from_the_environment(db_url: str) -> None:
    db = db_url
    assert run("demo", "--db", db).returncode == 0
    out = run("missions", env={"OBSERVER_DESK_DB": db})
    assert out.returncode == 0
    assert "SCO-KZ-2022" in out.stdout


def test_empty_database_lists_nothing(db_url: str) -> None:
    from observer_desk.core.db import open_database

    open_database(db_url).dispose()
    out = run("--db", db_url, "missions")
    assert out.returncode == 0
    assert out.stdout == ""
    assert "no missions" in out.stderr


def test_a_mistyped_path_is_not_created(tmp_path: Path) -> None:
    target = tmp_path / "typo" / "mision.sqlite"
    out = run("--db", str(target), "missions")
    assert out.returncode == 2
    assert "there is no database at" in out.stderr
    assert not target.exists() and not target.parent.exists()


@pytest.mark.parametrize("name", ["a#b.sqlite", "50%.sqlite", "what?x=1.sqlite"])
def test_file_names_are_taken_literally(tmp_path: Path, name: str) -> None:
    target = tmp_path / name
    assert run("--db", str(target), "demo").returncode == 0
    assert target.is_file()
    assert sorted(p.name for p in tmp_path.iterdir() if p.suffix == ".sqlite") == [name]
    out = run("--db", str(target), "missions")
    assert out.returncode == 0 and "SCO-KZ-2022" in out.stdout


def test_missions_for_one_code(db_url: str) -> None:
    db = db_url
    assert run("--db", db, "demo").returncode == 0
    assert "SCO-KZ-2022" in run("--db", db, "--mission", "SCO-KZ-2022", "missions").stdout
    wrong = run("--db", db, "missions", "--mission", "NOPE")
    assert wrong.returncode == 2
    assert "no mission with code 'NOPE'" in wrong.stderr and "SCO-KZ-2022" in wrong.stderr


def test_unknown_command_is_bad_usage() -> None:
    out = run("frobnicate")
    assert out.returncode == 2
    assert len(out.stderr.strip().splitlines()) == 1
    assert "invalid choice" in out.stderr


@pytest.mark.parametrize("content", [b"just some text", b"PK\x03\x04 not really a zip"])
def test_unusable_database_file(tmp_path: Path, content: bytes) -> None:
    path = tmp_path / "notes.sqlite"
    path.write_bytes(content)
    out = run("--db", str(path), "missions")
    assert out.returncode == 2
    lines = out.stderr.strip().splitlines()
    assert len(lines) == 1 and "not an Observer Desk database" in lines[0]
    assert "Traceback" not in out.stderr
    assert path.read_bytes() == content


def test_database_from_a_newer_version(db_url: str) -> None:
    from sqlalchemy import text

    from observer_desk.core.db import open_database

    assert run("--db", db_url, "demo").returncode == 0
    database = open_database(db_url)
    with database.engine.begin() as connection:
        connection.execute(text("UPDATE alembic_version SET version_num = 'ffff00001111'"))
    database.dispose()
    out = run("--db", db_url, "missions")
    assert out.returncode == 2
    assert "newer version of Observer Desk" in out.stderr


def test_a_server_that_cannot_be_reached_is_one_clear_line() -> None:
    out = run("--db", "postgresql+psycopg://secretariat:s3cret@127.0.0.1:1/mission", "missions")
    assert out.returncode == 2
    (line,) = out.stderr.strip().splitlines()
    assert "cannot connect to the PostgreSQL server at 127.0.0.1:1, database mission" in line
    assert "check that the server is running" in line
    assert "s3cret" not in line


def test_backup_and_restore_of_a_shared_database_are_the_servers(db_url: str, tmp_path: Path) -> None:
    assert run("--db", db_url, "demo").returncode == 0
    out = run("--db", db_url, "backup", str(tmp_path / "copy.sqlite"))
    if "://" not in db_url:  # an SQLite file is copied by the program itself
        assert out.returncode == 0, out.stderr
        return
    assert out.returncode == 2 and not (tmp_path / "copy.sqlite").exists()
    (line,) = out.stderr.strip().splitlines()
    assert "pg_dump" in line and "administrator" in line
    restore = run("--db", db_url, "restore", str(tmp_path / "copy.sqlite"))
    assert restore.returncode == 2 and "pg_dump" in restore.stderr

