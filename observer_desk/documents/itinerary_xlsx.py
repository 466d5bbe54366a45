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
from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from openpyxl import Workbook

from ..core.language import _
from ..core.services.itineraries import kind_name, phase_name
from ..core.services.statement_text import MONTHS
from .xlsx_style import write_table

if TYPE_CHECKING:
    from ..core.services.itineraries import DeploymentRow, ScheduleRow
    from ..core.services.schedule import MissionInfo

# The workbook's own texts, in the document's language (as the PDF's and the calendar's).
DEPLOYMENT_HEADERS = {
    "en": ("Team", "Order", "Station", "Premises", "Unit", "Address", "Planned arrival (local)",
           "Planned departure (local)", "Time zone", "UTC offset", "Phase", "Members"),
    "ru": ("Группа", "Порядок", "Участок", "Помещение", "Административная единица", "Адрес",
           "Прибытие по плану (местное)", "Отъезд по плану (местное)", "Часовой пояс",
           "Смещение от UTC", "Этап", "Состав"),
    "zh": ("小组", "顺序", "投票站", "场所", "行政单位", "地址", "计划到达时间（当地）",
           "计划离开时间（当地）", "时区", "UTC 时差", "阶段", "成员"),
}
SCHEDULE_HEADERS = {
    "en": ("Date", "Start (local)", "End (local)", "Time zone", "UTC offset", "Kind", "Event",
           "Place", "Address", "Unit", "Counterpart", "Teams", "Participants", "Notes"),
    "ru": ("Дата", "Начало (местное)", "Окончание (местное)", "Часовой пояс", "Смещение от UTC",
           "Вид", "Мероприятие", "Место", "Адрес", "Административная единица", "Собеседник",
           "Группы", "Участники", "Примечания"),
    "zh": ("日期", "开始（当地）", "结束（当地）", "时区", "UTC 时差", "类别", "活动", "地点",
           "地址", "行政单位", "会见对象", "小组", "参加者", "备注"),
}
TEXTS = {
    "en": {"plan_sheet": "Deployment plan", "schedule_sheet": "Schedule",
           "plan_page": "{code} deployment plan", "schedule_page": "{code} schedule",
           "plan_title": "Election day {day}: deployment plan", "schedule_title": "Schedule",
           "scoped": "{title}: {scope}",
           "plan_times": "Planned times are local times at each station ({zones})",
           "no_visits": "{text}; no polling-station visits are planned",
           "schedule_times": "Times are local times of each place; see the zone columns"},
    "ru": {"plan_sheet": "План распределения", "schedule_sheet": "Программа",
           "plan_page": "План распределения {code}", "schedule_page": "Программа {code}",
           "plan_title": "День выборов {day}: план распределения", "schedule_title": "Программа",
           "scoped": "{title}: {scope}",
           "plan_times": "Время по плану — местное время каждого участка ({zones})",
           "no_visits": "{text}; посещения участков не запланированы",
           "schedule_times": "Указано местное время каждого места; часовой пояс — в отдельных столбцах"},
    "zh": {"plan_sheet": "部署计划", "schedule_sheet": "日程",
           "plan_page": "{code} 部署计划", "schedule_page": "{code} 日程",
           "plan_title": "选举日 {day}：部署计划", "schedule_title": "日程",
           "scoped": "{title}：{scope}",
           "plan_times": "计划时间均为各投票站当地时间（{zones}）",
           "no_visits": "{text}；未安排访问投票站",
           "schedule_times": "所列时间均为各地当地时间，时区见相应列"},
}
ZONE_SEPARATOR = {"en": ", ", "ru": ", ", "zh": "、"}


def election_day_text(day: date, language: str) -> str:
    """"20 November 2022", "20 ноября 2022", "2022年11月20日"."""
    if language == "zh":
        return f"{day.year}年{day.month}月{day.day}日"
    return f"{day.day:02d} {MONTHS[language][day.month - 1]} {day.year}"


def _wall_clock(moment: datetime) -> datetime:
    """The local time as a cell holds it: without the zone, which has its own column."""
    return moment.replace(tzinfo=None)


def deployment_table(rows: Sequence[DeploymentRow], language: str = "en") -> list[tuple]:
    return [(r.team, r.order, r.station, r.premises, r.unit, r.address, _wall_clock(r.arrives),
             _wall_clock(r.departs), r.time_zone, r.offset,
             phase_name(r.phase, language) if r.phase else "", r.members) for r in rows]


def schedule_table(rows: Sequence[ScheduleRow], language: str = "en") -> list[tuple]:
    return [(r.starts.date(), _wall_clock(r.starts), _wall_clock(r.ends), r.time_zone, r.offset,
             kind_name(r.kind, language), r.title, r.place, r.address, r.unit,
             r.counterpart, r.teams, r.observers, r.notes) for r in rows]


def write_itinerary_workbook(path: Path | str, mission: MissionInfo,
                             deployment: Sequence[DeploymentRow], schedule: Sequence[ScheduleRow],
                             *, scope: str = "", language: str = "en") -> None:
    """Write both sheets, through a temporary file so a failed write leaves no half workbook."""
    if language not in TEXTS:
        raise ValueError(_("no itinerary texts in {language!r}; choose one of {languages}").format(
            language=language, languages=", ".join(TEXTS)))
    texts = TEXTS[language]

    def scoped(title: str) -> str:
        return texts["scoped"].format(title=title, scope=scope) if scope else title

    workbook = Workbook(write_only=True)
    plan = workbook.create_sheet(texts["plan_sheet"])
    plan_rows = deployment_table(deployment, language)
    zones = sorted({r.time_zone for r in deployment}) or [mission.time_zone]
    times = texts["plan_times"].format(zones=ZONE_SEPARATOR[language].join(zones))
    write_table(plan, headers=DEPLOYMENT_HEADERS[language], rows=plan_rows,
                page_title=scoped(texts["plan_page"].format(code=mission.code)),
                title_lines=(
                    mission.title,
                    scoped(texts["plan_title"].format(
                        day=election_day_text(mission.election_date, language))),
                    times if plan_rows else texts["no_visits"].format(text=times),
                ))
    sheet = workbook.create_sheet(texts["schedule_sheet"])
    write_table(sheet, headers=SCHEDULE_HEADERS[language], rows=schedule_table(schedule, language),
                page_title=scoped(texts["schedule_page"].format(code=mission.code)),
                title_lines=(mission.title, scoped(texts["schedule_title"]), texts["schedule_times"]))
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
