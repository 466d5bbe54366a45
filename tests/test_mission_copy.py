"""copy-mission: a mission moved from an SQLite file to another database (PostgreSQL in the
PostgreSQL run) and back arrives whole, with every reference rewritten to the new ids, and a
copy that fails or is refused leaves the target exactly as it was."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, select

from observer_desk.cli import main
from observer_desk.core.db import Database, open_database
from observer_desk.core.models import Base
from observer_desk.core.services import mission_copy
from observer_desk.core.services.demo import create_demo_mission
from observer_desk.core.services.mission_copy import MissionExistsError, copy_mission, copy_plan

COPY_NOTE = "copied from"


def _opened(target: str) -> Database:
    return open_database(target, create=False)


def content(db: Database) -> dict[str, list[tuple[Any, ...]]]:
    """Every table's rows with ids replaced by the row's rank in its table (by id) and every
    reference by the rank of the row it names, sorted: equal for two databases that hold the
    same data under different ids. The copies' own audit entries are left out."""
    tables = Base.metadata.sorted_tables
    with db.engine.connect() as connection:
        ranks: dict[str, dict[int, int]] = {}
        for table in tables:
            if "id" in table.c:
                ids = connection.execute(select(table.c.id).order_by(table.c.id)).scalars()
                ranks[table.name] = {old: rank for rank, old in enumerate(ids, start=1)}
        found: dict[str, list[tuple[Any, ...]]] = {}
        for table in tables:
            rows = []
            for row in connection.execute(select(table)).mappings():
                values = dict(row)
                if table.name == "audit_entry" and COPY_NOTE in values["summary"]:
                    continue
                for column in table.c:
                    value = values[column.name]
                    if value is None:
                        continue
                    if column.name == "id":
                        values["id"] = ranks[table.name][value]
                    elif column.foreign_keys:
                        referred = next(iter(column.foreign_keys)).column.table.name
                        values[column.name] = ranks[referred][value]
                    elif table.name == "audit_entry" and column.name == "record_id":
                        values[column.name] = ranks.get(values["table_name"], {}).get(value)
                rows.append(tuple(repr(values[c.name]) for c in table.c))
            found[table.name] = sorted(rows)
    return found


def counts(db: Database) -> dict[str, int]:
    with db.engine.connect() as connection:
        return {t.name: connection.execute(select(func.count()).select_from(t)).scalar_one()
                for t in Base.metadata.sorted_tables}


@pytest.fixture
def demo_file(tmp_path: Path) -> str:
    path = str(tmp_path / "local.sqlite")
    database = open_database(path)
    create_demo_mission(database)
    database.dispose()
    return path


def test_every_table_belongs_to_the_copy() -> None:
    copied = {plan.name for plan in copy_plan()}
    assert copied == set(Base.metadata.tables)


def test_round_trip_to_the_shared_database_and_back(demo_file: str, db_url: str, tmp_path: Path,
                                                    capsys: pytest.CaptureFixture[str]) -> None:
    back = str(tmp_path / "back.sqlite")
    assert main(["copy-mission", "--from", demo_file, "--to", db_url]) == 0
    assert "SCO-KZ-2022:" in capsys.readouterr().out
    assert main(["copy-mission", "--from", db_url, "--to", back, "--mission", "SCO-KZ-2022"]) == 0

    source, shared, final = _opened(demo_file), _opened(db_url), _opened(back)
    try:
        original = content(source)
        assert sum(len(rows) for rows in original.values()) > 1_000  # the demo has substance
        for name in ("observer", "observer_photo", "accreditation_event", "badge_print_item",
                     "answer", "incident", "turnout_reading", "statement_section", "audit_entry"):
            assert original[name], name
        assert content(final) == original
        assert content(shared) == original
        # Each copy says where it came from, in the copy's own trail.
        with final.engine.connect() as connection:
            summaries = connection.execute(select(Base.metadata.tables["audit_entry"].c.summary)
                                           .where(Base.metadata.tables["audit_entry"].c.summary
                                                  .contains(COPY_NOTE))).scalars().all()
        assert len(summaries) == 2
        assert any(demo_file in s for s in summaries)
    finally:
        for database in (source, shared, final):
            database.dispose()


