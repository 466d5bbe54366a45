"""XLSForm, the spreadsheet form format of ODK and KoboToolbox, to and from checklist definitions.

Reading turns the survey, choices and settings sheets into the definition format of
core/services/checklists.py. What a checklist cannot hold (repeats, calculations, dates,
geopoints, defaults, choice filters, encryption settings...) is listed by sheet, row and column in
`XLSFormRead.unsupported`; nothing is ever left out without being listed there, and the caller
decides whether to go on without it. Mistakes that make the form unusable (a question without a
name, a list that does not exist) are listed in `XLSFormRead.errors`.

Writing produces a form ODK Central and KoboToolbox accept: `start` and `end` first (they give
each submission its times), one group per section, labels, hints and constraint messages per
language (``label::English (en)``). Two columns the XLSForm tools ignore keep what XLSForm has
no word for, so a round trip gives the same checklist back: `answer_type` in the survey (yes/no
and 4-point ratings are select_one questions to a phone) and `negative` / `excluded` in the
choices (which answers count against, and which are left out of "n of N"). Titles in the other
languages go to a sheet of their own, `form_titles`.
"""

from __future__ import annotations

import re
import unicodedata
import warnings
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..core.errors import ObserverDeskError, Problem
from ..core.language import N_, _
from ..core.language import _ as translated  # a text marked with N_ where it is kept
from .nominations_reader import WorkbookError, check_workbook_file

# The form's title in its other languages: XLSForm settings have room for one title only, and
# converters refuse translated settings columns, while they pass over sheets they do not know.
TITLES_SHEET = "form_titles"
# The sections of a form whose questions stand outside any group; written back without a group.
TOP_SECTION = "_main"
NOTE_KEY = "xlsform_type"  # Question.extra key marking a note (shown, never answered)

LANGUAGE_NAMES = {"en": "English", "ru": "Русский", "zh": "中文"}
# Metadata a phone records by itself; a survey may list them, they are not questions.
METADATA_TYPES = frozenset({
    "start", "end", "today", "deviceid", "subscriberid", "simserial", "phonenumber", "username",
    "email", "audit", "start-geopoint", "background-geopoint",
})
SUPPORTED_TYPES = {"integer": "integer", "int": "integer", "time": "time", "text": "text",
                   "string": "text", "note": "note"}
UNSUPPORTED_TYPE_REASONS = {
    "calculate": N_("calculations are not supported"),
    "hidden": N_("hidden fields are not supported"),
    "decimal": N_("decimal numbers are not supported (use integer)"),
    "range": N_("ranges are not supported"),
    "date": N_("dates are not supported (the visit's date comes from the submission)"),
    "datetime": N_("date-times are not supported"),
    "geopoint": N_("locations are not supported"),
    "geotrace": N_("locations are not supported"),
    "geoshape": N_("locations are not supported"),
    "image": N_("photos and files are not supported"),
    "audio": N_("photos and files are not supported"),
    "video": N_("photos and files are not supported"),
    "file": N_("photos and files are not supported"),
    "barcode": N_("barcodes are not supported"),
    "acknowledge": N_("acknowledgements are not supported"),
    "trigger": N_("acknowledgements are not supported"),
    "rank": N_("rankings are not supported"),
}
# Survey columns a checklist keeps, by their XLSForm name (aliases folded below).
SURVEY_COLUMNS = {"type", "name", "label", "hint", "required", "relevant", "constraint",
                  "constraint_message", "appearance", "answer_type"}
SURVEY_ALIASES = {"constraint message": "constraint_message", "jr:constraintmsg": "constraint_message",
                  "relevance": "relevant", "value": "name", "answer type": "answer_type"}
# XLSForm columns whose content a checklist cannot hold.
UNSUPPORTED_COLUMNS = {
    "calculation": N_("calculations are not supported"),
    "default": N_("default answers are not supported"),
    "read_only": N_("read-only questions are not supported"),
    "choice_filter": N_("choice filters are not supported"),
    "parameters": N_("type parameters are not supported"),
    "repeat_count": N_("repeats are not supported"),
    "required_message": N_("messages for required questions are not supported"),
    "guidance_hint": N_("guidance hints are not supported"),
    "trigger": N_("triggers are not supported"),
    "image": N_("media are not supported"), "audio": N_("media are not supported"),
    "video": N_("media are not supported"), "media": N_("media are not supported"),
    "big-image": N_("media are not supported"),
}
UNSUPPORTED_PREFIXES = ("media::", "bind::", "instance::", "body::")
CHOICE_COLUMNS = {"list_name", "name", "label", "negative", "excluded"}
CHOICE_ALIASES = {"list name": "list_name", "value": "name"}
SETTINGS_KEPT = {"form_title", "form_id", "version", "default_language"}
SETTINGS_IGNORED = {"allow_choice_duplicates"}  # says nothing a checklist would lose
# Choice values that mean "not seen / does not apply", left out of N when a form says nothing.
EXCLUDED_BY_CONVENTION = frozenset({"not_observed", "not_applicable", "n_a", "na", "dont_know",
                                    "dk", "not_seen", "no_answer", "refused"})
