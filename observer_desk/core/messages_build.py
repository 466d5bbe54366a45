"""Keeping the message catalogues up to date: extract the texts, refresh the .po files, compile them.

Run from a checkout (``python -m observer_desk.ui.translations_build`` runs this too)::

    python -m observer_desk.core.messages_build            # refresh the .po files, then compile
    python -m observer_desk.core.messages_build --check    # say what is missing or wrong

The texts are the literals given to ``_``, ``ngettext``, ``pgettext`` and ``N_`` (see
:mod:`observer_desk.core.language`) in every module outside the window package. Refreshing keeps
the translations already made, adds new texts untranslated and drops texts the program no longer
uses; a test fails while any entry is untranslated or a translation loses a ``{placeholder}``.
"""

from __future__ import annotations

import argparse
import ast
import string
import sys
from pathlib import Path

from .language import CATALOGUE_FOLDER, ENGLISH, LANGUAGES, compile_catalogue, mo_file_name, po_file_name

_PACKAGE_DIR = Path(__file__).resolve().parent.parent
CHECKOUT_CATALOGUE_DIR = _PACKAGE_DIR.parent / "resources" / CATALOGUE_FOLDER
TRANSLATED = tuple(language for language in LANGUAGES if language != ENGLISH)
_HEADER = ("# Messages of Observer Desk's core and documents, in one language.\n"
           "# Refreshed by python -m observer_desk.core.messages_build; translate the empty msgstr entries.")
KEYWORDS = {"_": None, "N_": None, "ngettext": (1, 2), "pgettext": ((1, "c"), 2)}
_FUNCTIONS = {"_": 1, "N_": 1, "ngettext": 2, "pgettext": 2}


def source_files() -> list[Path]:
    """Every module that may write a message: the package without the window (which uses Qt's
    catalogue) and without the database migrations."""
    return sorted(path for path in _PACKAGE_DIR.rglob("*.py")
                  if "ui" not in path.relative_to(_PACKAGE_DIR).parts[:1]
                  and "migrations" not in path.relative_to(_PACKAGE_DIR).parts)


def extract(sources: list[Path] | None = None):
    """A Babel catalogue of every message text in the sources."""
    from babel.messages.catalog import Catalog
    from babel.messages.extract import extract_from_file

    template = Catalog(project="Observer Desk", fuzzy=False)
    for path in sources if sources is not None else source_files():
        relative = path.relative_to(_PACKAGE_DIR.parent).as_posix()
        for line, message, comments, context in extract_from_file(
                "python", str(path), keywords=KEYWORDS, comment_tags=("TRANSLATORS:",),
                strip_comment_tags=True):
            template.add(message, None, [(relative, line)], auto_comments=comments, context=context)
    return template


def read_catalogue(po: Path, language: str):
    from babel.messages.pofile import read_po

    with open(po, "rb") as stream:
        return read_po(stream, locale=language)


def write_catalogue(catalogue, po: Path) -> None:
    from babel.messages.pofile import write_po

    po.parent.mkdir(parents=True, exist_ok=True)
    with open(po, "wb") as stream:
        write_po(stream, catalogue, width=100, no_location=True, omit_header=False,
                 sort_output=True, ignore_obsolete=True, include_previous=False)


def update_catalogues(folder: Path = CHECKOUT_CATALOGUE_DIR, languages=TRANSLATED) -> list[Path]:
    """Refresh each language's .po file from the sources; returns the files written."""
    from babel.messages.catalog import Catalog

    template = extract()
    written = []
    for language in languages:
        po = folder / po_file_name(language)
        catalogue = read_catalogue(po, language) if po.is_file() else \
            Catalog(locale=language, project="Observer Desk", fuzzy=False, header_comment=_HEADER,
                    copyright_holder="", msgid_bugs_address="", last_translator="Observer Desk translators",
                    language_team=f"{language} <>")
        template.creation_date = catalogue.creation_date  # the file changes only when its texts do
        catalogue.update(template, no_fuzzy_matching=True, update_header_comment=False)
        catalogue.obsolete.clear()
        catalogue.fuzzy = False
        write_catalogue(catalogue, po)
        written.append(po)
    return written


def build_mo_files(out_dir: Path, folder: Path = CHECKOUT_CATALOGUE_DIR) -> list[Path]:
    """Compile every .po file of folder into out_dir (what a packaged build ships)."""
    return [compile_catalogue(folder / po_file_name(language), Path(out_dir) / mo_file_name(language),
                              language) for language in TRANSLATED]


def _fields(text: str) -> set[str]:
    try:
        return {name for _literal, name, _spec, _conversion in string.Formatter().parse(text)
                if name is not None}
    except ValueError:
        return {"<unbalanced braces>"}


