"""The nominations template: read back as Excel would show it, then filled in and imported."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

import pytest
from openpyxl import load_workbook
from openpyxl.utils import get_column_letter

from observer_desk.core.db import Database
from observer_desk.core.models import AccreditationStatus, BodyType, MissionRole, Sex
from observer_desk.core.services.roster_export import export_nominations_template
from observer_desk.core.services.roster_import import RowAction, commit_import, plan_import
from observer_desk.documents.nominations_template import TEMPLATE_ROWS
from observer_desk.documents.roster_columns import COLUMNS, Kind
from observer_desk.documents.xlsx_style import DATE_FORMAT, DATETIME_FORMAT
from test_roster_import import make_mission, observers

HEADER_ROW = 4
FIRST, LAST = HEADER_ROW + 1, HEADER_ROW + TEMPLATE_ROWS


def letter_of(field: str) -> str:
    return get_column_letter(next(i for i, c in enumerate(COLUMNS, start=1) if c.field == field))


@pytest.fixture
def template(db: Database, tmp_path: Path) -> tuple[int, Path]:
    mission_id = make_mission(db)
    path = tmp_path / "nominations.xlsx"
    export_nominations_template(db, mission_id, path)
    return mission_id, path


def test_headers_layout_and_print_setup(template: tuple[int, Path]) -> None:
    _, path = template
    workbook = load_workbook(path)
    assert workbook.sheetnames == ["Nominations", "Lists", "Instructions"]
    assert workbook.active.title == "Nominations"
    sheet = workbook["Nominations"]
    headers = [c.value for c in sheet[HEADER_ROW]]
    assert headers == [c.header for c in COLUMNS]
    assert headers[0] == "Code / Код"
    assert "Family name / Фамилия" in headers and "Date of birth / Дата рождения" in headers
    assert sheet["A1"].value.startswith("SCO Observer Mission")
    assert sheet.freeze_panes == f"A{FIRST}"
    assert sheet.auto_filter.ref == f"A{HEADER_ROW}:{get_column_letter(len(COLUMNS))}{LAST}"
    assert sheet.print_title_rows == f"${HEADER_ROW}:${HEADER_ROW}"
    assert sheet.page_setup.orientation == "landscape" and sheet.page_setup.fitToWidth == 1
    assert sheet[f"A{HEADER_ROW}"].font.bold
    assert workbook["Lists"].sheet_state == "hidden"


def test_cells_are_formatted_for_what_they_hold(template: tuple[int, Path]) -> None:
    _, path = template
    sheet = load_workbook(path)["Nominations"]
    for index, column in enumerate(COLUMNS, start=1):
        expected = {Kind.DATE: DATE_FORMAT, Kind.DATETIME: DATETIME_FORMAT}.get(column.kind, "@")
        for row in (FIRST, LAST):
            assert sheet.cell(row=row, column=index).number_format == expected, column.field
    # Text format keeps "+7 ..." and passport numbers with leading zeros as typed.
    assert sheet[f"{letter_of('phone')}{FIRST}"].number_format == "@"


def test_lists_for_body_role_sex_and_branch(template: tuple[int, Path]) -> None:
    _, path = template
    workbook = load_workbook(path)
    sheet, lists = workbook["Nominations"], workbook["Lists"]
    validations = {str(v.sqref): v for v in sheet.data_validations.dataValidation}

    def choices(field: str) -> list[str]:
        rule = validations[f"{letter_of(field)}{FIRST}:{letter_of(field)}{LAST}"]
        assert rule.type == "list" and rule.errorStyle == "stop" and rule.allow_blank
        source = rule.formula1.split("!")[1].replace("$", "")
        start, end = source.split(":")
        return [c.value for row in lists[start:end] for c in row]

    assert choices("sending_body") == ["People's Republic of China", "Kyrgyz Republic",
                                       "Russian Federation", "SCO Secretariat"]
    assert choices("mission_role")[3] == "Observer / Наблюдатель" and len(choices("mission_role")) == 6
    assert choices("sex") == ["F / Ж", "M / М", "X"]
    assert "election authority / избирательный орган" in choices("authority_type")
    for field in ("date_of_birth", "passport_expiry", "arrival_at", "departure_at"):
        rule = validations[f"{letter_of(field)}{FIRST}:{letter_of(field)}{LAST}"]
        assert (rule.type, rule.errorStyle) == ("date", "warning")


def test_instructions_in_english_and_russian(template: tuple[int, Path]) -> None:
    _, path = template
    sheet = load_workbook(path)["Instructions"]
    text = "\n".join(str(c.value) for r in sheet.iter_rows() for c in r if c.value is not None)
    assert "How to fill in the nominations list" in text
    assert "Как заполнить список кандидатур" in text
    assert "Leave empty for a new nominee" in text and "Для нового кандидата" in text
    assert "Asia/Almaty" in text
    bodies = [[c.value for c in r] for r in sheet.iter_rows() if r[0].value in ("CN", "SEC")]
    assert bodies == [["CN", "People's Republic of China", "Китайская Народная Республика",
                       "中华人民共和国", 2], ["SEC", "SCO Secretariat", "Секретариат ШОС",
                                           "上海合作组织秘书处", 4]]
    for column in COLUMNS:
        assert column.header in text


def test_a_filled_template_imports(db: Database, template: tuple[int, Path], tmp_path: Path) -> None:
    mission_id, path = template
    workbook = load_workbook(path)
    sheet = workbook["Nominations"]
    values = {
        "family_name": "Tursunov", "given_names": "Ulugbek", "native_name": "Турсунов Улугбек",
        "sex": "M / М", "date_of_birth": datetime(1975, 11, 8), "citizenship": "Kyrgyzstan",
        "sending_body": "Kyrgyz Republic", "institution": "Central Election Commission",
        "position": "Member", "authority_type": "election authority / избирательный орган",
        "mission_role": "Interpreter / Переводчик", "passport_number": "TEST000901",
        "passport_expiry": "01.02.2030", "email": "u.tursunov@example.org",
        "phone": "+996 312 555 011", "languages": "ky, ru", "arrival_flight": "KC 110",
        "arrival_at": datetime(2022, 11, 17, 11, 5), "departure_at": "21.11.2022 14:50",
    }
    for field, value in values.items():
        sheet[f"{letter_of(field)}{FIRST}"] = value
    sheet[f"{letter_of('family_name')}{FIRST + 1}"] = "Fang"
    sheet[f"{letter_of('sending_body')}{FIRST + 1}"] = "People's Republic of China"
    sheet[f"{letter_of('sex')}{FIRST + 1}"] = "F / Ж"
    filled = tmp_path / "filled.xlsx"
    workbook.save(filled)

    plan = plan_import(db, mission_id, filled)
    assert [(r.sheet, r.row, r.action, r.code) for r in plan.rows] == [
        ("Nominations", FIRST, RowAction.ADD, "KG-01"), ("Nominations", FIRST + 1, RowAction.ADD, "CN-01")]
    assert plan.unknown_columns == ()
    commit_import(db, plan)
    stored = observers(db, mission_id)
    kyrgyz = stored["KG-01"]
    assert (kyrgyz.sex, kyrgyz.mission_role, kyrgyz.authority_type) == (
        Sex.MALE, MissionRole.INTERPRETER, BodyType.ELECTION_AUTHORITY)
    assert (kyrgyz.date_of_birth, kyrgyz.passport_expiry) == (date(1975, 11, 8), date(2030, 2, 1))
    assert (kyrgyz.citizenship, kyrgyz.languages, kyrgyz.phone) == ("KG", "ky,ru", "+996 312 555 011")
    assert kyrgyz.departure_at.isoformat() == "2022-11-21T08:50:00+00:00"
    assert kyrgyz.accreditation_status is AccreditationStatus.NOMINATED
    assert stored["CN-01"].sex is Sex.FEMALE
