"""The itinerary exports read back: the calendar with icalendar, the PDF with pypdf, the workbook
with openpyxl."""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import datetime, timedelta, timezone
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from icalendar import Calendar
from openpyxl import load_workbook
from pypdf import PdfReader

from itinerary_world import AKTOBE, World, at, build_world  # noqa: E402
from observer_desk.core.db import Database, open_database
from observer_desk.core.errors import NotFoundError, UsageError
from observer_desk.core.models import EventKind, Phase
from observer_desk.core.services.demo import create_demo_mission
from observer_desk.core.services.itineraries import export_itinerary
from observer_desk.core.services.missions import get_mission
from observer_desk.core.services.programme import EventData, create_event, move_event
from observer_desk.core.services.teams import TeamData, create_team

UTC = timezone.utc


@pytest.fixture(scope="module")
def demo(new_template_url) -> Iterator[tuple[Database, int]]:
    database = open_database(new_template_url("demo"))
    create_demo_mission(database)
    yield database, get_mission(database).id
    database.dispose()


@pytest.fixture
def world(db: Database) -> World:
    return build_world(db)


def calendar(path: Path) -> Calendar:
    return Calendar.from_ical(path.read_bytes())


# --- iCalendar -----------------------------------------------------------------------------

def test_an_election_day_07_00_in_astana_reads_01_00_utc(db: Database, world: World,
                                                        tmp_path: Path) -> None:
    team = create_team(db, world.mission_id, TeamData("Team 1", [world.observers["T-01"]]))
    create_event(db, world.mission_id, EventData(
        kind=EventKind.VISIT, title="Opening of station 101", starts_at=at(20, "07:00"),
        ends_at=at(20, "07:45"), polling_station_id=world.stations["101"], phase=Phase.OPENING,
        team_ids=[team.id], counterpart="Chair of the precinct commission"))
    create_event(db, world.mission_id, EventData(
        kind=EventKind.VISIT, title="Opening in Aktobe", starts_at=at(20, "07:00", AKTOBE),
        ends_at=at(20, "07:45", AKTOBE), polling_station_id=world.stations["501"],
        phase=Phase.OPENING, observer_ids=[world.observers["T-02"]]))
    path = tmp_path / "mission.ics"
    summary = export_itinerary(db, world.mission_id, path)
    assert summary.events == 2

    parsed = calendar(path)
    events = {e["SUMMARY"]: e for e in parsed.walk("VEVENT")}
    astana = events["Opening of station 101"]
    assert astana["DTSTART"].params["TZID"] == "Asia/Almaty"
    assert astana.decoded("DTSTART").astimezone(UTC) == datetime(2022, 11, 20, 1, 0, tzinfo=UTC)
    assert astana.decoded("DTSTART").replace(tzinfo=None) == datetime(2022, 11, 20, 7, 0)
    aktobe = events["Opening in Aktobe"]
    assert aktobe["DTSTART"].params["TZID"] == "Asia/Aqtobe"
    assert aktobe.decoded("DTSTART").astimezone(UTC) == datetime(2022, 11, 20, 2, 0, tzinfo=UTC)
    assert "Polling station 101, School No. 1, 1 Turan Avenue, Astana" == str(astana["LOCATION"])
    assert "Counterpart: Chair of the precinct commission" in str(astana["DESCRIPTION"])
    assert "Participants: ZHANG Wei (T-01)" in str(astana["DESCRIPTION"])

    # Each zone used comes with its rules, offset +06 and +05 in November 2022.
    zones = {z["TZID"]: z for z in parsed.walk("VTIMEZONE")}
    assert set(zones) == {"Asia/Almaty", "Asia/Aqtobe"}
    offsets = {tzid: {p.decoded("TZOFFSETTO") for p in z.walk("STANDARD")}
               for tzid, z in zones.items()}
    assert offsets == {"Asia/Almaty": {timedelta(hours=6)}, "Asia/Aqtobe": {timedelta(hours=5)}}
    text = path.read_text()
    assert "DTSTART;TZID=Asia/Almaty:20221120T070000" in text


