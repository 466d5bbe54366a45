"""The itinerary documents in the reader's language: the window writes them in the interface
language, the command line in the one given with --lang, and the calendar, the workbook and the
"with whom" of each event have their own texts in English, Russian and Chinese."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from icalendar import Calendar
from itinerary_world import World, at, build_world
from openpyxl import load_workbook
from pypdf import PdfReader
from sqlalchemy import select

from observer_desk.core.db import Database, open_database
from observer_desk.core.errors import UsageError
from observer_desk.core.language import set_language
from observer_desk.core.models import EventKind, Mission
from observer_desk.core.services.demo import DEMO_MISSION_CODE
from observer_desk.core.services.itineraries import export_itinerary, observers_text
from observer_desk.core.services.programme import EventData, create_event
from observer_desk.core.services.teams import TeamData, create_team


@pytest.fixture
def demo(demo_template_url: str, copy_db_url) -> Iterator[tuple[Database, int]]:  # noqa: ANN001
    database = open_database(copy_db_url(demo_template_url, "demo"))
    with database.reading() as session:
        mission_id = session.scalar(select(Mission.id).where(Mission.code == DEMO_MISSION_CODE))
    yield database, mission_id
    database.dispose()


def pdf_text(path: Path) -> str:
    return "\n".join(" ".join(page.extract_text().split()) for page in PdfReader(path).pages)


def descriptions(path: Path) -> list[str]:
    calendar = Calendar.from_ical(path.read_bytes())
    return [str(event.get("DESCRIPTION", "")) for event in calendar.walk("VEVENT")]


# --- the window ----------------------------------------------------------------------------------

@pytest.mark.parametrize(("interface", "document"), [("ru", "ru"), ("zh_CN", "zh"), ("en", "en"),
                                                     ("ru_RU", "ru"), ("zh", "zh"), ("kk", "en")])
def test_the_document_language_of_an_interface_language(interface: str, document: str) -> None:
    from observer_desk.ui.translations import document_language

    assert document_language(interface) == document


def test_the_document_language_follows_the_window(qapp) -> None:  # noqa: ANN001
    from observer_desk.ui.translations import document_language

    assert document_language() == "en"
    set_language("ru")
    assert document_language() == "ru"
    set_language("zh_CN")
    assert document_language() == "zh"


def test_a_pdf_exported_from_the_window_in_russian_reads_russian(qtbot, demo, tmp_path: Path) -> None:  # noqa: ANN001
    from observer_desk.ui.itinerary_page import ItineraryPage

    db, mission_id = demo
    set_language("ru")  # what the window does at start in a Russian interface
    page = ItineraryPage()
    qtbot.addWidget(page)
    page.load(db, mission_id)
    observer = next(p for p in page.schedule.people.values() if p.code == "SCO-02")
    page.who.setCurrentIndex(page.who.findData(f"observer:{observer.id}"))
    path = tmp_path / "qiao.pdf"
    page.export(str(path))
    qtbot.waitUntil(lambda: page.last_export is not None, timeout=30_000)
    text = pdf_text(path)
    for russian in ("Личная программа", "Координатор", "Телефон: +86 138 5555 0102",
                    "рейс KC 886", "Группа: Team 7", "Водитель: Timur Akhmetov",
                    "Время (местное)", "Собеседник", "Участники: вся миссия", "17 ноября 2022"):
        assert russian in text, russian
    for english in ("Personal itinerary", "Telephone: +86", "Coordinator", "UTC+6, flight",
                    "the whole mission", "Driver:"):
        assert english not in text, english


def test_a_calendar_exported_from_the_window_in_chinese(qtbot, demo, tmp_path: Path) -> None:  # noqa: ANN001
    from observer_desk.ui.itinerary_page import ItineraryPage

    db, mission_id = demo
    set_language("zh_CN")
    page = ItineraryPage()
    qtbot.addWidget(page)
    page.load(db, mission_id)
    path = tmp_path / "mission.ics"
    page.export(str(path))
    qtbot.waitUntil(lambda: page.last_export is not None, timeout=30_000)
    found = descriptions(path)
    assert any(text.startswith("参加者：") for text in found)
    assert not any("Participants:" in text for text in found)
    assert str(Calendar.from_ical(path.read_bytes())["X-WR-CALNAME"]) == "SCO-KZ-2022 日程"


def test_the_window_may_be_asked_for_another_document_language(qtbot, demo, tmp_path: Path) -> None:  # noqa: ANN001
    from observer_desk.ui.itinerary_page import ItineraryPage

    db, mission_id = demo
    set_language("ru")
    page = ItineraryPage()
    qtbot.addWidget(page)
    page.load(db, mission_id)
    path = tmp_path / "mission.ics"
    page.export(str(path), language="en")
    qtbot.waitUntil(lambda: page.last_export is not None, timeout=30_000)
    assert any(text.startswith("Participants: ") for text in descriptions(path))


# --- the documents -------------------------------------------------------------------------------

@pytest.fixture
def world(db: Database) -> World:
    return build_world(db)


def meeting_of_a_team(db: Database, world: World) -> None:
    team = create_team(db, world.mission_id, TeamData("Team 1", [world.observers["T-01"]]))
    create_event(db, world.mission_id, EventData(
        kind=EventKind.MEETING, title="Meeting with the district commission", starts_at=at(18, "10:00"),
        ends_at=at(18, "11:00"), venue_id=world.venues["hotel"], counterpart="Chair of the commission",
        team_ids=[team.id]))


@pytest.mark.parametrize(("language", "labels", "name"), [
    ("en", ("Counterpart: Chair", "Teams: Team 1", "Participants: "), "itinerary"),
    ("ru", ("Собеседник: Chair", "Группы: Team 1", "Участники: "), "Программа"),
    ("zh", ("会见对象：Chair", "小组：Team 1", "参加者："), "日程"),
])
def test_the_calendar_labels_in_each_language(db: Database, world: World, tmp_path: Path,
                                              language: str, labels: tuple[str, ...], name: str) -> None:
    meeting_of_a_team(db, world)
    path = tmp_path / "team.ics"
    export_itinerary(db, world.mission_id, path, team_name="Team 1", language=language)
    [description] = descriptions(path)
    lines = description.split("\n")
    assert [line[:len(label)] for line, label in zip(lines, labels, strict=True)] == list(labels)
    calendar_name = str(Calendar.from_ical(path.read_bytes())["X-WR-CALNAME"])
    assert name in calendar_name and "Team 1" in calendar_name


def test_the_workbook_in_russian_and_chinese(db: Database, world: World, tmp_path: Path) -> None:
    meeting_of_a_team(db, world)
    for language, sheets, heading, kind in (
            ("ru", ["План распределения", "Программа"], "Дата", "Встреча"),
            ("zh", ["部署计划", "日程"], "日期", "会见")):
        path = tmp_path / f"plan-{language}.xlsx"
        export_itinerary(db, world.mission_id, path, language=language)
        book = load_workbook(path)
        assert book.sheetnames == sheets
        rows = list(book[sheets[1]].iter_rows(values_only=True))
        header = next(r for r in rows if r and r[0] == heading)
        event = rows[rows.index(header) + 1]
        assert event[5] == kind and event[6] == "Meeting with the district commission"


def test_the_messages_language_does_not_choose_the_documents(db: Database, world: World,
                                                             tmp_path: Path) -> None:
    meeting_of_a_team(db, world)
    set_language("ru")
    path = tmp_path / "team.ics"
    export_itinerary(db, world.mission_id, path, team_name="Team 1")
    assert descriptions(path)[0].startswith("Counterpart: ")


def test_a_language_without_itinerary_texts_is_refused(db: Database, world: World,
                                                       tmp_path: Path) -> None:
    with pytest.raises(UsageError, match="'kk'"):
        export_itinerary(db, world.mission_id, tmp_path / "x.ics", language="kk")
    assert not (tmp_path / "x.ics").exists()


@pytest.mark.parametrize(("n", "language", "text"), [
    (7, "en", "7 observers"), (7, "ru", "7 наблюдателей"), (21, "ru", "21 наблюдатель"),
    (22, "ru", "22 наблюдателя"), (12, "ru", "12 наблюдателей"), (111, "ru", "111 наблюдателей"),
    (7, "zh", "7名观察员"),
])
def test_a_crowd_of_observers_is_counted_in_the_document_language(n: int, language: str,
                                                                   text: str) -> None:
    assert observers_text(n, language) == text


# --- the command line ----------------------------------------------------------------------------

def test_the_command_line_writes_the_calendar_in_the_language_asked_for(demo, tmp_path: Path) -> None:  # noqa: ANN001
    db, _mission_id = demo
    out = tmp_path / "mission.ics"
    done = subprocess.run([sys.executable, "-m", "observer_desk", "--db", db.target, "itinerary", "export",
                           str(out), "--lang", "ru"], check=False, capture_output=True, text=True, encoding="utf-8",
                          env={**os.environ, "OBSERVER_DESK_USER": "cli-user"}, timeout=120)
    assert done.returncode == 0, done.stderr
    found = descriptions(out)
    assert any(text.startswith("Участники: ") for text in found)
    assert not any("Participants:" in text for text in found)
    assert str(Calendar.from_ical(out.read_bytes())["X-WR-CALNAME"]) == "Программа SCO-KZ-2022"


def test_the_command_line_refuses_a_language_it_has_no_texts_in(demo, tmp_path: Path) -> None:  # noqa: ANN001
    db, _mission_id = demo
    done = subprocess.run([sys.executable, "-m", "observer_desk", "--db", db.target, "itinerary",
                           "export", str(tmp_path / "x.ics"), "--lang", "kk"], check=False, capture_output=True,
                          text=True, encoding="utf-8", timeout=120)
    assert done.returncode != 0 and "--lang" in done.stderr
    assert not (tmp_path / "x.ics").exists()
