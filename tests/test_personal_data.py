"""Personal data: kept out of public exports, in owner-only files, and purged when the mission is
closed (names, itinerary, findings and statements stay; the purge is in the audit trail and shown
on the mission)."""

from __future__ import annotations

import os
import sqlite3
import stat
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest
from openpyxl import load_workbook
from sqlalchemy import func, select

from observer_desk.core.audit import AuditFilter, audit_entries
from observer_desk.core.backup import backup_to, rotating_backup
from observer_desk.core.db import Database
from observer_desk.core.models import (
    AccreditationEvent,
    Answer,
    AuditAction,
    Event,
    Mission,
    Observer,
    ObserverPhoto,
    Statement,
    Team,
    TeamMember,
    VisitReport,
)
from observer_desk.core.services.demo import create_demo_mission
from observer_desk.core.services.missions import get_mission
from observer_desk.core.services.overview import mission_overview
from observer_desk.core.services.personal_data import personal_data_left, purge_personal_data
from observer_desk.core.services.roster_export import export_roster

POSIX = os.name == "posix"


def run_cli(*args: object, stdin: str | None = None) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "observer_desk.cli", *map(str, args)],
                          capture_output=True, text=True, encoding="utf-8", input=stdin)


def personal_values(db: Database) -> list[str]:
    """Every passport number, birth date (as written in a workbook), phone and e-mail held."""
    with db.reading() as session:
        rows = session.execute(select(Observer.passport_number, Observer.date_of_birth,
                                      Observer.phone, Observer.email)).all()
    values = []
    for passport, born, phone, email in rows:
        values += [passport, phone, email]
        if born:
            values += [born.isoformat(), born.strftime("%d.%m.%Y")]
    return [v for v in values if v]


def workbook_text(path: Path) -> str:
    workbook = load_workbook(path)  # not read-only: dates come back as the cells hold them
    parts = []
    for sheet in workbook:
        for row in sheet.iter_rows(values_only=True):
            for value in row:
                if isinstance(value, date):
                    parts += [value.isoformat()[:10], value.strftime("%d.%m.%Y")]
                elif value is not None:
                    parts.append(str(value))
    return "\n".join(parts)


@pytest.fixture
def demo(db: Database) -> int:
    create_demo_mission(db)
    return get_mission(db).id


def test_a_public_roster_holds_no_passport_birth_phone_or_email(db: Database, demo: int,
                                                                 tmp_path: Path) -> None:
    secrets = personal_values(db)
    assert len(secrets) > 50  # the demo holds them, so their absence below means something
    out = run_cli("--db", db.target, "roster", "export", tmp_path / "public.xlsx", "--public")
    assert out.returncode == 0, out.stderr
    public = workbook_text(tmp_path / "public.xlsx")
    assert [s for s in secrets if s in public] == []
    assert "Sarsenbayeva" in public and "Сәрсенбаева Әйгерім" in public  # names stay
    full = tmp_path / "full.xlsx"
    export_roster(db, demo, full)
    assert sum(1 for s in secrets if s in workbook_text(full)) > 30


def test_files_with_personal_data_are_readable_by_their_owner_only(sqlite_db: Database,
                                                                   tmp_path: Path) -> None:
    db = sqlite_db
    create_demo_mission(db)
    demo = get_mission(db).id
    os.umask(0o022)  # a usual umask: new files would be readable by everyone
    full, public = tmp_path / "full.xlsx", tmp_path / "public.xlsx"
    export_roster(db, demo, full)
    export_roster(db, demo, public, public=True)
    backup = backup_to(db, tmp_path / "copy.sqlite")
    rotating = rotating_backup(db, "test")
    assert rotating is not None
    if POSIX:  # Windows keeps them private through the user's own folders
        for path in (db.path, full, backup, rotating):
            assert stat.S_IMODE(path.stat().st_mode) == 0o600, path
        assert stat.S_IMODE(rotating.parent.stat().st_mode) == 0o700
        assert stat.S_IMODE(public.stat().st_mode) == 0o644  # nothing personal: shared as usual
    assert not list(tmp_path.glob(".*.part"))


