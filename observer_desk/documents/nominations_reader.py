"""Reading nomination workbooks: our template, our roster, and the layouts states really send.

A file is checked before openpyxl opens it (what kind of file it is, how far it unpacks, whether its
XML declares entities), so that a hostile or broken file is refused with one clear sentence instead
of a traceback or a machine brought to its knees. Then every sheet is scanned for its header row
(which may sit below title rows), the headers are matched to fields in English, Russian or a
common synonym, and the rows under them are returned as plain values, trimmed and NFC-normalised.
Headers that match nothing are reported, never guessed; the caller may map them.
"""

from __future__ import annotations

import itertools
import re
import unicodedata
import warnings
import zipfile
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from pathlib import Path

from ..core.errors import ObserverDeskError
from ..core.language import N_, _, ngettext, pgettext
from ..core.language import _ as translated  # a text marked with N_ where it is kept
from .roster_columns import BY_FIELD, field_for_header, fold_header

MAX_FILE_BYTES = 50 * 1024 * 1024
MAX_UNPACKED_BYTES = 300 * 1024 * 1024
MAX_RATIO = 100  # Excel's XML packs 5 to 30 times; a bomb packs a thousand times
RATIO_CHECK_FROM = 1024 * 1024  # small parts may pack tighter, and cannot hurt
MAX_PARTS = 2_000
MAX_ROWS = 100_000
MAX_COLUMNS = 256
EXCEL_MAX_ROW = 1_048_576
HEADER_SCAN_ROWS = 30
PROGRESS_EVERY = 1_000

OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
ZIP_MAGIC = (b"PK\x03\x04", b"PK\x05\x06")

# Columns our own roster export adds, which an import reads past on purpose.
READ_ONLY_HEADERS = {
    fold_header(h): N_("changed through the accreditation workflow, not by import")
    for h in ("Status", "CEC certificate No.", "Certificate date")
} | {fold_header("Photo"): N_("photos are added in the observer editor")}
ROW_NUMBER_HEADERS = {fold_header(h) for h in ("No.", "No", "#", "№", "№ п/п", "п/п", "S. No.",
                                               "Sl. No.", "序号", "No. / № п/п")}

Progress = Callable[[int, int], object]


class WorkbookError(ObserverDeskError):
    """The file cannot be used as a nominations workbook; the message says why in one line."""


class ReadCancelled(WorkbookError):
    pass


@dataclass(frozen=True)
class SourceColumn:
    """One headed column of a sheet and what the import does with it."""

    sheet: str
    letter: str
    index: int  # 0-based
    header: str
    field: str | None  # None: not imported
    note: str = ""  # why it is not imported

    @property
    def unknown(self) -> bool:
        return self.field is None and self.note == UNKNOWN


UNKNOWN = "unknown header"


@dataclass(frozen=True)
class SheetLayout:
    name: str
    header_row: int
    columns: tuple[SourceColumn, ...]
    by_field: dict[str, SourceColumn] = field(compare=False, repr=False)

    def column(self, name: str) -> SourceColumn | None:
        return self.by_field.get(name)


@dataclass(frozen=True)
class NominationRow:
    layout: SheetLayout
    row: int  # as Excel numbers it
    values: dict[str, object]  # field -> value; empty cells are left out

    @property
    def sheet(self) -> str:
        return self.layout.name


@dataclass(frozen=True)
class SkippedSheet:
    name: str
    reason: str  # for the user, in the current language
    empty: bool = False  # nothing in it at all: no reason to mention it


@dataclass(frozen=True)
class UnheadedColumn:
    """A column that holds values but has no header: reported, not read."""

    sheet: str
    letter: str
    first_row: int
    count: int


@dataclass(frozen=True)
class NominationsFile:
    path: Path
    sheets: tuple[SheetLayout, ...]
    rows: list[NominationRow]
    skipped: tuple[SkippedSheet, ...]
    unheaded: tuple[UnheadedColumn, ...] = ()
    notes: tuple[str, ...] = ()

    @property
    def unknown_columns(self) -> list[SourceColumn]:
        return [c for s in self.sheets for c in s.columns if c.unknown]

    @property
    def ignored_columns(self) -> list[SourceColumn]:
        return [c for s in self.sheets for c in s.columns if c.field is None and not c.unknown]


def _megabytes(size: int) -> str:
    return _("{megabytes:,.0f} MB").format(megabytes=size / (1024 * 1024))


# --- before openpyxl touches the file --------------------------------------------------------

