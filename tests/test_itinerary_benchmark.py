"""The itinerary benchmark's programme, checked: what the conflict check finds agrees with the
plain sweep the scenario measures it against, and the runner prints its row."""

from __future__ import annotations

from pathlib import Path

import pytest

from benchmarks.__main__ import main as run_benchmarks
from benchmarks.scenarios.itinerary import EVENTS, build_programme, sweep_seconds
from observer_desk.core.db import open_database
from observer_desk.core.services.conflicts import ConflictKind, check_conflicts


def test_the_check_and_the_plain_sweep_agree_on_overlaps(db_path: Path) -> None:
    """The benchmark's plain sweep reads an SQLite file with sqlite3 alone."""
    path = db_path
    db = open_database(str(path))
    try:
        built = build_programme(db)
        report = check_conflicts(db, built.mission_id)
    finally:
        db.dispose()
    assert (built.events, report.events, report.people, report.teams) == (EVENTS, EVENTS, 1000, 300)
    kinds = {conflict.kind for conflict in report.conflicts}
    assert {ConflictKind.DOUBLE_BOOKED, ConflictKind.TRAVEL_TIME, ConflictKind.OPENING_HOURS,
            ConflictKind.INTERPRETER, ConflictKind.NOT_ACCREDITED} <= kinds
    # Each overlapping pair of one person's events, counted once per person, both ways.
    pairs = sum(len(c.observer_ids) for c in report.conflicts
                if c.kind in (ConflictKind.DOUBLE_BOOKED, ConflictKind.INTERPRETER))
    _, _, overlaps = sweep_seconds(path, built.mission_id)
    assert pairs == overlaps > 0


def test_the_runner_prints_the_itinerary_row(tmp_path: Path,
                                             capsys: pytest.CaptureFixture[str]) -> None:
    assert run_benchmarks(["--only", "itinerary-check", "--keep", str(tmp_path)]) == 0
    table = capsys.readouterr().out.split("scenario", 1)[1]
    row = next(line for line in table.splitlines() if line.startswith("itinerary-check"))
    assert "5,000 events, 1,000 people, 300 teams" in row and "goal: within 3.0x" in row
