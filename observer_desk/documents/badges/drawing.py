"""One badge, front and back, drawn with reportlab at the origin of its own rectangle.

Front, portrait (cr80, a6): the organisation and mission title at the top over a thin rule in the
role's colour; the photo (35 x 45 mm) on the left, on its right the organisation's short name, the
observer code and the QR code (with the accreditation number and validity on wide badges); under
the photo the name in Latin script (family name in bold capitals), the name in the observer's own
script when it differs, the sending state or body, and the accreditation number and validity; at
the bottom a band in the role's colour with the role written out.

Front, landscape (cr80-landscape, a4-10up, letter-6up): the same parts with the photo on the left
and everything else to its right, the role band at the bottom right.

Back: the mission, the rules of conduct, the mission's contact, and the badge's code and version.

Sizes scale with the badge's short side (a CR80 card is the unit); the photo is always printed at
35 x 45 mm, the size it is stored for at 300 dpi. A badge of an observer who is not accredited
carries "DRAFT - NOT VALID" across it.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING

from reportlab.graphics.barcode.qr import QrCodeWidget
from reportlab.pdfgen.canvas import Canvas

from ...core.language import N_
from ...core.models import MissionRole
from ..fonts import clean_text, split_runs, string_width
from .layouts import CR80_SHORT, mm
from .text import Box, Column, Fitted, Paragraph, Span, Style, draw, draw_column, fit, fit_column

if TYPE_CHECKING:
    from ...core.services.badges import BadgeData, BadgeMission

PHOTO_WIDTH = mm(35)
PHOTO_HEIGHT = mm(45)
MUTED = "#4a4f57"

# Colour of the band, by the group the role belongs to: head, observer, staff, interpreter.
ROLE_GROUPS = {
    MissionRole.HEAD: "head", MissionRole.DEPUTY: "head",
    MissionRole.OBSERVER: "observer",
    MissionRole.COORDINATOR: "staff", MissionRole.STAFF: "staff",
    MissionRole.INTERPRETER: "interpreter",
}
GROUP_COLOURS = {
    "head": "#9b1b30",
    "observer": "#1f4e9a",
    "staff": "#2e7d32",
    "interpreter": "#b35c00",
}
DRAFT_COLOUR = "#c62828"

LABELS: dict[str, dict[str, str]] = {
    "en": {
        MissionRole.HEAD: "HEAD OF MISSION", MissionRole.DEPUTY: "DEPUTY HEAD OF MISSION",
        MissionRole.COORDINATOR: "COORDINATOR", MissionRole.OBSERVER: "OBSERVER",
        MissionRole.INTERPRETER: "INTERPRETER", MissionRole.STAFF: "MISSION STAFF",
        "number": "Accreditation No.", "valid": "Valid", "draft": "DRAFT - NOT VALID",
        "rules": "Rules of conduct", "contact": "Contact",
        "found": "If found, please return this badge to the mission secretariat.",
        "version": "badge version",
    },
    "ru": {
        MissionRole.HEAD: "ГЛАВА МИССИИ", MissionRole.DEPUTY: "ЗАМЕСТИТЕЛЬ ГЛАВЫ МИССИИ",
        MissionRole.COORDINATOR: "КООРДИНАТОР", MissionRole.OBSERVER: "НАБЛЮДАТЕЛЬ",
        MissionRole.INTERPRETER: "ПЕРЕВОДЧИК", MissionRole.STAFF: "СОТРУДНИК МИССИИ",
        "number": "Аккредитация №", "valid": "Действительно", "draft": "ПРОЕКТ - НЕДЕЙСТВИТЕЛЕН",
        "rules": "Правила поведения", "contact": "Контакты",
        "found": "Нашедшего просим вернуть бейдж в секретариат миссии.",
        "version": "версия бейджа",
    },
    "zh": {
        MissionRole.HEAD: "观察团团长", MissionRole.DEPUTY: "观察团副团长",
        MissionRole.COORDINATOR: "协调员", MissionRole.OBSERVER: "观察员",
        MissionRole.INTERPRETER: "翻译", MissionRole.STAFF: "观察团工作人员",
        "number": "认证编号", "valid": "有效期", "draft": "草样 - 无效",
        "rules": "行为守则", "contact": "联系方式",
        "found": "如拾到此证，请交还观察团秘书处。",
        "version": "证件版本",
    },
}

RULES: dict[str, tuple[str, ...]] = {
    "en": (
        "Wear this badge visibly whenever you observe.",
        "Stay impartial; do not interfere with voting, counting or the work of election officials.",
        "Respect the laws of the host country and the instructions of polling-station chairs.",
        "Base every finding on what you saw yourself; do not speak to the media for the mission.",
    ),
    "ru": (
        "Носите этот бейдж на виду во время наблюдения.",
        ("Соблюдайте беспристрастность; не вмешивайтесь в голосование, подсчёт голосов и "
         "работу избирательных комиссий."),
        "Уважайте законы страны пребывания и указания председателей участковых комиссий.",
        "Основывайте выводы только на увиденном лично; не выступайте в СМИ от имени миссии.",
    ),
    "zh": (
        "观察期间请佩戴本证件并保持可见。",
        "保持公正，不干预投票、计票及选举官员的工作。",
        "尊重东道国法律和投票站负责人的指示。",
        "结论须基于亲眼所见；不得代表观察团接受媒体采访。",
    ),
}


def labels(language: str) -> dict[str, str]:
    return LABELS.get(language, LABELS["en"])


def role_colour(role: MissionRole) -> str:
    return GROUP_COLOURS[ROLE_GROUPS[MissionRole(role)]]


def _date(value) -> str:
    return f"{value:%d.%m.%Y}"


def validity(mission: BadgeMission, language: str) -> str:
    return f"{labels(language)['valid']} {_date(mission.valid_from)} – {_date(mission.valid_until)}"


def native_differs(badge: BadgeData) -> bool:
    """The own-script name gets its own line unless it merely repeats the Latin one."""
    native = " ".join(clean_text(badge.native_name).casefold().split())
    if not native:
        return False
    family = clean_text(badge.family_name).casefold().strip()
    given = clean_text(badge.given_names).casefold().strip()
    return native not in {f"{family} {given}".strip(), f"{given} {family}".strip()}


# --- Geometry ----------------------------------------------------------------------------------

Slot = tuple[Box, Style]


@dataclass(frozen=True)
class FrontGeometry:
    width: float
    height: float
    scale: float
    organisation: Slot
    title: Slot
    rule_y: float
    rule_x: tuple[float, float]
    photo: tuple[float, float]  # lower left corner; the size is always 35 x 45 mm
    short_name: Slot | None
    code: Slot
    qr: tuple[float, float, float]  # x, y, side
    name: Slot
    native: Slot
    body: Slot
    details: Slot
    band: tuple[float, float, float, float]  # x, y, width, height
    role: Slot


def front_geometry(width: float, height: float) -> FrontGeometry:
    if width > height:
        return _landscape(width, height)
    return _portrait(width, height)


def _portrait(width: float, height: float) -> FrontGeometry:
    s = width / CR80_SHORT

    def u(value: float) -> float:
        return mm(value) * s

    margin = u(2.4)
    inner = width - 2 * margin
    organisation = Box(margin, height - u(1.5), inner, u(3.3))
    title = Box(margin, organisation.bottom, inner, u(4.6))
    rule_y = title.bottom - u(0.5)
    photo_top = rule_y - u(0.9)
    photo_y = photo_top - PHOTO_HEIGHT
    column_x = margin + PHOTO_WIDTH + u(1.6)
    column_w = width - margin - column_x
    short_name = Box(column_x, photo_top, column_w, min(u(7), mm(10)))
    code_h = min(u(3.2), mm(5))
    qr_side = min(column_w, PHOTO_HEIGHT - short_name.height - code_h - mm(2))
    qr = (column_x + (column_w - qr_side) / 2, photo_y, qr_side)
    code = Box(column_x, photo_y + qr_side + code_h + mm(0.4), column_w, code_h)
    band_h = u(8)
    role = Box(margin, band_h - u(1), inner, band_h - u(2))
    text_top = photo_y - u(0.9)
    text_bottom = band_h + u(0.9)
    available = text_top - text_bottom
    name = Box(margin, text_top, inner, available * 0.36)
    native = Box(margin, name.bottom, inner, available * 0.22)
    body = Box(margin, native.bottom, inner, available * 0.20)
    details = Box(margin, body.bottom, inner, body.bottom - text_bottom)
    return FrontGeometry(
        width=width, height=height, scale=s,
        organisation=(organisation, Style(6.8 * s, 4.6 * s)),
        title=(title, Style(6.0 * s, 4.2 * s, leading=1.15, color=MUTED)),
        rule_y=rule_y, rule_x=(margin, width - margin),
        photo=(margin, photo_y),
        short_name=(short_name, Style(16 * s, 5 * s, align="center", valign="top", max_lines=2)),
        code=(code, Style(6.5 * s, 4 * s, align="center", valign="bottom", max_lines=1)),
        qr=qr,
        name=(name, Style(9.5 * s, 6 * s, leading=1.15)),
        native=(native, Style(8 * s, 5.5 * s, leading=1.15)),
        body=(body, Style(6.6 * s, 4.8 * s, leading=1.15, color=MUTED)),
        details=(details, Style(5.6 * s, 4.3 * s, leading=1.15, color=MUTED)),
        band=(0.0, 0.0, width, band_h),
        role=(role, Style(9 * s, 5 * s, align="center", color="#ffffff", max_lines=1)),
    )


def _landscape(width: float, height: float) -> FrontGeometry:
    s = height / CR80_SHORT

    def u(value: float) -> float:
        return mm(value) * s

    margin = u(2.2)
    inner = width - 2 * margin
    organisation = Box(margin, height - u(1.0), inner, u(2.6))
    title = Box(margin, organisation.bottom, inner, u(2.6))
    rule_y = title.bottom - u(0.3)
    area_top = rule_y - u(0.5)
    area_bottom = u(1.9)
    # The photo keeps its 35 x 45 mm; on a taller badge it is centred in the space it has.
    photo_y = area_bottom + max(0.0, (area_top - area_bottom - PHOTO_HEIGHT) / 2)
    right_x = margin + PHOTO_WIDTH + u(2.5)
    right_w = width - margin - right_x
    band_h = u(7)
    role = Box(right_x + u(1), area_bottom + band_h - u(0.9), right_w - u(2), band_h - u(1.8))
    qr_side = u(13)
    qr = (right_x + right_w - qr_side, area_bottom + band_h + u(1.2), qr_side)
    beside_w = right_w - qr_side - u(1.5)
    code = Box(right_x, qr[1] + u(3.2), beside_w, u(3.2))
    details = Box(right_x, qr[1] + qr_side, beside_w, qr_side - u(3.2) - u(0.8))
    upper_bottom = qr[1] + qr_side + u(1.0)
    available = area_top - upper_bottom
    name = Box(right_x, area_top, right_w, available * 0.40)
    native = Box(right_x, name.bottom, right_w, available * 0.30)
    body = Box(right_x, native.bottom, right_w, available * 0.30)
    return FrontGeometry(
        width=width, height=height, scale=s,
        organisation=(organisation, Style(6.2 * s, 4.4 * s)),
        title=(title, Style(6.0 * s, 4.2 * s, color=MUTED, max_lines=1)),
        rule_y=rule_y, rule_x=(margin, width - margin),
        photo=(margin, photo_y),
        short_name=None,
        code=(code, Style(6.5 * s, 4.2 * s, valign="bottom", max_lines=1)),
        qr=qr,
        name=(name, Style(10.5 * s, 6.2 * s, leading=1.15)),
        native=(native, Style(8.5 * s, 5.5 * s, leading=1.15)),
        body=(body, Style(7 * s, 4.8 * s, leading=1.15, color=MUTED)),
        details=(details, Style(6 * s, 4.3 * s, leading=1.15, valign="top", color=MUTED)),
        band=(right_x, area_bottom, right_w, band_h),
        role=(role, Style(9 * s, 5 * s, align="center", color="#ffffff", max_lines=1)),
    )


@dataclass(frozen=True)
class BackGeometry:
    width: float
    height: float
    scale: float
    column: Box
    footer: Slot
    band: tuple[float, float, float, float]
    max_size: float
    min_size: float


def back_geometry(width: float, height: float) -> BackGeometry:
    s = min(width, height) / CR80_SHORT

    def u(value: float) -> float:
        return mm(value) * s

    margin = u(2.6)
    band_h = u(1.6)
    footer = Box(margin, band_h + u(4.2), width - 2 * margin, u(3.2))
    column = Box(margin, height - u(2.2), width - 2 * margin, height - u(2.2) - footer.top - u(1.0))
    return BackGeometry(width, height, s, column,
                        (footer, Style(5.6 * s, 4 * s, align="center", color=MUTED, max_lines=1)),
                        (0.0, 0.0, width, band_h), max_size=6.4 * s, min_size=3.8 * s)


# --- Composition: the texts fitted into their places -------------------------------------------

# The words a report uses for each field.
FIELD_NAMES = {
    "organisation": N_("organisation"), "title": N_("mission title"),
    "short_name": N_("organisation short name"), "name": N_("name"),
    "native": N_("name in own script"), "body": N_("sending body"),
    "details": N_("accreditation number and validity"), "code": N_("observer code"),
    "role": N_("role"), "back": N_("back side (rules of conduct and contact)"),
    "footer": N_("back side code line"),
}


def name_spans(badge: BadgeData) -> list[Span]:
    """The Latin name: family name in bold capitals, then the given names."""
    family = clean_text(badge.family_name).strip().upper()
    given = clean_text(badge.given_names).strip()
    spans = [Span(family, bold=True)] if family else []
    if given:
        spans.append(Span((" " if family else "") + given))
    return spans


def details_text(mission: BadgeMission, badge: BadgeData, language: str) -> str:
    number = clean_text(badge.certificate_number).strip()
    prefix = f"{labels(language)['number']} {number}\n" if number else ""
    return prefix + validity(mission, language)


def footer_text(badge: BadgeData, language: str) -> str:
    return f"{clean_text(badge.code)} · {labels(language)['version']} {badge.badge_version}"


@dataclass
class FrontComposition:
    badge: BadgeData
    geometry: FrontGeometry
    texts: dict[str, Fitted]  # field -> fitted text
    colour: str
    draft_label: str | None


@dataclass
class BackComposition:
    geometry: BackGeometry
    column: Column


class Composer:
    """Fits the texts of a run's badges: the mission's texts once per badge size, each
    observer's texts per badge."""

    def __init__(self, mission: BadgeMission, language: str = "en"):
        self.mission = mission
        self.language = language if language in LABELS else "en"
        self._mission_fits: dict[tuple[float, float], dict[str, Fitted]] = {}
        self._backs: dict[tuple[float, float], BackComposition] = {}

    def mission_fitted(self, geometry: FrontGeometry) -> dict[str, Fitted]:
        key = (geometry.width, geometry.height)
        if key not in self._mission_fits:
            mission = self.mission
            result = {
                "organisation": fit([Span(clean_text(mission.organisation), bold=True)],
                                    *geometry.organisation),
                "title": fit(clean_text(mission.title), *geometry.title),
            }
            if geometry.short_name is not None and mission.organisation_short.strip():
                result["short_name"] = fit([Span(clean_text(mission.organisation_short), bold=True)],
                                           *geometry.short_name)
            self._mission_fits[key] = result
        return self._mission_fits[key]

    def front(self, badge: BadgeData, geometry: FrontGeometry) -> FrontComposition:
        words = labels(self.language)
        fitted = dict(self.mission_fitted(geometry))
        fitted["name"] = fit(name_spans(badge), *geometry.name)
        if native_differs(badge):
            fitted["native"] = fit(clean_text(badge.native_name).strip(), *geometry.native)
        body = clean_text(badge.body_name).strip()
        if body:
            fitted["body"] = fit(body, *geometry.body)
        fitted["details"] = fit(details_text(self.mission, badge, self.language), *geometry.details)
        fitted["code"] = fit([Span(clean_text(badge.code), bold=True)], *geometry.code)
        fitted["role"] = fit([Span(words[MissionRole(badge.role)], bold=True)], *geometry.role)
        return FrontComposition(badge, geometry, fitted, role_colour(badge.role),
                                words["draft"] if badge.draft else None)

    def back(self, geometry: BackGeometry) -> BackComposition:
        key = (geometry.width, geometry.height)
        if key not in self._backs:
            words = labels(self.language)
            mission = self.mission
            paragraphs = [
                Paragraph([Span(clean_text(mission.title), bold=True)], scale=1.1),
                Paragraph([Span(clean_text(mission.organisation))], color=MUTED),
                Paragraph([Span(words["rules"], bold=True)], space_before=0.7),
            ]
            for number, rule in enumerate(RULES.get(self.language, RULES["en"]), start=1):
                paragraphs.append(Paragraph([Span(f"{number}. {rule}")], space_before=0.15))
            contact = clean_text(mission.contact).strip()
            if contact:
                paragraphs.append(Paragraph([Span(words["contact"], bold=True)], space_before=0.7))
                paragraphs.append(Paragraph([Span(contact)]))
            paragraphs.append(Paragraph([Span(words["found"])], space_before=0.7, color=MUTED))
            column = fit_column(paragraphs, geometry.column, geometry.max_size, geometry.min_size)
            self._backs[key] = BackComposition(geometry, column)
        return self._backs[key]

    def footer(self, badge: BadgeData, geometry: BackGeometry) -> Fitted:
        return fit(footer_text(badge, self.language), *geometry.footer)