def test_calendar_uids_are_stable_and_sequence_follows_edits(db: Database, world: World,
                                                             tmp_path: Path) -> None:
    event = create_event(db, world.mission_id, EventData(
        kind=EventKind.MEETING, title="Meeting", starts_at=at(18, "10:00"), ends_at=at(18, "11:00"),
        venue_id=world.venues["hotel"], observer_ids=[world.observers["T-01"]]))
    export_itinerary(db, world.mission_id, tmp_path / "before.ics", observer_code="t-01")
    move_event(db, event.id, event.version, minutes=30)
    export_itinerary(db, world.mission_id, tmp_path / "after.ics", observer_code="T-01")
    [before] = calendar(tmp_path / "before.ics").walk("VEVENT")
    [after] = calendar(tmp_path / "after.ics").walk("VEVENT")
    assert before["UID"] == after["UID"] == f"test-it-event-{event.id}@observer-desk"
    assert (before["SEQUENCE"], after["SEQUENCE"]) == (0, 1)
    assert after.decoded("DTSTART").astimezone(UTC) == datetime(2022, 11, 18, 4, 30, tzinfo=UTC)


def test_demo_calendars_per_observer_and_for_the_mission(demo: tuple[Database, int],
                                                         tmp_path: Path) -> None:
    db, mission_id = demo
    export_itinerary(db, mission_id, tmp_path / "all.ics")
    export_itinerary(db, mission_id, tmp_path / "head.ics", observer_code="SCO-01")
    everything = list(calendar(tmp_path / "all.ics").walk("VEVENT"))
    head = list(calendar(tmp_path / "head.ics").walk("VEVENT"))
    assert len(everything) > 50 and 10 < len(head) < len(everything)
    cec = next(e for e in head if "Central Election Commission" in str(e["SUMMARY"]))
    assert cec.decoded("DTSTART").astimezone(UTC) == datetime(2022, 11, 18, 4, 0, tzinfo=UTC)
    assert {str(e["UID"]) for e in head} <= {str(e["UID"]) for e in everything}


# --- PDF -----------------------------------------------------------------------------------

def pdf_text(reader: PdfReader) -> list[str]:
    """Each page's text with line breaks as spaces (table cells wrap long titles)."""
    return [" ".join(page.extract_text().split()) for page in reader.pages]


def font_names(reader: PdfReader) -> set[str]:
    """Names of the fonts the pages use; each must be an embedded TrueType subset."""
    found = set()
    for page in reader.pages:
        for font in page["/Resources"].get_object().get("/Font", {}).values():
            font = font.get_object()
            descriptor = font["/FontDescriptor"].get_object()
            assert "/FontFile2" in descriptor, font["/BaseFont"]
            assert re.fullmatch(r"/[A-Z]{6}\+.+", str(font["/BaseFont"])), font["/BaseFont"]
            found.add(str(font["/BaseFont"]).split("+", 1)[1])
    return found


def test_the_demo_pdf_has_everyone_in_their_own_script(demo: tuple[Database, int],
                                                      tmp_path: Path) -> None:
    db, mission_id = demo
    path = tmp_path / "itineraries.pdf"
    summary = export_itinerary(db, mission_id, path)
    assert summary.itineraries == 18
    reader = PdfReader(path)
    assert reader.metadata.title == "SCO-KZ-2022 itinerary"
    assert reader.metadata.author == "Shanghai Cooperation Organisation"
    assert reader.metadata.creator == "Observer Desk"
    text = "\n".join(pdf_text(reader))
    for name in ("QIAO Mingyuan", "乔明远", "BELOVA Anastasia", "Белова Анастасия Игоревна",
                 "Өмүрбекова Айнура", "Ҳамидзода Фирӯз", "周汉卿"):
        assert name in text, name
    assert "Driver: Serik Abenov, +7 701 555 2001" in text
    assert "Interpreter: BELOVA Anastasia (Белова Анастасия Игоревна), +86 139 5555 0103" in text
    assert "Meeting with the leadership of the Central Election Commission" in text
    assert "10:00–11:30" in text and "UTC+6 Asia/Almaty" in text
    assert {"DejaVuSans", "DejaVuSans-Bold", "WenQuanYiMicroHei-0"} <= font_names(reader)