TRUE_WORDS = frozenset({"yes", "true", "1", "true()", "y"})
FALSE_WORDS = frozenset({"no", "false", "0", "false()", "n", ""})
ANSWER_TYPES = {"yes_no", "integer", "time", "rating4", "single", "multiple", "text"}
_LANGUAGE = re.compile(r"^(?P<name>.*?)\s*\((?P<code>[A-Za-z]{2,3}(?:[-_][A-Za-z0-9]+)?)\)\s*$")


class XLSFormError(ObserverDeskError):
    """The file is not an XLSForm at all (no survey sheet, not a workbook)."""


@dataclass
class XLSFormRead:
    """What reading a form gave: the definition, and what could not go into it."""

    definition: dict[str, Any]
    errors: list[Problem] = field(default_factory=list)  # the form cannot be installed
    unsupported: list[Problem] = field(default_factory=list)  # left out if the user agrees
    notes: list[str] = field(default_factory=list)  # what was read as something else, and why

    @property
    def question_count(self) -> int:
        return sum(len(s["questions"]) for s in self.definition.get("sections", []))


# --- canonical definitions --------------------------------------------------------------------

def canonical_definition(definition: dict[str, Any]) -> dict[str, Any]:
    """The definition with every optional key present and nothing else: two definitions of the
    same checklist compare equal whichever way they were made (JSON, XLSForm, database)."""
    def labels(value: Any) -> dict[str, str]:
        return {k: v for k, v in sorted((value or {}).items()) if v}

    return {
        "form_id": str(definition.get("form_id") or ""),
        "form_version": str(definition.get("form_version") or ""),
        "default_language": str(definition.get("default_language") or "en"),
        "titles": labels(definition.get("titles")),
        "choice_lists": [
            {"name": str(cl["name"]), "choices": [
                {"value": str(c["value"]), "labels": labels(c.get("labels")),
                 "negative": bool(c.get("negative", False)),
                 "excluded": bool(c.get("excluded", False))}
                for c in cl.get("choices") or []]}
            # Lists have no order of their own (the questions give theirs): by name.
            for cl in sorted(definition.get("choice_lists") or [], key=lambda cl: str(cl["name"]))],
        "sections": [
            {"name": str(s["name"]), "labels": labels(s.get("labels")),
             "relevant": str(s.get("relevant") or ""),
             "questions": [
                 {"name": str(q["name"]), "type": str(q["type"]),
                  "choices": q.get("choices") or None,
                  "labels": labels(q.get("labels")), "hints": labels(q.get("hints")),
                  "required": bool(q.get("required", False)),
                  "relevant": str(q.get("relevant") or ""),
                  "constraint": str(q.get("constraint") or ""),
                  "constraint_messages": labels(q.get("constraint_messages")),
                  "extra": dict(q.get("extra") or {})}
                 for q in s.get("questions") or []]}
            for s in definition.get("sections") or []],
    }


# --- languages --------------------------------------------------------------------------------

def language_header(code: str) -> str:
    """'English (en)': how XLSForm names a language in its column headers."""
    name = LANGUAGE_NAMES.get(code)
    if name is None:
        import pycountry

        found = pycountry.languages.get(alpha_2=code) if len(code) == 2 else \
            pycountry.languages.get(alpha_3=code)
        name = found.name if found is not None else code
    return f"{name} ({code})"


def language_code(text: str) -> str | None:
    """The code of an XLSForm language name: 'English (en)' -> 'en'; 'Russian' -> 'ru'."""
    text = text.strip()
    match = _LANGUAGE.match(text)
    if match:
        return match.group("code").lower()
    for code, name in LANGUAGE_NAMES.items():
        if text.casefold() in (name.casefold(), code):
            return code
    import pycountry

    try:
        found = pycountry.languages.lookup(text)
    except LookupError:
        return None
    return getattr(found, "alpha_2", None) or getattr(found, "alpha_3", None)


# --- reading ----------------------------------------------------------------------------------