# --- Drawing -----------------------------------------------------------------------------------

@lru_cache(maxsize=8192)
def qr_runs(payload: str) -> tuple[int, tuple[tuple[int, int, int], ...]]:
    """The QR code of a payload as (module count, dark runs (row, first column, length)).
    Encoding is pure Python and tries all eight masks for the most legible code (about 20 ms);
    kept per payload, so a preview made again after a change of options costs nothing."""
    code = QrCodeWidget(payload, barLevel="M", barBorder=0).qr
    code.make()
    count = code.getModuleCount()
    runs = []
    for row_number, row in enumerate(code.modules):
        column = 0
        while column < count:
            if row[column]:
                start = column
                while column < count and row[column]:
                    column += 1
                runs.append((row_number, start, column - start))
            else:
                column += 1
    return count, tuple(runs)


def draw_qr(canvas: Canvas, payload: str, x: float, y: float, side: float) -> None:
    """The QR code as vector rectangles in one path: sharp at any printer resolution, and small.
    Error correction level M survives a scratched or creased badge."""
    count, runs = qr_runs(payload)
    module = side / count
    canvas.saveState()
    # In module units, top row first: whole numbers keep the path short to write and to read.
    canvas.transform(module, 0, 0, -module, x, y + side)
    path = canvas.beginPath()
    for row, start, length in runs:
        path.rect(start, row, length, 1)
    canvas.setFillColor("#000000")
    canvas.drawPath(path, stroke=0, fill=1)
    canvas.restoreState()