def catalogue_problems(language: str, folder: Path = CHECKOUT_CATALOGUE_DIR, template=None) -> list[str]:
    """What is wrong with one language's catalogue: texts missing or left over, untranslated or
    fuzzy entries, lost or invented placeholders, the wrong number of plural forms."""
    po = folder / po_file_name(language)
    if not po.is_file():
        return [f"{po.name}: the file is missing; run python -m observer_desk.core.messages_build"]
    catalogue = read_catalogue(po, language)
    template = template if template is not None else extract()
    wanted = {(message.id if isinstance(message.id, str) else message.id[0], message.context)
              for message in template if message.id}
    problems = []
    have = set()
    for message in catalogue:
        if not message.id:
            continue
        singular = message.id if isinstance(message.id, str) else message.id[0]
        key = (singular, message.context)
        have.add(key)
        where = f"{po.name}: {singular!r}"
        if key not in wanted:
            problems.append(f"{where} is no longer used by the program")
        if message.fuzzy:
            problems.append(f"{where} is marked fuzzy")
        strings = list(message.string) if isinstance(message.string, (list, tuple)) else [message.string]
        if not all(strings):
            problems.append(f"{where} is not translated")
            continue
        if isinstance(message.id, (list, tuple)) and len(strings) != catalogue.num_plurals:
            problems.append(f"{where} has {len(strings)} plural forms, {catalogue.num_plurals} wanted")
        ids = list(message.id) if isinstance(message.id, (list, tuple)) else [message.id]
        expected = set().union(*(_fields(text) for text in ids))
        for translation in strings:
            found = _fields(translation)
            # a singular form may name the number in words ("one row") and drop {n}
            if found - expected or (expected - found and not (len(ids) > 1 and expected - found <= {"n"})):
                problems.append(f"{where}: the translation {translation!r} has placeholders "
                                f"{sorted(found)}, the text has {sorted(expected)}")
    for singular, context in sorted(wanted - have, key=lambda key: key[0]):
        problems.append(f"{po.name}: {singular!r} is missing; run python -m observer_desk.core.messages_build")
    return problems


def _plain_text(node: ast.AST) -> bool:
    """A literal, or a name or table entry holding a text marked with N_(); not a text built in
    place (an f-string, a concatenation or a .format() call), which no catalogue can hold."""
    if isinstance(node, ast.Constant):
        return isinstance(node.value, str)
    return isinstance(node, ast.Name | ast.Subscript | ast.Attribute)


def source_problems(sources: list[Path] | None = None) -> list[str]:
    """Mistakes in how modules write messages: a text built in place (an f-string or a formatted
    text inside ``_()`` is never found in the catalogue; a name or table entry is taken to hold a
    text marked with ``N_()``), or a module that imports ``_`` and also assigns the name (which
    makes ``_()`` fail in that function)."""
    problems = []
    for path in sources if sources is not None else source_files():
        tree = ast.parse(path.read_text(encoding="utf-8"))
        relative = path.relative_to(_PACKAGE_DIR.parent).as_posix() if path.is_relative_to(_PACKAGE_DIR.parent) \
            else path.as_posix()
        imported = {alias.asname or alias.name for node in ast.walk(tree) if isinstance(node, ast.ImportFrom)
                    and (node.module or "").endswith("language") for alias in node.names}
        if not imported:
            continue
        for node in ast.walk(tree):
            if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id in imported \
                    and node.func.id in _FUNCTIONS:
                texts = node.args[:_FUNCTIONS[node.func.id]]
                if len(texts) < _FUNCTIONS[node.func.id] or not all(map(_plain_text, texts)) or (
                        node.func.id == "N_" and not isinstance(texts[0], ast.Constant)):
                    problems.append(f"{relative}:{node.lineno}: {node.func.id}() needs plain string literals")
            if "_" in imported and isinstance(node, ast.Name) and node.id == "_" and isinstance(node.ctx, ast.Store):
                problems.append(f"{relative}:{node.lineno}: assigns the name '_', which is the translation "
                                "function in this module; use another name")
            if "_" in imported and isinstance(node, ast.arg) and node.arg == "_":
                problems.append(f"{relative}:{node.lineno}: a parameter named '_' hides the translation function")
        problems += _translated_at_import(tree, relative, imported)
    return problems


def _translated_at_import(tree: ast.Module, relative: str, imported: set[str]) -> list[str]:
    """Texts translated while the module is imported, before the window chooses the language:
    they would stay English. Tables mark their texts with N_() and translate where shown."""
    found = []

    def visit(node: ast.AST) -> None:
        if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef | ast.Lambda):
            return  # runs when called, after the language is chosen
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id in imported \
                and node.func.id in _FUNCTIONS and node.func.id != "N_":
            found.append(f"{relative}:{node.lineno}: {node.func.id}() runs when the module is imported, "
                         "before the language is chosen; mark the text with N_() and translate it where "
                         "it is shown")
        for child in ast.iter_child_nodes(node):
            visit(child)

    visit(tree)
    return found


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Refresh and compile the message catalogues.")
    parser.add_argument("--check", action="store_true", help="only report what is missing or wrong")
    parser.add_argument("--out", type=Path, help="compile the .mo files into this folder")
    args = parser.parse_args(argv)
    if args.check:
        template = extract()
        problems = source_problems() + [p for language in TRANSLATED
                                         for p in catalogue_problems(language, template=template)]
        print("\n".join(problems) or "the message catalogues are complete")
        return 1 if problems else 0
    for po in update_catalogues():
        print(f"updated {po}")
    for mo in build_mo_files(args.out or CHECKOUT_CATALOGUE_DIR):
        print(f"compiled {mo}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
