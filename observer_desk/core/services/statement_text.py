"""How a statement writes numbers, dates, counts and names in English, Russian and Chinese, and
how its placeholders are filled.

A placeholder is a lower-case name in braces, `{observers_count}`. Only that shape is a
placeholder: any other text in braces ("{A}", "{ see annex }", "{}") is the user's own text and
prints as it is. Filling is one pass over the text, so a value that itself contains braces (a
name such as "Smith {Jr}") is never read again as a placeholder. A placeholder the program does
not know is left in the text as it was and reported by name, with the nearest known name when
it looks like a typing slip.

Russian counts agree with their number ("1 наблюдатель", "3 наблюдателя", "18 наблюдателей");
each counted phrase says which case it is in, so that the default texts use it where that case
belongs. Names of members from states that write Cyrillic with their own letters (Kazakh,
Kyrgyz, Tajik, Uzbek) are given Russian spelling in a Russian statement, as Russian documents
write them ("Ҳамидзода" becomes "Хамидзода").
"""

from __future__ import annotations

import difflib
import re
import unicodedata
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date, datetime

from ..language import _

PLACEHOLDER = re.compile(r"\{([a-z][a-z0-9_]*)\}")
LANGUAGES = ("en", "ru", "zh")
MINUS = "\u2212"
NBSP = "\u00a0"

MONTHS = {
    "en": ("January", "February", "March", "April", "May", "June", "July", "August",
           "September", "October", "November", "December"),
    "ru": ("января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа",
           "сентября", "октября", "ноября", "декабря"),
}

NO_DATA = {"en": "no data", "ru": "нет данных", "zh": "无数据"}


@dataclass(frozen=True)
class FilledText:
    text: str
    unknown: tuple[str, ...]  # placeholder names the values did not have, in order of appearance


def fill_placeholders(text: str, values: Mapping[str, str]) -> FilledText:
    """`text` with each known placeholder replaced by its value; unknown ones stay as written."""
    unknown: list[str] = []

    def replace(match: re.Match[str]) -> str:
        name = match.group(1)
        if name in values:
            return str(values[name])
        if name not in unknown:
            unknown.append(name)
        return match.group(0)

    return FilledText(PLACEHOLDER.sub(replace, text or ""), tuple(unknown))


def placeholders_in(text: str) -> list[str]:
    """The placeholder names written in `text`, each once, in order."""
    seen: list[str] = []
    for name in PLACEHOLDER.findall(text or ""):
        if name not in seen:
            seen.append(name)
    return seen


def unknown_placeholder_message(name: str, where: str, known: Iterable[str]) -> str:
    """'section 3 (Findings): unknown placeholder {turnot_cec} (did you mean {turnout_cec}?)'"""
    close = difflib.get_close_matches(name, list(known), n=1, cutoff=0.75)
    if close:
        return _("{where}: unknown placeholder {placeholder} (did you mean {suggestion}?)").format(
            where=where, placeholder="{" + name + "}", suggestion="{" + close[0] + "}")
    return _("{where}: unknown placeholder {placeholder} (the placeholders the program fills are "
             "listed beside the text)").format(where=where, placeholder="{" + name + "}")


# --- numbers, dates, counts ---------------------------------------------------------------------

def format_number(value: float, language: str, decimals: int = 0) -> str:
    text = f"{abs(value):,.{decimals}f}"
    if language == "ru":
        text = text.replace(",", NBSP).replace(".", ",")
    return (MINUS if value < 0 and float(text.replace(",", ".").replace(NBSP, "")) else "") + text


def format_percent(value: float | None, language: str, decimals: int = 2) -> str:
    if value is None:
        return NO_DATA[language]
    number = format_number(value, language, decimals)
    return f"{number}{NBSP}%" if language == "ru" else f"{number}%"


def format_share(share: float | None, language: str) -> str:
    """A share (0..1) as a percentage with at most one decimal: 100%, 95.5%, 4.5%."""
    if share is None:
        return NO_DATA[language]
    percent = round(share * 100, 1)
    return format_percent(percent, language, 0 if float(percent).is_integer() else 1)


