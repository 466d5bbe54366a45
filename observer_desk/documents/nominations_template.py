"""The nominations template states fill in: one row per observer under headers in English and
Russian, lists to choose the sending body, role, sex and branch from, date cells formatted as
dates, and an instructions sheet in both languages.

The header sits under a short title block, as in the files states send, and the import finds it
there like any other header row.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font
from openpyxl.utils import get_column_letter, quote_sheetname
from openpyxl.worksheet.datavalidation import DataValidation

from ..core.models import BodyType, MissionRole
from .roster_columns import COLUMNS, Kind
from .xlsx_style import DATE_FORMAT, DATETIME_FORMAT, HEADER_FILL, HEADER_FONT, write_table

NOMINATIONS_SHEET = "Nominations"
INSTRUCTIONS_SHEET = "Instructions"
LISTS_SHEET = "Lists"
TEMPLATE_ROWS = 300  # rows prepared with formats and lists; more can be added below
TEXT_FORMAT = "@"

ROLE_CHOICES = {
    MissionRole.HEAD: "Head of mission / Глава миссии",
    MissionRole.DEPUTY: "Deputy head / Заместитель главы миссии",
    MissionRole.COORDINATOR: "Coordinator / Координатор",
    MissionRole.OBSERVER: "Observer / Наблюдатель",
    MissionRole.INTERPRETER: "Interpreter / Переводчик",
    MissionRole.STAFF: "Staff / Сотрудник",
}
SEX_CHOICES = ("F / Ж", "M / М", "X")
BRANCH_CHOICES = {
    BodyType.LEGISLATIVE: "legislative / законодательная",
    BodyType.EXECUTIVE: "executive / исполнительная",
    BodyType.ELECTION_AUTHORITY: "election authority / избирательный орган",
    BodyType.SECRETARIAT: "secretariat / секретариат",
    BodyType.RATS: "RATS / РАТС",
    BodyType.OTHER: "other / другое",
}


@dataclass(frozen=True)
class TemplateBody:
    code: str
    name_en: str
    name_ru: str = ""
    name_zh: str = ""
    quota: int | None = None


@dataclass(frozen=True)
class TemplateMission:
    code: str
    title: str
    time_zone: str


COLUMN_HELP: dict[str, tuple[str, str]] = {
    "code": ("Leave empty for a new nominee: the secretariat gives the code. Keep it when you "
             "correct an observer already on the roster.",
             "Для нового кандидата оставьте пустым: код присвоит секретариат. Для исправления "
             "данных уже внесённого наблюдателя сохраните его код."),
    "family_name": ("Required. In Latin letters, exactly as in the passport.",
                    "Обязательно. Латиницей, точно как в паспорте."),
    "given_names": ("In Latin letters, exactly as in the passport.",
                    "Латиницей, точно как в паспорте."),
    "native_name": ("Full name in the observer's own script (Cyrillic, Chinese, ...).",
                    "Полное имя на родном языке (кириллицей, иероглифами и т. д.)."),
    "sex": ("Choose from the list: F, M or X.", "Выберите из списка: Ж, М или X."),
    "date_of_birth": ("A date: 17.11.1970 or 1970-11-17.", "Дата: 17.11.1970 или 1970-11-17."),
    "citizenship": ("Country name or ISO code: Russia, Russian Federation, RU.",
                    "Название страны или код ISO: Россия, Российская Федерация, RU."),
    "sending_body": ("Choose from the list. If left empty, the state of citizenship is used.",
                     "Выберите из списка. Если пусто, берётся государство гражданства."),
    "institution": ("The organisation the observer works for.", "Место работы."),
    "position": ("The observer's post in that organisation.", "Занимаемая должность."),
    "authority_type": ("Choose from the list: legislative, executive, election authority, ...",
                       "Выберите из списка: законодательная, исполнительная, избирательный орган…"),
    "mission_role": ("Choose from the list; Observer if left empty.",
                     "Выберите из списка; если пусто — наблюдатель."),
    "passport_number": ("As in the passport.", "Как в паспорте."),
    "passport_expiry": ("A date. The passport must be valid well after the mission ends.",
                        "Дата. Паспорт должен действовать и после окончания миссии."),
    "email": ("One address.", "Один адрес."),
    "phone": ("With the country code: +7 701 555 0101.", "С кодом страны: +7 701 555 0101."),
    "languages": ("Codes or names separated by commas: zh, ru, en.",
                  "Коды или названия через запятую: zh, ru, en."),
    "arrival_flight": ("Flight number: KC 886.", "Номер рейса: KC 886."),
    "arrival_at": ("Date and local time of arrival: 17.11.2022 14:30.",
                   "Дата и местное время прибытия: 17.11.2022 14:30."),
    "departure_flight": ("Flight number.", "Номер рейса."),
    "departure_at": ("Date and local time of departure.", "Дата и местное время отбытия."),
    "hotel": ("If known.", "Если известна."),
    "notes": ("Anything the secretariat should know.", "Всё, что следует знать секретариату."),
}

GENERAL_HELP: tuple[tuple[str, str], ...] = (
    ("Fill in one row per observer on the sheet “Nominations”. Do not change, move or delete the "
     "header row.",
     "Заполните по одной строке на каждого наблюдателя на листе «Nominations». Не изменяйте, не "
     "перемещайте и не удаляйте строку заголовков."),
    ("Names in Latin letters exactly as in the passport; the name in the observer's own script "
     "goes in “Name in own script”.",
     "Фамилия и имя — латиницей, как в паспорте; имя на родном языке — в столбце «Имя на родном "
     "языке»."),
    ("Dates as dates (17.11.1970 or 1970-11-17); arrival and departure with the local time of "
     "the host country ({zone}).",
     "Даты — как даты (17.11.1970 или 1970-11-17); прибытие и отбытие — с местным временем "
     "принимающей страны ({zone})."),
    ("Where a cell offers a list, choose from it.", "Если в ячейке есть список, выберите из него."),
    ("An empty cell leaves what the secretariat already holds unchanged.",
     "Пустая ячейка не меняет данные, которые уже есть у секретариата."),
    ("Return the file as .xlsx without a password.", "Верните файл в формате .xlsx без пароля."),
)


def write_nominations_template(path: Path, mission: TemplateMission,
                               bodies: Sequence[TemplateBody], *, rows: int = TEMPLATE_ROWS) -> None:
    workbook = Workbook()
    sheet = workbook.active
    sheet.title = NOMINATIONS_SHEET
    lists = workbook.create_sheet(LISTS_SHEET)
    lists.sheet_state = "hidden"
    instructions = workbook.create_sheet(INSTRUCTIONS_SHEET)

    title_lines = [mission.title,
                   f"{mission.code} · Nominations: one row per observer, see the sheet "
                   f"“{INSTRUCTIONS_SHEET}” · Одна строка на наблюдателя, см. лист «{INSTRUCTIONS_SHEET}»"]
    headers = [column.header for column in COLUMNS]
    write_table(sheet, headers=headers, rows=[], page_title=f"{mission.code} nominations",
                title_lines=title_lines)
    header_row = len(title_lines) + 2
    first, last = header_row + 1, header_row + rows
    last_letter = get_column_letter(len(COLUMNS))
    sheet.auto_filter.ref = f"A{header_row}:{last_letter}{last}"
    sheet.row_dimensions[header_row].height = 32
    for index, column in enumerate(COLUMNS, start=1):
        letter = get_column_letter(index)
        sheet.column_dimensions[letter].width = max(sheet.column_dimensions[letter].width or 0,
                                                    16 if column.kind != Kind.DATETIME else 18)
        number_format = {Kind.DATE: DATE_FORMAT, Kind.DATETIME: DATETIME_FORMAT}.get(
            column.kind, TEXT_FORMAT)
        for row in range(first, last + 1):
            sheet.cell(row=row, column=index).number_format = number_format

    choices = {
        "sending_body": [_body_choice(b, bodies) for b in bodies],
        "mission_role": list(ROLE_CHOICES.values()),
        "sex": list(SEX_CHOICES),
        "authority_type": list(BRANCH_CHOICES.values()),
    }
    _write_lists(lists, choices)
    for list_index, (field, values) in enumerate(choices.items(), start=1):
        column_index = next(i for i, c in enumerate(COLUMNS, start=1) if c.field == field)
        letter = get_column_letter(column_index)
        source = get_column_letter(list_index)
        validation = DataValidation(
            type="list",
            formula1=f"{quote_sheetname(LISTS_SHEET)}!${source}$2:${source}${max(len(values), 1) + 1}",
            allow_blank=True, showDropDown=False, showErrorMessage=True, errorStyle="stop",
            errorTitle="Choose from the list / Выберите из списка",
            error="Choose a value from the list. / Выберите значение из списка.",
            showInputMessage=True, promptTitle=COLUMNS[column_index - 1].en[:32],
            prompt=COLUMN_HELP[field][0][:255])
        validation.add(f"{letter}{first}:{letter}{last}")
        sheet.add_data_validation(validation)
    for index, column in enumerate(COLUMNS, start=1):
        if column.kind in (Kind.DATE, Kind.DATETIME):
            letter = get_column_letter(index)
            # A warning, not a stop: a date typed as text (17.11.1970) is still read by the import.
            validation = DataValidation(
                type="date", operator="between", formula1="DATE(1900,1,1)",
                formula2="DATE(2100,12,31)", allow_blank=True, showErrorMessage=True,
                errorStyle="warning", errorTitle="A date / Дата",
                error="Write a date: 17.11.1970 or 1970-11-17. / Введите дату: 17.11.1970 или 1970-11-17.")
            validation.add(f"{letter}{first}:{letter}{last}")
            sheet.add_data_validation(validation)

    _write_instructions(instructions, mission, bodies)
    workbook.active = 0
    workbook.save(path)


def _body_choice(body: TemplateBody, bodies: Sequence[TemplateBody]) -> str:
    """The English name, which the import reads back; the code where two bodies share a name."""
    shared = sum(1 for other in bodies if other.name_en.casefold() == body.name_en.casefold()) > 1
    return body.code if shared or not body.name_en else body.name_en


def _write_lists(sheet, choices: dict[str, list[str]]) -> None:
    titles = {"sending_body": "Sending body", "mission_role": "Mission role", "sex": "Sex",
              "authority_type": "Branch"}
    for index, (field, values) in enumerate(choices.items(), start=1):
        sheet.cell(row=1, column=index, value=titles[field])
        for row, value in enumerate(values, start=2):
            cell = sheet.cell(row=row, column=index, value=value)
            cell.data_type = "s"


def _write_instructions(sheet, mission: TemplateMission, bodies: Sequence[TemplateBody]) -> None:
    wrap = Alignment(wrap_text=True, vertical="top")
    sheet.column_dimensions["A"].width = 34
    sheet.column_dimensions["B"].width = 60
    sheet.column_dimensions["C"].width = 60
    sheet.column_dimensions["D"].width = 24
    sheet.column_dimensions["E"].width = 10
    sheet.append(["How to fill in the nominations list", "Как заполнить список кандидатур"])
    for cell in sheet[1]:
        cell.font = Font(bold=True, size=14)
    sheet.append([mission.title])
    sheet.append([])
    for number, (english, russian) in enumerate(GENERAL_HELP, start=1):
        sheet.append([f"{number}.", english.format(zone=mission.time_zone),
                      russian.format(zone=mission.time_zone)])
        for cell in sheet[sheet.max_row]:
            cell.alignment = wrap
    sheet.append([])
    _heading(sheet, ["Column / Столбец", "What to write", "Что писать"])
    for column in COLUMNS:
        english, russian = COLUMN_HELP[column.field]
        sheet.append([column.header, english, russian])
        for cell in sheet[sheet.max_row]:
            cell.alignment = wrap
    sheet.append([])
    _heading(sheet, ["Sending bodies / Направляющие стороны", "English", "Русский", "中文",
                     "Quota / Квота"])
    for body in bodies:
        sheet.append([body.code, body.name_en, body.name_ru or None, body.name_zh or None, body.quota])
    for row in sheet.iter_rows():
        for cell in row:
            if isinstance(cell.value, str):
                cell.data_type = "s"  # help text starting with a sign stays text
    sheet.sheet_view.showGridLines = False
    sheet.page_setup.orientation = "landscape"
    sheet.page_setup.fitToWidth = 1
    sheet.page_setup.fitToHeight = 0
    sheet.sheet_properties.pageSetUpPr.fitToPage = True


def _heading(sheet, titles: list[str]) -> None:
    sheet.append(titles)
    for cell in sheet[sheet.max_row]:
        cell.font = HEADER_FONT
        cell.fill = HEADER_FILL
