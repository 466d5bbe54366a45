"""Texts of the documents that used to stay English (or English-punctuated) whatever language
they were written in: the printer calibration page and its steps, the sending body in the
itinerary's header, the administrative units and lists of names of the itinerary exports, the
calendar's categories and the colons of the Chinese statement."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from icalendar import Calendar
from itinerary_world import World, at, build_world
from openpyxl import load_workbook
from pypdf import PdfReader
from sqlalchemy import select

from observer_desk.core.db import Database
from observer_desk.core.language import set_language
from observer_desk.core.models import AdminUnit, EventKind, Phase, SendingBody
from observer_desk.core.services.itineraries import (
    deployment_rows,
    export_itinerary,
    personal_itinerary,
    schedule_rows,
)
from observer_desk.core.services.programme import EventData, create_event
from observer_desk.core.services.schedule import load_schedule
from observer_desk.core.services.statements import create_statement, current_statement, statement_content
from observer_desk.core.services.teams import TeamData, create_team
from observer_desk.documents.badges.layouts import get_layout
from observer_desk.documents.badges.pdf import calibration_instructions, write_calibration_pdf
from observer_desk.documents.statement_pdf import statement_pdf_bytes
from statement_fixtures import demo, demo_file  # noqa: F401 - fixtures


def pdf_text(path_or_data: Path | bytes) -> str:
    source = io.BytesIO(path_or_data) if isinstance(path_or_data, bytes) else path_or_data
    return "\n".join(" ".join(page.extract_text().split()) for page in PdfReader(source).pages)


def squeezed(text: str) -> str:
    return "".join(text.split())


def font_faces(path: Path) -> set[str]:
    faces = set()
    for page in PdfReader(path).pages:
        for font in page["/Resources"]["/Font"].values():
            font = font.get_object()
            assert "/FontFile2" in font["/FontDescriptor"], font["/BaseFont"]
            faces.add(str(font["/BaseFont"]).split("+", 1)[-1])
    return faces


# --- B: the calibration page -------------------------------------------------------------------

ENGLISH_STEPS = [
    "Printer calibration",
    "Print this page at 100% (no scaling, no fit to page). Offset in use: x +0.5 mm, y -1.0 mm.",
    "Fold the page in half, left edge on right edge, and read the x ruler where the fold crosses "
    "it. Unfold it, fold top edge on bottom edge, and read the y ruler at the fold.",
    "New offset = offset in use + reading (x to the right, y downwards). Print the page again "
    "after saving it: both readings should then be 0.",
]


def test_the_calibration_steps_stay_the_same_in_english() -> None:
    assert calibration_instructions(get_layout("a4-10up"), (0.5, -1.0)) == ENGLISH_STEPS
    card = calibration_instructions(get_layout("cr80"), (0.0, 0.0))
    assert card[2].startswith("Read the x ruler where the card's left edge cuts it")
    assert card[1].endswith("Offset in use: x +0.0 mm, y +0.0 mm.")


@pytest.mark.parametrize(("language", "title", "offset"), [
    ("ru", "Калибровка принтера", "x +0.5 мм, y -1.0 мм"),
    ("zh_CN", "打印机校准", "x +0.5 毫米，y -1.0 毫米"),
])
def test_the_calibration_steps_follow_the_message_language(language: str, title: str, offset: str) -> None:
    set_language(language)
    for layout in ("a4-10up", "cr80"):
        steps = calibration_instructions(get_layout(layout), (0.5, -1.0))
        assert steps[0] == title
        assert offset in steps[1]
        assert all(step not in ENGLISH_STEPS for step in steps)
        assert not any("ruler" in step or "offset" in step for step in steps)


@pytest.mark.parametrize(("language", "expected", "chinese_font"), [
    ("ru", ["Калибровка принтера", "Текущее смещение: x +0.5 мм, y -1.0 мм", "Сложите страницу пополам"],
     False),
    ("zh_CN", ["打印机校准", "当前偏移：x+0.5毫米，y-1.0毫米", "将本页左右对折"], True),
])
@pytest.mark.parametrize("layout", ["a4-10up", "cr80"])
def test_the_calibration_page_prints_in_the_message_language(
        tmp_path: Path, layout: str, language: str, expected: list[str], chinese_font: bool) -> None:
    set_language(language)
    target = tmp_path / "calibration.pdf"
    write_calibration_pdf(target, layout, (0.5, -1.0))
    text = squeezed(pdf_text(target))
    first, second, third = expected
    assert squeezed(first) in text and squeezed(second) in text
    if layout == "a4-10up":
        assert squeezed(third) in text
    assert "Printer calibration" not in text and "Offset in use" not in squeezed(text)
    # The layout's title in the footer is the translated one, and every glyph comes from a font
    # embedded in the file: Cyrillic from DejaVu, Chinese from WenQuanYi.
    assert squeezed(get_layout(layout).display_title) in text
    faces = font_faces(target)
    assert any(face.startswith("DejaVuSans") for face in faces)
    assert any(face.startswith("WenQuanYi") for face in faces) == chinese_font
    dash = {"ru": " — ", "zh_CN": " - "}[language]
    assert PdfReader(target).metadata.title == f"{first}{dash}{layout}"


# --- D, J: the itinerary exports -----------------------------------------------------------------

@pytest.fixture
def world(db: Database) -> World:
    made = build_world(db)
    with db.transaction() as session:
        china = session.scalar(select(SendingBody).where(
            SendingBody.mission_id == made.mission_id, SendingBody.code == "CN"))
        china.name_ru, china.name_zh = "Китайская Народная Республика", "中华人民共和国"
        yesil = session.get(AdminUnit, made.units["yesil"])
        yesil.name_ru, yesil.name_zh = "Есильский район", "叶西尔区"
    return made


def visit(db: Database, world: World) -> None:
    """Station 101 (Yesil District, Astana) visited by two teams and two observers by name."""
    first = create_team(db, world.mission_id, TeamData("Team 1", [world.observers["T-01"]]))
    second = create_team(db, world.mission_id, TeamData("Team 2", [world.observers["T-02"],
                                                                   world.observers["T-05"]]))
    create_event(db, world.mission_id, EventData(
        kind=EventKind.VISIT, title="Opening of station 101", starts_at=at(20, "07:00"),
        ends_at=at(20, "07:45"), polling_station_id=world.stations["101"], phase=Phase.OPENING,
        team_ids=[first.id, second.id]))
    create_event(db, world.mission_id, EventData(
        kind=EventKind.TRAVEL, title="To the hotel", starts_at=at(18, "09:00"),
        ends_at=at(18, "09:30"), venue_id=world.venues["hotel"],
        observer_ids=[world.observers["T-01"], world.observers["T-03"]]))


def test_a_unit_is_named_large_to_small_without_a_separator_in_chinese(db: Database, world: World) -> None:
    schedule = load_schedule(db, world.mission_id)
    yesil, almaty = world.units["yesil"], world.units["almaty-d"]
    assert schedule.unit_label(yesil, "en") == "Yesil District, Astana"
    assert schedule.unit_label(yesil, "ru") == "Есильский район, Астана"
    assert schedule.unit_label(yesil, "zh") == "阿斯塔纳叶西尔区"
    # A unit without a Chinese name keeps the English order rather than run two scripts together.
    assert schedule.unit_label(almaty, "zh") == "Almaty District, 阿斯塔纳"
    assert schedule.unit_label(world.units["astana"], "zh") == "阿斯塔纳"
    # Without a language: the one of the messages (the conflict check, the window).
    assert schedule.unit_label(yesil) == "Yesil District, Astana"
    set_language("zh_CN")
    assert schedule.unit_label(yesil) == "阿斯塔纳叶西尔区"
    set_language("ru")
    assert schedule.unit_label(yesil) == "Есильский район, Астана"


def test_the_window_plan_follows_the_message_language(db: Database, world: World) -> None:
    visit(db, world)
    schedule = load_schedule(db, world.mission_id)
    [english, _second] = deployment_rows(schedule)
    assert english.unit == "Yesil District, Astana"
    set_language("zh_CN")
    rows = deployment_rows(schedule)
    assert [r.unit for r in rows] == ["阿斯塔纳叶西尔区"] * 2
    assert rows[1].members == "IVANOV Sergei、KARIMOV Bakhtiyor"


@pytest.mark.parametrize(("language", "header", "other"), [
    ("en", "Observer, People's Republic of China", "Observer, Russian Federation"),
    ("ru", "Наблюдатель, Китайская Народная Республика", "Наблюдатель, Russian Federation"),
    ("zh", "观察员，中华人民共和国", "观察员，Russian Federation"),
])
def test_the_itinerary_names_the_sending_body_in_its_language(
        db: Database, world: World, tmp_path: Path, language: str, header: str, other: str) -> None:
    visit(db, world)
    schedule = load_schedule(db, world.mission_id)
    assert personal_itinerary(schedule, world.observers["T-01"], language).description == header
    assert personal_itinerary(schedule, world.observers["T-02"], language).description == other
    path = tmp_path / "t-01.pdf"
    export_itinerary(db, world.mission_id, path, observer_code="T-01", language=language)
    assert f"T-01 · {header}" in pdf_text(path)


def test_the_chinese_itinerary_pdf_names_units_kinds_and_phases_in_chinese(
        db: Database, world: World, tmp_path: Path) -> None:
    visit(db, world)
    path = tmp_path / "t-01.pdf"
    export_itinerary(db, world.mission_id, path, observer_code="T-01", language="zh")
    text = squeezed(pdf_text(path))
    assert "阿斯塔纳叶西尔区" in text
    assert "访问投票站，开始投票" in text and "行程" in text
    assert "Yesil" not in text and "visit" not in text
    english = tmp_path / "t-01-en.pdf"
    export_itinerary(db, world.mission_id, english, observer_code="T-01")
    assert "Polling-station visit, opening" in pdf_text(english)
    assert "Yesil District, Astana" in pdf_text(english)


def events_of(path: Path) -> dict[str, object]:
    calendar = Calendar.from_ical(path.read_bytes())
    return {str(e["SUMMARY"]): e for e in calendar.walk("VEVENT")}


def test_the_chinese_calendar_lists_names_with_the_enumeration_comma_and_names_the_kind(
        db: Database, world: World, tmp_path: Path) -> None:
    visit(db, world)
    path = tmp_path / "mission.ics"
    export_itinerary(db, world.mission_id, path, language="zh")
    events = events_of(path)
    opening, travel = events["Opening of station 101"], events["To the hotel"]
    assert "小组：Team 1、Team 2" in str(opening["DESCRIPTION"])
    assert "参加者：ZHANG Wei (T-01)、PETROVA Anna (T-03)" in str(travel["DESCRIPTION"])
    assert opening["CATEGORIES"].cats == ["访问投票站"]
    assert travel["CATEGORIES"].cats == ["行程"]
    assert str(travel["LOCATION"]) == "Test Hotel，Test Hotel street 1"
    schedule = load_schedule(db, world.mission_id)
    row = next(r for r in schedule_rows(schedule, language="zh") if r.title == "Opening of station 101")
    assert row.unit == "阿斯塔纳叶西尔区"


def test_the_english_and_russian_calendars_keep_their_commas(
        db: Database, world: World, tmp_path: Path) -> None:
    visit(db, world)
    english, russian = tmp_path / "en.ics", tmp_path / "ru.ics"
    export_itinerary(db, world.mission_id, english)
    export_itinerary(db, world.mission_id, russian, language="ru")
    opening, travel = events_of(english)["Opening of station 101"], events_of(english)["To the hotel"]
    assert "Teams: Team 1, Team 2" in str(opening["DESCRIPTION"])
    assert opening["CATEGORIES"].cats == ["visit"] and travel["CATEGORIES"].cats == ["travel"]
    assert str(travel["LOCATION"]) == "Test Hotel, Test Hotel street 1"
    opening = events_of(russian)["Opening of station 101"]
    assert "Группы: Team 1, Team 2" in str(opening["DESCRIPTION"])
    assert opening["CATEGORIES"].cats == ["Посещение участка"]


def test_the_chinese_workbook_writes_units_and_members_the_chinese_way(
        db: Database, world: World, tmp_path: Path) -> None:
    visit(db, world)
    path = tmp_path / "plan.xlsx"
    export_itinerary(db, world.mission_id, path, language="zh")
    workbook = load_workbook(path, read_only=True)
    plan, programme = (list(sheet.iter_rows(values_only=True)) for sheet in workbook.worksheets)
    plan_rows = [row for row in plan if row and row[0] in ("Team 1", "Team 2")]
    assert {row[4] for row in plan_rows} == {"阿斯塔纳叶西尔区"}
    assert any(row[11] == "IVANOV Sergei、KARIMOV Bakhtiyor" for row in plan_rows)
    opening = next(row for row in programme if row and "Opening of station 101" in row)
    assert "访问投票站" in opening and "阿斯塔纳叶西尔区" in opening and "Team 1、Team 2" in opening
    workbook.close()
    english = tmp_path / "plan-en.xlsx"
    export_itinerary(db, world.mission_id, english)
    workbook = load_workbook(english, read_only=True)
    plan_rows = [row for row in workbook.worksheets[0].iter_rows(values_only=True)
                 if row and row[0] in ("Team 1", "Team 2")]
    assert {row[4] for row in plan_rows} == {"Yesil District, Astana"}
    assert any(row[11] == "IVANOV Sergei, KARIMOV Bakhtiyor" for row in plan_rows)
    workbook.close()


# --- I: the statement's colons -------------------------------------------------------------------

def final_content(db, mission_id: int, language: str):  # noqa: ANN001, ANN201
    statement = current_statement(db, mission_id, "final", language) or \
        create_statement(db, mission_id, "final", language)
    return statement_content(db, statement.id)


def test_the_chinese_statement_writes_full_width_colons(demo) -> None:  # noqa: F811
    db, mission_id = demo
    content = final_content(db, mission_id, "zh")
    assert content.facts.phases
    data, _pages = statement_pdf_bytes(content)
    text = squeezed(pdf_text(data))
    for label, count in content.facts.phases:
        assert squeezed(f"{label}：{count}") in text
        assert squeezed(f"{label}: {count}") not in text
    subject = PdfReader(io.BytesIO(data)).metadata.subject
    when = content.date_text or content.mission_code
    assert subject == f"最终报告：{content.facts.mission_name}，{when}"


def test_the_english_statement_keeps_its_colons(demo) -> None:  # noqa: F811
    db, mission_id = demo
    content = final_content(db, mission_id, "en")
    data, _pages = statement_pdf_bytes(content)
    text = pdf_text(data)
    label, count = content.facts.phases[0]
    assert f"{label}: {count}" in text
    subject = PdfReader(io.BytesIO(data)).metadata.subject
    when = content.date_text or content.mission_code
    assert subject == f"Final report: {content.facts.mission_name}, {when}"
