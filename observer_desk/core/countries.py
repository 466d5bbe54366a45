"""Country names and codes in the forms nomination files use: ISO codes, common and official names
in English, Russian and Chinese ("Russia", "Russian Federation", "RU", "RUS", "Россия")."""

from __future__ import annotations

import gettext
import re
from functools import cache

import pycountry

from .language import message_language, parenthesised

# Everyday names that ISO 3166 does not list as a name of the country.
ALIASES = {
    "RU": ["Russia", "Россия", "РФ", "Russian Federation (the)"],
    "KG": ["Kirgizia", "Kirghizia", "Кыргызстан", "Кыргызская Республика", "Киргизская Республика"],
    "KZ": ["Qazaqstan", "Қазақстан"],
    "TJ": ["Tadjikistan", "Тоҷикистон"],
    "UZ": ["O'zbekiston", "Ўзбекистон"],
    "CN": ["PRC", "P.R. China", "КНР"],
    "IN": ["Bharat"],
    "PK": ["Islamic Republic of Pakistan"],
    "BY": ["Belarus", "Беларусь", "Белоруссия"],
    "IR": ["Iran", "Иран"],
    "GB": ["United Kingdom", "UK", "Great Britain", "Великобритания"],
    "US": ["USA", "United States", "США"],
    "KR": ["South Korea", "Korea", "Южная Корея"],
    "VN": ["Vietnam", "Вьетнам"],
    "MN": ["Mongolia", "Монголия"],
    "TR": ["Turkey", "Türkiye", "Турция"],
    "AZ": ["Азербайджан"],
    "AM": ["Армения"],
}

_LANG_DOMAINS = {"ru": "ru", "zh": "zh_CN"}


def _fold(text: str) -> str:
    text = text.casefold().replace("ё", "е")
    text = re.sub(r"[\s\.\,\(\)'’`\-]+", " ", text).strip()
    return re.sub(r"^the ", "", text)


@cache
def _translation(language: str) -> gettext.NullTranslations:
    domain = _LANG_DOMAINS.get(language)
    if domain is None:
        return gettext.NullTranslations()
    try:
        return gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=[domain])
    except OSError:
        return gettext.NullTranslations()


@cache
def _index() -> dict[str, str]:
    index: dict[str, str] = {}
    translations = [_translation(lang) for lang in _LANG_DOMAINS]
    for country in pycountry.countries:
        code = country.alpha_2
        names = [country.alpha_2, country.alpha_3, country.name,
                 getattr(country, "official_name", ""), getattr(country, "common_name", "")]
        for english in list(names[2:]):
            if english:
                names.extend(t.gettext(english) for t in translations)
        for name in names:
            if name:
                index.setdefault(_fold(name), code)
    for code, aliases in ALIASES.items():
        for alias in aliases:
            index[_fold(alias)] = code
    return index


def country_code(text: str | None) -> str | None:
    """The ISO 3166 alpha-2 code for a country written in any common form, or None."""
    if not text or not text.strip():
        return None
    return _index().get(_fold(text))


#: The languages of the messages (observer_desk.core.language) by the language of the names.
_MESSAGE_LANGUAGES = {"zh_CN": "zh"}


def country_name(code: str | None, language: str | None = "en") -> str:
    """The short name of a country in English, Russian or Chinese ("" for no code); language None
    is the language the program writes its messages in (the interface language in the window)."""
    if not code:
        return ""
    if language is None:
        language = message_language()
    language = _MESSAGE_LANGUAGES.get(language, language)
    country = pycountry.countries.get(alpha_2=code.upper())
    if country is None:
        return code
    name = getattr(country, "common_name", None) or country.name
    if code.upper() == "RU" and language == "en":
        name = "Russia"
    return _translation(language).gettext(country.name) if language != "en" else name


def country_with_code(code: str | None) -> str:
    """"Kazakhstan (KZ)", "Казахстан (KZ)", "哈萨克斯坦（KZ）": the name in the language of the
    messages with the code; the code alone for one ISO 3166 does not know ("" for no code)."""
    if not code:
        return ""
    code = code.strip().upper()
    if pycountry.countries.get(alpha_2=code) is None:
        return code
    return parenthesised(country_name(code, None), code)
