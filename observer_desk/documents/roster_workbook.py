"""The roster workbook a secretariat sends as it is: the roster, counts per sending body against
its quota, and the list the host election commission asks for.

The roster is one table sorted by sending body (then role and name) with no subtotal rows inside
it, so that sorting, filtering and re-importing the file keep working; the subtotals per body stand
on their own sheet, "By body".
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

from openpyxl import Workbook

from ..core.countries import country_name
from ..core.models import AccreditationStatus, MissionRole
from ..core.services.accreditation import ACTIVE_STATUSES, STATUS_LABELS
from ..core.services.roster import RosterRow
from .roster_columns import COLUMNS, Column
from .xlsx_style import write_table

ROLE_LABELS = {
    MissionRole.HEAD: "Head of mission", MissionRole.DEPUTY: "Deputy head",
    MissionRole.COORDINATOR: "Coordinator", MissionRole.OBSERVER: "Observer",
    MissionRole.INTERPRETER: "Interpreter", MissionRole.STAFF: "Staff",
}
SEX_LABELS = {"F": "F", "M": "M", "X": "X"}


@dataclass(frozen=True)
class RosterMission:
    code: str
    title: str
    organisation: str
    time_zone: str


@dataclass(frozen=True)
class BodyQuota:
    code: str
    name: str
    quota: int | None


def _value(row: RosterRow, column: Column, zone: ZoneInfo) -> object:
    value = getattr(row, "body_name" if column.field == "sending_body" else column.field)
    if value is None or value == "":
        return None
    if column.field == "citizenship":
        return country_name(value)
    if column.field == "mission_role":
        return ROLE_LABELS[value]
    if column.field == "sex":
        return SEX_LABELS[value.value]
    if column.field == "authority_type":
        return value.value.replace("_", " ")
    if isinstance(value, datetime):  # stored in UTC; shown in the mission's local time
        return value.astimezone(zone).replace(tzinfo=None)
    return value


def roster_columns(public: bool) -> list[Column]:
    return [c for c in COLUMNS if not (public and c.personal)]


def write_roster_workbook(path: Path, mission: RosterMission, rows: Sequence[RosterRow],
                          bodies: Sequence[BodyQuota], *, public: bool = False,
                          exported_at: datetime | None = None) -> None:
    zone = ZoneInfo(mission.time_zone)
    exported_at = (exported_at or datetime.now(zone)).astimezone(zone)
    stamp = f"Exported {exported_at:%Y-%m-%d %H:%M} ({mission.time_zone})"
    kind = "public roster (no passport, birth or contact data)" if public else "roster"
    title_lines = [mission.title, f"{mission.organisation} · {mission.code} · {kind} · {stamp}"]
    page_title = f"{mission.code} roster"

    workbook = Workbook(write_only=True)
    roster = workbook.create_sheet("Roster")
    columns = roster_columns(public)
    extra = [("Status", lambda r: STATUS_LABELS[r.status]),
             ("CEC certificate No.", lambda r: r.cec_certificate_number or None),
             ("Certificate date", lambda r: r.cec_certificate_date),
             ("Photo", lambda r: "yes" if r.has_photo else "no")]
    headers = [c.en for c in columns] + [name for name, _ in extra]
    table = [[_value(r, c, zone) for c in columns] + [get(r) for _, get in extra] for r in rows]
    write_table(roster, headers=headers, rows=table, page_title=page_title, title_lines=title_lines)

    _write_body_summary(workbook, mission, rows, bodies, title_lines, page_title)
    if not public:
        _write_cec_sheet(workbook, mission, rows, title_lines)
    workbook.save(path)


def _write_body_summary(workbook: Workbook, mission: RosterMission, rows: Sequence[RosterRow],
                        bodies: Sequence[BodyQuota], title_lines: list[str], page_title: str) -> None:
    sheet = workbook.create_sheet("By body")
    statuses = list(AccreditationStatus)
    counts: dict[str, Counter[AccreditationStatus]] = {}
    for r in rows:
        counts.setdefault(r.body_code, Counter())[r.status] += 1
    headers = ["Sending body", "Quota"] + [STATUS_LABELS[s] for s in statuses] + ["Active", "Over quota"]
    table: list[list[object]] = []
    totals: Counter[AccreditationStatus] = Counter()
    listed = [(b.code, b.name, b.quota) for b in bodies]
    if "" in counts:
        listed.append(("", "(no sending body)", None))
    for code, name, quota in listed:
        c = counts.get(code, Counter())
        totals.update(c)
        active = sum(c[s] for s in ACTIVE_STATUSES)
        over = max(active - quota, 0) if quota is not None else None
        table.append([name, quota, *[c[s] or None for s in statuses], active, over or None])
    quota_total = sum(b.quota or 0 for b in bodies)
    table.append(["Total", quota_total or None, *[totals[s] or None for s in statuses],
                  sum(totals[s] for s in ACTIVE_STATUSES), None])
    write_table(sheet, headers=headers, rows=table, page_title=page_title, title_lines=title_lines,
                bold_rows=frozenset({len(table) - 1}))


CEC_HEADERS = [
    "No. / № п/п", "Full name (Latin script) / ФИО (латиницей)", "Name in own script / ФИО на родном языке",
    "Citizenship / Гражданство", "Date of birth / Дата рождения", "Passport No. / № паспорта",
    "Passport expiry / Срок действия паспорта", "Position / Должность", "Organisation / Организация",
    "Code / Код",
]


def _write_cec_sheet(workbook: Workbook, mission: RosterMission, rows: Sequence[RosterRow],
                     title_lines: list[str]) -> None:
    sheet = workbook.create_sheet("CEC submission")
    active = [r for r in rows if r.status in ACTIVE_STATUSES]
    table = [
        [number, f"{r.family_name.upper()} {r.given_names}".strip(), r.native_name or None,
         country_name(r.citizenship) or None, r.date_of_birth, r.passport_number or None,
         r.passport_expiry, r.position or None, r.institution or r.body_name or None, r.code]
        for number, r in enumerate(active, start=1)
    ]
    lines = [f"List of international observers of the {mission.title}",
             f"Список международных наблюдателей · {title_lines[1]}"]
    write_table(sheet, headers=CEC_HEADERS, rows=table, page_title=f"{mission.code} CEC list",
                title_lines=lines)
