"""Reading the election commission's published turnout figures from a workbook.

One row per published figure, under a header row (in the first ten rows of the first sheet that
has one) naming at least the turnout and the time:

    Region | Date | Time | Turnout % | Voters | Registered voters | Source

in English or Russian ("Регион", "Дата", "Время", "Явка, %", "Проголосовало", "Избирателей",
"Источник"). Date and time may also share one column. Cells come back as they are (text, numbers,
dates); the turnout service reads them.
"""

from __future__ import annotations

import re
import warnings
from dataclasses import dataclass
from pathlib import Path

from ..core.language import _
from .nominations_reader import WorkbookError, check_workbook_file

HEADERS = {
    "region": ("region", "unit", "oblast", "регион", "область", "территория", "地区"),
    "date": ("date", "дата", "日期"),
    "time": ("time", "hour", "время", "час", "时间"),
    "datetime": ("date and time", "date/time", "datetime", "дата и время", "日期时间"),
    "percent": ("turnout", "turnout %", "turnout, %", "turnout percent", "явка", "явка %",
                "явка, %", "投票率"),
    "voters": ("voters", "voted", "ballots", "проголосовало", "приняли участие", "投票人数"),
    "registered": ("registered voters", "registered", "избирателей", "число избирателей",
                   "избирателей в списках", "登记选民"),
    "zone": ("time zone", "zone", "часовой пояс", "时区"),
    "source": ("source", "источник", "来源"),
}
HEADER_ROWS = 10
MAX_ROWS = 20_000


@dataclass(frozen=True)
class CecSheetRow:
    sheet: str
    row: int
    values: dict[str, object]  # field -> cell value
    letters: dict[str, str]  # field -> column letter, to say where a problem is
    number_formats: dict[str, str]

    def where(self, field: str | None = None) -> str:
        if field and field in self.letters:
            return _("sheet {sheet}, row {row}, column {column}").format(
                sheet=self.sheet, row=self.row, column=self.letters[field])
        return _("sheet {sheet}, row {row}").format(sheet=self.sheet, row=self.row)


def _fold(value: object) -> str:
    return re.sub(r"\s+", " ", str(value or "")).strip().casefold().rstrip(":")


def _field(header: object) -> str | None:
    folded = _fold(header)
    for field, names in HEADERS.items():
        if folded in names:
            return field
    return None


def read_cec_workbook(path: Path | str) -> list[CecSheetRow]:
    """The figures' rows; raises WorkbookError (one line) for an unusable file."""
    path = Path(path)
    check_workbook_file(path)
    from openpyxl import load_workbook
    from openpyxl.utils import get_column_letter

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        try:
            workbook = load_workbook(path, read_only=True, data_only=True)
        except Exception as exc:  # damaged files come with many kinds of exceptions
            raise WorkbookError(_("{name} cannot be read as an .xlsx workbook ({reason}); open it in "
                                  "Excel and save it again").format(
                name=path.name, reason=str(exc)[:120])) from None
    try:
        for sheet in workbook.worksheets:
            sheet.reset_dimensions()
            rows = sheet.iter_rows(max_col=40)
            scanned = []
            for cells in rows:
                scanned.append(cells)
                if len(scanned) >= HEADER_ROWS:
                    break
            for index, cells in enumerate(scanned):
                fields = {_field(c.value): i for i, c in enumerate(cells) if _field(c.value)}
                if "percent" not in fields or not ({"time", "datetime"} & set(fields)):
                    continue
                letters = {f: get_column_letter(i + 1) for f, i in fields.items()}
                found: list[CecSheetRow] = []
                number = index + 1
                for cells in [*scanned[index + 1:], *rows]:
                    number += 1
                    values = {f: cells[i].value for f, i in fields.items()
                              if i < len(cells) and cells[i].value not in (None, "")}
                    if not values:
                        continue
                    if len(found) >= MAX_ROWS:
                        raise WorkbookError(_("{name}: more than {limit:,} figures").format(
                            name=path.name, limit=MAX_ROWS))
                    formats = {f: getattr(cells[i], "number_format", "") or ""
                               for f, i in fields.items() if i < len(cells)}
                    found.append(CecSheetRow(sheet.title, number, values, letters, formats))
                return found
    finally:
        workbook.close()
    raise WorkbookError(_("{name} has no header row naming the turnout and the time (e.g. 'Region', "
                          "'Date', 'Time', 'Turnout %') in the first rows of a sheet").format(name=path.name))
