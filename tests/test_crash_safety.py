"""Killing the program in the middle of its work leaves a sound database holding all of that work
or none of it. Each test runs the real command (or a real save loop) in a subprocess and kills it
outright (SIGKILL on POSIX; on Windows Popen.kill is TerminateProcess, the same effect) at random
moments inside the operation's write, then checks the file with PRAGMA integrity_check and counts
rows. The seed of the random moments is in every failure message, to replay a run."""

from __future__ import annotations

import os
import random
import shutil
import sqlite3
import subprocess
import sys
import textwrap
import time
from collections.abc import Callable
from pathlib import Path

import pytest
from openpyxl import Workbook

from observer_desk.core.db import open_database
from observer_desk.core.services.demo import create_demo_mission

SEED = int(os.environ.get("OBSERVER_DESK_KILL_SEED", time.time_ns() % 1_000_000))
KILLS = 3
ROWS = 10_000


@pytest.fixture
def rng() -> random.Random:
    return random.Random(SEED)


def cli(*args: object) -> list[str]:
    return [sys.executable, "-u", "-m", "observer_desk.cli", *map(str, args)]


def fresh_copy(template: Path, folder: Path, name: str) -> Path:
    """A database file nobody has open, copied whole (the template is closed and checkpointed)."""
    folder.mkdir(parents=True, exist_ok=True)
    target = folder / name
    shutil.copyfile(template, target)
    return target


def closed_template(tmp_path: Path, fill: Callable[[object], None]) -> Path:
    path = tmp_path / "template.sqlite"
    db = open_database(str(path))
    try:
        fill(db)
        with db.engine.connect() as connection:
            connection.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        db.dispose()
    for suffix in ("-wal", "-shm"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)
    return path


def sound(path: Path) -> dict[str, int]:
    """Integrity checked, then the row counts the tests compare."""
    connection = sqlite3.connect(path)
    try:
        assert connection.execute("PRAGMA integrity_check").fetchall() == [("ok",)], \
            f"{path} is damaged (seed {SEED})"
        tables = ("observer", "accreditation_event", "audit_entry", "badge_print_run",
                  "badge_print_item", "observer_photo")
        return {t: connection.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in tables}
    finally:
        connection.close()


def kill_after(process: subprocess.Popen, started: Callable[[], bool], delay: float,
               limit: float = 120) -> bool:
    """Wait until `started()` says the write is under way, then `delay` seconds more, and kill.
    Returns False when the process finished before it could be killed."""
    deadline = time.monotonic() + limit
    while not started():
        if process.poll() is not None:
            return False
        if time.monotonic() > deadline:
            process.kill()
            raise AssertionError(f"the operation never started (seed {SEED})")
        time.sleep(0.002)
    time.sleep(delay)
    if process.poll() is not None:
        return False
    process.kill()
    process.wait(30)
    return True


def timed(command: list[str], started: Callable[[], bool]) -> tuple[float, float]:
    """(seconds until the write starts, seconds the write takes) of an undisturbed run."""
    begin = time.monotonic()
    process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    while not started() and process.poll() is None:
        time.sleep(0.002)
    write_starts = time.monotonic()
    _out, err = process.communicate(timeout=300)
    assert process.returncode == 0, err.decode("utf-8", "replace")
    return write_starts - begin, time.monotonic() - write_starts


def nominations(path: Path, rows: int) -> Path:
    workbook = Workbook(write_only=True)
    sheet = workbook.create_sheet("Nominations")
    sheet.append(["Family name", "Given names", "Citizenship", "Passport No.", "Position"])
    for n in range(rows):
        sheet.append([f"Testov{n:05d}", "Ivan", "Russia", f"TEST{n:06d}", "Observer"])
    workbook.save(path)
    return path


def backups_appeared(before: set[Path]) -> Callable[[], bool]:
    """The import takes its backup right before its transaction: the sign that it writes now."""
    folder = Path(os.environ["XDG_DATA_HOME"]) / "ObserverDesk" / "backups"

    def started() -> bool:
        return folder.is_dir() and any(p not in before for p in folder.glob("*before-import*"))
    return started


