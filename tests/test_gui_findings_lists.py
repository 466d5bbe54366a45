"""The lists and numbers of the Findings area, driven as a user would: the reports list and its
filters, the submissions wizard on a Kobo export, the analysis against summarise_findings, and a
list of thousands of reports that opens without reading them all."""

from __future__ import annotations

import re
import time
from collections.abc import Iterator
from datetime import UTC, datetime

import pytest
from findings_fixtures import write_csv
from findings_gui_support import boxes, demo, demo_file, open_page  # noqa: F401 - fixtures
from openpyxl import load_workbook
from PySide6.QtCore import Qt, QTime
from sqlalchemy import func, select

from benchmarks.generate import generate_mission
from observer_desk.core.db import Database, open_database
from observer_desk.core.models import CecTurnout, Phase, VisitReport
from observer_desk.core.services.findings_summary import summarise_findings
from observer_desk.core.services.report_list import Flag
from observer_desk.core.services.turnout import turnout_comparison
from observer_desk.ui.findings_labels import percent, points
from observer_desk.ui.reports_model import PAGE, ReportsModel
from observer_desk.ui.submissions_wizard import PageId
from observer_desk.ui.summary_view import SummaryModel, leading_answer


def rows_shown(page) -> list[tuple[str, str, str]]:
    """(station, team, phase) of every row the list shows."""
    model = page.model
    return [(model.data(model.index(r, ReportsModel.STATION)), model.data(model.index(r, ReportsModel.TEAM)),
             model.data(model.index(r, ReportsModel.PHASE))) for r in range(model.rowCount())]


def choose(box, data) -> None:
    box.setCurrentIndex(box.findData(data))


def test_the_reports_list_filters(qtbot, demo) -> None:
    db, mission_id = demo
    page = open_page(qtbot, db, mission_id)
    assert page.model.rowCount() == 22 and page.shown.text() == "22 reports"
    assert rows_shown(page)[0] == ("201", "Team 1", "Opening")  # by arrival: the opening first
    choose(page.phase_filter, Phase.COUNT.value)
    assert rows_shown(page) == [("347", "Team 7", "Closing and count")]
    assert page.shown.text() == "1 of 22 reports"
    choose(page.phase_filter, None)
    choose(page.region_filter, page.region_filter.itemData(
        next(i for i in range(page.region_filter.count()) if page.region_filter.itemText(i) == "Akmola Region")))
    assert sorted(s for s, _t, _p in rows_shown(page)) == ["512", "518", "523", "531"]
    choose(page.team_filter, page.team_filter.itemData(page.team_filter.findText("Team 6")))
    assert len(rows_shown(page)) == 4  # Team 6 covered Akmola
    choose(page.region_filter, None)
    choose(page.team_filter, None)
    choose(page.flag_filter, Flag.NEGATIVE.value)
    # the demo's remarks: no signs, no ramp, a voter's photo of his ballot
    assert sorted(s for s, _t, _p in rows_shown(page)) == ["318", "41", "523"]
    choose(page.flag_filter, Flag.INCIDENTS.value)
    assert [s for s, _t, _p in rows_shown(page)] == ["318"]
    assert "Secrecy of the vote" in page.viewer.text() or "secrecy of the vote" in page.viewer.text()
    choose(page.flag_filter, Flag.FLAGGED.value)
    assert rows_shown(page) == [] and page.viewer.details is None
    choose(page.flag_filter, None)
    qtbot.keyClicks(page.station_filter, "2")
    qtbot.waitUntil(lambda: page.model.rowCount() < 22)
    assert all(s.startswith("2") for s, _t, _p in rows_shown(page))
    # sorting by a header
    page.table.sortByColumn(ReportsModel.STATION, Qt.SortOrder.AscendingOrder)
    stations = [s for s, _t, _p in rows_shown(page)]
    assert stations == sorted(stations, key=lambda s: (len(s), s))
    # choosing a row shows the report
    page.table.selectRow(1)
    assert page.viewer.details.station_number == stations[1]


KOBO_HEADERS = ["start", "end", "visit/station_number", "visit/arrival_time", "visit/departure_time",
                "visit/phase", "premises/signposted", "summary/voting_rating", "team", "_uuid",
                "_submission_time", "_submitted_by"]


def kobo_row(n: int, station: str, team: str, arrival: str, rating: str = "good") -> list[str]:
    return [f"2022-11-20T{arrival}:00.000+06:00", "2022-11-20T18:00:00.000+06:00", station,
            f"{arrival}:00.000+06:00", "", "voting", "yes", rating, team, f"kobo-{n:04d}",
            "2022-11-20T12:00:00", team.lower().replace(" ", "")]