def draw_placeholder(canvas: Canvas, x: float, y: float) -> None:
    """A neutral head-and-shoulders outline where the photo would be."""
    canvas.saveState()
    path = canvas.beginPath()
    path.rect(x, y, PHOTO_WIDTH, PHOTO_HEIGHT)
    canvas.clipPath(path, stroke=0, fill=0)
    canvas.setFillColor("#e4e7eb")
    canvas.rect(x, y, PHOTO_WIDTH, PHOTO_HEIGHT, stroke=0, fill=1)
    canvas.setFillColor("#b9c0c8")
    centre = x + PHOTO_WIDTH / 2
    canvas.ellipse(centre - PHOTO_WIDTH * 0.42, y - PHOTO_HEIGHT * 0.18,
                   centre + PHOTO_WIDTH * 0.42, y + PHOTO_HEIGHT * 0.38, stroke=0, fill=1)
    canvas.circle(centre, y + PHOTO_HEIGHT * 0.60, PHOTO_WIDTH * 0.21, stroke=0, fill=1)
    canvas.restoreState()


def draw_front(canvas: Canvas, composition: FrontComposition, photo: str | None) -> None:
    """Draw the front with its lower left corner at the current origin. `photo` is the path of
    the photo's JPEG file: reportlab embeds an image drawn by file name once per document and
    passes a JPEG through without decoding it."""
    g = composition.geometry
    texts = composition.texts
    canvas.setStrokeColor(composition.colour)
    canvas.setLineWidth(0.8 * g.scale)
    canvas.line(g.rule_x[0], g.rule_y, g.rule_x[1], g.rule_y)
    for key in ("organisation", "title", "short_name", "name", "native", "body", "details", "code"):
        if key in texts:
            draw(canvas, texts[key])
    x, y = g.photo
    if photo:
        canvas.drawImage(photo, x, y, PHOTO_WIDTH, PHOTO_HEIGHT)
    else:
        draw_placeholder(canvas, x, y)
    draw_qr(canvas, composition.badge.qr_payload, *g.qr)
    bx, by, bw, bh = g.band
    canvas.setFillColor(composition.colour)
    canvas.rect(bx, by, bw, bh, stroke=0, fill=1)
    draw(canvas, texts["role"])
    if composition.draft_label:
        draw_draft_mark(canvas, g.width, g.height, composition.draft_label)