def test_an_import_of_ten_thousand_rows_killed_midway(tmp_path: Path, rng: random.Random) -> None:
    template = closed_template(tmp_path, create_demo_mission)
    before = sound(template)
    workbook = nominations(tmp_path / "ten-thousand.xlsx", ROWS)
    folder = Path(os.environ["XDG_DATA_HOME"]) / "ObserverDesk" / "backups"

    def existing() -> set[Path]:
        return set(folder.glob("*")) if folder.is_dir() else set()

    reference = fresh_copy(template, tmp_path / "reference", "mission.sqlite")
    lead, write = timed(cli("--db", reference, "roster", "import", workbook),
                        backups_appeared(existing()))
    done = sound(reference)
    assert done["observer"] == before["observer"] + ROWS
    assert done["accreditation_event"] == before["accreditation_event"] + ROWS

    outcomes = []
    for number in range(KILLS):
        path = fresh_copy(template, tmp_path / f"kill-{number}", "mission.sqlite")
        process = subprocess.Popen(cli("--db", path, "roster", "import", workbook),
                                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        delay = rng.uniform(0, write * 0.9)
        killed = kill_after(process, backups_appeared(existing()), delay)
        counts = sound(path)
        added = counts["observer"] - before["observer"]
        assert added in (0, ROWS), f"{added} of {ROWS} observers after a kill at +{delay:.3f} s (seed {SEED})"
        assert counts["accreditation_event"] - before["accreditation_event"] == added
        assert counts["audit_entry"] - before["audit_entry"] == (1 if added else 0)
        open_database(str(path)).dispose()  # the program opens it again as it is
        outcomes.append((killed, added))
    assert any(killed for killed, _added in outcomes), f"no run was killed (seed {SEED})"


def test_a_badge_run_killed_while_it_is_recorded(tmp_path: Path, rng: random.Random) -> None:
    template = closed_template(tmp_path, create_demo_mission)
    before = sound(template)
    connection = sqlite3.connect(template)
    accredited = connection.execute(
        "SELECT count(*) FROM observer WHERE accreditation_status = 'accredited'").fetchone()[0]
    printed = connection.execute(
        "SELECT count(*) FROM observer WHERE accreditation_status IN "
        "('nominated', 'documents_complete', 'submitted', 'accredited', 'badge_issued')").fetchone()[0]
    connection.close()
    assert accredited > 0

    def command(path: Path) -> list[str]:
        return cli("--db", path, "badges", path.parent / "badges.pdf", "--all", "--mark-printed",
                   "--reason", "test run")

    def pdf_written(path: Path) -> Callable[[], bool]:
        # The PDF is written whole (renamed into place) just before the run is recorded.
        return lambda: (path.parent / "badges.pdf").exists()

    reference = fresh_copy(template, tmp_path / "reference", "mission.sqlite")
    _lead, write = timed(command(reference), pdf_written(reference))
    done = sound(reference)
    assert done["badge_print_run"] == before["badge_print_run"] + 1
    assert done["badge_print_item"] == before["badge_print_item"] + printed

    for number in range(KILLS):
        path = fresh_copy(template, tmp_path / f"kill-{number}", "mission.sqlite")
        process = subprocess.Popen(command(path), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        delay = rng.uniform(0, max(write, 0.05))
        kill_after(process, pdf_written(path), delay)
        counts = sound(path)
        runs = counts["badge_print_run"] - before["badge_print_run"]
        assert runs in (0, 1), f"seed {SEED}"
        assert counts["badge_print_item"] - before["badge_print_item"] == runs * printed, f"seed {SEED}"
        assert counts["accreditation_event"] - before["accreditation_event"] == runs * accredited
        with sqlite3.connect(path) as check:
            issued = check.execute("SELECT count(*) FROM observer "
                                   "WHERE accreditation_status = 'accredited'").fetchone()[0]
        assert issued == (0 if runs else accredited), f"seed {SEED}"


SAVE_LOOP = textwrap.dedent("""
    import io, sys
    from PIL import Image
    from observer_desk.core.db import open_database
    from observer_desk.core.services.missions import get_mission
    from observer_desk.core.services.observer_profile import ObserverForm, save_observer
    from observer_desk.core.services.photos import prepare_photo

    db = open_database(sys.argv[1])
    mission = get_mission(db)
    buffer = io.BytesIO()
    Image.new("RGB", (413, 531), "teal").save(buffer, "JPEG")
    photo = prepare_photo(buffer.getvalue())
    print("ready", flush=True)
    n = 0
    while True:
        save_observer(db, mission.id, ObserverForm(code=f"LOOP-{n:05d}", family_name="Loop",
                      given_names=str(n), passport_number=f"TEST{n:06d}", notes="x" * 2000),
                      photo=photo)
        n += 1
""")


def test_saves_killed_in_a_loop(tmp_path: Path, rng: random.Random) -> None:
    template = closed_template(tmp_path, create_demo_mission)
    before = sound(template)
    script = tmp_path / "save_loop.py"
    script.write_text(SAVE_LOOP, encoding="utf-8")
    for number in range(KILLS):
        path = fresh_copy(template, tmp_path / f"kill-{number}", "mission.sqlite")
        process = subprocess.Popen([sys.executable, "-u", str(script), str(path)],
                                   stdout=subprocess.PIPE, stderr=subprocess.PIPE)
        ready = process.stdout.readline()  # type: ignore[union-attr]
        assert ready.strip() == b"ready", process.stderr.read().decode()  # type: ignore[union-attr]
        assert kill_after(process, lambda: True, rng.uniform(0.3, 1.5)), f"seed {SEED}"
        counts = sound(path)
        saved = counts["observer"] - before["observer"]
        assert saved > 0, f"no save finished before the kill (seed {SEED})"
        # Each save is an observer, its first accreditation step, its photo and its audit entry.
        assert counts["accreditation_event"] - before["accreditation_event"] == saved, f"seed {SEED}"
        assert counts["observer_photo"] - before["observer_photo"] == saved, f"seed {SEED}"
        assert counts["audit_entry"] - before["audit_entry"] == saved, f"seed {SEED}"
        with sqlite3.connect(path) as check:
            codes = [r[0] for r in check.execute(
                "SELECT code FROM observer WHERE code LIKE 'LOOP-%' ORDER BY code")]
        assert codes == [f"LOOP-{n:05d}" for n in range(saved)], f"seed {SEED}"
