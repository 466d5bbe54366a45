"""Reading what people type: dates, times, e-mail addresses, phone numbers, names, and the small
vocabularies of nomination files (sex, mission role, branch of power, languages).

The importer and the observer editor share these parsers, so a value accepted in one is accepted
in the other and stored the same way. Each parser takes what a cell or a field holds and returns the
value to store, or raises ParseError with a message that says what is wrong and how to write it.
Parsing a stored value again gives it back unchanged, so a re-imported roster shows no changes.
"""

from __future__ import annotations

import gettext
import re
import unicodedata
from collections.abc import Callable
from datetime import date, datetime, time, timedelta, tzinfo
from functools import cache
from zoneinfo import ZoneInfo

import pycountry

from .language import _, ngettext, pgettext
from .models import BodyType, MissionRole, Sex
from .scripts import script_name


class ParseError(ValueError):
    """A value that cannot be read; the message is meant for the user."""



def date_example() -> str:
    """How a message shows a date should be written."""
    return _("17.11.1970 or 1970-11-17")


def datetime_example() -> str:
    """How a message shows a date and time should be written."""
    return _("17.11.2022 14:30 or 2022-11-17 14:30")


_SPACES = re.compile(r"\s+")
_LINE_SPACES = re.compile(r"[^\S\n]+")
# Control characters that are not white space (a NUL, a bell, an escape): in a name they are a
# sign of a damaged or doctored file, never of a real name.
_CONTROLS = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")
# Invisible characters that hide or reorder text (zero-width space, byte order mark, direction
# marks, bidirectional embeddings, overrides and isolates): dropped, so that a name shows as it
# is stored and two spellings of one name compare equal. The joiners scripts need (U+200C, U+200D)
# stay.
_INVISIBLE = re.compile("[\u200b\u200e\u200f\u202a-\u202e\u2060\u2066-\u2069\ufeff]")


def _shown(value: object) -> str:
    """A value the user typed, quoted as the language quotes (cut short after 60 characters)."""
    text = str(value)
    return pgettext("punctuation", '"{text}"').format(text=f"{text[:60]}…" if len(text) > 60 else text)


def clean_text(value: object, *, multiline: bool = False) -> str:
    """Text as stored: NFC-normalised, trimmed, runs of spaces made one space.

    Multi-line text (notes) keeps its line breaks, with Windows and old Mac endings made "\\n".
    Whole numbers typed into a text column (a passport or phone number) lose the ".0" that a
    spreadsheet adds to them.
    """
    if value is None:
        return ""
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    if isinstance(value, datetime):
        value = value.isoformat(sep=" ", timespec="minutes")
    elif isinstance(value, date):
        value = value.isoformat()
    text = str(value)
    if not text.isascii():
        text = _INVISIBLE.sub("", text)
    text = _CONTROLS.sub("", text)
    if not unicodedata.is_normalized("NFC", text):
        text = unicodedata.normalize("NFC", text)
    if multiline:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
        lines = [_LINE_SPACES.sub(" ", line).strip() for line in text.split("\n")]
        return "\n".join(lines).strip()
    return _SPACES.sub(" ", text).strip()


# --- dates and times -------------------------------------------------------------------------

_MONTHS = {
    **{name: number for number, names in enumerate((
        ("january", "jan", "январь", "января", "янв"),
        ("february", "feb", "февраль", "февраля", "фев", "февр"),
        ("march", "mar", "март", "марта", "мар"),
        ("april", "apr", "апрель", "апреля", "апр"),
        ("may", "май", "мая"),
        ("june", "jun", "июнь", "июня", "июн"),
        ("july", "jul", "июль", "июля", "июл"),
        ("august", "aug", "август", "августа", "авг"),
        ("september", "sep", "sept", "сентябрь", "сентября", "сен", "сент"),
        ("october", "oct", "октябрь", "октября", "окт"),
        ("november", "nov", "ноябрь", "ноября", "ноя", "нояб"),
        ("december", "dec", "декабрь", "декабря", "дек"),
    ), start=1) for name in names},
}