def check_workbook_file(path: Path) -> None:
    """Refuse files that are not .xlsx workbooks, or that would take more memory or time to
    unpack than any real nominations list, before a parser sees them."""
    name = path.name
    try:
        size = path.stat().st_size
        with path.open("rb") as handle:
            head = handle.read(8)
    except FileNotFoundError:
        raise WorkbookError(_("{path}: no such file").format(path=path)) from None
    except IsADirectoryError:
        raise WorkbookError(_("{path} is a folder, not a workbook").format(path=path)) from None
    except OSError as exc:
        raise WorkbookError(_("{path}: cannot be read ({reason})").format(
            path=path, reason=exc.strerror)) from None
    if size == 0:
        raise WorkbookError(_("{name} is empty (0 bytes), not a workbook").format(name=name))
    if head == OLE_MAGIC:
        raise WorkbookError(_describe_ole(path))
    if not head.startswith(ZIP_MAGIC):
        raise WorkbookError(_("{name} is not an Excel workbook ({kind}); open it in Excel or "
                              "LibreOffice and save it as .xlsx").format(
            name=name, kind=_describe_other(head)))
    if size > MAX_FILE_BYTES:
        raise WorkbookError(_("{name} is {size}; an import takes workbooks of up to {limit} (split "
                              "the list into several files)").format(
            name=name, size=_megabytes(size), limit=_megabytes(MAX_FILE_BYTES)))
    try:
        with zipfile.ZipFile(path) as archive:
            members = archive.infolist()
            _check_members(name, members)
            _check_parts(name, archive, {m.filename for m in members})
            _check_no_dtd(name, archive, members)
    except zipfile.BadZipFile as exc:
        raise WorkbookError(_("{name} is a damaged workbook (its zip structure cannot be read: "
                              "{reason}); open it in Excel and save it again").format(
            name=name, reason=exc)) from None
    except (OSError, EOFError, RuntimeError, NotImplementedError) as exc:
        raise WorkbookError(_("{name} cannot be unpacked ({reason}); open it in Excel and save it "
                              "again as .xlsx").format(name=name, reason=exc)) from None


def _describe_ole(path: Path) -> str:
    # A password-protected .xlsx is an OLE compound file holding EncryptionInfo and an
    # EncryptedPackage; anything else in that container is a legacy binary workbook.
    with path.open("rb") as handle:
        content = handle.read(2 * 1024 * 1024)
    if "EncryptionInfo".encode("utf-16-le") in content or \
            "EncryptedPackage".encode("utf-16-le") in content:
        return _("{name}: encrypted or legacy .xls workbook, here protected with a password; "
                 "open it in Excel, remove the password (File > Info > Protect Workbook) and "
                 "save it again").format(name=path.name)
    return _("{name}: encrypted or legacy .xls workbook, here an Excel 97-2003 file, which "
             "the import does not read; open it in Excel or LibreOffice and save it as .xlsx"
             ).format(name=path.name)


def _describe_other(head: bytes) -> str:
    if head.startswith(b"%PDF"):
        return _("it is a PDF document")
    if head.startswith((b"<", b"\xef\xbb\xbf<")):
        return _("it is an HTML or XML file")
    if head.startswith(b"{\\rtf"):
        return _("it is an RTF document")
    try:
        head.decode("utf-8")
    except UnicodeDecodeError:
        return _("it is not a zip-packed .xlsx file")
    return _("it is a text file")


def _check_members(name: str, members: list[zipfile.ZipInfo]) -> None:
    if len(members) > MAX_PARTS:
        raise WorkbookError(_("{name} holds {count:,} parts; a workbook has a few dozen "
                              "(refused above {limit:,}, a possible zip bomb)").format(
            name=name, count=len(members), limit=MAX_PARTS))
    total = sum(m.file_size for m in members)
    if total > MAX_UNPACKED_BYTES:
        raise WorkbookError(_("{name} would unpack to {size}, more than the {limit} limit of an "
                              "import (a possible zip bomb, or a list too large for one import)"
                              ).format(name=name, size=_megabytes(total),
                                       limit=_megabytes(MAX_UNPACKED_BYTES)))
    for member in members:
        if member.file_size >= RATIO_CHECK_FROM:
            ratio = member.file_size / max(member.compress_size, 1)
            if ratio > MAX_RATIO:
                raise WorkbookError(_(
                    "{name}: part {part} is compressed {ratio:,.0f} to 1, beyond the {limit} to 1 "
                    "limit of an import (a possible zip bomb); refused").format(
                    name=name, part=member.filename, ratio=ratio, limit=MAX_RATIO))


