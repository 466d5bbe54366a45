"""How domain values read on screen: enumeration labels, dates, counts, languages, countries.

Every label goes through Qt's translation machinery under the context "Labels", so one
translation file covers the words that appear all over the program.
"""

from __future__ import annotations

import re
from datetime import date

from PySide6.QtCore import QCoreApplication, QDate, QLocale

from observer_desk.core.language import listed
from observer_desk.core.models import AccreditationStatus, BodyKind, BodyType, ElectionType


def _t(text: str) -> str:
    return QCoreApplication.translate("Labels", text)


def election_type_label(value: ElectionType) -> str:
    return {
        ElectionType.PRESIDENTIAL: _t("Presidential election"),
        ElectionType.EARLY_PRESIDENTIAL: _t("Early presidential election"),
        ElectionType.PARLIAMENTARY: _t("Parliamentary election"),
        ElectionType.LOCAL: _t("Local elections"),
        ElectionType.REFERENDUM: _t("Referendum"),
        ElectionType.OTHER: _t("Other vote"),
    }[ElectionType(value)]


def body_kind_label(value: BodyKind) -> str:
    return {
        BodyKind.STATE: _t("State"),
        BodyKind.ORGANISATION: _t("Organisation"),
    }[BodyKind(value)]


def body_type_label(value: BodyType) -> str:
    return {
        BodyType.MEMBER_STATE: _t("Member state"),
        BodyType.LEGISLATIVE: _t("Legislative"),
        BodyType.EXECUTIVE: _t("Executive"),
        BodyType.ELECTION_AUTHORITY: _t("Election authority"),
        BodyType.SECRETARIAT: _t("Secretariat"),
        BodyType.RATS: _t("RATS"),
        BodyType.OTHER: _t("Other"),
    }[BodyType(value)]


def accreditation_status_label(value: AccreditationStatus) -> str:
    return {
        AccreditationStatus.NOMINATED: _t("Nominated"),
        AccreditationStatus.DOCUMENTS_COMPLETE: _t("Documents complete"),
        AccreditationStatus.SUBMITTED: _t("Submitted to the CEC"),
        AccreditationStatus.ACCREDITED: _t("Accredited"),
        AccreditationStatus.BADGE_ISSUED: _t("Badge issued"),
        AccreditationStatus.REJECTED: _t("Rejected"),
        AccreditationStatus.WITHDRAWN: _t("Withdrawn"),
        AccreditationStatus.REPLACED: _t("Replaced"),
    }[AccreditationStatus(value)]


def language_label(code: str) -> str:
    return {"en": _t("English"), "ru": _t("Russian"), "zh": _t("Chinese")}.get(code, code)


def languages_label(codes: list[str] | tuple[str, ...]) -> str:
    return listed(language_label(code) for code in codes) or _t("none")


def country_label(code: str | None) -> str:
    """"Kazakhstan (KZ)" for an ISO code Qt knows, the code alone otherwise."""
    if not code:
        return ""
    territory = QLocale.codeToTerritory(code.upper())
    if territory == QLocale.Country.AnyTerritory:
        return code.upper()
    return f"{QLocale.territoryToString(territory)} ({code.upper()})"


def to_qdate(value: date) -> QDate:
    return QDate(value.year, value.month, value.day)


def from_qdate(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


def _is_english(locale: QLocale) -> bool:
    return locale.language() == QLocale.Language.English


def date_pattern(*, weekday: bool = False, short_month: bool = False, locale: QLocale | None = None) -> str:
    """The locale's own long date pattern ("yyyy年M月d日", "d MMMM yyyy 'г'."), with or without the
    weekday, with the month's name in full or abbreviated. English keeps the day before the month
    ("Sunday, 20 November 2022") in every variant."""
    locale = locale or QLocale()
    if _is_english(locale):
        pattern = "dddd, d MMMM yyyy" if weekday else "d MMMM yyyy"
    else:
        pattern = locale.dateFormat(QLocale.FormatType.LongFormat)
        if not weekday:
            pattern = re.sub(r"dddd[,\s]*|[,\s]*dddd", "", pattern).strip()
    return pattern.replace("MMMM", "MMM") if short_month else pattern


def format_date(value: date | None, *, weekday: bool = False) -> str:
    if value is None:
        return ""
    return QLocale().toString(to_qdate(value), date_pattern(weekday=weekday))


def format_day(value: date, *, year: bool = True) -> str:
    """A day in lists and day choosers, short: "Sun 20 Nov 2022", "вс, 20 нояб. 2022 г.",
    "2022年11月20日 周日"."""
    locale = QLocale()
    if _is_english(locale):
        pattern = "ddd d MMM yyyy" if year else "ddd d MMM"
    else:
        pattern = date_pattern(short_month=True, locale=locale)
        if not year:
            # The year goes with its word and that word's full stop ("yyyy 'г'."), else a
            # Russian day would end "нояб.." after the abbreviated month's own full stop.
            pattern = re.sub(r"yyyy\s*年|[,\s]*yyyy(\s*'[^']*'\.?)?", "", pattern).strip()
        chinese = locale.language() == QLocale.Language.Chinese
        pattern = f"{pattern} ddd" if chinese else f"ddd, {pattern}"
    return locale.toString(to_qdate(value), pattern)


def format_period(start: date, end: date) -> str:
    """A mission period the way people write it: "17–20 November 2022", "17–20 ноября 2022 г.",
    "2022年11月17–20日"."""
    locale = QLocale()
    if start == end:
        return format_date(start)
    if (start.year, start.month) == (end.year, end.month):
        # The end date in full with the first day put before its day number.
        pattern = re.sub(r"(?<![d'])d(?!d)", f"'{start.day}–'d", date_pattern(), count=1)
        return locale.toString(to_qdate(end), pattern)
    if start.year == end.year and _is_english(locale):
        return f"{locale.toString(to_qdate(start), 'd MMMM')} – {format_date(end)}"
    return f"{format_date(start)} – {format_date(end)}"


def format_number(value: int) -> str:
    return QLocale().toString(value)


def plural(n: int, one: str, other: str) -> str:
    """Pick the singular or plural sentence (both already translated) and put the number in."""
    return (one if n == 1 else other).replace("{n}", format_number(n))
