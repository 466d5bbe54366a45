"""The audit trail as a workbook: one sheet with an entry per row (when, who, which record, what
happened), and one with a row per changed field (old and new value), both ready to filter."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from openpyxl import Workbook

from .xlsx_style import write_table

MAX_CELL_CHARS = 32_000  # Excel holds at most 32,767 characters in a cell


@dataclass(frozen=True)
class AuditLine:
    number: int  # the entry's id, which ties a change to its entry
    when: datetime  # local time of the mission, without a zone (Excel has none)
    user: str
    table: str
    record: str
    action: str
    summary: str
    changes: Sequence[tuple[str, Any, Any]]  # (field, old, new), values already masked


def _shown(value: Any) -> Any:
    if value is None:
        return None
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return value
    text = value if isinstance(value, str) else str(value)
    return text if len(text) <= MAX_CELL_CHARS else text[:MAX_CELL_CHARS] + "…"


def write_audit_workbook(path: Path | str, lines: Sequence[AuditLine], *, title: str,
                         subtitle: str, zone_name: str) -> None:
    workbook = Workbook(write_only=True)
    when = f"When ({zone_name})"
    entries = workbook.create_sheet("Audit trail")
    write_table(entries, headers=["No.", when, "Who", "Table", "Record", "Action", "Summary"],
                rows=[[line.number, line.when, line.user, line.table, line.record, line.action,
                       line.summary] for line in lines],
                page_title=title, title_lines=[title, subtitle])
    changes = workbook.create_sheet("Changes")
    write_table(changes, headers=["No.", when, "Who", "Table", "Record", "Field", "Old value",
                                  "New value"],
                rows=[[line.number, line.when, line.user, line.table, line.record, name,
                       _shown(old), _shown(new)]
                      for line in lines for name, old, new in line.changes],
                page_title=title, title_lines=[title, subtitle])
    workbook.save(path)