def _check_parts(name: str, archive: zipfile.ZipFile, names: set[str]) -> None:
    if "xl/workbook.xml" in names:
        return
    if "xl/workbook.bin" in names:
        raise WorkbookError(_("{name} is a binary .xlsb workbook; open it in Excel and save it as "
                              ".xlsx").format(name=name))
    if "mimetype" in names and "content.xml" in names:
        mimetype = archive.read("mimetype")[:100].decode("ascii", "replace")
        if "spreadsheet" in mimetype:
            raise WorkbookError(_("{name} is an OpenDocument spreadsheet (.ods); save it as .xlsx "
                                  "(Excel 2007-365) first").format(name=name))
        raise WorkbookError(_("{name} is an OpenDocument file; save it as .xlsx (Excel 2007-365) "
                              "first").format(name=name))
    if "word/document.xml" in names:
        raise WorkbookError(_("{name} is a Word document, not a workbook; put the list in an .xlsx "
                              "workbook").format(name=name))
    raise WorkbookError(_("{name} is a zip archive but not an Excel workbook (it has no "
                          "xl/workbook.xml)").format(name=name))


def _check_no_dtd(name: str, archive: zipfile.ZipFile, members: list[zipfile.ZipInfo]) -> None:
    """Excel never writes a DTD; one in a workbook's XML is there to declare entities."""
    for member in members:
        if not member.filename.endswith((".xml", ".rels", ".vml")) or member.is_dir():
            continue
        with archive.open(member) as stream:
            start = stream.read(4096)
        text = start.decode("utf-16") if start.startswith((b"\xff\xfe", b"\xfe\xff")) \
            else start.decode("utf-8", "replace")
        if "<!doctype" in text.lower() or "<!entity" in text.lower():
            raise WorkbookError(_("{name}: part {part} declares XML entities (<!DOCTYPE>), which "
                                  "Excel never writes; refused as a possible XML entity bomb"
                                  ).format(name=name, part=member.filename))


# --- reading the sheets ----------------------------------------------------------------------

# How Excel writes a character XML cannot hold (a control character): _x0007_. openpyxl leaves
# the escape as it is; Excel shows the character, so the import reads it as Excel does.
_EXCEL_ESCAPE = re.compile(r"_x([0-9A-Fa-f]{4})_")


def _clean(value: object) -> object:
    if isinstance(value, str):
        if "_x" in value:
            value = _EXCEL_ESCAPE.sub(lambda m: chr(int(m.group(1), 16)), value)
        if not unicodedata.is_normalized("NFC", value):
            value = unicodedata.normalize("NFC", value)
        value = value.strip()
        return value or None
    return value


def _header_text(value: object) -> str:
    if value is None:
        return ""
    return re.sub(r"\s+", " ", str(_clean(value) or "")).strip()


def _prepare_mapping(mapping: Mapping[str, str | None] | None) -> dict[str, str | None]:
    prepared: dict[str, str | None] = {}
    for header, target in (mapping or {}).items():
        if target is not None and target not in BY_FIELD:
            raise ValueError(_("mapping of {header!r}: {field!r} is not an importable field").format(
                header=header, field=target))
        prepared[fold_header(header)] = target
    return prepared


def _classify(header: str, mapping: dict[str, str | None]) -> tuple[str | None, str]:
    """(field, note) for a header: the user's mapping first, then our headers and synonyms."""
    folded = fold_header(header)
    if folded in mapping:
        target = mapping[folded]
        return (target, "") if target else (None, _("ignored as you chose"))
    known = field_for_header(header)
    if known:
        return known, ""
    if folded in READ_ONLY_HEADERS:
        return None, translated(READ_ONLY_HEADERS[folded])
    if folded in ROW_NUMBER_HEADERS:
        return None, _("row numbers")
    return None, UNKNOWN


def _layout(sheet: str, header_row: int, cells: tuple, mapping: dict[str, str | None]) -> SheetLayout:
    from openpyxl.utils import get_column_letter

    columns: list[SourceColumn] = []
    by_field: dict[str, SourceColumn] = {}
    for index, value in enumerate(cells):
        header = _header_text(value)
        if not header:
            continue
        letter = get_column_letter(index + 1)
        target, note = _classify(header, mapping)
        if target and target in by_field:
            first = by_field[target]
            target, note = None, _("same field as column {column} ({header}); only one column per "
                                   "field is imported").format(column=first.letter, header=first.header)
        column = SourceColumn(sheet, letter, index, header, target, note)
        columns.append(column)
        if target:
            by_field[target] = column
    return SheetLayout(sheet, header_row, tuple(columns), by_field)


