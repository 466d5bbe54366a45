"""The findings data set as a workbook: a Data sheet with one row per report, a Codebook sheet
that says what every column and value means in each language, and the incidents.

Rows are streamed to a write-only workbook as the caller makes them, so a hundred thousand
reports never sit in memory together; column widths are worked out from the first rows.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from openpyxl import Workbook

WIDTH_SAMPLE = 200


@dataclass(frozen=True)
class SheetData:
    title: str
    headers: Sequence[str]
    rows: Iterable[Sequence[Any]]
    row_count: int  # for the autofilter range, known before the rows are made


def _write_sheet(workbook: Workbook, data: SheetData) -> None:
    from openpyxl.utils import get_column_letter

    from .xlsx_style import column_widths, fast_value, header_cells

    sheet = workbook.create_sheet(data.title)
    rows = iter(data.rows)
    sample: list[Sequence[Any]] = []
    for row in rows:
        sample.append(row)
        if len(sample) >= WIDTH_SAMPLE:
            break
    last_column = get_column_letter(max(len(data.headers), 1))
    sheet.freeze_panes = "B2"
    sheet.auto_filter.ref = f"A1:{last_column}{data.row_count + 1}"
    for index, width in enumerate(column_widths(data.headers, sample, maximum=50), start=1):
        sheet.column_dimensions[get_column_letter(index)].width = width
    sheet.print_title_rows = "1:1"
    sheet.page_setup.orientation = "landscape"
    sheet.page_setup.paperSize = "9"
    sheet.append(header_cells(sheet, list(data.headers)))
    for row in sample:
        sheet.append([fast_value(sheet, value) for value in row])
    for row in rows:
        sheet.append([fast_value(sheet, value) for value in row])


def write_findings_workbook(path: Path | str, sheets: Sequence[SheetData]) -> None:
    # openpyxl is imported when a workbook is written, not when the window starts.
    from openpyxl import Workbook

    workbook = Workbook(write_only=True)
    for data in sheets:
        _write_sheet(workbook, data)
    workbook.save(path)
