"""Makers of files an import must refuse cleanly: each writes one file and returns its path.

They are built from their definitions (zip members, OLE header fields, XML text), so a reader
of the tests can see exactly what each file holds.
"""

from __future__ import annotations

import struct
import zipfile
from collections.abc import Callable
from pathlib import Path

from openpyxl import Workbook

OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
SECTOR = 512


MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
RELS = "http://schemas.openxmlformats.org/package/2006/relationships"
OFFICE_RELS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
XML_DECLARATION = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'


def minimal_xlsx(path: Path, sheet_data: str, shared_strings: str | None = None, *,
                 prologue: str = XML_DECLARATION, poisoned: str = "", dimension: str = "") -> Path:
    """The smallest package Excel and openpyxl open: content types, relationships, a workbook
    with one sheet, optionally a shared-strings part. `prologue` goes before the root element
    of the part named by `poisoned`."""
    sheet_types = "application/vnd.openxmlformats-officedocument.spreadsheetml"
    types = (XML_DECLARATION
             + '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
             '<Default Extension="rels" '
             'ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
             '<Default Extension="xml" ContentType="application/xml"/>'
             f'<Override PartName="/xl/workbook.xml" ContentType="{sheet_types}.sheet.main+xml"/>'
             '<Override PartName="/xl/worksheets/sheet1.xml" '
             f'ContentType="{sheet_types}.worksheet+xml"/>'
             + ('<Override PartName="/xl/sharedStrings.xml" '
                f'ContentType="{sheet_types}.sharedStrings+xml"/>' if shared_strings is not None else "")
             + "</Types>")
    package_rels = (XML_DECLARATION + f'<Relationships xmlns="{RELS}">'
                    f'<Relationship Id="rId1" Type="{OFFICE_RELS}/officeDocument" '
                    'Target="xl/workbook.xml"/></Relationships>')
    workbook = (XML_DECLARATION + f'<workbook xmlns="{MAIN}" xmlns:r="{OFFICE_RELS}">'
                '<sheets><sheet name="Nominations" sheetId="1" r:id="rId1"/></sheets></workbook>')
    workbook_rels = (XML_DECLARATION + f'<Relationships xmlns="{RELS}">'
                     f'<Relationship Id="rId1" Type="{OFFICE_RELS}/worksheet" '
                     'Target="worksheets/sheet1.xml"/>'
                     + (f'<Relationship Id="rId2" Type="{OFFICE_RELS}/sharedStrings" '
                        'Target="sharedStrings.xml"/>' if shared_strings is not None else "")
                     + "</Relationships>")
    parts = {
        "[Content_Types].xml": types,
        "_rels/.rels": package_rels,
        "xl/workbook.xml": workbook,
        "xl/_rels/workbook.xml.rels": workbook_rels,
        # Without a dimension, a reader sizes the sheet by reading it twice.
        "xl/worksheets/sheet1.xml": (f'<worksheet xmlns="{MAIN}">'
                                     + (f'<dimension ref="{dimension}"/>' if dimension else "")
                                     + f"<sheetData>{sheet_data}</sheetData></worksheet>"),
    }
    if shared_strings is not None:
        parts["xl/sharedStrings.xml"] = f'<sst xmlns="{MAIN}">{shared_strings}</sst>'
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, content in parts.items():
            if not content.startswith("<?xml"):
                content = (prologue if name == poisoned else XML_DECLARATION) + content
            archive.writestr(name, content.encode("utf-8"))
    return path


def _inline(reference: str, text: str) -> str:
    return f'<c r="{reference}" t="inlineStr"><is><t>{text}</t></is></c>'


def _nominations_workbook(path: Path, rows: int = 2) -> Path:
    data = [f'<row r="1">{_inline("A1", "Family name")}{_inline("B1", "Given names")}</row>']
    for number in range(2, rows + 2):
        data.append(f'<row r="{number}">{_inline(f"A{number}", "Testov")}'
                    f'{_inline(f"B{number}", "Ivan")}</row>')
    return minimal_xlsx(path, "".join(data), dimension=f"A1:B{rows + 1}")


def text_renamed(folder: Path) -> Path:
    path = folder / "notes.xlsx"
    path.write_text("Family name;Given names\nTestov;Ivan\n", encoding="utf-8")
    return path