_ISO = re.compile(r"(\d{4})[-./](\d{1,2})[-./](\d{1,2})")
_NUMERIC = re.compile(r"(\d{1,2})([-./])(\d{1,2})\2(\d{2}|\d{4})")
_DAY_MONTH_NAME = re.compile(r"(\d{1,2})\.?\s*([^\W\d_]+)\.?,?\s*(\d{4})")
_MONTH_NAME_DAY = re.compile(r"([^\W\d_]+)\.?\s+(\d{1,2}),?\s+(\d{4})")
_CHINESE = re.compile(r"(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日?")
_EIGHT_DIGITS = re.compile(r"\d{8}")
_TIME = re.compile(r"(\d{1,2})[:.](\d{2})(?:[:.](\d{2}))?(?:\s*([ap])\.?m\.?)?", re.IGNORECASE)
# "17.11.1970 г.", "1970 y.", "1970年": the word for "year" after a date
_YEAR_WORD = re.compile(r"\s*(г\.?|год[а]?|y\.|yr\.?)$", re.IGNORECASE)

# Excel counts days from 30 December 1899 (its 1900 leap-year bug is irrelevant after March 1900).
_EXCEL_EPOCH = datetime(1899, 12, 30)
_EXCEL_FIRST = 3654  # 1 January 1910: smaller numbers in a date column are not dates
_EXCEL_LAST = 73051  # 31 December 2099


def _make_date(year: int, month: int, day: int, text: str) -> date:
    try:
        return date(year, month, day)
    except ValueError:
        raise ParseError(_("{value} is not a real date (day {day}, month {month}); "
                           "write it as {example}").format(
            value=_shown(text), day=day, month=month, example=date_example())) from None


def _day_month(first: int, second: int, year: int, text: str) -> date:
    """Day first, as in most of the world; month first only when nothing else is possible
    (11/17/1970)."""
    if first > 12 >= second:
        return _make_date(year, second, first, text)
    if second > 12 >= first:
        return _make_date(year, first, second, text)
    return _make_date(year, second, first, text)


def _date_from_text(text: str) -> date:
    original = text
    text = _YEAR_WORD.sub("", text.strip()).strip()
    # A date that a program wrote with a midnight time ("1970-11-17 00:00:00").
    text = re.sub(r"[ T]0?0:00(:00(\.0+)?)?$", "", text)
    if match := _CHINESE.fullmatch(text):
        year, month, day = map(int, match.groups())
        return _make_date(year, month, day, original)
    if match := _ISO.fullmatch(text):
        year, month, day = map(int, match.groups())
        return _make_date(year, month, day, original)
    if match := _NUMERIC.fullmatch(text):
        first, _separator, second, year_text = match.groups()
        if len(year_text) == 2:
            raise ParseError(_("{value}: write the year with four digits ({example})").format(
                value=_shown(original), example=date_example()))
        return _day_month(int(first), int(second), int(year_text), original)
    if match := _DAY_MONTH_NAME.fullmatch(text):
        day, month_name, year = match.groups()
        month = _MONTHS.get(month_name.casefold())
        if month:
            return _make_date(int(year), month, int(day), original)
    if match := _MONTH_NAME_DAY.fullmatch(text):
        month_name, day, year = match.groups()
        month = _MONTHS.get(month_name.casefold())
        if month:
            return _make_date(int(year), month, int(day), original)
    if _EIGHT_DIGITS.fullmatch(text):
        return _date_from_digits(text, original)
    raise _not_a_date(original)


def _not_a_date(value: object) -> ParseError:
    return ParseError(_("{value} is not a date; write it as {example}").format(
        value=_shown(value), example=date_example()))


def _date_from_digits(text: str, original: str) -> date:
    """Eight digits typed without separators: 19701117 or 17111970, when only one is a date."""
    readings = []
    for year, month, day in ((text[:4], text[4:6], text[6:]), (text[4:], text[2:4], text[:2])):
        try:
            readings.append(date(int(year), int(month), int(day)))
        except ValueError:
            pass
    if len(readings) == 1:
        return readings[0]
    raise _not_a_date(original)


def _excel_serial(number: float, text: object) -> datetime:
    # Compared before any conversion: an integer too large for a float is not a date either.
    if not _EXCEL_FIRST <= number <= _EXCEL_LAST:
        raise ParseError(_("{value} is a number, not a date; write it as {example}").format(
            value=_shown(text), example=date_example()))
    moment = _EXCEL_EPOCH + timedelta(days=float(number))
    return moment.replace(microsecond=0) + timedelta(seconds=round(moment.microsecond / 1e6))


def parse_date(value: object) -> date | None:
    """A calendar date from a spreadsheet date, a date serial number or text in the common forms
    (17.11.1970, 17/11/1970, 1970-11-17, 17 November 1970, 17 ноября 1970 г., 1970年11月17日)."""
    if value is None or value == "":
        return None
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    if isinstance(value, bool):
        raise _not_a_date(value)
    if isinstance(value, (int, float)):
        if isinstance(value, int) and 10_000_000 <= value <= 99_999_999:
            return _date_from_digits(str(value), str(value))
        return _excel_serial(value, value).date()
    text = clean_text(value)
    return _date_from_text(text) if text else None


