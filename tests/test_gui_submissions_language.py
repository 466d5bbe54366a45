"""The submissions wizard in Russian and Chinese: the flags of the plan read in the interface
language, problems and flags are joined in its punctuation, and the reports are stored with their
flags in English, as colleagues in every language read the same database."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from findings_fixtures import write_csv
from findings_gui_support import demo, demo_file, open_page  # noqa: F401 - fixtures
from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QApplication
from sqlalchemy import select

from observer_desk.core.errors import Problem
from observer_desk.core.language import set_language
from observer_desk.core.models import VisitReport
from observer_desk.core.services.submissions import PlannedSubmission, SubmissionAction, make_flag
from observer_desk.ui.submissions_wizard import PageId, remarks
from observer_desk.ui.translations import install_translations

HEADERS = ["start", "end", "visit/station_number", "visit/arrival_time", "visit/departure_time",
           "visit/phase", "premises/signposted", "summary/voting_rating", "team", "_uuid",
           "_submission_time", "_submitted_by"]


def kobo_row(n: int, station: str, team: str, arrival: str, *, phase: str = "voting",
             rating: str = "good") -> list[str]:
    return [f"2022-11-20T{arrival}:00.000+06:00", "2022-11-20T18:00:00.000+06:00", station,
            f"{arrival}:00.000+06:00", "", phase, "yes", rating, team, f"kobo-{n:04d}",
            "2022-11-20T12:00:00", team.lower().replace(" ", "")]


@pytest.fixture
def speaking(qapp: QApplication, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Callable[[str], None]]:
    """The window's language (its translators and the core's messages) for one test."""
    installed = []
    default_locale = QLocale()
    cache = tmp_path_factory.mktemp("qm")

    def speak(language: str) -> None:
        installed.extend(install_translations(qapp, language, cache_dir=cache))

    yield speak
    for translator in installed:
        qapp.removeTranslator(translator)
    QLocale.setDefault(default_locale)
    set_language("en")


def read_plan(qtbot, page, path: Path):  # noqa: ANN001, ANN201
    wizard = page.import_submissions()
    qtbot.addWidget(wizard)
    qtbot.waitExposed(wizard)
    wizard.file_page.path_edit.setText(str(path))
    qtbot.keyClick(wizard.file_page.path_edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: wizard.plan is not None, timeout=20_000)
    wizard.next()
    assert wizard.currentId() == PageId.PLAN
    return wizard


def test_the_wizard_in_russian_shows_russian_flags_and_stores_english(qtbot, demo, speaking,  # noqa: ANN001, F811
                                                                      tmp_path: Path) -> None:
    db, mission_id = demo
    speaking("ru")
    page = open_page(qtbot, db, mission_id)
    path = write_csv(tmp_path / "kobo.csv", HEADERS, [
        kobo_row(1, "214", "Team 1", "11:05"),
        kobo_row(2, "999", "Team 2", "11:30"),  # a station the mission does not know
        kobo_row(3, "41", "Team 2", "16:00", phase=""),  # no phase
    ], delimiter=";")
    wizard = read_plan(qtbot, page, path)
    plan_page = wizard.plan_page
    model = plan_page.model
    plan_page.kind_box.setCurrentIndex(plan_page.kind_box.findData("flagged"))
    assert model.rowCount() == 2
    shown = {model.row_at(i).row: model.data(model.index(i, model.REMARKS)) for i in range(2)}
    assert shown == {3: "в этой миссии нет избирательного участка 999",
                     4: "этап не указан (принят за голосование)"}
    plan_page.table.selectRow(0)
    plan_page._show_details(0)
    details = plan_page.details.toPlainText()
    assert "в этой миссии нет избирательного участка 999" in details
    assert "no polling station" not in details
    # the plan keeps the English text the report is stored with
    assert model.row_at(0).flag_reason == "no polling station 999 in this mission"

    wizard.next()  # Import
    qtbot.waitUntil(lambda: wizard.result is not None, timeout=20_000)
    with db.reading() as session:
        stored = {r.instance_id: r for r in session.scalars(select(VisitReport).where(
            VisitReport.instance_id.is_not(None)))}
    assert stored["uuid:kobo-0002"].flag_reason == "no polling station 999 in this mission"
    assert stored["uuid:kobo-0003"].flag_reason == "no phase given (taken as voting)"
    assert not stored["uuid:kobo-0001"].flagged


def test_the_wizard_in_chinese_joins_flags_and_problems_in_chinese_punctuation(  # noqa: ANN001
        qtbot, demo, speaking, tmp_path: Path) -> None:  # noqa: ANN001, F811
    db, mission_id = demo
    speaking("zh_CN")
    page = open_page(qtbot, db, mission_id)
    path = write_csv(tmp_path / "kobo.csv", HEADERS, [
        kobo_row(1, "999", "Team 2", "11:30", phase=""),  # two flags
        kobo_row(2, "214", "Team 1", "11:05", rating="splendid"),  # not one of the choices
    ], delimiter=";")
    wizard = read_plan(qtbot, page, path)
    model = wizard.plan_page.model
    texts = {model.row_at(i).row: model.data(model.index(i, model.REMARKS)) for i in range(model.rowCount())}
    assert texts[2] == "本观察团中没有投票站 999；未填写阶段（按投票处理）"
    assert texts[3].startswith("voting_rating：") and "splendid" in texts[3]
    assert ": " not in texts[3] and "; " not in texts[2]
    flagged = model.row_at(0)
    assert flagged.flag_reason == "no polling station 999 in this mission; no phase given (taken as voting)"


def test_remarks_keep_the_stored_flags_apart_from_the_shown_ones() -> None:
    set_language("ru")
    try:
        row = PlannedSubmission(7, SubmissionAction.ADD, flags=(
            make_flag("no team {team!r} in this mission", team="Team 9"), make_flag("no time of arrival")))
        assert row.flag_reason == "no team 'Team 9' in this mission; no time of arrival"
        assert remarks(row) == "в этой миссии нет группы 'Team 9'; нет времени прибытия"
        error = PlannedSubmission(8, SubmissionAction.ERROR, problems=(
            Problem("", "a whole-row problem"),))
        assert remarks(error) == "a whole-row problem"
    finally:
        set_language("en")
