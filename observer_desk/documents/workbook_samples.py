"""A few values from under chosen columns of a workbook, for screens that let a user map columns.

Only called on files that already passed the nominations reader's checks (size, zip, XML)."""

from __future__ import annotations

import warnings
from collections.abc import Mapping
from pathlib import Path
from typing import Any


def column_samples(path: Path, header_rows: Mapping[str, int], wanted: Mapping[str, set[int]],
                   rows: int, per_column: int) -> dict[tuple[str, int], list[Any]]:
    """Up to `per_column` non-empty values of each wanted (sheet, 0-based column) from the first
    `rows` rows under the sheet's header row."""
    from openpyxl import load_workbook

    found: dict[tuple[str, int], list[Any]] = {(s, i): [] for s, cols in wanted.items() for i in cols}
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        workbook = load_workbook(path, read_only=True, data_only=True)
    try:
        for sheet_name, indexes in wanted.items():
            if not indexes:
                continue
            first = header_rows[sheet_name] + 1
            for cells in workbook[sheet_name].iter_rows(min_row=first, max_row=first + rows - 1,
                                                        max_col=max(indexes) + 1, values_only=True):
                for index in indexes:
                    values = found[(sheet_name, index)]
                    if index >= len(cells) or len(values) >= per_column:
                        continue
                    value = cells[index]
                    if value is None or (isinstance(value, str) and not value.strip()) or value in values:
                        continue
                    values.append(value)
                if all(len(found[(sheet_name, i)]) >= per_column for i in indexes):
                    break
    finally:
        workbook.close()
    return found
