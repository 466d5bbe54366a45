"""Property-based tests (hypothesis) of the parsers that meet what users type and files hold:
dates, names, and relevance conditions of checklists. Whatever the input, a parser returns a
value or refuses with its own error and a message; a value it returns reads back the same."""

from __future__ import annotations

import re
import sys
import unicodedata
from datetime import date, datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from hypothesis import HealthCheck, assume, example, given, settings
from hypothesis import strategies as st

from observer_desk.core.parsing import (
    ParseError,
    clean_name,
    clean_text,
    parse_date,
    parse_datetime,
    parse_latin_name,
)
from observer_desk.core.services.checklists import default_checklist_definition, validate_definition

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from benchmarks.generate import relevance

CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")
INVISIBLE = re.compile("[\u200b\u200e\u200f\u202a-\u202e\u2060\u2066-\u2069\ufeff]")
PLAUSIBLE = st.dates(min_value=date(1900, 1, 1), max_value=date(2099, 12, 31))
ANYTHING = st.one_of(st.text(), st.integers(), st.floats(allow_nan=True), st.booleans(), st.none(),
                     st.dates(), st.datetimes())
fast = settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])


# --- dates -----------------------------------------------------------------------------------

@fast
@given(PLAUSIBLE)
def test_every_written_form_of_a_date_reads_back_as_that_date(day: date) -> None:
    forms = [day, datetime.combine(day, datetime.min.time()), day.isoformat(),
             day.strftime("%d.%m.%Y"), day.strftime("%d/%m/%Y"), day.strftime("%Y/%m/%d"),
             f"{day.year}年{day.month}月{day.day}日", day.strftime("%d %B %Y"),
             day.strftime("%d.%m.%Y") + " г.", day.isoformat() + " 00:00:00"]
    for written in forms:
        assert parse_date(written) == day, written


@fast
@given(PLAUSIBLE)
def test_a_date_serial_number_reads_as_excel_counts(day: date) -> None:
    serial = (day - date(1899, 12, 30)).days
    assume(serial >= 3654)  # smaller numbers in a date column are refused as not dates
    assert parse_date(serial) == day
    assert parse_date(float(serial) + 0.25) == day  # a time of day does not change the date


@fast
@given(ANYTHING)
@example(10 ** 400)
@example("99999-99-99")
@example("31.02.2022")
@example("\u0663\u0663\u0663\u0663-01-01")  # Arabic-Indic digits
def test_any_value_is_a_date_or_a_clear_refusal(value: object) -> None:
    try:
        result = parse_date(value)
    except ParseError as exc:
        assert str(exc) and "\n" not in str(exc)
        return
    assert result is None or isinstance(result, date)
    if result is not None:
        assert parse_date(result.isoformat()) == result  # what was read is stored and read again


@fast
@given(st.datetimes(min_value=datetime(1910, 1, 2), max_value=datetime(2099, 12, 30)),
       st.sampled_from(["Asia/Almaty", "Asia/Aqtobe", "Asia/Qostanay", "UTC"]))
def test_a_local_time_reads_as_that_moment_in_the_zone(moment: datetime, zone_name: str) -> None:
    moment = moment.replace(second=0, microsecond=0)
    zone = ZoneInfo(zone_name)
    for written in (moment.strftime("%d.%m.%Y %H:%M"), moment.strftime("%Y-%m-%d %H:%M")):
        read = parse_datetime(written, zone_name)
        assert read is not None and read.tzinfo is not None
        assert read.replace(tzinfo=None) == moment and read.tzinfo == zone


@fast
@given(ANYTHING, st.sampled_from(["Asia/Almaty", "UTC"]))
@example(float("inf"), "UTC")
@example("2022-11-20T25:61:00+06:00", "UTC")
def test_any_value_is_a_moment_or_a_clear_refusal(value: object, zone_name: str) -> None:
    try:
        result = parse_datetime(value, zone_name)
    except ParseError as exc:
        assert str(exc)
        return
    assert result is None or (isinstance(result, datetime) and result.tzinfo is not None)


# --- names -----------------------------------------------------------------------------------

@fast
@given(st.text(max_size=200))
@example("Ivan\u202eov")  # a right-to-left override that would show the name reversed
@example("Iva\u0301n")  # a combining accent: stored composed
@example("  Anna \t Maria \n ")
def test_a_name_is_refused_or_stored_clean_and_reads_back_unchanged(text: str) -> None:
    try:
        name = clean_name(text)
    except ParseError as exc:
        assert CONTROL.search(text), exc  # only control characters are refused outright
        return
    assert not CONTROL.search(name) and not INVISIBLE.search(name)
    assert name == name.strip() and "  " not in name and "\n" not in name
    assert unicodedata.is_normalized("NFC", name)
    assert clean_name(name) == name


