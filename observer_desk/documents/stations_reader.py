"""Reading a list of polling stations from a workbook: the CEC's list, a region's list, or one the
secretariat typed.

The file passes the same checks as a nominations workbook before openpyxl opens it (kind of file,
how far it unpacks, no XML entity declarations). Each sheet is searched for a header row naming
the station number and at least one other known column, in English or Russian; the rows under it
come back as plain values with their sheet, row and column, for the import to check. Headers that
match nothing are reported, never guessed.
"""

from __future__ import annotations

import re
import unicodedata
import warnings
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from ..core.language import _, ngettext
from .nominations_reader import ReadCancelled, WorkbookError, check_workbook_file, column_letter
from .roster_columns import fold_header

MAX_ROWS = 100_000
HEADER_SCAN_ROWS = 30
PROGRESS_EVERY = 1_000

Progress = Callable[[int, int], object]


@dataclass(frozen=True)
class StationField:
    field: str
    en: str
    ru: str
    synonyms: tuple[str, ...] = ()


FIELDS: tuple[StationField, ...] = (
    StationField("number", "Station number", "Номер участка",
                 ("number", "station", "station no", "station no.", "polling station",
                  "polling station number", "ps", "ps no", "precinct", "precinct number",
                  "участок", "номер", "№ участка", "избирательный участок", "уик",
                  "№ уик", "номер уик", "投票站编号", "投票站")),
    StationField("unit", "Unit", "Административная единица",
                 ("unit code", "district", "region", "city", "area", "район", "область",
                  "город", "код", "код единицы", "行政单位", "地区")),
    StationField("name", "Premises", "Помещение",
                 ("name", "station name", "location", "building", "наименование",
                  "место нахождения", "местонахождение", "место расположения", "名称")),
    StationField("address", "Address", "Адрес", ("street address", "адрес помещения", "地址")),
    StationField("registered_voters", "Registered voters", "Число избирателей",
                 ("voters", "number of voters", "electorate", "registered",
                  "количество избирателей", "избирателей", "зарегистрировано избирателей",
                  "选民人数")),
    StationField("opens_at", "Opens", "Открытие",
                 ("opens at", "opening", "opening time", "open", "время открытия", "开放时间")),
    StationField("closes_at", "Closes", "Закрытие",
                 ("closes at", "closing", "closing time", "close", "время закрытия", "关闭时间")),
    StationField("latitude", "Latitude", "Широта", ("lat",)),
    StationField("longitude", "Longitude", "Долгота", ("lon", "lng", "long")),
)

_INDEX = {fold_header(name): f.field
          for f in FIELDS for name in (f.field, f.en, f.ru, *f.synonyms)}
# A bare "No." or "№" numbers the rows of most lists; the station's own number has a fuller header.
ROW_NUMBER_HEADERS = {fold_header(h) for h in ("No.", "No", "№", "№ п/п", "п/п", "#", "S. No.",
                                               "序号")}


def field_for_header(text: object) -> str | None:
    if text is None:
        return None
    folded = fold_header(str(text))
    if folded in _INDEX:
        return _INDEX[folded]
    if " / " in folded:  # "Station number / Номер участка"
        for half in folded.split(" / "):
            if half.strip() in _INDEX:
                return _INDEX[half.strip()]
    return None


@dataclass(frozen=True)
class HeadedColumn:
    sheet: str
    letter: str
    index: int
    header: str
    field: str | None  # None: not imported


@dataclass(frozen=True)
class StationRow:
    sheet: str
    row: int  # as Excel numbers it
    values: dict[str, object]  # field -> value; empty cells left out
    columns: dict[str, HeadedColumn]  # field -> the column it came from

    def where(self, field: str | None = None) -> tuple[str, str]:
        """(column letter, header) of a field in this row's sheet."""
        column = self.columns.get(field) if field else None
        return (column.letter, column.header) if column else ("", "")


@dataclass(frozen=True)
class StationsFile:
    path: Path
    rows: list[StationRow]
    columns: tuple[HeadedColumn, ...]
    skipped_sheets: tuple[tuple[str, str], ...]  # (sheet, why)

    @property
    def unknown_columns(self) -> list[HeadedColumn]:
        return [c for c in self.columns if c.field is None]


