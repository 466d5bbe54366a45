"""The itinerary workbook: the election-day deployment plan (per team, the stations in the order
visited with planned times) and the full schedule, one row per event.

Times are the local times of each place, written as plain date-times Excel can sort and filter,
with the zone and its UTC offset in their own columns: a spreadsheet cell has no time zone, and a
mission spanning UTC+5 and UTC+6 must not leave the reader guessing.
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Sequence
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from openpyxl import Workbook

from .xlsx_style import write_table

if TYPE_CHECKING:
    from ..core.services.itineraries import DeploymentRow, ScheduleRow
    from ..core.services.schedule import MissionInfo

DEPLOYMENT_HEADERS = ("Team", "Order", "Station", "Premises", "Unit", "Address",
                      "Planned arrival (local)", "Planned departure (local)", "Time zone",
                      "UTC offset", "Phase", "Members")
SCHEDULE_HEADERS = ("Date", "Start (local)", "End (local)", "Time zone", "UTC offset", "Kind",
                    "Event", "Place", "Address", "Unit", "Counterpart", "Teams", "Participants",
                    "Notes")
KIND_NAMES = {"meeting": "Meeting", "briefing": "Briefing", "visit": "Polling-station visit",
              "travel": "Travel", "other": "Other"}


def _wall_clock(moment: datetime) -> datetime:
    """The local time as a cell holds it: without the zone, which has its own column."""
    return moment.replace(tzinfo=None)


def deployment_table(rows: Sequence[DeploymentRow]) -> list[tuple]:
    return [(r.team, r.order, r.station, r.premises, r.unit, r.address, _wall_clock(r.arrives),
             _wall_clock(r.departs), r.time_zone, r.offset, r.phase.value if r.phase else "",
             r.members) for r in rows]


def schedule_table(rows: Sequence[ScheduleRow]) -> list[tuple]:
    return [(r.starts.date(), _wall_clock(r.starts), _wall_clock(r.ends), r.time_zone, r.offset,
             KIND_NAMES.get(r.kind.value, r.kind.value), r.title, r.place, r.address, r.unit,
             r.counterpart, r.teams, r.observers, r.notes) for r in rows]


def write_itinerary_workbook(path: Path | str, mission: MissionInfo,
                             deployment: Sequence[DeploymentRow], schedule: Sequence[ScheduleRow],
                             *, scope: str = "") -> None:
    """Write both sheets, through a temporary file so a failed write leaves no half workbook."""
    workbook = Workbook(write_only=True)
    suffix = f": {scope}" if scope else ""
    plan = workbook.create_sheet("Deployment plan")
    plan_rows = deployment_table(deployment)
    zones = sorted({r.time_zone for r in deployment}) or [mission.time_zone]
    write_table(plan, headers=DEPLOYMENT_HEADERS, rows=plan_rows,
                page_title=f"{mission.code} deployment plan{suffix}",
                title_lines=(
                    mission.title,
                    f"Election day {mission.election_date:%d %B %Y}: deployment plan{suffix}",
                    "Planned times are local times at each station (" + ", ".join(zones) + ")"
                    + ("" if plan_rows else "; no polling-station visits are planned"),
                ))
    sheet = workbook.create_sheet("Schedule")
    write_table(sheet, headers=SCHEDULE_HEADERS, rows=schedule_table(schedule),
                page_title=f"{mission.code} schedule{suffix}",
                title_lines=(mission.title, f"Schedule{suffix}",
                             "Times are local times of each place; see the zone columns"))
    path = Path(path)
    handle, temporary = tempfile.mkstemp(prefix=f".{path.stem}-", suffix=".xlsx.part",
                                         dir=path.parent or Path("."))
    os.close(handle)
    try:
        workbook.save(temporary)
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
