"""Reading submission exports of ODK Central and KoboToolbox as a table of text cells.

CSV files come in whatever the server or the spreadsheet program that last saved them chose:
',' or ';' between values (Kobo uses ';'), UTF-8 with or without a byte-order mark, UTF-16
(Excel's "Unicode text"), or Windows-1251 (Russian-language Excel). The encoding is detected
from the bytes, never guessed silently: a file that is neither UTF-8, UTF-16 nor plausible
Cyrillic Windows-1251 is refused with the line of the first byte that does not fit. Workbooks
go through the same checks as every other import before openpyxl opens them.

What comes back is a header and rows of cells (text for CSV; text, numbers and dates for .xlsx)
with the numbers a user sees in a spreadsheet: CSV rows count from the header line as row 1.
"""

from __future__ import annotations

import codecs
import csv
import io
import re
import unicodedata
import warnings
from dataclasses import dataclass
from pathlib import Path

from ..core.errors import ObserverDeskError
from ..core.language import N_, _
from ..core.language import _ as translated  # a text marked with N_ where it is kept
from .nominations_reader import OLE_MAGIC, ZIP_MAGIC, WorkbookError, check_workbook_file

MAX_TEXT_BYTES = 300 * 1024 * 1024
MAX_ROWS = 250_000
MAX_COLUMNS = 4_000
DELIMITERS = (",", ";", "\t")
DELIMITER_NAMES = {",": N_("comma"), ";": N_("semicolon"), "\t": N_("tab")}


class SubmissionsFileError(ObserverDeskError):
    """The file cannot be read as a submissions export; the message says why in one line."""


@dataclass
class SubmissionsTable:
    path: Path
    kind: str  # "csv" or "xlsx"
    headers: tuple[str, ...]
    rows: list[tuple[int, tuple[object, ...]]]  # (row number as the user sees it, cells)
    encoding: str = ""  # csv only: "UTF-8", "UTF-8 with BOM", "UTF-16", "Windows-1251"
    delimiter: str = ""  # csv only
    sheet: str = ""  # xlsx only
    notes: tuple[str, ...] = ()

    def describe(self) -> str:
        if self.kind == "csv":
            separator = DELIMITER_NAMES.get(self.delimiter)
            return _("CSV, {encoding}, values separated by {separator}").format(
                encoding=self.encoding,
                separator=translated(separator) if separator else repr(self.delimiter))
        return _("workbook, sheet {sheet}").format(sheet=self.sheet)

    def place(self, row: int, column: int | None = None) -> str:
        """Where a cell is, as the user finds it: "row 7, column 'voting-q'" (CSV) or
        "sheet Data, row 7, column D (voting/q)" (workbook)."""
        xlsx = self.kind == "xlsx"
        if column is None:
            return _("sheet {sheet}, row {row}").format(sheet=self.sheet, row=row) if xlsx \
                else _("row {row}").format(row=row)
        header = self.headers[column] if column < len(self.headers) else ""
        if xlsx:
            from openpyxl.utils import get_column_letter

            return _("sheet {sheet}, row {row}, column {column} ({header})").format(
                sheet=self.sheet, row=row, column=get_column_letter(column + 1), header=header)
        return _("row {row}, column '{header}'").format(row=row, header=header)


