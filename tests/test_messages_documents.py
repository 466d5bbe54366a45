"""The documents layer writes its refusals, problems and findings in the message language."""

from __future__ import annotations

from pathlib import Path

import pytest
from openpyxl import Workbook

from observer_desk.core.language import set_language
from observer_desk.documents.badges.layouts import get_layout
from observer_desk.documents.badges.pdf import SheetOptions
from observer_desk.documents.nominations_reader import WorkbookError, check_workbook_file, read_nominations
from observer_desk.documents.stations_reader import read_stations
from observer_desk.documents.submissions_reader import SubmissionsFileError, read_submissions
from observer_desk.documents.xlsform import read_xlsform


def _workbook(path: Path, sheets: dict[str, list[list[object]]]) -> Path:
    workbook = Workbook()
    workbook.remove(workbook.active)
    for title, rows in sheets.items():
        sheet = workbook.create_sheet(title)
        for row in rows:
            sheet.append(row)
    workbook.save(path)
    return path


def _form(path: Path) -> Path:
    """A form whose third choice row has no list name."""
    return _workbook(path, {
        "survey": [["type", "name", "label"], ["select_one yes_no", "q1", "Opened on time?"]],
        "choices": [["list_name", "name", "label"], ["yes_no", "yes", "Yes"], [None, "no", "No"]],
    })


def test_xlsform_problem_and_place_in_russian(tmp_path):
    path = _form(tmp_path / "form.xlsx")
    english = read_xlsform(path).errors
    assert [(p.message, p.where) for p in english] == [
        ("a choice without a list name", "sheet choices, row 3, column A (list_name)")]
    set_language("ru")
    problem = read_xlsform(path).errors[0]
    assert problem.field == "list_name"  # the column keeps its XLSForm name
    assert problem.message == "вариант без имени списка"
    assert problem.where == "лист choices, строка 3, столбец A (list_name)"


def test_xlsform_unsupported_reason_from_a_table_in_chinese(tmp_path):
    path = _workbook(tmp_path / "form.xlsx", {
        "survey": [["type", "name", "label"], ["integer", "voters", "Voters"],
                   ["geopoint", "where", "Where?"]],
    })
    set_language("zh_CN")
    unsupported = read_xlsform(path).unsupported
    assert [(p.message, p.where) for p in unsupported] == [
        ("where：不支持位置", "工作表 survey，第 3 行，第 A 列（type）")]


def test_nominations_refusal_with_a_count_in_russian_and_chinese(tmp_path):
    path = _workbook(tmp_path / "list.xlsx", {"Nominations": [["Something", "Else"], ["a", "b"]]})
    with pytest.raises(WorkbookError) as english:
        read_nominations(path)
    assert "has no header row that the import recognises (it looks in the first 30 rows" in str(english.value)
    set_language("ru")
    with pytest.raises(WorkbookError) as russian:
        read_nominations(path)
    assert str(russian.value).startswith("в файле list.xlsx нет строки заголовков, которую распознаёт импорт "
                                         "(он ищет в первых 30 строках каждого листа")
    assert "; ближе всего — лист 'Nominations', строка 1: 'Something', 'Else'" in str(russian.value)
    set_language("zh_CN")
    with pytest.raises(WorkbookError) as chinese:
        read_nominations(path)
    assert str(chinese.value).startswith("list.xlsx 中没有导入可识别的表头行")


def test_nominations_column_notes_follow_the_language(tmp_path):
    path = _workbook(tmp_path / "list.xlsx", {"List": [
        ["No.", "Family name", "Given names", "Surname"], [1, "SMITH", "John", "SMITH"]]})
    set_language("ru")
    notes = {c.header: c.note for c in read_nominations(path).ignored_columns}
    assert notes["No."] == "номера строк"
    assert notes["Surname"] == ("то же поле, что и в столбце B (Family name); для каждого поля "
                                "импортируется только один столбец")


def test_file_kind_refusal_in_chinese(tmp_path):
    path = tmp_path / "scan.xlsx"
    path.write_bytes(b"%PDF-1.7 not a workbook")
    set_language("zh_CN")
    with pytest.raises(WorkbookError) as caught:
        check_workbook_file(path)
    assert str(caught.value) == ("scan.xlsx 不是 Excel 工作簿（这是 PDF 文档）；请在 Excel 或 LibreOffice "
                                 "中打开并另存为 .xlsx")


def test_stations_skipped_sheet_uses_the_plural_form(tmp_path):
    path = _workbook(tmp_path / "stations.xlsx", {
        "Notes": [["just a remark"]],
        "Stations": [["Station number", "Address"], ["001", "School 1"]],
    })
    assert read_stations(path).skipped_sheets == (
        ("Notes", "no header row naming the station number in its first 30 rows"),)
    set_language("ru")
    assert read_stations(path).skipped_sheets == (
        ("Notes", "в первых 30 строках нет строки заголовков с номером участка"),)


def test_submissions_places_and_refusals_in_russian(tmp_path):
    csv = tmp_path / "export.csv"
    csv.write_text("KEY;station;q1\nuuid:1;001;yes\n", encoding="utf-8")
    set_language("ru")
    table = read_submissions(csv)
    assert table.describe() == "CSV, UTF-8, разделитель значений — точка с запятой"
    assert table.place(2, 2) == "строка 2, столбец «q1»"
    empty = tmp_path / "empty.csv"
    empty.write_bytes(b"")
    with pytest.raises(SubmissionsFileError, match=r"^файл empty\.csv пуст \(0 байт\)$"):
        read_submissions(empty)


def test_badge_options_in_chinese():
    options = SheetOptions(layout="cr80", crop_marks=True, short_edge=True)
    assert options.problems()[0].startswith("crop marks need a sheet layout")
    set_language("zh_CN")
    assert options.problems() == ["裁切标记需要整张纸的版式（a4-10up、letter-6up）；cr80 每页只打印一张证件",
                                  "仅在打印背面时才适用短边翻转"]
    with pytest.raises(ValueError, match="未知的证件版式 'a5'"):
        get_layout("a5")