def _header_score(cells: tuple, mapping: dict[str, str | None]) -> tuple[int, bool]:
    fields = set()
    for value in cells:
        header = _header_text(value)
        if header:
            target, _note = _classify(header, mapping)
            if target:
                fields.add(target)
    return len(fields), "family_name" in fields


def read_nominations(path: Path | str, mapping: Mapping[str, str | None] | None = None, *,
                     max_rows: int = MAX_ROWS, progress: Progress | None = None) -> NominationsFile:
    """Read every sheet that has a header row naming at least the family name.

    `mapping` ({header text: field, or None to ignore the column}) overrides what a header is
    taken for; headers are compared without case, spacing or trailing punctuation.
    Raises WorkbookError (one line) for a file that cannot be used.
    """
    path = Path(path)
    prepared = _prepare_mapping(mapping)
    check_workbook_file(path)
    from defusedxml import DefusedXmlException
    from openpyxl import load_workbook

    name = path.name
    try:
        with warnings.catch_warnings():
            # openpyxl warns about styles and extensions it drops; they do not matter here.
            warnings.simplefilter("ignore")
            workbook = load_workbook(path, read_only=True, data_only=True)
            try:
                return _read_sheets(path, workbook, prepared, max_rows, progress)
            finally:
                workbook.close()
    except WorkbookError:
        raise
    except DefusedXmlException:
        raise WorkbookError(_("{name} declares XML entities, which Excel never writes; refused as "
                              "a possible XML entity bomb").format(name=name)) from None
    except MemoryError:
        raise WorkbookError(_("{name} needs more memory than this computer has to be read; split "
                              "the list into smaller files").format(name=name)) from None
    except Exception as exc:  # openpyxl reports damaged files with many kinds of exceptions
        if _caused_by(exc, DefusedXmlException):
            raise WorkbookError(_("{name} declares XML entities, which Excel never writes; refused "
                                  "as a possible XML entity bomb").format(name=name)) from None
        detail = re.sub(r"\s+", " ", str(exc))[:160] or type(exc).__name__
        raise WorkbookError(_("{name} cannot be read as an .xlsx workbook ({reason}); open it in "
                              "Excel and save it again").format(name=name, reason=detail)) from None


def _caused_by(exc: BaseException, kind: type[BaseException]) -> bool:
    seen = 0
    current: BaseException | None = exc
    while current is not None and seen < 10:
        if isinstance(current, kind):
            return True
        current = current.__cause__ or current.__context__
        seen += 1
    return False