def test_closing_a_mission_purges_personal_data_and_keeps_the_rest(db: Database, demo: int,
                                                                    monkeypatch) -> None:
    def kept() -> dict[str, object]:
        with db.reading() as session:
            return {
                "names": sorted(session.execute(select(Observer.code, Observer.family_name,
                                                       Observer.native_name, Observer.mission_role,
                                                       Observer.accreditation_status)).all()),
                **{model.__tablename__: session.scalar(select(func.count()).select_from(model))
                   for model in (AccreditationEvent, Team, TeamMember, Event, VisitReport, Answer,
                                 Statement)},
            }

    before = kept()
    passports = [v for v in personal_values(db) if v.startswith("DEMO")]
    assert personal_data_left(db, demo) == 18
    monkeypatch.setenv("OBSERVER_DESK_USER", "Head of secretariat")
    result = purge_personal_data(db, demo)

    assert (result.mission_code, result.observers, result.photos) == ("SCO-KZ-2022", 18, 15)
    assert personal_data_left(db, demo) == 0
    assert kept() == before
    with db.reading() as session:
        assert session.scalar(select(func.count()).select_from(ObserverPhoto)) == 0
        assert session.scalar(select(func.count()).where(Team.driver_phone != "")) == 0
        assert session.get(Mission, demo).closed_at == result.closed_at
    assert mission_overview(db, demo).closed_at == result.closed_at
    (entry,) = audit_entries(db, AuditFilter(mission_id=demo, table="mission"), limit=1)
    assert entry.action is AuditAction.PURGE and entry.user == "Head of secretariat"
    assert entry.summary == ("mission SCO-KZ-2022 closed: personal data of 18 observer(s) purged "
                             "(15 photo(s))")
    # The values are gone from the file itself, not only from the rows (freed space is zeroed,
    # the write-ahead log folded in).
    if not db.is_sqlite:  # the tables' files on the server, rewritten without the old rows
        assert [p for p in passports if p.encode() in server_files(db, Observer)] == []
        return
    raw = db.path.read_bytes() + (Path(f"{db.path}-wal").read_bytes()
                                  if Path(f"{db.path}-wal").exists() else b"")
    assert [p for p in passports if p.encode() in raw] == []
    with sqlite3.connect(db.path) as connection:
        assert connection.execute("PRAGMA integrity_check").fetchone()[0] == "ok"


def server_files(db: Database, model: type) -> bytes:
    """The bytes of a table's files (its main fork and its TOAST table) in the PostgreSQL data
    folder, read through the server (the test run connects as a superuser)."""
    with db.engine.connect() as connection:
        connection.exec_driver_sql("CHECKPOINT")  # pages written out from the server's memory
        paths = connection.exec_driver_sql(
            "SELECT pg_relation_filepath(c.oid), pg_relation_filepath(c.reltoastrelid) "
            "FROM pg_class c WHERE c.relname = %(name)s", {"name": model.__tablename__}).one()
        return b"".join(connection.exec_driver_sql(
            "SELECT pg_read_binary_file(%(path)s)", {"path": path}).scalar()
            for path in paths if path)


def test_close_mission_on_the_command_line_needs_a_confirmation(db: Database, demo: int) -> None:
    out = run_cli("--db", db.target, "close-mission", stdin="")
    assert out.returncode == 2
    assert "add --yes to confirm" in out.stderr
    assert personal_data_left(db, demo) == 18

    out = run_cli("--db", db.target, "close-mission", "--yes")
    assert out.returncode == 0, out.stderr
    first, second = out.stdout.splitlines()
    assert first.startswith("SCO-KZ-2022 closed at ")
    assert first.endswith("UTC: personal data of 18 observer(s) purged, 15 photo(s) removed")
    assert "backups taken before still hold the personal data" in second
    assert personal_data_left(db, demo) == 0