def _ole_file(path: Path, stream_names: list[str]) -> Path:
    """A compound file (the container of .xls and of password-protected .xlsx): a header
    sector, then one directory sector naming the streams. Enough for a program to recognise
    what it is, which is all an import should do with it."""
    header = bytearray(SECTOR)
    header[0:8] = OLE_MAGIC
    struct.pack_into("<HHHHH", header, 24, 0x3E, 3, 0xFFFE, 9, 6)  # version, byte order, sizes
    struct.pack_into("<I", header, 44, 1)  # one FAT sector
    struct.pack_into("<I", header, 48, 1)  # directory starts at sector 1
    struct.pack_into("<I", header, 56, 4096)  # mini-stream cutoff
    struct.pack_into("<I", header, 60, 0xFFFFFFFE)
    struct.pack_into("<I", header, 68, 0xFFFFFFFE)
    struct.pack_into("<I", header, 76, 0)  # first FAT sector
    for i in range(1, 109):
        struct.pack_into("<I", header, 76 + 4 * i, 0xFFFFFFFF)
    fat = bytearray(b"\xff" * SECTOR)
    struct.pack_into("<II", fat, 0, 0xFFFFFFFD, 0xFFFFFFFE)
    directory = bytearray()
    for name in ["Root Entry", *stream_names]:
        entry = bytearray(128)
        encoded = (name + "\0").encode("utf-16-le")
        entry[0:len(encoded)] = encoded
        struct.pack_into("<H", entry, 64, len(encoded))
        entry[66] = 5 if name == "Root Entry" else 2
        directory += entry
    directory += bytes(-len(directory) % SECTOR)
    path.write_bytes(bytes(header) + bytes(fat) + bytes(directory))
    return path


def password_protected(folder: Path) -> Path:
    return _ole_file(folder / "protected.xlsx",
                     ["EncryptionInfo", "EncryptedPackage", "\x06DataSpaces"])


def legacy_xls(folder: Path) -> Path:
    return _ole_file(folder / "nominations.xls", ["Workbook", "\x05SummaryInformation"])


def empty_workbook(folder: Path) -> Path:
    path = folder / "empty.xlsx"
    Workbook().save(path)
    return path


def no_header(folder: Path) -> Path:
    path = folder / "no-header.xlsx"
    workbook = Workbook()
    sheet = workbook.active
    sheet.append(["Budget 2022"])
    sheet.append(["Item", "Amount"])
    sheet.append(["Hotel", 1200])
    workbook.save(path)
    return path


def compression_bomb(folder: Path, megabytes: int = 40) -> Path:
    """A worksheet that unpacks to tens of megabytes of blanks from a few tens of kilobytes."""
    path = folder / "bomb.xlsx"
    minimal_xlsx(path, f'<row r="1">{_inline("A1", "Family name")}</row>' + " " * (megabytes << 20))
    return path


def declared_huge(folder: Path, declared: int = 4 * 1024 ** 3 - 1) -> Path:
    """A small file whose zip directory claims a member unpacks to 4 GB: the size is read from
    the directory before anything is unpacked."""
    path = _nominations_workbook(folder / "huge.xlsx")
    data = bytearray(path.read_bytes())
    name = b"xl/worksheets/sheet1.xml"
    central = data.rfind(b"PK\x01\x02", 0, data.rfind(name))
    struct.pack_into("<I", data, central + 24, declared)  # uncompressed size in the directory
    path.write_bytes(bytes(data))
    return path


BILLION_LAUGHS = (
    '<?xml version="1.0" encoding="UTF-8"?>\n'
    '<!DOCTYPE lolz [\n <!ENTITY lol "lol">\n'
    + "".join(f' <!ENTITY lol{i} "{("&lol" + (str(i - 1) if i > 1 else "") + ";") * 10}">\n'
              for i in range(1, 10))
    + "]>\n"
)


def entity_bomb(folder: Path, part: str = "xl/sharedStrings.xml") -> Path:
    """Billion laughs: nested entities that expand to gigabytes if a parser expands them."""
    header = f'<row r="1">{_inline("A1", "Family name")}{_inline("B1", "Given names")}</row>'
    if part == "xl/sharedStrings.xml":
        path = folder / "entities-sharedStrings.xlsx"
        rows = header + '<row r="2"><c r="A2" t="s"><v>0</v></c><c r="B2" t="s"><v>1</v></c></row>'
        return minimal_xlsx(path, rows, '<si><t>Testov</t></si><si><t>&lol9;</t></si>',
                            prologue=BILLION_LAUGHS, poisoned=part)
    path = folder / "entities-sheet1.xlsx"
    rows = header + f'<row r="2">{_inline("A2", "Testov")}{_inline("B2", "&lol9;")}</row>'
    return minimal_xlsx(path, rows, prologue=BILLION_LAUGHS, poisoned=part)