def _text(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    text = str(value)
    if not unicodedata.is_normalized("NFC", text):
        text = unicodedata.normalize("NFC", text)
    return text.strip()


@dataclass(frozen=True)
class _Column:
    index: int
    letter: str
    header: str
    key: str  # folded base name: "label", "hint", "calculation", ...
    language: str | None  # None: the column has no language part


def _columns(header_cells: Iterable[object], aliases: dict[str, str]) -> list[_Column]:
    from openpyxl.utils import get_column_letter

    columns = []
    for index, value in enumerate(header_cells):
        header = _text(value)
        if not header:
            continue
        base, _sep, language = header.partition("::")
        key = re.sub(r"\s+", " ", base.strip().lower())
        key = aliases.get(key, key)
        if key.startswith("media") and language:  # media::image::English (en)
            key, language = "media", ""
        columns.append(_Column(index, get_column_letter(index + 1), header, key,
                               language.strip() or None))
    return columns


def _where(sheet: str, row: int, column: _Column | None = None) -> str:
    if column is None:
        return _("sheet {sheet}, row {row}").format(sheet=sheet, row=row)
    return _("sheet {sheet}, row {row}, column {column} ({header})").format(
        sheet=sheet, row=row, column=column.letter, header=column.header)


class _Reader:
    def __init__(self, default_language: str) -> None:
        self.default_language = default_language
        self.errors: list[Problem] = []
        self.unsupported: list[Problem] = []
        self.notes: list[str] = []
        self.unknown_languages: set[str] = set()

    def language_of(self, column: _Column) -> str | None:
        if column.language is None:
            return self.default_language
        code = language_code(column.language)
        if code is None and column.header not in self.unknown_languages:
            self.unknown_languages.add(column.header)
            self.errors.append(Problem(
                column.header, _("the language {language!r} is not one the program knows; write it "
                                 "with its code, e.g. {column}::English (en)").format(
                    language=column.language, column=column.key)))
        return code

    def translations(self, cells: tuple, columns: list[_Column], key: str) -> dict[str, str]:
        result: dict[str, str] = {}
        for column in columns:
            if column.key != key or column.index >= len(cells):
                continue
            text = _text(cells[column.index])
            code = self.language_of(column)
            if text and code:
                result.setdefault(code, text)
        return result


def _flag(value: object) -> bool | None:
    word = _text(value).lower()
    if word in TRUE_WORDS:
        return True
    if word in FALSE_WORDS:
        return False
    return None


def read_xlsform(path: Path | str) -> XLSFormRead:
    """Read an XLSForm workbook; raises XLSFormError (one line) for a file that is not one."""
    path = Path(path)
    try:
        check_workbook_file(path)
    except WorkbookError as exc:
        raise XLSFormError(str(exc)) from None
    from openpyxl import load_workbook

    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            workbook = load_workbook(path, read_only=True, data_only=True)
        try:
            sheets = {ws.title.strip().lower(): (ws.title, [tuple(r) for r in ws.iter_rows(
                values_only=True, max_col=200)]) for ws in workbook.worksheets}
        finally:
            workbook.close()
    except XLSFormError:
        raise
    except Exception as exc:  # openpyxl reports damaged files with many kinds of exceptions
        detail = re.sub(r"\s+", " ", str(exc))[:160] or type(exc).__name__
        raise XLSFormError(_("{name} cannot be read as an .xlsx workbook ({reason}); open it in "
                             "Excel and save it again").format(name=path.name, reason=detail)) from None
    if "survey" not in sheets:
        names = ", ".join(title for title, _rows in sheets.values())
        raise XLSFormError(_("{name} is not an XLSForm: it has no sheet named 'survey' (its sheets: "
                             "{sheets})").format(name=path.name, sheets=names))
    return _read_sheets(path, sheets)


def _read_sheets(path: Path, sheets: dict[str, tuple[str, list[tuple]]]) -> XLSFormRead:
    settings = _read_settings(sheets.get("settings"))
    default_language = "en"
    if settings.get("default_language"):
        default_language = language_code(settings["default_language"]) or "en"
    reader = _Reader(default_language)
    if "settings" in sheets:
        _check_settings(reader, sheets["settings"])
    for key, (title, rows) in sheets.items():
        if key not in ("survey", "choices", "settings", TITLES_SHEET) and any(any(_text(v) for v in r) for r in rows):
            reader.notes.append(_("sheet {sheet}: not read (an XLSForm has survey, choices and "
                                  "settings sheets)").format(sheet=title))
    lists = _read_choices(reader, sheets.get("choices"))
    sections = _read_survey(reader, sheets["survey"], lists)

    titles: dict[str, str] = {}
    if settings.get("form_title"):
        titles[default_language] = settings["form_title"]
    for language, title in _read_titles(reader, sheets.get(TITLES_SHEET)):
        titles.setdefault(language, title)
    form_id = settings.get("form_id") or re.sub(r"[^A-Za-z0-9_]+", "_", path.stem).strip("_") or "form"
    if not settings.get("form_id"):
        reader.notes.append(_("the settings give no form_id: the form is called {form_id!r} after "
                              "the file").format(form_id=form_id))
    version = settings.get("version") or ""
    if not version:
        version = "1"
        reader.notes.append(_("the settings give no version: the checklist is version 1 (give the "
                              "form a version, e.g. 2022110101, to import a changed form later)"))
    if not titles:
        titles[default_language] = form_id
    used = {q.get("choices") for s in sections for q in s["questions"]}
    definition = {
        "form_id": form_id[:80],
        "form_version": version[:40],
        "default_language": default_language,
        "titles": titles,
        "choice_lists": [{"name": name, "choices": choices} for name, (choices, _row) in lists.items()
                         if choices],
        "sections": sections,
    }
    unused = [name for name in lists if name not in used]
    if unused:
        reader.notes.append(_("choice lists no question uses (kept with the checklist): {lists}").format(
            lists=", ".join(unused)))
    result = XLSFormRead(canonical_definition(definition), reader.errors, reader.unsupported,
                         reader.notes)
    if not result.errors and not result.definition["sections"]:
        result.errors.append(Problem("", _("the survey sheet has no questions"),
                                     _("sheet {sheet}").format(sheet="survey")))
    return result


def _read_settings(sheet: tuple[str, list[tuple]] | None) -> dict[str, str]:
    if sheet is None:
        return {}
    _title, rows = sheet
    if len(rows) < 2:
        return {}
    headers = [_text(v) for v in rows[0]]
    values = rows[1]
    settings: dict[str, str] = {}
    for index, header in enumerate(headers):
        if not header:
            continue
        base, sep, language = header.partition("::")
        key = base.strip().lower() + (f"::{language.strip()}" if sep else "")
        settings[key] = _text(values[index]) if index < len(values) else ""
    return settings


def _read_titles(reader: _Reader, sheet: tuple[str, list[tuple]] | None) -> list[tuple[str, str]]:
    if sheet is None:
        return []
    title, rows = sheet
    found = []
    for number, cells in enumerate(rows[1:], start=2):
        language, text = (_text(cells[0]) if cells else ""), (_text(cells[1]) if len(cells) > 1 else "")
        if not language and not text:
            continue
        code = language_code(language) if language else None
        if code is None or not text:
            reader.errors.append(Problem("language", _("give a language, e.g. Русский (ru), and the "
                                                       "form's title in it"), _where(title, number)))
            continue
        found.append((code, text))
    return found


def _check_settings(reader: _Reader, sheet: tuple[str, list[tuple]]) -> None:
    title, rows = sheet
    if len(rows) < 2:
        return
    for column in _columns(rows[0], {}):
        value = _text(rows[1][column.index]) if column.index < len(rows[1]) else ""
        if not value or column.key in SETTINGS_IGNORED:
            continue
        if column.key in SETTINGS_KEPT and column.language is None:
            continue
        reader.unsupported.append(Problem(
            column.header, _("the setting {setting} = {value!r} is not kept by a checklist (a form "
                             "exported again would not have it)").format(setting=column.header, value=value),
            _where(title, 2, column)))


def _read_choices(reader: _Reader, sheet: tuple[str, list[tuple]] | None
                  ) -> dict[str, tuple[list[dict[str, Any]], int]]:
    """{list name: (choices, first row)}."""
    lists: dict[str, tuple[list[dict[str, Any]], int]] = {}
    if sheet is None:
        return lists
    title, rows = sheet
    if not rows:
        return lists
    columns = _columns(rows[0], CHOICE_ALIASES)
    by_key = {c.key: c for c in columns if c.language is None}
    if "list_name" not in by_key or "name" not in by_key:
        reader.errors.append(Problem("", _("the choices sheet needs the columns list_name and name"),
                                     _where(title, 1)))
        return lists
    flags_given = {"negative" in by_key, "excluded" in by_key}
    extra = [c for c in columns if c.key not in CHOICE_COLUMNS]
    used_extra: dict[str, int] = {}
    guessed: dict[str, list[str]] = {}
    for number, cells in enumerate(rows[1:], start=2):
        def cell(column: _Column | None) -> str:
            if column is None or column.index >= len(cells):
                return ""
            return _text(cells[column.index])

        list_name, value = cell(by_key["list_name"]), cell(by_key["name"])
        labels = reader.translations(cells, columns, "label")
        if not list_name and not value and not labels:
            continue
        if not list_name:
            reader.errors.append(Problem("list_name", _("a choice without a list name"),
                                         _where(title, number, by_key["list_name"])))
            continue
        choices, _first = lists.setdefault(list_name, ([], number))
        if not value:
            reader.errors.append(Problem("name", _("a choice of list {list!r} without a name").format(
                list=list_name),
                                         _where(title, number, by_key["name"])))
            continue
        if " " in value:
            reader.errors.append(Problem("name", _("the choice name {value!r} contains a space (answers "
                                                   "to multiple choices are space-separated)").format(
                value=value),
                                         _where(title, number, by_key["name"])))
            continue
        if any(c["value"] == value for c in choices):
            reader.errors.append(Problem("name", _("list {list!r} has the choice {value!r} twice").format(
                list=list_name, value=value),
                                         _where(title, number, by_key["name"])))
            continue
        if not labels:
            reader.errors.append(Problem("label", _("choice {value!r} of list {list!r} has no label").format(
                value=value, list=list_name), _where(title, number)))
            continue
        choice: dict[str, Any] = {"value": value, "labels": labels}
        for key in ("negative", "excluded"):
            column = by_key.get(key)
            if column is None:
                continue
            flag = _flag(cell(column))
            if flag is None:
                reader.errors.append(Problem(key, _("write yes or no, not {value!r}").format(
                    value=cell(column)),
                                             _where(title, number, column)))
            elif flag:
                choice[key] = True
        if "excluded" not in by_key and value.lower() in EXCLUDED_BY_CONVENTION:
            choice["excluded"] = True
            guessed.setdefault(list_name, []).append(value)
        for column in extra:
            if cell(column):
                used_extra.setdefault(column.header, number)
        choices.append(choice)
    for list_name, values in guessed.items():
        reader.notes.append(_("list {list}: {values} left out of the number of stations observed (N), "
                              "as the choices sheet has no 'excluded' column").format(
            list=list_name, values=", ".join(values)))
    if not any(flags_given):
        reader.notes.append(_("the choices sheet has no 'negative' column: no answer is counted as "
                              "negative until the checklist marks them"))
    for header, row in used_extra.items():
        column = next(c for c in extra if c.header == header)
        reader.unsupported.append(Problem(
            header, _("this choices column is not kept by a checklist (choice filters and media are "
                      "not supported)"), _where(title, row, column)))
    return lists


_TYPE_WORDS = re.compile(r"\s+")


def _read_survey(reader: _Reader, sheet: tuple[str, list[tuple]],
                 lists: dict[str, tuple[list[dict[str, Any]], int]]) -> list[dict[str, Any]]:
    title, rows = sheet
    if not rows:
        reader.errors.append(Problem("", _("the survey sheet is empty"),
                                     _("sheet {sheet}").format(sheet=title)))
        return []
    columns = _columns(rows[0], SURVEY_ALIASES)
    by_key = {c.key: c for c in columns if c.language is None or c.key in ("label", "hint",
                                                                          "constraint_message")}
    for required in ("type", "name"):
        if required not in by_key:
            reader.errors.append(Problem("", _("the survey sheet has no {column!r} column").format(
                column=required), _where(title, 1)))
            return []
    unsupported_columns = [c for c in columns if c.key in UNSUPPORTED_COLUMNS
                           or c.key.startswith(UNSUPPORTED_PREFIXES)
                           or (c.language is not None and c.key not in ("label", "hint",
                                                                        "constraint_message"))]
    unknown_columns = [c for c in columns if c not in unsupported_columns
                       and c.key not in SURVEY_COLUMNS]
    unknown_seen: set[str] = set()

    sections: list[dict[str, Any]] = []
    top: dict[str, Any] | None = None
    current: dict[str, Any] | None = None
    group_row = 0
    skip_until: tuple[str, int] | None = None  # inside a repeat or a nested group
    depth = 0
    names: dict[str, int] = {}

    def note_name(name: str, number: int, column: _Column) -> bool:
        if name in names:
            reader.errors.append(Problem("name", _("the name {name!r} is already used in row {row}").format(
                name=name, row=names[name]), _where(title, number, column)))
            return False
        names[name] = number
        return True

    for number, cells in enumerate(rows[1:], start=2):
        def cell(key: str) -> str:
            column = by_key.get(key)
            if column is None or column.index >= len(cells):
                return ""
            return _text(cells[column.index])

        raw_type = _TYPE_WORDS.sub(" ", cell("type").lower())
        name = cell("name")
        if not raw_type and not name:
            if any(_text(v) for v in cells):
                reader.unsupported.append(Problem("type", _("a row without type and name"),
                                                  _where(title, number)))
            continue
        kind = raw_type.replace("begin_", "begin ").replace("end_", "end ")
        if skip_until is not None:
            if kind in ("begin repeat", "begin group"):
                depth += 1
            elif kind in ("end repeat", "end group"):
                if depth == 0:
                    skip_until = None
                else:
                    depth -= 1
            continue
        type_column = by_key["type"]
        name_column = by_key["name"]
        if kind == "begin repeat":
            reader.unsupported.append(Problem(
                "type", _("repeat {name!r} and the rows inside it: repeats are not supported").format(
                    name=name),
                _where(title, number, type_column)))
            skip_until, depth = ("repeat", number), 0
            continue
        if kind == "begin group":
            if current is not None:
                reader.unsupported.append(Problem(
                    "type", _("group {name!r} inside group {outer!r} and the rows inside it: groups "
                              "within groups are not supported").format(name=name, outer=current["name"]),
                    _where(title, number, type_column)))
                skip_until, depth = ("group", number), 0
                continue
            group_row = number
            labels = reader.translations(cells, columns, "label")
            if not name:
                reader.errors.append(Problem("name", _("a group without a name"),
                                             _where(title, number, name_column)))
                name = f"group_{number}"
            elif not note_name(name, number, name_column):
                name = f"{name}_{number}"
            current = {"name": name, "labels": labels or {reader.default_language: name},
                       "relevant": cell("relevant"), "questions": []}
            sections.append(current)
            _check_columns(reader, title, number, cells, unsupported_columns, unknown_columns,
                           unknown_seen)
            continue
        if kind == "end group":
            if current is None:
                reader.errors.append(Problem("type", _("'end group' without a 'begin group'"),
                                             _where(title, number, type_column)))
            current = None
            continue
        if kind == "end repeat":
            reader.errors.append(Problem("type", _("'end repeat' without a 'begin repeat'"),
                                         _where(title, number, type_column)))
            continue
        if kind in METADATA_TYPES:
            continue
        question = _question(reader, title, number, kind, name, cells, columns, cell, lists,
                             type_column, name_column)
        if question is None:
            continue
        if not note_name(question["name"], number, name_column):
            continue
        _check_columns(reader, title, number, cells, unsupported_columns, unknown_columns,
                       unknown_seen)
        if current is None:
            if top is None:
                top = {"name": TOP_SECTION, "labels": {reader.default_language: "Questions"},
                       "relevant": "", "questions": []}
                sections.append(top)
            elif sections[-1] is not top:
                reader.notes.append(_("sheet {sheet}, row {row}: question {name!r} stands outside any "
                                      "group after a group; it is put with the form's first questions "
                                      "outside a group").format(sheet=title, row=number,
                                                                name=question["name"]))
            top["questions"].append(question)
        else:
            current["questions"].append(question)
    if current is not None:
        reader.errors.append(Problem("type", _("group {name!r} has no 'end group'").format(
            name=current["name"]),
                                     _where(title, group_row)))
    if skip_until is not None:
        kind, start = skip_until
        reader.errors.append(Problem("type", (_("the repeat that begins here has no end") if kind == "repeat"
                                              else _("the group that begins here has no end")),
                                     _where(title, start)))
    if top is not None and top is not sections[0]:
        sections.remove(top)
        sections.insert(0, top)
    for section in [s for s in sections if not s["questions"]]:
        reader.notes.append(_("group {name!r} holds no question a checklist keeps: it is not made a "
                              "section").format(name=section["name"]))
        sections.remove(section)
    return sections


def _check_columns(reader: _Reader, sheet: str, number: int, cells: tuple,
                   unsupported: list[_Column], unknown: list[_Column], seen: set[str]) -> None:
    for column in unsupported:
        if column.index < len(cells) and _text(cells[column.index]):
            reason = UNSUPPORTED_COLUMNS.get(column.key, N_("this column is not kept by a checklist"))
            reader.unsupported.append(Problem(column.header, translated(reason),
                                              _where(sheet, number, column)))
    for column in unknown:
        if column.header not in seen and column.index < len(cells) and _text(cells[column.index]):
            seen.add(column.header)
            reader.notes.append(_("sheet {sheet}, column {column} ({header}): not an XLSForm column, "
                                  "not read (first value in row {row})").format(
                sheet=sheet, column=column.letter, header=column.header, row=number))


def _question(reader: _Reader, sheet: str, number: int, kind: str, name: str, cells: tuple,
              columns: list[_Column], cell, lists, type_column: _Column,
              name_column: _Column) -> dict[str, Any] | None:
    words = kind.split(" ")
    base = words[0]
    list_name = None
    if base in ("select_one", "select_multiple"):
        if len(words) != 2:
            reason = (_("'or_other' is not supported") if "or_other" in words else
                      _("write {type} and the list's name, e.g. {type} yes_no").format(type=base))
            reader.unsupported.append(Problem("type", _("{type!r}: {reason}").format(
                type=kind, reason=reason),
                                              _where(sheet, number, type_column)))
            return None
        list_name = words[1]
        if list_name not in lists:
            reader.errors.append(Problem("type", _("the list {list!r} is not in the choices sheet").format(
                list=list_name), _where(sheet, number, type_column)))
            return None
    elif base in ("select_one_from_file", "select_multiple_from_file", "select_one_external"):
        reader.unsupported.append(Problem("type", _("{type!r}: choices from a file are not supported").format(
            type=kind), _where(sheet, number, type_column)))
        return None
    elif kind not in SUPPORTED_TYPES:
        reason = UNSUPPORTED_TYPE_REASONS.get(base)
        reason = translated(reason) if reason else _("the type {type!r} is not supported").format(type=kind)
        reader.unsupported.append(Problem("type", _("{question}: {reason}").format(
            question=name or kind, reason=reason),
                                          _where(sheet, number, type_column)))
        return None
    if not name:
        reader.errors.append(Problem("name", _("a question without a name"),
                                     _where(sheet, number, name_column)))
        return None
    if not re.match(r"^[A-Za-z_][A-Za-z0-9_.-]*$", name):
        reader.errors.append(Problem("name", _("the name {name!r}: use letters, digits and '_' only, "
                                               "starting with a letter").format(name=name),
                                     _where(sheet, number, name_column)))
        return None
    labels = reader.translations(cells, columns, "label")
    if not labels:
        reader.errors.append(Problem("label", _("question {name!r} has no label").format(name=name),
                                     _where(sheet, number)))
        return None
    extra: dict[str, Any] = {}
    if cell("appearance"):
        extra["appearance"] = cell("appearance")
    declared = cell("answer_type").lower()
    answer_column = next(c for c in columns if c.key == "answer_type") if declared else None
    if base == "select_multiple":
        answer_type = "multiple"
    elif base == "select_one":
        choices, _row = lists[list_name]
        values = {c["value"] for c in choices}
        if declared in ("yes_no", "rating4", "single"):
            answer_type = declared
        elif {"yes", "no"} <= values and all(c.get("excluded") for c in choices
                                             if c["value"] not in ("yes", "no")):
            answer_type = "yes_no"
        else:
            answer_type = "single"
    else:
        answer_type = SUPPORTED_TYPES[kind]
        if answer_type == "note":
            answer_type = "text"
            extra[NOTE_KEY] = "note"
    if declared and declared != answer_type:
        reader.errors.append(Problem(
            "answer_type",
            _("{declared!r} does not fit the type {type!r}").format(declared=declared, type=kind)
            if declared in ANSWER_TYPES else
            _("{declared!r} does not fit the type {type!r} (answer types: {types})").format(
                declared=declared, type=kind, types=", ".join(sorted(ANSWER_TYPES))),
            _where(sheet, number, answer_column)))
    required_text = cell("required")
    required = _flag(required_text)
    if required is None:
        reader.unsupported.append(Problem("required", _("required only when {condition!r}: conditions "
                                                        "on required are not supported (the question is "
                                                        "taken as not required)").format(
                                              condition=required_text),
                                          _where(sheet, number, next(c for c in columns
                                                                     if c.key == "required"))))
        required = False
    return {
        "name": name,
        "type": answer_type,
        "choices": list_name,
        "labels": labels,
        "hints": reader.translations(cells, columns, "hint"),
        "required": required,
        "relevant": cell("relevant"),
        "constraint": cell("constraint"),
        "constraint_messages": reader.translations(cells, columns, "constraint_message"),
        "extra": extra,
    }


# --- writing ----------------------------------------------------------------------------------

def _languages(definition: dict[str, Any]) -> list[str]:
    """The form's languages: its default first, then English, Russian, Chinese, then others."""
    found: set[str] = set(definition.get("titles") or {})
    for choice_list in definition.get("choice_lists") or []:
        for choice in choice_list["choices"]:
            found |= set(choice.get("labels") or {})
    for section in definition.get("sections") or []:
        found |= set(section.get("labels") or {})
        for question in section.get("questions") or []:
            for key in ("labels", "hints", "constraint_messages"):
                found |= set(question.get(key) or {})
    default = definition.get("default_language") or "en"
    order = [default] + [c for c in ("en", "ru", "zh") if c != default]
    return [c for c in order if c in found or c == default] + sorted(found - set(order))


def write_xlsform(definition: dict[str, Any], path: Path | str) -> None:
    """Write a checklist definition as an XLSForm workbook (survey, choices, settings)."""
    from openpyxl import Workbook

    from .xlsx_style import cell as styled_cell
    from .xlsx_style import header_cells

    definition = canonical_definition(definition)
    languages = _languages(definition)
    questions = [q for s in definition["sections"] for q in s["questions"]]
    has = {key: any(q[key] for q in questions) for key in ("hints", "constraint_messages")}
    has_appearance = any(q["extra"].get("appearance") for q in questions)

    survey_headers = ["type", "name", *(f"label::{language_header(c)}" for c in languages)]
    if has["hints"]:
        survey_headers += [f"hint::{language_header(c)}" for c in languages]
    survey_headers += ["required", "relevant", "constraint"]
    if has["constraint_messages"]:
        survey_headers += [f"constraint_message::{language_header(c)}" for c in languages]
    if has_appearance:
        survey_headers.append("appearance")
    survey_headers.append("answer_type")

    def survey_row(values: dict[str, Any]) -> list[Any]:
        row = []
        for header in survey_headers:
            base, _sep, language = header.partition("::")
            if language:
                code = language_code(language)
                row.append(values.get(base, {}).get(code, ""))
            else:
                row.append(values.get(base, ""))
        return row

    survey: list[list[Any]] = [
        survey_row({"type": "start", "name": "start"}),
        survey_row({"type": "end", "name": "end"}),
    ]
    for section in definition["sections"]:
        grouped = section["name"] != TOP_SECTION
        if grouped:
            survey.append(survey_row({"type": "begin_group", "name": section["name"],
                                      "label": section["labels"], "relevant": section["relevant"]}))
        for question in section["questions"]:
            xls_type = {"multiple": f"select_multiple {question['choices']}",
                        "integer": "integer", "time": "time", "text": "text"}.get(
                question["type"], f"select_one {question['choices']}")
            if question["extra"].get(NOTE_KEY) == "note":
                xls_type = "note"
            survey.append(survey_row({
                "type": xls_type, "name": question["name"], "label": question["labels"],
                "hint": question["hints"], "required": "yes" if question["required"] else "",
                "relevant": question["relevant"], "constraint": question["constraint"],
                "constraint_message": question["constraint_messages"],
                "appearance": question["extra"].get("appearance", ""),
                "answer_type": question["type"] if xls_type != "note" else "",
            }))
        if grouped:
            survey.append(survey_row({"type": "end_group", "name": ""}))

    choice_headers = ["list_name", "name", *(f"label::{language_header(c)}" for c in languages),
                      "negative", "excluded"]
    choices = []
    for choice_list in definition["choice_lists"]:
        for choice in choice_list["choices"]:
            choices.append([choice_list["name"], choice["value"],
                            *(choice["labels"].get(c, "") for c in languages),
                            "yes" if choice["negative"] else "", "yes" if choice["excluded"] else ""])

    default = definition["default_language"]
    settings_headers = ["form_title", "form_id", "version", "default_language"]
    settings_row = [definition["titles"].get(default, ""), definition["form_id"],
                    definition["form_version"], language_header(default)]
    titles = [[language_header(code), definition["titles"][code]] for code in languages
              if code != default and definition["titles"].get(code)]

    workbook = Workbook(write_only=True)
    sheets = [("survey", survey_headers, survey), ("choices", choice_headers, choices),
              ("settings", settings_headers, [settings_row])]
    if titles:
        sheets.append((TITLES_SHEET, ["language", "form_title"], titles))
    for title, headers, rows in sheets:
        sheet = workbook.create_sheet(title)
        sheet.freeze_panes = "A2"
        from openpyxl.utils import get_column_letter

        for index, header in enumerate(headers, start=1):
            width = max([len(header)] + [len(str(r[index - 1])) for r in rows[:500]])
            sheet.column_dimensions[get_column_letter(index)].width = min(max(width + 2, 8), 60)
        sheet.append(header_cells(sheet, headers))
        for row in rows:
            # Expressions start with "." or "$", never "="; still, text is written as text.
            sheet.append([styled_cell(sheet, value) if value != "" else None for value in row])
    workbook.save(path)


__all__ = [
    "NOTE_KEY",
    "TITLES_SHEET",
    "TOP_SECTION",
    "XLSFormError",
    "XLSFormRead",
    "canonical_definition",
    "language_code",
    "language_header",
    "read_xlsform",
    "write_xlsform",
]
