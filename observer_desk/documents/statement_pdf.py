"""A statement as a PDF: letterhead, title and dateline, the four numbered sections with their
tables (members by state and body, meetings and stations visited, key findings and turnout with
a chart), and the signature block.

Every page carries "page X of Y" in the statement's language; the document is laid out once to
count its pages and once more to write it. Tables break between rows and repeat their column
titles on the next page. The outline (bookmarks) lists the title and the sections; the
document's title, author, subject and language are set. Text is set with the bundled fonts,
chosen run by run and embedded as subsets; Chinese paragraphs wrap between characters. All text
from users reaches reportlab's markup escaped (fonts.paragraph_markup), so "<b>Smith</b> & Co"
prints as written.

The content comes filled and checked from core.services.statements (statement_content); this
module only lays it out.
"""

from __future__ import annotations

import io
import os
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any, BinaryIO

from reportlab.graphics.charts.barcharts import VerticalBarChart
from reportlab.graphics.charts.legends import Legend
from reportlab.graphics.shapes import Drawing, String
from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_LEFT, TA_RIGHT
from reportlab.lib.pagesizes import A4, LETTER
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import (
    BaseDocTemplate,
    CondPageBreak,
    Flowable,
    Frame,
    HRFlowable,
    Image,
    KeepTogether,
    PageTemplate,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from ..core.language import _
from .fonts import CJK, REGULAR, covers, font_name, paragraph_markup, register_fonts

if TYPE_CHECKING:
    from ..core.services.statements import StatementContent

# reportlab keeps a character that may not start a line at the end of the line before it
# (hanging in the margin), but its list holds Japanese punctuation only; Chinese full-width
# commas, semicolons, colons, question and exclamation marks and closing quotes belong in it.
CHINESE_CANNOT_START = "，；：？！）》」』”’〉】"


def _teach_chinese_line_breaks() -> None:
    from reportlab.lib import textsplit
    from reportlab.platypus import paragraph

    missing = "".join(c for c in CHINESE_CANNOT_START if c not in textsplit.ALL_CANNOT_START)
    if missing:
        textsplit.ALL_CANNOT_START += missing
    paragraph.ALL_CANNOT_START = textsplit.ALL_CANNOT_START


_teach_chinese_line_breaks()

PAPERS = {"a4": A4, "letter": LETTER}
DEFAULT_PAPER = "a4"
MARGIN_X = 20 * mm
MARGIN_TOP = 18 * mm
MARGIN_BOTTOM = 22 * mm
NAVY = colors.HexColor("#1F3A5F")
GREY = colors.HexColor("#5A6270")
RULE = colors.HexColor("#B8C0CC")
SHADE = colors.HexColor("#EDF1F6")
MISSION_COLOUR = colors.HexColor("#2E6DB4")
CEC_COLOUR = colors.HexColor("#B9C6D6")

LABELS: dict[str, dict[str, str]] = {
    "en": {
        "preliminary": "Preliminary statement", "final": "Final report",
        "draft": "Draft, revision {n}", "issued": "Issued on {date}, revision {n}",
        "page": "Page {n} of {total}",
        "name": "Name", "position": "Position",
        "meetings": "Meetings held", "date": "Date", "time": "Time (local)", "meeting": "Meeting",
        "counterpart": "With whom", "no_meetings": "No meetings are recorded in the itinerary.",
        "areas": "Polling stations visited", "region": "Region", "district": "District",
        "stations": "Stations", "total": "Total", "no_areas": "No polling-station visits are recorded.",
        "phases": "Reports by phase", "key": "Key findings", "question": "Question",
        "answer": "Answer", "count": "n of N", "share": "Share",
        "no_findings": "No visit reports are recorded yet.",
        "incidents": "Incidents recorded: {n} ({detail}).", "no_incidents": "No incidents were recorded.",
        "turnout": "Turnout: the Mission's readings and the Central Election Commission's figures",
        "area": "Area", "mission": "Mission", "cec": "CEC, same times", "difference": "Difference",
        "turnout_note": "Ballots issued over registered voters at the stations the Mission visited, "
                        "against the Commission's published turnout read at the same moments.",
        "final_figure": "Final turnout announced by the Central Election Commission: {figure}.",
        "chart": "Turnout at the stations visited (%)", "legend_mission": "Mission",
        "legend_cec": "CEC at the same times", "no_turnout": "No turnout readings are recorded.",
        "signature": "Signature",
        "labelled": "{label}: {text}", "list": ", ", "subject": "{kind}: {mission}, {when}",
    },
    "ru": {
        "preliminary": "Предварительное заявление", "final": "Итоговый доклад",
        "draft": "Проект, редакция {n}", "issued": "Опубликовано {date}, редакция {n}",
        "page": "Страница {n} из {total}",
        "name": "Ф. И. О.", "position": "Должность",
        "meetings": "Проведённые встречи", "date": "Дата", "time": "Время (местное)",
        "meeting": "Встреча", "counterpart": "С кем", "no_meetings": "Встречи в программе не указаны.",
        "areas": "Посещённые избирательные участки", "region": "Регион", "district": "Район",
        "stations": "Участков", "total": "Итого", "no_areas": "Посещения участков не указаны.",
        "phases": "Анкеты по этапам", "key": "Основные результаты наблюдения", "question": "Вопрос",
        "answer": "Ответ", "count": "n из N", "share": "Доля",
        "no_findings": "Анкеты наблюдателей пока не поступили.",
        "incidents": "Зафиксировано инцидентов: {n} ({detail}).",
        "no_incidents": "Инцидентов не зафиксировано.",
        "turnout": "Явка избирателей: данные Миссии и Центральной избирательной комиссии",
        "area": "Территория", "mission": "Миссия", "cec": "ЦИК, то же время", "difference": "Разница",
        "turnout_note": "Доля выданных бюллетеней от числа избирателей, включённых в списки, на "
                        "посещённых Миссией участках в сравнении с опубликованной явкой на те же моменты.",
        "final_figure": "Итоговая явка по данным Центральной избирательной комиссии: {figure}.",
        "chart": "Явка на посещённых участках, %", "legend_mission": "Миссия",
        "legend_cec": "ЦИК на то же время", "no_turnout": "Данные о явке не поступили.",
        "signature": "Подпись",
        "labelled": "{label}: {text}", "list": ", ", "subject": "{kind}: {mission}, {when}",
    },
    "zh": {
        "preliminary": "初步声明", "final": "最终报告",
        "draft": "草稿，第{n}版", "issued": "{date}发布，第{n}版",
        "page": "第{n}页，共{total}页",
        "name": "姓名", "position": "职务",
        "meetings": "会见情况", "date": "日期", "time": "时间（当地）", "meeting": "会见",
        "counterpart": "会见对象", "no_meetings": "日程中未记录会见。",
        "areas": "走访的投票站", "region": "地区", "district": "区", "stations": "投票站数",
        "total": "合计", "no_areas": "未记录投票站走访。",
        "phases": "各阶段报告数", "key": "主要观察结果", "question": "问题", "answer": "答案",
        "count": "n/N", "share": "比例", "no_findings": "尚未收到观察报告。",
        "incidents": "记录的事件：{n}起（{detail}）。", "no_incidents": "未记录任何事件。",
        "turnout": "投票率：观察员团数据与中央选举委员会数据",
        "area": "地区", "mission": "观察员团", "cec": "中选委同一时间", "difference": "差额",
        "turnout_note": "观察员团所走访投票站已发放选票数占登记选民数的比例，与中央选举委员会公布的同一时刻投票率相比较。",
        "final_figure": "中央选举委员会公布的最终投票率：{figure}。",
        "chart": "所走访投票站的投票率（%）", "legend_mission": "观察员团",
        "legend_cec": "中选委同一时间", "no_turnout": "未记录投票率数据。",
        "signature": "签名",
        "labelled": "{label}：{text}", "list": "、", "subject": "{kind}：{mission}，{when}",
    },
}


# --- styles -----------------------------------------------------------------------------------

def _styles(language: str) -> dict[str, ParagraphStyle]:
    regular = font_name()
    chinese = language == "zh"
    # Chinese breaks between characters; the other languages between words.
    wrap = {"wordWrap": "CJK"} if chinese else {}
    base = ParagraphStyle("base", fontName=regular, fontSize=10.5, leading=16 if chinese else 14.5,
                          alignment=TA_JUSTIFY, spaceAfter=5, **wrap)
    cell = ParagraphStyle("cell", parent=base, fontSize=8.6, leading=11.5 if chinese else 10.8,
                          alignment=TA_LEFT, spaceAfter=0)
    styles = {
        "base": base,
        "cell": cell,
        "cell_right": ParagraphStyle("cell_right", parent=cell, alignment=TA_RIGHT),
        "cell_small": ParagraphStyle("cell_small", parent=cell, fontSize=7.6, leading=9.8,
                                     textColor=GREY),
        "head": ParagraphStyle("head", parent=cell, textColor=colors.white),
        "head_right": ParagraphStyle("head_right", parent=cell, textColor=colors.white,
                                     alignment=TA_RIGHT),
        "group": ParagraphStyle("group", parent=cell, fontSize=9, textColor=NAVY),
        "organisation": ParagraphStyle("organisation", parent=base, fontSize=12.5, leading=16,
                                       textColor=NAVY, alignment=TA_LEFT, spaceAfter=1),
        "mission": ParagraphStyle("mission", parent=base, fontSize=10, leading=13, textColor=GREY,
                                  alignment=TA_LEFT, spaceAfter=0),
        "title": ParagraphStyle("title", parent=base, fontSize=15, leading=20, alignment=TA_CENTER,
                                spaceBefore=10, spaceAfter=4, textColor=NAVY),
        "dateline": ParagraphStyle("dateline", parent=base, alignment=TA_RIGHT, textColor=GREY,
                                   spaceAfter=8),
        "section": ParagraphStyle("section", parent=base, fontSize=12.5, leading=16,
                                  alignment=TA_LEFT, spaceBefore=12, spaceAfter=6, textColor=NAVY),
        "sub": ParagraphStyle("sub", parent=base, fontSize=9.6, leading=12.5, alignment=TA_LEFT,
                              spaceBefore=6, spaceAfter=4, textColor=NAVY),
        "note": ParagraphStyle("note", parent=base, fontSize=8.6, leading=11.5, textColor=GREY,
                               alignment=TA_LEFT),
        "footer": ParagraphStyle("footer", parent=base, fontSize=7.8, leading=10, textColor=GREY,
                                 alignment=TA_LEFT, spaceAfter=0),
        "footer_right": ParagraphStyle("footer_right", parent=base, fontSize=7.8, leading=10,
                                       textColor=GREY, alignment=TA_RIGHT, spaceAfter=0),
        "sign": ParagraphStyle("sign", parent=base, alignment=TA_LEFT, spaceAfter=2),
    }
    for style in styles.values():
        style.allow_bold = not chinese
    return styles


def _p(text: str, style: ParagraphStyle, *, bold: bool = False) -> Paragraph:
    # The Chinese face has no bold: in a Chinese document nothing is bold, so that Latin names
    # do not stand out from Chinese ones.
    bold = bold and getattr(style, "allow_bold", True)
    return Paragraph(paragraph_markup(text, bold=bold), style)


class _Bookmark(Flowable):
    """An outline entry at the place it stands in the story."""

    def __init__(self, key: str, title: str, level: int = 0) -> None:
        super().__init__()
        self.key, self.title, self.level = key, title, level
        self.width = self.height = 0

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        return (0, 0)

    def draw(self) -> None:
        self.canv.bookmarkPage(self.key)
        self.canv.addOutlineEntry(self.title, self.key, level=self.level, closed=False)


def _table(rows: list[list[Any]], widths: list[float], *, header_rows: int = 1,
           extra: list[tuple] | None = None) -> Table:
    table = Table(rows, colWidths=widths, repeatRows=header_rows, hAlign="LEFT")
    style: list[tuple] = [
        ("FONTNAME", (0, 0), (-1, -1), font_name()),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("BACKGROUND", (0, 0), (-1, header_rows - 1), NAVY),
        ("LINEBELOW", (0, header_rows), (-1, -1), 0.4, RULE),
        ("LEFTPADDING", (0, 0), (-1, -1), 4), ("RIGHTPADDING", (0, 0), (-1, -1), 4),
        ("TOPPADDING", (0, 0), (-1, -1), 3), ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
    ]
    table.setStyle(TableStyle(style + (extra or [])))
    return table


def _cell(text: str, style: ParagraphStyle, small: str = "", small_style: ParagraphStyle | None = None,
          *, bold: bool = False) -> list[Paragraph] | Paragraph:
    main = _p(text, style, bold=bold)
    if not small:
        return main
    return [main, _p(small, small_style or style)]


# --- the sections' tables ---------------------------------------------------------------------

def _members(content: StatementContent, labels: dict[str, str], styles: dict, width: float) -> list[Flowable]:
    groups = content.facts.members
    if not groups:
        return []
    rows: list[list[Any]] = [[_p(labels["name"], styles["head"], bold=True),
                              _p(labels["position"], styles["head"], bold=True)]]
    extra: list[tuple] = []
    for group in groups:
        row = len(rows)
        rows.append([_p(group.name, styles["group"], bold=True), ""])
        extra += [("SPAN", (0, row), (1, row)), ("BACKGROUND", (0, row), (1, row), SHADE)]
        for member in group.members:
            rows.append([_p(member.name, styles["cell"], bold=True),
                         _cell(member.position, styles["cell"], member.detail, styles["cell_small"])])
    return [Spacer(1, 2), _table(rows, [0.36 * width, 0.64 * width], extra=extra)]


def _activities(content: StatementContent, labels: dict[str, str], styles: dict, width: float) -> list[Flowable]:
    facts = content.facts
    story: list[Flowable] = [CondPageBreak(30 * mm), _p(labels["meetings"], styles["sub"], bold=True)]
    if facts.meetings:
        rows: list[list[Any]] = [[_p(labels[key], styles["head"], bold=True)
                                  for key in ("date", "time", "meeting", "counterpart")]]
        for meeting in facts.meetings:
            rows.append([_p(meeting.date_text, styles["cell"]),
                         _cell(meeting.time_text, styles["cell"], meeting.zone, styles["cell_small"]),
                         _p(meeting.title, styles["cell"]), _p(meeting.counterpart, styles["cell"])])
        story.append(_table(rows, [0.19 * width, 0.13 * width, 0.36 * width, 0.32 * width]))
    else:
        story.append(_p(labels["no_meetings"], styles["note"]))
    story += [CondPageBreak(30 * mm), _p(labels["areas"], styles["sub"], bold=True)]
    if facts.areas:
        rows = [[_p(labels["region"], styles["head"], bold=True),
                 _p(labels["district"], styles["head"], bold=True),
                 _p(labels["stations"], styles["head_right"], bold=True)]]
        for area in facts.areas:
            rows.append([_p(area.region, styles["cell"]), _p(area.district or "—", styles["cell"]),
                         _p(str(area.stations), styles["cell_right"])])
        rows.append([_p(labels["total"], styles["cell"], bold=True), "",
                     _p(str(sum(a.stations for a in facts.areas)), styles["cell_right"], bold=True)])
        story.append(_table(rows, [0.4 * width, 0.4 * width, 0.2 * width],
                            extra=[("LINEABOVE", (0, -1), (-1, -1), 0.8, NAVY)]))
    else:
        story.append(_p(labels["no_areas"], styles["note"]))
    return story


def _number(value: float, language: str, decimals: int = 2, signed: bool = False) -> str:
    text = f"{abs(value):.{decimals}f}"
    if language == "ru":
        text = text.replace(".", ",")
    if round(value, decimals) < 0:
        return "\u2212" + text
    return ("+" if signed and round(value, decimals) > 0 else "") + text


def _chart_font(texts: list[str]) -> str:
    """One face for a chart's strings: the regular face if it has every character, else the
    Chinese one."""
    characters = {c for text in texts for c in text if not c.isspace()}
    if all(covers(REGULAR, c) for c in characters):
        return REGULAR.name
    return CJK.name


def _turnout_chart(content: StatementContent, labels: dict[str, str], width: float) -> Drawing | None:
    lines = content.facts.turnout
    if not lines:
        return None
    language = content.language
    names = [line.area for line in lines]
    font = _chart_font(names + [labels["chart"], labels["legend_mission"], labels["legend_cec"]])
    height = 64 * mm
    drawing = Drawing(width, height)
    # The renderer starts every drawing in its own default face (Helvetica, never embedded).
    drawing.initialFontName = font
    chart = VerticalBarChart()
    chart.x, chart.y = 12 * mm, 12 * mm
    chart.width, chart.height = width - 16 * mm, height - 26 * mm
    chart.data = [[line.mission for line in lines], [line.cec for line in lines]]
    top = max(max(row) for row in chart.data)
    chart.valueAxis.valueMin = 0
    chart.valueAxis.valueMax = max(10, (int(top // 10) + 1) * 10)
    chart.valueAxis.valueStep = 10 if chart.valueAxis.valueMax <= 60 else 20
    chart.valueAxis.labels.fontName = font
    chart.valueAxis.labels.fontSize = 7
    chart.valueAxis.gridStrokeColor = RULE
    chart.valueAxis.gridStrokeWidth = 0.3
    chart.valueAxis.visibleGrid = True
    chart.categoryAxis.categoryNames = names
    chart.categoryAxis.labels.fontName = font
    chart.categoryAxis.labels.fontSize = 7.5
    chart.categoryAxis.labels.boxAnchor = "n"
    chart.bars[0].fillColor = MISSION_COLOUR
    chart.bars[1].fillColor = CEC_COLOUR
    chart.bars.strokeColor = None
    chart.barSpacing = 2
    chart.groupSpacing = 14
    chart.barLabels.fontName = font
    chart.barLabels.fontSize = 6.8
    chart.barLabels.nudge = 6
    chart.barLabelFormat = lambda value: _number(value, language, 1)
    drawing.add(chart)
    drawing.add(String(0, height - 6 * mm, labels["chart"], fontName=font, fontSize=8.5,
                       fillColor=NAVY))
    legend = Legend()
    entries = [(MISSION_COLOUR, labels["legend_mission"]), (CEC_COLOUR, labels["legend_cec"])]
    swatch, gap, between = 7.0, 4.0, 12.0
    spans = [swatch + gap + stringWidth(text, font, 7.5) + between for _colour, text in entries]
    legend.x, legend.y = width - max(spans) * (len(spans) - 1) - spans[-1] + between, height - 3 * mm
    legend.fontName = font
    legend.fontSize = 7.5
    legend.boxAnchor = "nw"
    legend.columnMaximum = 1
    legend.deltax = max(spans)
    legend.dx = legend.dy = swatch
    legend.dxTextSpace = gap
    legend.alignment = "right"
    legend.colorNamePairs = entries
    drawing.add(legend)
    return drawing


def _findings(content: StatementContent, labels: dict[str, str], styles: dict, width: float) -> list[Flowable]:
    facts = content.facts
    language = content.language
    story: list[Flowable] = []
    if facts.phases:
        story += [_p(labels["phases"], styles["sub"], bold=True),
                  _p(" · ".join(labels["labelled"].format(label=label, text=count)
                                 for label, count in facts.phases), styles["cell"])]
    story += [CondPageBreak(30 * mm), _p(labels["key"], styles["sub"], bold=True)]
    if facts.findings:
        rows: list[list[Any]] = [[_p(labels["question"], styles["head"], bold=True),
                                  _p(labels["answer"], styles["head"], bold=True),
                                  _p(labels["count"], styles["head_right"], bold=True),
                                  _p(labels["share"], styles["head_right"], bold=True)]]
        for line in facts.findings:
            rows.append([_p(line.question, styles["cell"]), _p(line.answer, styles["cell"]),
                         _p(line.count_text, styles["cell_right"]),
                         _p(line.share_text, styles["cell_right"], bold=True)])
        story.append(_table(rows, [0.53 * width, 0.19 * width, 0.14 * width, 0.14 * width]))
    else:
        story.append(_p(labels["no_findings"], styles["note"]))
    if facts.incidents:
        detail = labels["list"].join(f"{label} {count}" if language != "zh" else f"{label}{count}起"
                           for label, count in facts.incidents)
        story.append(Spacer(1, 4))
        story.append(_p(labels["incidents"].format(n=sum(c for _label, c in facts.incidents), detail=detail),
                        styles["cell"]))
    elif facts.phases:
        story += [Spacer(1, 4), _p(labels["no_incidents"], styles["cell"])]

    story += [CondPageBreak(45 * mm), _p(labels["turnout"], styles["sub"], bold=True)]
    if facts.turnout:
        rows = [[_p(labels["area"], styles["head"], bold=True)] +
                [_p(labels[key], styles["head_right"], bold=True)
                 for key in ("stations", "mission", "cec", "difference")]]
        percent = "\u00a0%" if language == "ru" else "%"
        points = "\u00a0п.\u00a0п." if language == "ru" else ("个百分点" if language == "zh" else "\u00a0pp")
        for line in facts.turnout:
            rows.append([_p(line.area, styles["cell"], bold=line.national),
                         _p(str(line.stations), styles["cell_right"]),
                         _p(_number(line.mission, language) + percent, styles["cell_right"]),
                         _p(_number(line.cec, language) + percent, styles["cell_right"]),
                         _p(_number(line.difference, language, signed=True) + points, styles["cell_right"])])
        story.append(_table(rows, [0.34 * width, 0.12 * width, 0.17 * width, 0.19 * width, 0.18 * width]))
        story.append(_p(labels["turnout_note"], styles["note"]))
        chart = _turnout_chart(content, labels, width)
        if chart is not None:
            story += [Spacer(1, 4), chart]
    else:
        story.append(_p(labels["no_turnout"], styles["note"]))
    if facts.turnout_final:
        story.append(_p(labels["final_figure"].format(figure=facts.turnout_final), styles["cell"]))
    return story


SECTION_TABLES: dict[str, Callable[..., list[Flowable]]] = {
    "members": _members, "activities": _activities, "findings": _findings,
}


# --- the document -----------------------------------------------------------------------------

def _letterhead(content: StatementContent, styles: dict, width: float) -> list[Flowable]:
    facts = content.facts
    lines: list[Flowable] = [_p(facts.organisation, styles["organisation"], bold=True),
                             _p(facts.mission_name, styles["mission"])]
    logo = _logo(content.logo)
    if logo is not None:
        block = Table([[logo, lines]], colWidths=[logo.drawWidth + 5 * mm, width - logo.drawWidth - 5 * mm],
                      hAlign="LEFT")
        block.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                                   ("LEFTPADDING", (0, 0), (-1, -1), 0),
                                   ("FONTNAME", (0, 0), (-1, -1), font_name())]))
        head: list[Flowable] = [block]
    else:
        head = lines
    return head + [Spacer(1, 3), HRFlowable(width="100%", thickness=1.2, color=NAVY, spaceAfter=2)]


def _logo(data: bytes | None) -> Image | None:
    """The mission's logo at most 20 mm high and 40 mm wide, or None if it is not a readable image."""
    if not data:
        return None
    try:
        from reportlab.lib.utils import ImageReader

        reader = ImageReader(io.BytesIO(data))
        pixels_w, pixels_h = reader.getSize()
        if pixels_w <= 0 or pixels_h <= 0:
            return None
        scale = min(20 * mm / pixels_h, 40 * mm / pixels_w)
        return Image(io.BytesIO(data), width=pixels_w * scale, height=pixels_h * scale)
    except Exception:  # noqa: BLE001 - a broken logo must not stop the statement
        return None


def _dateline(content: StatementContent) -> str:
    place = content.statement.place.strip()
    if content.language == "zh":
        return f"{content.date_text}于{place}" if place and content.date_text else place or content.date_text
    return ", ".join(p for p in (place, content.date_text) if p)


def _signature(content: StatementContent, labels: dict[str, str], styles: dict, width: float,
               lead: list[Flowable]) -> Flowable:
    """The place, date and signature block, kept on one page with `lead` (the last paragraph of
    the text), so that the signature never stands on a page of its own."""
    statement = content.statement
    left = [_p(_dateline(content), styles["sign"])]
    right: list[Flowable] = [Spacer(1, 12 * mm),
                             HRFlowable(width="85%", thickness=0.5, color=GREY, hAlign="LEFT", spaceAfter=2),
                             _p(labels["signature"], styles["note"])]
    if statement.signatory_name.strip():
        right.append(_p(statement.signatory_name, styles["sign"], bold=True))
    if statement.signatory_title.strip():
        right.append(_p(statement.signatory_title, styles["note"]))
    table = Table([[left, right]], colWidths=[0.45 * width, 0.55 * width], hAlign="LEFT")
    table.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
                               ("LEFTPADDING", (0, 0), (-1, -1), 0),
                               ("FONTNAME", (0, 0), (-1, -1), font_name())]))
    return KeepTogether([*lead, Spacer(1, 6 * mm), table])


