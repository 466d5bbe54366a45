"""The itinerary as an iCalendar file (RFC 5545) that phones, Outlook and Thunderbird import.

Every event keeps the IANA zone of its place (DTSTART;TZID=Asia/Almaty:20221120T070000), and the
file carries a VTIMEZONE for each zone used, covering the mission's dates, so a calendar shows the
right local time even on a device set to another zone. UIDs are stable per mission and event, and
SEQUENCE follows the event's version, so importing a newer export updates the entries instead of
doubling them.
"""

from __future__ import annotations

import os
import tempfile
import unicodedata
from collections.abc import Sequence
from datetime import datetime, timedelta, timezone
from pathlib import Path
from typing import TYPE_CHECKING

from icalendar import Calendar, Event

from ..core.language import _
from ..core.services.itineraries import kind_name

if TYPE_CHECKING:
    from ..core.services.itineraries import ScheduleRow
    from ..core.services.schedule import MissionInfo

PRODUCT_ID = "-//Observer Desk//Itinerary//EN"
ZONE_MARGIN = timedelta(days=30)  # VTIMEZONE rules reach this far around the events


def clean_text(text: str) -> str:
    """NFC text without control or format characters (a stray bidi mark from a copied e-mail
    would show as a box in some calendars); line breaks kept."""
    text = unicodedata.normalize("NFC", text or "").replace("\r\n", "\n").replace("\r", "\n")
    return "".join(c for c in text if c == "\n" or unicodedata.category(c) not in ("Cc", "Cf"))


def event_uid(mission_code: str, event_id: int) -> str:
    return f"{mission_code.lower()}-event-{event_id}@observer-desk"


# The calendar's own texts, in the document's language (as the PDF's): each phone shows them as
# written, so they follow the reader, not the program's messages.
LABELS = {
    "en": {"counterpart": "Counterpart: {text}", "teams": "Teams: {text}",
           "participants": "Participants: {text}", "calendar": "{code} itinerary",
           "calendar_of": "{code} itinerary: {scope}", "location": "{place}, {address}"},
    "ru": {"counterpart": "Собеседник: {text}", "teams": "Группы: {text}",
           "participants": "Участники: {text}", "calendar": "Программа {code}",
           "calendar_of": "Программа {code}: {scope}", "location": "{place}, {address}"},
    "zh": {"counterpart": "会见对象：{text}", "teams": "小组：{text}",
           "participants": "参加者：{text}", "calendar": "{code} 日程",
           "calendar_of": "{code} 日程：{scope}", "location": "{place}，{address}"},
}


def _labels(language: str) -> dict[str, str]:
    if language not in LABELS:
        raise ValueError(_("no itinerary texts in {language!r}; choose one of {languages}").format(
            language=language, languages=", ".join(LABELS)))
    return LABELS[language]


def _description(row: ScheduleRow, language: str = "en") -> str:
    labels = _labels(language)
    lines = []
    if row.counterpart:
        lines.append(labels["counterpart"].format(text=row.counterpart))
    if row.teams:
        lines.append(labels["teams"].format(text=row.teams))
    if row.observers:
        lines.append(labels["participants"].format(text=row.observers))
    if row.notes:
        lines.append(row.notes)
    return "\n".join(clean_text(line) for line in lines)


def itinerary_calendar(mission: MissionInfo, rows: Sequence[ScheduleRow], *, scope: str = "",
                       stamp: datetime | None = None, language: str = "en") -> Calendar:
    labels = _labels(language)
    calendar = Calendar()
    calendar.add("prodid", PRODUCT_ID)
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("method", "PUBLISH")
    name = (labels["calendar_of"].format(code=mission.code, scope=scope) if scope
            else labels["calendar"].format(code=mission.code))
    calendar.add("x-wr-calname", clean_text(name))
    calendar.add("x-wr-timezone", mission.time_zone)
    stamp = stamp or datetime.now(timezone.utc).replace(microsecond=0)
    for row in rows:
        event = Event()
        event.add("uid", event_uid(mission.code, row.event_id))
        event.add("dtstamp", stamp)
        event.add("dtstart", row.starts)  # aware, in the place's ZoneInfo: written with its TZID
        event.add("dtend", row.ends)
        event.add("summary", clean_text(row.title))
        location = (labels["location"].format(place=row.place, address=row.address)
                    if row.place and row.address else row.place or row.address)
        if location:
            event.add("location", clean_text(location))
        description = _description(row, language)
        if description:
            event.add("description", description)
        # English keeps the kind's id (as calendars have always received it); the others name it.
        event.add("categories", [row.kind.value if language == "en" else kind_name(row.kind, language)])
        event.add("sequence", max(row.version - 1, 0))  # 0 for an event never changed
        calendar.add_component(event)
    if rows:
        first = min(row.starts for row in rows).date() - ZONE_MARGIN
        last = max(row.ends for row in rows).date() + ZONE_MARGIN
        calendar.add_missing_timezones(first_date=first, last_date=last)
    return calendar


def write_itinerary_calendar(path: Path | str, mission: MissionInfo, rows: Sequence[ScheduleRow],
                             *, scope: str = "", language: str = "en") -> None:
    """Write the calendar through a temporary file, so a failed write leaves no half file."""
    data = itinerary_calendar(mission, rows, scope=scope, language=language).to_ical()
    path = Path(path)
    handle, temporary = tempfile.mkstemp(prefix=f".{path.stem}-", suffix=".ics.part",
                                         dir=path.parent or Path("."))
    try:
        with os.fdopen(handle, "wb") as stream:
            stream.write(data)
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