def test_the_submissions_wizard_imports_a_kobo_csv_with_a_flagged_row(qtbot, demo, tmp_path) -> None:
    db, mission_id = demo
    page = open_page(qtbot, db, mission_id)
    path = write_csv(tmp_path / "kobo.csv", KOBO_HEADERS, [
        kobo_row(1, "214", "Team 1", "11:05"),
        kobo_row(2, "999", "Team 2", "11:30"),  # a station the mission does not know
        kobo_row(3, "41", "Team 2", "16:00"),
        kobo_row(4, "41", "Team 3", "16:00", rating="very_good"),  # the same visit again
    ], delimiter=";")
    wizard = page.import_submissions()
    qtbot.addWidget(wizard)
    qtbot.waitExposed(wizard)
    wizard.file_page.path_edit.setText(str(path))
    qtbot.keyClick(wizard.file_page.path_edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: wizard.plan is not None, timeout=20_000)
    # The counted form as the English translation words it, or as written in the source.
    assert re.search(r"4 submission(s|\(s\)) in the file\.", wizard.file_page.found.text())
    assert wizard.file_page.isComplete()
    wizard.next()
    assert wizard.currentId() == PageId.PLAN
    plan_page = wizard.plan_page
    model = plan_page.model
    assert model.rowCount() == 4
    plan_page.kind_box.setCurrentIndex(plan_page.kind_box.findData("flagged"))
    assert model.rowCount() == 1
    flagged = model.row_at(0)
    assert flagged.row == 3 and flagged.station_number == "999"  # the file's line, after the header
    assert "no polling station 999 in this mission" in model.data(model.index(0, model.REMARKS))
    assert model.data(model.index(0, model.ACTION)) == "Add, flagged"
    # the duplicates must be settled before Import is offered
    assert len(plan_page.choosers) == 1 and not plan_page.isComplete()
    assert "Keep one of each group" in plan_page.banner.text()
    plan_page.choosers[0].keep(4)
    assert plan_page.left_out() == {5} and plan_page.isComplete()
    plan_page.kind_box.setCurrentIndex(plan_page.kind_box.findData("duplicates"))
    assert model.data(model.index(1, model.ACTION)) == "Left out"
    wizard.next()  # Import: written off the GUI thread
    qtbot.waitUntil(lambda: wizard.result is not None, timeout=20_000)
    assert wizard.currentId() == PageId.DONE
    assert (wizard.result.added, wizard.result.flagged, wizard.result.left_out) == (3, 1, 1)
    assert re.search(r"3 report(s|\(s\)) added, 1 of them flagged", wizard.done_page.summary.text())
    with db.reading() as session:
        stored = {r.instance_id: r for r in session.scalars(select(VisitReport).where(
            VisitReport.instance_id.is_not(None)))}
    assert set(stored) == {"uuid:kobo-0001", "uuid:kobo-0002", "uuid:kobo-0003"}
    assert stored["uuid:kobo-0002"].flagged and "999" in stored["uuid:kobo-0002"].flag_reason
    # the list has them, and the flag filter finds the one to complete
    assert page.model.rowCount() == 25
    choose(page.flag_filter, Flag.FLAGGED.value)
    assert [s for s, _t, _p in rows_shown(page)] == ["—"]
    assert page.viewer.details.flagged


def test_the_analysis_shows_summarise_findings_numbers(qtbot, demo) -> None:
    db, mission_id = demo
    page = open_page(qtbot, db, mission_id)
    page.tabs.setCurrentWidget(page.summary_view)
    qtbot.waitUntil(lambda: page.summary is not None, timeout=20_000)
    expected = summarise_findings(db, mission_id)
    view = page.summary_view
    model = view.model
    assert "22 reports on checklist election_day 2022.1" in view.totals.text()
    for question in expected.questions:
        row = model.row_of(question.name)
        assert row >= 0, question.name
        assert model.data(model.index(row, SummaryModel.N)) == str(question.n)
        leading = leading_answer(question)
        shown = model.data(model.index(row, SummaryModel.LEADING))
        if leading is not None:
            assert shown.startswith(f"{leading.label}: {leading.count} of {question.n} ")
            assert percent(leading.share) in shown
        negative = model.data(model.index(row, SummaryModel.NEGATIVE))
        if question.negative_count is not None:
            assert negative.startswith(f"{question.negative_count} of {question.n} ")
        else:
            assert negative == ""
    # the chart of a question carries the same counts and shares
    for name in ("signposted", "voting_rating", "people_talked_to", "wheelchair_access"):
        question = expected.question(name)
        assert view.select_question(name)
        bars = view.detail.answers.bars
        assert [(b.label, b.count, b.share) for b in bars] == [
            (a.label, a.count, a.share) for a in question.answers]
        assert view.detail.answers.n == question.n
        groups = view.detail.breakdown.groups
        assert [(g.name, g.n) for g in groups] == [("Opening", b.n) if b.key == "opening" else
                                                   ("Voting", b.n) if b.key == "voting" else
                                                   ("Closing and count", b.n) for b in question.by_phase]
    view.by_box.setCurrentIndex(view.by_box.findData("region"))
    question = expected.question("wheelchair_access")
    assert [(g.name, g.n, g.negative_share) for g in view.detail.breakdown.groups] == [
        (b.name, b.n, b.negative_share) for b in question.by_region]
    # the story of the demo: no violations worth the name, help for disabled and elderly voters
    assert expected.question("help_elderly_disabled").answer("yes").share == 1.0
    assert [(b.label, b.count) for b in view.severity_chart.bars] == [
        ("Critical", 0), ("Serious", 0), ("Minor", 1)]
    assert view.incidents.rowCount() == len(expected.incidents) == 1


