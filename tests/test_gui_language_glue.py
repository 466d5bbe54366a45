"""The window in Russian and Chinese where it puts texts together: the XLSForm import decides what
it may offer to leave out from what the form holds, not from English words; problems, places in a
file, banners, badge summaries and report facts take each language's punctuation; country names
are in the interface language; and the Russian and Chinese mnemonics of the Observers toolbar do
not repeat those of the menus."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from datetime import UTC, datetime
from pathlib import Path
from types import SimpleNamespace

import pytest
from findings_fixtures import small_mission, write_xlsx
from PySide6.QtCore import QCoreApplication, QLocale, QSettings, Qt
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox, QWidget

from observer_desk.core import countries
from observer_desk.core.db import Database
from observer_desk.core.errors import Problem, ValidationError
from observer_desk.core.language import _ as core_text
from observer_desk.core.models import Phase, ReportSource, Severity
from observer_desk.core.services.demo import create_demo_mission
from observer_desk.core.services.missions import get_mission, sending_bodies
from observer_desk.core.services.overview import mission_overview
from observer_desk.core.services.report_editing import IncidentDraft, ReportDetails
from observer_desk.core.services.roster_import import FieldChange, PlannedRow, RowAction, RowProblem
from observer_desk.ui.badges_dialog import BadgesDialog, open_badges_dialog
from observer_desk.ui.checklist_editor import ChecklistEditor
from observer_desk.ui.errors import describe
from observer_desk.ui.import_plan_model import change_text, full_place, problem_text, row_details, row_summary
from observer_desk.ui.import_wizard import open_import_wizard
from observer_desk.ui.main_window import MainWindow
from observer_desk.ui.mission_form import MissionForm
from observer_desk.ui.mission_page import OverviewView
from observer_desk.ui.report_viewer import report_html
from observer_desk.ui.sending_bodies_model import SendingBodiesModel
from observer_desk.ui.translations import install_translations

# ASCII glue that has no place between Chinese texts.
ASCII_GLUE = re.compile(r"[,:;] |\. |[^\x00-\x7f] \(|\.$")


@pytest.fixture(scope="module")
def qm_cache(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("qm")


@pytest.fixture
def speaking(qapp: QApplication, qm_cache: Path) -> Iterator[Callable[[str], None]]:
    """Install a language's translators (the core's messages follow) for one test."""
    installed = []
    default_locale = QLocale()

    def speak(language: str) -> None:
        installed.extend(install_translations(qapp, language, cache_dir=qm_cache))

    yield speak
    for translator in installed:
        qapp.removeTranslator(translator)
    QLocale.setDefault(default_locale)


@pytest.fixture
def questions(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The questions asked (answered No), so that no box waits for a click."""
    asked: list[str] = []

    def ask(_parent: QWidget | None, _title: str, text: str, *_args: object, **_kwargs: object):
        asked.append(text)
        return QMessageBox.StandardButton.No

    monkeypatch.setattr(QMessageBox, "question", staticmethod(ask))
    return asked


# --- 1. the XLSForm import -------------------------------------------------------------------------

SURVEY_HEAD = ["type", "name", "label"]


def _editor(qtbot, db: Database, mission_id: int, language: str) -> ChecklistEditor:  # noqa: ANN001
    editor = ChecklistEditor()
    qtbot.addWidget(editor)
    editor.load(db, mission_id, language)
    return editor


@pytest.mark.parametrize("language", ["ru", "zh_CN", "en"])
def test_a_form_with_unsupported_items_only_asks_to_leave_them_out_in_every_language(
        qtbot, speaking, db: Database, tmp_path: Path, questions: list[str], language: str) -> None:  # noqa: ANN001
    mission_id, _checklist_id = small_mission(db)
    speaking(language)
    path = write_xlsx(tmp_path / "form.xlsx", {"survey": [
        SURVEY_HEAD, ["text", "station", "Station"], ["calculate", "total", ""], ["decimal", "share", "Share"]]})
    editor = _editor(qtbot, db, mission_id, "en")
    assert editor.import_form(str(path)) is False  # the question is answered No
    assert len(questions) == 1
    listed = questions[0]
    assert "total" in listed and "share" in listed
    assert "--leave-out-unsupported" not in listed  # the command line's hint is not for the window
    assert editor.banner.text() == ""


def test_a_form_with_errors_is_refused_without_offering_to_leave_anything_out(
        qtbot, db: Database, tmp_path: Path, questions: list[str]) -> None:  # noqa: ANN001
    mission_id, _checklist_id = small_mission(db)
    path = write_xlsx(tmp_path / "form.xlsx", {"survey": [
        SURVEY_HEAD, ["text", "station", "Station"], ["calculate", "total", ""],
        ["select_one nowhere", "lost", "Lost"]]})
    editor = _editor(qtbot, db, mission_id, "en")
    assert editor.import_form(str(path)) is False
    assert questions == []
    assert editor.banner.kind == "error"
    text = editor.banner.text()
    assert "the list 'nowhere' is not in the choices sheet" in text and "calculations are not supported" in text
    assert "--leave-out-unsupported" not in text