def too_many_rows(folder: Path, rows: int) -> Path:
    """A sheet of `rows` observers under a header row."""
    return _nominations_workbook(folder / "many-rows.xlsx", rows)


def not_a_zip_but_pk(folder: Path) -> Path:
    path = folder / "truncated.xlsx"
    whole = _nominations_workbook(folder / "whole.xlsx").read_bytes()
    path.write_bytes(whole[: len(whole) // 2])
    return path


HOSTILE: dict[str, tuple[Callable[[Path], Path], str]] = {
    # name: (maker, words the one-line message must contain)
    "text renamed .xlsx": (text_renamed, "not an Excel workbook"),
    "password-protected": (password_protected, "encrypted or legacy .xls"),
    "legacy .xls": (legacy_xls, "encrypted or legacy .xls"),
    "empty workbook": (empty_workbook, "every sheet is empty"),
    "no header": (no_header, "no header row"),
    "compression bomb": (compression_bomb, "100 to 1 limit"),
    "declared huge": (declared_huge, "300 MB limit"),
    "entities in shared strings": (entity_bomb, "entity bomb"),
    "entities in a sheet": (lambda folder: entity_bomb(folder, "xl/worksheets/sheet1.xml"), "entity bomb"),
    "truncated zip": (not_a_zip_but_pk, "damaged"),
}


# --- files whose rows are wrong, which an import must refuse row by row -----------------------

def million_rows(folder: Path, rows: int = 1_000_000) -> Path:
    """A million observers, written compactly (two shared strings), refused by the row limit
    while it is read, long before the memory a million rows would take."""
    path = folder / "million.xlsx"
    header = f'<row r="1">{_inline("A1", "Family name")}{_inline("B1", "Given names")}</row>'
    body = "".join(f'<row r="{n}"><c r="A{n}" t="s"><v>0</v></c><c r="B{n}" t="s"><v>1</v></c></row>'
                   for n in range(2, rows + 2))
    return minimal_xlsx(path, header + body, "<si><t>Testov</t></si><si><t>Ivan</t></si>",
                        dimension=f"A1:B{rows + 1}")


def _workbook(path: Path, rows: list[list[object]], formats: dict[str, str] | None = None) -> Path:
    workbook = Workbook()
    sheet = workbook.active
    sheet.title = "Nominations"
    for row in rows:
        sheet.append(row)
    for reference, number_format in (formats or {}).items():
        sheet[reference].number_format = number_format
    workbook.save(path)
    return path


HEADERS = ["Family name", "Given names", "Citizenship", "Date of birth", "Passport No.",
           "Passport expiry", "Phone"]


def wrong_types(folder: Path) -> Path:
    """Numbers, dates and booleans where names, dates and phone numbers belong."""
    from datetime import datetime

    return _workbook(folder / "wrong-types.xlsx", [
        HEADERS, [12345, datetime(2020, 1, 1), "Russia", "yesterday", True, "soon", 3.5]])


def dates_out_of_range(folder: Path) -> Path:
    """A birth in 1800, a passport valid until the year 10000, and date cells whose serial
    numbers lie outside every calendar Excel knows."""
    return _workbook(folder / "dates.xlsx", [
        HEADERS,
        ["Testov", "Ivan", "Russia", "01.01.1800", "TEST000001", "31.12.10000", None],
        ["Testova", "Anna", "Russia", 9_999_999, "TEST000002", -5, None],
    ], formats={"D3": "dd.mm.yyyy", "F3": "dd.mm.yyyy"})


def huge_name(folder: Path, length: int = 100_000) -> Path:
    """A family name of 100,000 characters (beyond what Excel itself lets a cell hold)."""
    rows = (f'<row r="1">{_inline("A1", "Family name")}{_inline("B1", "Given names")}</row>'
            f'<row r="2">{_inline("A2", "T" * length)}{_inline("B2", "Ivan")}</row>')
    return minimal_xlsx(folder / "huge-name.xlsx", rows, dimension="A1:B2")


def control_characters(folder: Path) -> Path:
    """Names holding a bell and an escape character, written as Excel writes characters XML
    cannot hold (_x0007_)."""
    rows = (f'<row r="1">{_inline("A1", "Family name")}{_inline("B1", "Given names")}</row>'
            f'<row r="2">{_inline("A2", "Test_x0007_ov")}{_inline("B2", "Ivan")}</row>'
            f'<row r="3">{_inline("A3", "Orlov")}{_inline("B3", "Pa_x001B_vel")}</row>')
    return minimal_xlsx(folder / "control.xlsx", rows, dimension="A1:B3")


def raw_control_characters(folder: Path) -> Path:
    """A control character written straight into the XML, which XML 1.0 forbids."""
    rows = (f'<row r="1">{_inline("A1", "Family name")}</row>'
            f'<row r="2">{_inline("A2", "Test&#x7;ov")}</row>')
    return minimal_xlsx(folder / "raw-control.xlsx", rows, dimension="A1:A2")


BAD_ROWS: dict[str, tuple[Callable[[Path], Path], tuple[str, ...]]] = {
    # name: (maker, words each refusal line must hold, one per row error expected)
    "wrong column types": (wrong_types, ("has no letters", "is not a date", "has 2 digits")),
    "dates out of range": (dates_out_of_range, ("1800-01-01 is not a plausible date of birth",
                                                '"31.12.10000" is not a date',
                                                '"#VALUE!" is not a date')),
    "a 100,000-character name": (huge_name, ("100000 characters long; at most 100 fit",)),
    "control characters": (control_characters, ("control character (U+0007)",
                                                "control character (U+001B)")),
}


# --- a checklist form that cannot be used ---------------------------------------------------

def relevance_loop(folder: Path) -> Path:
    """An XLSForm in which each of two questions is asked only when the other was answered."""
    path = folder / "loop-form.xlsx"
    workbook = Workbook()
    survey = workbook.active
    survey.title = "survey"
    for row in (["type", "name", "label::English (en)", "relevant"],
                ["begin group", "voting", "Voting", ""],
                ["select_one yn", "queue", "Was there a queue?", "${crowding} = 'yes'"],
                ["select_one yn", "crowding", "Was it crowded?", "${queue} = 'yes'"],
                ["end group", "", "", ""]):
        survey.append(row)
    choices = workbook.create_sheet("choices")
    for row in (["list_name", "name", "label::English (en)"], ["yn", "yes", "Yes"],
                ["yn", "no", "No"]):
        choices.append(row)
    settings = workbook.create_sheet("settings")
    settings.append(["form_title", "form_id", "version"])
    settings.append(["Loop", "loop_form", "2024010101"])
    workbook.save(path)
    return path


# --- submissions exports in another encoding -----------------------------------------------

def utf16_cut_in_half(folder: Path, text: str) -> Path:
    """A UTF-16 export whose last character lost its second byte (a copy cut short)."""
    path = folder / "submissions-utf16.csv"
    path.write_bytes(text.encode("utf-16")[:-1])
    return path


def western_not_cyrillic(folder: Path, text: str) -> Path:
    """A Windows-1252 export (French accents) that is neither UTF-8 nor Cyrillic Windows-1251."""
    path = folder / "submissions-cp1252.csv"
    path.write_bytes(text.encode("cp1252"))
    return path


# --- images ---------------------------------------------------------------------------------

def not_an_image(folder: Path) -> Path:
    path = folder / "photo.jpg"
    path.write_bytes(b"%PDF-1.7\n% a document renamed .jpg\n")
    return path


def pixel_bomb(folder: Path, side: int = 100_000) -> Path:
    """A PNG of a few dozen bytes whose header claims 100,000 x 100,000 pixels (ten billion):
    decoded, it would take 30 GB."""
    import zlib

    def chunk(kind: bytes, data: bytes) -> bytes:
        return (struct.pack(">I", len(data)) + kind + data
                + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF))

    header = struct.pack(">IIBBBBB", side, side, 8, 2, 0, 0, 0)
    path = folder / "bomb.png"
    path.write_bytes(b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header)
                     + chunk(b"IDAT", zlib.compress(b"\x00" * 16)) + chunk(b"IEND", b""))
    return path


def truncated_jpeg(folder: Path) -> Path:
    """The first half of a real photo."""
    import io

    from PIL import Image

    buffer = io.BytesIO()
    Image.new("RGB", (600, 800), "teal").save(buffer, "JPEG")
    path = folder / "half.jpg"
    path.write_bytes(buffer.getvalue()[:300])
    return path
