"""How Observer Desk's workbooks look and behave: styled header, frozen panes, autofilter, widths,
print setup, and text that is never taken for a formula."""

from __future__ import annotations

import unicodedata
from collections.abc import Sequence
from datetime import date, datetime
from typing import Any

from openpyxl.cell import WriteOnlyCell
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet

HEADER_FONT = Font(bold=True, color="FFFFFF")
HEADER_FILL = PatternFill("solid", fgColor="1F4E79")
HEADER_ALIGNMENT = Alignment(vertical="center", wrap_text=True)
TITLE_FONT = Font(bold=True, size=14)
SUBTITLE_FONT = Font(italic=True, color="555555")
THIN_BOTTOM = Border(bottom=Side(style="thin", color="999999"))
DATE_FORMAT = "yyyy-mm-dd"
DATETIME_FORMAT = "yyyy-mm-dd hh:mm"

# Characters that make a spreadsheet program read a cell as a formula (or a DDE command).
FORMULA_TRIGGERS = ("=", "+", "-", "@", "\t", "\r")


def is_formula_like(text: str) -> bool:
    return text.startswith(FORMULA_TRIGGERS)


def text_cell(sheet: Worksheet, value: str) -> WriteOnlyCell:
    cell = WriteOnlyCell(sheet, value)
    cell.data_type = "s"
    if is_formula_like(value):
        cell.quotePrefix = True  # shown and edited as text in Excel and LibreOffice
    return cell


def clean_text(value: str) -> str:
    """NFC-normalised text without the control characters a workbook cannot hold."""
    if not value.isascii():
        value = unicodedata.normalize("NFC", value)
    return ILLEGAL_CHARACTERS_RE.sub("", value)


def cell(sheet: Worksheet, value: Any, *, bold: bool = False) -> WriteOnlyCell | Any:
    """A write-only cell for any value: text always as text, dates with a date format."""
    if isinstance(value, str):
        result = text_cell(sheet, clean_text(value))
    else:
        result = WriteOnlyCell(sheet, value)
        if isinstance(value, datetime):
            result.number_format = DATETIME_FORMAT
        elif isinstance(value, date):
            result.number_format = DATE_FORMAT
    if bold:
        result.font = Font(bold=True)
    return result


def fast_value(sheet: Worksheet, value: Any) -> WriteOnlyCell | Any:
    """The value as it can go to a write-only sheet. Plain values are several times cheaper for
    openpyxl than cell objects, so a cell object is made only where one is needed: text a
    spreadsheet would take for a formula, and date-times (their own number format)."""
    if isinstance(value, str):
        value = clean_text(value)
        return text_cell(sheet, value) if is_formula_like(value) else value
    if isinstance(value, datetime):
        return cell(sheet, value)
    return value  # numbers; dates get openpyxl's yyyy-mm-dd, the same as DATE_FORMAT


def header_cells(sheet: Worksheet, titles: Sequence[str]) -> list[WriteOnlyCell]:
    cells = []
    for title in titles:
        c = WriteOnlyCell(sheet, title)
        c.data_type = "s"
        c.font = HEADER_FONT
        c.fill = HEADER_FILL
        c.alignment = HEADER_ALIGNMENT
        c.border = THIN_BOTTOM
        cells.append(c)
    return cells


def display_width(value: Any) -> int:
    """Roughly how many character widths a value takes (CJK characters count double)."""
    if value is None:
        return 0
    if isinstance(value, str):
        if value.isascii() and "\n" not in value:
            return len(value)  # the common case, kept cheap: widths look at every cell
        return max((len(line) + sum(1 for ch in line if unicodedata.east_asian_width(ch) in "WF"))
                   for line in value.splitlines() or [""])
    if isinstance(value, datetime):
        return 16
    if isinstance(value, date):
        return 10
    return len(str(value))


def column_widths(headers: Sequence[str], rows: Sequence[Sequence[Any]],
                  minimum: int = 6, maximum: int = 60) -> list[int]:
    widths = [max(minimum, display_width(h) + 2) for h in headers]
    for row in rows:
        for i, value in enumerate(row[: len(widths)]):
            width = display_width(value) + 2
            if width > widths[i]:
                widths[i] = min(width, maximum)
    return widths


def write_table(sheet: Worksheet, *, headers: Sequence[str], rows: Sequence[Sequence[Any]],
                page_title: str, title_lines: Sequence[str] = (), landscape: bool = True,
                bold_rows: frozenset[int] = frozenset()) -> None:
    """Write a titled table to a write-only sheet: a title block, a styled header row, then the rows,
    with frozen panes, autofilter, widths that fit and a print setup a secretariat can print as it is.

    A write-only sheet takes its layout before its first row, hence everything is set up front.
    """
    header_row = len(title_lines) + (2 if title_lines else 1)
    last_row = header_row + len(rows)
    last_col = get_column_letter(max(len(headers), 1))
    sheet.freeze_panes = f"A{header_row + 1}"
    sheet.sheet_properties.pageSetUpPr.fitToPage = True
    for i, width in enumerate(column_widths(headers, rows), start=1):
        sheet.column_dimensions[get_column_letter(i)].width = width
    sheet.auto_filter.ref = f"A{header_row}:{last_col}{last_row}"
    sheet.print_title_rows = f"{header_row}:{header_row}"
    sheet.page_setup.orientation = "landscape" if landscape else "portrait"
    sheet.page_setup.paperSize = "9"  # A4
    sheet.page_setup.fitToWidth = 1
    sheet.page_setup.fitToHeight = 0
    sheet.print_options.horizontalCentered = True
    sheet.page_margins.left = sheet.page_margins.right = 0.4
    sheet.oddHeader.center.text = page_title.replace("&", "&&")
    sheet.oddFooter.center.text = "Page &P of &N"
    sheet.oddFooter.right.text = "&D"

    for number, line in enumerate(title_lines):
        title = cell(sheet, line)
        title.font = TITLE_FONT if number == 0 else SUBTITLE_FONT
        sheet.append([title])
    if title_lines:
        sheet.append([])
    sheet.append(header_cells(sheet, headers))
    for index, row in enumerate(rows):
        if index in bold_rows:
            sheet.append([cell(sheet, value, bold=True) if value is not None else None for value in row])
        else:
            sheet.append([fast_value(sheet, value) for value in row])
