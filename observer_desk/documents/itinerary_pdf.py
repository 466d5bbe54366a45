"""Personal itineraries as a PDF an observer carries: who they are, their team with the driver's and
interpreter's telephone numbers, then day by day every event with its local time and zone, place,
address and counterpart.

One PDF holds one itinerary or everyone's, each starting on a new page, numbered "page 1 of 2"
within its own itinerary (so each person's pages can be handed out as they are) and listed in
the PDF's outline. Names print in their own script (Latin, Cyrillic, Chinese) with the bundled
fonts, chosen run by run; every user text is escaped before it reaches reportlab's markup.
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Callable, Sequence
from datetime import date, datetime, timezone
from pathlib import Path
from typing import TYPE_CHECKING
from zoneinfo import ZoneInfo

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    Flowable,
    PageBreak,
    Paragraph,
    SimpleDocTemplate,
    Spacer,
    Table,
    TableStyle,
)

from ..core.errors import ObserverDeskError
from ..core.language import _
from ..core.services.itineraries import kind_name, phase_name
from .fonts import font_name, paragraph_markup, register_fonts

if TYPE_CHECKING:
    from ..core.services.itineraries import ItineraryEntry, PersonalItinerary, TeamCard
    from ..core.services.schedule import MissionInfo

Progress = Callable[[int, int], object]

MARGIN = 18 * mm
PAGE_WIDTH, PAGE_HEIGHT = A4
TEXT_WIDTH = PAGE_WIDTH - 2 * MARGIN
COLUMNS = (27 * mm, 58 * mm, 50 * mm, TEXT_WIDTH - 135 * mm)
GREY = colors.HexColor("#555555")
RULE = colors.HexColor("#B0B7C3")
HEADER_FILL = colors.HexColor("#1F4E79")
SHADE = colors.HexColor("#EEF2F7")

LABELS = {
    "en": {
        "itinerary": "Personal itinerary", "team_itinerary": "Team itinerary",
        "phone": "Telephone", "hotel": "Hotel", "arrival": "Arrival", "departure": "Departure",
        "team": "Team", "vehicle": "Vehicle", "driver": "Driver", "interpreter": "Interpreter",
        "members": "Members", "secretariat": "Mission secretariat", "time": "Time (local)",
        "event": "Event", "place": "Place", "counterpart": "Counterpart",
        "with": "With", "no_events": "No events are planned.", "page": "page {n} of {total}",
        "as_of": "as of {when}",
        "times": "Times are local times of each place, with the zone named beside them.",
        "area": "Area", "labelled": "{label}: {text}", "and_phase": "{kind}, {phase}",
    },
    "ru": {
        "itinerary": "Личная программа", "team_itinerary": "Программа группы",
        "phone": "Телефон", "hotel": "Гостиница", "arrival": "Прибытие", "departure": "Отъезд",
        "team": "Группа", "vehicle": "Автомобиль", "driver": "Водитель", "interpreter": "Переводчик",
        "members": "Состав", "secretariat": "Секретариат миссии", "time": "Время (местное)",
        "event": "Мероприятие", "place": "Место", "counterpart": "Собеседник",
        "with": "Участники", "no_events": "Мероприятий не запланировано.",
        "page": "стр. {n} из {total}", "as_of": "по состоянию на {when}",
        "times": "Указано местное время каждого места с часовым поясом.",
        "area": "Район", "labelled": "{label}: {text}", "and_phase": "{kind}, {phase}",
    },
    "zh": {
        "itinerary": "个人日程", "team_itinerary": "小组日程",
        "phone": "电话", "hotel": "酒店", "arrival": "抵达", "departure": "离开",
        "team": "小组", "vehicle": "车辆", "driver": "司机", "interpreter": "翻译",
        "members": "成员", "secretariat": "观察团秘书处", "time": "时间（当地）",
        "event": "活动", "place": "地点", "counterpart": "会见对象",
        "with": "参加者", "no_events": "暂无安排。", "page": "第{n}页，共{total}页",
        "as_of": "截至{when}", "times": "所列时间均为各地当地时间，并注明时区。",
        "area": "负责区域", "labelled": "{label}：{text}", "and_phase": "{kind}，{phase}",
    },
}
WEEKDAYS = {
    "en": ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"),
    "ru": ("понедельник", "вторник", "среда", "четверг", "пятница", "суббота", "воскресенье"),
    "zh": ("星期一", "星期二", "星期三", "星期四", "星期五", "星期六", "星期日"),
}
MONTHS = {
    "en": ("January", "February", "March", "April", "May", "June", "July", "August",
           "September", "October", "November", "December"),
    "ru": ("января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа",
           "сентября", "октября", "ноября", "декабря"),
}


class ExportCancelled(ObserverDeskError):
    """The user stopped the export; no file was written."""


def day_heading(day: date, language: str) -> str:
    weekday = WEEKDAYS[language][day.weekday()]
    if language == "zh":
        return f"{day.year}年{day.month}月{day.day}日 {weekday}"
    month = MONTHS[language][day.month - 1]
    if language == "ru":
        return f"{weekday}, {day.day} {month} {day.year}"
    return f"{weekday}, {day.day} {month} {day.year}"


# --- styles --------------------------------------------------------------------------------

def _styles() -> dict[str, ParagraphStyle]:
    regular = font_name()
    base = ParagraphStyle("base", fontName=regular, fontSize=9, leading=11.5)
    return {
        "base": base,
        "small": ParagraphStyle("small", parent=base, fontSize=7.5, leading=9.5, textColor=GREY),
        "mission": ParagraphStyle("mission", parent=base, fontSize=8.5, leading=11, textColor=GREY),
        "kicker": ParagraphStyle("kicker", parent=base, fontSize=10, leading=13, spaceBefore=4),
        "name": ParagraphStyle("name", parent=base, fontSize=17, leading=21, spaceBefore=2),
        "native": ParagraphStyle("native", parent=base, fontSize=13, leading=17),
        "day": ParagraphStyle("day", parent=base, fontSize=11, leading=14, textColor=HEADER_FILL),
        "head": ParagraphStyle("head", parent=base, fontSize=8, leading=10, textColor=colors.white),
    }


def _p(text: str, style: ParagraphStyle, *, bold: bool = False, italic: bool = False) -> Paragraph:
    return Paragraph(paragraph_markup(text, bold, italic), style)


def _lines(parts: Sequence[tuple[str, ParagraphStyle, bool]]) -> list[Paragraph]:
    return [_p(text, style, bold=bold) for text, style, bold in parts if text]


# --- one itinerary -------------------------------------------------------------------------

class _Start(Flowable):
    """Marks where an itinerary begins: its page numbering restarts and it gets an outline entry."""

    def __init__(self, key: str, title: str) -> None:
        super().__init__()
        self.key, self.title = key, title
        self.width = self.height = 0

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        return (0, 0)

    def draw(self) -> None:
        canvas = self.canv
        # Read by _NumberedCanvas from each finished page: which itinerary the page belongs to.
        canvas.itinerary_count = getattr(canvas, "itinerary_count", 0) + 1
        canvas.itinerary = (canvas.itinerary_count, self.title)
        canvas.page_marks.append((f"itinerary-{canvas.itinerary_count}", self.title))


def _labelled(labels: dict[str, str], key: str, text: str) -> str:
    """"Telephone: +7 …"; Chinese writes a full-width colon (电话：…)."""
    return labels["labelled"].format(label=labels[key], text=text)


def _contact(labels: dict[str, str], key: str, name: str, native: str, phone: str,
             styles: dict) -> list[Paragraph]:
    who = f"{name} ({native})" if native and native != name else name
    return [_p(_labelled(labels, key, who + (f", {phone}" if phone else "")), styles["base"])]


def _team_block(card: TeamCard, labels: dict[str, str], styles: dict) -> list[Flowable]:
    heading = _labelled(labels, "team", card.name + (f" ({card.area})" if card.area else ""))
    cells: list[Flowable] = [_p(heading, styles["base"], bold=True)]
    if card.vehicle:
        cells.append(_p(_labelled(labels, "vehicle", card.vehicle), styles["base"]))
    if card.driver:
        cells += _contact(labels, "driver", card.driver.name, "", card.driver.phone, styles)
    if card.interpreter:
        cells += _contact(labels, "interpreter", card.interpreter.name,
                          card.interpreter.native_name, card.interpreter.phone, styles)
    members = "; ".join(
        m.name + (f" ({m.native_name})" if m.native_name else "") + (f", {m.phone}" if m.phone else "")
        for m in card.members)
    if members:
        cells.append(_p(_labelled(labels, "members", members), styles["base"]))
    if card.notes:
        cells.append(_p(card.notes, styles["small"], italic=True))
    box = Table([[cells]], colWidths=[TEXT_WIDTH])
    box.setStyle(TableStyle([
        ("FONTNAME", (0, 0), (-1, -1), font_name()),
        ("BACKGROUND", (0, 0), (-1, -1), SHADE),
        ("BOX", (0, 0), (-1, -1), 0.5, RULE),
        ("LEFTPADDING", (0, 0), (-1, -1), 6), ("RIGHTPADDING", (0, 0), (-1, -1), 6),
        ("TOPPADDING", (0, 0), (-1, -1), 4), ("BOTTOMPADDING", (0, 0), (-1, -1), 5),
    ]))
    return [box, Spacer(1, 4)]


def _entry_row(entry: ItineraryEntry, language: str, styles: dict,
               show_with: bool) -> list[list[Flowable]]:
    labels = LABELS[language]
    time_cell = [_p(f"{entry.starts:%H:%M}–{entry.ends:%H:%M}", styles["base"], bold=True),
                 _p(f"{entry.offset} {entry.time_zone}", styles["small"])]
    if entry.ends.date() != entry.starts.date():
        time_cell.insert(1, _p(f"→ {entry.ends:%d.%m}", styles["small"]))
    kind = kind_name(entry.kind, language)
    if entry.phase is not None:
        kind = labels["and_phase"].format(kind=kind, phase=phase_name(entry.phase, language))
    event_cell = [_p(entry.title, styles["base"], bold=True), _p(kind, styles["small"])]
    if entry.notes:
        event_cell.append(_p(entry.notes, styles["small"], italic=True))
    place_cell = _lines([(entry.place, styles["base"], False), (entry.address, styles["small"], False),
                         (entry.unit, styles["small"], False)])
    other_cell = _lines([(entry.counterpart, styles["base"], False)])
    if show_with and entry.with_whom:
        other_cell.append(_p(_labelled(labels, "with", entry.with_whom), styles["small"]))
    return [time_cell, event_cell, place_cell, other_cell]


def _day_table(heading: str, entries: Sequence[ItineraryEntry], language: str,
               styles: dict, show_with: bool) -> Table:
    """The day's heading, the column titles and the events in one table: it may break between
    events, and the next page starts with the heading and titles again."""
    labels = LABELS[language]
    title = [_p(heading, styles["day"], bold=True), "", "", ""]
    head = [_p(labels[key], styles["head"], bold=True)
            for key in ("time", "event", "place", "counterpart")]
    rows = [title, head] + [_entry_row(e, language, styles, show_with) for e in entries]
    table = Table(rows, colWidths=COLUMNS, repeatRows=2)
    table.setStyle(TableStyle([
        ("FONTNAME", (0, 0), (-1, -1), font_name()),  # the blank cells of the heading row too
        ("SPAN", (0, 0), (-1, 0)),
        ("LEFTPADDING", (0, 0), (-1, 0), 0), ("TOPPADDING", (0, 0), (-1, 0), 10),
        ("BOTTOMPADDING", (0, 0), (-1, 0), 4),
        ("BACKGROUND", (0, 1), (-1, 1), HEADER_FILL),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LINEBELOW", (0, 2), (-1, -1), 0.4, RULE),
        ("LEFTPADDING", (0, 1), (-1, -1), 4), ("RIGHTPADDING", (0, 1), (-1, -1), 4),
        ("TOPPADDING", (0, 1), (-1, -1), 3), ("BOTTOMPADDING", (0, 1), (-1, -1), 4),
    ]))
    return table


def itinerary_story(mission: MissionInfo, itinerary: PersonalItinerary, language: str,
                    styles: dict, *, team: bool = False) -> list[Flowable]:
    labels = LABELS[language]
    story: list[Flowable] = [
        _Start(itinerary.key, itinerary.name + (f" ({itinerary.key})" if not team else "")),
        _p(mission.title, styles["mission"]),
        _p(labels["team_itinerary" if team else "itinerary"], styles["kicker"]),
        _p(itinerary.name, styles["name"], bold=True),
    ]
    if itinerary.native_name and itinerary.native_name != itinerary.name:
        story.append(_p(itinerary.native_name, styles["native"]))
    described = " · ".join(p for p in (itinerary.key if not team else "", itinerary.description) if p)
    if described:
        story.append(_p(described, styles["base"]))
    facts = [("phone", itinerary.phone), ("hotel", itinerary.hotel),
             ("arrival", itinerary.arrival), ("departure", itinerary.departure)]
    story += [_p(_labelled(labels, key, value), styles["base"]) for key, value in facts if value]
    story.append(Spacer(1, 6))
    for card in itinerary.teams:
        story += _team_block(card, labels, styles)
    if mission.contact:
        story.append(_p(_labelled(labels, "secretariat", mission.contact.replace("\n", "; ")),
                        styles["small"]))
    story.append(_p(labels["times"], styles["small"]))
    if not itinerary.days:
        story += [Spacer(1, 8), _p(labels["no_events"], styles["base"])]
    show_with = True
    for day in itinerary.days:
        story.append(_day_table(day_heading(day.day, language), day.entries, language, styles,
                                show_with))
    return story


# --- the document --------------------------------------------------------------------------

def _numbered_canvas(footer_right: str, as_of: str, labels: dict[str, str]) -> type[Canvas]:
    class _NumberedCanvas(Canvas):
        """Holds the pages until the end, then numbers each within its own itinerary (the
        number of pages of an itinerary is known only once it is laid out)."""

        def __init__(self, *args, **kwargs) -> None:
            super().__init__(*args, **kwargs)
            self.itinerary: tuple[int, str] = (0, "")
            self.page_marks: list[tuple[str, str]] = []  # outline entries starting on this page
            self._pages: list[dict] = []

        def showPage(self) -> None:  # noqa: N802 - reportlab's name
            self._pages.append(dict(self.__dict__))
            self.page_marks = []
            self._startPage()

        def save(self) -> None:
            totals: dict[int, int] = {}
            for state in self._pages:
                group = state["itinerary"][0]
                totals[group] = totals.get(group, 0) + 1
            seen: dict[int, int] = {}
            for state in self._pages:
                self.__dict__.update(state)
                group, title = state["itinerary"]
                # Pages are really made only now, so this is where their outline entries can go.
                for key, entry in state["page_marks"]:
                    self.bookmarkPage(key)
                    self.addOutlineEntry(entry, key, level=0)
                seen[group] = seen.get(group, 0) + 1
                self._footer(title, seen[group], totals[group])
                super().showPage()
            super().save()

        def _footer(self, name: str, number: int, total: int) -> None:
            self.saveState()
            self.setStrokeColor(RULE)
            self.setLineWidth(0.4)
            self.line(MARGIN, MARGIN - 5 * mm, PAGE_WIDTH - MARGIN, MARGIN - 5 * mm)
            left = f"{name} · " + labels["page"].format(n=number, total=total)
            right = f"{footer_right} · {labels['as_of'].format(when=as_of)}"
            style = ParagraphStyle("footer", fontName=font_name(), fontSize=7, leading=9,
                                   textColor=GREY)
            for text, x, align in ((left, MARGIN, 0), (right, PAGE_WIDTH - MARGIN, 2)):
                paragraph = Paragraph(paragraph_markup(text), ParagraphStyle(
                    "f", parent=style, alignment=align))
                width = TEXT_WIDTH / 2 - 2 * mm
                _width, height = paragraph.wrap(width, 20 * mm)
                paragraph.drawOn(self, x - (width if align == 2 else 0), MARGIN - 7 * mm - height)
            self.restoreState()

    return _NumberedCanvas


def write_itinerary_pdf(target: Path | str, mission: MissionInfo,
                        itineraries: Sequence[PersonalItinerary], *, language: str = "en",
                        teams: bool = False, progress: Progress | None = None,
                        now: datetime | None = None) -> int:
    """Write the itineraries, each from a new page; returns the number of pages.

    `teams` marks them as team itineraries. `progress(done, total)` is told after each
    itinerary is laid out; returning False stops the export and writes nothing."""
    if language not in LABELS:
        raise ValueError(_("no itinerary texts in {language!r}; choose one of {languages}").format(
            language=language, languages=", ".join(LABELS)))
    register_fonts()
    labels = LABELS[language]
    styles = _styles()
    local_now = (now or datetime.now(timezone.utc)).astimezone(ZoneInfo(mission.time_zone))
    as_of = f"{local_now:%Y-%m-%d %H:%M} {mission.time_zone}"
    story: list[Flowable] = []
    total = len(itineraries)
    for index, itinerary in enumerate(itineraries):
        if index:
            story.append(PageBreak())
        story += itinerary_story(mission, itinerary, language, styles, team=teams)
        if progress is not None and progress(index + 1, total) is False:
            raise ExportCancelled(_("the itinerary export was cancelled; no file was written"))
    if not story:
        story.append(_p(labels["no_events"], styles["base"]))

    path = Path(target)
    handle, temporary = tempfile.mkstemp(prefix=f".{path.stem}-", suffix=".pdf.part",
                                         dir=path.parent or Path("."))
    os.close(handle)
    subject = ("Itinerary of " + itineraries[0].name if len(itineraries) == 1
               else f"Itineraries of {len(itineraries)} observers")
    document = SimpleDocTemplate(
        temporary, pagesize=A4, leftMargin=MARGIN, rightMargin=MARGIN, topMargin=MARGIN,
        bottomMargin=MARGIN + 6 * mm, title=f"{mission.code} itinerary", author=mission.organisation,
        subject=subject, creator="Observer Desk", keywords=f"{mission.code}, itinerary",
        lang=language, initialFontName=font_name(), displayDocTitle=True)
    canvas_class = _numbered_canvas(mission.code, as_of, labels)
    try:
        document.build(story, canvasmaker=canvas_class)
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
    return document.page