def format_points(value: float | None, language: str, *, signed: bool = True,
                  short: bool = False) -> str:
    """A difference of percentages: '+0.01 percentage points', '+0,01 процентного пункта',
    '+0.01个百分点' (short: 'pp', 'п. п.')."""
    if value is None:
        return NO_DATA[language]
    number = format_number(abs(value) if not signed else value, language, 2)
    if signed and value > 0 and not number.startswith(MINUS):
        number = "+" + number
    if signed and round(value, 2) == 0:
        number = format_number(0, language, 2)
    if language == "ru":
        # A decimal number takes the genitive singular: "0,5 процентного пункта".
        return f"{number}{NBSP}п.{NBSP}п." if short else f"{number} процентного пункта"
    if language == "zh":
        return f"{number}个百分点"
    return f"{number}{NBSP}pp" if short else f"{number} percentage points"


def format_date(day: date | None, language: str) -> str:
    if day is None:
        return ""
    if language == "zh":
        return f"{day.year}年{day.month}月{day.day}日"
    if language == "ru":
        return f"{day.day} {MONTHS['ru'][day.month - 1]} {day.year} года"
    return f"{day.day} {MONTHS['en'][day.month - 1]} {day.year}"


def format_table_date(day: date, language: str) -> str:
    """A date in a table column: Russian tables write it in figures (18.11.2022)."""
    return f"{day:%d.%m.%Y}" if language == "ru" else format_date(day, language)


def format_period(start: date, end: date, language: str) -> str:
    """The mission's period as it follows a verb: 'from 17 to 20 November 2022', 'с 17 по 20
    ноября 2022 года', '2022年11月17日至20日'."""
    if language == "zh":
        if start.year != end.year:
            return f"{format_date(start, 'zh')}至{format_date(end, 'zh')}"
        if start.month != end.month:
            return f"{start.year}年{start.month}月{start.day}日至{end.month}月{end.day}日"
        return f"{start.year}年{start.month}月{start.day}日至{end.day}日"
    months = MONTHS[language]
    if start.year != end.year:
        first = f"{start.day} {months[start.month - 1]} {start.year}" + (" года" if language == "ru" else "")
    elif start.month != end.month:
        first = f"{start.day} {months[start.month - 1]}"
    else:
        first = f"{start.day}"
    last = format_date(end, language)
    return f"с {first} по {last}" if language == "ru" else f"from {first} to {last}"