def _zone(zone: tzinfo | str) -> tzinfo:
    return ZoneInfo(zone) if isinstance(zone, str) else zone


def _time_from_text(text: str, original: str) -> time:
    match = _TIME.fullmatch(text.strip())
    if not match:
        raise ParseError(_("{value}: the time is not readable; write it as {example}").format(
            value=_shown(original), example=datetime_example()))
    hour, minute = int(match.group(1)), int(match.group(2))
    second = int(match.group(3) or 0)
    meridiem = (match.group(4) or "").lower()
    if meridiem:
        if not 1 <= hour <= 12:
            raise ParseError(_("{value}: {hour} is not an hour on a 12-hour clock").format(
                value=_shown(original), hour=hour))
        hour = hour % 12 + (12 if meridiem == "p" else 0)
    if hour > 23 or minute > 59 or second > 59:
        raise ParseError(_("{value} is not a time of day; write it as {example}").format(
            value=_shown(original), example=datetime_example()))
    return time(hour, minute, second)


def parse_datetime(value: object, zone: tzinfo | str) -> datetime | None:
    """A moment from a spreadsheet date-time, a serial number or text such as 17.11.2022 14:30.

    Times without a zone are local times of `zone` (the mission's), returned as aware datetimes.
    A date without a time is refused: an invented midnight would mislead the people meeting the
    flight.
    """
    if value is None or value == "":
        return None
    local = _zone(zone)
    if isinstance(value, datetime):
        moment = value
    elif isinstance(value, date):
        raise ParseError(_("{value} has no time; write it as {example}").format(
            value=value.isoformat(), example=datetime_example()))
    elif isinstance(value, (int, float)) and not isinstance(value, bool):
        moment = _excel_serial(value, value)
    else:
        text = clean_text(value)
        if not text:
            return None
        moment = _datetime_from_text(text)
    if moment.microsecond:  # spreadsheets store times as fractions of a day
        moment = moment.replace(microsecond=0) + timedelta(seconds=round(moment.microsecond / 1e6))
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=local)
    return moment


def _datetime_from_text(text: str) -> datetime:
    match = re.fullmatch(r"(\d{4}-\d{2}-\d{2})[T ](\d{2}:\d{2}(?::\d{2})?)(Z|[+-]\d{2}:?\d{2})?", text)
    if match and match.group(3):  # ISO 8601 with an offset: the moment is known exactly
        try:
            return datetime.fromisoformat(text.replace("Z", "+00:00"))
        except ValueError:
            raise ParseError(_("{value} is not a date and time; write it as {example}").format(
                value=_shown(text), example=datetime_example())) from None
    pieces = re.split(r"(?:\s*,\s*|\s+|T)(?=\d{1,2}[:.]\d{2}(?:[:.]\d{2})?(?:\s*[ap]\.?m\.?)?$)",
                      text, maxsplit=1, flags=re.IGNORECASE)
    if len(pieces) != 2:
        _date_from_text(text)  # a readable date: say that the time is missing
        raise ParseError(_("{value} has no time; write it as {example}").format(
            value=_shown(text), example=datetime_example()))
    day = _date_from_text(pieces[0])
    return datetime.combine(day, _time_from_text(pieces[1], text))


# --- contact details -------------------------------------------------------------------------

_EMAIL = re.compile(r"[^@\s<>()\[\],;:\"]+@[^@\s<>()\[\],;:\"]+\.[^@\s<>()\[\],;:\".]{2,}")


def parse_email(value: object) -> str:
    """One e-mail address, trimmed, written as given (the part before @ may be case-sensitive)."""
    text = clean_text(value)
    if not text:
        return ""
    if text.lower().startswith("mailto:"):
        text = text[7:].strip()
    if re.search(r"[,;]|\s", text):
        raise ParseError(_("{value}: give one e-mail address (put others in the notes)").format(
            value=_shown(text)))
    if not _EMAIL.fullmatch(text) or ".." in text or text.split("@")[1].startswith("."):
        raise ParseError(_("{value} is not an e-mail address; write it as name@example.org").format(
            value=_shown(text)))
    return text


_PHONE_ALLOWED = re.compile(r"\+?[\d\s().\-/]+")