def _story(content: StatementContent, styles: dict, width: float) -> list[Flowable]:
    labels = LABELS[content.language]
    story: list[Flowable] = _letterhead(content, styles, width)
    story += [_Bookmark("title", content.title), _p(content.title, styles["title"], bold=True)]
    dateline = _dateline(content)
    if dateline:
        story.append(_p(dateline, styles["dateline"]))
    last = len(content.sections) - 1
    lead: list[Flowable] = []
    for index, section in enumerate(content.sections):
        heading = f"{section.number}. {section.heading.strip()}"
        story += [CondPageBreak(25 * mm), _Bookmark(f"section-{section.number}", heading, 0),
                  _p(heading, styles["section"], bold=True)]
        paragraphs = [_p(text.strip(), styles["base"]) for text in section.body.split("\n") if text.strip()]
        tables = SECTION_TABLES.get(section.key)
        if index == last and tables is None and paragraphs:
            lead = [paragraphs.pop()]
        story += paragraphs
        if tables is not None:
            story += tables(content, labels, styles, width)
    story.append(_signature(content, labels, styles, width, lead))
    return story


class _StatementDocument(BaseDocTemplate):
    def __init__(self, target: Any, content: StatementContent, paper: str, total_pages: int, **kwargs: Any):
        page_size = PAPERS[paper]
        super().__init__(target, pagesize=page_size, leftMargin=MARGIN_X, rightMargin=MARGIN_X,
                         topMargin=MARGIN_TOP, bottomMargin=MARGIN_BOTTOM, **kwargs)
        self.content = content
        self.total_pages = total_pages
        self.labels = LABELS[content.language]
        self.styles = _styles(content.language)
        frame = Frame(self.leftMargin, self.bottomMargin, self.width, self.height, id="body",
                      leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
        self.addPageTemplates([PageTemplate(id="page", frames=[frame], onPage=self._furniture)])

    def _furniture(self, canvas: Any, document: Any) -> None:
        content, labels, styles = self.content, self.labels, self.styles
        page_width, _page_height = self.pagesize
        statement = content.statement
        status = labels["issued"].format(date=content.date_text, n=statement.revision) if statement.issued \
            else labels["draft"].format(n=statement.revision)
        left = f"{content.mission_code} · {labels[statement.kind.value]} · {status}"
        right = labels["page"].format(n=canvas.getPageNumber(), total=max(self.total_pages, 1))
        canvas.saveState()
        canvas.setStrokeColor(RULE)
        canvas.setLineWidth(0.4)
        y = MARGIN_BOTTOM - 8 * mm
        canvas.line(MARGIN_X, y + 3.5 * mm, page_width - MARGIN_X, y + 3.5 * mm)
        usable = page_width - 2 * MARGIN_X
        for text, style, x, share in ((left, styles["footer"], MARGIN_X, 0.72),
                                      (right, styles["footer_right"], MARGIN_X + 0.72 * usable, 0.28)):
            paragraph = _p(text, style)
            _w, height = paragraph.wrap(share * usable, 20 * mm)
            paragraph.drawOn(canvas, x, y - height + 2 * mm)
        if canvas.getPageNumber() > 1:
            header = _p(f"{content.facts.mission_name} · {labels[statement.kind.value]}", styles["footer"])
            _w, height = header.wrap(page_width - 2 * MARGIN_X, 20 * mm)
            header.drawOn(canvas, MARGIN_X, _page_height - MARGIN_TOP + 4 * mm)
        canvas.restoreState()


def _build(target: Any, content: StatementContent, paper: str, total_pages: int) -> int:
    labels = LABELS[content.language]
    statement = content.statement
    kind = labels[statement.kind.value]
    document = _StatementDocument(
        target, content, paper, total_pages,
        title=content.title, author=content.facts.mission_name,
        subject=labels["subject"].format(kind=kind, mission=content.facts.mission_name,
                                         when=content.date_text or content.mission_code),
        creator="Observer Desk", keywords=f"{content.mission_code}, {statement.kind.value}, {content.language}",
        lang=content.language, initialFontName=font_name(), displayDocTitle=True, pageCompression=1)
    story = _story(content, document.styles, document.width)
    document.build(story)
    return document.page


def statement_pdf_bytes(content: StatementContent, *, paper: str = DEFAULT_PAPER) -> tuple[bytes, int]:
    """The PDF of a statement in memory, and its number of pages."""
    if paper not in PAPERS:
        raise ValueError(_("paper {paper!r}: choose {papers}").format(
            paper=paper, papers=_(" or ").join(PAPERS)))
    if content.language not in LABELS:
        raise ValueError(_("no statement labels in {language!r}").format(language=content.language))
    register_fonts()
    # Laid out once to count the pages, then again with "of N" known.
    pages = _build(io.BytesIO(), content, paper, 0)
    buffer = io.BytesIO()
    final_pages = _build(buffer, content, paper, pages)
    return buffer.getvalue(), final_pages


def write_statement_pdf(target: str | Path | BinaryIO, content: StatementContent, *,
                        paper: str = DEFAULT_PAPER) -> int:
    """Write the statement's PDF to a path (through a temporary file beside it, so a failed run
    never leaves half a PDF under the name asked for) or a binary file object; returns its pages."""
    data, pages = statement_pdf_bytes(content, paper=paper)
    if not isinstance(target, (str, Path)):
        target.write(data)
        return pages
    path = Path(target)
    handle, temporary = tempfile.mkstemp(prefix=f".{path.stem}-", suffix=".pdf.part",
                                         dir=path.parent if str(path.parent) else Path("."))
    try:
        with os.fdopen(handle, "wb") as stream:
            stream.write(data)
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
    return pages