# --- 2. the mission form's problems ----------------------------------------------------------------

def test_a_required_field_reads_as_such_in_russian(qtbot, speaking) -> None:  # noqa: ANN001
    speaking("ru")
    form = MissionForm(full=False)
    qtbot.addWidget(form)
    required = QCoreApplication.translate("MissionForm", "Required: please fill this in.")
    assert required != "Required: please fill this in."  # translated
    assert form.problem_text(Problem("title", core_text("is required"))) == required


def test_a_problem_under_a_field_ends_with_the_chinese_full_stop(qtbot, speaking) -> None:  # noqa: ANN001
    speaking("zh_CN")
    form = MissionForm(full=False)
    qtbot.addWidget(form)
    assert form.problem_text(Problem("period_end", "结束日期不能早于开始日期")) == "结束日期不能早于开始日期。"
    assert form.problem_text(Problem("period_end", "已经结束。")) == "已经结束。"


# --- 3. problems as a list -------------------------------------------------------------------------

def test_problem_lines_read_in_chinese(speaking) -> None:  # noqa: ANN001
    speaking("zh_CN")
    text = describe(ValidationError([Problem("host_country", core_text("is required"), "工作表 A，第 2 行"),
                                     Problem("", "无法读取")]))
    lines = text.split("\n")
    assert len(lines) == 2 and all(line.startswith("• ") for line in lines)
    assert "：" in lines[0] and not ASCII_GLUE.search(text), text


# --- 4. the import plan ----------------------------------------------------------------------------

def test_the_import_plan_glues_its_pieces_in_chinese(speaking) -> None:  # noqa: ANN001
    speaking("zh_CN")
    first = RowProblem("名单", 7, "F", "出生日期", "日期无效")
    second = RowProblem("名单", 7, "", "", "护照已过期")
    row = PlannedRow("名单", 7, RowAction.ERROR, "", "", problems=(first, second))
    texts = [full_place(first), problem_text(first), row_summary(row),
             change_text(FieldChange("position", "职务", "", "顾问")),
             *(text for _kind, text in row_details(row))]
    for text in texts:
        assert not ASCII_GLUE.search(text), text
    assert "：" in problem_text(first) and "；" in row_summary(row)
    assert "，" in full_place(first)


# --- 5. the import wizard's banner -----------------------------------------------------------------

@pytest.fixture
def demo_db(db: Database) -> tuple[Database, int]:
    create_demo_mission(db)
    return db, get_mission(db).id


def test_the_import_banner_puts_chinese_sentences_side_by_side(qtbot, speaking, demo_db,  # noqa: ANN001
                                                                 tmp_path: Path) -> None:
    db, mission_id = demo_db
    speaking("zh_CN")
    wizard = open_import_wizard(None, db, mission_id, lambda: None,
                                settings=QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    wizard.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, False)
    qtbot.addWidget(wizard)
    page = wizard.plan_page
    counts = dict.fromkeys(RowAction, 0)
    page._show_banner(SimpleNamespace(rows=[]), {**counts, RowAction.ERROR: 2})
    assert "。 " not in page.banner.text() and page.banner.text().count("。") == 2, page.banner.text()
    warned = SimpleNamespace(rows=[SimpleNamespace(action=RowAction.ADD, warnings=("x",))])
    page._show_banner(warned, {**counts, RowAction.ADD: 1})
    assert "。 " not in page.banner.text() and page.banner.text().count("。") >= 2, page.banner.text()


# --- 6. the badges dialog --------------------------------------------------------------------------

def _ready(qtbot, dialog: BadgesDialog) -> BadgesDialog:  # noqa: ANN001
    dialog.wait_until_ready()
    qtbot.waitUntil(lambda: dialog.generated is not None and not dialog._runner.busy, timeout=30_000)
    return dialog


def test_the_badges_dialog_summarises_and_reports_in_chinese(qtbot, speaking, demo_db, tmp_path: Path,  # noqa: ANN001
                                                               monkeypatch: pytest.MonkeyPatch) -> None:
    db, mission_id = demo_db
    speaking("zh_CN")
    dialog = open_badges_dialog(None, db, mission_id, None)
    qtbot.addWidget(dialog)
    _ready(qtbot, dialog)
    status = dialog.status.text()
    assert "、" in status and not ASCII_GLUE.search(status), status
    assert not ASCII_GLUE.search(dialog.preview.pages_label.text()), dialog.preview.pages_label.text()
    target = tmp_path / "badges.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        staticmethod(lambda *_a, **_k: (str(target), "PDF documents (*.pdf)")))
    dialog.save_button.click()
    assert target.exists()
    banner = dialog.banner.text().replace(str(target), "文件")
    assert banner.endswith("。") and not ASCII_GLUE.search(banner), banner