def parse_phone(value: object) -> str:
    """A telephone number with its country code, grouped as the user wrote it.

    "00" before the country code becomes "+"; letters, extensions and several numbers in one
    cell are refused, since the number is dialled by someone who cannot ask.
    """
    text = clean_text(value)
    if not text:
        return ""
    if text.lower().startswith("tel:"):
        text = text[4:].strip()
    if text.startswith("00"):
        text = "+" + text[2:].lstrip()
    if not _PHONE_ALLOWED.fullmatch(text):
        raise ParseError(_("{value}: a phone number has digits, spaces and a leading + "
                           "only (one number per cell, e.g. +7 701 555 0101)").format(value=_shown(text)))
    digits = sum(ch.isdigit() for ch in text)
    if not 7 <= digits <= 15:
        raise ParseError(ngettext(
            "{value} has {n} digit; a phone number with its country code has 7 to 15 "
            "(e.g. +7 701 555 0101)",
            "{value} has {n} digits; a phone number with its country code has 7 to 15 "
            "(e.g. +7 701 555 0101)", digits).format(value=_shown(text), n=digits))
    return text


# --- names -----------------------------------------------------------------------------------

def script_of(text: str) -> str | None:
    """The writing system of a name's letters: "Latin", "Cyrillic", "Chinese", ..., "mixed" when
    several, None when it has no letters."""
    if text.isascii():
        return "Latin" if any(ch.isalpha() for ch in text) else None
    scripts = set()
    for ch in text:
        if not ch.isalpha():
            continue
        name = unicodedata.name(ch, "")
        word = name.split(" ", 1)[0]
        if word == "CJK" or name.startswith(("IDEOGRAPHIC", "HIRAGANA", "KATAKANA")):
            word = "CHINESE"
        scripts.add(word.capitalize())
    if not scripts:
        return None
    return scripts.pop() if len(scripts) == 1 else "mixed"


def clean_name(value: object) -> str:
    """A name as stored; a name holding control characters is refused, not quietly mended."""
    if isinstance(value, str):
        found = _CONTROLS.search(value)
        if found:
            shown = " ".join(_CONTROLS.sub("?", value).split())
            raise ParseError(_("{value} holds a control character ({character}), which no name "
                               "has; retype the name").format(
                value=_shown(shown), character=f"U+{ord(found.group()):04X}"))
    return clean_text(value)


def parse_latin_name(value: object) -> str:
    """A family or given name in Latin letters, as in the passport's machine-readable page."""
    text = clean_name(value)
    script = script_of(text)
    if script == "mixed":
        raise ParseError(_("{value} is written in several scripts; write the name in Latin "
                           "letters as in the passport, and the own-script name in the column "
                           "'Name in own script'").format(value=_shown(text)))
    if script not in (None, "Latin"):
        raise ParseError(_("{value} is written in {script} script; write the name in Latin "
                           "letters as in the passport, and the own-script name in the column "
                           "'Name in own script'").format(value=_shown(text),
                                                          script=script_name(script)))
    if text and not any(ch.isalpha() for ch in text):
        raise ParseError(_("{value} has no letters; write the name as in the passport").format(
            value=_shown(text)))
    return text


def normalise_passport(value: object) -> str:
    """Passport numbers compare and are stored without spaces, in capitals."""
    return re.sub(r"[\s\-]+", "", clean_text(value)).upper()


# --- small vocabularies ----------------------------------------------------------------------

def _fold(text: str) -> str:
    text = unicodedata.normalize("NFKC", text).casefold().replace("ё", "е").replace("_", " ")
    return re.sub(r"\s+", " ", text).strip(" .")


def _lookup(table: dict[str, object], value: object, refusal: Callable[[], str]) -> object:
    """The entry for a word of a small vocabulary; `refusal` gives the message (with {value})
    saying what can be written instead."""
    text = clean_text(value)
    if not text:
        return None
    folded = _fold(text)
    if folded in table:
        return table[folded]
    for half in re.split(r"\s*/\s*", folded):  # "Observer / Наблюдатель", "F / Ж"
        if half in table:
            return table[half]
    raise ParseError(refusal().format(value=_shown(text)))


_SEX = {
    **dict.fromkeys(("f", "female", "woman", "w", "ж", "жен", "женский", "женщина", "女"), Sex.FEMALE),
    **dict.fromkeys(("m", "male", "man", "м", "муж", "мужской", "мужчина", "男"), Sex.MALE),
    **dict.fromkeys(("x", "other", "другой", "иной"), Sex.OTHER),
}

