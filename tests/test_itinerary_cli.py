"""The itinerary commands as a user runs them: output, exit codes and the files written."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from icalendar import Calendar
from openpyxl import load_workbook
from pypdf import PdfReader

from observer_desk.core.db import open_database
from observer_desk.core.models import EventKind
from observer_desk.core.services.demo import create_demo_mission
from observer_desk.core.services.missions import get_mission
from observer_desk.core.services.programme import EventData, create_event
from observer_desk.core.services.schedule import load_schedule


def run(*args: str | Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "observer_desk", *map(str, args)],
                          capture_output=True, text=True, encoding="utf-8",
                          env={**os.environ, "OBSERVER_DESK_USER": "cli-user"}, timeout=120)


@pytest.fixture(scope="module")
def demo(new_template_url) -> str:
    path = new_template_url("cli")
    db = open_database(path)
    create_demo_mission(db)
    db.dispose()
    return path


def test_check_on_the_demo_finds_nothing(demo: str) -> None:
    out = run("--db", demo, "itinerary", "check")
    assert out.returncode == 0, out.stderr
    assert out.stdout == "SCO-KZ-2022: no conflicts: 55 events, 18 people, 7 teams checked\n"
    assert out.stderr == ""


def test_check_prints_one_line_per_conflict_and_exits_1(db_url: str) -> None:
    path = db_url
    db = open_database(path)
    create_demo_mission(db)
    mission = get_mission(db)
    schedule = load_schedule(db, mission.id)
    head = next(p for p in schedule.people.values() if p.code == "SCO-01")
    hotel = next(e.place for e in schedule.events if e.place and e.place.name == "Grand Yesil Hotel")
    cec = next(e for e in schedule.events if "Central Election Commission" in e.title)
    # The head of mission is also asked to a call during the CEC meeting, 10:30 in Astana.
    create_event(db, mission.id, EventData(
        kind=EventKind.MEETING, title="Call with the Secretariat", starts_at=cec.starts_at.replace(
            minute=30), ends_at=cec.ends_at, venue_id=hotel.id, observer_ids=[head.id]))
    db.dispose()

    out = run("itinerary", "check", "--db", path)
    assert out.returncode == 1, out.stderr
    assert out.stdout.splitlines() == [
        "two places at once: HAMIDZODA Firuz (SCO-01) in two places at once: 'Meeting with the "
        "leadership of the Central Election Commission' at Central Election Commission of the "
        "Republic of Kazakhstan, 2022-11-18 10:00-11:30 UTC+6 Asia/Almaty and 'Call with the "
        "Secretariat' at Grand Yesil Hotel, 2022-11-18 10:30-11:30 UTC+6 Asia/Almaty"]
    assert out.stderr == "SCO-KZ-2022: 1 conflict: 56 events, 18 people, 7 teams checked\n"


@pytest.mark.parametrize(("name", "options"), [
    ("all.pdf", ()), ("head.pdf", ("--observer", "SCO-01")), ("team.pdf", ("--team", "Team 5")),
    ("plan.xlsx", ()), ("all.ics", ()), ("head.ics", ("--observer", "sco-01")),
])
def test_export_writes_each_kind_of_file(demo: str, tmp_path: Path, name: str,
                                         options: tuple[str, ...]) -> None:
    target = tmp_path / name
    out = run("--db", demo, "itinerary", "export", target, *options)
    assert out.returncode == 0, out.stderr
    assert out.stdout.startswith(f"{target}: ") and out.stdout.endswith("(SCO-KZ-2022)\n")
    if name.endswith(".pdf"):
        reader = PdfReader(target)
        people = len(reader.outline)
        assert people == (18 if not options else 1)
    elif name.endswith(".xlsx"):
        assert load_workbook(target).sheetnames == ["Deployment plan", "Schedule"]
    else:
        events = list(Calendar.from_ical(target.read_bytes()).walk("VEVENT"))
        assert len(events) == (55 if not options else 16)


@pytest.mark.parametrize(("args", "message"), [
    (("export", "OUT.docx"), "OUT.docx: the file to write must end in .pdf or .xlsx or .ics"),
    (("export", "OUT.pdf", "--observer", "SCO-99"),
     "no observer with code 'SCO-99' in mission SCO-KZ-2022"),
    (("export", "OUT.pdf", "--team", "Team 9"), "no team called 'Team 9' in mission SCO-KZ-2022"),
    (("export", "OUT.pdf", "--observer", "SCO-01", "--team", "Team 1"),
     "argument --team: not allowed with argument --observer"),
])
def test_bad_usage_exits_2_with_one_line(demo: str, tmp_path: Path, args: tuple[str, ...],
                                         message: str) -> None:
    out = run("--db", demo, "itinerary", *args[:1], tmp_path / args[1], *args[2:])
    assert out.returncode == 2
    assert out.stdout == ""
    assert len(out.stderr.splitlines()) == 1 and message in out.stderr
    assert list(tmp_path.iterdir()) == []