def read_submissions(path: Path | str) -> SubmissionsTable:
    """Read a CSV or .xlsx submissions export; raises SubmissionsFileError (one line)."""
    path = Path(path)
    try:
        size = path.stat().st_size
        with path.open("rb") as handle:
            head = handle.read(8)
    except FileNotFoundError:
        raise SubmissionsFileError(_("{path}: no such file").format(path=path)) from None
    except IsADirectoryError:
        raise SubmissionsFileError(_("{path} is a folder, not a submissions file").format(
            path=path)) from None
    except OSError as exc:
        raise SubmissionsFileError(_("{path}: cannot be read ({reason})").format(
            path=path, reason=exc.strerror)) from None
    if size == 0:
        raise SubmissionsFileError(_("{name} is empty (0 bytes)").format(name=path.name))
    if head.startswith(ZIP_MAGIC) or head == OLE_MAGIC:
        return _read_workbook(path)
    if head.startswith(b"%PDF"):
        raise SubmissionsFileError(_("{name} is a PDF document, not a CSV or .xlsx export").format(
            name=path.name))
    if size > MAX_TEXT_BYTES:
        raise SubmissionsFileError(_("{name} is {size:,.0f} MB; an import takes files of up to "
                                     "{limit} MB").format(name=path.name, size=size / 1024 / 1024,
                                                          limit=MAX_TEXT_BYTES // 1024 // 1024))
    text, encoding = decode_text(path.read_bytes(), path.name)
    return _read_csv(path, text, encoding)


# --- text -------------------------------------------------------------------------------------

def _line_of(data: bytes, position: int) -> int:
    return data.count(b"\n", 0, position) + 1


def _looks_cyrillic(text: str) -> bool:
    """Windows-1251 decodes any byte, so accept it only when the non-ASCII letters it gives are
    Cyrillic (a Latin-1 or CP1252 file decoded this way turns into a jumble of other signs)."""
    foreign = [ch for ch in text if ord(ch) > 127]
    if not foreign:
        return False
    cyrillic = sum(1 for ch in foreign if "\u0400" <= ch <= "\u04ff")
    if cyrillic / len(foreign) < 0.9:
        return False
    # A Western accent read this way also lands on a Cyrillic letter ("café" becomes "cafй"),
    # but inside a Latin word; Russian words are Cyrillic through and through.
    words = [w for w in re.findall(r"\w+", text) if any("\u0400" <= ch <= "\u04ff" for ch in w)]
    mixed = sum(1 for w in words if re.search(r"[A-Za-z]", w))
    return mixed <= len(words) * 0.2


def decode_text(data: bytes, name: str) -> tuple[str, str]:
    """(text, encoding name) of a CSV file's bytes."""
    if data.startswith(codecs.BOM_UTF8):
        return _strict(data[3:], "utf-8", name, 3), "UTF-8 with BOM"
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return _strict(data, "utf-16", name, 0), "UTF-16"
    sample = data[:4000]
    if sample and b"\x00" in sample:
        odd_zero = sample[1::2].count(0) / max(len(sample[1::2]), 1)
        even_zero = sample[0::2].count(0) / max(len(sample[0::2]), 1)
        if odd_zero > 0.3 and even_zero < 0.05:
            return _strict(data, "utf-16-le", name, 0), "UTF-16"
        if even_zero > 0.3 and odd_zero < 0.05:
            return _strict(data, "utf-16-be", name, 0), "UTF-16"
        raise SubmissionsFileError(_("{name} is a binary file (it holds NUL bytes), not a CSV "
                                     "export; export the submissions again as CSV or .xlsx").format(
            name=name))
    try:
        return data.decode("utf-8"), "UTF-8"
    except UnicodeDecodeError as exc:
        bad = exc.start
    try:
        text = data.decode("cp1251")
    except UnicodeDecodeError:
        text = ""
    if text and _looks_cyrillic(text):
        return text, "Windows-1251"
    raise SubmissionsFileError(_(
        "{name} is not UTF-8 text (byte 0x{byte:02X} on line {line} does not fit) nor Cyrillic "
        "Windows-1251; export it again as UTF-8 CSV, or save it from Excel as 'CSV UTF-8'").format(
        name=name, byte=data[bad], line=_line_of(data, bad)))


def _strict(data: bytes, encoding: str, name: str, offset: int) -> str:
    try:
        return data.decode(encoding)
    except UnicodeDecodeError as exc:
        line = _line_of(data, exc.start)
        raise SubmissionsFileError(_("{name} is not valid {encoding} text (line {line}, byte "
                                     "{byte}); export it again").format(
            name=name, encoding=encoding.upper(), line=line, byte=exc.start + offset)) from None


def _clean(value: str) -> str:
    if not value.isascii() and not unicodedata.is_normalized("NFC", value):
        value = unicodedata.normalize("NFC", value)
    return value.strip()


def _delimiter(line: str) -> str:
    best, best_count = ",", 0
    for candidate in DELIMITERS:
        count = len(next(csv.reader([line], delimiter=candidate), []))
        if count > best_count:
            best, best_count = candidate, count
    return best


def _read_csv(path: Path, text: str, encoding: str) -> SubmissionsTable:
    notes: list[str] = []
    text = text.removeprefix("\ufeff")
    first_line, _newline, rest = text.partition("\n")
    offset = 0
    explicit = re.fullmatch(r"\s*sep=(.)\s*", first_line)
    if explicit:  # Excel's own hint of the separator, a line of its own before the header
        delimiter = explicit.group(1)
        text = rest
        offset = 1
        first_line = text.partition("\n")[0]
    else:
        delimiter = _delimiter(first_line)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    try:
        header_cells = next(reader, None)
        if header_cells is None or len([h for h in header_cells if h.strip()]) < 2:
            raise SubmissionsFileError(_(
                "{name} has no header row of columns separated by commas or semicolons (its first "
                "line: {line!r})").format(name=path.name, line=first_line[:80]))
        if len(header_cells) > MAX_COLUMNS:
            raise SubmissionsFileError(_("{name} has {count:,} columns; an import reads up to "
                                         "{limit:,}").format(name=path.name, count=len(header_cells),
                                                             limit=MAX_COLUMNS))
        headers = tuple(_clean(h) for h in header_cells)
        rows: list[tuple[int, tuple[object, ...]]] = []
        for cells in reader:
            if not any(cells):
                continue
            if len(rows) >= MAX_ROWS:
                raise SubmissionsFileError(_("{name} has more than {limit:,} submissions, the most "
                                             "one import takes; split the file").format(
                    name=path.name, limit=MAX_ROWS))
            rows.append((reader.line_num + offset, tuple(_clean(c) for c in cells)))
    except csv.Error as exc:
        raise SubmissionsFileError(_("{name}: line {line} cannot be read as CSV ({reason}); export "
                                     "the file again").format(
            name=path.name, line=reader.line_num + offset, reason=exc)) from None
    if encoding == "Windows-1251":
        notes.append(_("{name} is not UTF-8: read as Windows-1251 (Cyrillic)").format(name=path.name))
    return SubmissionsTable(path, "csv", headers, rows, encoding=encoding, delimiter=delimiter,
                            notes=tuple(notes))


# --- workbooks --------------------------------------------------------------------------------

def _read_workbook(path: Path) -> SubmissionsTable:
    try:
        check_workbook_file(path)
    except WorkbookError as exc:
        raise SubmissionsFileError(str(exc)) from None
    from openpyxl import load_workbook

    notes: list[str] = []
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            workbook = load_workbook(path, read_only=True, data_only=True)
        try:
            chosen = None
            for worksheet in workbook.worksheets:
                worksheet.reset_dimensions()
                source = worksheet.iter_rows(values_only=True, max_col=MAX_COLUMNS)
                first = next(source, None)
                if first is None or len([c for c in first if c not in (None, "")]) < 2:
                    continue
                if chosen is not None:
                    # Kobo puts the answers of repeat groups on further sheets.
                    notes.append(_("sheet {sheet}: not read (only the first sheet of submissions "
                                   "is imported; repeats are not supported)").format(sheet=worksheet.title))
                    continue
                headers = tuple(_clean(str(c)) if c is not None else "" for c in first)
                rows: list[tuple[int, tuple[object, ...]]] = []
                for number, cells in enumerate(source, start=2):
                    if all(c is None or c == "" for c in cells):
                        continue
                    if len(rows) >= MAX_ROWS:
                        raise SubmissionsFileError(_(
                            "{name} has more than {limit:,} submissions, the most one import "
                            "takes; split the file").format(name=path.name, limit=MAX_ROWS))
                    rows.append((number, tuple(_clean(c) if isinstance(c, str) else c
                                               for c in cells)))
                chosen = SubmissionsTable(path, "xlsx", headers, rows, sheet=worksheet.title)
        finally:
            workbook.close()
    except SubmissionsFileError:
        raise
    except Exception as exc:  # openpyxl reports damaged files with many kinds of exceptions
        detail = re.sub(r"\s+", " ", str(exc))[:160] or type(exc).__name__
        raise SubmissionsFileError(_("{name} cannot be read as an .xlsx workbook ({reason}); open it "
                                     "in Excel and save it again").format(
            name=path.name, reason=detail)) from None
    if chosen is None:
        raise SubmissionsFileError(_("{name} has no sheet with a header row of submissions").format(
            name=path.name))
    chosen.notes = tuple(notes)
    return chosen