ROLE_NAMES: dict[MissionRole, tuple[str, ...]] = {
    MissionRole.HEAD: ("head of mission", "head", "глава миссии", "руководитель миссии",
                       "руководитель", "团长"),
    MissionRole.DEPUTY: ("deputy head", "deputy", "deputy head of mission", "заместитель",
                         "заместитель главы миссии", "заместитель руководителя миссии", "副团长"),
    MissionRole.COORDINATOR: ("coordinator", "координатор", "协调员"),
    MissionRole.OBSERVER: ("observer", "member", "member of the mission", "наблюдатель",
                           "член миссии", "观察员"),
    MissionRole.INTERPRETER: ("interpreter", "translator", "переводчик", "翻译"),
    MissionRole.STAFF: ("staff", "support staff", "сотрудник", "персонал", "технический персонал",
                        "工作人员"),
}
_ROLE = {_fold(name): role for role, names in ROLE_NAMES.items() for name in (role.value, *names)}

AUTHORITY_NAMES: dict[BodyType, tuple[str, ...]] = {
    BodyType.MEMBER_STATE: ("member state", "государство-член", "государство"),
    BodyType.LEGISLATIVE: ("legislative", "legislature", "parliament", "законодательная",
                           "законодательная власть", "парламент"),
    BodyType.EXECUTIVE: ("executive", "government", "исполнительная", "исполнительная власть",
                         "правительство"),
    BodyType.ELECTION_AUTHORITY: ("election authority", "election commission", "electoral body",
                                  "cec", "избирательный орган", "избирательная комиссия", "цик"),
    BodyType.SECRETARIAT: ("secretariat", "секретариат"),
    BodyType.RATS: ("rats", "regional anti-terrorist structure", "ратс", "рац"),
    BodyType.OTHER: ("other", "другое", "иное"),
}
_AUTHORITY = {_fold(name): kind for kind, names in AUTHORITY_NAMES.items()
              for name in (kind.value, *names)}


def _not_a_sex() -> str:
    return _("{value} is not a sex; write one of: F, M or X (Ж, М)")


def _not_a_role() -> str:
    return _("{value} is not a mission role; write one of: "
             "Head of mission, Deputy head, Coordinator, Observer, Interpreter, Staff")


def _not_an_authority() -> str:
    return _("{value} is not a branch of power; write one of: "
             "legislative, executive, election authority, secretariat, RATS, other")


def parse_sex(value: object) -> Sex | None:
    return _lookup(_SEX, value, _not_a_sex)  # type: ignore[return-value]


def parse_role(value: object) -> MissionRole | None:
    return _lookup(_ROLE, value, _not_a_role)  # type: ignore[return-value]


def parse_authority(value: object) -> BodyType | None:
    return _lookup(_AUTHORITY, value, _not_an_authority)  # type: ignore[return-value]


@cache
def _language_index() -> dict[str, str]:
    """Languages by two-letter code, three-letter code, English, Russian and Chinese name."""
    translations = []
    for domain in ("ru", "zh_CN"):
        try:
            translations.append(gettext.translation("iso639-3", pycountry.LOCALES_DIR,
                                                    languages=[domain]))
        except OSError:
            pass
    index: dict[str, str] = {}
    for language in pycountry.languages:
        code = getattr(language, "alpha_2", None)
        if not code:
            continue  # stored as two-letter codes; languages without one are not offered
        names = [code, language.alpha_3, language.name]
        names += [t.gettext(language.name) for t in translations]
        for name in names:
            index.setdefault(_fold(name), code)
    for name, code in (("kyrgyz", "ky"), ("кыргызский", "ky"), ("persian", "fa"),
                       ("mandarin", "zh"), ("putonghua", "zh"), ("中文", "zh"), ("汉语", "zh"),
                       ("英语", "en"), ("俄语", "ru"), ("farsi", "fa"), ("dari", "fa")):
        index[_fold(name)] = code
    return index


def parse_languages(value: object) -> str:
    """Languages as comma-separated two-letter codes ("zh,ru,en") from codes or names in English,
    Russian or Chinese ("Chinese, Russian", "китайский и русский языки")."""
    text = clean_text(value)
    if not text:
        return ""
    index = _language_index()
    codes: list[str] = []
    for token in re.split(r"\s*(?:[,;/+、，]|\band\b|\bи\b)\s*", text, flags=re.IGNORECASE):
        folded = _fold(re.sub(r"\b(language|языки?|языка)\b|语", "", token, flags=re.IGNORECASE))
        if not folded:
            continue
        code = index.get(folded)
        if code is None:
            raise ParseError(_("{value} is not a language the program knows; write languages "
                               "as codes or names, separated by commas (e.g. zh, ru, en)").format(
                value=_shown(token)))
        if code not in codes:
            codes.append(code)
    return ",".join(codes)