def _read_sheets(path: Path, workbook, mapping: dict[str, str | None], max_rows: int,
                 progress: Progress | None) -> NominationsFile:
    sheets: list[SheetLayout] = []
    skipped: list[SkippedSheet] = []
    rows: list[NominationRow] = []
    unheaded: dict[tuple[str, int], UnheadedColumn] = {}
    notes: list[str] = []
    best_miss: tuple[int, str, int, list[str]] | None = None
    any_content = False
    estimate = sum(ws.max_row or 0 for ws in workbook.worksheets) or 1
    for worksheet in workbook.worksheets:
        title = worksheet.title
        declared_columns = worksheet.max_column or 0
        # The size a sheet declares may be stale (some programs never update it): read every
        # row, but never wider than MAX_COLUMNS, so one cell in column XFD cannot make each row
        # sixteen thousand cells long.
        worksheet.reset_dimensions()
        source = worksheet.iter_rows(values_only=True, max_col=MAX_COLUMNS)
        if declared_columns > MAX_COLUMNS:
            notes.append(_("sheet {sheet!r}: columns after {column} are not read (an import reads "
                           "the first {count} columns)").format(
                sheet=title, column=column_letter(MAX_COLUMNS - 1), count=MAX_COLUMNS))
        scanned: list[tuple] = []
        for cells in source:
            scanned.append(cells)
            if len(scanned) >= HEADER_SCAN_ROWS:
                break
        content_rows = [i for i, cells in enumerate(scanned) if any(_clean(v) is not None for v in cells)]
        if not content_rows:
            skipped.append(SkippedSheet(title, pgettext("sheet", "empty"), empty=True))
            continue
        any_content = True
        scores = [_header_score(cells, mapping) for cells in scanned]
        candidates = [i for i, (count, has_family) in enumerate(scores) if has_family and count >= 2]
        if not candidates:
            best = max(range(len(scanned)), key=lambda i: scores[i][0])
            headers = [_header_text(v) for v in scanned[best] if _header_text(v)]
            if best_miss is None or scores[best][0] > best_miss[0]:
                best_miss = (scores[best][0], title, best + 1, headers)
            skipped.append(SkippedSheet(
                title, ngettext("no header row naming the family name in its first {n} row",
                                "no header row naming the family name in its first {n} rows",
                                HEADER_SCAN_ROWS).format(n=HEADER_SCAN_ROWS)))
            continue
        header_index = max(candidates, key=lambda i: (scores[i][0], -i))
        layout = _layout(title, header_index + 1, scanned[header_index], mapping)
        sheets.append(layout)
        wanted = [(c.field, c.index) for c in layout.columns if c.field]
        headed = {c.index for c in layout.columns}
        width = max(headed) + 1
        gaps = [i for i in range(width) if i not in headed]
        row_number = header_index + 1
        for cells in itertools.chain(scanned[header_index + 1:], source):
            row_number += 1
            if row_number > EXCEL_MAX_ROW:
                raise WorkbookError(_("{name}: sheet {sheet!r} numbers its rows beyond {limit:,}, the "
                                      "most Excel has; the file is damaged").format(
                    name=path.name, sheet=title, limit=EXCEL_MAX_ROW))
            values = {}
            for target, index in wanted:
                if index < len(cells):
                    value = cells[index]
                    if value is not None:
                        if value.__class__ is str:
                            value = _clean(value)
                            if value is None:
                                continue
                        values[target] = value
            if gaps or cells[width:].count(None) != len(cells) - width:
                _note_unheaded(cells, gaps, width, title, row_number, unheaded)
            if not values:
                continue
            if len(rows) >= max_rows:
                raise WorkbookError(_("{name}: sheet {sheet!r} takes the file past {limit:,} observer "
                                      "rows, the most one import takes; split the list into "
                                      "several files").format(name=path.name, sheet=title, limit=max_rows))
            rows.append(NominationRow(layout, row_number, values))
            if progress is not None and len(rows) % PROGRESS_EVERY == 0:
                if progress(len(rows), max(estimate, len(rows))) is False:
                    raise ReadCancelled(_("reading {name} was cancelled; nothing was imported").format(
                        name=path.name))
    if not any_content:
        raise WorkbookError(_("{name} has no data: every sheet is empty").format(name=path.name))
    if not sheets:
        seen = ""
        if best_miss is not None and best_miss[3]:
            shown = ", ".join(repr(h[:30]) for h in best_miss[3][:8])
            seen = _("; the closest was sheet {sheet!r} row {row}: {headers}").format(
                sheet=best_miss[1], row=best_miss[2], headers=shown)
        raise WorkbookError(_(
            "{name} has no header row that the import recognises (it looks in the first {count} "
            "rows of each sheet for headers such as 'Family name', 'Surname' or 'Фамилия'){closest}"
            ).format(name=path.name, count=HEADER_SCAN_ROWS, closest=seen))
    if not rows:
        where = ", ".join(_("sheet {sheet!r} (header in row {row})").format(sheet=s.name, row=s.header_row)
                          for s in sheets)
        raise WorkbookError(_("{name} lists no observers: nothing under the header of {where}").format(
            name=path.name, where=where))
    if progress is not None and progress(len(rows), len(rows)) is False:
        raise ReadCancelled(_("reading {name} was cancelled; nothing was imported").format(name=path.name))
    return NominationsFile(path, tuple(sheets), rows, tuple(skipped), tuple(unheaded.values()),
                           tuple(notes))


def _note_unheaded(cells: tuple, gaps: list[int], width: int, sheet: str, row: int,
                   found: dict[tuple[str, int], UnheadedColumn]) -> None:
    """Values in a column without a header are reported with the column, never read."""
    indexes = [i for i in gaps if i < len(cells)] + list(range(width, len(cells)))
    for index in indexes:
        value = cells[index]
        if value is None or (isinstance(value, str) and not value.strip()):
            continue
        key = (sheet, index)
        if key in found:
            found[key] = UnheadedColumn(sheet, found[key].letter, found[key].first_row,
                                        found[key].count + 1)
        else:
            found[key] = UnheadedColumn(sheet, column_letter(index), row, 1)


def column_letter(index: int) -> str:
    from openpyxl.utils import get_column_letter

    return get_column_letter(index + 1)


__all__ = [
    "MAX_ROWS", "NominationRow", "NominationsFile", "ReadCancelled", "SheetLayout", "SkippedSheet",
    "SourceColumn", "UnheadedColumn", "WorkbookError", "check_workbook_file", "read_nominations",
]
