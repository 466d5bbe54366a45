"""The names of writing systems as messages give them ("written in Cyrillic script", "no bundled
font has these characters (Devanagari)"), in the current language.

A script is known by the first word of its characters' Unicode names ("CYRILLIC SMALL LETTER A"),
which is also how the code refers to it; the few the code names otherwise ("Chinese" for the
CJK ideographs) are aliases. A script without a translated name keeps its English one.
"""

from __future__ import annotations

import unicodedata

from .language import per_language, pgettext

#: Other words for a script: the first word of some characters' names, and names the code uses.
_ALIASES = {"CHINESE": "CJK", "HAN": "CJK", "IDEOGRAPHIC": "CJK"}


def _script_names() -> dict[str, str]:
    """{first word of the Unicode character names: the script's name in the current language}."""
    return {
        "LATIN": pgettext("script", "Latin"),
        "CYRILLIC": pgettext("script", "Cyrillic"),
        "GREEK": pgettext("script", "Greek"),
        "ARMENIAN": pgettext("script", "Armenian"),
        "GEORGIAN": pgettext("script", "Georgian"),
        "ARABIC": pgettext("script", "Arabic"),
        "HEBREW": pgettext("script", "Hebrew"),
        "DEVANAGARI": pgettext("script", "Devanagari"),
        "BENGALI": pgettext("script", "Bengali"),
        "TAMIL": pgettext("script", "Tamil"),
        "THAI": pgettext("script", "Thai"),
        "LAO": pgettext("script", "Lao"),
        "TIBETAN": pgettext("script", "Tibetan"),
        "MONGOLIAN": pgettext("script", "Mongolian"),
        "CJK": pgettext("script", "Chinese"),
        "HIRAGANA": pgettext("script", "Hiragana"),
        "KATAKANA": pgettext("script", "Katakana"),
        "HANGUL": pgettext("script", "Hangul"),
        "ETHIOPIC": pgettext("script", "Ethiopic"),
        "KHMER": pgettext("script", "Khmer"),
        "MYANMAR": pgettext("script", "Myanmar"),
        "SINHALA": pgettext("script", "Sinhala"),
        "GUJARATI": pgettext("script", "Gujarati"),
        "GURMUKHI": pgettext("script", "Gurmukhi"),
        "KANNADA": pgettext("script", "Kannada"),
        "MALAYALAM": pgettext("script", "Malayalam"),
        "TELUGU": pgettext("script", "Telugu"),
        "ORIYA": pgettext("script", "Oriya"),
    }


_names = per_language(_script_names)


def script_word(character: str) -> str:
    """The first word of a character's Unicode name ("CYRILLIC"), "UNKNOWN" for one without."""
    return unicodedata.name(character, "UNKNOWN").split(" ", 1)[0]


def script_name(script: str) -> str:
    """How a message names a script, in the current language: `script` is the first word of its
    characters' Unicode names in any case ("CYRILLIC", "Cyrillic") or an alias ("Chinese"). One
    without a translated name keeps its English name ("Cherokee")."""
    key = script.upper()
    key = _ALIASES.get(key, key)
    return _names().get(key) or script.title()