def test_ids_are_the_targets_own(demo_file: str, db_url: str) -> None:
    """A target that already holds another mission gives the copy new ids, and every reference
    follows them."""
    target = open_database(db_url)
    source = _opened(demo_file)
    try:
        copy_mission(source, target, new_code="FIRST-COPY")
        result = copy_mission(source, target, new_code="SECOND-COPY")
        assert result.code == "SECOND-COPY" and result.rows["observer"] == 18
        with target.engine.connect() as connection:
            observer = Base.metadata.tables["observer"]
            mission = Base.metadata.tables["mission"]
            team = Base.metadata.tables["team"]
            second = connection.execute(select(mission.c.id).where(mission.c.code == "SECOND-COPY")).scalar_one()
            # Interpreters of the second copy's teams are observers of the second copy.
            wrong = connection.execute(
                select(func.count()).select_from(team.join(observer, observer.c.id == team.c.interpreter_id))
                .where(team.c.mission_id == second, observer.c.mission_id != second)).scalar_one()
            assert wrong == 0
            assert connection.execute(select(func.count()).select_from(observer)
                                      .where(observer.c.mission_id == second)).scalar_one() == 18
    finally:
        source.dispose()
        target.dispose()


def test_a_mission_already_there_is_refused_and_nothing_changes(
        demo_file: str, db_url: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["copy-mission", "--from", demo_file, "--to", db_url]) == 0
    target = _opened(db_url)
    before = content(target)
    target.dispose()
    capsys.readouterr()

    assert main(["copy-mission", "--from", demo_file, "--to", db_url]) == 2
    error = capsys.readouterr().err
    assert "already holds a mission SCO-KZ-2022" in error and "--as" in error
    assert error.count("\n") == 1
    target = _opened(db_url)
    assert content(target) == before
    target.dispose()

    assert main(["copy-mission", "--from", demo_file, "--to", db_url, "--as", "SCO-KZ-2022-B"]) == 0
    assert "SCO-KZ-2022-B:" in capsys.readouterr().out
    target = _opened(db_url)
    try:
        mission = Base.metadata.tables["mission"]
        with target.engine.connect() as connection:
            codes = connection.execute(select(mission.c.code).order_by(mission.c.code)).scalars()
            assert codes.all() == ["SCO-KZ-2022", "SCO-KZ-2022-B"]
        with pytest.raises(MissionExistsError):
            source = _opened(demo_file)
            try:
                copy_mission(source, target)
            finally:
                source.dispose()
    finally:
        target.dispose()


def test_a_failure_midway_leaves_the_target_unchanged(demo_file: str, db_url: str,
                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    target = open_database(db_url)
    source = _opened(demo_file)
    copy_mission(source, target, new_code="ALREADY-HERE")
    before = counts(target)
    written: list[str] = []
    real_insert = mission_copy._insert_chunk

    def failing(connection: Any, table: Any, rows: list[dict[str, Any]]) -> None:
        if table.name == "answer":
            raise RuntimeError("the network went away")
        written.append(table.name)
        real_insert(connection, table, rows)

    monkeypatch.setattr(mission_copy, "_insert_chunk", failing)
    try:
        with pytest.raises(RuntimeError):
            copy_mission(source, target)
        assert "observer" in written and "visit_report" in written  # it failed well into the copy
        assert counts(target) == before
    finally:
        source.dispose()
        target.dispose()


def test_a_failed_copy_into_a_new_file_leaves_no_file(demo_file: str, tmp_path: Path,
                                                      monkeypatch: pytest.MonkeyPatch,
                                                      capsys: pytest.CaptureFixture[str]) -> None:
    def failing(connection: Any, table: Any, rows: list[dict[str, Any]]) -> None:
        raise mission_copy.UsageError("the disk is full")

    monkeypatch.setattr(mission_copy, "_insert_chunk", failing)
    new_file = tmp_path / "new.sqlite"
    assert main(["copy-mission", "--from", demo_file, "--to", str(new_file)]) == 2
    assert "the disk is full" in capsys.readouterr().err
    assert not new_file.exists()


def test_usage_mistakes_are_one_line_and_create_nothing(
        demo_file: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    missing = tmp_path / "nowhere.sqlite"
    target = tmp_path / "target.sqlite"
    assert main(["copy-mission", "--from", str(missing), "--to", str(target)]) == 2
    assert "there is no database at" in capsys.readouterr().err
    assert not missing.exists() and not target.exists()

    assert main(["copy-mission", "--from", demo_file, "--to", str(target), "--mission", "NOPE"]) == 2
    assert "no mission with code 'NOPE'" in capsys.readouterr().err
    assert not target.exists()

    assert main(["--db", demo_file, "copy-mission", "--from", demo_file, "--to", str(target)]) == 2
    assert "leave out --db" in capsys.readouterr().err

    assert main(["copy-mission", "--from", demo_file, "--to", demo_file]) == 2
    assert "--as" in capsys.readouterr().err