@fast
@given(st.text(max_size=200))
def test_a_latin_name_is_latin_letters_or_a_clear_refusal(text: str) -> None:
    try:
        name = parse_latin_name(text)
    except ParseError as exc:
        assert str(exc) and "\n" not in str(exc)
        return
    assert parse_latin_name(name) == name
    letters = [ch for ch in name if ch.isalpha()]
    assert not name or letters
    assert all(unicodedata.name(ch, "").startswith("LATIN") for ch in letters)


@fast
@given(st.text(alphabet=st.characters(codec="utf-8"), max_size=300))
def test_multiline_text_keeps_its_lines_and_nothing_invisible(text: str) -> None:
    cleaned = clean_text(text, multiline=True)
    assert not CONTROL.search(cleaned) and not INVISIBLE.search(cleaned)
    assert "\r" not in cleaned
    assert clean_text(cleaned, multiline=True) == cleaned


# --- relevance conditions ---------------------------------------------------------------------

NAMES = ["queue", "crowding", "secret", "ink"]
VALUES = ["yes", "no", "not_observed"]


@st.composite
def conditions(draw, depth: int = 3) -> tuple[str, object]:
    """(XLSForm text, the same condition as a tree the test evaluates on its own)."""
    if depth == 0 or draw(st.booleans()):
        name, value = draw(st.sampled_from(NAMES)), draw(st.sampled_from(VALUES))
        kind = draw(st.sampled_from(["=", "!=", "selected"]))
        if kind == "selected":
            return f"selected(${{{name}}}, '{value}')", ("selected", name, value)
        return f"${{{name}}} {kind} '{value}'", (kind, name, value)
    kind = draw(st.sampled_from(["and", "or", "not"]))
    if kind == "not":
        text, tree = draw(conditions(depth - 1))
        return f"not({text})", ("not", tree)
    left, left_tree = draw(conditions(depth - 1))
    right, right_tree = draw(conditions(depth - 1))
    return f"({left}) {kind} ({right})", (kind, left_tree, right_tree)


def holds(tree: tuple, answers: dict[str, str]) -> bool:
    kind = tree[0]
    if kind == "not":
        return not holds(tree[1], answers)
    if kind in ("and", "or"):
        left, right = holds(tree[1], answers), holds(tree[2], answers)
        return (left and right) if kind == "and" else (left or right)
    _, name, value = tree
    given_value = answers.get(name, "")
    if kind == "selected":
        return value in given_value.split()
    return (given_value == value) if kind == "=" else (given_value != value)


@fast
@given(conditions(), st.dictionaries(st.sampled_from(NAMES),
                                     st.sampled_from(VALUES + ["yes no", ""]), max_size=4))
def test_a_relevance_condition_means_what_xlsform_says(condition: tuple[str, tuple],
                                                       answers: dict[str, str]) -> None:
    text, tree = condition
    test = relevance(text)
    assert test is not None
    assert test(answers) is holds(tree, answers)


@fast
@given(st.text(max_size=80))
@example("__import__('os').system('echo owned')")
@example("${a}.__class__.__bases__")
@example("open('/etc/passwd')")
def test_any_condition_is_evaluated_safely_or_refused(text: str) -> None:
    """The evaluator never reaches anything but the answers: a condition that names anything
    else is refused before it runs."""
    try:
        test = relevance(text)
    except (ValueError, SyntaxError):
        return
    if test is None:
        assert not text.strip()
        return
    names = set(test.__code__.co_names)
    assert names <= {"get", "_selected", "bool"}, names


@st.composite
def forms(draw) -> tuple[dict, bool]:
    """A checklist whose questions' relevance refers to other questions at random; and whether
    those references go round in a circle anywhere."""
    count = draw(st.integers(2, 7))
    names = [f"q{n}" for n in range(count)]
    depends = {name: draw(st.sets(st.sampled_from(names), max_size=2)) for name in names}
    definition = default_checklist_definition()
    template = definition["sections"][0]["questions"][0]
    definition["sections"] = [{"name": "only", "labels": {"en": "Only"}, "questions": [
        {**template, "name": name,
         "relevant": " or ".join(f"${{{d}}} = 'yes'" for d in sorted(depends[name]))}
        for name in names]}]
    remaining = {name: set(deps) for name, deps in depends.items()}
    while True:  # peel off the questions that depend on nothing left; a circle never peels
        free = [name for name, deps in remaining.items() if not deps & remaining.keys()]
        if not free:
            break
        for name in free:
            del remaining[name]
    return definition, bool(remaining)


@fast
@given(forms())
def test_a_form_is_refused_exactly_when_its_relevance_goes_round(form: tuple[dict, bool]) -> None:
    definition, circular = form
    if circular:
        with pytest.raises(ValueError, match="go round in a circle"):
            validate_definition(definition)
    else:
        validate_definition(definition)