def test_each_itinerary_is_its_own_page_group(demo: tuple[Database, int], tmp_path: Path) -> None:
    db, mission_id = demo
    path = tmp_path / "itineraries.pdf"
    export_itinerary(db, mission_id, path)
    reader = PdfReader(path)
    starts = [(item.title, reader.get_destination_page_number(item)) for item in reader.outline]
    assert len(starts) == 18 and starts[0] == ("HAMIDZODA Firuz (SCO-01)", 0)
    assert [page for _, page in starts] == sorted(page for _, page in starts)
    pages = pdf_text(reader)
    bounds = [page for _, page in starts] + [len(pages)]
    for (title, first), last in zip(starts, bounds[1:], strict=True):
        group = pages[first:last]
        assert group, title
        for number, text in enumerate(group, start=1):
            # Every page of the group is that person's, numbered within the group.
            assert f"{title} · page {number} of {len(group)}" in text
        assert "Personal itinerary" in group[0]
        others = [t for t, _ in starts if t != title]
        assert not any(f"{other} · page" in "".join(group) for other in others)


def test_one_observer_or_one_team(demo: tuple[Database, int], tmp_path: Path) -> None:
    db, mission_id = demo
    one = tmp_path / "one.pdf"
    export_itinerary(db, mission_id, one, observer_code="SCO-02")
    text = "\n".join(pdf_text(PdfReader(one)))
    assert "QIAO Mingyuan (SCO-02) · page 1 of" in text and "乔明远" in text
    assert "Team: Team 7" in text and "Driver: Timur Akhmetov, +7 701 555 2007" in text
    assert "HAMIDZODA Firuz (SCO-01) · page" not in text

    team = tmp_path / "team.pdf"
    summary = export_itinerary(db, mission_id, team, team_name="team 3")
    reader = PdfReader(team)
    text = "\n".join(pdf_text(reader))
    assert summary.itineraries == 1
    assert "Team itinerary" in text and "Team 3 · page 1 of" in text
    assert "ZHOU Hanqing (周汉卿)" in text and "OMURBEKOVA Ainura (Өмүрбекова Айнура)" in text
    assert "Polling station 103 (Baikonyr District): voting" in text
    assert "Polling station 201" not in text  # another team's station


def test_user_text_is_escaped_in_the_pdf(db: Database, world: World, tmp_path: Path) -> None:
    create_event(db, world.mission_id, EventData(
        kind=EventKind.MEETING, title="Talk <b>with</b> A&B <font size=40>", starts_at=at(18, "10:00"),
        ends_at=at(18, "11:00"), venue_id=world.venues["hotel"], counterpart="R&D <team>",
        notes="bring <badges> & passports", observer_ids=[world.observers["T-01"]]))
    path = tmp_path / "escaped.pdf"
    export_itinerary(db, world.mission_id, path, observer_code="T-01")
    text = "\n".join(pdf_text(PdfReader(path)))
    assert "Talk <b>with</b> A&B <font size=40>" in text
    assert "R&D <team>" in text and "bring <badges> & passports" in text


def test_local_times_of_two_zones_in_one_itinerary(db: Database, world: World,
                                                   tmp_path: Path) -> None:
    for title, start, end, venue in (("Astana meeting", at(18, "10:00"), at(18, "11:00"), "hotel"),
                                     ("Aktobe meeting", at(19, "10:00", AKTOBE),
                                      at(19, "11:00", AKTOBE), "aktobe-hotel")):
        create_event(db, world.mission_id, EventData(
            kind=EventKind.MEETING, title=title, starts_at=start, ends_at=end,
            venue_id=world.venues[venue], observer_ids=[world.observers["T-05"]]))
    path = tmp_path / "two-zones.pdf"
    export_itinerary(db, world.mission_id, path, observer_code="T-05")
    text = "\n".join(pdf_text(PdfReader(path)))
    assert "Friday, 18 November 2022" in text and "Saturday, 19 November 2022" in text
    astana, aktobe = text.index("Astana meeting"), text.index("Aktobe meeting")
    assert "UTC+6 Asia/Almaty" in text[:aktobe] and "UTC+5 Asia/Aqtobe" in text[astana:]
    assert text.count("10:00–11:00") == 2


# --- Excel ---------------------------------------------------------------------------------