def _clean(value: object) -> object:
    if isinstance(value, str):
        if not unicodedata.is_normalized("NFC", value):
            value = unicodedata.normalize("NFC", value)
        return value.strip() or None
    return value


def _header(value: object) -> str:
    return re.sub(r"\s+", " ", str(_clean(value) or "")).strip()


def read_stations(path: Path | str, *, max_rows: int = MAX_ROWS,
                  progress: Progress | None = None) -> StationsFile:
    """Every sheet with a header row naming the station number; WorkbookError (one line) for a
    file that cannot be used."""
    path = Path(path)
    check_workbook_file(path)
    from defusedxml import DefusedXmlException
    from openpyxl import load_workbook

    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            workbook = load_workbook(path, read_only=True, data_only=True)
            try:
                return _read(path, workbook, max_rows, progress)
            finally:
                workbook.close()
    except WorkbookError:
        raise
    except DefusedXmlException:
        raise WorkbookError(_("{name} declares XML entities, which Excel never writes; refused as "
                              "a possible XML entity bomb").format(name=path.name)) from None
    except Exception as exc:  # openpyxl reports damaged files with many kinds of exceptions
        detail = re.sub(r"\s+", " ", str(exc))[:160] or type(exc).__name__
        raise WorkbookError(_("{name} cannot be read as an .xlsx workbook ({reason}); open it in "
                              "Excel and save it again").format(name=path.name, reason=detail)) from None


def _read(path: Path, workbook, max_rows: int, progress: Progress | None) -> StationsFile:
    rows: list[StationRow] = []
    columns: list[HeadedColumn] = []
    skipped: list[tuple[str, str]] = []
    estimate = sum(ws.max_row or 0 for ws in workbook.worksheets) or 1
    for sheet in workbook.worksheets:
        title = sheet.title
        sheet.reset_dimensions()
        source = sheet.iter_rows(values_only=True, max_col=64)
        scanned: list[tuple] = []
        for cells in source:
            scanned.append(cells)
            if len(scanned) >= HEADER_SCAN_ROWS:
                break
        header_at = None
        for i, cells in enumerate(scanned):
            fields = {field_for_header(v) for v in cells if _header(v)} - {None}
            if "number" in fields and len(fields) >= 2:
                header_at = i
                break
        if header_at is None:
            if any(_clean(v) is not None for cells in scanned for v in cells):
                skipped.append((title, ngettext(
                    "no header row naming the station number in its first {n} row",
                    "no header row naming the station number in its first {n} rows",
                    HEADER_SCAN_ROWS).format(n=HEADER_SCAN_ROWS)))
            continue
        by_field: dict[str, HeadedColumn] = {}
        for index, value in enumerate(scanned[header_at]):
            header = _header(value)
            if not header or fold_header(header) in ROW_NUMBER_HEADERS:
                continue
            field = field_for_header(header)
            if field in by_field:
                field = None  # only the first column of a field is read
            column = HeadedColumn(title, column_letter(index), index, header, field)
            columns.append(column)
            if field:
                by_field[field] = column
        number = header_at + 1
        for cells in [*scanned[header_at + 1:], *source]:
            number += 1
            values = {}
            for field, column in by_field.items():
                if column.index < len(cells):
                    value = _clean(cells[column.index])
                    if value is not None:
                        values[field] = value
            if not values:
                continue
            if len(rows) >= max_rows:
                raise WorkbookError(_("{name}: sheet {sheet!r} takes the file past {limit:,} stations, "
                                      "the most one import takes; split it").format(
                    name=path.name, sheet=title, limit=max_rows))
            rows.append(StationRow(title, number, values, by_field))
            if progress is not None and len(rows) % PROGRESS_EVERY == 0:
                if progress(len(rows), max(estimate, len(rows))) is False:
                    raise ReadCancelled(_("reading {name} was cancelled; nothing was imported").format(
                        name=path.name))
    if not rows:
        if not columns:
            raise WorkbookError(_(
                "{name} has no header row that names the station number (it looks in the first "
                "{count} rows of each sheet for headers such as 'Station number' or 'Номер "
                "участка', beside 'Unit', 'Address' or 'Registered voters')").format(
                name=path.name, count=HEADER_SCAN_ROWS))
        raise WorkbookError(_("{name} lists no polling stations under its header row").format(
            name=path.name))
    return StationsFile(path, rows, tuple(columns), tuple(skipped))
