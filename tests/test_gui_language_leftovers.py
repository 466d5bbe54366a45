"""Window texts that stayed English or kept English punctuation in Russian and Chinese: links and
status texts the translation tools could not see, units, a sending body's name, the shared
database's connection messages, the station import, the PDF preview's page size and the sending
bodies' column headers."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QPoint
from PySide6.QtGui import QPageSize, QPainter, QPdfWriter
from PySide6.QtWidgets import QLabel, QWizardPage

from observer_desk.core.db import DatabaseError
from observer_desk.core.models import BodyKind, BodyType
from observer_desk.core.services.missions import SendingBodyData
from observer_desk.core.services.roster_import import RowAction, RowProblem
from observer_desk.core.services.station_import import PlannedStation
from observer_desk.core.shared_connection import CheckResult, Outcome, SharedConnection
from observer_desk.ui.calibration_dialog import CalibrationDialog, calibration_label
from observer_desk.ui.connect_dialog import ConnectDialog
from observer_desk.ui.pdf_preview import PdfPreview
from observer_desk.ui.sending_bodies_model import SendingBodiesModel
from observer_desk.ui.station_import_wizard import StationImportWizard, StationPlanModel, details, summary
from statement_fixtures import demo, demo_file  # noqa: F401 - fixtures
from test_gui_language_layouts import open_window, qm_cache, settings, speaking  # noqa: F401 - fixtures

UI_FOLDER = Path(__file__).resolve().parent.parent / "observer_desk" / "ui"
DRIVER_TEXT = 'could not translate host name "db.example" to address: Name or service not known?'


def _translate_calls_in_f_strings(source: str) -> list[int]:
    lines = []
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.JoinedStr):
            for inner in ast.walk(node):
                if isinstance(inner, ast.Call):
                    name = getattr(inner.func, "attr", getattr(inner.func, "id", ""))
                    if name in ("tr", "translate"):
                        lines.append(inner.lineno)
    return lines


def test_no_window_text_is_translated_inside_an_f_string() -> None:
    # lupdate does not look into f-strings: such a text never reaches the catalogue
    found = {path.name: lines for path in sorted(UI_FOLDER.glob("*.py"))
             if (lines := _translate_calls_in_f_strings(path.read_text(encoding="utf-8")))}
    assert found == {}


@pytest.mark.parametrize(("context", "text", "russian", "chinese"), [
    ("MainWindow", "The previous content is kept in %1.", "Прежнее содержимое сохранено в %1.", "原有内容保存在 %1 中。"),
    ("FilePage", "Save an empty nominations template…", "Сохранить пустой шаблон кандидатур…", "保存空白提名模板…"),
    ("ObserverEditor", "Open the other record", "Открыть другую запись", "打开另一条记录"),
])
def test_texts_once_hidden_in_f_strings_are_translated(qapp, speaking, context: str, text: str,  # noqa: ANN001, F811
                                                       russian: str, chinese: str) -> None:
    speaking("ru")
    assert QCoreApplication.translate(context, text) == russian
    speaking("zh_CN")
    assert QCoreApplication.translate(context, text) == chinese


@pytest.mark.parametrize(("language", "unit", "label"), [
    ("ru", " мм", "x +0,0 мм, y +0,0 мм"),
    ("zh_CN", " 毫米", "x +0.0 毫米，y +0.0 毫米"),
])
def test_the_printer_offset_names_millimetres_in_the_interface_language(
        qtbot, speaking, language: str, unit: str, label: str) -> None:  # noqa: ANN001, F811
    speaking(language)
    dialog = CalibrationDialog("a4-10up")
    qtbot.addWidget(dialog)
    assert dialog.x_offset.suffix() == unit and dialog.y_offset.suffix() == unit
    assert calibration_label("no-such-layout") == label


@pytest.mark.parametrize(("language", "name"), [("ru", "Китайская Народная Республика"),
                                                 ("zh_CN", "中华人民共和国"),
                                                 ("en", "People's Republic of China")])
def test_a_body_that_cannot_be_removed_is_named_in_the_interface_language(
        qapp, speaking, language: str, name: str) -> None:  # noqa: ANN001, F811
    speaking(language)
    model = SendingBodiesModel()
    data = SendingBodyData(code="CN", name_en="People's Republic of China", kind=BodyKind.STATE,
                           body_type=BodyType.MEMBER_STATE, name_ru="Китайская Народная Республика",
                           name_zh="中华人民共和国", id=1, version=1)
    model.add_body(data)
    model._rows[0].observers = 2  # noqa: SLF001 - as loaded with two observers
    problem = model.removal_problem(0)
    assert problem is not None and name in problem
    if language != "en":
        assert "People's Republic" not in problem


def test_a_body_without_a_name_in_the_interface_language_keeps_its_english_one(qapp, speaking) -> None:  # noqa: ANN001, F811
    speaking("ru")
    model = SendingBodiesModel()
    model.add_body(SendingBodyData(code="SEC", name_en="SCO Secretariat", kind=BodyKind.ORGANISATION,
                                   body_type=BodyType.SECRETARIAT))
    model._rows[0].observers = 1  # noqa: SLF001
    assert "SCO Secretariat" in (model.removal_problem(0) or "")


# --- the shared database --------------------------------------------------------------------

def _connect_dialog(qtbot) -> ConnectDialog:  # noqa: ANN001
    dialog = ConnectDialog()
    qtbot.addWidget(dialog)
    dialog.set_connection(SharedConnection(host="db.example", database="od", user="anna", port=5432))
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


@pytest.mark.parametrize("language", ["ru", "zh_CN"])
def test_the_drivers_words_stand_apart_from_the_advice(qtbot, speaking, language: str) -> None:  # noqa: ANN001, F811
    speaking(language)
    dialog = _connect_dialog(qtbot)
    for outcome in (Outcome.UNREACHABLE, Outcome.AUTH_FAILED):
        kind, text = dialog.describe_check(CheckResult(outcome, DRIVER_TEXT))
        assert kind == "error"
        advice, detail = text.split("\n")
        assert DRIVER_TEXT not in advice and detail.endswith(DRIVER_TEXT)
        assert "?." not in text and "?。" not in text


@pytest.mark.parametrize("language", ["ru", "zh_CN"])
def test_a_failed_connection_gives_its_advice_once(qtbot, speaking, language: str) -> None:  # noqa: ANN001, F811
    speaking(language)
    dialog = _connect_dialog(qtbot)
    message = ("cannot connect to the PostgreSQL server at db.example:5432, database od (could not "
               "translate host name): check that the server is running and that the host and port are right")
    dialog._open_failed(DatabaseError(message))  # noqa: SLF001 - what the Connect button's worker reports
    text = dialog.banner.text()
    assert text.count(message) == 1
    unreachable = dialog.describe_check(CheckResult(Outcome.UNREACHABLE, ""))[1]
    assert unreachable not in text  # the window's own advice is not added to the core's


@pytest.mark.parametrize("language", ["ru", "zh_CN"])
def test_the_connection_banner_overlaps_nothing(qtbot, speaking, language: str) -> None:  # noqa: ANN001, F811
    speaking(language)
    dialog = _connect_dialog(qtbot)
    kind, text = dialog.describe_check(CheckResult(Outcome.UNREACHABLE, DRIVER_TEXT * 2))
    dialog.show_banner(kind, text)
    qtbot.wait(20)
    note_bottom = dialog.keyring_note.mapTo(dialog, QPoint(0, dialog.keyring_note.height())).y()
    box_bottom = dialog.keep_password.mapTo(dialog, QPoint(0, dialog.keep_password.height())).y()
    banner_top = dialog.banner.mapTo(dialog, QPoint(0, 0)).y()
    banner_bottom = banner_top + dialog.banner.height()
    assert banner_top >= max(note_bottom, box_bottom)
    label = dialog.banner.label
    assert label.height() >= label.heightForWidth(label.width())
    assert dialog.buttons.mapTo(dialog, QPoint(0, 0)).y() >= banner_bottom
    assert dialog.keyring_note.height() >= dialog.keyring_note.heightForWidth(dialog.keyring_note.width())


def test_the_connection_messages_use_chinese_punctuation(qtbot, speaking) -> None:  # noqa: ANN001, F811
    speaking("zh_CN")
    dialog = _connect_dialog(qtbot)
    _kind, text = dialog.describe_check(CheckResult(Outcome.EMPTY, server_version="16.2"))
    assert "。 " not in text and ". " not in text
    dialog.set_connection(SharedConnection(host="", database="", user="", port=5432))
    dialog.connect_database()
    problems = dialog.banner.text()
    assert "; " not in problems and ". " not in problems


# --- the station import ---------------------------------------------------------------------

def _station(problems: tuple[RowProblem, ...] = ()) -> PlannedStation:
    return PlannedStation(sheet="Лист1", row=2, action=RowAction.ERROR if problems else RowAction.ADD,
                          number="101", unit="Астана", problems=problems)


def test_the_station_plan_uses_chinese_punctuation(qapp, speaking) -> None:  # noqa: ANN001, F811
    speaking("zh_CN")
    problems = (RowProblem("Лист1", 2, "B", "Voters", "not a number"),
                RowProblem("Лист1", 2, "C", "Opens", "not a time"))
    station = _station(problems)
    model = StationPlanModel()
    model.rows = [station]
    assert model.data(model.index(0, StationPlanModel.PLACE)) == "Лист1，2"
    assert "; " not in summary(station) and "；" in summary(station)
    for _kind, line in details(station):
        assert ": " not in line and "：" in line


def test_the_russian_subtitle_of_the_station_import_is_shown_whole(qtbot, speaking, demo, settings) -> None:  # noqa: ANN001, F811
    speaking("ru")
    db, mission_id = demo
    wizard = StationImportWizard(db, mission_id, settings=settings)
    qtbot.addWidget(wizard)
    wizard.show()
    qtbot.waitExposed(wizard)
    subtitle = wizard.currentPage().subTitle()
    (label,) = [label for label in wizard.findChildren(QLabel)
                if label.text() == subtitle and not isinstance(label.parent(), QWizardPage)]
    qtbot.waitUntil(lambda: label.height() >= label.heightForWidth(label.width()))
    assert label.geometry().bottom() < label.parentWidget().height()  # the header shows it all


# --- the PDF preview ------------------------------------------------------------------------

@pytest.mark.parametrize(("language", "text"), [("ru", "1 страница, 209,90 × 297,04 мм"),
                                                 ("zh_CN", "1 页，209.90 × 297.04 毫米")])
def test_the_preview_names_the_page_size_in_the_interface_language(
        qtbot, speaking, tmp_path: Path, language: str, text: str) -> None:  # noqa: ANN001, F811
    speaking(language)
    path = tmp_path / "a4.pdf"
    writer = QPdfWriter(str(path))
    writer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))  # A4 in whole points: 209.90 × 297.04 mm
    painter = QPainter(writer)
    painter.drawText(100, 100, "A4")
    painter.end()
    preview = PdfPreview()
    qtbot.addWidget(preview)
    preview.resize(300, 500)
    preview.show()
    assert preview.show_file(str(path))
    assert preview.pages_label.text() == text
    # the label has a line of its own, not squeezed beside the zoom buttons
    assert preview.pages_label.geometry().bottom() < preview.fit_width_button.geometry().top()


# --- the sending bodies ---------------------------------------------------------------------

@pytest.mark.parametrize("language", ["ru", "zh_CN"])
def test_the_sending_bodies_name_headers_fit(qtbot, speaking, demo, settings, language: str) -> None:  # noqa: ANN001, F811
    speaking(language)
    db, _mission_id = demo
    window = open_window(qtbot, db, settings, 0)
    page = window.mission_page
    page.tabs.setCurrentWidget(page.bodies)
    header = page.bodies.table.horizontalHeader()
    names = (SendingBodiesModel.NAME_EN, SendingBodiesModel.NAME_RU, SendingBodiesModel.NAME_ZH)
    qtbot.waitUntil(lambda: all(header.sectionSize(c) >= header.sectionSizeHint(c) for c in names))