def test_the_layouts_are_named_in_the_interface_language(qtbot, speaking, demo_db) -> None:  # noqa: ANN001
    from observer_desk.documents.badges.layouts import LAYOUTS

    db, mission_id = demo_db
    speaking("ru")
    dialog = open_badges_dialog(None, db, mission_id, None)
    qtbot.addWidget(dialog)
    _ready(qtbot, dialog)
    shown = [dialog.layout_box.itemText(i) for i in range(dialog.layout_box.count())]
    assert shown == [core_text(layout.title) for layout in LAYOUTS.values()]


# --- 7. the report viewer --------------------------------------------------------------------------

def _details(**changes: object) -> ReportDetails:
    moment = datetime(2022, 11, 20, 3, 0, tzinfo=UTC)
    values = dict(
        id=1, version=1, mission_id=1, checklist_id=1, checklist_label="选举日 v1", phase=Phase.VOTING,
        polling_station_id=1, station_number="101", station_name="第一中学", unit_name="阿斯塔纳",
        region_name="阿斯塔纳", time_zone="Asia/Almaty", team_id=1, team_name="第一组",
        arrived_at=moment, departed_at=moment.replace(hour=4), source=ReportSource.MANUAL,
        instance_id=None, submitted_by="Team 1", flagged=False, flag_reason="", notes="",
        answers={}, incidents=(IncidentDraft("排队", Severity.MINOR, None, "排长队"),), event_id=None,
        created_at=moment, updated_at=moment)
    values.update(changes)
    return ReportDetails(**values)


def test_the_report_facts_take_chinese_punctuation(speaking) -> None:  # noqa: ANN001
    speaking("zh_CN")
    html = report_html(_details(), {"choice_lists": [], "sections": []}, "zh")
    cells = re.findall(r"<td>(.*?)</td>", html)
    visit, source = cells[3], cells[4]
    assert visit.endswith("（UTC+06:00、Asia/Almaty）"), visit
    assert source.endswith("、Team 1") and ", " not in source, source
    assert "排队：排长队" in html


# --- 8. country names ------------------------------------------------------------------------------

def test_country_names_follow_the_message_language(speaking) -> None:  # noqa: ANN001
    named = countries.country_with_code
    assert named("kz") == "Kazakhstan (KZ)" and named("XX") == "XX" and named(None) == ""
    speaking("ru")
    assert named("KZ") == "Казахстан (KZ)" and countries.country_name("KZ", None) == "Казахстан"
    assert countries.country_name("KZ") == "Kazakhstan"  # the English name stays the default for files
    speaking("zh_CN")
    assert named("KZ") == "哈萨克斯坦（KZ）"


def test_the_overview_details_and_bodies_name_countries_in_russian(qtbot, speaking, demo_db) -> None:  # noqa: ANN001
    db, mission_id = demo_db
    speaking("ru")
    view = OverviewView()
    qtbot.addWidget(view)
    view.set_overview(mission_overview(db, mission_id))
    assert view.fact_labels["host"].text() == "Казахстан (KZ)"
    form = MissionForm(full=False)
    qtbot.addWidget(form)
    form.host_country.setText("KG")
    assert form.host_country_name.text() == "Киргизия (KG)"
    model = SendingBodiesModel()
    model.load(sending_bodies(db, mission_id))
    tips = {model.index(row, model.COUNTRY).data(): model.index(row, model.COUNTRY).data(Qt.ItemDataRole.ToolTipRole)
            for row in range(model.rowCount())}
    assert tips["RU"] == "Российская Федерация (RU)" and tips["CN"] == "Китай (CN)", tips


# --- 9. mnemonics ----------------------------------------------------------------------------------

def _mnemonic(text: str) -> str | None:
    found = re.search(r"&([^&])", text.replace("&&", ""))
    return found.group(1).casefold() if found else None


@pytest.mark.parametrize("language", ["ru", "zh_CN"])
def test_the_observers_toolbar_and_the_menus_take_different_mnemonics(qtbot, speaking, demo_db,  # noqa: ANN001
                                                                       tmp_path: Path, language: str) -> None:
    db, _mission_id = demo_db
    speaking(language)
    window = MainWindow(db, QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    qtbot.addWidget(window)
    actions = [*window.menuBar().actions(), *window.observers_page.toolbar.actions()]
    keys = [_mnemonic(action.text()) for action in actions if not action.isSeparator()]
    assert None not in keys
    assert len(keys) == len(set(keys)), [action.text() for action in actions]


def test_lists_in_the_window_take_the_enumeration_comma_of_chinese(qapp) -> None:  # noqa: ANN001
    from observer_desk.core.language import set_language
    from observer_desk.ui.labels import languages_label

    assert languages_label(["en", "ru"]) == "English, Russian"
    set_language("zh_CN")
    assert languages_label(["en", "ru", "zh"]) == "English、Russian、Chinese"  # Qt's words not installed here