@pytest.fixture(scope="module")
def large_file(new_template_url) -> str:
    path = new_template_url("findings-large")
    database = open_database(path)
    generate_mission(database, observers=40, reports=5_000, progress=None)
    database.dispose()
    return path


@pytest.fixture
def large(large_file: str, copy_db_url) -> Iterator[tuple[Database, int]]:
    database = open_database(copy_db_url(large_file, "large"))
    yield database, 1
    database.dispose()


def test_thousands_of_reports_open_and_filter_without_reading_every_row(qtbot, large) -> None:
    db, mission_id = large
    from observer_desk.core.services.overview import mission_overview
    from observer_desk.ui.findings_page import FindingsPage

    page = FindingsPage(lambda: db)
    qtbot.addWidget(page)
    page.resize(1300, 820)
    page.show()
    overview = mission_overview(db, mission_id)
    started = time.perf_counter()
    page.set_overview(overview)
    qtbot.waitExposed(page)
    opened = time.perf_counter() - started
    assert page.model.rowCount() == 5_000
    # only the rows on screen were read: a page or two of them, not five thousand
    assert page.model.pages_read <= 2
    assert opened < 3.0, f"the list took {opened:.2f} s to open"
    with db.reading() as session:
        voting = session.scalar(select(func.count()).select_from(VisitReport).where(
            VisitReport.phase == Phase.VOTING))
    started = time.perf_counter()
    choose(page.phase_filter, Phase.VOTING.value)
    filtered = time.perf_counter() - started
    assert page.model.rowCount() == voting
    assert filtered < 1.5, f"the filter took {filtered:.2f} s"
    before = page.model.pages_read
    page.table.scrollToBottom()
    qtbot.wait(20)
    assert page.model.pages_read - before <= 2
    last = page.model.rowCount() - 1
    assert page.model.data(page.model.index(last, ReportsModel.PHASE)) == "Voting"
    assert page.model.row_data(last).id == page.model.ids()[last]
    assert PAGE * 3 < page.model.rowCount()  # there was something to leave unread


def test_the_turnout_tab_compares_with_the_cec_and_takes_a_new_figure(qtbot, demo) -> None:
    db, mission_id = demo
    page = open_page(qtbot, db, mission_id)
    view = page.turnout_view
    page.tabs.setCurrentWidget(view)
    expected = turnout_comparison(db, mission_id)
    model = view.comparison
    assert model.rowCount() == len(expected.rows) > 0
    for row, item in enumerate(expected.rows):
        assert model.data(model.index(row, model.SERIES)) == item.series_name
        assert model.data(model.index(row, model.DIFFERENCE)) == points(item.difference_pp)
        assert model.data(model.index(row, model.MISSION)) == f"{item.mission_percent:.2f} %"
    overall = expected.overall(None)  # the whole country's overall line
    assert overall is not None and abs(overall.difference_pp) < 2  # the mission's count matched
    figures = view.figures.rowCount()
    dialog = view.add_figure()
    dialog.region.setCurrentIndex(dialog.region.findData("astana"))
    dialog.clock.setTime(QTime(19, 0))
    dialog.percent.setValue(63.25)
    dialog.accept()
    assert "CEC figure saved" in view.banner.text()
    assert view.figures.rowCount() == figures + 1
    with db.reading() as session:
        stored = session.scalars(select(CecTurnout).where(CecTurnout.turnout_percent == 63.25)).one()
        assert stored.at == datetime(2022, 11, 20, 13, 0, tzinfo=UTC)  # 19:00 in Astana


def test_the_data_set_is_exported_from_the_page(qtbot, demo, tmp_path) -> None:
    db, mission_id = demo
    page = open_page(qtbot, db, mission_id)
    target = tmp_path / "findings.xlsx"
    assert page.export_data_set(str(target))
    qtbot.waitUntil(lambda: "Data set exported" in page.banner.text(), timeout=20_000)
    workbook = load_workbook(target, read_only=True)
    assert len(list(workbook["Data"].iter_rows(values_only=True))) == 23  # header and 22 reports
    assert {"Data", "Codebook", "Incidents"} <= set(workbook.sheetnames)