def test_the_workbook_has_the_deployment_plan_and_the_schedule(demo: tuple[Database, int],
                                                               tmp_path: Path) -> None:
    db, mission_id = demo
    path = tmp_path / "plan.xlsx"
    summary = export_itinerary(db, mission_id, path)
    book = load_workbook(path)
    assert book.sheetnames == ["Deployment plan", "Schedule"]
    plan = book["Deployment plan"]
    rows = list(plan.iter_rows(values_only=True))
    header = rows.index(next(r for r in rows if r and r[0] == "Team"))
    assert rows[header] == ("Team", "Order", "Station", "Premises", "Unit", "Address",
                            "Planned arrival (local)", "Planned departure (local)", "Time zone",
                            "UTC offset", "Phase", "Members")
    body = rows[header + 1:]
    assert len(body) == 22
    assert body[0] == ("Team 1", 1, "201", "School-lyceum No. 61", "Yesil District, Astana",
                       "8 Turan Avenue, Astana", datetime(2022, 11, 20, 6, 45),
                       datetime(2022, 11, 20, 7, 30), "Asia/Almaty", "UTC+6", "opening",
                       "HAMIDZODA Firuz, BELOVA Anastasia")
    per_team = {}
    for row in body:
        per_team.setdefault(row[0], []).append(row[1])
    assert all(orders == list(range(1, len(orders) + 1)) for orders in per_team.values())
    assert list(per_team) == [f"Team {n}" for n in range(1, 8)]
    assert plan.freeze_panes == f"A{header + 2}" and plan.auto_filter.ref

    schedule = list(book["Schedule"].iter_rows(values_only=True))
    start = schedule.index(next(r for r in schedule if r and r[0] == "Date"))
    events = schedule[start + 1:]
    assert len(events) == summary.events > 50
    cec = next(r for r in events if r[6] == "Meeting with the leadership of the Central Election "
                                              "Commission")
    assert cec[1:5] == (datetime(2022, 11, 18, 10, 0), datetime(2022, 11, 18, 11, 30),
                        "Asia/Almaty", "UTC+6")


def test_workbook_for_one_team_and_formula_like_text(db: Database, world: World,
                                                     tmp_path: Path) -> None:
    team = create_team(db, world.mission_id, TeamData("Team 1", [world.observers["T-01"]]))
    create_event(db, world.mission_id, EventData(
        kind=EventKind.VISIT, title="=HYPERLINK(\"http://example.org\")", starts_at=at(20, "09:00"),
        ends_at=at(20, "10:00"), polling_station_id=world.stations["101"], phase=Phase.VOTING,
        team_ids=[team.id]))
    path = tmp_path / "team.xlsx"
    export_itinerary(db, world.mission_id, path, team_name="Team 1")
    book = load_workbook(path)
    schedule = list(book["Schedule"].iter_rows(values_only=True))
    cell = next(c for row in book["Schedule"].iter_rows() for c in row
                if c.value == "=HYPERLINK(\"http://example.org\")")
    assert cell.data_type == "s"
    assert schedule[1] == ("Schedule: Team 1",) + (None,) * 13


def test_unknown_observer_team_or_file_kind(demo: tuple[Database, int], tmp_path: Path) -> None:
    db, mission_id = demo
    with pytest.raises(NotFoundError, match="no observer with code 'SCO-99'"):
        export_itinerary(db, mission_id, tmp_path / "x.pdf", observer_code="SCO-99")
    with pytest.raises(NotFoundError, match=r"no team called 'Team 9' .*\(teams: Team 1, Team 2"):
        export_itinerary(db, mission_id, tmp_path / "x.pdf", team_name="Team 9")
    with pytest.raises(UsageError, match="written as .pdf, .xlsx or .ics"):
        export_itinerary(db, mission_id, tmp_path / "x.docx")
    assert list(tmp_path.iterdir()) == []


def test_local_zone_helpers_name_the_offset() -> None:
    from observer_desk.core.services.schedule import local_span, offset_label

    assert offset_label(datetime(2022, 11, 20, 7, tzinfo=ZoneInfo("Asia/Kathmandu"))) == "UTC+5:45"
    assert offset_label(datetime(2022, 11, 20, 7, tzinfo=ZoneInfo("America/Havana"))) == "UTC-5"
    assert offset_label(datetime(2022, 11, 20, 7, tzinfo=UTC)) == "UTC"
    assert local_span(datetime(2022, 11, 20, 16, tzinfo=UTC), datetime(2022, 11, 20, 19, tzinfo=UTC),
                      "Asia/Almaty") == "2022-11-20 22:00-2022-11-21 01:00 UTC+6 Asia/Almaty"