def draw_back(canvas: Canvas, composition: BackComposition, footer: Fitted, colour: str) -> None:
    g = composition.geometry
    draw_column(canvas, composition.column)
    draw(canvas, footer)
    x, y, w, h = g.band
    canvas.setFillColor(colour)
    canvas.rect(x, y, w, h, stroke=0, fill=1)


def draw_draft_mark(canvas: Canvas, width: float, height: float, label: str) -> None:
    """Across the whole badge, in red, with a red frame: a draft can never pass for a badge."""
    bold_width = string_width(label, 1, bold=True)
    size = min(0.8 * math.hypot(width, height) / max(bold_width, 1e-6), min(width, height) * 0.16)
    canvas.saveState()
    canvas.setStrokeColor(DRAFT_COLOUR)
    canvas.setLineWidth(max(1.0, size * 0.08))
    inset = max(1.0, size * 0.08) / 2
    canvas.rect(inset, inset, width - 2 * inset, height - 2 * inset, stroke=1, fill=0)
    canvas.translate(width / 2, height / 2)
    canvas.rotate(math.degrees(math.atan2(height, width)))
    canvas.setFillColor(DRAFT_COLOUR)
    canvas.setFillAlpha(0.72)
    text = canvas.beginText(-bold_width * size / 2, -size * 0.35)
    for run in split_runs(label, bold=True):
        text.setFont(run.font, size)
        text.textOut(run.text)
    canvas.drawText(text)
    canvas.restoreState()
