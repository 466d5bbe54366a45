"""The XLSForm expressions of relevance and constraints, and the form rules built on them."""

from __future__ import annotations

import pytest

from observer_desk.core.services.checklists import default_checklist_definition
from observer_desk.core.services.form_logic import (
    ExpressionError,
    FormLogic,
    compile_expression,
    expression_problem,
    type_problem,
)


def holds(text: str, values: dict[str, str] | None = None, current: str = "") -> bool:
    return compile_expression(text).holds(values or {}, current)


@pytest.mark.parametrize(("expression", "values", "current", "expected"), [
    ("${a} = 'yes'", {"a": "yes"}, "", True),
    ("${a} = 'yes'", {"a": "no"}, "", False),
    ("${a} = 'yes'", {}, "", False),
    ("${a} != ''", {}, "", False),
    ("${a} != ''", {"a": "x"}, "", True),
    (". >= 0 and . <= ${registered}", {"registered": "1000"}, "999", True),
    (". >= 0 and . <= ${registered}", {"registered": "1000"}, "1001", False),
    (". <= ${registered}", {"registered": "1000"}, "20", True),  # numbers, not texts ("20" > "1000")
    (". <= ${registered}", {}, "20", False),  # nothing to compare with: NaN compares false
    (". >= ${arrival}", {"arrival": "09:30"}, "10:05", True),  # times of day compare as times
    (". >= ${arrival}", {"arrival": "09:30"}, "9:05", False),
    ("selected(., 'none')", {}, "none media", True),
    ("not(selected(., 'none') and count-selected(.) > 1)", {}, "none media", False),
    ("not(selected(., 'none') and count-selected(.) > 1)", {}, "none", True),
    ("${a} = 'x' or ${b} = 'y'", {"b": "y"}, "", True),
    ("(1 + 2) * 3 = 9", {}, "", True),
    ("7 div 2 = 3.5 and 7 mod 2 = 1", {}, "", True),
    ("-${n} < 0", {"n": "4"}, "", True),
    ("string-length(.) <= 5", {}, "abcdef", False),
    ("regex(., '^[0-9]{4}$')", {}, "0214", True),
    ("if(${a} = 'yes', 1, 2) = 2", {"a": "no"}, "", True),
    ("contains(., 'seal')", {}, "two seals", True),
    ("true() and not(false())", {}, "", True),
    ("${ a } = \"yes\"", {"a": "yes"}, "", True),  # spaces inside ${ }, double quotes
    ("", {}, "", True),
])
def test_expressions_follow_xpath_as_odk_does(expression, values, current, expected) -> None:
    assert holds(expression, values, current) is expected


def test_references_are_collected() -> None:
    assert compile_expression("${a} = 'x' and selected(${b}, 'y') or .").references == {"a", "b"}


@pytest.mark.parametrize(("expression", "fragment"), [
    ("${a} =", "expected a value"),
    ("foo(1)", "foo() is not supported"),
    ("abc", "is not a value"),
    ("1 +* 2", "found '*'"),
    ("${}", "empty ${}"),
    ("(1 = 1", "expected ')'"),
    ("selected(.)", "takes 2 argument"),
    ("1 = 1 2", "unexpected '2'"),
    ("'unclosed", "cannot read"),
])
def test_unreadable_expressions_say_where(expression: str, fragment: str) -> None:
    with pytest.raises(ExpressionError, match=None) as caught:
        compile_expression(expression)
    assert fragment in str(caught.value)
    assert fragment in expression_problem(expression)


def test_expression_problem_names_unknown_questions() -> None:
    assert expression_problem("${a} = 'yes' and ${ghost} > 1", ["a", "b"]) == \
        "${ghost} is not a question of this checklist"
    assert expression_problem("${a} = 'yes'", ["a"]) is None


def test_answer_types() -> None:
    assert type_problem("yes_no", ["yes", "no"], "maybe").kind == "choice"
    assert type_problem("multiple", ["a", "b"], "a c").detail == "c"
    assert type_problem("multiple", ["a", "b"], "b a") is None
    assert type_problem("integer", [], "-12") is None
    assert type_problem("integer", [], "1.5").kind == "integer"
    assert type_problem("time", [], "25:00").kind == "time"
    assert type_problem("time", [], "09:30") is None
    assert type_problem("text", [], "anything") is None


@pytest.fixture(scope="module")
def logic() -> FormLogic:
    return FormLogic(default_checklist_definition())


def test_sections_and_questions_apply_by_phase_and_answers(logic: FormLogic) -> None:
    shown = logic.relevant({"phase": "opening", "boxes_sealed": "yes"})
    assert shown["opening_rating"] and shown["seal_numbers"]
    assert not shown["voting_rating"] and not shown["id_checked"] and not shown["count_rating"]
    shown = logic.relevant({"phase": "voting", "group_voting": "no"})
    assert shown["id_checked"] and shown["voting_rating"] and not shown["opening_rating"]
    assert not shown["group_voting_count"]
    assert logic.relevant({"phase": "voting", "group_voting": "yes"})["group_voting_count"]


def test_an_answer_to_a_question_that_does_not_apply_counts_as_empty(logic: FormLogic) -> None:
    # seal_numbers depends on boxes_sealed, which is in the opening section: at a voting visit
    # the opening section does not apply, so its answers are dropped and seal_numbers with them.
    values = {"phase": "voting", "boxes_sealed": "yes", "seal_numbers": "0451217"}
    assert not logic.relevant(values)["seal_numbers"]
    assert "seal_numbers" not in logic.effective(values)
    assert "boxes_sealed" not in logic.effective(values)


def test_problems_required_constraint_and_type(logic: FormLogic) -> None:
    values = {"station_number": "101", "arrival_time": "10:00", "departure_time": "09:00",
              "phase": "voting", "registered_voters": "1000", "ballots_issued": "1200",
              "signposted": "maybe", "voting_rating": "good"}
    problems = logic.problems(values)
    assert problems["departure_time"].kind == "constraint"
    assert problems["departure_time"].detail == "Departure cannot be before arrival."
    assert problems["ballots_issued"].kind == "constraint"
    assert problems["signposted"].kind == "choice"
    assert "voting_rating" not in problems
    assert set(logic.problems({**values, "departure_time": "10:40", "ballots_issued": "300",
                               "signposted": "yes"})) == set()
    missing = logic.problems({"phase": "voting"})
    assert {"station_number", "arrival_time", "registered_voters", "voting_rating"} <= set(missing)
    assert "opening_rating" not in missing  # required, but it does not apply to a voting visit
    assert logic.problems({"phase": "voting"}, required=False) == {}
    # the constraint's message in the language asked for
    assert logic.problems({**values, "signposted": "yes"}, language="ru")["ballots_issued"].detail \
        != "Ballots issued cannot exceed the number of voters on the list."


def test_an_unreadable_rule_leaves_the_question_visible_and_valid() -> None:
    definition = default_checklist_definition()
    question = definition["sections"][0]["questions"][1]
    question["relevant"] = "nonsense("
    question["constraint"] = "also nonsense("
    logic = FormLogic(definition)
    assert logic.relevant({})[question["name"]]
    assert question["name"] not in logic.problems({question["name"]: "x"})