def utc_offset(moment: datetime) -> str:
    """'UTC+6', 'UTC+5:30', 'UTC' for a zone-aware moment."""
    offset = moment.utcoffset()
    if offset is None:
        return ""
    minutes = int(offset.total_seconds() // 60)
    if minutes == 0:
        return "UTC"
    sign = "+" if minutes > 0 else MINUS
    hours, rest = divmod(abs(minutes), 60)
    return f"UTC{sign}{hours}" + (f":{rest:02d}" if rest else "")


def ru_plural(n: int, one: str, few: str, many: str) -> str:
    if n % 10 == 1 and n % 100 != 11:
        return one
    if 2 <= n % 10 <= 4 and not 12 <= n % 100 <= 14:
        return few
    return many


# (en singular, en plural, ru one/few/many, zh measure+noun). Russian forms are in the case the
# default texts use the phrase in: see COUNTED_CASES.
COUNTED = {
    "observers": ("observer", "observers", ("наблюдатель", "наблюдателя", "наблюдателей"), "名观察员"),
    "states": ("member state", "member states", ("государство", "государства", "государств"),
               "个成员国"),
    "stations": ("polling station", "polling stations",
                 ("избирательный участок", "избирательных участка", "избирательных участков"),
                 "个投票站"),
    "districts": ("district", "districts", ("районе", "районах", "районах"), "个区"),
    "regions": ("region", "regions", ("регион", "региона", "регионов"), "个地区"),
    "meetings": ("meeting", "meetings", ("встречу", "встречи", "встреч"), "场会见"),
    "reports": ("report", "reports", ("отчёт", "отчёта", "отчётов"), "份报告"),
    "incidents": ("incident", "incidents", ("инцидент", "инцидента", "инцидентов"), "起事件"),
}
COUNTED_CASES = {
    "observers": "nominative", "states": "accusative", "stations": "accusative",
    "districts": "prepositional (after «в»)", "regions": "accusative", "meetings": "accusative",
    "reports": "accusative", "incidents": "accusative",
}


def counted(kind: str, n: int, language: str) -> str:
    """'18 observers', '18 наблюдателей', '18名观察员'."""
    singular, plural, russian, chinese = COUNTED[kind]
    number = format_number(n, language)
    if language == "ru":
        return f"{number} {ru_plural(n, *russian)}"
    if language == "zh":
        return f"{number}{chinese}"
    return f"{number} {singular if n == 1 else plural}"


def n_of_n(n: int, total: int, language: str) -> str:
    """The count beside a share in tables: '21 of 22', '21 из 22', '21/22'."""
    if language == "ru":
        return f"{n} из {total}"
    if language == "zh":
        return f"{n}/{total}"
    return f"{n} of {total}"


def stations_share(n: int, total: int, share: float | None, language: str) -> str:
    """A finding as the texts quote it: '21 of 22 stations (95.5%)', '21 из 22 участков
    (95,5 %)', '22个中有21个（95.5%）'."""
    if total <= 0 or share is None:
        return NO_DATA[language]
    percent = format_share(share, language)
    if language == "ru":
        # "из N" takes the genitive: singular after 1, 21, 31..., plural otherwise.
        noun = "участка" if total % 10 == 1 and total % 100 != 11 else "участков"
        return f"{n} из {total} {noun} ({percent})"
    if language == "zh":
        return f"{total}个中有{n}个（{percent}）"
    return f"{n} of {total} {'station' if total == 1 else 'stations'} ({percent})"


def join_list(items: Iterable[str], language: str) -> str:
    """'A, B and C', 'А, Б и В', 'A、B和C'."""
    names = [item for item in items if item]
    if not names:
        return ""
    if language == "zh":
        return "、".join(names)
    if len(names) == 1:
        return names[0]
    conjunction = " и " if language == "ru" else " and "
    return ", ".join(names[:-1]) + conjunction + names[-1]


# --- names of people ----------------------------------------------------------------------------

# Letters of the Kazakh, Kyrgyz, Tajik and Uzbek alphabets and the Russian letters Russian texts
# write for them.
_RUSSIAN_SPELLING = str.maketrans({
    "Ә": "А", "ә": "а", "Ғ": "Г", "ғ": "г", "Қ": "К", "қ": "к", "Ң": "Н", "ң": "н",
    "Ө": "О", "ө": "о", "Ұ": "У", "ұ": "у", "Ү": "У", "ү": "у", "Һ": "Х", "һ": "х",
    "І": "И", "і": "и", "Ҳ": "Х", "ҳ": "х", "Ӯ": "У", "ӯ": "у", "Ӣ": "И", "ӣ": "и",
    "Ҷ": "Дж", "ҷ": "дж", "Ў": "У", "ў": "у",
})


def _has_script(text: str, script: str) -> bool:
    for character in text:
        name = unicodedata.name(character, "")
        if script == "cyrillic" and name.startswith("CYRILLIC"):
            return True
        if script == "han" and name.startswith(("CJK UNIFIED IDEOGRAPH", "CJK COMPATIBILITY IDEOGRAPH")):
            return True
    return False


def written_in(text: str, language: str) -> bool:
    """Whether `text` is in the script of `language` (any text counts as English)."""
    if language == "ru":
        return _has_script(text, "cyrillic")
    if language == "zh":
        return _has_script(text, "han")
    return True


def person_name(family: str, given: str, native: str, language: str) -> str:
    """A member's name as a statement in `language` prints it, by one rule per language.

    Russian: the member's own Cyrillic spelling (in Russian letters) when there is one, else the
    Latin-script name; Chinese: the name in Chinese characters when there is one, else the
    Latin-script name. Both put the family name first, as the own-script name is recorded, and a
    Latin-script family name in capitals, as badges and the roster write it ("QIAO Mingyuan").
    English: the Latin-script name, given name first except for names written in Chinese
    characters, which keep the family name first."""
    family, given, native = (family or "").strip(), (given or "").strip(), unicodedata.normalize(
        "NFC", (native or "").strip())
    if language == "ru" and native and _has_script(native, "cyrillic"):
        return native.translate(_RUSSIAN_SPELLING)
    if language == "zh" and native and _has_script(native, "han"):
        return native
    if language in ("ru", "zh"):
        return f"{family.upper()} {given}".strip()
    if native and _has_script(native, "han"):
        return f"{family} {given}".strip()
    return f"{given} {family}".strip()


def has_own_script_name(native: str, language: str) -> bool:
    """Whether a statement in `language` prints the member's own-script name (see person_name)."""
    return language in ("ru", "zh") and bool(native) and written_in(native, language)
