"""Keeping the interface translations up to date: extract the strings and build the .qm files.

Run from a checkout::

    python -m observer_desk.ui.translations_build            # lupdate, then lrelease
    python -m observer_desk.ui.translations_build --release-only --out DIR

``lupdate`` reads every module of the window (all ``observer_desk/ui`` files), keeps the translations
already made, and drops strings the program no longer uses (``-no-obsolete``). ``lrelease`` compiles
each ``.ts`` file into the ``.qm`` file the program loads; a build calls :func:`build_qm_files` with
its own output folder. Both tools come with the PySide6 package.

The same run refreshes and compiles the core's message catalogues (``resources/messages/*.po``,
see :mod:`observer_desk.core.messages_build`), so one command keeps every translation current.
"""

from __future__ import annotations

import argparse
import ast
import shutil
import subprocess
import sys
import re
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path

import PySide6

LANGUAGES = ("en", "ru", "zh_CN")
SOURCE_LANGUAGE = "en"
CATALOGUE = "observer_desk"
_PACKAGE_DIR = Path(__file__).resolve().parent.parent
_CHECKOUT_TS_DIR = _PACKAGE_DIR.parent / "resources" / "translations"


def ts_file_name(language: str) -> str:
    return f"{CATALOGUE}_{language}.ts"


def qm_file_name(language: str) -> str:
    return f"{CATALOGUE}_{language}.qm"


def source_files() -> list[Path]:
    """Every module whose strings go through Qt's tr(): the window package."""
    return sorted((_PACKAGE_DIR / "ui").rglob("*.py"))


def qt_tool(name: str) -> Path:
    """lupdate or lrelease as shipped inside the PySide6 package (or found on PATH)."""
    folder = Path(PySide6.__file__).resolve().parent
    for candidate in (folder / name, folder / f"{name}.exe", folder / "Qt" / "libexec" / name):
        if candidate.is_file():
            return candidate
    for command in (f"pyside6-{name}", name):
        found = shutil.which(command)
        if found:
            return Path(found)
    raise FileNotFoundError(f"the Qt tool '{name}' was not found in {folder} or on PATH; "
                            "install the PySide6 package (pyside6-essentials) to build translations")


def _translate_context(node: ast.AST, parameter: str) -> str | None:
    """The context of ``QCoreApplication.translate("Context", parameter)`` or of
    ``Context.tr(parameter)``, else None."""
    if (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr == "tr"
            and isinstance(node.func.value, ast.Name) and len(node.args) == 1
            and isinstance(node.args[0], ast.Name) and node.args[0].id == parameter):
        return node.func.value.id
    if (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr == "translate"
            and len(node.args) >= 2 and isinstance(node.args[0], ast.Constant)
            and isinstance(node.args[0].value, str) and isinstance(node.args[1], ast.Name)
            and node.args[1].id == parameter):
        return node.args[0].value
    return None


def _literal(node: ast.AST) -> str | None:
    return node.value if isinstance(node, ast.Constant) and isinstance(node.value, str) else None


