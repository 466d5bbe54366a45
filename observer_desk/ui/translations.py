"""The interface language: which one, where its compiled translation is, and installing it.

The language comes from OBSERVER_DESK_LANG (for tests and screenshots), else the preference chosen
in Settings, else the system's. The compiled ``.qm`` file is taken from the bundled resources (a
packaged build ships them); a checkout has only the ``.ts`` sources, so the ``.qm`` is compiled
with PySide6's lrelease into the user's cache folder the first time, and again when the ``.ts`` is
newer. Qt's own translations (qtbase) are installed too, so standard dialogs and buttons speak
the same language.
"""

from __future__ import annotations

import os
import subprocess
import tempfile
from pathlib import Path

from platformdirs import user_cache_path
from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from observer_desk.core.language import message_language
from observer_desk.core.language import set_language as set_message_language
from observer_desk.core.paths import APP_DIR_NAME
from observer_desk.core.preferences import interface_language
from observer_desk.resources import resources_dir

from .translations_build import qm_file_name, qt_tool, ts_file_name

LANGUAGE_ENV_VAR = "OBSERVER_DESK_LANG"
ENGLISH = "en"
#: Interface languages and their names as their speakers write them.
LANGUAGES = {"en": "English", "ru": "Русский", "zh_CN": "中文（简体）"}


def supported_language(code: str | None) -> str | None:
    """The interface language for a locale name such as 'ru_RU', 'zh', 'zh-Hans-CN' or 'en_GB'."""
    if not code:
        return None
    name = code.strip().replace("-", "_")
    if name in LANGUAGES:
        return name
    base = name.split("_")[0].lower()
    if base == "zh":
        return "zh_CN"  # the Simplified script is the one translated
    return base if base in LANGUAGES else None


def document_language(language: str | None = None) -> str:
    """The language code of the documents and checklist labels ("en", "ru", "zh") for an interface
    language ("en", "ru", "zh_CN"); by default the one the window speaks now."""
    chosen = message_language() if language is None else supported_language(language)
    return {"ru": "ru", "zh_CN": "zh"}.get(chosen or ENGLISH, "en")


def system_language() -> str:
    for name in QLocale.system().uiLanguages():
        language = supported_language(name)
        if language is not None:
            return language
    return supported_language(QLocale.system().name()) or ENGLISH


def chosen_language() -> str:
    """The language the program speaks this run."""
    return (supported_language(os.environ.get(LANGUAGE_ENV_VAR))
            or supported_language(interface_language())
            or system_language())


def translations_cache_dir() -> Path:
    return user_cache_path(APP_DIR_NAME, appauthor=False) / "translations"


def _fresh(qm: Path, ts: Path | None) -> bool:
    return qm.is_file() and (ts is None or not ts.is_file() or qm.stat().st_mtime >= ts.stat().st_mtime)


def compiled_translation(language: str, cache_dir: Path | None = None) -> Path | None:
    """The .qm file of a language: bundled, else compiled from its .ts into the cache; None when
    there is neither a .qm nor a way to compile one."""
    try:
        folder = resources_dir() / "translations"
    except FileNotFoundError:
        return None
    ts = folder / ts_file_name(language)
    bundled = folder / qm_file_name(language)
    if _fresh(bundled, ts):
        return bundled
    if not ts.is_file():
        return None
    cache = cache_dir if cache_dir is not None else translations_cache_dir()
    cached = cache / qm_file_name(language)
    if _fresh(cached, ts):
        return cached
    if _compile(ts, cached):
        return cached
    # No lrelease here (a packaged build): an older translation beats none at all.
    return next((qm for qm in (bundled, cached) if qm.is_file()), None)


def _compile(ts: Path, qm: Path) -> bool:
    try:
        qm.parent.mkdir(parents=True, exist_ok=True)
        handle, name = tempfile.mkstemp(prefix=".lrelease-", suffix=".qm", dir=qm.parent)
        os.close(handle)
    except OSError:
        return False
    temporary = Path(name)
    try:
        subprocess.run([str(qt_tool("lrelease")), "-silent", str(ts), "-qm", str(temporary)], check=True,
                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        os.replace(temporary, qm)  # a second program compiling at the same time never sees half a file
    except (OSError, subprocess.CalledProcessError):
        temporary.unlink(missing_ok=True)
        return False
    return True


def install_translations(app: QCoreApplication, language: str,
                         cache_dir: Path | None = None) -> list[QTranslator]:
    """Install the program's translation and Qt's own for language, and have the core write its
    messages in it too; returns the installed translators (kept alive by the application)."""
    set_message_language(language)
    installed: list[QTranslator] = []
    qm = compiled_translation(language, cache_dir)
    if qm is not None:
        translator = QTranslator(app)
        if translator.load(str(qm)):
            app.installTranslator(translator)
            installed.append(translator)
    if language != ENGLISH:
        QLocale.setDefault(QLocale(language))
        qt_translator = QTranslator(app)
        if qt_translator.load(QLocale(language), "qtbase", "_",
                              QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
            app.installTranslator(qt_translator)
            installed.append(qt_translator)
    return installed
