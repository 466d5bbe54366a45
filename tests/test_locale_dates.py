"""Dates in the interface written the way each language writes them, not an English pattern
filled with translated month names ("星期日, 20 十一月 2022")."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

import pytest
from PySide6.QtCore import QDate, QLocale
from PySide6.QtWidgets import QDateEdit

from observer_desk.ui.labels import date_pattern, format_date, format_period
from observer_desk.ui.mission_form import _date_edit


@pytest.fixture
def in_locale(qapp) -> Iterator[object]:  # noqa: ANN001
    before = QLocale()

    def switch(name: str) -> None:
        QLocale.setDefault(QLocale(name))

    yield switch
    QLocale.setDefault(before)


ELECTION = date(2022, 11, 20)
# Russian puts a narrow no-break space before "г." (year)

EXPECTED = {
    "en": ("Sunday, 20 November 2022", "20 November 2022", "17–20 November 2022"),
    "ru_RU": ("воскресенье, 20 ноября 2022\u202fг.", "20 ноября 2022\u202fг.", "17–20 ноября 2022\u202fг."),
    "zh_CN": ("2022年11月20日星期日", "2022年11月20日", "2022年11月17–20日"),
}


@pytest.mark.parametrize("name", EXPECTED)
def test_dates_and_periods_follow_the_language(in_locale, name: str) -> None:  # noqa: ANN001
    in_locale(name)
    with_weekday, plain, period = EXPECTED[name]
    assert format_date(ELECTION, weekday=True) == with_weekday
    assert format_date(ELECTION) == plain
    assert format_period(date(2022, 11, 17), ELECTION) == period


def test_periods_across_months_and_years(in_locale) -> None:  # noqa: ANN001
    in_locale("en")
    assert format_period(date(2022, 10, 30), date(2022, 11, 2)) == "30 October – 2 November 2022"
    assert format_period(date(2022, 12, 30), date(2023, 1, 2)) == "30 December 2022 – 2 January 2023"
    in_locale("zh_CN")
    assert format_period(date(2022, 10, 30), date(2022, 11, 2)) == "2022年10月30日 – 2022年11月2日"
    in_locale("ru_RU")
    assert format_period(ELECTION, ELECTION) == "20 ноября 2022\u202fг."


def test_date_fields_show_the_locale_pattern(in_locale) -> None:  # noqa: ANN001
    in_locale("zh_CN")
    editor = _date_edit()
    editor.setDate(QDate(2022, 11, 21))
    assert editor.text() == "2022年11月21日"
    assert date_pattern(short_month=True) == "yyyy年M月d日"
    in_locale("ru_RU")
    statement_like = QDateEdit()
    statement_like.setDisplayFormat(date_pattern())
    statement_like.setDate(QDate(2022, 11, 21))
    assert statement_like.text() == "21 ноября 2022\u202fг."
    in_locale("en")
    assert _date_edit().displayFormat() == "d MMM yyyy"
