"""The roster commands as a user runs them: output, exit codes, and the database after."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from openpyxl import load_workbook

from observer_desk.core.db import open_database
from database_contents import dump, table_count
from test_roster_import import make_mission, messy_state_file, write_rows

sys.path.insert(0, str(Path(__file__).parent))
from hostile import files as hostile  # noqa: E402


def run(*args: str | Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "observer_desk", *map(str, args)],
                          capture_output=True, text=True, encoding="utf-8",
                          env={**os.environ, "OBSERVER_DESK_USER": "cli-user"}, timeout=120)


@pytest.fixture
def database(db_url: str) -> str:
    db = open_database(db_url)
    make_mission(db)
    db.dispose()
    return db_url


def test_template_import_export(database: str, tmp_path: Path) -> None:
    template = tmp_path / "template.xlsx"
    out = run("--db", database, "roster", "template", template)
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip() == f"{template}: nominations template of SCO-KZ-2022"
    assert load_workbook(template).sheetnames == ["Nominations", "Lists", "Instructions"]

    nominations = messy_state_file(tmp_path / "ru.xlsx")
    out = run("roster", "import", nominations, "--db", database)
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip() == "ru.xlsx: 3 added, 0 updated, 0 unchanged (SCO-KZ-2022)"
    assert out.stderr == ("observer-desk: note: ru.xlsx: sheet Лист1, column A (№ п/п): not imported, "
                          "row numbers\n")
    assert table_count(database, "observer") == 3

    roster = tmp_path / "roster.xlsx"
    out = run("--db", database, "roster", "export", roster, "--mission", "SCO-KZ-2022")
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip() == f"{roster}: roster of SCO-KZ-2022, 3 observers"
    codes = [r[0] for r in load_workbook(roster)["Roster"].iter_rows(min_row=5, values_only=True)]
    assert codes == ["RU-01", "RU-02", "RU-03"]

    public = tmp_path / "public.xlsx"
    out = run("--db", database, "roster", "export", "--public", public)
    assert out.returncode == 0 and "public roster" in out.stdout
    assert "Passport No." not in [c.value for c in load_workbook(public)["Roster"][4]]

    before = dump(database)
    out = run("--db", database, "roster", "import", "--dry-run", roster)
    assert out.returncode == 0, out.stderr
    lines = out.stdout.splitlines()
    assert [line for line in lines if not line.startswith("note:")] == [
        "Roster row 5: unchanged RU-01 KUZNETSOV Aleksei",
        "Roster row 6: unchanged RU-02 SMIRNOVA Olga",
        "Roster row 7: unchanged RU-03 ZAITSEV Andrei",
        "summary: 3 rows: 0 to add, 0 to update, 3 unchanged, 0 with errors"]
    assert "note: sheet Roster, column X (Status): not imported, changed through the accreditation " \
           "workflow, not by import" in lines
    assert dump(database) == before


def test_dry_run_prints_the_plan_and_writes_nothing(database: str, tmp_path: Path) -> None:
    run("--db", database, "roster", "import", messy_state_file(tmp_path / "ru.xlsx"))
    changes = write_rows(tmp_path / "changes.xlsx", [
        ["Code", "Family name", "Given names", "Position", "Date of birth", "Sending body"],
        ["RU-02", "Smirnova", "Olga", "Секретарь ЦИК", None, None],
        ["", "Sokolov", "Igor", "Adviser", "1.2.1980", "RU"],
        ["", "Lebedev", "Pavel", "Adviser", "30.02.1980", "RU"],
        ["RU-01", "Kuznetsov", "Aleksei", None, None, None],
    ], title="Changes")
    before = dump(database)
    out = run("--db", database, "roster", "import", changes, "--dry-run")
    assert out.returncode == 1, out.stderr
    assert out.stdout.splitlines() == [
        "Changes row 2: update RU-02 SMIRNOVA Olga: Position: Член ЦИК -> Секретарь ЦИК",
        "Changes row 3: add RU-04 SOKOLOV Igor",
        'Changes row 4: error LEBEDEV Pavel: column E (Date of birth): "30.02.1980" is not a real '
        "date (day 30, month 2); write it as 17.11.1970 or 1970-11-17",
        "Changes row 5: unchanged RU-01 KUZNETSOV Aleksei",
        "summary: 4 rows: 1 to add, 1 to update, 1 unchanged, 1 with errors"]
    assert dump(database) == before

    out = run("--db", database, "roster", "import", changes)
    assert out.returncode == 2
    assert out.stdout == ""
    assert out.stderr.splitlines() == [
        'observer-desk: changes.xlsx: sheet Changes, row 4, column E (Date of birth): "30.02.1980" '
        "is not a real date (day 30, month 2); write it as 17.11.1970 or 1970-11-17",
        "observer-desk: changes.xlsx: nothing was imported: 1 row with errors (see above; "
        "'roster import --dry-run' shows the whole plan)"]
    assert dump(database) == before


@pytest.mark.parametrize("name", sorted(hostile.HOSTILE))
def test_hostile_files_exit_2_with_one_line(database: str, tmp_path: Path, name: str) -> None:
    maker, words = hostile.HOSTILE[name]
    path = maker(tmp_path)
    before = dump(database)
    out = run("--db", database, "roster", "import", path)
    assert out.returncode == 2
    assert out.stdout == ""
    lines = out.stderr.splitlines()
    assert len(lines) == 1 and words in lines[0], out.stderr
    assert lines[0].startswith(f"observer-desk: {path.name}")
    assert dump(database) == before


def test_a_sheet_beyond_the_row_limit(database: str, tmp_path: Path) -> None:
    path = hostile.too_many_rows(tmp_path, 100_001)
    before = dump(database)
    out = run("--db", database, "roster", "import", "--dry-run", path)
    assert out.returncode == 2
    assert out.stderr.strip() == (
        "observer-desk: many-rows.xlsx: sheet 'Nominations' takes the file past 100,000 observer "
        "rows, the most one import takes; split the list into several files")
    assert dump(database) == before


def test_usage_errors(database: str, tmp_path: Path) -> None:
    db = open_database(str(database))
    make_mission(db, "OTHER-2024")
    db.dispose()
    out = run("--db", database, "roster", "export", tmp_path / "r.xlsx")
    assert out.returncode == 2
    assert "holds 2 missions: name one with --mission CODE" in out.stderr
    out = run("--db", database, "roster", "export", tmp_path / "r.csv", "--mission", "OTHER-2024")
    assert (out.returncode, out.stderr.strip()) == (
        2, f"observer-desk: {tmp_path / 'r.csv'}: the file to write must end in .xlsx")
    out = run("--db", database, "roster", "export", tmp_path / "no" / "r.xlsx", "--mission", "OTHER-2024")
    assert out.returncode == 2 and "does not exist" in out.stderr
    out = run("--db", database, "roster", "import", tmp_path / "absent.xlsx", "--mission", "NOPE")
    assert out.returncode == 2 and "no mission with code 'NOPE'" in out.stderr
    out = run("--db", database, "roster")
    assert out.returncode == 2 and len(out.stderr.splitlines()) == 1
    out = run("roster", "--help")
    assert out.returncode == 0
    for word in ("template", "import", "export"):
        assert word in out.stdout
