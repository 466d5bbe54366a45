"""The language of the messages the core and document layers write for the user.

Errors, validation problems, import findings and badge checks are written here, not in the window,
so they need a translation of their own: the window's Qt catalogue cannot reach below the ``ui``
layer. The catalogues are gettext ``.po`` files in ``resources/messages`` (``ru.po``,
``zh_CN.po``) whose message ids are the English texts.

The window calls :func:`set_language` with its interface language before it opens a database;
the command line keeps English, so that scripts read the same words on every machine. A packaged
build ships the compiled ``.mo`` files; a checkout compiles a ``.po`` with Babel into the user's
cache the first time it is needed, and again when the ``.po`` is newer.

How messages are written::

    _("the mission cannot end before it starts")
    _("a mission with code {code!r} already exists").format(code=code)
    ngettext("{n} row was skipped", "{n} rows were skipped", n).format(n=n)
    LABELS = {"code": N_("code")}      # marked where it is kept ...
    _(LABELS[name])                    # ... and translated where it is shown

Translate the template first and fill it afterwards: never an f-string inside ``_()``.
"""

from __future__ import annotations

import gettext
import hashlib
import os
import sys
import tempfile
import threading
from collections.abc import Callable
from pathlib import Path

ENGLISH = "en"
#: The languages the messages are written in; the ids match the window's (``zh_CN``: Simplified).
LANGUAGES = ("en", "ru", "zh_CN")
CATALOGUE_FOLDER = "messages"

_language = ENGLISH
_translations: gettext.NullTranslations | None = None
_lock = threading.Lock()


def set_language(language: str | None) -> str:
    """Write messages in this language from now on (English for None or one not translated);
    returns the language chosen."""
    global _language, _translations
    chosen = language if language in LANGUAGES else ENGLISH
    with _lock:
        _language, _translations = chosen, None
    return chosen


def message_language() -> str:
    return _language


def _catalogue() -> gettext.NullTranslations:
    global _translations
    translations = _translations
    if translations is None:
        with _lock:
            if _translations is None:
                _translations = _load(_language)
            translations = _translations
    return translations


def _load(language: str) -> gettext.NullTranslations:
    if language == ENGLISH:
        return gettext.NullTranslations()
    mo = compiled_catalogue(language)
    if mo is None:
        return gettext.NullTranslations()
    with open(mo, "rb") as stream:
        return gettext.GNUTranslations(stream)


def _(text: str) -> str:
    """The text in the current language."""
    return _catalogue().gettext(text)


def ngettext(singular: str, plural: str, n: int) -> str:
    """The form of a counted text that fits n, in the current language."""
    return _catalogue().ngettext(singular, plural, n)


def pgettext(context: str, text: str) -> str:
    """A short text whose meaning depends on where it is used (e.g. a field label)."""
    return _catalogue().pgettext(context, text)


def N_(text: str) -> str:  # noqa: N802 - the usual gettext name
    """Marks a text for translation where it is kept; translate it where it is shown."""
    return text


def per_language(build: Callable[[], dict[str, str]]) -> Callable[[], dict[str, str]]:
    """A table of texts translated by build(), built once for each language it is asked in."""
    tables: dict[str, dict[str, str]] = {}

    def table() -> dict[str, str]:
        language = _language
        if language not in tables:
            tables[language] = build()
        return tables[language]

    return table


# Punctuation that joins pieces of a message differs between the languages: Chinese writes a
# full-width colon and semicolon, the enumeration comma between items and no space between
# sentences. Code that glues texts together takes its glue from here.

def labelled(label: str, text: str) -> str:
    """'label: text' ("host country: give the ISO code"; 东道国：请填写…)."""
    return pgettext("punctuation", "{label}: {text}").format(label=label, text=text)


def listed(items) -> str:  # noqa: ANN001 - any iterable of texts
    """Items of an enumeration: 'a, b, c' (a、b、c in Chinese)."""
    return pgettext("punctuation", ", ").join(items)


def clauses(items) -> str:  # noqa: ANN001
    """Independent parts of one message: 'a; b' (a；b in Chinese)."""
    return pgettext("punctuation", "; ").join(items)


def sentences(items) -> str:  # noqa: ANN001
    """Whole sentences one after another: 'A. B.' (no space between them in Chinese)."""
    joined = ""
    for item in items:
        joined = pgettext("punctuation", "{first} {second}").format(first=joined, second=item) if joined else item
    return joined


def sentence(text: str) -> str:
    """A text closed as a sentence, with the language's full stop unless it has one already."""
    stop = pgettext("punctuation", ".")
    return text if not text or text.endswith((".", "!", "?", "。", "！", "？", stop)) else text + stop


def parenthesised(text: str, aside: str) -> str:
    """'text (aside)'; Chinese: text（aside）."""
    return pgettext("punctuation", "{text} ({aside})").format(text=text, aside=aside)


# --- the compiled catalogue -------------------------------------------------------------------

def po_file_name(language: str) -> str:
    return f"{language}.po"


def mo_file_name(language: str) -> str:
    return f"{language}.mo"


def _fresh(mo: Path, po: Path | None) -> bool:
    return mo.is_file() and (po is None or not po.is_file() or mo.stat().st_mtime >= po.stat().st_mtime)


def messages_cache_dir() -> Path:
    from platformdirs import user_cache_path

    from .paths import APP_DIR_NAME

    return user_cache_path(APP_DIR_NAME, appauthor=False) / CATALOGUE_FOLDER


def compiled_catalogue(language: str, cache_dir: Path | None = None) -> Path | None:
    """The .mo file of a language: bundled, else compiled from its .po into the cache; None when
    there is neither (the messages then stay in English)."""
    from observer_desk.resources import resources_dir

    try:
        folder = resources_dir() / CATALOGUE_FOLDER
    except FileNotFoundError:
        return None
    po = folder / po_file_name(language)
    bundled = folder / mo_file_name(language)
    if bundled.is_file() and (getattr(sys, "frozen", False) or _fresh(bundled, po)):
        return bundled  # a packaged build ships its catalogues compiled, whatever the files' dates
    if not po.is_file():
        return None
    # Named after the .po's content: checkouts of other versions share the cache folder.
    digest = hashlib.sha256(po.read_bytes()).hexdigest()[:16]
    cached = (cache_dir or messages_cache_dir()) / f"{language}-{digest}.mo"
    if cached.is_file():
        return cached
    try:
        compile_catalogue(po, cached, language)
    except (ImportError, OSError):
        # no Babel to compile with: an older compiled catalogue beats English
        return bundled if bundled.is_file() else None
    return cached


def compile_catalogue(po: Path, mo: Path, language: str) -> Path:
    """Compile a .po file into the .mo file gettext reads (written whole, then renamed)."""
    from babel.messages.mofile import write_mo
    from babel.messages.pofile import read_po

    with open(po, "rb") as stream:
        catalogue = read_po(stream, locale=language)
    mo.parent.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(prefix=mo.name, dir=mo.parent)
    try:
        with os.fdopen(handle, "wb") as stream:
            write_mo(stream, catalogue)
        os.replace(temporary, mo)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
    return mo