def wrapped_strings(path: Path) -> list[tuple[str, str]]:
    """(context, text) of strings lupdate cannot see by itself: literals given to a small helper
    such as ``def _t(text): return QCoreApplication.translate("Labels", text)``, and literals
    translated in a comprehension over a tuple of texts."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    helpers: dict[str, str] = {}
    found: list[tuple[str, str]] = []
    for node in ast.walk(tree):
        if isinstance(node, ast.FunctionDef) and node.args.args and len(node.body) == 1 \
                and isinstance(node.body[0], ast.Return) and node.body[0].value is not None:
            context = _translate_context(node.body[0].value, node.args.args[-1].arg)
            if context is not None:
                helpers[node.name] = context
        elif isinstance(node, ast.ListComp | ast.GeneratorExp | ast.SetComp) and len(node.generators) == 1:
            target, source = node.generators[0].target, node.generators[0].iter
            if isinstance(target, ast.Name) and isinstance(source, ast.Tuple | ast.List):
                context = _translate_context(node.elt, target.id)
                if context is not None:
                    found += [(context, text) for text in map(_literal, source.elts) if text is not None]
    for node in ast.walk(tree):
        if isinstance(node, ast.Call) and node.args:
            name = node.func.id if isinstance(node.func, ast.Name) else \
                node.func.attr if isinstance(node.func, ast.Attribute) else None
            text = _literal(node.args[0])
            if name in helpers and text is not None:
                found.append((helpers[name], text))
    return found


def _write_wrapped_strings(files: list[Path], folder: Path) -> Path:
    """A Python file that lupdate reads: one plain translate() call per wrapped string."""
    lines = ["from PySide6.QtCore import QCoreApplication", ""]
    seen: set[tuple[str, str]] = set()
    for path in files:
        for context, text in wrapped_strings(path):
            if (context, text) not in seen:
                seen.add((context, text))
                lines.append(f"QCoreApplication.translate({context!r}, {text!r})")
    target = folder / "wrapped_strings.py"
    target.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return target


def run_lupdate(ts_files: list[Path], sources: list[Path] | None = None) -> None:
    """Refresh the given .ts files from the sources: new strings added as unfinished, translations
    kept, strings no longer in the program removed."""
    files = sources if sources is not None else source_files()
    with tempfile.TemporaryDirectory(prefix="observer-desk-lupdate-") as folder:
        inputs = [*files, _write_wrapped_strings(files, Path(folder))]
        for ts in ts_files:
            language = ts.stem.removeprefix(f"{CATALOGUE}_")
            command = [str(qt_tool("lupdate")), "-silent", "-no-obsolete", "-locations", "none",
                       "-source-language", "en", "-target-language", language,
                       *[str(path) for path in inputs], "-ts", str(ts)]
            subprocess.run(command, check=True)
            if language == SOURCE_LANGUAGE and fill_english(ts):
                subprocess.run(command, check=True)  # lupdate writes the file back in its own layout


# English needs translating only where a number is counted: the source says "%Ln observer(s)",
# the English file says "1 observer" and "2 observers". New entries are filled by these rules;
# entries already in the file are kept as edited.
_SINGULAR_WORDS = {"were": "was", "are": "is", "have": "has", "need": "needs", "refer": "refers", "belong": "belongs"}
_SINGULAR_PHRASES = {" they are": " it is", " they hold": " it holds"}
_ENGLISH_FORMS = {
    "The %Ln observer(s) selected": ("The observer selected", "The %Ln observers selected"),
    "Only the %Ln selected observer(s)": ("Only the selected observer", "Only the %Ln selected observers"),
    "Not saved: %Ln problem(s) marked in red. Please correct them first.":
        ("Not saved: 1 problem is marked in red. Please correct it first.",
         "Not saved: %Ln problems are marked in red. Please correct them first."),
}


def english_forms(source: str) -> tuple[str, str]:
    """The singular and plural English sentences of a counted source text."""
    if source in _ENGLISH_FORMS:
        return _ENGLISH_FORMS[source]
    other = re.sub(r"y\(-ies\)|(?<=[^aeiou])y\(s\)", "ies", source).replace("(s)", "s").replace("(es)", "es")
    one = re.sub(r"\((?:s|es|-ies)\)( now)? (%s)\b" % "|".join(_SINGULAR_WORDS),
                 lambda m: (m.group(1) or "") + " " + _SINGULAR_WORDS[m.group(2)], source)
    if one != source or "(s)" in source:
        for plural_words, singular_words in _SINGULAR_PHRASES.items():
            one = one.replace(plural_words, singular_words)
    one = one.replace("(-ies)", "").replace("(s)", "").replace("(es)", "")
    return one, other


def fill_english(ts: Path) -> int:
    """Finish every unfinished entry of the English file: counted texts get their two forms,
    the others read as their source. Returns how many entries were filled."""
    tree = ET.parse(ts)
    filled = 0
    for message in tree.getroot().iter("message"):
        translation = message.find("translation")
        if translation is None or translation.get("type") != "unfinished":
            continue
        source = message.findtext("source") or ""
        if message.get("numerus") == "yes":
            for form in list(translation):
                translation.remove(form)
            for text in english_forms(source):
                ET.SubElement(translation, "numerusform").text = text
        else:
            translation.text = source
        del translation.attrib["type"]
        filled += 1
    if filled:
        tree.write(ts, encoding="utf-8", xml_declaration=True)
    return filled


def run_lrelease(ts: Path, qm: Path) -> Path:
    qm.parent.mkdir(parents=True, exist_ok=True)
    subprocess.run([str(qt_tool("lrelease")), "-silent", str(ts), "-qm", str(qm)], check=True)
    return qm


def build_qm_files(out_dir: Path, ts_dir: Path = _CHECKOUT_TS_DIR) -> list[Path]:
    """Compile every .ts file of ts_dir into out_dir (what a packaged build ships)."""
    return [run_lrelease(ts_dir / ts_file_name(language), Path(out_dir) / qm_file_name(language))
            for language in LANGUAGES if (ts_dir / ts_file_name(language)).is_file()]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m observer_desk.ui.translations_build",
                                     description="Update the .ts translation sources and build .qm files.")
    parser.add_argument("--release-only", action="store_true", help="only compile .ts into .qm")
    parser.add_argument("--update-only", action="store_true", help="only refresh the .ts files")
    parser.add_argument("--out", type=Path, default=_CHECKOUT_TS_DIR,
                        help="folder for the .qm files (default: beside the .ts files)")
    parser.add_argument("--language", action="append", choices=LANGUAGES,
                        help="limit the update to this language (repeatable)")
    args = parser.parse_args(argv)
    # here, not at the top: the window imports this module's file names at every start
    from observer_desk.core import messages_build

    languages = args.language or list(LANGUAGES)
    if not args.release_only:
        _CHECKOUT_TS_DIR.mkdir(parents=True, exist_ok=True)
        run_lupdate([_CHECKOUT_TS_DIR / ts_file_name(language) for language in languages])
        messages_build.update_catalogues(languages=[lang for lang in languages if lang in messages_build.TRANSLATED])
    if not args.update_only:
        for path in build_qm_files(args.out):
            print(path)
        # the core's messages: compiled beside their .po files, where the bundle picks them up
        for path in messages_build.build_mo_files(messages_build.CHECKOUT_CATALOGUE_DIR):
            print(path)
    return 0


if __name__ == "__main__":
    sys.exit(main())
